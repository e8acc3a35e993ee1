//! What to run: topics, stages, modules, broker, options.

use std::fmt;
use std::path::{Path, PathBuf};
use std::str::FromStr;

use crate::error::{Error, Result};

/// Partitions per topic when nothing else is asked for: enough for a few instances
/// per stage, few enough that idle long-polls stay cheap on a small machine.
pub const DEFAULT_PARTITIONS: i32 = 4;

/// Largest partition count accepted: every partition costs each consumer a long-poll
/// connection slot; beyond this a typo is more likely than a plan.
pub const MAX_PARTITIONS: i32 = 256;

/// Largest instance count per stage (each is an OS process with its own Wasm runtime).
pub const MAX_INSTANCES: u32 = 64;

/// Where the matcher's street graph appears inside its Wasm sandbox.
pub const GUEST_GRAPH_DIR: &str = "/graph";

/// The role of a topic in the pipeline, in pipeline order (the DLQ last).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Topic {
    /// Encoded messages as received (`CitsMessage`).
    Raw,
    /// Decoded CPMs.
    Cpm,
    /// Object locations.
    Locations,
    /// Trajectory windows.
    Trajectories,
    /// Trajectories snapped to the street graph.
    Matched,
    /// Predicted paths of the road users.
    Predictions,
    /// Collision risks between road users.
    Risks,
    /// DENMs to the roadside (`CitsMessage`, UPER DENM).
    Denm,
    /// Dead letters of every stage.
    Dlq,
}

impl Topic {
    /// Every topic role, in pipeline order, the DLQ last.
    pub const ALL: [Topic; 9] = [
        Topic::Raw,
        Topic::Cpm,
        Topic::Locations,
        Topic::Trajectories,
        Topic::Matched,
        Topic::Predictions,
        Topic::Risks,
        Topic::Denm,
        Topic::Dlq,
    ];

    /// The topic's name after the prefix (`cits.` + this), also its label in summaries.
    pub fn suffix(self) -> &'static str {
        match self {
            Topic::Raw => "raw",
            Topic::Cpm => "cpm",
            Topic::Locations => "locations",
            Topic::Trajectories => "trajectories",
            Topic::Matched => "matched",
            Topic::Predictions => "predictions",
            Topic::Risks => "risks",
            Topic::Denm => "denm",
            Topic::Dlq => "dlq",
        }
    }

    /// Whether a stage of [`STAGES`] consumes or produces this topic (the DLQ always is).
    pub fn in_pipeline(self) -> bool {
        self == Topic::Dlq || STAGES.iter().any(|s| s.input == self || s.output == self)
    }
}

/// The topic names of one pipeline.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Topics {
    /// Encoded messages as received (`CitsMessage`): the decoder's input.
    pub raw: String,
    /// Decoded CPMs: the collector's input.
    pub cpm: String,
    /// Object locations: the assembler's input.
    pub locations: String,
    /// Trajectory updates: the map matcher's input.
    pub trajectories: String,
    /// Matched trajectories: the predictor's input.
    pub matched: String,
    /// Predictions: the collision detector's input.
    pub predictions: String,
    /// Collision risks: the DENM sender's input.
    pub risks: String,
    /// DENMs: what the egress bridge sends to the roadside.
    pub denm: String,
    /// Dead letters of every stage.
    pub dlq: String,
}

impl Default for Topics {
    fn default() -> Self {
        Self::with_prefix("cits.")
    }
}

impl Topics {
    /// Topics named `<prefix>raw`, `<prefix>cpm`, ... (`cits.` gives the standard names).
    pub fn with_prefix(prefix: &str) -> Self {
        let name = |t: Topic| format!("{prefix}{}", t.suffix());
        Self {
            raw: name(Topic::Raw),
            cpm: name(Topic::Cpm),
            locations: name(Topic::Locations),
            trajectories: name(Topic::Trajectories),
            matched: name(Topic::Matched),
            predictions: name(Topic::Predictions),
            risks: name(Topic::Risks),
            denm: name(Topic::Denm),
            dlq: name(Topic::Dlq),
        }
    }

    /// The name of the topic with role `topic`.
    pub fn get(&self, topic: Topic) -> &str {
        match topic {
            Topic::Raw => &self.raw,
            Topic::Cpm => &self.cpm,
            Topic::Locations => &self.locations,
            Topic::Trajectories => &self.trajectories,
            Topic::Matched => &self.matched,
            Topic::Predictions => &self.predictions,
            Topic::Risks => &self.risks,
            Topic::Denm => &self.denm,
            Topic::Dlq => &self.dlq,
        }
    }

