//! Shared harness of the end-to-end tests: artifacts, data, the native reference.
#![allow(dead_code)] // each test binary uses a different subset

pub mod postgres;

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use cits_core::assembler::{Assembler, AssemblerConfig};
use cits_core::collisions::{CollisionConfig, CollisionDetector};
use cits_core::lanes::LaneGraph;
use cits_core::matcher::MapMatcher;
use cits_core::predictor::{Predictor, PredictorConfig};
use cits_pipeline::replay::{wrap, ReplayOptions};
use cits_pipeline::{Counts, Modules, PipelineConfig, Stage, Summary};
use cits_proto::{DeadLetter, MatchedTrajectory, Prediction};
use cits_sim::recording::Entry;
use prost::Message as _;

/// Environment variable naming the `cits` binary (the Makefile sets it).
pub const CITS_BIN_ENV: &str = "CITS_BIN";
/// Environment variable naming the directory of the `.wasm` modules (the Makefile sets it).
pub const MODULE_DIR_ENV: &str = "CITS_MODULE_DIR";

/// Bound for one pipeline to drain after a replay; generous for a loaded 2-core box.
pub const DRAIN_TIMEOUT: Duration = Duration::from_secs(300);

/// Each test runs a broker and 4+ processes; running them one at a time keeps a small
/// machine from timing out and keeps their logs apart.
static SERIAL: Mutex<()> = Mutex::new(());

/// Takes the lock that serializes the end-to-end tests (a failed test does not poison it
/// for the others).
pub fn serial() -> MutexGuard<'static, ()> {
    SERIAL
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// The workspace root (two levels above this crate).
pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .expect("workspace root")
}

/// The target directory this test binary was built into (`<target>/<profile>/deps/<test>`).
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
    let target = profile_dir.parent().expect("target dir").to_owned();
    (target, profile)
}

/// How the tests run the modules: the `cits` binary and the `.wasm` modules, from
/// `$CITS_BIN` / `$CITS_MODULE_DIR` or the default build locations of this target dir.
/// Missing artifacts fail the test loudly with the command that builds them.
pub fn wasm_modules() -> Modules {
    let (target, profile) = target_dir();
    let cits_exe = std::env::var_os(CITS_BIN_ENV)
        .map(PathBuf::from)
        .unwrap_or_else(|| target.join(&profile).join("cits"));
    let dir = std::env::var_os(MODULE_DIR_ENV)
        .map(PathBuf::from)
        .unwrap_or_else(|| target.join("wasm32-wasip1/wasm"));
    let release = if profile == "release" {
        " --release"
    } else {
        ""
    };
    assert!(
        cits_exe.is_file(),
        "the end-to-end tests need the cits binary at {} (or ${CITS_BIN_ENV}): build it with \
         `cargo build{release} -p cits-cli` (same CARGO_TARGET_DIR), or run `make unit`",
        cits_exe.display()
    );
    for module in cits_pipeline::STAGES.iter().map(|s| s.name) {
        let wasm = dir.join(format!("{module}.wasm"));
        assert!(
            wasm.is_file(),
            "the end-to-end tests need {} (or ${MODULE_DIR_ENV}): build the modules with \
             `make modules` (same CARGO_TARGET_DIR), or run `make unit`",
            wasm.display()
        );
    }
    Modules::Wasm { cits_exe, dir }
}

/// The shipped modules on the WasmEdge inside `cits` (`cits run --engine wasmedge`): the
/// `cits` of [`wasm_modules`], which must be built with the `wasmedge` feature (`make
/// unit` does); one without it fails the test with how to build it.
pub fn wasmedge_sdk_modules(aot: bool) -> Modules {
    let Modules::Wasm { cits_exe, dir } = wasm_modules() else {
        unreachable!()
    };
    let out = std::process::Command::new(&cits_exe)
        .args(["compile", "--engine", "wasmedge", "--print-version"])
        .output()
        .expect("run cits compile --print-version");
    assert!(
        out.status.success(),
        "{} has no WasmEdge inside: {}",
        cits_exe.display(),
        String::from_utf8_lossy(&out.stderr).trim()
    );
    Modules::WasmEdgeSdk { cits_exe, dir, aot }
}

