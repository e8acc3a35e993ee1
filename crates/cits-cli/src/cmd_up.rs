//! `cits up`: the whole pipeline on this machine.
//!
//! Starts a broker (an embedded tansu, in memory or in `--data DIR`, unless `--brokers` is
//! given), creates the topics, runs every stage instance as a `cits run` child process
//! (or a `wasmedge` one with `--engine wasmedge`), replays a recording into `cits.raw`,
//! prints live counters, and stops once every replayed record is accounted for (or on
//! Ctrl-C, or loudly as not settled after [`DRAIN_TIMEOUT`]) with a final summary.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use anyhow::{bail, Context, Result};
use cits_pipeline::config::Stage;
use cits_pipeline::{
    Counts, Modules, Pipeline, PipelineConfig, ReplayControl, ReplayOptions, Speed, StartAt,
    SETTLE_PERIOD,
};

/// How often the live summary line is printed.
const LIVE_INTERVAL: Duration = Duration::from_secs(2);

/// Upper bound for draining after the replay: far more than a healthy pipeline needs for
/// the sample data; a pipeline still producing after this is stuck in a loop.
const DRAIN_TIMEOUT: Duration = Duration::from_secs(600);

/// Arguments of `cits up`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Kafka bootstrap brokers (comma-separated host:port). Without it an embedded broker
    /// (tansu, in-memory) runs on a free loopback port.
    #[arg(long, value_delimiter = ',')]
    pub brokers: Option<Vec<String>>,
    /// Keep the embedded broker's topics, records and committed offsets in DIR (an SQLite
    /// file, DIR/broker.db): a later `cits up --data DIR` continues where this one
    /// stopped — the stages resume from their committed offsets. Without it the embedded
    /// broker keeps everything in memory.
    #[arg(long, value_name = "DIR", conflicts_with = "brokers")]
    pub data: Option<PathBuf>,
    /// Partitions per topic (existing topics keep theirs).
    #[arg(long, default_value_t = cits_pipeline::config::DEFAULT_PARTITIONS)]
    pub partitions: i32,
    /// Instances per stage.
    #[arg(long, default_value_t = 1)]
    pub instances: u32,
    /// Directory with the stage modules (`decoder.wasm`, ...; a `.cwasm` next to it wins).
    /// With `--native`: the native stage executables (default `target/release`).
    #[arg(long)]
    pub modules: Option<PathBuf>,
    /// Run the native stage executables instead of the Wasm modules (comparison runs).
    #[arg(long, conflicts_with = "engine")]
    pub native: bool,
    /// What runs the Wasm modules: `builtin` (`cits run`, our Wasmtime-based host with
    /// deny-by-default grants), `wasmedge` (a `wasmedge` process per instance) or
    /// `wasmedge-sdk` (`cits run --engine wasmedge` per instance: WasmEdge inside `cits`,
    /// built with the `wasmedge` feature); both interpreted unless --aot; see
    /// docs/wasmedge.md for what WasmEdge can restrict.
    #[arg(long, value_enum, default_value_t = Engine::Builtin)]
    pub engine: Engine,
    /// With --engine wasmedge(-sdk): compile each module with `wasmedge compile` (`cits
    /// compile --engine wasmedge`), cached by content in MODULES/wasmedge-aot/, and run the
    /// native code.
    #[arg(long)]
    pub aot: bool,
    /// With --engine wasmedge: the `wasmedge` binary [default: $CITS_WASMEDGE, else
    /// `wasmedge` on PATH, else ~/.cache/cits-wasm/wasmedge-0.17.1/bin/wasmedge].
    #[arg(long, value_name = "PATH")]
    pub wasmedge: Option<PathBuf>,
    /// Replay DIR/recording.b64 into the pipeline and stop when it has been processed.
    /// Without it the pipeline runs until Ctrl-C.
    #[arg(long, value_name = "DIR")]
    pub replay: Option<PathBuf>,
    /// Street graph directory (car.wkb, bike.wkb) of the map matcher and the predictor
    /// [default: DIR/graph of --replay].
    #[arg(long, value_name = "DIR")]
    pub graph: Option<PathBuf>,
    /// Replay pace: a factor on the recording's own pace, or `max`.
    #[arg(long, default_value = "1")]
    pub speed: Speed,
    /// Write the outputs as JSON lines: DIR/predictions.jsonl, DIR/matched.jsonl,
    /// DIR/risks.jsonl, DIR/denm.jsonl, DIR/dlq.jsonl.
    #[arg(long, value_name = "DIR")]
    pub export: Option<PathBuf>,
    /// Where stage instances start reading: `latest` or `earliest` [default: earliest on
    /// the embedded broker (fresh topics), latest with --brokers].
    #[arg(long)]
    pub start: Option<StartAt>,
    /// Write each instance's output to DIR/<instance>.log instead of prefixed stderr lines.
    #[arg(long, value_name = "DIR")]
    pub log_dir: Option<PathBuf>,
    /// Fetch long-poll wait of the stages (CITS_MAX_WAIT_MS).
    #[arg(long, value_name = "MS")]
    pub max_wait_ms: Option<u32>,
    /// Log level of the stages (CITS_LOG: error, warn, info, debug).
    #[arg(long, value_name = "LEVEL")]
    pub stage_log: Option<String>,
    /// Collision detector settings over its defaults, `key=value,…` (the collisions
    /// module's CITS_COLLISION_CONFIG; README, "Warnings"), e.g.
    /// `ttc_raise_s=2.0,pet_raise_s=1.0,persist_m=6,persist_n=8,min_probability=0.7`.
    #[arg(long, value_name = "SETTINGS", env = cits_core::collisions::SETTINGS_ENV)]
    pub collision_config: Option<String>,
    /// Provider name put into the replayed messages.
    #[arg(long, default_value = cits_pipeline::replay::DEFAULT_PROVIDER)]
    pub provider: String,
    /// Fault injection (needs --replay): `kill -9` a random stage instance every SECS
    /// seconds while the replay runs, leave each crash to the supervisor, and print every
    /// fault with its recovery time (`cits_pipeline::chaos`). Compare the summary with a
    /// run without it: nothing may be missing.
    #[arg(
        long,
        value_name = "SECS",
        requires = "replay",
        conflicts_with = "chaos_net"
    )]
    pub chaos_kill: Option<f64>,
    /// Fault injection (needs --replay and the embedded broker): put a TCP proxy between
    /// every client and the broker, and every SECS seconds (after the previous fault is
    /// over) drop all connections, stall the network 2 s, or slow it down for 3 s, in
    /// turn; print every fault with its recovery time.
    #[arg(
        long,
        value_name = "SECS",
        requires = "replay",
        conflicts_with = "brokers"
    )]
    pub chaos_net: Option<f64>,
    /// Seed of --chaos-kill's choice of victims (--chaos-net: which fault comes first).
    #[arg(long, default_value_t = 1)]
    pub chaos_seed: u64,
    /// Also run the egress bridge: start a local mosquitto (as `cits bench` does for the
    /// ingest) and publish every DENM of cits.denm to MQTT topic `cits/denm/<station>`
    /// with QoS 1, the way an RSU receives them.
    #[arg(long)]
    pub mqtt: bool,
    /// Also serve the live map (`cits view`) of this pipeline at ADDR [default when given
    /// without a value: a free loopback port]; the URL is printed. With --replay the page
    /// can pause the replay and change its speed. After a replay the page keeps showing
    /// the final state until Ctrl-C.
    #[arg(long, value_name = "ADDR", num_args = 0..=1, default_missing_value = cits_view::DEFAULT_ADDR)]
    pub view: Option<std::net::SocketAddr>,
}