    /// The topics the pipeline uses (every stage's input and output, in pipeline order),
    /// the DLQ last.
    pub fn all(&self) -> Vec<&str> {
        Topic::ALL
            .into_iter()
            .filter(|t| t.in_pipeline())
            .map(|t| self.get(t))
            .collect()
    }
}

/// One stage of the pipeline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Stage {
    /// Encoded CPM → decoded CPM.
    Decoder,
    /// CPM → one location per perceived object.
    Collector,
    /// Locations → trajectory windows.
    Assembler,
    /// Trajectories → trajectories snapped to the street graph.
    MapMatcher,
    /// Matched trajectories → predicted paths.
    Predictor,
    /// Predicted paths → collision risks (car–vulnerable road user pairs).
    Collisions,
    /// Collision risks → DENMs (new, update, cancel).
    Denm,
}

/// What the pipeline needs to know about a stage.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StageSpec {
    /// The stage.
    pub stage: Stage,
    /// Its name, which is also its module's file stem (`decoder.wasm`).
    pub name: &'static str,
    /// The topic it consumes.
    pub input: Topic,
    /// The topic it produces to.
    pub output: Topic,
    /// Whether it reads the street graph (mounted at `CITS_GRAPH_DIR`).
    pub graph: bool,
    /// One line on what it does (image descriptions, help texts).
    pub summary: &'static str,
}

/// The stages in pipeline order: adding a stage is an entry here (and its variant).
/// The last stage's output is the pipeline's output.
pub const STAGES: [StageSpec; 7] = [
    StageSpec {
        stage: Stage::Decoder,
        name: "decoder",
        input: Topic::Raw,
        output: Topic::Cpm,
        graph: false,
        summary: "ETSI CPM (UPER/XER) to protobuf",
    },
    StageSpec {
        stage: Stage::Collector,
        name: "collector",
        input: Topic::Cpm,
        output: Topic::Locations,
        graph: false,
        summary: "perceived objects to WGS84 locations",
    },
    StageSpec {
        stage: Stage::Assembler,
        name: "assembler",
        input: Topic::Locations,
        output: Topic::Trajectories,
        graph: false,
        summary: "locations to per-object trajectory windows",
    },
    StageSpec {
        stage: Stage::MapMatcher,
        name: "mapmatcher",
        input: Topic::Trajectories,
        output: Topic::Matched,
        graph: true,
        summary: "trajectories snapped to the street graph",
    },
    StageSpec {
        stage: Stage::Predictor,
        name: "predictor",
        input: Topic::Matched,
        output: Topic::Predictions,
        graph: true,
        summary: "matched trajectories to predicted paths on the lane graph",
    },
    StageSpec {
        stage: Stage::Collisions,
        name: "collisions",
        input: Topic::Predictions,
        output: Topic::Risks,
        graph: false,
        summary: "predicted paths to collision risks (TTC, predicted PET)",
    },
    StageSpec {
        stage: Stage::Denm,
        name: "denm",
        input: Topic::Risks,
        output: Topic::Denm,
        graph: false,
        summary: "collision risks to ETSI DENMs (new, update, cancel)",
    },
];

/// The topic the pipeline's last stage produces: its output.
pub const OUTPUT_TOPIC: Topic = STAGES[STAGES.len() - 1].output;

impl Stage {
    /// The stages in pipeline order.
    pub const ALL: [Stage; STAGES.len()] = {
        let mut all = [Stage::Decoder; STAGES.len()];
        let mut i = 0;
        while i < STAGES.len() {
            all[i] = STAGES[i].stage;
            i += 1;
        }
        all
    };

    /// The stage's entry in [`STAGES`].
    pub fn spec(self) -> &'static StageSpec {
        // Every variant has its entry (checked by a test); the fallback is never taken.
        STAGES
            .iter()
            .find(|s| s.stage == self)
            .unwrap_or(&STAGES[0])
    }

    /// The stage's name, which is also its module's file stem (`decoder.wasm`).
    pub fn name(self) -> &'static str {
        self.spec().name
    }

    /// The topic the stage consumes.
    pub fn input(self, topics: &Topics) -> &str {
        topics.get(self.spec().input)
    }

    /// The topic the stage produces to.
    pub fn output(self, topics: &Topics) -> &str {
        topics.get(self.spec().output)
    }
}

impl fmt::Display for Stage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Stage {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        Stage::ALL
            .into_iter()
            .find(|stage| stage.name() == s)
            .ok_or_else(|| Error::Config(format!("unknown stage {s:?}")))
    }
}

