# The two commands of the README:
#   make up     builds the stage modules and `cits`, then runs the pipeline on the sample data
#   make test   installs what the tests need (Debian packages), then runs every check CI runs
# Everything else is a building block of those two.

SHELL := /bin/bash
CARGO ?= cargo
# CI keeps one target dir across runs (warm builds); locally it is ./target.
TARGET_DIR := $(or $(CARGO_TARGET_DIR),$(CURDIR)/target)
export CARGO_TARGET_DIR := $(TARGET_DIR)
MODULES := decoder collector assembler mapmatcher
MODULE_DIR := $(TARGET_DIR)/wasm32-wasip1/release
CITS := $(TARGET_DIR)/release/cits

.PHONY: up test test-pending modules cits deps lint unit bench bench-quick images generate

modules:
	$(CARGO) build --release --target wasm32-wasip1 $(addprefix -p ,$(MODULES))

cits:
	$(CARGO) build --release -p cits-cli

up: modules cits
	$(CITS) up --modules $(MODULE_DIR) --replay testdata/sample --speed 4 --export results/up

generate: cits
	$(CITS) generate --seed 1 --out results/dataset

deps:
	bash .ci/install-deps.sh

lint:
	$(CARGO) fmt --all --check
	$(CARGO) clippy --workspace --all-targets -- -D warnings

# The shell's broker-backed tests start the tansu binary (installed by `make deps`).
unit: modules cits
	CITS_MODULE_DIR=$(MODULE_DIR) CITS_BIN=$(CITS) $(CARGO) test --release --workspace

# Tests written but not yet seen green (marked #[ignore = "pending: …"]): run loudly, and
# reported, but not yet allowed to fail CI. Each one leaves this list once it has passed.
test-pending: modules cits
	@echo "== pending tests (not yet verified; failures are reported, not fatal) =="
	CITS_MODULE_DIR=$(MODULE_DIR) CITS_BIN=$(CITS) $(CARGO) test --release \
	  -p cits-pipeline -p cits-testbed -p cits-broker -- --ignored --test-threads=1 \
	  && echo "pending tests: all passed" || echo "pending tests: FAILED (see above); tracked in the issue notes"

test: deps lint unit
	bash .ci/validate-deploy.sh $(CITS)

bench-quick: modules cits
	$(CITS) bench --quick --modules $(MODULE_DIR) --out results/bench-quick

bench: modules cits
	$(CITS) bench --modules $(MODULE_DIR) --out results/bench

images: modules cits
	$(CITS) image --wasm-dir $(MODULE_DIR) --out results/images
