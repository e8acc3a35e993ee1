//! The benchmark: scenarios of thesis §4 run against the real pipeline.
//!
//! Each run starts a fresh pipeline (embedded broker, the stage modules of
//! `cits_pipeline::STAGES`), tails the pipeline's output topic (`cits.predictions`),
//! replays the recording at the scenario's pace (through mosquitto and the ingest
//! bridge, or straight into `cits.raw`), waits until the pipeline has drained, then
//! reads every output record's trace.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use cits_pipeline::config::Stage;
use cits_pipeline::{Modules, Pipeline, PipelineConfig, ReplayOptions, Speed, Topic, STAGES};
use cits_proto::{CollisionRisk, MatchedTrajectory, Message as _, Prediction, Trace};
use cits_sim::recording::Entry;
use indicatif::{ProgressBar, ProgressStyle};
use tokio::sync::watch;

use crate::accounting;
use crate::accuracy::{GroundTruth, RunScorer};
use crate::analysis::RunAnalysis;
use crate::error::{Error, Result};
use crate::kafka::{self, FloorConfig};
use crate::mqtt::{self, Bridge, BridgeConfig, Mosquitto};
use crate::replay::{self, Pace};
use crate::report::{
    Accounting, BenchResults, EngineKind, ModuleSize, ProcessMemory, RunResult, ScenarioKind,
    ScenarioResult, Startup, WarningCounts,
};
use crate::stats::{Recorder, LATENCY_LIMIT_NS};

/// Longest a run may take to drain after the replay (a saturated pipeline at
/// a high factor can lag minutes behind; past this the run fails loudly).
pub const DRAIN_TIMEOUT: Duration = Duration::from_secs(600);

/// How long the tail may lag behind the counters once the pipeline settled.
const TAIL_CATCH_UP: Duration = Duration::from_secs(30);

/// Recording time replayed per run by `--quick`: a minute has every kind of traffic of
/// the scenario and keeps the quick benchmark near ten minutes.
pub const QUICK_RECORDING_LIMIT: Duration = Duration::from_secs(60);

/// Replay factors tried for the throughput ceiling, in order; the search stops
/// at the first one whose p95 reaches 500 ms.
pub const CEILING_FACTORS: [f64; 5] = [8.0, 16.0, 32.0, 64.0, 128.0];

/// Runs of the pinned-core and native scenarios in the full plan.
pub const REFERENCE_RUNS: usize = 1;

/// The topic whose records' traces are measured for every road user update (a
/// prediction per matched update). Risks and DENMs, which only conflicts produce, are
/// timed apart: the warnings (new and update DENMs) the egress bridge published to MQTT
/// and the broker acknowledged, each with its trace through all seven stages
/// ([`crate::trace::WARNING_STAGES`]).
pub const MEASURED_TOPIC: Topic = Topic::Predictions;

/// Topic of the floor measurement (not read by any stage).
pub const FLOOR_TOPIC: &str = "cits.testbed.floor";

/// Fetch wait of the stages and the floor, ms: the stages' own default.
pub const DEFAULT_MAX_WAIT_MS: u32 = cits_stage::config::DEFAULT_MAX_WAIT_MS;

/// Replay factor the live view's cost is measured at (issue 13: 4x).
pub const VIEW_FACTOR: f64 = 4.0;

/// How messages enter the pipeline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ingest {
    /// Published to mosquitto, bridged into `cits.raw` (thesis testbed).
    Mqtt,
    /// Produced straight into `cits.raw`.
    Direct,
}

/// One scenario to run.
#[derive(Debug, Clone)]
pub struct ScenarioPlan {
    /// Name in files and headings.
    pub name: String,
    /// What it is.
    pub kind: ScenarioKind,
    /// Repetitions.
    pub runs: usize,
}

/// What to run.
#[derive(Debug, Clone)]
pub struct Plan {
    /// Scenarios in order.
    pub scenarios: Vec<ScenarioPlan>,
    /// Replay factors of the ceiling search (empty: no search).
    pub ceiling_factors: Vec<f64>,
    /// Recording time replayed per run at 1x (the recording is cut to it;
    /// `None` = the whole recording).
    pub recording_limit: Option<Duration>,
    /// Floor samples (0: no floor).
    pub floor_samples: usize,
}

