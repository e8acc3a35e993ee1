//! `cits bench --chaos`: the fault runs of issue 12 in full form, with a table.
//!
//! The first [`CHAOS_MINUTES`] of the data set are replayed at [`CHAOS_SPEED`] through the
//! `.wasm` modules, two instances per stage, four times on fresh brokers: once without
//! faults (the baseline), once with `kill -9` of a random instance every
//! [`DEFAULT_KILL_EVERY`], once with network faults between every client and the broker,
//! once with `kill -9` of the broker (a `cits broker` process on SQLite storage, started
//! again on its file after [`chaos::BROKER_DOWN_FOR`]).
//! A fault run loses an observation when the baseline has a matched update for it
//! (trajectory key, newest point's time) and the run has none, and a prediction when the
//! stateless predictor computes one from a matched update of the run and the run's
//! `cits.predictions` lacks it; duplicates are records beyond the first per identity.

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use anyhow::{Context, Result};
use cits_core::lanes::LaneGraph;
use cits_pipeline::chaos::{self, Fault, KillPlan, DEFAULT_KILL_EVERY};
use cits_pipeline::replay::ReplayOptions;
use cits_pipeline::{Modules, Pipeline, PipelineConfig, Speed, Summary, SETTLE_PERIOD};
use cits_sim::recording::Entry;

/// Minutes of the data set replayed per run: long enough for a dozen faults at 4x.
pub const CHAOS_MINUTES: u64 = 3;
/// Replay speed of the fault runs (issue 12: "during a 4x replay").
pub const CHAOS_SPEED: f64 = 4.0;
/// Instances per stage: a kill takes one of two.
const CHAOS_INSTANCES: u32 = 2;
/// Seed of the victims and of the first network fault.
const CHAOS_SEED: u64 = 12;
/// How long a fault may take to recover after the replay ended.
const RECOVERY_TIMEOUT: Duration = Duration::from_secs(60);
/// Longest wait for a run to drain after its replay.
const DRAIN_TIMEOUT: Duration = Duration::from_secs(300);

/// Which faults a run injects.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Run {
    Baseline,
    Kill,
    Network,
    Broker,
}

impl Run {
    fn name(self) -> &'static str {
        match self {
            Run::Baseline => "no faults (baseline)",
            Run::Kill => "kill -9 of a random instance",
            Run::Network => "network: drops, stalls, slow",
            Run::Broker => "kill -9 of the broker (SQLite storage)",
        }
    }

    fn dir(self) -> &'static str {
        match self {
            Run::Baseline => "baseline",
            Run::Kill => "kill",
            Run::Network => "network",
            Run::Broker => "broker",
        }
    }
}

/// What one run produced.
struct Outcome {
    run: Run,
    faults: Vec<Fault>,
    summary: Summary,
    restarts: u32,
}

/// Runs the four runs and writes `OUT/chaos.md`; returns the table.
pub async fn run(
    entries: &[Entry],
    data_dir: &Path,
    module_dir: &Path,
    out: &Path,
) -> Result<String> {
    let first = entries.first().map_or(0, |e| e.timestamp_ms);
    let minute: Vec<Entry> = entries
        .iter()
        .filter(|e| e.timestamp_ms < first + CHAOS_MINUTES * 60_000)
        .cloned()
        .collect();
    let graph_dir = data_dir.join("graph");
    let mut outcomes = Vec::new();
    for run in [Run::Baseline, Run::Kill, Run::Network, Run::Broker] {
        eprintln!(
            "cits bench --chaos: {} ({} messages at {CHAOS_SPEED}x)",
            run.name(),
            minute.len()
        );
        outcomes.push(
            one_run(run, &minute, &graph_dir, module_dir, out)
                .await
                .with_context(|| format!("chaos run {:?}", run.name()))?,
        );
    }
    let table = table(&outcomes, &graph_dir)?;
    let path = out.join("chaos.md");
    std::fs::create_dir_all(out).with_context(|| format!("creating {}", out.display()))?;
    std::fs::write(&path, &table).with_context(|| format!("writing {}", path.display()))?;
    eprintln!("cits bench --chaos: wrote {}", path.display());
    Ok(table)
}