/// The shipped modules (as [`wasm_modules`] finds them) on the `wasmedge` of
/// `$CITS_WASMEDGE` (the Makefile exports it) or the default locations
/// (`cits_pipeline::wasmedge::default_binary`). A missing WasmEdge fails the test loudly
/// with how to get it: these tests are part of CI, never skipped.
pub fn wasmedge_modules(aot: bool) -> Modules {
    // Only the modules: WasmEdge needs no `cits` binary.
    let (target, _) = target_dir();
    let dir = std::env::var_os(MODULE_DIR_ENV)
        .map(PathBuf::from)
        .unwrap_or_else(|| target.join("wasm32-wasip1/wasm"));
    let wasmedge = cits_pipeline::wasmedge::default_binary();
    if let Err(e) = cits_pipeline::wasmedge::check_binary(&wasmedge) {
        panic!(
            "the WasmEdge tests need WasmEdge {}: {e}",
            cits_pipeline::wasmedge::WASMEDGE_VERSION
        );
    }
    Modules::WasmEdge { wasmedge, dir, aot }
}

/// The data of a test: the committed sample (`testdata/sample`), or, while it is not in
/// the tree yet, a freshly generated 15 s data set (announced on stderr).
pub struct Data {
    /// Directory with `recording.b64` and `graph/`.
    pub dir: PathBuf,
    /// The recording.
    pub entries: Vec<Entry>,
    /// Keeps a generated data set's directory alive.
    _tmp: Option<tempfile::TempDir>,
}

/// Loads the sample data.
pub fn sample() -> Data {
    let dir = workspace_root().join("testdata/sample");
    if dir.join("recording.b64").is_file() {
        let entries =
            cits_sim::recording::read(dir.join("recording.b64")).expect("sample recording");
        assert!(
            !entries.is_empty(),
            "testdata/sample/recording.b64 is empty"
        );
        return Data {
            dir,
            entries,
            _tmp: None,
        };
    }
    eprintln!("testdata/sample is missing: generating a 15 s data set (seed 1) instead");
    generated(1, 0.25)
}

/// A generated data set of `minutes` (seed `seed`), written to a temporary directory.
pub fn generated(seed: u64, minutes: f64) -> Data {
    let tmp = tempfile::tempdir().expect("temp dir");
    let config = cits_sim::Config::new(seed, minutes).expect("sim config");
    let dataset = cits_sim::generate(&config, &mut |_, _| {}).expect("generate data set");
    dataset.write_to(tmp.path()).expect("write data set");
    Data {
        dir: tmp.path().to_owned(),
        entries: dataset.recording,
        _tmp: Some(tmp),
    }
}

/// A pipeline configuration for tests: the Wasm modules, the data's graph, outputs kept,
/// instance logs in a per-test directory under the target dir (kept for post-mortems).
pub fn config(data: &Data, test: &str) -> PipelineConfig {
    config_with(wasm_modules(), data, test)
}

/// [`config`] with other modules (WasmEdge, native).
pub fn config_with(modules: Modules, data: &Data, test: &str) -> PipelineConfig {
    let mut config = PipelineConfig::new(modules);
    config.graph_dir = Some(data.dir.join("graph"));
    config.keep_outputs = true;
    let (target, _) = target_dir();
    let logs = target.join("e2e-logs").join(test);
    let _ = std::fs::remove_dir_all(&logs);
    eprintln!("instance logs: {}", logs.display());
    config.log_dir = Some(logs);
    config
}

/// The sample replayed as fast as possible, and what the stages compute natively for it:
/// the starting point of the end-to-end tests that compare with the native run.
pub fn sample_at_max_speed() -> (Data, ReplayOptions, Native) {
    let data = sample();
    let options = ReplayOptions {
        speed: cits_pipeline::Speed::Max,
        ..ReplayOptions::default()
    };
    let expected = native(&data.entries, &data.dir.join("graph"), &options);
    (data, options, expected)
}