/// The collisions module's variable for `settings`, refused here if out of range: before
/// anything starts, rather than by a crash-looping module.
pub(crate) fn collision_stage_env(settings: &str) -> Result<(Stage, String, String)> {
    use cits_core::collisions::{CollisionConfig, SETTINGS_ENV};
    CollisionConfig::from_settings(settings)
        .with_context(|| format!("--collision-config / {SETTINGS_ENV}"))?;
    Ok((
        Stage::Collisions,
        SETTINGS_ENV.to_owned(),
        settings.to_owned(),
    ))
}

/// The Wasm engine of `cits up`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Engine {
    /// `cits run`: our Wasmtime-based host.
    Builtin,
    /// The `wasmedge` CLI.
    Wasmedge,
    /// WasmEdge inside `cits` (wasmedge-sdk): `cits run --engine wasmedge`.
    WasmedgeSdk,
}

/// Runs `cits up`.
pub fn run(args: Args) -> Result<()> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("creating the tokio runtime")?;
    runtime.block_on(up(args))
}

fn config(args: &Args) -> Result<PipelineConfig> {
    if args.aot && !matches!(args.engine, Engine::Wasmedge | Engine::WasmedgeSdk) {
        bail!("--aot needs --engine wasmedge or wasmedge-sdk");
    }
    if args.wasmedge.is_some() && args.engine != Engine::Wasmedge {
        bail!("--wasmedge needs --engine wasmedge");
    }
    let module_dir = || {
        args.modules
            .clone()
            .unwrap_or_else(|| "target/wasm32-wasip1/wasm".into())
    };
    let modules = if args.engine == Engine::WasmedgeSdk {
        Modules::WasmEdgeSdk {
            cits_exe: std::env::current_exe().context("locating the cits binary")?,
            dir: module_dir(),
            aot: args.aot,
        }
    } else if args.engine == Engine::Wasmedge {
        Modules::WasmEdge {
            wasmedge: args
                .wasmedge
                .clone()
                .unwrap_or_else(cits_pipeline::wasmedge::default_binary),
            dir: module_dir(),
            aot: args.aot,
        }
    } else if args.native {
        Modules::Native {
            dir: args
                .modules
                .clone()
                .unwrap_or_else(|| "target/release".into()),
        }
    } else {
        Modules::Wasm {
            cits_exe: std::env::current_exe().context("locating the cits binary")?,
            dir: module_dir(),
        }
    };
    let mut config = PipelineConfig::new(modules);
    config.brokers = args.brokers.clone();
    if let Some(dir) = &args.data {
        config.broker_storage = crate::cmd_broker::data_dir_storage(dir)?;
    }
    config.partitions = args.partitions;
    config.instances = args.instances;
    config.graph_dir = args
        .graph
        .clone()
        .or_else(|| args.replay.as_ref().map(|dir| dir.join("graph")));
    config.start = args.start;
    config.fault_proxy = args.chaos_net.is_some();
    config.export_dir = args.export.clone();
    config.log_dir = args.log_dir.clone();
    config.max_wait_ms = args.max_wait_ms;
    config.stage_log = args.stage_log.clone();
    if let Some(settings) = &args.collision_config {
        config.stage_env.push(collision_stage_env(settings)?);
    }
    Ok(config)
}

