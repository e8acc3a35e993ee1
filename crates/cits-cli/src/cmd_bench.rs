//! `cits bench`: the thesis' evaluation (§4) on our pipeline, with one command.
//!
//! Replays a recording (through mosquitto and the ingest bridge by default) at
//! 1x/2x/4x three times each, pinned to 1 and 2 cores, searches the throughput
//! ceiling, measures the hop floor and (with `--native-dir`) the native build,
//! and writes a results folder: `messages.csv`, `summary.json`, SVG plots and
//! `report.md` with our numbers beside the thesis' tables.

use std::path::PathBuf;

use anyhow::{bail, Context, Result};
use cits_pipeline::Modules;
use cits_testbed::bench::{self, BenchConfig, EngineModules, Ingest, Plan};
use cits_testbed::report::EngineKind;

/// Seed of the data set generated when `--data` is not given (the same as `make generate`).
const GENERATED_SEED: u64 = 1;

/// A replay factor: a finite number above zero.
fn parse_factor(text: &str) -> std::result::Result<f64, String> {
    let text = text.strip_suffix('x').unwrap_or(text);
    match text.parse::<f64>() {
        Ok(f) if f.is_finite() && f > 0.0 => Ok(f),
        _ => Err(format!(
            "{text:?} is not a replay factor (a number above 0, e.g. 16 or 16x)"
        )),
    }
}

/// Arguments of `cits bench`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Data set made by `cits generate`: DIR/recording.b64 and DIR/graph/{car,bike}.wkb.
    /// Without it a thesis-sized data set (seed 1, about 3,300 CPMs) is generated into OUT/data.
    #[arg(long, value_name = "DIR")]
    pub data: Option<PathBuf>,
    /// Directory with the stage modules (`decoder.wasm`, ...; a `.cwasm` next to it wins).
    #[arg(long, value_name = "DIR", default_value = "target/wasm32-wasip1/wasm")]
    pub modules: PathBuf,
    /// Directory with the native stage executables, for the Wasm/native ratio
    /// (e.g. `target/release` after `cargo build --release -p <stage>` for every stage).
    #[arg(long, value_name = "DIR")]
    pub native_dir: Option<PathBuf>,
    /// Short version: every scenario once, on the first minute of the recording.
    #[arg(long, conflicts_with = "smoke")]
    pub quick: bool,
    /// CI smoke version: about 30 s of traffic at 4x, once.
    #[arg(long)]
    pub smoke: bool,
    /// Only this replay factor, once (repeatable; the first minute with `--quick`): no
    /// reference scenarios and no ceiling search.
    #[arg(long, value_name = "X", conflicts_with = "smoke", value_parser = parse_factor)]
    pub factor: Vec<f64>,
    /// Results folder.
    #[arg(long, value_name = "DIR", default_value = "bench-results")]
    pub out: PathBuf,
    /// Also store every message's trace in PostgreSQL (table `cits_trace`).
    #[arg(long, value_name = "postgres://…")]
    pub store: Option<String>,
    /// Replay straight into `cits.raw` instead of through MQTT.
    #[arg(long)]
    pub direct: bool,
    /// Fetch long-poll wait of the stages (CITS_MAX_WAIT_MS), ms.
    #[arg(long, value_name = "MS", default_value_t = bench::DEFAULT_MAX_WAIT_MS)]
    pub max_wait_ms: u32,
    /// Collision detector settings over its defaults, `key=value,…`, as for `cits up`.
    /// A flag only (no environment fallback), so the report's command line names the
    /// balance its accuracy section measured.
    #[arg(long, value_name = "SETTINGS")]
    pub collision_config: Option<String>,
    /// Only the engine comparison: the first minute at 1x once per engine — WasmEdge
    /// interpreter and AOT, our host on `.wasm` and on precompiled `.cwasm`, native (with
    /// `--native-dir`) — on the same broker and data.
    #[arg(long, conflicts_with_all = ["quick", "smoke", "factor"])]
    pub engines: bool,
    /// With --engines: the `wasmedge` binary [default: $CITS_WASMEDGE, else `wasmedge` on
    /// PATH, else ~/.cache/cits-wasm/wasmedge-0.17.1/bin/wasmedge].
    #[arg(long, value_name = "PATH", requires = "engines")]
    pub wasmedge: Option<PathBuf>,
    /// Also run the 4x scenario with the live view (`cits view`) reading the topics and a
    /// client on its event stream, and print the end-to-end p95 difference.
    #[arg(long)]
    pub view: bool,
    /// No progress bar.
    #[arg(long)]
    pub no_progress: bool,
    /// Only the fault runs (issue 12): the first minutes at 4x, two instances per stage,
    /// without faults, with `kill -9` of random instances, and with network faults between
    /// clients and broker; writes OUT/chaos.md (lost, duplicates, recovery per run).
    #[arg(long, conflicts_with_all = ["quick", "smoke", "factor", "engines", "view"])]
    pub chaos: bool,
    /// Only the soak (issue 12): DURATION (e.g. 10m) of generated traffic at 4x, one
    /// instance per stage, a broker process on SQLite; samples every process's RSS and
    /// writes OUT/soak.md (start, end, max, slope), OUT/soak.csv and OUT/soak.svg.
    #[arg(long, value_name = "DURATION", value_parser = crate::bench_soak::parse_duration,
          conflicts_with_all = ["quick", "smoke", "factor", "engines", "view", "chaos", "data"])]
    pub soak: Option<std::time::Duration>,
}

