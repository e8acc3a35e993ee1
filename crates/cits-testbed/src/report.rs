//! The results folder: raw per-message CSV, JSON summary, SVG plots and a
//! Markdown report with our numbers beside the thesis' tables.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use crate::analysis::{Breakdown, BreakdownSummary, RunAnalysis, Throughput};
use crate::error::{Error, Result};
use crate::stats::Summary;
use crate::thesis;

mod accuracy;

/// Where the stage modules run in the engine comparison.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum EngineKind {
    /// `wasmedge` interpreting the `.wasm` files.
    WasmEdgeInterpreter,
    /// `wasmedge --run-mode=aot` on code from `wasmedge compile`.
    WasmEdgeAot,
    /// `cits run` (Wasmtime, Cranelift) compiling the `.wasm` files at start.
    Wasmtime,
    /// `cits run` on `.cwasm` files precompiled by `cits compile`.
    WasmtimePrecompiled,
    /// The same stage programs compiled natively.
    Native,
}

impl EngineKind {
    /// Every engine, in table order.
    pub const ALL: [EngineKind; 5] = [
        EngineKind::WasmEdgeInterpreter,
        EngineKind::WasmEdgeAot,
        EngineKind::Wasmtime,
        EngineKind::WasmtimePrecompiled,
        EngineKind::Native,
    ];

    /// Short name, in scenario and file names.
    pub fn name(self) -> &'static str {
        match self {
            EngineKind::WasmEdgeInterpreter => "wasmedge-interpreter",
            EngineKind::WasmEdgeAot => "wasmedge-aot",
            EngineKind::Wasmtime => "wasmtime",
            EngineKind::WasmtimePrecompiled => "wasmtime-precompiled",
            EngineKind::Native => "native",
        }
    }

    /// What it is, for the report's table.
    pub fn label(self) -> &'static str {
        match self {
            EngineKind::WasmEdgeInterpreter => "WasmEdge interpreter (`wasmedge`)",
            EngineKind::WasmEdgeAot => "WasmEdge AOT (`wasmedge compile`, `--run-mode=aot`)",
            EngineKind::Wasmtime => "our host, Wasmtime (`cits run` on `.wasm`)",
            EngineKind::WasmtimePrecompiled => "our host, precompiled (`cits run` on `.cwasm`)",
            EngineKind::Native => "native (x86_64 executables)",
        }
    }
}

/// What a scenario is, for picking the matching thesis table.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ScenarioKind {
    /// Replay at a factor of the recorded pace, all cores.
    Pace {
        /// Replay factor.
        factor: f64,
    },
    /// Replay at 1x with the pipeline pinned to `cores` CPU cores.
    Pinned {
        /// Cores allowed.
        cores: usize,
    },
    /// Replay at a factor with the native (x86_64) build of the modules.
    Native {
        /// Replay factor.
        factor: f64,
    },
    /// One step of the throughput-ceiling search.
    Ceiling {
        /// Replay factor.
        factor: f64,
    },
    /// The engine comparison (`cits bench --engines`): one run at 1x with the stage
    /// modules on one engine.
    Engine {
        /// The engine.
        engine: EngineKind,
    },
    /// Replay at a factor with the live view (`cits view`) reading the topics and a
    /// browser-like client on its event stream (`cits bench --view`).
    Viewed {
        /// Replay factor.
        factor: f64,
    },
}

impl ScenarioKind {
    /// The thesis' end-to-end table for this scenario, if it has one.
    pub fn thesis_table(&self) -> Option<&'static thesis::Table> {
        match *self {
            ScenarioKind::Pace { factor: 1.0 } => Some(&thesis::TABLE_1),
            ScenarioKind::Pace { factor: 2.0 } => Some(&thesis::TABLE_3),
            ScenarioKind::Pace { factor: 4.0 } => Some(&thesis::TABLE_5),
            ScenarioKind::Pinned { cores: 1 } => Some(&thesis::TABLE_7),
            ScenarioKind::Pinned { cores: 2 } => Some(&thesis::TABLE_8),
            _ => None,
        }
    }

    /// The replay factor.
    pub fn factor(&self) -> f64 {
        match *self {
            ScenarioKind::Pace { factor }
            | ScenarioKind::Native { factor }
            | ScenarioKind::Ceiling { factor }
            | ScenarioKind::Viewed { factor } => factor,
            ScenarioKind::Pinned { .. } | ScenarioKind::Engine { .. } => 1.0,
        }
    }
}

/// Every published object accounted for (or not).
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
pub struct Accounting {
    /// Messages published by the testbed.
    pub published_messages: usize,
    /// Messages the ingest produced to `cits.raw`.
    pub ingested_messages: usize,
    /// Perceived objects in the published messages.
    pub published_objects: usize,
    /// Of those, objects the map matcher skips by design (pedestrians, unknown class).
    pub skipped_objects: usize,
    /// Records that reached `cits.matched` (from the topic's offsets).
    pub matched: usize,
    /// Records that reached the measured topic, `cits.predictions` (read back).
    pub predictions: usize,
    /// Collision risks produced (`cits.risks`, from the topic's offsets).
    pub risks: usize,
    /// DENMs produced (`cits.denm`, from the topic's offsets).
    pub denms: usize,
    /// DENMs the egress bridge published to MQTT and the broker acknowledged (MQTT
    /// ingest runs only).
    pub denms_to_mqtt: Option<usize>,
    /// Dead letters produced during the run.
    pub dead_letters: usize,
    /// Dead letters per stage that wrote them, in pipeline order where known.
    pub dead_letters_by_stage: Vec<(String, usize)>,
    /// `published_objects − skipped_objects − predictions − dead_letters`, floored at 0:
    /// every object ends as one output record or one dead letter on its way.
    pub lost: usize,
}

impl Accounting {
    /// Fills `lost` from the other counters.
    pub fn settle(mut self) -> Self {
        let expected = self.published_objects.saturating_sub(self.skipped_objects);
        self.lost = expected.saturating_sub(self.predictions + self.dead_letters);
        self
    }

    /// Dead letters written by `stage`.
    pub fn dead_letters_of(&self, stage: &str) -> usize {
        self.dead_letters_by_stage
            .iter()
            .find(|(s, _)| s == stage)
            .map_or(0, |(_, n)| *n)
    }
}

/// Peak memory of one pipeline process.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct ProcessMemory {
    /// Stage instance, e.g. "decoder-0", or "broker".
    pub name: String,
    /// Peak resident set (VmHWM), KiB.
    pub peak_rss_kib: u64,
}

/// The DENMs of one run as they reached MQTT (MQTT ingest runs only).
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
pub struct WarningCounts {
    /// Distinct DENMs (by `CitsMessage.uuid`) the MQTT broker acknowledged.
    pub acknowledged: usize,
    /// Re-sent copies of an acknowledged DENM (at-least-once), not counted twice.
    pub duplicates: usize,
    /// Of the acknowledged, cancellations (termination set): not warnings, not timed
    /// (a cancellation by eviction is sent with the next, unrelated prediction's trace).
    pub cancellations: usize,
    /// Of the acknowledged, payloads that did not decode as a DENM: not timed.
    pub undecodable: usize,
    /// Warnings (new and update DENMs) timed: CPM publish → DENM publish on MQTT.
    pub timed: usize,
}

