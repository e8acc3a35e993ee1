//! Runs the whole cits-wasm pipeline locally: the library behind `cits up` (and `cits bench`).
//!
//! [`Pipeline::start`] brings up a broker (an embedded tansu unless brokers are given),
//! creates the topics, starts every stage instance as a child process (`cits run
//! <stage>.wasm` on the Wasm host, `wasmedge` interpreted or AOT ([`wasmedge`]), or the
//! native stage binaries), and consumes the
//! outputs. The handle then replays recordings ([`Replayer`]; pausable and re-paced while
//! it runs through a [`ReplayControl`]), reports counters from
//! topic offsets ([`Pipeline::counts`]), waits until every input is accounted for
//! ([`Pipeline::wait_settled`]), kills and restarts instances (failure tests), and
//! stops everything in order ([`Pipeline::shutdown`]).
//!
//! ```no_run
//! # async fn demo() -> cits_pipeline::Result<()> {
//! use cits_pipeline::{Modules, Pipeline, PipelineConfig, ReplayOptions};
//! let mut config = PipelineConfig::new(Modules::Wasm {
//!     cits_exe: "target/release/cits".into(),
//!     dir: "target/wasm32-wasip1/wasm".into(),
//! });
//! config.graph_dir = Some("testdata/sample/graph".into());
//! let mut pipeline = Pipeline::start(config).await?;
//! let entries = cits_sim::recording::read("testdata/sample/recording.b64")?;
//! pipeline.replayer().replay(&entries, &ReplayOptions::default()).await?;
//! let counts = pipeline.wait_settled(cits_pipeline::SETTLE_PERIOD, std::time::Duration::from_secs(300), |_| {}).await?;
//! println!("{counts}");
//! let summary = pipeline.shutdown().await?;
//! println!("{summary}");
//! # Ok(()) }
//! ```

pub mod broker_process;
pub mod chaos;
pub mod config;
pub mod denm;
pub mod error;
pub mod json;
mod kafka;
pub mod proxy;
pub mod replay;
pub mod sink;
pub mod supervisor;
pub mod wasmedge;

use std::collections::BTreeMap;
use std::ffi::OsString;
use std::fmt;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use cits_broker::{BrokerConfig, EmbeddedBroker};
use rskafka::client::group::GroupClient;
use rskafka::client::partition::PartitionClient;

pub use config::{
    Modules, PipelineConfig, Speed, Stage, StageSpec, StartAt, Topic, Topics, GUEST_GRAPH_DIR,
    OUTPUT_TOPIC, STAGES,
};
pub use error::{Error, Result};
pub use replay::{ReplayClock, ReplayControl, ReplayOptions, ReplayReport, ReplayStatus, Replayer};
pub use sink::Outputs;
pub use supervisor::{InstanceId, InstanceStatus};

use supervisor::{Launch, Supervisor};

/// How long all counters must stand still once every input is accounted for (see
/// [`Pipeline::wait_settled`]) before the pipeline counts as drained: a confirmation, not
/// the criterion. The accounting itself comes from the stages' committed offsets (their
/// consumer groups), committed every `cits_stage::COMMIT_INTERVAL` (0.5 s); 1 s more
/// costs little and catches a counter that still moves.
pub const SETTLE_PERIOD: Duration = Duration::from_secs(1);

/// How often counters are polled while waiting to settle.
const SETTLE_POLL: Duration = Duration::from_millis(250);

/// How long stage instances may take to position their input partitions after start.
/// A Wasm module is compiled by the host at start, which takes seconds on a busy machine.
pub const READY_TIMEOUT: Duration = Duration::from_secs(60);

/// Records per topic, since the pipeline started (or since the topic's start with
/// `StartAt::Earliest`), from the topics' offsets.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Messages in `cits.raw` (decoder input).
    pub raw: u64,
    /// Decoded CPMs (decoder output, collector input).
    pub cpm: u64,
    /// Locations (collector output, assembler input).
    pub locations: u64,
    /// Trajectory updates (assembler output, matcher input).
    pub trajectories: u64,
    /// Matched trajectory updates (matcher output, predictor input).
    pub matched: u64,
    /// Predictions (predictor output, collision detector input).
    pub predictions: u64,
    /// Collision risks (collision detector output, DENM sender input).
    pub risks: u64,
    /// DENMs (DENM sender output).
    pub denm: u64,
    /// Dead letters of all stages.
    pub dlq: u64,
}

