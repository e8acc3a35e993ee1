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
