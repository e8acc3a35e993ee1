# The two commands of the README:
#   make up     builds the stage modules and `cits`, then runs the pipeline on the sample data
#   make test   installs what the tests need (Debian packages), then runs every check CI runs
# Everything else is a building block of those two.

SHELL := /bin/bash
CARGO ?= cargo
# CI keeps one target dir across runs (warm builds); locally it is ./target.
TARGET_DIR := $(or $(CARGO_TARGET_DIR),$(CURDIR)/target)
export CARGO_TARGET_DIR := $(TARGET_DIR)
MODULE_DIR := $(TARGET_DIR)/wasm32-wasip1/wasm
# Stages built for speed (profile `wasm`) and for size (profile `wasm-small`, Cargo.toml):
# adding a stage is one entry in one of these lists.
FAST_MODULES := collector assembler mapmatcher predictor collisions
SMALL_MODULES := decoder denm
MODULES := $(SMALL_MODULES) $(FAST_MODULES)
CITS := $(TARGET_DIR)/release/cits
# WasmEdge for the WasmEdge tests and `cits up --engine wasmedge` (`make deps` installs or builds
# it, .ci/install-deps.sh): $WASMEDGE_DIR/bin/wasmedge, else the build cache, else one on PATH,
# else the cache path (where `make deps` builds it). The tests read $CITS_WASMEDGE.
WASMEDGE_CACHE := $(or $(CITS_WASMEDGE_DIR),$(HOME)/.cache/cits-wasm/wasmedge-0.17.1)
CITS_WASMEDGE ?= $(firstword $(if $(WASMEDGE_DIR),$(wildcard $(WASMEDGE_DIR)/bin/wasmedge)) $(wildcard $(WASMEDGE_CACHE)/bin/wasmedge) $(shell command -v wasmedge 2>/dev/null) $(WASMEDGE_CACHE)/bin/wasmedge)
export CITS_WASMEDGE
# The tests' `cits` has WasmEdge inside (cargo feature `wasmedge`: `cits run/compile --engine
# wasmedge`, `cits image --aot`, `cits up --engine wasmedge-sdk`), linked against the
# libwasmedge next to that `wasmedge`; wasmedge-sys generates its bindings with libclang.
# `make up` builds `cits` without it, so the first command needs no WasmEdge.
SDK_FEATURES := --features cits-cli/wasmedge
SDK_ENV := WASMEDGE_DIR=$(patsubst %/bin/wasmedge,%,$(CITS_WASMEDGE)) LIBCLANG_PATH=$(or $(LIBCLANG_PATH),/usr/lib/llvm-19/lib)

.PHONY: up test fuzz pending wasm-target modules native-modules cits cits-sdk deps lint unit bench bench-quick bench-engines bench-chaos bench-soak images generate

# Profiles `wasm` (opt-level 3) and `wasm-small` (opt-level "z"), fat LTO (Cargo.toml), then
# binaryen's wasm-opt (modules/optimize.sh); every module ends up in $(MODULE_DIR): these are
# the files the tests run and the images ship.
# rustup installs the targets of rust-toolchain.toml only together with the toolchain: a
# machine whose 1.95 came without wasm32-wasip1 gets it here.
wasm-target:
	@rustup target list --installed | grep -qx wasm32-wasip1 || rustup target add wasm32-wasip1

modules: wasm-target
	$(CARGO) build --profile wasm --target wasm32-wasip1 $(addprefix -p ,$(FAST_MODULES))
	$(CARGO) build --profile wasm-small --target wasm32-wasip1 $(addprefix -p ,$(SMALL_MODULES))
	bash modules/optimize.sh -O3 $(MODULE_DIR) $(patsubst %,$(MODULE_DIR)/%.wasm,$(FAST_MODULES))
	bash modules/optimize.sh -Oz $(MODULE_DIR) $(patsubst %,$(TARGET_DIR)/wasm32-wasip1/wasm-small/%.wasm,$(SMALL_MODULES))

cits:
	$(CARGO) build --release -p cits-cli

cits-sdk:
	$(SDK_ENV) $(CARGO) build --release -p cits-cli $(SDK_FEATURES)

up: modules cits
	$(CITS) up --modules $(MODULE_DIR) --replay testdata/sample --speed 4 --export results/up

generate: cits
	$(CITS) generate --seed 1 --out results/dataset

deps:
	bash .ci/install-deps.sh

lint:
	$(CARGO) fmt --all --check
	$(SDK_ENV) $(CARGO) clippy --workspace --all-targets $(SDK_FEATURES) -- -D warnings

# The shell's broker-backed tests start `cits broker` (tansu with the fetch fix) as a process.
# --no-fail-fast: one failing test binary must not hide the results of the others in CI's log.
unit: modules cits-sdk
	$(SDK_ENV) CITS_MODULE_DIR=$(MODULE_DIR) CITS_BIN=$(CITS) CITS_TANSU_BIN=$(CITS) $(CARGO) test --release --workspace $(SDK_FEATURES) --no-fail-fast

test: deps lint unit fuzz pending
	bash .ci/validate-deploy.sh $(CITS)

# The CPM decoder's fuzz target for a bounded time (CITS_FUZZ_SECONDS, default 60; nightly).
fuzz:
	bash .ci/fuzz.sh

# Tests of open issues that do not pass yet (`#[ignore = "pending …"]`): run every time and
# reported loudly, without failing the run, so a regression or a fix is seen in CI's log.
pending: modules cits-sdk
	@echo "==== PENDING tests (known not to pass yet; non-blocking) ===="
	@$(SDK_ENV) CITS_MODULE_DIR=$(MODULE_DIR) CITS_BIN=$(CITS) CITS_TANSU_BIN=$(CITS) $(CARGO) test --release --workspace $(SDK_FEATURES) --no-fail-fast -- --ignored \
	  && echo "==== PENDING: all passed — remove their #[ignore] ====" \
	  || echo "==== PENDING: some still fail (see above) ===="


# The same stage sources built natively: the Wasm/native ratio of the benchmark.
native-modules:
	$(CARGO) build --release $(addprefix -p ,$(MODULES))

bench-quick: modules cits native-modules
	$(CITS) bench --quick --modules $(MODULE_DIR) --native-dir $(TARGET_DIR)/release --out results/bench-quick

bench: modules cits native-modules
	$(CITS) bench --modules $(MODULE_DIR) --native-dir $(TARGET_DIR)/release --out results/bench

# The engine comparison (issue 11): WasmEdge interpreter and AOT, our host on .wasm and
# .cwasm, native; one run each at 1x on the first minute.
bench-engines: modules cits native-modules
	$(CITS) bench --engines --modules $(MODULE_DIR) --native-dir $(TARGET_DIR)/release --wasmedge $(CITS_WASMEDGE) --out results/bench-engines

# The fault runs (issue 12): baseline, kill -9 and network faults, three minutes at 4x each.
bench-chaos: modules cits
	$(CITS) bench --chaos --modules $(MODULE_DIR) --out results/bench-chaos
bench-soak: modules cits
	$(CITS) bench --soak 10m --modules $(MODULE_DIR) --out results/bench-soak
images: modules cits
	$(CITS) image --wasm-dir $(MODULE_DIR) --out results/images