/// One run of a scenario.
#[derive(Debug, Clone, Default)]
pub struct RunResult {
    /// The measured messages.
    pub analysis: RunAnalysis,
    /// The warnings' timings (path [`crate::trace::WARNING_STAGES`]); empty without MQTT.
    pub warnings: RunAnalysis,
    /// What the warning timings are made of.
    pub warning_counts: WarningCounts,
    /// Object accounting.
    pub accounting: Accounting,
    /// Peak RSS per process.
    pub memory: Vec<ProcessMemory>,
    /// Wall time of the replay, s.
    pub replay_s: f64,
    /// Worst lag of the publisher behind its schedule, ms.
    pub publisher_max_lag_ms: f64,
    /// Predictions and risks against the data's ground truth, when it was given.
    pub accuracy: Option<crate::accuracy::Accuracy>,
    /// Launch of the pipeline → every stage ready, ms.
    pub startup_ms: f64,
}

/// One scenario: a kind and its runs.
#[derive(Debug, Clone)]
pub struct ScenarioResult {
    /// Name used in file names and headings, e.g. "1x", "cores-1".
    pub name: String,
    /// What it was.
    pub kind: ScenarioKind,
    /// Its runs (three in the full benchmark).
    pub runs: Vec<RunResult>,
}

impl ScenarioResult {
    /// All runs merged.
    pub fn merged(&self) -> Breakdown {
        let mut all = Breakdown::default();
        for r in &self.runs {
            all.merge(&r.analysis.breakdown);
        }
        all
    }

    /// The warnings' timings of all runs merged.
    pub fn merged_warnings(&self) -> Breakdown {
        let mut all = Breakdown::default();
        for r in &self.runs {
            all.merge(&r.warnings.breakdown);
        }
        all
    }
}

/// Size of one module file.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct ModuleSize {
    /// Stage name.
    pub stage: String,
    /// Plain `.wasm`, bytes.
    pub wasm_bytes: u64,
    /// Precompiled (`.cwasm`), bytes, when available.
    pub precompiled_bytes: Option<u64>,
}

/// Start-up of one module: process start to first record handled.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Startup {
    /// Stage name.
    pub stage: String,
    /// ms from launching the pipeline to this stage's first trace entry.
    pub to_first_message_ms: f64,
}

/// The whole benchmark.
#[derive(Debug, Clone, Default)]
pub struct BenchResults {
    /// The command line that produced it.
    pub command: String,
    /// Free text about the machine (cores, CPU model) and the setup.
    pub machine: String,
    /// When, RFC 3339.
    pub started: String,
    /// The hop floor (identity hop through the same broker), if measured.
    pub floor: Option<Summary>,
    /// Fetch wait the stages and the floor used, ms.
    pub max_wait_ms: Option<i32>,
    /// Scenarios in the order they ran.
    pub scenarios: Vec<ScenarioResult>,
    /// Largest factor whose end-to-end p95 stayed under 500 ms, and the factors tried
    /// with the predictions' p95, ms.
    pub ceiling: Option<(f64, Vec<(f64, f64)>)>,
    /// The ceiling steps' warning p95 (CPM → DENM on MQTT), ms, `None` when the step
    /// timed no warning; the ceiling needs both p95s under 500 ms.
    pub ceiling_warning_p95: Vec<(f64, Option<f64>)>,
    /// Module sizes.
    pub modules: Vec<ModuleSize>,
    /// Start-up times.
    pub startup: Vec<Startup>,
    /// Notes (what was not measured and why).
    pub notes: Vec<String>,
}

/// JSON shape of one run.
#[derive(Debug, serde::Serialize)]
struct RunJson<'a> {
    run: usize,
    valid_messages: usize,
    invalid_traces: usize,
    first_invalid: Option<String>,
    tables: BreakdownSummary,
    throughput: Vec<Throughput>,
    accounting: &'a Accounting,
    warning_counts: &'a WarningCounts,
    /// CPM publish → DENM publish on MQTT, when any warning was timed.
    warning_tables: Option<BreakdownSummary>,
    memory: &'a [ProcessMemory],
    /// Against the ground truth, when given.
    accuracy: Option<&'a crate::accuracy::Accuracy>,
    replay_s: f64,
    publisher_max_lag_ms: f64,
}

/// JSON shape of one scenario.
#[derive(Debug, serde::Serialize)]
struct ScenarioJson<'a> {
    name: &'a str,
    scenario: &'a ScenarioKind,
    all_runs: BreakdownSummary,
    /// The warnings of all runs, when any was timed.
    warnings_all_runs: Option<BreakdownSummary>,
    runs: Vec<RunJson<'a>>,
}

/// JSON shape of the whole benchmark.
#[derive(Debug, serde::Serialize)]
struct BenchJson<'a> {
    command: &'a str,
    machine: &'a str,
    started: &'a str,
    floor: Option<Summary>,
    max_wait_ms: Option<i32>,
    scenarios: Vec<ScenarioJson<'a>>,
    ceiling_factor: Option<f64>,
    ceiling_steps: Option<&'a [(f64, f64)]>,
    ceiling_warning_p95: &'a [(f64, Option<f64>)],
    modules: &'a [ModuleSize],
    startup: &'a [Startup],
    notes: &'a [String],
    targets: Vec<TargetCheck>,
}

/// Files written by [`write_results`].
#[derive(Debug, Clone)]
pub struct Written {
    /// `messages.csv`.
    pub csv: PathBuf,
    /// `warnings.csv`: one row per timed warning.
    pub warnings_csv: PathBuf,
    /// `summary.json`.
    pub json: PathBuf,
    /// `report.md`.
    pub markdown: PathBuf,
    /// The SVG plots.
    pub plots: Vec<PathBuf>,
}

/// Writes the results folder.
pub fn write_results(dir: &Path, results: &BenchResults) -> Result<Written> {
    std::fs::create_dir_all(dir).map_err(|e| Error::io("create", dir, e))?;
    let csv = dir.join("messages.csv");
    write_file(&csv, &messages_csv(results))?;
    let warnings_csv = dir.join("warnings.csv");
    write_file(&warnings_csv, &warnings_csv_text(results))?;

    let json = dir.join("summary.json");
    let text =
        serde_json::to_string_pretty(&bench_json(results)).map_err(|source| Error::Json {
            path: json.clone(),
            source,
        })?;
    write_file(&json, &text)?;

    let mut plots = Vec::new();
    for s in &results.scenarios {
        let runs: Vec<&RunAnalysis> = s.runs.iter().map(|r| &r.analysis).collect();
        let p = dir.join(format!("latency-{}.svg", s.name));
        crate::plot::latency_over_index(
            &p,
            &format!("End-to-end latency, {} ({} runs)", s.name, runs.len()),
            &runs,
        )?;
        plots.push(p);
        if let Some(first) = runs.first() {
            let p = dir.join(format!("components-{}.svg", s.name));
            crate::plot::components_over_index(
                &p,
                &format!("Components, {}, run 1", s.name),
                first,
            )?;
            plots.push(p);
        }
        let p = dir.join(format!("distribution-{}.svg", s.name));
        crate::plot::distributions(
            &p,
            &format!("Latency by percentile, {} (all runs)", s.name),
            &s.merged(),
        )?;
        plots.push(p);
        let warnings = s.merged_warnings();
        if warnings.end_to_end.count() > 0 {
            let p = dir.join(format!("warnings-{}.svg", s.name));
            crate::plot::distributions(
                &p,
                &format!(
                    "Warning latency by percentile, CPM → DENM on MQTT, {} (all runs)",
                    s.name
                ),
                &warnings,
            )?;
            plots.push(p);
        }
    }

    let markdown = dir.join("report.md");
    write_file(&markdown, &markdown_report(results))?;
    Ok(Written {
        csv,
        warnings_csv,
        json,
        markdown,
        plots,
    })
}

