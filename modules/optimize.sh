#!/usr/bin/env bash
# Post-link pass over the stage modules: binaryen's `wasm-opt`, the step wasm-pack and
# cargo-component run after rustc. `-Oz` takes the decoder from 1.08 MB to 0.95 MB; `-O3`
# keeps the speed-built stages fast and trims them a little.
#
#   modules/optimize.sh LEVEL OUT_DIR MODULE.wasm...      (`make modules` runs it)
#
# Each MODULE.wasm is optimized into OUT_DIR under its own name (in place when it is there
# already). binaryen comes from npm (pinned: the shipped bytes must not change under us)
# into ~/.cache/cits-wasm/tools. Cargo re-links its output on every build, so results are
# kept by input hash and level in OUT_DIR/.optimized: a rebuild without changes is a copy.
set -euo pipefail

# Pinned binaryen release (npm package `binaryen`, which bundles wasm-opt for Node.js).
BINARYEN_VERSION=132.0.0
# Features rustc enables by default for wasm32-wasip1 (Rust >= 1.87): wasm-opt must accept
# them in the input and must not use any others, so WasmEdge runs its output as it ran rustc's.
FEATURES=(--mvp-features --enable-bulk-memory --enable-sign-ext --enable-mutable-globals
  --enable-nontrapping-float-to-int --enable-multivalue --enable-reference-types)

if (($# < 3)) || [[ ! $1 =~ ^-O[0-4sz]$ ]]; then
  echo "usage: $0 -O3|-Oz|... OUT_DIR MODULE.wasm..." >&2
  exit 2
fi
level=$1
out_dir=$2
shift 2

tools=${CITS_TOOLS_DIR:-$HOME/.cache/cits-wasm/tools}/binaryen-$BINARYEN_VERSION
wasm_opt=$tools/node_modules/.bin/wasm-opt
if [ ! -x "$wasm_opt" ]; then
  if ! command -v npm >/dev/null; then
    if ! command -v apt-get >/dev/null; then
      echo "$0: binaryen's wasm-opt comes from npm, which is missing: install Node.js and npm" >&2
      exit 1
    fi
    sudo_cmd=""; [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
    echo "installing Debian package npm (for binaryen's wasm-opt)"
    $sudo_cmd apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq npm >/dev/null
  fi
  echo "installing binaryen $BINARYEN_VERSION (wasm-opt) into $tools"
  npm install --silent --no-audit --no-fund --prefix "$tools" "binaryen@$BINARYEN_VERSION" >/dev/null
fi

cache=$out_dir/.optimized
mkdir -p "$cache"
for module in "$@"; do
  [ -f "$module" ] || { echo "$0: no $module (build the modules first)" >&2; exit 1; }
  target=$out_dir/$(basename "$module")
  key=$(sha256sum "$module" | cut -c1-64)$level
  # Already optimized in place: cargo found nothing to re-link.
  [ "$module" -ef "$target" ] && [ -f "$cache/$key.optimized" ] && continue
  if [ ! -f "$cache/$key.wasm" ]; then
    "$wasm_opt" "$level" "${FEATURES[@]}" "$module" -o "$cache/$key.wasm.tmp"
    mv "$cache/$key.wasm.tmp" "$cache/$key.wasm"
    touch "$cache/$(sha256sum "$cache/$key.wasm" | cut -c1-64)$level.optimized"
  fi
  before=$(stat -c %s "$module")
  # A new file, not a write into cargo's hard link (which would change its deps/ copy too).
  cp "$cache/$key.wasm" "$target.tmp"
  mv "$target.tmp" "$target"
  echo "wasm-opt $level $(basename "$module"): $before -> $(stat -c %s "$target") bytes"
done
