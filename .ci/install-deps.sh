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

# No tansu install: the tests run `cits broker` (tansu linked in, with the fetch fix).

# asn1tools: the independent UPER codec the generated ETSI types are checked against
# (crates/cits-etsi/tests/denm_asn1tools.rs). Pinned so a CI run is reproducible.
ASN1TOOLS_VENV=${CITS_ASN1TOOLS_VENV:-$HOME/.cache/cits-wasm/venv}
ASN1TOOLS_VERSION=0.169.0
if ! "$ASN1TOOLS_VENV/bin/python" -c "import importlib.metadata as m, sys; sys.exit(m.version('asn1tools') != '$ASN1TOOLS_VERSION')" 2>/dev/null; then
  echo "installing asn1tools==$ASN1TOOLS_VERSION into $ASN1TOOLS_VENV"
  [ -x "$ASN1TOOLS_VENV/bin/python" ] || python3 -m venv "$ASN1TOOLS_VENV"
  "$ASN1TOOLS_VENV/bin/pip" install -q --disable-pip-version-check "asn1tools==$ASN1TOOLS_VERSION"
fi