/// Runs `cits bench`.
pub fn run(args: Args) -> Result<()> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("creating the tokio runtime")?;
    runtime.block_on(bench_main(args))
}

async fn bench_main(args: Args) -> Result<()> {
    // Checked before any data is generated or anything started.
    let stage_env: Vec<_> = args
        .collision_config
        .as_deref()
        .map(crate::cmd_up::collision_stage_env)
        .transpose()?
        .into_iter()
        .collect();
    if let Some(duration) = args.soak {
        let table = crate::bench_soak::run(duration, &args.modules, &args.out).await?;
        println!("{table}");
        return Ok(());
    }
    let data_dir = match &args.data {
        Some(dir) => dir.clone(),
        None => {
            let dir = args.out.join("data");
            let config =
                cits_sim::Config::new(GENERATED_SEED, cits_sim::scenario::DEFAULT_MINUTES)?;
            eprintln!(
                "cits bench: generating the data set (seed {GENERATED_SEED}) into {}",
                dir.display()
            );
            cits_sim::generate(&config, &mut |_, _| {})?.write_to(&dir)?;
            dir
        }
    };
    let recording_path = data_dir.join(cits_sim::RECORDING_FILE);
    if !recording_path.is_file() {
        bail!(
            "no recording at {}: make one with `cits generate --out {}`",
            recording_path.display(),
            data_dir.display()
        );
    }
    let recording = cits_sim::recording::read(&recording_path)
        .with_context(|| format!("reading {}", recording_path.display()))?;
    if args.chaos {
        let table =
            crate::bench_chaos::run(&recording, &data_dir, &args.modules, &args.out).await?;
        println!("{table}");
        return Ok(());
    }
    // Ground truth, when the data set has it (`cits generate` writes it): the report then
    // scores the pipeline's predictions and risks against it.
    let truth = cits_testbed::accuracy::GroundTruth::read(&data_dir)
        .with_context(|| format!("reading the ground truth of {}", data_dir.display()))?
        .map(std::sync::Arc::new);
    if truth.is_none() {
        eprintln!(
            "cits bench: no {} in {}: the report has no prediction accuracy",
            cits_sim::TRUTH_FILE,
            data_dir.display()
        );
    }
    let native = args.native_dir.clone().map(|dir| Modules::Native { dir });
    let engines = if args.engines {
        Some(prepare_engines(&args, native.is_some())?)
    } else {
        None
    };
    let plan = if args.engines {
        let available: Vec<EngineKind> = EngineKind::ALL
            .into_iter()
            .filter(|e| *e != EngineKind::Native || native.is_some())
            .collect();
        Plan::engines(&available)
    } else if args.smoke {
        Plan::smoke()
    } else if !args.factor.is_empty() {
        Plan::factors(
            &args.factor,
            args.quick.then_some(bench::QUICK_RECORDING_LIMIT),
        )
    } else if args.quick {
        Plan::quick(native.is_some())
    } else {
        Plan::full(native.is_some())
    };
    let plan = if args.view { plan.with_view() } else { plan };
    let config = BenchConfig {
        modules: Modules::Wasm {
            cits_exe: std::env::current_exe().context("locating the cits binary")?,
            dir: args.modules.clone(),
        },
        native_modules: native,
        graph_dir: data_dir.join(cits_sim::GRAPH_DIR),
        recording,
        truth,
        ingest: if args.direct {
            Ingest::Direct
        } else {
            Ingest::Mqtt
        },
        plan,
        max_wait_ms: args.max_wait_ms,
        stage_env,
        log_dir: Some(args.out.join("logs")),
        progress: !args.no_progress,
        command: std::env::args().collect::<Vec<_>>().join(" "),
        engines,
    };
    let mut store = match &args.store {
        Some(url) => {
            let id = chrono_like_id();
            Some(
                cits_testbed::store::Store::connect(url, &id)
                    .await
                    .context("connecting to the trace store")?,
            )
        }
        None => None,
    };
    // Collected during the benchmark, stored after its last run.
    let mut pending = Vec::new();
    let results = bench::run(&config, |scenario, run, result| {
        if store.is_some() {
            pending.push((scenario.to_owned(), run + 1, result.analysis.clone()));
        }
        Ok(())
    })
    .await?;
    if let Some(store) = store.as_mut() {
        for (scenario, run, analysis) in &pending {
            store
                .write_run(scenario, *run, analysis)
                .await
                .with_context(|| format!("storing {scenario} run {run}"))?;
        }
    }
    let written = cits_testbed::report::write_results(&args.out, &results)?;
    eprintln!("cits bench: report {}", written.markdown.display());
    eprintln!("{}", cits_testbed::report::headline(&results));
    Ok(())
}