impl Plan {
    /// The full benchmark: 1x/2x/4x three runs each, 1 and 2 cores at 1x, the
    /// ceiling search, native 1x if native modules are given (see [`REFERENCE_RUNS`]).
    pub fn full(native: bool) -> Self {
        let mut scenarios: Vec<ScenarioPlan> = [1.0, 2.0, 4.0]
            .into_iter()
            .map(|f| ScenarioPlan {
                name: format!("{f}x"),
                kind: ScenarioKind::Pace { factor: f },
                runs: 3,
            })
            .collect();
        // One run each for the reference scenarios: they are compared on p50/p95 over
        // a whole 1x recording, and three would add half an hour to the benchmark.
        for cores in [1, 2] {
            scenarios.push(ScenarioPlan {
                name: format!("{cores}-core"),
                kind: ScenarioKind::Pinned { cores },
                runs: REFERENCE_RUNS,
            });
        }
        if native {
            scenarios.push(ScenarioPlan {
                name: "native-1x".into(),
                kind: ScenarioKind::Native { factor: 1.0 },
                runs: REFERENCE_RUNS,
            });
        }
        Self {
            scenarios,
            ceiling_factors: CEILING_FACTORS.to_vec(),
            recording_limit: None,
            floor_samples: 500,
        }
    }

    /// The short version: every scenario once on the first minute of the recording.
    pub fn quick(native: bool) -> Self {
        let mut plan = Self::full(native);
        for s in &mut plan.scenarios {
            s.runs = 1;
        }
        plan.ceiling_factors = vec![16.0];
        plan.recording_limit = Some(QUICK_RECORDING_LIMIT);
        plan.floor_samples = 100;
        plan
    }

    /// Only the given replay factors, once each (e.g. to look at one load closely);
    /// no reference scenarios and no ceiling search.
    pub fn factors(factors: &[f64], recording_limit: Option<Duration>) -> Self {
        Self {
            scenarios: factors
                .iter()
                .map(|&f| ScenarioPlan {
                    name: format!("{f}x"),
                    kind: ScenarioKind::Pace { factor: f },
                    runs: 1,
                })
                .collect(),
            ceiling_factors: Vec::new(),
            recording_limit,
            floor_samples: 100,
        }
    }

    /// Adds a twin with the live view running ([`ScenarioKind::Viewed`], named
    /// `<name>-view`, same number of runs, right after it) for every [`VIEW_FACTOR`]
    /// scenario, and both when there is none (`cits bench --view`).
    pub fn with_view(mut self) -> Self {
        let is_base = |s: &ScenarioPlan| {
            s.kind
                == ScenarioKind::Pace {
                    factor: VIEW_FACTOR,
                }
        };
        if !self.scenarios.iter().any(is_base) {
            self.scenarios.push(ScenarioPlan {
                name: format!("{VIEW_FACTOR}x"),
                kind: ScenarioKind::Pace {
                    factor: VIEW_FACTOR,
                },
                runs: 1,
            });
        }
        let mut out = Vec::new();
        for s in self.scenarios {
            let twin = is_base(&s).then(|| ScenarioPlan {
                name: format!("{}-view", s.name),
                kind: ScenarioKind::Viewed {
                    factor: VIEW_FACTOR,
                },
                runs: s.runs,
            });
            out.push(s);
            out.extend(twin);
        }
        self.scenarios = out;
        self
    }

    /// The engine comparison: one run at 1x on the first minute of the recording per
    /// engine of `engines` (the interpreter would take minutes for more).
    pub fn engines(engines: &[EngineKind]) -> Self {
        Self {
            scenarios: engines
                .iter()
                .map(|&engine| ScenarioPlan {
                    name: format!("engine-{}", engine.name()),
                    kind: ScenarioKind::Engine { engine },
                    runs: 1,
                })
                .collect(),
            ceiling_factors: Vec::new(),
            recording_limit: Some(QUICK_RECORDING_LIMIT),
            floor_samples: 0,
        }
    }

    /// The CI smoke run: about 30 s of traffic at 4x through MQTT, once.
    pub fn smoke() -> Self {
        Self {
            scenarios: vec![ScenarioPlan {
                name: "4x".into(),
                kind: ScenarioKind::Pace { factor: 4.0 },
                runs: 1,
            }],
            ceiling_factors: Vec::new(),
            recording_limit: Some(Duration::from_secs(120)),
            floor_samples: 50,
        }
    }
}

/// Where the stage modules are for each engine of the engine comparison.
#[derive(Debug, Clone)]
pub struct EngineModules {
    /// The `cits` binary (our host).
    pub cits_exe: PathBuf,
    /// The `wasmedge` binary.
    pub wasmedge: PathBuf,
    /// The `.wasm` files only (no `.cwasm` beside them).
    pub wasm_dir: PathBuf,
    /// The `.cwasm` files precompiled by `cits compile`.
    pub cwasm_dir: PathBuf,
    /// The native executables, if given.
    pub native_dir: Option<PathBuf>,
}