fn write_file(path: &Path, text: &str) -> Result<()> {
    std::fs::write(path, text).map_err(|e| Error::io("write", path, e))
}

fn bench_json(results: &BenchResults) -> BenchJson<'_> {
    BenchJson {
        command: &results.command,
        machine: &results.machine,
        started: &results.started,
        floor: results.floor,
        max_wait_ms: results.max_wait_ms,
        scenarios: results
            .scenarios
            .iter()
            .map(|s| ScenarioJson {
                name: &s.name,
                scenario: &s.kind,
                all_runs: s.merged().summary(),
                warnings_all_runs: summary_if_any(&s.merged_warnings()),
                runs: s
                    .runs
                    .iter()
                    .enumerate()
                    .map(|(i, r)| RunJson {
                        run: i + 1,
                        valid_messages: r.analysis.messages.len(),
                        invalid_traces: r.analysis.invalid.len(),
                        first_invalid: r.analysis.invalid.first().map(ToString::to_string),
                        tables: r.analysis.breakdown.summary(),
                        throughput: r.analysis.throughput(),
                        accounting: &r.accounting,
                        warning_counts: &r.warning_counts,
                        warning_tables: summary_if_any(&r.warnings.breakdown),
                        memory: &r.memory,
                        accuracy: r.accuracy.as_ref(),
                        replay_s: r.replay_s,
                        publisher_max_lag_ms: r.publisher_max_lag_ms,
                    })
                    .collect(),
            })
            .collect(),
        ceiling_factor: results.ceiling.as_ref().map(|c| c.0),
        ceiling_steps: results.ceiling.as_ref().map(|c| c.1.as_slice()),
        ceiling_warning_p95: &results.ceiling_warning_p95,
        modules: &results.modules,
        startup: &results.startup,
        notes: &results.notes,
        targets: targets(results),
    }
}

/// The tables of a breakdown, `None` when it has no values.
fn summary_if_any(b: &Breakdown) -> Option<BreakdownSummary> {
    (b.end_to_end.count() > 0).then(|| b.summary())
}

/// The raw per-message data: one row per final record of every run.
pub fn messages_csv(results: &BenchResults) -> String {
    timings_csv(results, |r| &r.analysis)
}

/// The raw per-warning data: one row per timed warning (DENM on MQTT) of every run.
pub fn warnings_csv_text(results: &BenchResults) -> String {
    timings_csv(results, |r| &r.warnings)
}

/// One row per valid message of the analysis `of` picks from every run.
fn timings_csv(results: &BenchResults, of: impl Fn(&RunResult) -> &RunAnalysis) -> String {
    // The stage path is the same for every valid message (validated on the way in).
    let path: Vec<String> = results
        .scenarios
        .iter()
        .flat_map(|s| &s.runs)
        .find_map(|r| of(r).messages.first())
        .map(|m| m.stages().iter().map(|s| s.stage.clone()).collect())
        .unwrap_or_default();
    let mut out =
        String::from("scenario,run,index,key,published_ns,end_to_end_ms,end_to_end_from_broker_ms");
    for stage in &path {
        let _ = write!(out, ",{stage}_ms,{stage}_instance");
    }
    for pair in path.windows(2) {
        if let [a, b] = pair {
            let _ = write!(out, ",{a}_to_{b}_ms");
        }
    }
    out.push('\n');
    for s in &results.scenarios {
        for (run, r) in s.runs.iter().enumerate() {
            for m in &of(r).messages {
                let _ = write!(
                    out,
                    "{},{},{},{},{},{:.6},{:.6}",
                    csv_field(&s.name),
                    run + 1,
                    m.index,
                    csv_field(&m.key),
                    m.published_ns(),
                    m.end_to_end_ns() as f64 / 1e6,
                    m.end_to_end_from_broker_ns() as f64 / 1e6
                );
                for st in m.stages() {
                    let _ = write!(
                        out,
                        ",{:.6},{}",
                        st.processing_ns() as f64 / 1e6,
                        csv_field(&st.instance)
                    );
                }
                for (_, ns) in m.hops() {
                    let _ = write!(out, ",{:.6}", ns as f64 / 1e6);
                }
                out.push('\n');
            }
        }
    }
    out
}

/// Quotes a CSV field when it needs it (RFC 4180).
fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_owned()
    }
}

/// Formats ms like the thesis' tables but keeps sub-ms precision (the thesis
/// rounded to whole ms; most of our stage times are below one).
fn ms(v: f64) -> String {
    if v >= 100.0 {
        format!("{v:.0}")
    } else if v >= 1.0 {
        format!("{v:.1}")
    } else {
        format!("{v:.3}")
    }
}

const ROWS: [&str; 8] = [
    "min", "max", "mean", "std dev", "p50", "p95", "p99", "> 500 ms",
];

fn our_row(s: &Summary, row: usize) -> String {
    match row {
        0 => ms(s.min_ms),
        1 => ms(s.max_ms),
        2 => ms(s.mean_ms),
        3 => ms(s.std_dev_ms),
        4 => ms(s.p50_ms),
        5 => ms(s.p95_ms),
        6 => ms(s.p99_ms),
        _ => format!("{:.2} %", s.over_limit_share * 100.0),
    }
}

fn thesis_row(c: &thesis::Column, row: usize) -> String {
    let v = match row {
        0 => c.min,
        1 => c.max,
        2 => c.mean,
        3 => c.std_dev,
        4 => c.p50,
        5 => c.p95,
        6 => c.p99,
        _ => return "–".to_owned(),
    };
    format!("{v:.0}")
}

/// One target of the issue, checked against the results.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct TargetCheck {
    /// What is targeted.
    pub target: String,
    /// What was measured, as text.
    pub measured: String,
    /// Met, missed, or not measured (`None`).
    pub met: Option<bool>,
}

/// Largest stage module allowed, bytes (thesis: 2.16 MB per module).
pub const MODULE_SIZE_TARGET_BYTES: u64 = 1_000_000;