/// The modules of each engine: the `.wasm` files copied alone into OUT/engines/wasm (so
/// no `.cwasm` beside them is picked up), precompiled into OUT/engines/cwasm, and the
/// `wasmedge` binary checked.
fn prepare_engines(args: &Args, native: bool) -> Result<EngineModules> {
    let wasmedge = args
        .wasmedge
        .clone()
        .unwrap_or_else(cits_pipeline::wasmedge::default_binary);
    let version = std::process::Command::new(&wasmedge)
        .arg("--version")
        .output()
        .with_context(|| {
            format!(
                "running {} --version: --engines needs WasmEdge 0.17.1 (`make deps` builds it, \
                 or --wasmedge PATH)",
                wasmedge.display()
            )
        })?;
    if !version.status.success() {
        bail!("{} --version failed", wasmedge.display());
    }
    let wasm_dir = args.out.join("engines/wasm");
    let cwasm_dir = args.out.join("engines/cwasm");
    for dir in [&wasm_dir, &cwasm_dir] {
        std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    }
    let runtime = cits_host::Runtime::new().context("setting up the Wasmtime host")?;
    for spec in cits_pipeline::STAGES {
        let file = format!("{}.wasm", spec.name);
        let source = args.modules.join(&file);
        let copy = wasm_dir.join(&file);
        std::fs::copy(&source, &copy).with_context(|| {
            format!(
                "copying {} (build the modules first: make modules)",
                source.display()
            )
        })?;
        let cwasm = cwasm_dir.join(format!("{}.cwasm", spec.name));
        runtime
            .precompile_file(&copy, &cwasm)
            .with_context(|| format!("precompiling {}", copy.display()))?;
    }
    Ok(EngineModules {
        cits_exe: std::env::current_exe().context("locating the cits binary")?,
        wasmedge,
        wasm_dir,
        cwasm_dir,
        native_dir: native.then(|| args.native_dir.clone()).flatten(),
    })
}

/// A benchmark id for the trace store: the start time, Unix seconds.
fn chrono_like_id() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    format!("bench-{secs}")
}