impl Counts {
    /// Records in the topic with role `topic`.
    pub fn get(&self, topic: Topic) -> u64 {
        match topic {
            Topic::Raw => self.raw,
            Topic::Cpm => self.cpm,
            Topic::Locations => self.locations,
            Topic::Trajectories => self.trajectories,
            Topic::Matched => self.matched,
            Topic::Predictions => self.predictions,
            Topic::Risks => self.risks,
            Topic::Denm => self.denm,
            Topic::Dlq => self.dlq,
        }
    }

    /// Where the count of the topic with role `topic` lives.
    fn get_mut(&mut self, topic: Topic) -> &mut u64 {
        match topic {
            Topic::Raw => &mut self.raw,
            Topic::Cpm => &mut self.cpm,
            Topic::Locations => &mut self.locations,
            Topic::Trajectories => &mut self.trajectories,
            Topic::Matched => &mut self.matched,
            Topic::Predictions => &mut self.predictions,
            Topic::Risks => &mut self.risks,
            Topic::Denm => &mut self.denm,
            Topic::Dlq => &mut self.dlq,
        }
    }

    /// (input, output) record counts of `stage`.
    pub fn stage(&self, stage: Stage) -> (u64, u64) {
        let spec = stage.spec();
        (self.get(spec.input), self.get(spec.output))
    }

    /// Records in the pipeline's output topic ([`OUTPUT_TOPIC`]).
    pub fn output(&self) -> u64 {
        self.get(OUTPUT_TOPIC)
    }
}

impl fmt::Display for Counts {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // "raw N → decoder → cpm N → … | dlq N", from the stage table.
        let first = STAGES[0].input;
        write!(f, "{} {}", first.suffix(), self.get(first))?;
        for spec in &STAGES {
            write!(
                f,
                " → {} → {} {}",
                spec.name,
                spec.output.suffix(),
                self.get(spec.output)
            )?;
        }
        write!(f, " | dlq {}", self.dlq)
    }
}

/// The end of a run.
#[derive(Debug, Clone)]
pub struct Summary {
    /// Final topic counts.
    pub counts: Counts,
    /// Outputs consumed (counts; the records too if kept).
    pub outputs: Outputs,
    /// Messages the replayer produced.
    pub replayed: u64,
    /// Wall time since start.
    pub elapsed: Duration,
    /// The stage instances at the end.
    pub instances: Vec<InstanceStatus>,
}

impl fmt::Display for Summary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let secs = self.elapsed.as_secs_f64().max(f64::EPSILON);
        writeln!(
            f,
            "pipeline summary after {:.1} s",
            self.elapsed.as_secs_f64()
        )?;
        writeln!(f, "  replayed            {:>9}", self.replayed)?;
        for stage in Stage::ALL {
            let (input, output) = self.counts.stage(stage);
            writeln!(
                f,
                "  {:<12} in {:>9}  out {:>9}",
                stage.name(),
                input,
                output
            )?;
        }
        writeln!(f, "  dead letters        {:>9}", self.counts.dlq)?;
        if Topic::Risks.in_pipeline() || Topic::Denm.in_pipeline() {
            let o = &self.outputs;
            writeln!(
                f,
                "  warnings            risks {}, DENMs {}: new {} / update {} / cancel {}",
                o.risks_count, o.denm_count, o.denm.new, o.denm.update, o.denm.cancel
            )?;
        }
        writeln!(
            f,
            "  consumed            predictions {} ({:.1}/s), matched {} ({:.1}/s), dead letters {}{}",
            self.outputs.predictions_count,
            self.outputs.predictions_count as f64 / secs,
            self.outputs.matched_count,
            self.outputs.matched_count as f64 / secs,
            self.outputs.dlq_count,
            if self.outputs.undecodable > 0 {
                format!(", undecodable {}", self.outputs.undecodable)
            } else {
                String::new()
            }
        )?;
        let restarts: u32 = self.instances.iter().map(|i| i.restarts).sum();
        write!(
            f,
            "  instances           {} ({} restarts)",
            self.instances.len(),
            restarts
        )
    }
}

