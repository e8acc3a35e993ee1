//! `cits image`: OCI images of the stage modules, without a container engine.
//!
//! The images equal what `Dockerfile.wasm` builds with buildx (`FROM scratch`, the
//! module as entrypoint, platform `wasi/wasm`, crun's `compat-smart` annotation), and
//! are written as OCI image layouts (`OUT/<stage>/`, for `skopeo`/`umoci`/`oras`) and/or
//! archives (`OUT/<stage>.tar`, for `docker load`, `ctr import`, `skopeo oci-archive:`).
//!
//! `--aot` (a `cits` built with the `wasmedge` feature) writes WasmEdge AOT images for this
//! machine's CPU instead, like `Dockerfile.wasm` with `AOT=1`: each module compiled by
//! WasmEdge into a universal Wasm file (still a Wasm entrypoint, native code in a custom
//! section), tagged `<version>-aot-<arch>` (docs/deploy.md).

use std::collections::BTreeMap;
use std::fs::{self, File};
use std::io::BufWriter;
use std::path::PathBuf;

use anyhow::{Context, Result};
use cits_oci::{annotations, build_image, Compression, TaggedImage, WasmImageSpec};
use cits_pipeline::{StageSpec, Topic, Topics, STAGES};

/// Where `make modules` puts the stage modules.
const DEFAULT_WASM_DIR: &str = "target/wasm32-wasip1/wasm";

/// Where the map matcher's image expects its street graph; `k8s/` mounts it here.
const GRAPH_MOUNT_DIR: &str = "/graph";

/// The stage named `name` (a `--stage` value).
fn parse_stage(name: &str) -> Result<&'static StageSpec, String> {
    STAGES.iter().find(|s| s.name == name).ok_or_else(|| {
        let names: Vec<&str> = STAGES.iter().map(|s| s.name).collect();
        format!("unknown stage {name:?}; one of {}", names.join(", "))
    })
}

/// Image env defaults; a deployment sets `CITS_BROKERS` and overrides the rest.
fn env(stage: &StageSpec) -> Vec<(String, String)> {
    let topics = Topics::default();
    let mut env = vec![
        ("CITS_INPUT_TOPIC", topics.get(stage.input)),
        ("CITS_OUTPUT_TOPIC", topics.get(stage.output)),
        ("CITS_DLQ_TOPIC", topics.get(Topic::Dlq)),
        ("CITS_LOG", "info"),
    ];
    if stage.graph {
        env.push(("CITS_GRAPH_DIR", GRAPH_MOUNT_DIR));
    }
    env.into_iter()
        .map(|(k, v)| (k.to_owned(), v.to_owned()))
        .collect()
}

/// Which files to write per stage.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// An OCI image layout directory `OUT/<stage>/`.
    Layout,
    /// One tar `OUT/<stage>.tar`: OCI layout plus Docker's manifest.json.
    Archive,
    /// Both.
    Both,
}

/// Value of the `os` field of the image config.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Os {
    /// `wasi`: what `--platform=wasi/wasm` (Docker, buildx, runwasi) selects.
    Wasi,
    /// `wasip1`: Go's GOOS name for the same target.
    Wasip1,
}

/// Arguments of `cits image`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Stage to package (decoder, collector, ...); repeat for several. Default: all.
    #[arg(long = "stage", value_parser = parse_stage)]
    stages: Vec<&'static StageSpec>,
    /// Output directory (created); per stage `OUT/<stage>/` and/or `OUT/<stage>.tar`.
    #[arg(long)]
    out: PathBuf,
    /// Directory with the built `<stage>.wasm` modules.
    #[arg(long, default_value = DEFAULT_WASM_DIR)]
    wasm_dir: PathBuf,
    /// Layout directory, archive, or both.
    #[arg(long, value_enum, default_value_t = Format::Layout)]
    format: Format,
    /// Image tag; repeat for several. Default: `<version>-wasm`.
    #[arg(long = "tag")]
    tags: Vec<String>,
    /// Repository prefix: images are named `<prefix>/<stage>`.
    #[arg(long, default_value = "cits-wasm")]
    repository_prefix: String,
    /// `os` of the image config.
    #[arg(long, value_enum, default_value_t = Os::Wasi)]
    os: Os,
    /// Store the layer as plain tar instead of tar+gzip.
    #[arg(long)]
    uncompressed: bool,
    /// Creation time (Unix seconds) for `created` and file mtimes: fixed, so output is
    /// reproducible.
    #[arg(long, env = "SOURCE_DATE_EPOCH", default_value_t = 0)]
    source_date_epoch: u64,
    /// Source revision (e.g. `git rev-parse HEAD`) recorded as an annotation.
    #[arg(long)]
    revision: Option<String>,
    /// WasmEdge AOT images for this machine's CPU (default tag `<version>-aot-<arch>`).
    #[arg(long)]
    aot: bool,
}

/// The architecture name of this machine as OCI and Kubernetes spell it (`amd64`,
/// `arm64`): the suffix of AOT tags and the node selector the overlays pin them to.
pub fn oci_arch() -> &'static str {
    match std::env::consts::ARCH {
        "x86_64" => "amd64",
        "aarch64" => "arm64",
        other => other,
    }
}