/// Replays `entries` into a started pipeline (every one must be produced) and waits until
/// every replayed record is accounted for; returns the counts at that point.
pub async fn replay_and_settle(
    pipeline: &mut cits_pipeline::Pipeline,
    entries: &[Entry],
    options: &ReplayOptions,
) -> Counts {
    let report = pipeline
        .replayer()
        .replay(entries, options)
        .await
        .expect("replay");
    assert_eq!(report.messages, entries.len() as u64, "records replayed");
    pipeline
        .wait_settled(cits_pipeline::SETTLE_PERIOD, DRAIN_TIMEOUT, |_| {})
        .await
        .expect("pipeline settles")
}

/// What the stages compute natively (cits-core, in process) for a recording.
#[derive(Debug, Default)]
pub struct Native {
    /// CPMs in the recording.
    pub messages: u64,
    /// Perceived objects in the decodable CPMs.
    pub objects: u64,
    /// Messages the decoder rejects.
    pub decoder_rejects: u64,
    /// CPMs the collector rejects.
    pub collector_rejects: u64,
    /// Locations the assembler rejects.
    pub assembler_rejects: u64,
    /// Trajectory updates the matcher rejects.
    pub matcher_rejects: u64,
    /// Locations produced by the collector.
    pub locations: u64,
    /// Trajectory updates produced by the assembler.
    pub trajectories: u64,
    /// Trajectory updates the matcher skips (pedestrians, unknown class).
    pub skipped: u64,
    /// Matched trajectory updates.
    pub matched: Vec<MatchedTrajectory>,
    /// Matched updates the predictor rejects.
    pub predictor_rejects: u64,
    /// Matched updates the predictor skips (counted in its stats).
    pub prediction_skips: u64,
    /// Predictions.
    pub predictions: Vec<Prediction>,
    /// Collision risks the detector raises on the predictions in order (no eviction
    /// ticks: an upper bound of what the stage, which also evicts stale users, raises).
    pub risks: u64,
}

/// Runs decoder → collector → assembler → matcher → predictor in process over `entries`, wrapped the
/// way the replayer wraps them.
pub fn native(entries: &[Entry], graph_dir: &Path, options: &ReplayOptions) -> Native {
    let car = std::fs::read(graph_dir.join("car.wkb")).expect("car graph");
    let bike = std::fs::read(graph_dir.join("bike.wkb")).expect("bike graph");
    let graph = Arc::new(LaneGraph::from_wkb(&car, &bike).expect("street graph"));
    let mut predictor = Predictor::new(Arc::clone(&graph), PredictorConfig::default());
    let mut detector = CollisionDetector::new(CollisionConfig::default());
    let mut matcher = MapMatcher::new(graph);
    let mut assembler = Assembler::new(AssemblerConfig::default());
    let mut out = Native::default();
    for entry in entries {
        out.messages += 1;
        let message = wrap(entry, options, "native", 0);
        let Ok(cpm) = cits_core::decoder::decode_cpm(&message) else {
            out.decoder_rejects += 1;
            continue;
        };
        out.objects += cpm.objects.len() as u64;
        let Ok(locations) = cits_core::collector::collect(&cpm) else {
            out.collector_rejects += 1;
            continue;
        };
        for location in locations {
            out.locations += 1;
            let Ok(trajectory) = assembler.push(location) else {
                out.assembler_rejects += 1;
                continue;
            };
            out.trajectories += 1;
            match matcher.process(&trajectory) {
                Ok(matched) => {
                    match predictor.predict(&matched) {
                        Ok(Some(prediction)) => {
                            out.risks +=
                                detector.process(&prediction).map_or(0, |r| r.len() as u64);
                            out.predictions.push(prediction);
                        }
                        Ok(None) => out.prediction_skips += 1,
                        Err(_) => out.predictor_rejects += 1,
                    }
                    out.matched.push(matched);
                }
                Err(_) => out.matcher_rejects += 1,
            }
        }
    }
    out
}

/// Coordinates may differ in the last bits between Wasm (Rust's libm) and native (the
/// system libm): 1e-9 degree is about 0.1 mm.
const DEGREE_TOLERANCE: f64 = 1e-9;
/// Same for offsets in metres.
const METRE_TOLERANCE: f64 = 1e-6;

