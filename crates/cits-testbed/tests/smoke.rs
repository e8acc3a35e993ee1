//! CI smoke scenario: about 30 s of traffic at 4x through MQTT into the real
//! pipeline (embedded broker, every Wasm stage module on `cits run`), then
//! the report must exist, its numbers must be internally consistent and every
//! published object must be accounted for. No latency thresholds: the report
//! prints them.
//!
//! Needs the `cits` binary and the `.wasm` modules: `$CITS_BIN` and
//! `$CITS_MODULE_DIR` (set by `make unit`), else the default build locations
//! of this target dir. Missing artifacts fail loudly.

use std::path::{Path, PathBuf};

use cits_pipeline::{Modules, STAGES};
use cits_testbed::bench::{self, BenchConfig, Ingest, Plan};

/// Recording length generated for the smoke run: 2 minutes → 30 s at 4x.
const SMOKE_MINUTES: f64 = 2.0;
/// Sanity bound of the mean FDE at 4 s, m: a road user at 50 km/h covers 56 m in 4 s, so a
/// mean error of a fifth of that means the predictions do not follow the road users.
const MAX_SANE_FDE_4S_M: f64 = 11.0;

/// `<target>` and profile of this test binary (`<target>/<profile>/deps/<test>`).
fn target_dir() -> (PathBuf, String) {
    let exe = std::env::current_exe().expect("test executable path");
    let profile_dir = exe
        .parent()
        .and_then(Path::parent)
        .expect("test executable lives in <target>/<profile>/deps");
    let profile = profile_dir
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "debug".into());
    (
        profile_dir.parent().expect("target dir").to_owned(),
        profile,
    )
}