/// A running pipeline. Dropping it kills the stage instances and the embedded broker;
/// [`Pipeline::shutdown`] does the same in order and returns the summary.
pub struct Pipeline {
    config: PipelineConfig,
    brokers: Vec<String>,
    /// Field order matters for drop: instances and consumers go before the broker.
    supervisor: Supervisor,
    sink: sink::Sink,
    offsets: BTreeMap<String, Vec<Arc<PartitionClient>>>,
    /// Each stage's consumer group (the group is the stage name), for the accounting.
    groups: BTreeMap<Stage, GroupClient>,
    baseline: BTreeMap<String, i64>,
    replayer: Replayer,
    started: Instant,
    /// Between every client and the broker when [`PipelineConfig::fault_proxy`]; dropped
    /// before the broker.
    fault_proxy: Option<proxy::FaultProxy>,
    broker: Option<EmbeddedBroker>,
    /// The broker as a child process ([`PipelineConfig::broker_process`]).
    broker_process: Option<broker_process::BrokerProcess>,
}

impl Pipeline {
    /// Starts broker (if needed), topics, stage instances and output consumers, and waits
    /// until the instances are ready (see [`READY_TIMEOUT`]).
    pub async fn start(config: PipelineConfig) -> Result<Self> {
        config.validate()?;
        let started = Instant::now();
        let mut fault_proxy = None;
        let mut broker_child = None;
        let (broker, brokers) = match &config.brokers {
            Some(list) => (None, list.clone()),
            None if config.broker_process.is_some() => {
                let program = config.broker_process.clone().unwrap_or_default();
                let storage = config.broker_storage.clone();
                let log = config.log_dir.as_ref().map(|dir| dir.join("broker.log"));
                let child = tokio::task::spawn_blocking(move || {
                    broker_process::BrokerProcess::start(&program, storage, log)
                })
                .await
                .map_err(|e| Error::Config(format!("broker start task failed: {e}")))??;
                let addr = child.addr().to_string();
                broker_child = Some(child);
                (None, vec![addr])
            }
            None if config.fault_proxy => {
                let (broker, proxy) =
                    proxy::broker_behind_proxy(config.broker_storage.clone()).await?;
                let addr = proxy.addr().to_string();
                fault_proxy = Some(proxy);
                (Some(broker), vec![addr])
            }
            None => {
                let broker = start_embedded_broker(BrokerConfig {
                    storage: config.broker_storage.clone(),
                    ..BrokerConfig::default()
                })
                .await?;
                let addr = broker.addr().to_string();
                (Some(broker), vec![addr])
            }
        };
        let own_broker = broker.is_some() || broker_child.is_some();
        let start_at = config.start.unwrap_or(if own_broker {
            StartAt::Earliest
        } else {
            StartAt::Latest
        });
        // Durable storage holds earlier runs' records: this run's counts and outputs start
        // at today's ends, while the stages resume from their committed offsets.
        let count_from = if own_broker && config.broker_storage.is_durable() {
            StartAt::Latest
        } else {
            start_at
        };
        let client = kafka::connect(&brokers).await?;
        // A stage module may connect only where it is granted: the bootstrap brokers and
        // every broker the cluster advertises (clients go there after bootstrap).
        let mut grants = brokers.clone();
        for advertised in kafka::advertised_brokers(&client).await? {
            if !grants.contains(&advertised) {
                grants.push(advertised);
            }
        }
        for topic in config.topics.all() {
            kafka::create_topic(&client, topic, config.partitions).await?;
        }
        let mut offsets = BTreeMap::new();
        let mut baseline = BTreeMap::new();
        let mut sink_start: BTreeMap<String, Vec<(Arc<PartitionClient>, i64)>> = BTreeMap::new();
        for topic in config.topics.all() {
            let clients = kafka::partition_clients(&client, topic).await?;
            let mut base = 0;
            let mut starts = Vec::new();
            for pc in &clients {
                let offset = match count_from {
                    StartAt::Latest => kafka::high_watermark(pc).await?,
                    StartAt::Earliest => kafka::low_watermark(pc).await?,
                };
                base += offset;
                starts.push((Arc::clone(pc), offset));
            }
            baseline.insert(topic.to_owned(), base);
            sink_start.insert(topic.to_owned(), starts);
            offsets.insert(topic.to_owned(), clients);
        }
        let raw_partitions = offsets.get(&config.topics.raw).cloned().unwrap_or_default();
        let replayer = Replayer::new(raw_partitions);
        let mut take = |topic: Topic| {
            sink_start
                .remove(config.topics.get(topic))
                .unwrap_or_default()
        };
        let sink = sink::Sink::start(
            sink::Kind::ALL.map(|kind| take(sink_topic(kind))),
            config.keep_outputs,
            config.export_dir.as_deref(),
        )?;
        let runnables = runnables(&config.modules).await?;
        let mut launches = Vec::new();
        for stage in Stage::ALL {
            let input_partitions = offsets.get(stage.input(&config.topics)).map_or(0, Vec::len);
            for index in 0..config.instances {
                launches.push(launch(
                    &config,
                    (brokers.as_slice(), grants.as_slice()),
                    start_at,
                    (stage, index),
                    runnables.get(&stage).cloned().unwrap_or_default(),
                    input_partitions,
                ));
            }
        }
        let groups = STAGES
            .iter()
            .map(|spec| (spec.stage, client.group_client(spec.name)))
            .collect();
        let mut supervisor = Supervisor::start(launches, config.log_dir.clone())?;
        let not_ready = supervisor.wait_ready(READY_TIMEOUT).await?;
        if !not_ready.is_empty() {
            let names: Vec<String> = not_ready.iter().map(ToString::to_string).collect();
            eprintln!(
                "warning: {} did not report positioned partitions within {:?}; continuing",
                names.join(", "),
                READY_TIMEOUT
            );
        }
        Ok(Self {
            config,
            brokers,
            supervisor,
            sink,
            offsets,
            groups,
            baseline,
            replayer,
            started,
            fault_proxy,
            broker,
            broker_process: broker_child,
        })
    }