/// How the stage modules are run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Modules {
    /// `<cits> run <dir>/<stage>.wasm` on the Wasmtime-based host, network and files
    /// granted explicitly.
    Wasm {
        /// The `cits` binary whose `run` subcommand hosts a module.
        cits_exe: PathBuf,
        /// Directory with `decoder.wasm`, `collector.wasm`, ... (`.cwasm` also accepted).
        dir: PathBuf,
    },
    /// `wasmedge <dir>/<stage>.wasm` (interpreted), or with `aot` the module compiled by
    /// `wasmedge compile` into `<dir>/wasmedge-aot/` (cached by content) and run with
    /// `--run-mode=aot`. WasmEdge grants differ from our host's (see docs/wasmedge.md).
    WasmEdge {
        /// The `wasmedge` binary.
        wasmedge: PathBuf,
        /// Directory with `decoder.wasm`, `collector.wasm`, ...
        dir: PathBuf,
        /// Run native code compiled ahead of time instead of the interpreter.
        aot: bool,
    },
    /// `<cits> run --engine wasmedge <dir>/<stage>.wasm`: WasmEdge inside a `cits` built
    /// with the `wasmedge` feature (wasmedge-sdk), interpreted, or with `aot` the module
    /// compiled by `cits compile --engine wasmedge` into `<dir>/wasmedge-aot/` (cached by
    /// content). WasmEdge's grants (see docs/wasmedge.md): no network restriction.
    WasmEdgeSdk {
        /// The `cits` binary (built with the `wasmedge` feature).
        cits_exe: PathBuf,
        /// Directory with `decoder.wasm`, `collector.wasm`, ...
        dir: PathBuf,
        /// Run native code compiled ahead of time instead of the interpreter.
        aot: bool,
    },
    /// The same stage programs compiled natively: `<dir>/<stage>` (the comparison baseline).
    Native {
        /// Directory with the native `decoder`, `collector`, ... executables.
        dir: PathBuf,
    },
}

impl Modules {
    /// The file that runs `stage`; a precompiled `.cwasm` wins over a `.wasm` unless the
    /// `.wasm` is newer (a rebuilt module must not run as its stale precompiled copy).
    pub fn path(&self, stage: Stage) -> PathBuf {
        match self {
            Modules::Wasm { dir, .. } => {
                let cwasm = dir.join(format!("{}.cwasm", stage.name()));
                let wasm = dir.join(format!("{}.wasm", stage.name()));
                let modified = |p: &Path| std::fs::metadata(p).and_then(|m| m.modified()).ok();
                let cwasm_is_current = match (modified(&cwasm), modified(&wasm)) {
                    (Some(_), None) => true,
                    (Some(c), Some(w)) => c >= w,
                    (None, _) => false,
                };
                if cwasm_is_current {
                    cwasm
                } else {
                    wasm
                }
            }
            Modules::WasmEdge { dir, .. } | Modules::WasmEdgeSdk { dir, .. } => {
                dir.join(format!("{}.wasm", stage.name()))
            }
            Modules::Native { dir } => dir.join(stage.name()),
        }
    }

    /// Fails loudly when a module (or the `cits` binary) is missing.
    pub fn check(&self) -> Result<()> {
        let hint = match self {
            Modules::Wasm { .. } | Modules::WasmEdge { .. } | Modules::WasmEdgeSdk { .. } => {
                "build the modules with `make modules`".to_owned()
            }
            Modules::Native { .. } => {
                let packages: Vec<String> =
                    STAGES.iter().map(|s| format!("-p {}", s.name)).collect();
                format!(
                    "build them with `cargo build --release {}`",
                    packages.join(" ")
                )
            }
        };
        if let Modules::Wasm { cits_exe, .. } | Modules::WasmEdgeSdk { cits_exe, .. } = self {
            require_file(
                "the cits binary",
                cits_exe,
                "build it with `cargo build -p cits-cli`",
            )?;
        }
        if let Modules::WasmEdge { wasmedge, .. } = self {
            crate::wasmedge::check_binary(wasmedge)?;
        }
        for stage in Stage::ALL {
            require_file(&format!("module {stage}"), &self.path(stage), &hint)?;
        }
        Ok(())
    }
}

fn require_file(what: &str, path: &Path, hint: &str) -> Result<()> {
    if path.is_file() {
        Ok(())
    } else {
        Err(Error::Missing {
            what: what.to_owned(),
            path: path.to_owned(),
            hint: hint.to_owned(),
        })
    }
}

/// Where a stage instance starts reading a partition it has no position for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StartAt {
    /// Only what is produced after the instance started (live data).
    Latest,
    /// Everything still in the topic (replays; what a fresh embedded broker wants).
    Earliest,
}