impl EngineModules {
    /// The modules `engine` runs, `None` when not available (native without a directory).
    pub fn modules(&self, engine: EngineKind) -> Option<Modules> {
        let wasmedge = |aot| Modules::WasmEdge {
            wasmedge: self.wasmedge.clone(),
            dir: self.wasm_dir.clone(),
            aot,
        };
        let host = |dir: &PathBuf| Modules::Wasm {
            cits_exe: self.cits_exe.clone(),
            dir: dir.clone(),
        };
        Some(match engine {
            EngineKind::WasmEdgeInterpreter => wasmedge(false),
            EngineKind::WasmEdgeAot => wasmedge(true),
            EngineKind::Wasmtime => host(&self.wasm_dir),
            EngineKind::WasmtimePrecompiled => host(&self.cwasm_dir),
            EngineKind::Native => Modules::Native {
                dir: self.native_dir.clone()?,
            },
        })
    }
}

/// Everything a benchmark needs.
#[derive(Debug, Clone)]
pub struct BenchConfig {
    /// The Wasm modules (and the `cits` binary hosting them).
    pub modules: Modules,
    /// The native builds of the same modules, for the Wasm/native ratio.
    pub native_modules: Option<Modules>,
    /// Directory with `car.wkb` and `bike.wkb`.
    pub graph_dir: PathBuf,
    /// The recording.
    pub recording: Vec<Entry>,
    /// The recording's ground truth: each run's predictions and risks are scored against
    /// it (`None`: no accuracy in the report).
    pub truth: Option<Arc<GroundTruth>>,
    /// How messages enter.
    pub ingest: Ingest,
    /// What to run.
    pub plan: Plan,
    /// Stages' and floor's fetch wait.
    pub max_wait_ms: u32,
    /// Extra variables of one stage's instances, e.g. the collision detector's settings.
    pub stage_env: Vec<(Stage, String, String)>,
    /// Where stage logs go (one subfolder per run).
    pub log_dir: Option<PathBuf>,
    /// Show a progress bar.
    pub progress: bool,
    /// The command line, for the report.
    pub command: String,
    /// The engines' modules, for [`ScenarioKind::Engine`] scenarios.
    pub engines: Option<EngineModules>,
}

/// Runs the plan and returns the results (not yet written).
pub async fn run(
    config: &BenchConfig,
    mut on_run: impl FnMut(&str, usize, &RunResult) -> Result<()>,
) -> Result<BenchResults> {
    let entries = match config.plan.recording_limit {
        Some(limit) => replay::truncate_to(&config.recording, Pace::Factor(1.0), limit),
        None => config.recording.clone(),
    };
    if entries.is_empty() {
        return Err(Error::Pipeline("the recording is empty".into()));
    }
    let expected = accounting::expected(&entries);
    let mosquitto = match config.ingest {
        Ingest::Mqtt => Some(Mosquitto::start()?),
        Ingest::Direct => None,
    };
    let mut floor_pending = config.plan.floor_samples > 0;
    let mut results = BenchResults {
        command: config.command.clone(),
        machine: machine_description(),
        started: chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        max_wait_ms: Some(config.max_wait_ms as i32),
        ..Default::default()
    };
    results.notes.push(format!(
        "recording: {} CPMs over {:.0} s at 1x, {} perceived objects of which {} are matchable (cars, bikes); ingest: {}",
        entries.len(),
        replay::duration(&entries, Pace::Factor(1.0)).as_secs_f64(),
        expected.objects,
        expected.matched(),
        match config.ingest {
            Ingest::Mqtt => "MQTT (mosquitto) + ingest bridge",
            Ingest::Direct => "straight into cits.raw",
        }
    ));

    let total_runs: usize = config.plan.scenarios.iter().map(|s| s.runs).sum::<usize>()
        + config.plan.ceiling_factors.len();
    let bar = if config.progress {
        ProgressBar::new(total_runs as u64)
    } else {
        ProgressBar::hidden()
    };
    bar.set_style(
        ProgressStyle::with_template("{elapsed_precise} [{bar:30}] {pos}/{len} runs  {msg}")
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );

    for plan in &config.plan.scenarios {
        let modules = match plan.kind {
            ScenarioKind::Native { .. } => match &config.native_modules {
                Some(m) => m.clone(),
                None => continue,
            },
            ScenarioKind::Engine { engine } => {
                match config.engines.as_ref().and_then(|e| e.modules(engine)) {
                    Some(m) => m,
                    None => continue,
                }
            }
            _ => config.modules.clone(),
        };
        let mut scenario = ScenarioResult {
            name: plan.name.clone(),
            kind: plan.kind.clone(),
            runs: Vec::new(),
        };
        for run in 0..plan.runs {
            bar.set_message(format!("{} run {}/{}", plan.name, run + 1, plan.runs));
            let label = format!("{}-run{}", plan.name, run + 1);
            let floor_samples = if floor_pending {
                config.plan.floor_samples
            } else {
                0
            };
            let (result, startup, floor) = run_once(
                config,
                &modules,
                &plan.kind,
                &entries,
                expected,
                mosquitto.as_ref(),
                &label,
                floor_samples,
                &bar,
            )
            .await?;
            if let Some(floor) = floor {
                results.floor = Some(floor.summary());
                floor_pending = false;
            }
            if run == 0 && scenario.name == "1x" {
                results.startup.push(Startup {
                    stage: format!(
                        "pipeline (broker + {} modules, launch → all ready)",
                        STAGES.len()
                    ),
                    to_first_message_ms: startup.as_secs_f64() * 1e3,
                });
            }
            on_run(&plan.name, run, &result)?;
            scenario.runs.push(result);
            bar.inc(1);
        }
        results.scenarios.push(scenario);
    }

    if !config.plan.ceiling_factors.is_empty() {
        let mut steps = Vec::new();
        let mut best = None;
        for &factor in &config.plan.ceiling_factors {
            bar.set_message(format!("ceiling {factor}x"));
            let kind = ScenarioKind::Ceiling { factor };
            let (result, _, _) = run_once(
                config,
                &config.modules,
                &kind,
                &entries,
                expected,
                mosquitto.as_ref(),
                &format!("ceiling-{factor}x"),
                0,
                &bar,
            )
            .await?;
            let p95_ns = result.analysis.breakdown.end_to_end.quantile_ns(0.95);
            steps.push((factor, p95_ns as f64 / 1e6));
            // The whole chain: the warnings' p95 counts too, when the step timed any.
            let warnings = &result.warnings.breakdown.end_to_end;
            let warning_p95_ns = (warnings.count() > 0).then(|| warnings.quantile_ns(0.95));
            results
                .ceiling_warning_p95
                .push((factor, warning_p95_ns.map(|ns| ns as f64 / 1e6)));
            let p95_ns = p95_ns.max(warning_p95_ns.unwrap_or(0));
            let name = format!("ceiling-{factor}x");
            on_run(&name, 0, &result)?;
            results.scenarios.push(ScenarioResult {
                name,
                kind,
                runs: vec![result],
            });
            bar.inc(1);
            if p95_ns >= LATENCY_LIMIT_NS {
                break;
            }
            best = Some(factor);
        }
        bar.inc((config.plan.ceiling_factors.len() - steps.len()) as u64);
        results.ceiling = Some((best.unwrap_or(0.0), steps));
    }

    results.modules = module_sizes(&config.modules);
    if config.native_modules.is_none() {
        results.notes.push(
            "native modules not given (--native-dir): no Wasm/native ratio in this report".into(),
        );
    }
    bar.finish_with_message("done");
    Ok(results)
}