/// The targets against these results.
pub fn targets(results: &BenchResults) -> Vec<TargetCheck> {
    let mut out = Vec::new();
    let scenario = |pred: &dyn Fn(&ScenarioKind) -> bool| {
        results
            .scenarios
            .iter()
            .find(|s| pred(&s.kind))
            .map(|s| s.merged().summary())
    };
    for factor in [1.0, 2.0, 4.0] {
        let s = scenario(&|k| *k == ScenarioKind::Pace { factor });
        out.push(TargetCheck {
            target: format!("end-to-end p95 ≤ 25 ms at {factor}x"),
            measured: s.as_ref().map_or("not run".into(), |s| {
                format!("{} ms", ms(s.end_to_end.p95_ms))
            }),
            met: s.map(|s| s.end_to_end.p95_ms <= 25.0),
        });
    }
    let warnings = |pred: &dyn Fn(&ScenarioKind) -> bool| {
        results
            .scenarios
            .iter()
            .find(|s| pred(&s.kind))
            .map(|s| s.merged_warnings())
    };
    for factor in [1.0, 2.0, 4.0] {
        let w = warnings(&|k| *k == ScenarioKind::Pace { factor });
        let timed = w.as_ref().map_or(0, |w| w.end_to_end.count());
        out.push(TargetCheck {
            target: format!(
                "warning latency p95 ≤ 25 ms at {factor}x (CPM publish → DENM on MQTT, 7 stages)"
            ),
            measured: match &w {
                None => "not run".into(),
                Some(_) if timed == 0 => "no warning timed".into(),
                Some(w) => format!(
                    "{} ms ({timed} warnings)",
                    ms(w.end_to_end.quantile_ns(0.95) as f64 / 1e6)
                ),
            },
            met: w
                .filter(|_| timed > 0)
                .map(|w| w.end_to_end.quantile_ns(0.95) as f64 / 1e6 <= 25.0),
        });
    }
    for viewed in results
        .scenarios
        .iter()
        .filter(|s| matches!(s.kind, ScenarioKind::Viewed { .. }))
    {
        let factor = viewed.kind.factor();
        if let Some(without) = scenario(&|k| *k == ScenarioKind::Pace { factor }) {
            let with = viewed.merged().summary();
            let (a, b) = (without.end_to_end.p95_ms, with.end_to_end.p95_ms);
            out.push(TargetCheck {
                target: format!("the live view does not slow the pipeline ({factor}x end-to-end p95 with `--view` − without)"),
                measured: format!("{} ms − {} ms = {:+.1} ms", ms(b), ms(a), b - a),
                met: None,
            });
        }
    }
    out.push(TargetCheck {
        target: "throughput ceiling ≥ 16x (predictions' and warnings' p95 < 500 ms)".into(),
        measured: results
            .ceiling
            .as_ref()
            .map_or("not run".into(), |(f, _)| format!("{f}x")),
        met: results.ceiling.as_ref().map(|(f, _)| *f >= 16.0),
    });
    let one_core = scenario(&|k| *k == ScenarioKind::Pinned { cores: 1 });
    out.push(TargetCheck {
        target: "1 core at 1x: end-to-end p95 < 500 ms".into(),
        measured: one_core.as_ref().map_or("not run".into(), |s| {
            format!("{} ms", ms(s.end_to_end.p95_ms))
        }),
        met: one_core.map(|s| s.end_to_end.p95_ms < 500.0),
    });
    let one_x = scenario(&|k| *k == ScenarioKind::Pace { factor: 1.0 });
    if let Some(s) = &one_x {
        // The ingest entry spans MQTT and the bridge, not a pipeline stage.
        let stages: Vec<&crate::analysis::NamedSummary> = s
            .stages
            .iter()
            .filter(|n| n.name != crate::trace::INGEST_STAGE)
            .collect();
        let worst = stages.iter().map(|n| n.summary.p99_ms).fold(0.0, f64::max);
        let text: Vec<String> = stages
            .iter()
            .map(|n| format!("{} {}", n.name, ms(n.summary.p99_ms)))
            .collect();
        out.push(TargetCheck {
            target: "processing inside each stage p99 ≤ 1 ms (1x)".into(),
            measured: format!("{} ms", text.join(", ")),
            met: Some(worst <= 1.0),
        });
    }
    let native = scenario(&|k| matches!(k, ScenarioKind::Native { factor } if *factor == 1.0));
    out.push(match (&one_x, &native) {
        (Some(w), Some(n)) if n.end_to_end.p50_ms > 0.0 => {
            let ratio = w.end_to_end.p50_ms / n.end_to_end.p50_ms;
            TargetCheck {
                target: "Wasm/native end-to-end p50 ratio ≤ 1.2 (1x)".into(),
                measured: format!("{ratio:.2}"),
                met: Some(ratio <= 1.2),
            }
        }
        _ => TargetCheck {
            target: "Wasm/native end-to-end p50 ratio ≤ 1.2 (1x)".into(),
            measured: "native not run".into(),
            met: None,
        },
    });
    out.push(match (&one_x, &results.floor) {
        (Some(s), Some(floor)) => {
            let hops = s.hops.len().max(1) as f64;
            let bound = 3.0 * hops * floor.p50_ms;
            TargetCheck {
                target: "end-to-end p50 ≤ 3 × Σ hop floors (1x)".into(),
                measured: format!(
                    "{} ms vs 3 × {hops} × {} ms = {} ms",
                    ms(s.end_to_end.p50_ms),
                    ms(floor.p50_ms),
                    ms(bound)
                ),
                met: Some(s.end_to_end.p50_ms <= bound),
            }
        }
        _ => TargetCheck {
            target: "end-to-end p50 ≤ 3 × Σ hop floors (1x)".into(),
            measured: "not measured".into(),
            met: None,
        },
    });
    let native_warnings =
        warnings(&|k| matches!(k, ScenarioKind::Native { factor } if *factor == 1.0));
    let wasm_warnings = warnings(&|k| *k == ScenarioKind::Pace { factor: 1.0 });
    let p50 = |b: &Breakdown| {
        (b.end_to_end.count() > 0).then(|| b.end_to_end.quantile_ns(0.5) as f64 / 1e6)
    };
    out.push(
        match (
            wasm_warnings.as_ref().and_then(p50),
            native_warnings.as_ref().and_then(p50),
        ) {
            (Some(w), Some(n)) if n > 0.0 => TargetCheck {
                target: "Wasm/native warning latency p50 ratio ≤ 1.2 (1x, 7 stages)".into(),
                measured: format!("{:.2} ({} / {} ms)", w / n, ms(w), ms(n)),
                met: Some(w / n <= 1.2),
            },
            _ => TargetCheck {
                target: "Wasm/native warning latency p50 ratio ≤ 1.2 (1x, 7 stages)".into(),
                measured: "native or warnings not measured".into(),
                met: None,
            },
        },
    );
    let biggest = results.modules.iter().map(|m| m.wasm_bytes).max();
    out.push(TargetCheck {
        target: "each stage module ≤ 1 MB".into(),
        measured: biggest.map_or("not measured".into(), |b| {
            format!(
                "largest {:.2} MB of {} modules",
                b as f64 / 1e6,
                results.modules.len()
            )
        }),
        met: biggest.map(|b| b <= MODULE_SIZE_TARGET_BYTES),
    });
    out
}

/// One line per target, for the terminal.
pub fn headline(results: &BenchResults) -> String {
    targets(results)
        .iter()
        .map(|t| format!("{} {}: {}", verdict(t.met), t.target, t.measured))
        .collect::<Vec<_>>()
        .join("\n")
}

fn verdict(met: Option<bool>) -> &'static str {
    match met {
        Some(true) => "met   ",
        Some(false) => "MISSED",
        None => "n/a   ",
    }
}