    /// The bootstrap brokers the pipeline uses (the embedded broker's address if any).
    pub fn brokers(&self) -> &[String] {
        &self.brokers
    }

    /// The fault-injecting proxy in front of the broker ([`PipelineConfig::fault_proxy`]).
    pub fn fault_proxy(&self) -> Option<&proxy::FaultProxy> {
        self.fault_proxy.as_ref()
    }

    /// The topic names.
    pub fn topics(&self) -> &Topics {
        &self.config.topics
    }

    /// A handle producing to the raw topic.
    pub fn replayer(&self) -> Replayer {
        self.replayer.clone()
    }

    /// What the output consumers have seen so far.
    pub fn outputs(&self) -> Outputs {
        self.sink.outputs()
    }

    /// The stage instances and whether they run.
    pub fn instances(&mut self) -> Vec<InstanceStatus> {
        self.supervisor.status()
    }

    /// The process id of the broker process ([`PipelineConfig::broker_process`]), if any.
    pub fn broker_pid(&self) -> Option<u32> {
        self.broker_process.as_ref().and_then(|b| b.pid())
    }

    /// Fails if a stage instance has exited although nobody stopped it.
    pub fn check_instances(&mut self) -> Result<()> {
        self.supervisor.check()
    }

    /// Kills a stage instance with SIGKILL (a crash, for failure tests).
    pub fn kill_instance(&mut self, stage: Stage, index: u32) -> Result<()> {
        self.supervisor.kill(InstanceId { stage, index })
    }

    /// Starts a stage instance again and waits until it is ready.
    pub async fn restart_instance(&mut self, stage: Stage, index: u32) -> Result<()> {
        self.supervisor.restart(InstanceId { stage, index })?;
        self.supervisor.wait_ready(READY_TIMEOUT).await?;
        Ok(())
    }