/// One pipeline start → replay → drain → measure → stop.
#[allow(clippy::too_many_arguments)]
async fn run_once(
    config: &BenchConfig,
    modules: &Modules,
    kind: &ScenarioKind,
    entries: &[Entry],
    expected: accounting::Expected,
    mosquitto: Option<&Mosquitto>,
    label: &str,
    floor_samples: usize,
    bar: &ProgressBar,
) -> Result<(RunResult, Duration, Option<Recorder>)> {
    let mut pc = PipelineConfig::new(modules.clone());
    pc.graph_dir = Some(config.graph_dir.clone());
    pc.max_wait_ms = Some(config.max_wait_ms);
    pc.stage_env = config.stage_env.clone();
    pc.log_dir = config.log_dir.as_ref().map(|d| d.join(label));
    let launched = Instant::now();
    let mut pipeline = Pipeline::start(pc)
        .await
        .map_err(|e| Error::Pipeline(format!("start: {e}")))?;
    let startup = launched.elapsed();

    // Constrained CPU: pin this process (embedded broker, testbed) and every
    // child (stage instances, mosquitto) to the first N allowed cores.
    let all_cores = crate::procs::allowed_cores();
    let pinned = if let ScenarioKind::Pinned { cores } = kind {
        let chosen: Vec<usize> = all_cores.iter().copied().take(*cores).collect();
        pin_tree(&chosen)?;
        true
    } else {
        false
    };

    // The floor: an identity hop through this pipeline's broker, idle before the replay.
    let floor = if floor_samples > 0 {
        bar.set_message("hop floor");
        let client = Arc::new(kafka::connect(pipeline.brokers()).await?);
        let floor_config = FloorConfig {
            samples: floor_samples,
            max_wait_ms: config.max_wait_ms as i32,
            ..FloorConfig::default()
        };
        Some(kafka::measure_floor(client, FLOOR_TOPIC, floor_config).await?)
    } else {
        None
    };
    let result = measure(
        config,
        &mut pipeline,
        kind,
        entries,
        expected,
        mosquitto,
        bar,
    )
    .await;
    let memory = memory_of_children();
    if pinned {
        pin_tree(&all_cores)?;
    }
    pipeline
        .shutdown()
        .await
        .map_err(|e| Error::Pipeline(format!("shutdown: {e}")))?;
    let mut result = result?;
    result.memory = memory;
    result.startup_ms = startup.as_secs_f64() * 1e3;
    Ok((result, startup, floor))
}