/// The exact part of a matched update (everything but floats and the trace), for sorting.
type ExactKey = (String, i64, i32, String, Vec<(i64, u32, i32)>);

fn exact_key(m: &MatchedTrajectory) -> ExactKey {
    (
        m.trajectory_key.clone(),
        m.session_start_ms,
        m.object_class,
        m.owner.clone(),
        m.points
            .iter()
            .map(|p| (p.timestamp_ms, p.segment_id, p.road_kind))
            .collect(),
    )
}

fn close(a: f64, b: f64, tolerance: f64) -> bool {
    (a - b).abs() <= tolerance
}

fn same_floats(a: &MatchedTrajectory, b: &MatchedTrajectory) -> bool {
    let geo = |x: Option<&cits_proto::GeoPoint>, y: Option<&cits_proto::GeoPoint>| match (x, y) {
        (Some(x), Some(y)) => {
            close(x.latitude_deg, y.latitude_deg, DEGREE_TOLERANCE)
                && close(x.longitude_deg, y.longitude_deg, DEGREE_TOLERANCE)
        }
        (None, None) => true,
        _ => false,
    };
    a.points.len() == b.points.len()
        && a.points.iter().zip(&b.points).all(|(p, q)| {
            geo(p.original.as_ref(), q.original.as_ref())
                && geo(p.matched.as_ref(), q.matched.as_ref())
                && close(p.offset_m, q.offset_m, METRE_TOLERANCE)
        })
}

/// Sorted, trace-free, with exact duplicates (bit-identical re-deliveries) removed when
/// `dedup` is set.
pub fn canonical(items: &[MatchedTrajectory], dedup: bool) -> Vec<MatchedTrajectory> {
    let mut items: Vec<MatchedTrajectory> = items
        .iter()
        .cloned()
        .map(|mut m| {
            m.trace = None;
            m
        })
        .collect();
    items.sort_by(|a, b| {
        exact_key(a)
            .cmp(&exact_key(b))
            .then_with(|| a.encode_to_vec().cmp(&b.encode_to_vec()))
    });
    if dedup {
        items.dedup_by(|a, b| a.encode_to_vec() == b.encode_to_vec());
    }
    items
}

/// Asserts two canonical lists are equal up to float tolerance, naming the first difference.
pub fn assert_same_matched(actual: &[MatchedTrajectory], expected: &[MatchedTrajectory]) {
    assert_eq!(
        actual.len(),
        expected.len(),
        "number of matched updates differs: pipeline {} vs native {}",
        actual.len(),
        expected.len()
    );
    for (i, (a, e)) in actual.iter().zip(expected).enumerate() {
        assert_eq!(
            exact_key(a),
            exact_key(e),
            "matched update #{i} (sorted) differs from native:\npipeline {a:?}\nnative   {e:?}"
        );
        assert!(
            same_floats(a, e),
            "matched update #{i} (sorted) differs from native beyond float tolerance:\npipeline {a:?}\nnative   {e:?}"
        );
    }
}

/// The exact part of a prediction (identity, class, and per hypothesis its method, road
/// kind and lane path): everything but floats and the trace.
type PredictionKey = (
    String,
    i64,
    i64,
    i32,
    String,
    String,
    u32,
    Vec<(i32, i32, Vec<u32>)>,
);

fn prediction_key(p: &Prediction) -> PredictionKey {
    (
        p.trajectory_key.clone(),
        p.session_start_ms,
        p.timestamp_ms,
        p.object_class,
        p.site.clone(),
        p.owner.clone(),
        p.point_count,
        p.hypotheses
            .iter()
            .map(|h| (h.method, h.road_kind, h.lanes.clone()))
            .collect(),
    )
}

/// Probabilities: last-bit differences of exp and trigonometry (Rust's libm in Wasm, the
/// system's natively) grow through the path scores and the softmax; measured up to 1.2e-9
/// on the sample, so 1e-6 (far below any decision the probabilities feed).
const PROBABILITY_TOLERANCE: f64 = 1e-6;
/// Headings in degrees.
const HEADING_TOLERANCE: f64 = 1e-6;