/// Runs `cits image`.
pub fn run(mut args: Args) -> Result<()> {
    if args.stages.is_empty() {
        args.stages = STAGES.iter().collect();
    }
    // Pipeline order, each once.
    args.stages.sort_by_key(|s| s.stage);
    args.stages.dedup_by_key(|s| s.stage);
    if args.tags.is_empty() {
        let variant = if args.aot {
            format!("aot-{}", oci_arch())
        } else {
            "wasm".to_owned()
        };
        args.tags = vec![format!("{}-{variant}", env!("CARGO_PKG_VERSION"))];
    }
    fs::create_dir_all(&args.out)
        .with_context(|| format!("creating output directory {}", args.out.display()))?;
    for stage in &args.stages {
        package(&args, stage)?;
    }
    Ok(())
}

/// The stage's module AOT-compiled by WasmEdge into a universal Wasm file (written to
/// `OUT/aot/<stage>.wasm`, kept for inspection and `wasmedge --run-mode=aot`).
#[cfg(feature = "wasmedge")]
fn aot_module(args: &Args, stage: &StageSpec, module_path: &std::path::Path) -> Result<Vec<u8>> {
    use crate::cmd_compile::OptLevel;
    use crate::engine_wasmedge::compile;
    let out = args.out.join("aot").join(format!("{}.wasm", stage.name));
    let started = std::time::Instant::now();
    compile(module_path, &out, OptLevel::for_module(module_path))?;
    eprintln!(
        "{}: WasmEdge AOT for {} in {:.1} s -> {}",
        stage.name,
        oci_arch(),
        started.elapsed().as_secs_f64(),
        out.display()
    );
    fs::read(&out).with_context(|| format!("reading {}", out.display()))
}

#[cfg(not(feature = "wasmedge"))]
fn aot_module(_: &Args, _: &StageSpec, _: &std::path::Path) -> Result<Vec<u8>> {
    anyhow::bail!(crate::NO_WASMEDGE)
}

fn package(args: &Args, stage: &StageSpec) -> Result<()> {
    let file_name = format!("{}.wasm", stage.name);
    let module_path = args.wasm_dir.join(&file_name);
    if !module_path.is_file() {
        anyhow::bail!(
            "{} is missing (build the modules with `make modules`)",
            module_path.display()
        );
    }
    let module = if args.aot {
        aot_module(args, stage, &module_path)?
    } else {
        fs::read(&module_path).with_context(|| format!("reading {}", module_path.display()))?
    };
    let module_len = module.len();

    let mut image_annotations = BTreeMap::from([
        (annotations::TITLE, stage.name.to_owned()),
        (
            annotations::DESCRIPTION,
            format!("cits-wasm {}: {}", stage.name, stage.summary),
        ),
        (annotations::VERSION, env!("CARGO_PKG_VERSION").to_owned()),
        (annotations::LICENSES, env!("CARGO_PKG_LICENSE").to_owned()),
    ]);
    // Empty when the package sets no `repository`: an empty URL is worse than none.
    let source = env!("CARGO_PKG_REPOSITORY");
    if !source.is_empty() {
        image_annotations.insert(annotations::SOURCE, source.to_owned());
    }
    if let Some(revision) = &args.revision {
        image_annotations.insert(annotations::REVISION, revision.clone());
    }
    if args.aot {
        image_annotations.insert(
            annotations::DESCRIPTION,
            format!(
                "cits-wasm {}: {} (WasmEdge AOT for {}: run with --run-mode=aot or a runtime \
                 that enables AOT; on another CPU it runs interpreted)",
                stage.name,
                stage.summary,
                oci_arch()
            ),
        );
    }
    let spec = WasmImageSpec {
        file_name,
        module,
        env: env(stage),
        created_unix_s: args.source_date_epoch,
        os: match args.os {
            Os::Wasi => "wasi",
            Os::Wasip1 => "wasip1",
        }
        .to_owned(),
        compression: if args.uncompressed {
            Compression::None
        } else {
            Compression::Gzip
        },
        annotations: image_annotations
            .into_iter()
            .map(|(k, v)| (k.to_owned(), v))
            .collect(),
    };
    let image = build_image(&spec).with_context(|| format!("building the {} image", stage.name))?;
    let manifest_digest = image.manifest.descriptor.digest.clone();
    let tagged = [TaggedImage {
        image,
        repository: format!("{}/{}", args.repository_prefix, stage.name),
        tags: args.tags.clone(),
    }];

    let mut written = Vec::new();
    if matches!(args.format, Format::Layout | Format::Both) {
        let dir = args.out.join(stage.name);
        cits_oci::write_layout(&dir, &tagged)
            .with_context(|| format!("writing the {} layout", stage.name))?;
        written.push(dir.display().to_string());
    }
    if matches!(args.format, Format::Archive | Format::Both) {
        let path = args.out.join(format!("{}.tar", stage.name));
        let file = File::create(&path).with_context(|| format!("creating {}", path.display()))?;
        let writer = cits_oci::write_archive(BufWriter::new(file), &tagged, args.source_date_epoch)
            .with_context(|| format!("writing {}", path.display()))?;
        writer
            .into_inner()
            .map_err(|e| e.into_error())
            .and_then(|file| file.sync_all())
            .with_context(|| format!("flushing {}", path.display()))?;
        written.push(path.display().to_string());
    }
    println!(
        "{:<10} {:>8} bytes  {}  {}",
        stage.name,
        module_len,
        manifest_digest,
        written.join(" ")
    );
    // Largest stage module we ship without a note: the benchmark's size target (1 MB).
    const MODULE_SIZE_TARGET: u64 = cits_testbed::report::MODULE_SIZE_TARGET_BYTES;
    if module_len as u64 > MODULE_SIZE_TARGET && !args.aot {
        eprintln!(
            "note: {file} is {module_len} bytes, above the {MODULE_SIZE_TARGET}-byte target",
            file = module_path.display()
        );
    }
    Ok(())
}