async fn measure(
    config: &BenchConfig,
    pipeline: &mut Pipeline,
    kind: &ScenarioKind,
    entries: &[Entry],
    expected: accounting::Expected,
    mosquitto: Option<&Mosquitto>,
    bar: &ProgressBar,
) -> Result<RunResult> {
    let client = Arc::new(kafka::connect(pipeline.brokers()).await?);
    let topics = pipeline.topics().clone();
    let (stop_tx, stop_rx) = watch::channel(false);
    let (mut matched_rx, mut tail_tasks) = kafka::tail(
        &client,
        topics.get(MEASURED_TOPIC),
        config.max_wait_ms as i32,
        stop_rx.clone(),
    )
    .await?;
    // The risks, for the warnings' precision and recall against the truth.
    let mut risks_rx = match &config.truth {
        Some(_) => {
            let (rx, tasks) = kafka::tail(
                &client,
                topics.get(Topic::Risks),
                config.max_wait_ms as i32,
                stop_rx,
            )
            .await?;
            tail_tasks.extend(tasks);
            Some(rx)
        }
        None => None,
    };
    let mut scorer = config.truth.as_deref().map(|truth| {
        let ms = |e: Option<&Entry>| e.map_or(0, |e| e.timestamp_ms as i64);
        RunScorer::new(truth, ms(entries.first()), ms(entries.last()))
    });

    // DENMs back to the roadside through the same mosquitto (issue 10's egress bridge),
    // following cits.denm from its end before anything is replayed.
    let egress = match mosquitto {
        Some(broker) => {
            let mut egress_config =
                crate::egress::EgressConfig::new(pipeline.brokers().to_vec(), broker.addr());
            egress_config.denm_topic = topics.denm.clone();
            let (acked_tx, acked_rx) = tokio::sync::mpsc::unbounded_channel();
            egress_config.acknowledged = Some(acked_tx);
            let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
            let task = tokio::spawn(crate::egress::run(egress_config, async move {
                let _ = stopped.await;
            }));
            Some((stop, task, acked_rx))
        }
        None => None,
    };

    // `--view`: the live view reads the topics and a client follows its event stream,
    // as a browser would, while the run is measured.
    let view = match kind {
        ScenarioKind::Viewed { .. } => Some(ViewedRun::start(config, pipeline).await?),
        _ => None,
    };

    let factor = kind.factor();
    let replay_started = Instant::now();
    let (published, ingested, lag_ms) = match mosquitto {
        Some(broker) => {
            let bridge = Bridge::start(
                BridgeConfig {
                    mqtt: broker.addr(),
                    raw_topic: topics.raw.clone(),
                    provider: "cits-testbed".into(),
                    instance: "ingest-0".into(),
                },
                Arc::clone(&client),
            )
            .await?;
            let report =
                mqtt::publish_recording(broker.addr(), entries, Pace::Factor(factor), |n| {
                    bar.set_message(format!("{factor}x: published {n}/{}", entries.len()))
                })
                .await?;
            let mut bridge = bridge;
            let produced = bridge.wait_produced(report.published, TAIL_CATCH_UP).await;
            let stats = bridge.stop().await?;
            (
                report.published,
                stats.produced.max(produced),
                report.max_lag_ms,
            )
        }
        None => {
            let options = ReplayOptions {
                speed: Speed::Factor(factor),
                ..ReplayOptions::default()
            };
            let report = pipeline
                .replayer()
                .replay(entries, &options)
                .await
                .map_err(|e| Error::Pipeline(format!("replay: {e}")))?;
            (report.messages as usize, report.messages as usize, 0.0)
        }
    };
    let replay_s = replay_started.elapsed().as_secs_f64();
    let counts = pipeline
        .wait_settled(cits_pipeline::SETTLE_PERIOD, DRAIN_TIMEOUT, |c| {
            bar.set_message(format!(
                "{factor}x: draining, {} {}",
                c.get(MEASURED_TOPIC),
                MEASURED_TOPIC.suffix()
            ))
        })
        .await
        .map_err(|e| Error::Pipeline(format!("drain: {e}")))?;

    // Read everything the counters say was produced.
    let mut analysis = RunAnalysis::new();
    let mut decode_errors = 0usize;
    let deadline = tokio::time::Instant::now() + TAIL_CATCH_UP;
    while (analysis.messages.len() + analysis.invalid.len() + decode_errors)
        < counts.get(MEASURED_TOPIC) as usize
    {
        let Ok(Some(fetched)) = tokio::time::timeout_at(deadline, matched_rx.recv()).await else {
            break;
        };
        match final_trace(fetched.value.as_slice()) {
            Ok((key, trace)) => analysis.push_trace(&key, trace.as_ref()),
            Err(_) => decode_errors += 1,
        }
        if let (Some(scorer), Topic::Predictions) = (scorer.as_mut(), MEASURED_TOPIC) {
            if let Ok(p) = Prediction::decode(fetched.value.as_slice()) {
                scorer.prediction(&p);
            }
        }
    }
    // Every risk the counters saw, while the tail runs.
    if let (Some(scorer), Some(rx)) = (scorer.as_mut(), risks_rx.as_mut()) {
        let deadline = tokio::time::Instant::now() + TAIL_CATCH_UP;
        let mut read = 0;
        while read < counts.get(Topic::Risks) {
            let Ok(Some(fetched)) = tokio::time::timeout_at(deadline, rx.recv()).await else {
                break;
            };
            read += 1;
            if let Ok(risk) = CollisionRisk::decode(fetched.value.as_slice()) {
                scorer.risk(&risk);
            }
        }
    }
    let _ = stop_tx.send(true);
    for t in tail_tasks {
        let _ = t.await;
    }
    let mut warnings = RunAnalysis::with_path(&crate::trace::WARNING_STAGES);
    let mut warning_counts = WarningCounts::default();
    let denms_to_mqtt = match egress {
        Some((stop, task, mut acked_rx)) => {
            let _ = stop.send(());
            let stats = task
                .await
                .map_err(|e| Error::Pipeline(format!("egress bridge task: {e}")))??;
            // The bridge has ended: every acknowledged DENM's report is in the channel.
            let mut seen = std::collections::HashSet::new();
            while let Ok(denm) = acked_rx.try_recv() {
                time_warning(denm, &mut seen, &mut warnings, &mut warning_counts);
            }
            Some(stats.acknowledged)
        }
        None => None,
    };
    let accounting = Accounting {
        published_messages: published,
        ingested_messages: ingested,
        published_objects: expected.objects,
        skipped_objects: expected.skipped_objects,
        matched: counts.get(Topic::Matched) as usize,
        risks: counts.get(Topic::Risks) as usize,
        denms: counts.get(Topic::Denm) as usize,
        denms_to_mqtt,
        predictions: analysis.messages.len() + analysis.invalid.len() + decode_errors,
        dead_letters: counts.dlq as usize,
        dead_letters_by_stage: dead_letters_by_stage(&pipeline.outputs()),
        lost: 0,
    }
    .settle();
    if let Some(view) = view {
        let frames = view.stop().await?;
        bar.suspend(|| {
            eprintln!("{factor}x with the live view: its client received {frames} frames")
        });
        if frames == 0 {
            return Err(Error::Pipeline(
                "the live view's client received no frame: the view did not run".into(),
            ));
        }
    }
    Ok(RunResult {
        accuracy: scorer.map(|s| s.finish()),
        analysis,
        warnings,
        warning_counts,
        accounting,
        memory: Vec::new(),
        replay_s,
        publisher_max_lag_ms: lag_ms,
        startup_ms: 0.0,
    })
}