/// The engine comparison (`cits bench --engines`): one row per engine run.
fn engines_section(md: &mut String, results: &BenchResults) {
    let rows: Vec<(EngineKind, &ScenarioResult)> = results
        .scenarios
        .iter()
        .filter_map(|s| match s.kind {
            ScenarioKind::Engine { engine } => Some((engine, s)),
            _ => None,
        })
        .collect();
    if rows.is_empty() {
        return;
    }
    let _ = writeln!(
        md,
        "## Engines (same broker, data and replay at 1x, one run each)\n"
    );
    let _ = writeln!(md, "Which runtime to deploy: end-to-end latency (publish → predictor's send), the slowest stage's p99 inside the stage, launch → every stage ready, and the peak RSS of the stage processes (one per stage; the engine's own memory included).\n");
    let _ = writeln!(md, "| engine | p50 ms | p95 ms | p50 vs our host | slowest stage p99 ms | launch → ready ms | RSS per stage MiB (mean / max) | matched | lost |");
    let _ = writeln!(md, "|---|---|---|---|---|---|---|---|---|");
    let host_p50 = rows
        .iter()
        .find(|(e, _)| *e == EngineKind::Wasmtime)
        .map(|(_, s)| s.merged().summary().end_to_end.p50_ms);
    for (engine, s) in rows {
        let merged = s.merged().summary();
        let slowest = merged
            .stages
            .iter()
            .filter(|n| n.name != crate::trace::INGEST_STAGE)
            .max_by(|a, b| a.summary.p99_ms.total_cmp(&b.summary.p99_ms))
            .map_or("–".to_owned(), |n| {
                format!("{} {}", n.name, ms(n.summary.p99_ms))
            });
        let rss: Vec<f64> = s
            .runs
            .iter()
            .flat_map(|r| &r.memory)
            .filter(|m| m.name != "mosquitto" && !m.name.starts_with("testbed"))
            .map(|m| m.peak_rss_kib as f64 / 1024.0)
            .collect();
        let rss = if rss.is_empty() {
            "–".to_owned()
        } else {
            format!(
                "{:.0} / {:.0}",
                rss.iter().sum::<f64>() / rss.len() as f64,
                rss.iter().copied().fold(0.0, f64::max)
            )
        };
        let ratio = host_p50.filter(|h| *h > 0.0).map_or("–".to_owned(), |h| {
            format!("{:.2}×", merged.end_to_end.p50_ms / h)
        });
        let startup = s.runs.iter().map(|r| r.startup_ms).fold(0.0, f64::max);
        let (matched, lost) = s.runs.iter().fold((0, 0), |(m, l), r| {
            (m + r.accounting.matched, l + r.accounting.lost)
        });
        let _ = writeln!(
            md,
            "| {} | {} | {} | {ratio} | {slowest} | {} | {rss} | {matched} | {lost} |",
            engine.label(),
            ms(merged.end_to_end.p50_ms),
            ms(merged.end_to_end.p95_ms),
            ms(startup),
        );
    }
    md.push('\n');
}

/// Stages and hops interleaved in path order (like thesis Tables 2, 4, 6), with the
/// thesis' Spiderlightning rows where given, then the consistency line.
fn components_rows(
    md: &mut String,
    merged: &BreakdownSummary,
    slight: Option<&thesis::ComponentTable>,
) {
    let mut parts = Vec::new();
    for (i, st) in merged.stages.iter().enumerate() {
        parts.push((st.name.clone(), st.summary));
        if let Some(h) = merged.hops.get(i) {
            parts.push((h.name.clone(), h.summary));
        }
    }
    for (name, sum) in &parts {
        let _ = write!(md, "| {name} |");
        for i in 0..7 {
            let _ = write!(md, " {} |", our_row(sum, i));
        }
        md.push('\n');
        if let Some(row) = slight.and_then(|c| c.rows.iter().find(|r| r.part == name)) {
            let v = row.values;
            let _ = writeln!(md, "| ↳ Spiderlightning (thesis T{}) | {:.0} | {:.0} | {:.0} | – | {:.0} | {:.0} | {:.0} |", slight.map_or(0, |c| c.table), v[0], v[1], v[2], v[3], v[4], v[5]);
        }
    }
    let c = merged.consistency;
    let _ =
        writeln!(
        md,
        "\nConsistency: mean end-to-end {} ms vs Σ mean parts {} ms (relative error {:.2e}: {}).\n",
        ms(c.mean_end_to_end_ms),
        ms(c.sum_of_mean_parts_ms),
        c.relative_error,
        if c.consistent { "consistent" } else { "INCONSISTENT" }
    );
}

/// The warning-latency section of one scenario (nothing when no DENM reached MQTT).
fn warnings_section(md: &mut String, s: &ScenarioResult) {
    let merged = s.merged_warnings();
    let acknowledged: usize = s.runs.iter().map(|r| r.warning_counts.acknowledged).sum();
    if acknowledged == 0 && merged.end_to_end.count() == 0 {
        return;
    }
    let _ = writeln!(
        md,
        "### Warning latency, {} (CPM publish → DENM publish on MQTT)\n",
        s.name
    );
    let _ = writeln!(
        md,
        "![warning latency by percentile](warnings-{}.svg)\n",
        s.name
    );
    let _ = writeln!(md, "Each warning (a new or update DENM the egress bridge published and mosquitto acknowledged) timed from the MQTT publish of the CPM whose prediction raised its risk to the bridge's MQTT publish call, through all seven stages.\n");
    let summary = merged.summary();
    let _ = writeln!(md, "| | end-to-end | from broker |");
    let _ = writeln!(md, "|---|---|---|");
    for (i, row) in ROWS.iter().enumerate() {
        let _ = writeln!(
            md,
            "| {row} | {} | {} |",
            our_row(&summary.end_to_end, i),
            our_row(&summary.end_to_end_from_broker, i)
        );
    }
    let _ = writeln!(
        md,
        "| warnings timed | {} | {} |\n",
        summary.end_to_end.count, summary.end_to_end_from_broker.count
    );
    if summary.end_to_end.count > 0 {
        let _ = writeln!(md, "Components of the warnings (all runs):\n");
        let _ = writeln!(
            md,
            "| part | min | max | mean | std dev | p50 | p95 | p99 |"
        );
        let _ = writeln!(md, "|---|---|---|---|---|---|---|---|");
        components_rows(md, &summary, None);
    }
    let _ = writeln!(md, "| run | DENMs produced | acknowledged on MQTT | duplicates | cancellations (not timed) | undecodable | warnings timed | invalid traces | p95 ms |");
    let _ = writeln!(md, "|---|---|---|---|---|---|---|---|---|");
    for (i, r) in s.runs.iter().enumerate() {
        let c = &r.warning_counts;
        let p95 = if c.timed > 0 {
            ms(r.warnings.breakdown.end_to_end.summary().p95_ms)
        } else {
            "–".into()
        };
        let _ = writeln!(
            md,
            "| {} | {} | {} | {} | {} | {} | {} | {} | {} |",
            i + 1,
            r.accounting.denms,
            c.acknowledged,
            c.duplicates,
            c.cancellations,
            c.undecodable,
            c.timed,
            r.warnings.invalid.len(),
            p95
        );
    }
    md.push('\n');
}

/// The overview of the warning latency across scenarios.
fn warnings_overview(md: &mut String, results: &BenchResults) {
    let rows: Vec<(&ScenarioResult, Summary)> = results
        .scenarios
        .iter()
        .map(|s| (s, s.merged_warnings().end_to_end.summary()))
        .filter(|(_, w)| w.count > 0)
        .collect();
    if rows.is_empty() {
        return;
    }
    let _ = writeln!(
        md,
        "## Warning latency (CPM publish → DENM publish on MQTT)\n"
    );
    let _ = writeln!(md, "From the MQTT publish of the CPM that caused a warning (its trace flows through the collision detector, caused by the pair's newest prediction, and the DENM sender, caused by its risk) to the egress bridge's MQTT publish of the DENM; only new and update DENMs that mosquitto acknowledged (QoS 1) are timed, cancellations are counted apart. Per-stage and hop rows in each scenario's section.\n");
    let _ = writeln!(
        md,
        "| scenario | runs | warnings timed | cancellations | p50 | p95 | p99 | max |"
    );
    let _ = writeln!(md, "|---|---|---|---|---|---|---|---|");
    for (s, w) in rows {
        let cancellations: usize = s.runs.iter().map(|r| r.warning_counts.cancellations).sum();
        let _ = writeln!(
            md,
            "| {} | {} | {} | {} | {} | {} | {} | {} |",
            s.name,
            s.runs.len(),
            w.count,
            cancellations,
            ms(w.p50_ms),
            ms(w.p95_ms),
            ms(w.p99_ms),
            ms(w.max_ms)
        );
    }
    md.push('\n');
}

