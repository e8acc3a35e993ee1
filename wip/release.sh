#!/bin/bash
# Release build + e2e + smoke for the pipeline branch.
set -x
cd /work/wt/pipeline
export CARGO_TARGET_DIR=/root/.cache/cits-wasm/target
T=$CARGO_TARGET_DIR
make modules cits || exit 10
ls -l $T/wasm32-wasip1/wasm/*.wasm
CITS_MODULE_DIR=$T/wasm32-wasip1/wasm CITS_BIN=$T/release/cits CITS_TANSU_BIN=$T/release/cits cargo test --release -p cits-pipeline -- --test-threads=1 2>&1 | tail -60
echo "pipeline rc=${PIPESTATUS[0]}"
CITS_MODULE_DIR=$T/wasm32-wasip1/wasm CITS_BIN=$T/release/cits CITS_TANSU_BIN=$T/release/cits cargo test --release -p cits-testbed --test smoke 2>&1 | tail -40
echo "smoke rc=${PIPESTATUS[0]}"