/// The live view of a `--view` run and the client following its event stream.
struct ViewedRun {
    view: cits_view::View,
    client: tokio::task::JoinHandle<()>,
    frames: Arc<std::sync::atomic::AtomicU64>,
}

impl ViewedRun {
    /// Starts the view on the pipeline's topics (from their start, as `cits up --view`
    /// does) and a client that reads `/api/events` as fast as a browser would.
    async fn start(config: &BenchConfig, pipeline: &Pipeline) -> Result<Self> {
        let mut vc = cits_view::ViewConfig::new(pipeline.brokers().to_vec());
        vc.graph_dir = Some(config.graph_dir.clone());
        vc.topics = pipeline.topics().clone();
        let view = cits_view::View::start(vc)
            .await
            .map_err(|e| Error::Pipeline(format!("starting the live view: {e}")))?;
        let frames = Arc::new(std::sync::atomic::AtomicU64::new(0));
        let client = tokio::spawn(count_event_frames(view.addr(), Arc::clone(&frames)));
        Ok(Self {
            view,
            client,
            frames,
        })
    }

    /// Stops both; returns the frames the client received.
    async fn stop(self) -> Result<u64> {
        // An open event stream keeps its connection: end the client first.
        self.client.abort();
        let _ = self.client.await;
        self.view
            .shutdown()
            .await
            .map_err(|e| Error::Pipeline(format!("stopping the live view: {e}")))?;
        Ok(self.frames.load(std::sync::atomic::Ordering::Relaxed))
    }
}