    /// Topic counts from the offsets.
    pub async fn counts(&self) -> Result<Counts> {
        let mut sums = BTreeMap::new();
        for (topic, clients) in &self.offsets {
            let mut sum = 0;
            for pc in clients {
                sum += kafka::high_watermark(pc).await?;
            }
            let base = self.baseline.get(topic).copied().unwrap_or(0);
            sums.insert(topic.as_str(), u64::try_from(sum - base).unwrap_or(0));
        }
        let mut counts = Counts::default();
        for topic in Topic::ALL {
            let name = self.config.topics.get(topic);
            *counts.get_mut(topic) = sums.get(name).copied().unwrap_or(0);
        }
        Ok(counts)
    }

    /// Waits until every input is accounted for: each stage's instances report (in their
    /// stats lines) that they processed every record of their input topic — the decoder
    /// all raw records, each later stage everything its upstream produced — and the output
    /// consumers have read the topics they follow to the end; then for `settle` nothing
    /// changed. A quiet period alone never settles (a slow interpreter can stand still for
    /// seconds while a stage still lags). Call it after the replay: the raw topic must not
    /// grow any more. Calls `on_poll` with the counts at every poll (live summaries).
    /// Fails if an instance dies, or after `timeout` with [`Error::NotSettled`] naming the
    /// stages that lag and by how many records.
    pub async fn wait_settled(
        &mut self,
        settle: Duration,
        timeout: Duration,
        mut on_poll: impl FnMut(&Counts),
    ) -> Result<Counts> {
        let deadline = Instant::now() + timeout;
        let mut last = None;
        let mut stable_since = Instant::now();
        loop {
            self.supervisor.check()?;
            // Committed offsets first, topic counts after: a stage commits a position only
            // after the output of the records before it was acknowledged, so the topic
            // counts read afterwards include it, and a downstream stage that committed
            // its input's end has consumed the upstream's final output. Committed offsets
            // (not the instances' own counters) survive an instance's restart.
            let consumed = self.committed_lag().await?;
            let counts = self.counts().await?;
            on_poll(&counts);
            let lagging = self.lagging(&consumed, &counts);
            if last != Some(counts) || !lagging.is_empty() {
                last = Some(counts);
                stable_since = Instant::now();
            } else if stable_since.elapsed() >= settle {
                return Ok(counts);
            }
            if Instant::now() >= deadline {
                return Err(Error::NotSettled {
                    timeout,
                    lagging: if lagging.is_empty() {
                        "counts still changing".to_owned()
                    } else {
                        lagging.join("; ")
                    },
                });
            }
            tokio::time::sleep(SETTLE_POLL).await;
        }
    }

    /// Per stage: records of its input topic beyond its group's committed offsets (the
    /// consumer-group lag, as `kafka-consumer-groups` shows it). Committed offsets are
    /// read before the log ends, so a lag of 0 means everything up to ends read later
    /// was processed and its output acknowledged.
    async fn committed_lag(&self) -> Result<BTreeMap<Stage, u64>> {
        let mut lags = BTreeMap::new();
        for spec in &STAGES {
            let topic = self.config.topics.get(spec.input);
            let clients = self
                .offsets
                .get(topic)
                .map(Vec::as_slice)
                .unwrap_or_default();
            let partitions: Vec<i32> = clients.iter().map(|pc| pc.partition()).collect();
            let Some(group) = self.groups.get(&spec.stage) else {
                continue;
            };
            let committed = kafka::committed_offsets(group, topic, &partitions).await?;
            let mut lag = 0;
            for pc in clients {
                let end = kafka::high_watermark(pc).await?;
                let at = committed.get(&pc.partition()).copied().unwrap_or(0);
                lag += u64::try_from(end - at).unwrap_or(0);
            }
            lags.insert(spec.stage, lag);
        }
        Ok(lags)
    }

    /// What is not accounted for yet: stages whose consumer group lags behind their input
    /// topic, and output consumers behind their topic's end (empty when settled).
    fn lagging(&self, lags: &BTreeMap<Stage, u64>, counts: &Counts) -> Vec<String> {
        let mut lagging = Vec::new();
        for spec in &STAGES {
            let lag = lags.get(&spec.stage).copied().unwrap_or(0);
            if lag > 0 {
                lagging.push(format!(
                    "stage {} lagging {lag} records (group {} in {}, {} records since start)",
                    spec.name,
                    spec.name,
                    self.config.topics.get(spec.input),
                    counts.get(spec.input)
                ));
            }
        }
        let positions = self.sink.positions();
        for kind in sink::Kind::ALL {
            let topic = sink_topic(kind);
            let name = self.config.topics.get(topic);
            let base = self.baseline.get(name).copied().unwrap_or(0);
            let end = base + counts.get(topic) as i64;
            let at = positions[kind as usize];
            if at < end {
                lagging.push(format!(
                    "output consumer of {name} lagging {} records",
                    end - at
                ));
            }
        }
        lagging
    }

