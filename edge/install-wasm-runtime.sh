#!/usr/bin/env bash
# Installs the WasmEdge containerd shim (runwasi's containerd-shim-wasmedge-v1) where
# k3s finds it, then restarts k3s so it registers the `wasmedge` runtime.
#
# k3s looks for shims only in /usr/bin, /usr/sbin, /opt/kwasm/bin (and the NVIDIA
# toolkit dir), NOT in /usr/local/bin or elsewhere on PATH. Run as root on the node:
#   sudo ./install-wasm-runtime.sh                 # download the release for this CPU
#   sudo ./install-wasm-runtime.sh shim.tar.gz     # or install a tarball you fetched
# Env: RUNWASI_VERSION (default below), DEST (/usr/bin, /usr/sbin or /opt/kwasm/bin).
set -euo pipefail

# runwasi release of the WasmEdge shim; release assets are named
# containerd-shim-wasmedge-<uname -m>-linux-musl.tar.gz (statically linked, WasmEdge
# included). Asset names have changed between releases: check the release page when
# you change the version.
RUNWASI_VERSION=${RUNWASI_VERSION:-0.6.0}
DEST=${DEST:-/usr/bin}
SHIM=containerd-shim-wasmedge-v1

die() { echo "install-wasm-runtime: $*" >&2; exit 1; }
[ "$(id -u)" -eq 0 ] || die "run as root"
case "$DEST" in
  /usr/bin|/usr/sbin|/opt/kwasm/bin) ;;
  *) die "DEST=$DEST: k3s only detects shims in /usr/bin, /usr/sbin or /opt/kwasm/bin" ;;
esac
arch=$(uname -m)
case "$arch" in
  aarch64|x86_64) ;;
  *) die "no runwasi release for $arch" ;;
esac

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if [ $# -ge 1 ]; then
  tarball=$1
else
  tarball=$work/shim.tar.gz
  url="https://github.com/containerd/runwasi/releases/download/containerd-shim-wasmedge%2Fv${RUNWASI_VERSION}/containerd-shim-wasmedge-${arch}-linux-musl.tar.gz"
  echo "downloading $url"
  curl -fsSL "$url" -o "$tarball" || die "download failed; fetch the $arch asset by hand and pass it as argument"
fi
tar -xzf "$tarball" -C "$work" || die "$tarball is not a .tar.gz"
bin=$(find "$work" -type f -name "$SHIM" | head -1)
[ -n "$bin" ] || die "$tarball has no $SHIM"
if command -v file >/dev/null; then
  file_arch=$(file -b "$bin")
  case "$arch:$file_arch" in
    aarch64:*aarch64*|x86_64:*x86-64*) ;;
    *) die "$SHIM is built for another CPU: $file_arch" ;;
  esac
fi
if ldd "$bin" 2>/dev/null | grep -q 'libwasmedge'; then
  echo "note: this $SHIM links libwasmedge.so dynamically; install WasmEdge into /usr" \
       "(WasmEdge's install.sh with -p /usr) before starting Wasm pods"
fi
mkdir -p "$DEST"
install -m 0755 "$bin" "$DEST/$SHIM"
echo "installed $DEST/$SHIM"

# k3s regenerates its containerd config at start-up and adds every shim it detects.
unit=k3s
systemctl list-unit-files k3s.service >/dev/null 2>&1 || unit=k3s-agent
if systemctl is-active --quiet "$unit"; then
  systemctl restart "$unit"
  config=/var/lib/rancher/k3s/agent/etc/containerd/config.toml
  for _ in $(seq 30); do [ -s "$config" ] && break; sleep 1; done
  if grep -q 'io.containerd.wasmedge' "$config"; then
    echo "k3s registered runtime 'wasmedge' in $config"
  else
    die "k3s did not register the shim: check $config and 'journalctl -u $unit'"
  fi
else
  echo "k3s is not running; it will detect $DEST/$SHIM when it starts"
fi