/// The replay's state for the live line: ` (paused)` while paused, ` (at F)` once the
/// speed differs from `initial_speed` (`--speed`); nothing otherwise.
fn replay_note(control: &ReplayControl, initial_speed: Speed) -> String {
    let status = control.status();
    let mut notes = Vec::new();
    if status.paused && !status.done {
        notes.push("paused".to_owned());
    }
    if status.speed != initial_speed {
        notes.push(format!("at {}", status.speed));
    }
    if notes.is_empty() {
        String::new()
    } else {
        format!(" ({})", notes.join(", "))
    }
}

fn live_line(
    started: Instant,
    replayed: u64,
    total: Option<usize>,
    note: &str,
    counts: &Counts,
) -> String {
    let secs = started.elapsed().as_secs_f64();
    let of = total.map(|t| format!("/{t}")).unwrap_or_default();
    format!(
        "[{secs:7.1}s] replayed {replayed}{of}{note} | {counts} | {:.1} {}/s",
        counts.output() as f64 / secs.max(f64::EPSILON),
        cits_pipeline::OUTPUT_TOPIC.suffix()
    )
}

async fn up(args: Args) -> Result<()> {
    let entries = match &args.replay {
        Some(dir) => {
            let path = dir.join("recording.b64");
            let entries = cits_sim::recording::read(&path)
                .with_context(|| format!("reading {}", path.display()))?;
            if entries.is_empty() {
                bail!("{} holds no messages", path.display());
            }
            Some(entries)
        }
        None => None,
    };
    // The page's replay controls act on this (without --view nobody else holds it).
    let control = entries
        .as_ref()
        .map(|e| ReplayControl::new(args.speed, e.len() as u64));
    let config = config(&args)?;
    let instances = config.instances;
    eprintln!(
        "cits up: starting broker, topics and {} stage instances…",
        cits_pipeline::STAGES.len() as u32 * instances
    );
    let mut pipeline = Pipeline::start(config)
        .await
        .context("starting the pipeline")?;
    eprintln!(
        "cits up: pipeline ready on {} (topics: {})",
        pipeline.brokers().join(","),
        pipeline.topics().all().join(" ")
    );
    // Started before the replay, so following cits.denm from its end misses nothing.
    let egress = if args.mqtt {
        Some(start_egress(&pipeline)?)
    } else {
        None
    };
    // Also before the replay: the view reads the topics from where the stages start.
    let mut view = match args.view {
        Some(addr) => Some(start_view(&args, &pipeline, addr, control.clone()).await?),
        None => None,
    };
    let started = Instant::now();
    let replayer = pipeline.replayer();
    let total = entries.as_ref().map(Vec::len);
    let options = ReplayOptions {
        speed: args.speed,
        provider: args.provider.clone(),
        ..ReplayOptions::default()
    };
    let replay = entries.zip(control).map(|(entries, control)| {
        let replayer = replayer.clone();
        let task_control = control.clone();
        Replay {
            task: tokio::spawn(async move {
                replayer
                    .replay_controlled(&entries, &options, &task_control)
                    .await
            }),
            control,
            initial_speed: args.speed,
        }
    });
    if let Some(total) = total {
        eprintln!(
            "cits up: replaying {total} messages at speed {}",
            args.speed
        );
    } else {
        eprintln!("cits up: no --replay; running until Ctrl-C");
    }

    if let Some(replay) = &replay {
        if let Some(secs) = args.chaos_kill {
            chaos(
                &mut pipeline,
                Chaos::Kill,
                secs,
                args.chaos_seed,
                &replay.task,
            )
            .await?;
        } else if let Some(secs) = args.chaos_net {
            chaos(
                &mut pipeline,
                Chaos::Net,
                secs,
                args.chaos_seed,
                &replay.task,
            )
            .await?;
        }
    }
    let interrupted = run_until_done(&mut pipeline, replay, started, total).await;
    // The bridge stops first: it waits for the MQTT acknowledgements of what it sent.
    let egress_line = match egress {
        Some(egress) => Some(egress.stop().await?),
        None => None,
    };
    // The view stops reading before the broker goes; its page keeps the last state.
    if let Some(view) = &mut view {
        view.stop_consumers();
    }
    let summary = pipeline.shutdown().await.context("stopping the pipeline")?;
    println!("{summary}");
    if let Some(line) = egress_line {
        println!("{line}");
    }
    if let Some(dir) = &args.export {
        println!(
            "exported: {}, {}, {}, {} and {}",
            dir.join(cits_pipeline::sink::PREDICTIONS_FILE).display(),
            dir.join(cits_pipeline::sink::MATCHED_FILE).display(),
            dir.join(cits_pipeline::sink::RISKS_FILE).display(),
            dir.join(cits_pipeline::sink::DENM_FILE).display(),
            dir.join(cits_pipeline::sink::DLQ_FILE).display()
        );
    }
    for error in &summary.outputs.errors {
        eprintln!("output consumer error: {error}");
    }
    if let Some(view) = view {
        if matches!(interrupted, Ok(false)) {
            eprintln!(
                "cits up: the view keeps showing the final state at {} (Ctrl-C to stop)",
                view.url()
            );
            tokio::signal::ctrl_c()
                .await
                .context("waiting for Ctrl-C")?;
        }
        view.shutdown().await.context("stopping the view")?;
    }
    match interrupted {
        Ok(true) => {
            eprintln!("cits up: interrupted");
            Ok(())
        }
        Ok(false) => Ok(()),
        Err(e) => Err(e),
    }
}