    /// Stops the instances (SIGTERM, then SIGKILL), the consumers and the embedded broker;
    /// flushes the exports and returns the summary.
    pub async fn shutdown(mut self) -> Result<Summary> {
        let counts = self.counts().await?;
        let instances = self.supervisor.status();
        self.supervisor.stop_all_async().await;
        self.sink.stop()?;
        let summary = Summary {
            counts,
            outputs: self.sink.outputs(),
            replayed: self.replayer.produced(),
            elapsed: self.started.elapsed(),
            instances,
        };
        drop(self.fault_proxy.take());
        drop(self.broker_process.take());
        if let Some(broker) = self.broker.take() {
            tokio::task::spawn_blocking(move || broker.shutdown())
                .await
                .map_err(|e| Error::Config(format!("broker stop task failed: {e}")))?;
        }
        Ok(summary)
    }
}

/// Starts the embedded broker off the async runtime: tansu starts synchronously (it waits
/// for its port).
pub(crate) async fn start_embedded_broker(config: BrokerConfig) -> Result<EmbeddedBroker> {
    Ok(
        tokio::task::spawn_blocking(|| EmbeddedBroker::start(config))
            .await
            .map_err(|e| Error::Config(format!("broker start task failed: {e}")))??,
    )
}

/// The topic the sink consumes for `kind`.
fn sink_topic(kind: sink::Kind) -> Topic {
    match kind {
        sink::Kind::Matched => Topic::Matched,
        sink::Kind::Predictions => Topic::Predictions,
        sink::Kind::Risks => Topic::Risks,
        sink::Kind::Denm => Topic::Denm,
        sink::Kind::Dlq => Topic::Dlq,
    }
}

/// The file each stage runs from: the module (or its precompiled copy); for WasmEdge AOT
/// its `.so`, compiled now unless cached (one at a time: each compile wants every core).
async fn runnables(modules: &Modules) -> Result<BTreeMap<Stage, PathBuf>> {
    let mut files = BTreeMap::new();
    for stage in Stage::ALL {
        let module = modules.path(stage);
        let file = match modules {
            Modules::WasmEdge {
                wasmedge,
                dir,
                aot: true,
            } => {
                let (wasmedge, cache) = (wasmedge.clone(), dir.join(wasmedge::AOT_CACHE_DIR));
                compile_aside(move || wasmedge::ensure_aot(&wasmedge, &cache, stage, &module))
                    .await?
            }
            Modules::WasmEdgeSdk {
                cits_exe,
                dir,
                aot: true,
            } => {
                let (cits_exe, cache) = (cits_exe.clone(), dir.join(wasmedge::AOT_CACHE_DIR));
                compile_aside(move || wasmedge::ensure_aot_sdk(&cits_exe, &cache, stage, &module))
                    .await?
            }
            _ => module,
        };
        files.insert(stage, file);
    }
    Ok(files)
}

/// Runs an AOT compile (a blocking child process) off the async runtime's threads.
async fn compile_aside(
    compile: impl FnOnce() -> Result<PathBuf> + Send + 'static,
) -> Result<PathBuf> {
    tokio::task::spawn_blocking(compile)
        .await
        .map_err(|e| Error::Config(format!("AOT compile task failed: {e}")))?
}

