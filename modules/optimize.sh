#!/usr/bin/env bash
# Size pass over the linked stage modules, in place: binaryen's `wasm-opt -Oz`, the step
# wasm-pack and cargo-component run after rustc. It takes the decoder (rasn's UPER and XER
# codecs) from 1.08 MB to 0.95 MB; the others lose ~10 %.
#
#   modules/optimize.sh MODULE_DIR STAGE...      (`make modules` runs it)
#
# binaryen comes from npm (pinned: the shipped bytes must not change under us) into
# ~/.cache/cits-wasm/tools. Cargo re-links its output on every build, so results are kept
# by input hash in MODULE_DIR/.optimized and a rebuild without changes costs a copy.
set -euo pipefail

# Pinned binaryen release (npm package `binaryen`, which bundles wasm-opt for Node.js).
BINARYEN_VERSION=132.0.0
# Features rustc enables by default for wasm32-wasip1 (Rust >= 1.87): wasm-opt must accept
# them in the input and must not use any others, so WasmEdge runs its output as it ran rustc's.
FEATURES=(--mvp-features --enable-bulk-memory --enable-sign-ext --enable-mutable-globals
  --enable-nontrapping-float-to-int --enable-multivalue --enable-reference-types)

if (($# < 2)); then
  echo "usage: $0 MODULE_DIR STAGE..." >&2
  exit 2
fi
dir=$1
shift

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

cache=$dir/.optimized
mkdir -p "$cache"
for stage in "$@"; do
  module=$dir/$stage.wasm
  [ -f "$module" ] || { echo "$0: no $module (build the modules first)" >&2; exit 1; }
  hash=$(sha256sum "$module" | cut -c1-64)
  # Already optimized: cargo found nothing to re-link.
  [ -f "$cache/$hash.optimized" ] && continue
  if [ ! -f "$cache/$hash.wasm" ]; then
    "$wasm_opt" -Oz "${FEATURES[@]}" "$module" -o "$cache/$hash.wasm.tmp"
    mv "$cache/$hash.wasm.tmp" "$cache/$hash.wasm"
    touch "$cache/$(sha256sum "$cache/$hash.wasm" | cut -c1-64).optimized"
  fi
  before=$(stat -c %s "$module")
  # A new file, not a write into cargo's hard link (which would change its deps/ copy too).
  cp "$cache/$hash.wasm" "$module.tmp"
  mv "$module.tmp" "$module"
  echo "wasm-opt -Oz $stage.wasm: $before -> $(stat -c %s "$module") bytes"
done