fn wasm_modules() -> Modules {
    let (target, profile) = target_dir();
    let cits_exe = std::env::var_os("CITS_BIN")
        .map(PathBuf::from)
        .unwrap_or_else(|| target.join(&profile).join("cits"));
    let dir = std::env::var_os("CITS_MODULE_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| target.join("wasm32-wasip1/wasm"));
    assert!(
        cits_exe.is_file(),
        "the smoke test needs the cits binary at {} (or $CITS_BIN): `cargo build -p cits-cli`",
        cits_exe.display()
    );
    for m in STAGES.iter().map(|s| s.name) {
        let wasm = dir.join(format!("{m}.wasm"));
        assert!(
            wasm.is_file(),
            "the smoke test needs {} (or $CITS_MODULE_DIR): `make modules`",
            wasm.display()
        );
    }
    Modules::Wasm { cits_exe, dir }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn smoke_4x_through_mqtt() {
    let modules = wasm_modules();
    let work = std::env::temp_dir().join(format!("cits-smoke-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&work);
    let data = cits_sim::generate(
        &cits_sim::Config::new(11, SMOKE_MINUTES).unwrap(),
        &mut |_, _| {},
    )
    .unwrap();
    data.write_to(&work.join("data")).unwrap();

    let config = BenchConfig {
        modules,
        native_modules: None,
        graph_dir: work.join("data").join(cits_sim::GRAPH_DIR),
        recording: data.recording.clone(),
        truth: Some(std::sync::Arc::new(
            cits_testbed::accuracy::GroundTruth::new(
                data.truth.clone(),
                data.conflicts.clone(),
                &data.car_wkb,
                &data.bike_wkb,
            )
            .unwrap(),
        )),
        ingest: Ingest::Mqtt,
        plan: Plan::smoke(),
        max_wait_ms: bench::DEFAULT_MAX_WAIT_MS,
        stage_env: Vec::new(),
        log_dir: Some(work.join("logs")),
        progress: false,
        command: "smoke test".into(),
        engines: None,
    };
    let results = bench::run(&config, |_, _, _| Ok(()))
        .await
        .expect("benchmark runs");
    let out = work.join("results");
    let written = cits_testbed::report::write_results(&out, &results).unwrap();
    eprintln!("{}", std::fs::read_to_string(&written.markdown).unwrap());

    // Report produced.
    for f in [&written.csv, &written.json, &written.markdown] {
        assert!(std::fs::metadata(f).unwrap().len() > 0, "{f:?} is empty");
    }
    // Latency, components, distribution, and the warnings' distribution.
    assert_eq!(written.plots.len(), 4);

    let scenario = &results.scenarios[0];
    let run = &scenario.runs[0];
    let a = &run.accounting;
    // Every published message reached cits.raw through MQTT and the bridge.
    assert_eq!(a.published_messages, data.recording.len(), "{a:?}");
    assert_eq!(a.ingested_messages, a.published_messages, "{a:?}");
    // Every published object accounted for: matched, skipped by class, or dead-lettered
    // before the predictor ...
    assert!(a.published_objects > 0);
    assert_eq!(a.lost, 0, "objects lost: {a:?}");
    let predictor_dead = a.dead_letters_of("predictor");
    assert_eq!(
        a.matched + a.dead_letters - predictor_dead,
        a.published_objects - a.skipped_objects,
        "{a:?}"
    );
    // ... and every matched record yields a prediction or a predictor dead letter (the
    // predictor skips only updates without points, which the matcher never sends).
    assert!(a.matched > 0, "{a:?}");
    assert_eq!(a.predictions + predictor_dead, a.matched, "{a:?}");
    // Every prediction had a complete, monotone trace through all stages.
    assert!(
        run.analysis.invalid.is_empty(),
        "{:?}",
        run.analysis.invalid.first()
    );
    assert_eq!(run.analysis.messages.len(), a.predictions);
    let stages: Vec<&str> = summary_stage_names(run);
    let mut want = vec![cits_testbed::trace::INGEST_STAGE];
    want.extend(
        STAGES
            .iter()
            .take_while(|s| s.input != bench::MEASURED_TOPIC)
            .map(|s| s.name),
    );
    assert_eq!(stages, want, "the measured path is the stage table's");
    // The warning stages ran behind it: every prediction consumed, DENMs only for risks.
    assert!(a.denms == 0 || a.risks > 0, "{a:?}");
    // Every DENM went out to MQTT through the egress bridge (acknowledged, QoS 1).
    assert_eq!(a.denms_to_mqtt, Some(a.denms), "{a:?}");

    // The warnings were timed: the scripted conflicts raise some, each acknowledged DENM
    // is a timed warning or a counted cancellation, and every timed one passed all seven
    // stages and the egress bridge with a consistent, monotone trace.
    let w = &run.warning_counts;
    assert!(w.timed > 0, "no warning timed: {w:?} {a:?}");
    assert_eq!(w.acknowledged, a.denms, "{w:?} {a:?}");
    assert_eq!(w.undecodable, 0, "{w:?}");
    assert_eq!(w.timed + w.cancellations, w.acknowledged, "{w:?}");
    assert!(
        run.warnings.invalid.is_empty(),
        "{:?}",
        run.warnings.invalid.first()
    );
    assert_eq!(run.warnings.messages.len(), w.timed);
    for m in &run.warnings.messages {
        assert_eq!(m.residual_ns(), 0, "warning {}", m.index);
        let path: Vec<&str> = m.stages().iter().map(|s| s.stage.as_str()).collect();
        assert_eq!(path, cits_testbed::trace::WARNING_STAGES);
    }
    let warnings = scenario.merged_warnings().summary();
    assert!(
        warnings.consistency.consistent,
        "{:?}",
        warnings.consistency
    );
    let wl = warnings.end_to_end;
    assert_eq!(wl.count as usize, w.timed);
    assert!(
        wl.min_ms > 0.0
            && wl.min_ms <= wl.p50_ms
            && wl.p50_ms <= wl.p95_ms
            && wl.p95_ms <= wl.p99_ms
            && wl.p99_ms <= wl.max_ms,
        "{wl:?}"
    );
    // A warning passes more stages than the prediction that caused it.
    assert!(wl.min_ms >= e2e_min_ms_of(run), "{wl:?}");
    let md = std::fs::read_to_string(&written.markdown).unwrap();
    assert!(
        md.contains("## Warning latency"),
        "no warning table in the report"
    );
    check_accuracy(run, &md);
    let warnings_csv = std::fs::read_to_string(&written.warnings_csv).unwrap();
    assert_eq!(warnings_csv.lines().count(), 1 + w.timed);

    // Internally consistent: parts add up to the whole, per message and on the means.
    for m in &run.analysis.messages {
        assert_eq!(m.residual_ns(), 0, "message {}", m.index);
    }
    let summary = scenario.merged().summary();
    assert!(summary.consistency.consistent, "{:?}", summary.consistency);
    let e2e = summary.end_to_end;
    assert!(
        e2e.min_ms <= e2e.p50_ms
            && e2e.p50_ms <= e2e.p95_ms
            && e2e.p95_ms <= e2e.p99_ms
            && e2e.p99_ms <= e2e.max_ms,
        "{e2e:?}"
    );
    assert_eq!(e2e.count as usize, a.predictions);
    // The CSV has one row per output record.
    let csv = std::fs::read_to_string(&written.csv).unwrap();
    assert_eq!(csv.lines().count(), 1 + a.predictions);
    // The floor was measured on the run's broker.
    assert!(results.floor.map(|f| f.count).unwrap_or(0) > 0);

    let _ = std::fs::remove_dir_all(&work);
}

/// Smallest end-to-end latency of the run's predictions, ms.
fn e2e_min_ms_of(run: &cits_testbed::report::RunResult) -> f64 {
    run.analysis.breakdown.end_to_end.summary().min_ms
}

/// Stage names of the run's breakdown, in path order.
fn summary_stage_names(run: &cits_testbed::report::RunResult) -> Vec<&str> {
    run.analysis
        .breakdown
        .stages
        .iter()
        .map(|(name, _)| name.as_str())
        .collect()
}

/// The pipeline's predictions and risks were scored against the truth (issues 9 and 10:
/// "reported by `cits bench`"): every prediction found its truth row, the figures are
/// bounded and not empty, and the report has the table.
fn check_accuracy(run: &cits_testbed::report::RunResult, md: &str) {
    let acc = run.accuracy.as_ref().expect("the run was scored");
    eprintln!("{acc:#?}");
    assert_eq!(acc.unscored_predictions, 0, "{acc:?}");
    assert_eq!(acc.malformed_predictions, 0, "{acc:?}");
    let scored: u64 = acc.classes.iter().map(|c| c.predictions).sum();
    assert_eq!(
        scored as usize, run.accounting.predictions,
        "every prediction scored"
    );
    for c in &acc.classes {
        assert!(c.predictions > 0, "{c:?}");
        if c.class == "pedestrian" {
            assert_eq!(c.path_updates, 0, "pedestrians have no path choice: {c:?}");
        } else {
            assert!(c.path_updates > 0, "{c:?}");
            let top1 = c.top1.unwrap();
            assert!(top1 > 0.0 && top1 <= 1.0, "{c:?}");
        }
        let fde: Vec<f64> = c
            .fde_m
            .iter()
            .map(|f| f.expect("FDE at every horizon"))
            .collect();
        for (a, f) in c.ade_m.iter().zip(&fde) {
            let a = a.expect("ADE at every horizon");
            assert!(a > 0.0 && a.is_finite() && *f > 0.0, "{c:?}");
        }
        // Errors grow with the horizon and stay bounded.
        assert!(fde[0] <= fde[3] && fde[3] <= MAX_SANE_FDE_4S_M, "{c:?}");
    }
    let w = &acc.warnings;
    assert!(
        w.risk_records > 0 && w.conflicts > 0 && w.warned > 0,
        "{w:?}"
    );
    assert!(
        w.warned <= w.conflicts && w.matched_events <= w.events,
        "{w:?}"
    );
    let (recall, precision) = (w.recall.unwrap(), w.precision.unwrap());
    assert!(
        recall > 0.0 && recall <= 1.0 && precision > 0.0 && precision <= 1.0,
        "{w:?}"
    );
    let lead = w.median_lead_s.unwrap();
    let window_s = cits_sim::accuracy::warnings::MATCH_BEFORE_MS as f64 / 1000.0;
    assert!(lead > -1.0 && lead <= window_s, "{w:?}");
    assert!(
        md.contains("## Prediction accuracy and warnings"),
        "no accuracy table in the report"
    );
}
