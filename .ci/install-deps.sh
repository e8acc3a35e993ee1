#!/usr/bin/env bash
# Installs what the tests need on a fresh Debian 12 machine: idempotent, quiet when all is there.
set -euo pipefail

# Debian packages: MQTT broker (testbed ingest), PostgreSQL (bench --store), wabt (import checks),
# skopeo/umoci (independent OCI validators), kafkacat (manual inspection), python3-venv (schema check).
packages=(mosquitto postgresql wabt skopeo umoci kafkacat python3-venv)
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

# The tansu broker binary for the stage shell's integration tests (crates/cits-stage/src/testing.rs).
# `cits up` embeds tansu itself; the tests run the standalone one so a broker can be killed and restarted.
if ! command -v tansu >/dev/null && [ ! -x "$HOME/.cargo/bin/tansu" ]; then
  echo "installing tansu 0.6.0 (memory storage needs the dynostore feature; ~10 min on 2 cores)"
  cargo install --locked tansu --version 0.6.0 --features dynostore
fi