impl StartAt {
    /// The `CITS_START` value.
    pub fn as_env(self) -> &'static str {
        match self {
            StartAt::Latest => "latest",
            StartAt::Earliest => "earliest",
        }
    }
}

impl FromStr for StartAt {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        match s {
            "latest" => Ok(StartAt::Latest),
            "earliest" => Ok(StartAt::Earliest),
            other => Err(Error::Config(format!(
                "start must be `latest` or `earliest`, not {other:?}"
            ))),
        }
    }
}

/// Everything [`crate::Pipeline::start`] needs.
#[derive(Debug, Clone)]
pub struct PipelineConfig {
    /// Bootstrap brokers `host:port`; `None` starts an embedded broker on a free port.
    pub brokers: Option<Vec<String>>,
    /// Partitions of each topic created (existing topics keep theirs).
    pub partitions: i32,
    /// Instances per stage.
    pub instances: u32,
    /// How the stage modules are run.
    pub modules: Modules,
    /// Directory with the matcher's `car.wkb` and `bike.wkb`.
    pub graph_dir: Option<PathBuf>,
    /// `CITS_START` of the stages; `None` = `earliest` on an embedded (fresh) broker,
    /// `latest` on given brokers.
    pub start: Option<StartAt>,
    /// Topic names.
    pub topics: Topics,
    /// Write each instance's output to `<dir>/<instance>.log` instead of prefixed lines
    /// on stderr.
    pub log_dir: Option<PathBuf>,
    /// Write `matched.jsonl` and `dlq.jsonl` here.
    pub export_dir: Option<PathBuf>,
    /// Keep every matched trajectory and dead letter in memory ([`crate::Pipeline::outputs`]).
    pub keep_outputs: bool,
    /// `CITS_MAX_WAIT_MS` of the stages (their default when `None`).
    pub max_wait_ms: Option<u32>,
    /// `CITS_LOG` of the stages (their default when `None`).
    pub stage_log: Option<String>,
    /// Further environment variables for every stage instance.
    pub extra_env: Vec<(String, String)>,
    /// Extra module variables of one stage's instances only (after `extra_env`), e.g.
    /// `CITS_FAULT_CRASH_AT` for a fault test.
    pub stage_env: Vec<(Stage, String, String)>,
    /// Put a fault-injecting TCP proxy ([`crate::proxy::FaultProxy`]) between every client
    /// and the embedded broker, for [`crate::Pipeline::network_faults_while`]. Needs the
    /// embedded broker (`brokers: None`): only it can advertise the proxy's address.
    pub fault_proxy: bool,
    /// Where the embedded broker keeps topics and committed offsets (`cits up --data`):
    /// memory by default; ignored with `brokers`.
    pub broker_storage: cits_broker::Storage,
    /// Run the pipeline's broker as a `cits broker` child process of this program (the
    /// `cits` binary) instead of inside this process, so a fault can `kill -9` it
    /// ([`crate::Pipeline::broker_kills_while`]). Needs durable `broker_storage`.
    pub broker_process: Option<PathBuf>,
}

impl PipelineConfig {
    /// The defaults of `cits up`: embedded broker, [`DEFAULT_PARTITIONS`], one instance
    /// per stage, standard topic names.
    pub fn new(modules: Modules) -> Self {
        Self {
            brokers: None,
            partitions: DEFAULT_PARTITIONS,
            instances: 1,
            modules,
            graph_dir: None,
            start: None,
            topics: Topics::default(),
            log_dir: None,
            export_dir: None,
            keep_outputs: false,
            max_wait_ms: None,
            stage_log: None,
            extra_env: Vec::new(),
            stage_env: Vec::new(),
            fault_proxy: false,
            broker_storage: cits_broker::Storage::memory(),
            broker_process: None,
        }
    }