fn same_geo(a: Option<&cits_proto::GeoPoint>, b: Option<&cits_proto::GeoPoint>) -> bool {
    match (a, b) {
        (Some(x), Some(y)) => {
            close(x.latitude_deg, y.latitude_deg, DEGREE_TOLERANCE)
                && close(x.longitude_deg, y.longitude_deg, DEGREE_TOLERANCE)
        }
        (None, None) => true,
        _ => false,
    }
}

fn same_prediction_floats(a: &Prediction, b: &Prediction) -> bool {
    same_geo(a.position.as_ref(), b.position.as_ref())
        && close(a.speed_mps, b.speed_mps, METRE_TOLERANCE)
        && close(a.heading_deg, b.heading_deg, HEADING_TOLERANCE)
        && close(a.sigma_m, b.sigma_m, METRE_TOLERANCE)
        && a.length_m == b.length_m
        && a.width_m == b.width_m
        && a.hypotheses.len() == b.hypotheses.len()
        && a.hypotheses.iter().zip(&b.hypotheses).all(|(h, k)| {
            close(h.probability, k.probability, PROBABILITY_TOLERANCE)
                && h.points.len() == k.points.len()
                && h.points.iter().zip(&k.points).all(|(p, q)| {
                    p.delta_ms == q.delta_ms
                        && same_geo(p.position.as_ref(), q.position.as_ref())
                        && close(p.heading_deg, q.heading_deg, HEADING_TOLERANCE)
                        && close(p.speed_mps, q.speed_mps, METRE_TOLERANCE)
                        && close(p.sigma_m, q.sigma_m, METRE_TOLERANCE)
                })
        })
}

/// Sorted, trace-free predictions, exact duplicates (re-deliveries) removed when `dedup`.
pub fn canonical_predictions(items: &[Prediction], dedup: bool) -> Vec<Prediction> {
    let mut items: Vec<Prediction> = items
        .iter()
        .cloned()
        .map(|mut p| {
            p.trace = None;
            p
        })
        .collect();
    items.sort_by(|a, b| {
        prediction_key(a)
            .cmp(&prediction_key(b))
            .then_with(|| a.encode_to_vec().cmp(&b.encode_to_vec()))
    });
    if dedup {
        items.dedup_by(|a, b| a.encode_to_vec() == b.encode_to_vec());
    }
    items
}

/// Asserts two canonical prediction lists are equal up to float tolerance, naming the
/// first difference.
pub fn assert_same_predictions(actual: &[Prediction], expected: &[Prediction]) {
    assert_eq!(
        actual.len(),
        expected.len(),
        "number of predictions differs: pipeline {} vs native {}",
        actual.len(),
        expected.len()
    );
    for (i, (a, e)) in actual.iter().zip(expected).enumerate() {
        assert_eq!(
            prediction_key(a),
            prediction_key(e),
            "prediction #{i} (sorted) differs from native:\npipeline {a:?}\nnative   {e:?}"
        );
        assert!(
            same_prediction_floats(a, e),
            "prediction #{i} (sorted) differs from native beyond float tolerance:\npipeline {a:?}\nnative   {e:?}"
        );
    }
}

/// Dead letters of `stage` among `dead`.
pub fn dead_letters_of(dead: &[DeadLetter], stage: Stage) -> usize {
    dead.iter().filter(|d| d.stage == stage.name()).count()
}

