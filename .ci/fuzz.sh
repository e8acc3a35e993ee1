#!/usr/bin/env bash
# Runs the CPM decoder's fuzz target (crates/cits-core/fuzz, libFuzzer via cargo-fuzz) for a
# bounded time (issue 12 item 7). A crash, panic, timeout or out-of-memory fails the run and
# leaves the input in crates/cits-core/fuzz/artifacts/. The corpus starts from the sample
# recording's CPMs and is kept in the cache between runs, so every CI run fuzzes further.
#
#   bash .ci/fuzz.sh            # CITS_FUZZ_SECONDS (default 60) of fuzzing
#
# cargo-fuzz needs a nightly toolchain (-Zsanitizer=address). Without one the run says so
# loudly and exits 0: the machines of this project have one, a contributor's may not.
set -euo pipefail
cd "$(dirname "$0")/.."

# Long enough for libFuzzer to get past the sample's shapes, short enough for a warm CI run.
FUZZ_SECONDS="${CITS_FUZZ_SECONDS:-60}"
CACHE="${CITS_CACHE_DIR:-$HOME/.cache/cits-wasm}"
TOOLS="$CACHE/tools/cargo-fuzz"
CORPUS="$CACHE/fuzz-corpus/decode_cpm"

if ! rustup run nightly rustc --version >/dev/null 2>&1; then
  echo "==== FUZZ: NOT RUN — no nightly toolchain (cargo-fuzz needs it: rustup toolchain install nightly) ===="
  exit 0
fi
if [ ! -x "$TOOLS/bin/cargo-fuzz" ]; then
  echo "fuzz: installing cargo-fuzz into $TOOLS (once)"
  cargo install cargo-fuzz --locked --root "$TOOLS"
fi

# Seeds: every CPM of the sample recording (frames: u32 length, u64 time, UPER bytes), on the
# raw UPER path (selector 0) and wrapped in a CitsMessage (selector 2); see the target.
mkdir -p "$CORPUS"
python3 - "$CORPUS" <<'EOF'
import base64, hashlib, pathlib, struct, sys
out = pathlib.Path(sys.argv[1])
data = base64.b64decode(pathlib.Path("testdata/sample/recording.b64").read_text())
i = 0
while i < len(data):
    (n,) = struct.unpack(">I", data[i:i + 4])
    payload = data[i + 12:i + 12 + n]
    i += 12 + n
    for selector in (0, 2):
        seed = bytes([selector]) + payload
        (out / hashlib.sha1(seed).hexdigest()).write_bytes(seed)
EOF
echo "fuzz: decode_cpm for ${FUZZ_SECONDS}s from $(ls "$CORPUS" | wc -l) corpus inputs"
RUSTUP_TOOLCHAIN=nightly "$TOOLS/bin/cargo-fuzz" run --fuzz-dir crates/cits-core/fuzz decode_cpm "$CORPUS" -- \
  -max_total_time="$FUZZ_SECONDS" -rss_limit_mb=2048 -timeout=10 -print_final_stats=1
echo "==== FUZZ: decode_cpm ran ${FUZZ_SECONDS}s without a crash ===="