/// Starts `cits view` on the pipeline's brokers, topics and street graph.
async fn start_view(
    args: &Args,
    pipeline: &Pipeline,
    addr: std::net::SocketAddr,
    replay: Option<ReplayControl>,
) -> Result<cits_view::View> {
    let mut config = cits_view::ViewConfig::new(pipeline.brokers().to_vec());
    config.addr = addr;
    config.replay = replay;
    config.topics = pipeline.topics().clone();
    config.graph_dir = args
        .graph
        .clone()
        .or_else(|| args.replay.as_ref().map(|dir| dir.join("graph")));
    // Where the stages start (see `cits_pipeline::Pipeline::start`).
    let start = args.start.unwrap_or(if args.brokers.is_none() {
        StartAt::Earliest
    } else {
        StartAt::Latest
    });
    config.start = crate::cmd_view::view_start(start);
    let view = cits_view::View::start(config)
        .await
        .context("starting the view (--view)")?;
    eprintln!("cits up: view at {}", view.url());
    Ok(view)
}

/// The egress bridge (cits.denm → MQTT) and the mosquitto it publishes to.
struct Egress {
    /// Kept alive while the bridge runs; stopped on drop.
    mosquitto: cits_testbed::mqtt::Mosquitto,
    stop: tokio::sync::oneshot::Sender<()>,
    task: tokio::task::JoinHandle<cits_testbed::Result<cits_testbed::egress::EgressStats>>,
}