/// The Markdown report.
pub fn markdown_report(results: &BenchResults) -> String {
    let mut md = String::new();
    let _ = writeln!(md, "# cits-wasm benchmark\n");
    let _ = writeln!(md, "- command: `{}`", results.command);
    let _ = writeln!(md, "- started: {}", results.started);
    let _ = writeln!(md, "- machine: {}", results.machine);
    if let Some(w) = results.max_wait_ms {
        let _ = writeln!(md, "- fetch long-poll wait (stages and floor): {w} ms");
    }
    let _ = writeln!(md, "\nTimes in ms. *End-to-end* runs from publishing (MQTT publish, or the produce to `cits.raw` for direct replay) to the predictor's send for every road user update (the thesis' pipeline ended at the map matcher, one stage and one hop earlier: see the components), and for the warnings on to the DENM's MQTT publish through all seven stages (see *Warning latency*); the thesis' own definition (first send to the broker → last send) is given as *from broker*. Thesis numbers: §4, Tables 1, 3, 5, 7, 8 (6-core Ryzen 3600 desktop), rounded to whole ms there.\n");

    let _ = writeln!(md, "## Targets\n");
    let _ = writeln!(md, "| | target | measured |");
    let _ = writeln!(md, "|---|---|---|");
    for t in targets(results) {
        let _ = writeln!(
            md,
            "| {} | {} | {} |",
            verdict(t.met).trim(),
            t.target,
            t.measured
        );
    }
    md.push('\n');
    warnings_overview(&mut md, results);
    accuracy::section(&mut md, results);

    if let Some(floor) = &results.floor {
        let _ = writeln!(md, "## Hop floor\n");
        let _ = writeln!(md, "An identity hop through the same broker with the stages' client and fetch wait (produce start → fetch returned), {} samples: p50 {} ms, p95 {} ms, p99 {} ms, mean {} ms.\n", floor.count, ms(floor.p50_ms), ms(floor.p95_ms), ms(floor.p99_ms), ms(floor.mean_ms));
    }

    for s in &results.scenarios {
        let merged = s.merged().summary();
        let _ = writeln!(
            md,
            "## Scenario {} ({} run{})\n",
            s.name,
            s.runs.len(),
            if s.runs.len() == 1 { "" } else { "s" }
        );
        let _ = writeln!(md, "![latency over message index](latency-{0}.svg) ![components](components-{0}.svg) ![distribution](distribution-{0}.svg)\n", s.name);
        // Entire pipeline beside the thesis.
        let table = s.kind.thesis_table();
        let _ = write!(md, "| | ours | ours, from broker |");
        if let Some(t) = table {
            for c in t.columns {
                let _ = write!(md, " {} (thesis T{}) |", c.system, t.number);
            }
        }
        md.push('\n');
        let columns = 3 + table.map_or(0, |t| t.columns.len());
        md.push_str(&"|---".repeat(columns));
        md.push_str("|\n");
        for (i, row) in ROWS.iter().enumerate() {
            let _ = write!(
                md,
                "| {row} | {} | {} |",
                our_row(&merged.end_to_end, i),
                our_row(&merged.end_to_end_from_broker, i)
            );
            if let Some(t) = table {
                for c in t.columns {
                    let _ = write!(md, " {} |", thesis_row(c, i));
                }
            }
            md.push('\n');
        }
        let _ = writeln!(
            md,
            "| messages | {} | {} |{}",
            merged.end_to_end.count,
            merged.end_to_end_from_broker.count,
            " – |".repeat(columns - 3)
        );
        md.push('\n');

        // Components: stages and hops interleaved in path order, like Tables 2, 4, 6.
        let _ = writeln!(md, "Components (all runs):\n");
        let _ = writeln!(
            md,
            "| part | min | max | mean | std dev | p50 | p95 | p99 |"
        );
        let _ = writeln!(md, "|---|---|---|---|---|---|---|---|");
        let slight = crate::thesis::SLIGHT_COMPONENTS.iter().find(|c| {
            c.factor as f64 == s.kind.factor() && matches!(s.kind, ScenarioKind::Pace { .. })
        });
        components_rows(&mut md, &merged, slight);
        let _ = writeln!(md, "| run | messages | invalid traces | published msgs | ingested | objects | skipped (class) | matched | predictions | risks | DENMs | dead letters | lost | p95 ms | replay s | publisher lag ms |");
        let _ = writeln!(
            md,
            "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"
        );
        for (i, r) in s.runs.iter().enumerate() {
            let a = &r.accounting;
            let _ = writeln!(
                md,
                "| {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {:.1} | {:.1} |",
                i + 1,
                r.analysis.messages.len(),
                r.analysis.invalid.len(),
                a.published_messages,
                a.ingested_messages,
                a.published_objects,
                a.skipped_objects,
                a.matched,
                a.predictions,
                a.risks,
                a.denms,
                a.dead_letters,
                a.lost,
                ms(r.analysis.breakdown.end_to_end.summary().p95_ms),
                r.replay_s,
                r.publisher_max_lag_ms
            );
        }
        if let Some(r) = s.runs.first() {
            let tp = r.analysis.throughput();
            if !tp.is_empty() {
                let _ = writeln!(
                    md,
                    "\nThroughput, run 1 (records per second that led to an output record):\n"
                );
                let _ = writeln!(md, "| stage | records | per second |");
                let _ = writeln!(md, "|---|---|---|");
                for t in tp {
                    let _ = writeln!(md, "| {} | {} | {:.1} |", t.stage, t.records, t.per_second);
                }
            }
            if !r.memory.is_empty() {
                let _ = writeln!(md, "\nPeak RSS, run 1:\n");
                let _ = writeln!(md, "| process | VmHWM MiB |");
                let _ = writeln!(md, "|---|---|");
                for m in &r.memory {
                    let _ = writeln!(md, "| {} | {:.1} |", m.name, m.peak_rss_kib as f64 / 1024.0);
                }
            }
        }
        md.push('\n');
        warnings_section(&mut md, s);
    }

    if let Some((factor, steps)) = &results.ceiling {
        let _ = writeln!(md, "## Throughput ceiling\n");
        let _ = writeln!(
            md,
            "Largest replay factor with end-to-end p95 < 500 ms for the predictions and for the warnings (CPM → DENM on MQTT): **{factor}x**.\n"
        );
        let _ = writeln!(md, "| factor | predictions p95 ms | warnings p95 ms |");
        let _ = writeln!(md, "|---|---|---|");
        for (f, p95) in steps {
            let warning = results
                .ceiling_warning_p95
                .iter()
                .find(|(wf, _)| wf == f)
                .and_then(|(_, w)| *w)
                .map_or("–".to_owned(), ms);
            let _ = writeln!(md, "| {f}x | {} | {warning} |", ms(*p95));
        }
        md.push('\n');
    }

    if !results.modules.is_empty() {
        let _ = writeln!(md, "## Module sizes (thesis Table 9)\n");
        let _ = writeln!(md, "| stage | .wasm MB | precompiled MB |");
        let _ = writeln!(md, "|---|---|---|");
        let mb = |b: u64| b as f64 / 1e6;
        for m in &results.modules {
            let pre = m
                .precompiled_bytes
                .map_or("–".to_owned(), |b| format!("{:.2}", mb(b)));
            let _ = writeln!(md, "| {} | {:.2} | {} |", m.stage, mb(m.wasm_bytes), pre);
        }
        let total: u64 = results.modules.iter().map(|m| m.wasm_bytes).sum();
        let _ = writeln!(md, "| sum | {:.2} | |\n", mb(total));
        let _ = writeln!(
            md,
            "Thesis Table 9 (MB, collector / assembler / map matcher / sum):\n"
        );
        for (system, v) in thesis::TABLE_9 {
            let _ = writeln!(md, "- {system}: {} / {} / {} / {}", v[0], v[1], v[2], v[3]);
        }
        md.push('\n');
    }
    engines_section(&mut md, results);
    if !results.startup.is_empty() {
        let _ = writeln!(md, "## Start-up (launch → first message handled)\n");
        let _ = writeln!(md, "| stage | ms |");
        let _ = writeln!(md, "|---|---|");
        for s in &results.startup {
            let _ = writeln!(md, "| {} | {} |", s.stage, ms(s.to_first_message_ms));
        }
        md.push('\n');
    }
    if !results.notes.is_empty() {
        let _ = writeln!(md, "## Notes\n");
        for n in &results.notes {
            let _ = writeln!(md, "- {n}");
        }
    }
    md
}