    /// Checks the numbers and that the modules and the graph exist.
    pub fn validate(&self) -> Result<()> {
        if !(1..=MAX_PARTITIONS).contains(&self.partitions) {
            return Err(Error::Config(format!(
                "partitions must be 1..={MAX_PARTITIONS}, not {}",
                self.partitions
            )));
        }
        if !(1..=MAX_INSTANCES).contains(&self.instances) {
            return Err(Error::Config(format!(
                "instances must be 1..={MAX_INSTANCES}, not {}",
                self.instances
            )));
        }
        if self.fault_proxy && self.brokers.is_some() {
            return Err(Error::Config(
                "the fault proxy needs the embedded broker: a given broker advertises its own \
                 address, and clients would go around the proxy"
                    .into(),
            ));
        }
        if self.brokers.is_some() && self.broker_storage.is_durable() {
            return Err(Error::Config(
                "broker storage is for the embedded broker; given brokers keep their own".into(),
            ));
        }
        if self.broker_process.is_some()
            && (self.brokers.is_some() || self.fault_proxy || !self.broker_storage.is_durable())
        {
            return Err(Error::Config(
                "a broker process is the pipeline's own broker, on durable storage, without \
                 the fault proxy"
                    .into(),
            ));
        }
        if let Some(brokers) = &self.brokers {
            if brokers.is_empty() || brokers.iter().any(|b| b.trim().is_empty()) {
                return Err(Error::Config(format!("bad broker list {brokers:?}")));
            }
        }
        if let Some(level) = &self.stage_log {
            if matches!(
                level.to_ascii_lowercase().as_str(),
                "error" | "warn" | "warning"
            ) {
                return Err(Error::Config(format!(
                    "stage log level {level:?} hides the stages' stats lines, which tell when \
                     every input is processed (settling after a replay): use info or debug"
                )));
            }
        }
        self.modules.check()?;
        let graph = self.graph_dir.as_ref().ok_or_else(|| {
            Error::Config(
                "the map matcher needs a street graph directory (car.wkb, bike.wkb)".into(),
            )
        })?;
        for file in ["car.wkb", "bike.wkb"] {
            require_file(
                "street graph",
                &graph.join(file),
                "generate one with `cits generate` or pass the right graph directory",
            )?;
        }
        Ok(())
    }
}

/// Replay pace.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Speed {
    /// The recording's own pace times this factor (2 = twice as fast).
    Factor(f64),
    /// As fast as the broker takes it.
    Max,
}

impl FromStr for Speed {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        if s == "max" {
            return Ok(Speed::Max);
        }
        match s.parse::<f64>() {
            Ok(f) if f.is_finite() && f > 0.0 => Ok(Speed::Factor(f)),
            _ => Err(Error::Config(format!(
                "speed must be a positive number or `max`, not {s:?}"
            ))),
        }
    }
}

impl fmt::Display for Speed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Speed::Factor(x) => write!(f, "{x}x"),
            Speed::Max => f.write_str("max"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::{Duration, SystemTime};

    fn touch(path: &Path, at: SystemTime) {
        let file = std::fs::File::create(path).unwrap();
        file.set_modified(at).unwrap();
    }

    #[test]
    fn a_precompiled_module_is_used_only_while_it_is_current() {
        let dir = tempfile::tempdir().unwrap();
        let modules = Modules::Wasm {
            cits_exe: PathBuf::from("cits"),
            dir: dir.path().to_path_buf(),
        };
        let (wasm, cwasm) = (
            dir.path().join("decoder.wasm"),
            dir.path().join("decoder.cwasm"),
        );
        let t0 = SystemTime::now() - Duration::from_secs(60);

        assert_eq!(
            modules.path(Stage::Decoder),
            wasm,
            "nothing there: the .wasm is named"
        );
        touch(&cwasm, t0);
        assert_eq!(modules.path(Stage::Decoder), cwasm, "only a .cwasm");
        touch(&wasm, t0 - Duration::from_secs(1));
        assert_eq!(
            modules.path(Stage::Decoder),
            cwasm,
            "precompiled after the build"
        );
        touch(&wasm, t0 + Duration::from_secs(1));
        assert_eq!(modules.path(Stage::Decoder), wasm, "module rebuilt since");
    }

    /// The stage table is a chain: every stage consumes what the previous one produced,
    /// every variant has exactly one entry, names are unique, and the topic list holds
    /// each stage's topics once.
    #[test]
    fn the_stage_table_is_a_chain() {
        assert_eq!(STAGES[0].input, Topic::Raw);
        for pair in STAGES.windows(2) {
            assert_eq!(
                pair[0].output, pair[1].input,
                "{} → {}",
                pair[0].name, pair[1].name
            );
        }
        for (i, spec) in STAGES.iter().enumerate() {
            assert_eq!(Stage::ALL[i], spec.stage);
            assert_eq!(spec.stage.spec(), spec, "{} finds its own entry", spec.name);
            assert_eq!(spec.name.parse::<Stage>().ok(), Some(spec.stage));
        }
        let topics = Topics::default();
        let all = topics.all();
        assert_eq!(all.len(), STAGES.len() + 2, "{all:?}");
        assert_eq!(all.first().copied(), Some("cits.raw"));
        assert_eq!(all.last().copied(), Some("cits.dlq"));
        assert_eq!(all[all.len() - 2], topics.get(OUTPUT_TOPIC));
    }
}