/// Follows the view's Server-Sent Events over plain HTTP/1.1 until the stream ends (or
/// the task is aborted), counting the `event:` lines (frames) in `frames`.
async fn count_event_frames(addr: std::net::SocketAddr, frames: Arc<std::sync::atomic::AtomicU64>) {
    use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
    let Ok(mut stream) = tokio::net::TcpStream::connect(addr).await else {
        return;
    };
    let request =
        format!("GET /api/events HTTP/1.1\r\nHost: {addr}\r\nAccept: text/event-stream\r\n\r\n");
    if stream.write_all(request.as_bytes()).await.is_err() {
        return;
    }
    let mut line_start = true;
    let mut pending: Vec<u8> = Vec::new();
    let mut buf = vec![0u8; 64 * 1024];
    while let Ok(n) = stream.read(&mut buf).await {
        if n == 0 {
            break;
        }
        for &b in &buf[..n] {
            if line_start {
                pending.clear();
            }
            if b == b'\n' {
                if pending.starts_with(b"event:") {
                    frames.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                }
                line_start = true;
            } else {
                if pending.len() < 8 {
                    pending.push(b);
                }
                line_start = false;
            }
        }
    }
}

/// Times one acknowledged DENM if it is a warning seen for the first time: a new or
/// update DENM (a cancellation is counted, not timed), whose trace runs from its CPM's
/// MQTT publish to its own MQTT publish.
fn time_warning(
    denm: crate::egress::AcknowledgedDenm,
    seen: &mut std::collections::HashSet<String>,
    warnings: &mut RunAnalysis,
    counts: &mut WarningCounts,
) {
    if !seen.insert(denm.uuid.clone()) {
        counts.duplicates += 1;
        return;
    }
    counts.acknowledged += 1;
    match crate::egress::is_termination(&denm.payload) {
        None => counts.undecodable += 1,
        Some(true) => counts.cancellations += 1,
        Some(false) => {
            warnings.push_trace(&denm.uuid, Some(&denm.trace));
            counts.timed = warnings.messages.len();
        }
    }
}

/// Dead letters per writing stage: the stages of [`STAGES`] in pipeline order, then any
/// other writer (e.g. a stage name from an older module) by name.
fn dead_letters_by_stage(outputs: &cits_pipeline::Outputs) -> Vec<(String, usize)> {
    let mut out: Vec<(String, usize)> = STAGES
        .iter()
        .map(|s| {
            let n = outputs.dlq_by_stage.get(s.name).copied().unwrap_or(0);
            (s.name.to_owned(), n as usize)
        })
        .collect();
    for (stage, n) in &outputs.dlq_by_stage {
        if !STAGES.iter().any(|s| s.name == stage) {
            out.push((stage.clone(), *n as usize));
        }
    }
    out
}

/// Pins this process's threads and all its children's to `cores`.
fn pin_tree(cores: &[usize]) -> Result<()> {
    crate::procs::pin(std::process::id(), cores)?;
    for child in crate::procs::children(std::process::id()) {
        crate::procs::pin(child.pid, cores)?;
    }
    Ok(())
}

/// Peak RSS of the stage instances (children with a `CITS_INSTANCE` env) and mosquitto.
fn memory_of_children() -> Vec<ProcessMemory> {
    let mut out: Vec<ProcessMemory> = crate::procs::children(std::process::id())
        .into_iter()
        .filter_map(|p| {
            let rss = crate::procs::peak_rss_kib(p.pid)?;
            let name = match crate::procs::stage_var_of(p.pid, "CITS_INPUT_TOPIC") {
                Some(input) => {
                    let stage = stage_of_input(&input);
                    let instance = crate::procs::stage_var_of(p.pid, "CITS_INSTANCE")
                        .unwrap_or_else(|| "0".into());
                    format!("{stage}-{instance}")
                }
                None if p.cmdline.contains("mosquitto") => "mosquitto".to_owned(),
                None => return None,
            };
            Some(ProcessMemory {
                name,
                peak_rss_kib: rss,
            })
        })
        .collect();
    if let Some(own) = crate::procs::peak_rss_kib(std::process::id()) {
        out.push(ProcessMemory {
            name: "testbed + embedded broker (this process)".into(),
            peak_rss_kib: own,
        });
    }
    out
}

/// Key and trace of a record of the pipeline's output topic ([`MEASURED_TOPIC`]).
fn final_trace(value: &[u8]) -> std::result::Result<(String, Option<Trace>), prost::DecodeError> {
    Ok(match MEASURED_TOPIC {
        Topic::Predictions => {
            let p = Prediction::decode(value)?;
            (p.trajectory_key, p.trace)
        }
        _ => {
            let m = MatchedTrajectory::decode(value)?;
            (m.trajectory_key, m.trace)
        }
    })
}