fn start_egress(pipeline: &Pipeline) -> Result<Egress> {
    let mosquitto =
        cits_testbed::mqtt::Mosquitto::start().context("starting mosquitto for --mqtt")?;
    let mut config =
        cits_testbed::egress::EgressConfig::new(pipeline.brokers().to_vec(), mosquitto.addr());
    config.denm_topic = pipeline.topics().denm.clone();
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let task = tokio::spawn(cits_testbed::egress::run(config, async move {
        let _ = stopped.await;
    }));
    eprintln!(
        "cits up: egress bridge: {} → mqtt://{}/{}/<station>",
        pipeline.topics().denm,
        mosquitto.addr(),
        cits_testbed::egress::TOPIC_PREFIX
    );
    Ok(Egress {
        mosquitto,
        stop,
        task,
    })
}

impl Egress {
    /// Stops the bridge; its counters as one summary line.
    async fn stop(self) -> Result<String> {
        let _ = self.stop.send(());
        let stats = self
            .task
            .await
            .context("egress bridge task")?
            .context("egress bridge")?;
        let line = format!(
            "  egress (MQTT {})  DENMs consumed {}, published {}, acknowledged {}, skipped {}",
            self.mosquitto.addr(),
            stats.consumed,
            stats.published,
            stats.acknowledged,
            stats.skipped
        );
        drop(self.mosquitto);
        Ok(line)
    }
}

/// How long `--chaos-kill` / `--chaos-net` wait after the replay for the last faults'
/// recoveries.
const CHAOS_RECOVERY_TIMEOUT: Duration = Duration::from_secs(60);

/// Which faults `cits up` injects.
#[derive(Debug, Clone, Copy)]
enum Chaos {
    /// `--chaos-kill`.
    Kill,
    /// `--chaos-net`.
    Net,
}

/// `--chaos-kill` / `--chaos-net`: injects faults while the replay task runs, then prints
/// them.
async fn chaos(
    pipeline: &mut Pipeline,
    kind: Chaos,
    secs: f64,
    seed: u64,
    replay: &tokio::task::JoinHandle<cits_pipeline::Result<cits_pipeline::ReplayReport>>,
) -> Result<()> {
    let flag = match kind {
        Chaos::Kill => "--chaos-kill",
        Chaos::Net => "--chaos-net",
    };
    let every = Duration::try_from_secs_f64(secs)
        .ok()
        .filter(|d| !d.is_zero())
        .with_context(|| format!("{flag} {secs}: not a positive number of seconds"))?;
    let plan = cits_pipeline::chaos::KillPlan { every, seed };
    let running = || !replay.is_finished();
    let faults = match kind {
        Chaos::Kill => {
            eprintln!(
                "cits up: chaos: kill -9 of a random instance every {secs} s during the replay"
            );
            pipeline
                .kill_randomly_while(&plan, running, CHAOS_RECOVERY_TIMEOUT)
                .await
        }
        Chaos::Net => {
            eprintln!(
                "cits up: chaos: a network fault between clients and broker every {secs} s during the replay"
            );
            pipeline
                .network_faults_while(&plan, running, CHAOS_RECOVERY_TIMEOUT)
                .await
        }
    }
    .context("fault injection")?;
    let recovered: Vec<f64> = faults
        .iter()
        .filter_map(|f| f.recovery.map(|r| r.as_secs_f64()))
        .collect();
    for fault in &faults {
        println!("chaos: {fault}");
    }
    println!(
        "chaos: {} faults, {} recovered (max {:.2} s)",
        faults.len(),
        recovered.len(),
        recovered.iter().copied().fold(0.0, f64::max)
    );
    Ok(())
}