#[cfg(test)]
mod tests {
    use super::*;
    use cits_proto::Trace;

    fn run(n: u64) -> RunResult {
        let mut analysis = RunAnalysis::new();
        for i in 0..n {
            let mut t = Trace::default();
            let mut now = 1_000_000_000 + i * 62_500_000;
            for stage in crate::trace::PIPELINE_STAGES {
                t.push(stage, &format!("{stage}-0"), now, now + 200_000);
                now += 200_000 + 3_000_000;
            }
            analysis.push_trace(&format!("7,{i}"), Some(&t));
        }
        // One warning per 10 messages, through all seven stages and the egress bridge.
        let mut warnings = RunAnalysis::with_path(&crate::trace::WARNING_STAGES);
        for i in 0..n / 10 {
            let mut t = Trace::default();
            let mut now = 1_000_000_000 + i * 625_000_000;
            for stage in crate::trace::WARNING_STAGES {
                t.push(stage, &format!("{stage}-0"), now, now + 200_000);
                now += 200_000 + 3_000_000;
            }
            warnings.push_trace(&format!("denm-{i}"), Some(&t));
        }
        let warning_counts = WarningCounts {
            acknowledged: (n / 10) as usize + 1,
            cancellations: 1,
            timed: (n / 10) as usize,
            ..Default::default()
        };
        let accounting = Accounting {
            published_messages: n as usize,
            ingested_messages: n as usize,
            published_objects: n as usize + 2,
            skipped_objects: 2,
            matched: n as usize,
            predictions: n as usize,
            ..Default::default()
        }
        .settle();
        RunResult {
            analysis,
            warnings,
            warning_counts,
            accounting,
            memory: vec![ProcessMemory {
                name: "decoder-0".into(),
                peak_rss_kib: 4096,
            }],
            replay_s: 1.0,
            publisher_max_lag_ms: 0.1,
            accuracy: None,
            startup_ms: 1500.0,
        }
    }

    #[test]
    fn the_engine_table_has_a_row_per_engine_run_compared_with_our_host() {
        let mut r = results();
        for engine in [EngineKind::WasmEdgeAot, EngineKind::Wasmtime] {
            r.scenarios.push(ScenarioResult {
                name: format!("engine-{}", engine.name()),
                kind: ScenarioKind::Engine { engine },
                runs: vec![run(20)],
            });
        }
        let md = markdown_report(&r);
        let section = md
            .split("## Engines")
            .nth(1)
            .expect("an engines section")
            .split("\n## ")
            .next()
            .unwrap();
        let rows: Vec<&str> = section
            .lines()
            .filter(|l| l.starts_with("| ") && !l.starts_with("| engine"))
            .collect();
        assert_eq!(rows.len(), 2, "{section}");
        assert!(rows[0].starts_with("| WasmEdge AOT"), "{section}");
        // Same traces on both: the ratio to our host is 1; 4096 KiB is 4 MiB; 20 matched;
        // launch → ready 1500 ms.
        for row in rows {
            assert!(row.contains("| 1.00× |"), "{row}");
            assert!(row.contains("| 4 / 4 |"), "{row}");
            assert!(row.contains("| 1500 |"), "{row}");
            assert!(row.ends_with("| 20 | 0 |"), "{row}");
        }
        assert!(!markdown_report(&results()).contains("## Engines"));
    }

    #[test]
    fn the_view_overhead_is_a_target_line_when_a_viewed_twin_ran() {
        let mut r = results();
        r.scenarios.push(ScenarioResult {
            name: "1x-view".into(),
            kind: ScenarioKind::Viewed { factor: 1.0 },
            runs: vec![run(20)],
        });
        let line = targets(&r)
            .into_iter()
            .find(|t| t.target.contains("live view"))
            .expect("a view target");
        assert!(line.target.contains("1x"), "{line:?}");
        assert!(line.measured.ends_with("= +0.0 ms"), "{line:?}");
        assert!(!targets(&results())
            .iter()
            .any(|t| t.target.contains("live view")));
    }

    fn results() -> BenchResults {
        BenchResults {
            command: "cits bench --quick".into(),
            machine: "test".into(),
            started: "2026-11-27T00:00:00Z".into(),
            floor: Some(Summary {
                count: 10,
                p50_ms: 2.0,
                ..Default::default()
            }),
            max_wait_ms: Some(100),
            scenarios: vec![ScenarioResult {
                name: "1x".into(),
                kind: ScenarioKind::Pace { factor: 1.0 },
                runs: vec![run(20), run(30)],
            }],
            ceiling: Some((4.0, vec![(4.0, 20.0), (8.0, 900.0)])),
            ceiling_warning_p95: vec![(4.0, Some(30.0)), (8.0, None)],
            modules: vec![ModuleSize {
                stage: "decoder".into(),
                wasm_bytes: 900_000,
                precompiled_bytes: Some(1_800_000),
            }],
            startup: vec![Startup {
                stage: "decoder".into(),
                to_first_message_ms: 12.5,
            }],
            notes: vec!["native mode not measured".into()],
        }
    }

    #[test]
    fn accuracy_table_only_when_scored() {
        use crate::accuracy::{Accuracy, ClassAccuracy, WarningAccuracy};
        let mut r = results();
        assert!(!markdown_report(&r).contains("## Prediction accuracy"));
        let class = |name: &str, top1: Option<f64>| ClassAccuracy {
            class: name.into(),
            predictions: 100,
            path_updates: if top1.is_some() { 40 } else { 0 },
            top1,
            baseline_per_arm: top1.map(|_| 0.5),
            ade_m: vec![Some(0.25), Some(0.5), Some(0.75), Some(1.0)],
            fde_m: vec![Some(0.5), Some(1.0), Some(1.5), Some(2.25)],
        };
        r.scenarios[0].runs[0].accuracy = Some(Accuracy {
            classes: vec![
                class("car", Some(0.975)),
                class("bicycle", Some(0.8)),
                class("pedestrian", None),
            ],
            unscored_predictions: 0,
            malformed_predictions: 0,
            warnings: WarningAccuracy {
                risk_records: 50,
                conflicts: 4,
                warned: 3,
                events: 6,
                matched_events: 3,
                recall: Some(0.75),
                precision: Some(0.5),
                median_lead_s: Some(2.5),
            },
        });
        let md = markdown_report(&r);
        assert!(md.contains("## Prediction accuracy and warnings"), "{md}");
        assert!(
            md.contains("| car | 100 | 97.5 % of 40 | 50.0 % | 0.25 / 0.50 | 0.50 / 1.00 | 0.75 / 1.50 | 1.00 / 2.25 |"),
            "{md}"
        );
        assert!(md.contains("| pedestrian | 100 | — | — |"), "{md}");
        assert!(
            md.contains("| 1x | 97.5 % | 80.0 % | 2.25 m | 4 | 3 | 75.0 % | 6 | 50.0 % | 2.50 s |"),
            "{md}"
        );
    }