/// Stage name from its input topic (contract: cits.raw → decoder, …).
fn stage_of_input(topic: &str) -> &'static str {
    let suffix = topic.rsplit('.').next().unwrap_or_default();
    STAGES
        .iter()
        .find(|s| s.input.suffix() == suffix)
        .map_or("stage", |s| s.name)
}

/// Sizes of the stage modules: `.wasm`, and `.cwasm` (precompiled with
/// `cits compile` when missing).
pub fn module_sizes(modules: &Modules) -> Vec<ModuleSize> {
    let Modules::Wasm { cits_exe, dir } = modules else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for stage in STAGES.iter().map(|s| s.name) {
        let wasm = dir.join(format!("{stage}.wasm"));
        let Ok(meta) = std::fs::metadata(&wasm) else {
            continue;
        };
        let cwasm = dir.join(format!("{stage}.cwasm"));
        let precompiled_bytes = std::fs::metadata(&cwasm)
            .ok()
            .map(|m| m.len())
            .or_else(|| precompile_size(cits_exe, &wasm));
        out.push(ModuleSize {
            stage: stage.to_owned(),
            wasm_bytes: meta.len(),
            precompiled_bytes,
        });
    }
    out
}

fn precompile_size(cits_exe: &Path, wasm: &Path) -> Option<u64> {
    let out = std::env::temp_dir().join(format!(
        "cits-bench-{}-{}.cwasm",
        std::process::id(),
        wasm.file_stem()?.to_string_lossy()
    ));
    let status = std::process::Command::new(cits_exe)
        .arg("compile")
        .arg(wasm)
        .arg("--output")
        .arg(&out)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .ok()?;
    let size = status
        .success()
        .then(|| std::fs::metadata(&out).ok().map(|m| m.len()))
        .flatten();
    let _ = std::fs::remove_file(&out);
    size
}

/// CPU model and core count, for the report.
fn machine_description() -> String {
    let model = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|c| {
            c.lines().find_map(|l| {
                l.strip_prefix("model name")
                    .and_then(|r| r.split_once(':'))
                    .map(|(_, v)| v.trim().to_owned())
            })
        })
        .unwrap_or_else(|| "unknown CPU".into());
    let cores = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(0);
    format!("{model}, {cores} cores available; broker, testbed and pipeline share them")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(plan: &Plan) -> Vec<(&str, usize)> {
        plan.scenarios
            .iter()
            .map(|s| (s.name.as_str(), s.runs))
            .collect()
    }

    #[test]
    fn with_view_adds_a_viewed_twin_right_after_the_4x_scenario() {
        let full = Plan::full(false).with_view();
        let n = names(&full);
        let at = n.iter().position(|(name, _)| *name == "4x").unwrap();
        assert_eq!(n[at + 1], ("4x-view", 3));
        assert_eq!(
            full.scenarios[at + 1].kind,
            ScenarioKind::Viewed { factor: 4.0 }
        );
        // Without a 4x scenario both are added, once each.
        let two = Plan::factors(&[2.0], None).with_view();
        assert_eq!(names(&two), [("2x", 1), ("4x", 1), ("4x-view", 1)]);
    }

    #[test]
    fn the_engine_plan_runs_each_engine_once_on_the_first_minute() {
        let plan = Plan::engines(&EngineKind::ALL);
        assert_eq!(plan.scenarios.len(), 5);
        assert!(plan.scenarios.iter().all(|s| s.runs == 1));
        assert_eq!(plan.scenarios[0].name, "engine-wasmedge-interpreter");
        assert_eq!(plan.recording_limit, Some(QUICK_RECORDING_LIMIT));
        assert!(plan.ceiling_factors.is_empty());
    }

    /// The testbed's expected trace path is the pipeline's stage table behind the ingest,
    /// up to the stage producing the measured topic, so adding a stage there cannot leave
    /// the analysis expecting the old path.
    #[test]
    fn trace_path_follows_the_stage_table() {
        let mut want = vec![crate::trace::INGEST_STAGE];
        let last = STAGES
            .iter()
            .position(|s| s.output == MEASURED_TOPIC)
            .expect("a stage produces the measured topic");
        want.extend(STAGES[..=last].iter().map(|s| s.name));
        assert_eq!(crate::trace::PIPELINE_STAGES.to_vec(), want);
        // A warning passes every stage, then the egress bridge.
        let mut warning = vec![crate::trace::INGEST_STAGE];
        warning.extend(STAGES.iter().map(|s| s.name));
        warning.push(crate::trace::EGRESS_STAGE);
        assert_eq!(crate::trace::WARNING_STAGES.to_vec(), warning);
        for spec in &STAGES {
            assert_eq!(
                stage_of_input(&format!("cits.{}", spec.input.suffix())),
                spec.name
            );
        }
    }
}