/// The accounting of a settled run against the native run of the same records: per topic
/// the same counts, every perceived object matched, filtered or dead-lettered, every
/// matched update predicted, skipped or dead-lettered, the matched updates and predictions
/// equal to the native ones (traces aside), the warnings consistent.
pub fn assert_accounted_as_native(counts: &Counts, summary: &Summary, expected: &Native) {
    let outputs = &summary.outputs;
    let dead = &outputs.dead_letters;

    // Per topic, the pipeline agrees with the native run.
    assert_eq!(counts.raw, expected.messages, "raw records");
    assert_eq!(
        counts.cpm,
        expected.messages - expected.decoder_rejects,
        "decoded CPMs"
    );
    assert_eq!(counts.locations, expected.locations, "locations");
    assert_eq!(
        counts.trajectories, expected.trajectories,
        "trajectory updates"
    );
    for (stage, rejects) in [
        (Stage::Decoder, expected.decoder_rejects),
        (Stage::Collector, expected.collector_rejects),
        (Stage::Assembler, expected.assembler_rejects),
        (Stage::MapMatcher, expected.matcher_rejects),
    ] {
        assert_eq!(
            dead_letters_of(dead, stage) as u64,
            rejects,
            "{stage:?} dead letters"
        );
    }
    assert_eq!(
        outputs.dlq_count, counts.dlq,
        "every dead letter was consumed"
    );
    assert_eq!(outputs.undecodable, 0, "output records decode");

    // Every perceived object is accounted for: matched + filtered + dead-lettered.
    let matched = outputs.matched_count;
    let matcher_dead = dead_letters_of(dead, Stage::MapMatcher) as u64;
    let filtered = counts.trajectories - matched - matcher_dead;
    assert_eq!(
        filtered, expected.skipped,
        "pedestrians/unknown filtered by the matcher"
    );
    let objects_in_rejected_cpms = expected.objects - expected.locations;
    let assembler_dead = dead_letters_of(dead, Stage::Assembler) as u64;
    assert_eq!(
        matched + filtered + matcher_dead + assembler_dead + objects_in_rejected_cpms,
        expected.objects,
        "matched {matched} + filtered {filtered} + dead letters ({matcher_dead} matcher, \
         {assembler_dead} assembler, {objects_in_rejected_cpms} objects in rejected CPMs) \
         must add up to the {} perceived objects",
        expected.objects
    );

    // The matched updates are the native ones (traces aside).
    assert_same_matched(
        &canonical(&outputs.matched, false),
        &canonical(&expected.matched, false),
    );

    // Every matched update yields a prediction, a counted skip or a dead letter, as natively.
    let predictor_dead = dead_letters_of(dead, Stage::Predictor) as u64;
    assert_eq!(
        predictor_dead, expected.predictor_rejects,
        "predictor dead letters"
    );
    assert_eq!(
        counts.predictions,
        expected.predictions.len() as u64,
        "predictions"
    );
    assert_eq!(
        counts.predictions + expected.prediction_skips + predictor_dead,
        counts.matched,
        "matched {} = predictions {} + skipped {} + dead letters {predictor_dead}",
        counts.matched,
        counts.predictions,
        expected.prediction_skips
    );
    assert_eq!(
        outputs.predictions_count, counts.predictions,
        "every prediction consumed"
    );
    // The predictions are the native ones (traces aside).
    assert_same_predictions(
        &canonical_predictions(&outputs.predictions, false),
        &canonical_predictions(&expected.predictions, false),
    );
    assert!(outputs
        .predictions
        .iter()
        .all(|p| p.trajectory_key.split('/').next() == Some(p.site.as_str())));

    // The warning stages consumed the predictions: risks only where the detector finds
    // some natively (the sample may have none), DENMs only for risks, all of them
    // decodable UPER DENMs, and no dead letters from either stage.
    assert_eq!(dead_letters_of(dead, Stage::Collisions), 0);
    assert_eq!(dead_letters_of(dead, Stage::Denm), 0);
    assert_eq!(outputs.risks_count, counts.risks, "every risk consumed");
    assert_eq!(outputs.denm_count, counts.denm, "every DENM decodes");
    if expected.risks == 0 {
        assert_eq!(counts.risks, 0, "no risk natively, none in the pipeline");
    }
    if counts.risks == 0 {
        assert_eq!(counts.denm, 0, "no DENM without a risk");
    }
    let d = &outputs.denm;
    assert_eq!(d.new + d.update + d.cancel, counts.denm);
    assert!(
        d.cancel <= d.new,
        "a cancellation ends a lifecycle that began: {d:?}"
    );
    eprintln!(
        "warnings: native risks {}, pipeline risks {}, DENMs new {} / update {} / cancel {}",
        expected.risks, counts.risks, d.new, d.update, d.cancel
    );
}
