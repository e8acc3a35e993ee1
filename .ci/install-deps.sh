#!/usr/bin/env bash
# Installs what the tests need on a fresh Debian 12 machine: idempotent, quiet when all is there.
set -euo pipefail

# Debian packages: MQTT broker (testbed ingest), PostgreSQL (bench --store), wabt (import checks),
# skopeo/umoci (independent OCI validators), kcat (standard Kafka tool against our broker,
# crates/cits-broker/tests/kcat.rs), python3-venv (schema check),
# chromium and firefox-esr (headless browsers of the `cits view` end-to-end test,
# crates/cits-view/tests/browser.rs), libclang-19-dev (wasmedge-sys's bindgen: `cits` with
# WasmEdge inside, the `wasmedge` feature of `make unit`).
packages=(mosquitto postgresql wabt skopeo umoci kcat python3-venv chromium firefox-esr libclang-19-dev)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  sudo_cmd=""; [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  echo "installing Debian packages: ${missing[*]}"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# The Rust toolchain and the wasm32-wasip1 target come from rust-toolchain.toml.
rustup show active-toolchain >/dev/null
rustup target list --installed | grep -q '^wasm32-wasip1$' || rustup target add wasm32-wasip1

# No tansu install: the tests run `cits broker` (tansu linked in, with the fetch fix).

# Independent checks in Python, one venv, pinned versions so a CI run is reproducible:
# asn1tools, the UPER codec the generated ETSI types are checked against
# (crates/cits-etsi/tests/denm_asn1tools.rs), and the official Lanelet2 bindings that check
# the generated map.osm (crates/cits-sim/tests/lanelet2_python.rs), and kafka-python, an
# independent client reading the stages' committed offsets (crates/cits-stage/tests/shell.rs).
CHECK_VENV=${CITS_CHECK_VENV:-$HOME/.cache/cits-wasm/venv}
for pin in asn1tools==0.169.0 lanelet2==1.2.3 kafka-python==3.0.12; do
  name=${pin%%==*}; version=${pin##*==}
  if ! "$CHECK_VENV/bin/python" -c "import importlib.metadata as m, sys; sys.exit(m.version('$name') != '$version')" 2>/dev/null; then
    echo "installing $pin into $CHECK_VENV"
    [ -x "$CHECK_VENV/bin/python" ] || python3 -m venv "$CHECK_VENV"
    "$CHECK_VENV/bin/pip" install -q --disable-pip-version-check "$pin"
  fi
done

# WasmEdge 0.17.1 (`wasmedge run`, `wasmedge compile`, libwasmedge) for the WasmEdge tests
# (crates/cits-pipeline/tests/wasmedge.rs) and `cits up --engine wasmedge`. The tests find the
# binary through $CITS_WASMEDGE (the Makefile exports it, by default the cache path below).
# Order: one already installed (WASMEDGE_DIR, then PATH); else a build from ../shared/wasmedge
# (our machines and CI: offline source, idempotent, so a warm run pays nothing); else how to
# install it with the official installer.
WASMEDGE_VERSION=0.17.1
WASMEDGE_CACHE=${CITS_WASMEDGE_DIR:-$HOME/.cache/cits-wasm/wasmedge-$WASMEDGE_VERSION}
root=$(cd "$(dirname "$0")/.." && pwd)
if [ -n "${WASMEDGE_DIR:-}" ] && [ -x "$WASMEDGE_DIR/bin/wasmedge" ]; then
  echo "WasmEdge: using WASMEDGE_DIR=$WASMEDGE_DIR"
elif [ -x "$WASMEDGE_CACHE/bin/wasmedge" ] && [ -f "$WASMEDGE_CACHE/.built-from-wasmedge-$WASMEDGE_VERSION-src" ]; then
  : # built by an earlier run: nothing to do
elif command -v wasmedge >/dev/null; then
  echo "WasmEdge: using $(command -v wasmedge) from PATH"
elif [ -f "$root/../shared/wasmedge/build.sh" ]; then
  bash "$root/../shared/wasmedge/build.sh" "$WASMEDGE_CACHE"
else
  echo "WasmEdge $WASMEDGE_VERSION is missing: the WasmEdge tests will fail. Install it with the official installer:" >&2
  echo "  curl -sSf https://raw.githubusercontent.com/WasmEdge/WasmEdge/master/utils/install.sh | bash -s -- -v $WASMEDGE_VERSION" >&2
  echo "then run the tests with CITS_WASMEDGE=\$HOME/.wasmedge/bin/wasmedge." >&2
fi