/// The command line and environment of one stage instance; `module` is the file it runs.
fn launch(
    config: &PipelineConfig,
    (brokers, grants): (&[String], &[String]),
    start: StartAt,
    (stage, index): (Stage, u32),
    module: PathBuf,
    input_partitions: usize,
) -> Launch {
    let topics = &config.topics;
    let mut env: Vec<(String, String)> = vec![
        ("CITS_BROKERS".into(), brokers.join(",")),
        ("CITS_INPUT_TOPIC".into(), stage.input(topics).to_owned()),
        ("CITS_OUTPUT_TOPIC".into(), stage.output(topics).to_owned()),
        ("CITS_DLQ_TOPIC".into(), topics.dlq.clone()),
        ("CITS_INSTANCE".into(), index.to_string()),
        ("CITS_INSTANCES".into(), config.instances.to_string()),
        ("CITS_START".into(), start.as_env().to_owned()),
    ];
    if let Some(ms) = config.max_wait_ms {
        env.push(("CITS_MAX_WAIT_MS".into(), ms.to_string()));
    }
    if let Some(level) = &config.stage_log {
        env.push(("CITS_LOG".into(), level.clone()));
    }
    env.extend(config.extra_env.iter().cloned());
    env.extend(
        config
            .stage_env
            .iter()
            .filter(|(s, ..)| *s == stage)
            .map(|(_, k, v)| (k.clone(), v.clone())),
    );
    let graph = config.graph_dir.clone().unwrap_or_default();
    let (program, args, env) = match &config.modules {
        Modules::Wasm { cits_exe, .. } | Modules::WasmEdgeSdk { cits_exe, .. } => {
            let sdk = matches!(config.modules, Modules::WasmEdgeSdk { .. });
            if stage.spec().graph {
                env.push(("CITS_GRAPH_DIR".into(), GUEST_GRAPH_DIR.to_owned()));
            }
            let mut args: Vec<OsString> = vec!["run".into()];
            if sdk {
                args.extend(["--engine".into(), "wasmedge".into()]);
            }
            for (k, v) in &env {
                args.push("--env".into());
                args.push(format!("{k}={v}").into());
            }
            // WasmEdge cannot restrict destinations: `cits run --engine wasmedge` refuses
            // grants it could not enforce, so it gets none.
            for broker in grants.iter().filter(|_| !sdk) {
                args.push("--allow-net".into());
                args.push(broker.into());
            }
            if stage.spec().graph {
                let mut dir = graph.into_os_string();
                dir.push(format!(":{GUEST_GRAPH_DIR}"));
                args.push("--dir".into());
                args.push(dir);
            }
            args.push(module.into_os_string());
            // The host gets the module's variables through --env only (deny by default).
            (cits_exe.clone(), args, Vec::new())
        }
        Modules::WasmEdge { wasmedge, aot, .. } => {
            if stage.spec().graph {
                env.push(("CITS_GRAPH_DIR".into(), GUEST_GRAPH_DIR.to_owned()));
            }
            let mut args: Vec<OsString> = Vec::new();
            if *aot {
                args.push("--run-mode=aot".into());
            }
            args.push("--memory-page-limit".into());
            args.push(wasmedge::MEMORY_PAGE_LIMIT.to_string().into());
            for (k, v) in &env {
                args.push("--env".into());
                args.push(format!("{k}={v}").into());
            }
            // WasmEdge maps GUEST:HOST (our host: HOST:GUEST), read-only on request. It has
            // no network grant: the module may connect anywhere (docs/wasmedge.md).
            if stage.spec().graph {
                let mut dir = OsString::from(format!("{GUEST_GRAPH_DIR}:"));
                dir.push(graph.as_os_str());
                dir.push(":readonly");
                args.push("--dir".into());
                args.push(dir);
            }
            args.push(module.into_os_string());
            // The module gets its variables through --env only; the process gets the
            // library path of its libwasmedge.
            let process_env = wasmedge::library_path(wasmedge).into_iter().collect();
            (wasmedge.clone(), args, process_env)
        }
        Modules::Native { .. } => {
            if stage.spec().graph {
                env.push(("CITS_GRAPH_DIR".into(), graph.display().to_string()));
            }
            (module, Vec::new(), env)
        }
    };
    let owned_partitions = (0..input_partitions)
        .filter(|p| *p as u64 % u64::from(config.instances.max(1)) == u64::from(index))
        .count();
    Launch {
        id: InstanceId { stage, index },
        program,
        args,
        env,
        owned_partitions,
        env_in_args: !matches!(config.modules, Modules::Native { .. }),
    }
}