async fn one_run(
    run: Run,
    entries: &[Entry],
    graph_dir: &Path,
    module_dir: &Path,
    out: &Path,
) -> Result<Outcome> {
    let cits_exe = std::env::current_exe().context("locating the cits binary")?;
    let modules = Modules::Wasm {
        cits_exe: cits_exe.clone(),
        dir: module_dir.to_path_buf(),
    };
    let mut config = PipelineConfig::new(modules);
    config.graph_dir = Some(graph_dir.to_path_buf());
    config.instances = CHAOS_INSTANCES;
    config.keep_outputs = true;
    config.fault_proxy = run == Run::Network;
    config.log_dir = Some(out.join("chaos-logs").join(run.dir()));
    if run == Run::Broker {
        // A fresh database: the run's topics must start empty, as the others' do.
        config.broker_storage =
            crate::cmd_broker::fresh_data_dir_storage(&out.join("chaos-broker-data"))?;
        config.broker_process = Some(cits_exe);
    }
    let mut pipeline = Pipeline::start(config).await?;
    let replayer = pipeline.replayer();
    let owned: Vec<Entry> = entries.to_vec();
    let options = ReplayOptions {
        speed: Speed::Factor(CHAOS_SPEED),
        ..ReplayOptions::default()
    };
    let replay = tokio::spawn(async move { replayer.replay(&owned, &options).await });
    let plan = KillPlan {
        every: DEFAULT_KILL_EVERY,
        seed: CHAOS_SEED,
    };
    let running = || !replay.is_finished();
    let faults = match run {
        Run::Baseline => Vec::new(),
        Run::Kill => {
            pipeline
                .kill_randomly_while(&plan, running, RECOVERY_TIMEOUT)
                .await?
        }
        Run::Network => {
            pipeline
                .network_faults_while(&plan, running, RECOVERY_TIMEOUT)
                .await?
        }
        Run::Broker => {
            pipeline
                .broker_kills_while(&plan, running, RECOVERY_TIMEOUT)
                .await?
        }
    };
    replay.await.context("replay task")??;
    pipeline
        .wait_settled(SETTLE_PERIOD, DRAIN_TIMEOUT, |_| {})
        .await?;
    let restarts = pipeline.instances().iter().map(|i| i.restarts).sum();
    let summary = pipeline.shutdown().await?;
    for fault in &faults {
        eprintln!("  {fault}");
    }
    Ok(Outcome {
        run,
        faults,
        summary,
        restarts,
    })
}

/// The report table: one row per run.
fn table(outcomes: &[Outcome], graph_dir: &Path) -> Result<String> {
    let graph = Arc::new(
        LaneGraph::from_wkb(
            &std::fs::read(graph_dir.join("car.wkb")).context("car graph")?,
            &std::fs::read(graph_dir.join("bike.wkb")).context("bike graph")?,
        )
        .context("lane graph")?,
    );
    let baseline: BTreeSet<(String, i64)> = outcomes
        .iter()
        .find(|o| o.run == Run::Baseline)
        .map(|o| {
            o.summary
                .outputs
                .matched
                .iter()
                .map(chaos::observation)
                .collect()
        })
        .unwrap_or_default();
    let mut md = String::new();
    let _ = writeln!(
        md,
        "## Faults injected (`cits bench --chaos`)\n\n\
         The first {CHAOS_MINUTES} minutes at {CHAOS_SPEED}x through the `.wasm` modules, \
         {CHAOS_INSTANCES} instances per stage, a fresh broker per run (in memory; the \
         broker-kill run's on SQLite, as a process of its own); a fault every {} s (network \
         faults: after the previous one is over; broker kills: after the broker is back). Lost = observations (trajectory \
         key, time) the baseline matched and the run did not, and predictions the stateless \
         predictor computes from the run's matched updates that are missing from its output; \
         must be 0. Recovery: from the end of a fault until every stage it hit had committed \
         what had arrived when it began.\n",
        DEFAULT_KILL_EVERY.as_secs()
    );
    md.push_str(
        "| run | faults | recovered | recovery max | matched | lost | duplicates | predictions | lost | duplicates | dead letters | restarts |\n\
         |---|---|---|---|---|---|---|---|---|---|---|---|\n",
    );
    for o in outcomes {
        let outputs = &o.summary.outputs;
        let matched: BTreeSet<_> = outputs.matched.iter().map(chaos::observation).collect();
        let lost_matched = baseline.iter().filter(|id| !matched.contains(*id)).count();
        let lost_predictions =
            chaos::lost_predictions(Arc::clone(&graph), &outputs.matched, &outputs.predictions)
                .len();
        let predictions: BTreeSet<_> = outputs
            .predictions
            .iter()
            .map(chaos::predicted_observation)
            .collect();
        let recovered: Vec<f64> = o
            .faults
            .iter()
            .filter_map(|f| f.recovery.map(|r| r.as_secs_f64()))
            .collect();
        let max_recovery = recovered.iter().copied().fold(0.0, f64::max);
        let _ = writeln!(
            md,
            "| {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} |",
            o.run.name(),
            o.faults.len(),
            recovered.len(),
            if recovered.is_empty() {
                "–".to_owned()
            } else {
                format!("{max_recovery:.2} s")
            },
            outputs.matched.len(),
            lost_matched,
            outputs.matched.len() - matched.len(),
            outputs.predictions.len(),
            lost_predictions,
            outputs.predictions.len() - predictions.len(),
            o.summary.counts.dlq,
            o.restarts,
        );
    }
    let _ = writeln!(md);
    for o in outcomes.iter().filter(|o| !o.faults.is_empty()) {
        let _ = writeln!(md, "{}:\n", o.run.name());
        for fault in &o.faults {
            let _ = writeln!(md, "- {fault}");
        }
        let _ = writeln!(md);
    }
    Ok(md)
}