/// The running replay task and what controls it.
struct Replay {
    task: tokio::task::JoinHandle<cits_pipeline::Result<cits_pipeline::ReplayReport>>,
    control: ReplayControl,
    /// `--speed`: the live line names the speed only once the page changed it.
    initial_speed: Speed,
}

/// Runs the replay and the drain, printing live lines. Ok(true) = stopped by Ctrl-C.
///
/// The replay has no time limit: a replay paused from the view just keeps this waiting
/// (the live line says `paused`); the drain and its [`DRAIN_TIMEOUT`] start only once
/// the replay task has ended.
async fn run_until_done(
    pipeline: &mut Pipeline,
    replay: Option<Replay>,
    started: Instant,
    total: Option<usize>,
) -> Result<bool> {
    let replayer = pipeline.replayer();
    let ctrl_c = tokio::signal::ctrl_c();
    tokio::pin!(ctrl_c);
    let mut tick = tokio::time::interval(LIVE_INTERVAL);
    let Some(mut replay) = replay else {
        // No replay: live counters until Ctrl-C or an instance dies.
        loop {
            tokio::select! {
                _ = &mut ctrl_c => return Ok(true),
                _ = tick.tick() => {
                    pipeline.check_instances()?;
                    let counts = pipeline.counts().await?;
                    eprintln!("{}", live_line(started, replayer.produced(), None, "", &counts));
                }
            }
        }
    };
    let report = loop {
        tokio::select! {
            _ = &mut ctrl_c => {
                replay.task.abort();
                return Ok(true);
            }
            done = &mut replay.task => break done.context("replay task")?.context("replaying")?,
            _ = tick.tick() => {
                pipeline.check_instances()?;
                let counts = pipeline.counts().await?;
                let note = replay_note(&replay.control, replay.initial_speed);
                eprintln!(
                    "{}",
                    live_line(started, replayer.produced(), total, &note, &counts)
                );
            }
        }
    };
    eprintln!(
        "cits up: replay done: {} messages in {:.1} s; waiting until every stage has processed its whole input (at most {} s)",
        report.messages,
        report.elapsed.as_secs_f64(),
        DRAIN_TIMEOUT.as_secs()
    );
    let mut last_print = Instant::now();
    let produced = replayer.produced();
    let settled = pipeline.wait_settled(SETTLE_PERIOD, DRAIN_TIMEOUT, |counts| {
        if last_print.elapsed() >= LIVE_INTERVAL {
            last_print = Instant::now();
            eprintln!("{}", live_line(started, produced, total, "", counts));
        }
    });
    tokio::select! {
        _ = &mut ctrl_c => Ok(true),
        settled = settled => match settled {
            Ok(counts) => {
                eprintln!("cits up: settled: {counts}");
                Ok(false)
            }
            // Said loudly, with the stages that lag; the summary still follows.
            Err(e @ cits_pipeline::Error::NotSettled { .. }) => {
                eprintln!("cits up: NOT SETTLED — the summary below is incomplete: {e}");
                Err(e.into())
            }
            Err(e) => Err(e.into()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_live_line_says_when_the_replay_is_paused_or_re_paced() {
        let control = ReplayControl::new(Speed::Factor(4.0), 10);
        let initial = Speed::Factor(4.0);
        assert_eq!(replay_note(&control, initial), "");
        control.pause();
        assert_eq!(replay_note(&control, initial), " (paused)");
        control.set_speed(2.0).unwrap();
        assert_eq!(replay_note(&control, initial), " (paused, at 2x)");
        control.resume();
        assert_eq!(replay_note(&control, initial), " (at 2x)");
        let line = live_line(Instant::now(), 3, Some(10), " (paused)", &Counts::default());
        assert!(line.contains("replayed 3/10 (paused) | "), "{line}");
    }
}