    #[test]
    fn accounting_settles_lost() {
        let a = Accounting {
            published_objects: 10,
            skipped_objects: 3,
            matched: 6,
            predictions: 5,
            dead_letters: 1,
            ..Default::default()
        }
        .settle();
        assert_eq!(a.lost, 1);
        let a = Accounting {
            published_objects: 10,
            skipped_objects: 3,
            matched: 9,
            predictions: 9,
            ..Default::default()
        }
        .settle();
        assert_eq!(a.lost, 0, "duplicates never count as negative loss");
    }

    #[test]
    fn csv_has_one_row_per_message_and_consistent_columns() {
        let csv = messages_csv(&results());
        let lines: Vec<&str> = csv.lines().collect();
        assert_eq!(lines.len(), 1 + 20 + 30);
        let header_cols = lines[0].split(',').count();
        // 7 fixed + 2 per stage + 1 per hop.
        let stages = crate::trace::PIPELINE_STAGES.len();
        assert_eq!(header_cols, 7 + 2 * stages + (stages - 1));
        // Keys with commas are quoted, so naive splitting sees one more column.
        assert!(lines[1].contains("\"7,0\""));
        let row: Vec<&str> = lines[2].splitn(5, ',').collect();
        assert_eq!(&row[..3], &["1x", "1", "1"]);
        // end_to_end = 6 stages * 0.2 ms + 5 hops * 3 ms.
        assert_eq!(stages, 6);
        assert!(lines[1].contains(",16.200000,"), "{}", lines[1]);
    }

    #[test]
    fn report_has_thesis_columns_and_our_numbers() {
        let md = markdown_report(&results());
        assert!(md.contains("Spiderlightning (thesis T1)"));
        // 6 stages * 0.2 ms + 5 hops * 3 ms; from broker without the ingest's 0.2 ms.
        assert!(md.contains("| p95 | 16.2 | 16.0 |"), "{md}");
        assert!(md.contains("↳ Spiderlightning (thesis T2)"));
        assert!(md.contains("consistent"));
        assert!(md.contains("for the warnings (CPM → DENM on MQTT): **4x**"));
        assert!(md.contains("| 4x | 20.0 | 30.0 |"), "{md}");
        assert!(md.contains("| 8x | 900 | – |"), "{md}");
        assert!(md.contains("| decoder | 0.90 | 1.80 |"));
        assert!(md.contains("Reference (container): 354.87"));
    }

    #[test]
    fn targets_are_checked_against_the_results() {
        let t = targets(&results());
        let find = |prefix: &str| {
            t.iter()
                .find(|c| c.target.starts_with(prefix))
                .unwrap()
                .clone()
        };
        // 1x: every message takes 16.2 ms end to end.
        assert_eq!(find("end-to-end p95 ≤ 25 ms at 1x").met, Some(true));
        assert_eq!(find("end-to-end p95 ≤ 25 ms at 2x").met, None);
        // Ceiling 4x < 16x.
        assert_eq!(find("throughput ceiling").met, Some(false));
        // Stages take 0.2 ms each.
        assert_eq!(find("processing inside each stage").met, Some(true));
        // 16.2 ms ≤ 3 × 5 hops × 2 ms.
        assert_eq!(find("end-to-end p50 ≤ 3").met, Some(true));
        assert_eq!(find("Wasm/native").met, None);
        assert_eq!(find("each stage module").met, Some(true));
        assert!(headline(&results()).contains(
            "MISSED throughput ceiling ≥ 16x (predictions' and warnings' p95 < 500 ms): 4x"
        ));
        // Warnings: 9 entries × 0.2 ms + 8 hops × 3 ms = 25.8 ms each, 2 + 3 of them.
        let w = find("warning latency p95 ≤ 25 ms at 1x");
        assert_eq!(w.measured, "25.8 ms (5 warnings)");
        assert_eq!(w.met, Some(false));
        assert_eq!(
            find("warning latency p95 ≤ 25 ms at 4x").measured,
            "not run"
        );
        assert_eq!(find("Wasm/native warning").met, None);
    }

    #[test]
    fn report_has_the_warning_latency_with_all_seven_stages() {
        let r = results();
        let md = markdown_report(&r);
        assert!(md.contains("## Warning latency (CPM publish → DENM publish on MQTT)"));
        // Overview: 5 warnings, 2 cancellations, every one 25.8 ms.
        assert!(
            md.contains("| 1x | 2 | 5 | 2 | 25.8 | 25.8 | 25.8 | 25.8 |"),
            "{md}"
        );
        for part in [
            "| collisions |",
            "| predictor→collisions |",
            "| denm→egress |",
            "| egress |",
        ] {
            assert!(md.contains(part), "no row {part}");
        }
        // Run rows: DENMs produced (0 here), acknowledged 3/4, cancellations 1, timed 2/3.
        assert!(
            md.contains("| 2 | 0 | 4 | 0 | 1 | 0 | 3 | 0 | 25.8 |"),
            "{md}"
        );
        let csv = warnings_csv_text(&r);
        let lines: Vec<&str> = csv.lines().collect();
        assert_eq!(lines.len(), 1 + 2 + 3);
        let stages = crate::trace::WARNING_STAGES.len();
        assert_eq!(lines[0].split(',').count(), 7 + 2 * stages + (stages - 1));
        assert!(lines[1].contains(",25.800000,"), "{}", lines[1]);
    }

    #[test]
    fn writes_the_results_folder() {
        let dir = std::env::temp_dir().join(format!("cits-report-test-{}", std::process::id()));
        let written = write_results(&dir, &results()).unwrap();
        let json: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&written.json).unwrap()).unwrap();
        assert_eq!(json["scenarios"][0]["all_runs"]["end_to_end"]["count"], 50);
        assert_eq!(json["scenarios"][0]["runs"][1]["accounting"]["lost"], 0);
        assert_eq!(
            json["scenarios"][0]["all_runs"]["consistency"]["consistent"],
            true
        );
        assert_eq!(
            json["scenarios"][0]["warnings_all_runs"]["end_to_end"]["count"],
            5
        );
        assert_eq!(
            json["scenarios"][0]["runs"][0]["warning_counts"]["timed"],
            2
        );
        // Latency, components, distribution, warnings' distribution.
        assert_eq!(written.plots.len(), 4);
        assert_eq!(
            std::fs::read_to_string(&written.warnings_csv)
                .unwrap()
                .lines()
                .count(),
            6
        );
        for p in &written.plots {
            assert!(std::fs::metadata(p).unwrap().len() > 1000);
        }
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
