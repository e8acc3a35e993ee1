//! End-to-end: the real `.wasm` stage modules under `cits run`, an embedded tansu broker,
//! the sample recording. Needs the `cits` binary and the modules built (see
//! `common::wasm_modules`); a missing build fails loudly.

// `serial()` holds a std Mutex for a whole test so the tests (each on its own runtime,
// each with its own broker and stage processes) never overlap; it is never contended
// inside one runtime, so holding it across awaits cannot deadlock.
#![allow(clippy::await_holding_lock)]

mod common;

use std::collections::BTreeSet;
use std::time::{Duration, Instant};

use cits_pipeline::proxy;
use cits_pipeline::replay::{wrap, ReplayOptions};
use cits_pipeline::{Pipeline, Speed, Stage, StartAt, SETTLE_PERIOD};
use cits_proto::{CitsMessage, CollisionRisk, DeadLetter, RiskState};
use prost::Message as _;

use common::{
    assert_accounted_as_native, assert_same_matched, assert_same_predictions, canonical,
    canonical_predictions, generated, native, replay_and_settle, sample, sample_at_max_speed,
    serial, DRAIN_TIMEOUT,
};

/// (a) Every perceived object ends up matched, filtered (pedestrian/unknown) or dead-lettered,
/// every matched update yields a prediction, a counted skip or a dead letter, and the matched
/// updates and predictions are exactly what cits-core computes natively.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_object_is_accounted_for_and_matches_native() {
    let _serial = serial();
    let (data, options, expected) = sample_at_max_speed();
    assert!(
        !expected.matched.is_empty(),
        "the sample must produce matched trajectories natively"
    );
    let export = tempfile::tempdir().expect("export dir");
    let mut config = common::config(&data, "accounting");
    config.export_dir = Some(export.path().to_owned());
    let mut pipeline = Pipeline::start(config).await.expect("pipeline starts");

    let counts = replay_and_settle(&mut pipeline, &data.entries, &options).await;
    let summary = pipeline.shutdown().await.expect("clean shutdown");
    eprintln!("{summary}");
    // Every object accounted for, outputs equal to the native run (shared with the
    // WasmEdge test).
    assert_accounted_as_native(&counts, &summary, &expected);
    let outputs = &summary.outputs;
    let matched = outputs.matched_count;

    // The export holds one readable JSON object per matched update and dead letter.
    let text = std::fs::read_to_string(export.path().join("matched.jsonl")).expect("matched.jsonl");
    let lines: Vec<serde_json::Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).expect("matched.jsonl line is JSON"))
        .collect();
    assert_eq!(lines.len() as u64, matched);
    assert!(lines
        .iter()
        .all(|l| l["trajectory_key"].is_string() && l["points"].is_array()));
    let dlq_text = std::fs::read_to_string(export.path().join("dlq.jsonl")).expect("dlq.jsonl");
    assert_eq!(dlq_text.lines().count() as u64, outputs.dlq_count);
    let text = std::fs::read_to_string(export.path().join("predictions.jsonl"))
        .expect("predictions.jsonl");
    let lines: Vec<serde_json::Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).expect("predictions.jsonl line is JSON"))
        .collect();
    assert_eq!(lines.len() as u64, outputs.predictions_count);
    assert!(lines
        .iter()
        .all(|l| l["site"].is_string() && l["hypotheses"].is_array()));
}

/// (a2) Grants follow the cluster (issue 12 item 5): a broker that sends clients to
/// another address after bootstrap — a multi-broker cluster's other brokers, or a proxy in
/// front of them — is reachable for the `.wasm` stages, which may connect only where they
/// are granted. Here the broker advertises a proxy's address and the stages bootstrap on
/// the broker's own: without the advertised address among the grants no stage could reach
/// a partition leader and nothing would flow.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn stages_reach_the_brokers_the_cluster_advertises() {
    let _serial = serial();
    let (data, options, expected) = sample_at_max_speed();
    let (broker, proxy) = proxy::broker_behind_proxy(cits_broker::Storage::memory())
        .await
        .expect("broker behind a proxy");
    let mut config = common::config(&data, "advertised");
    config.brokers = Some(vec![broker.addr().to_string()]);
    config.start = Some(StartAt::Earliest);
    let mut pipeline = Pipeline::start(config).await.expect("pipeline starts");
    let counts = replay_and_settle(&mut pipeline, &data.entries, &options).await;
    let summary = pipeline.shutdown().await.expect("clean shutdown");
    assert_accounted_as_native(&counts, &summary, &expected);
    // Everything after bootstrap went to the advertised address.
    assert!(
        proxy.stats().accepted >= 7,
        "the stages connected through the advertised address: {:?}",
        proxy.stats()
    );
    drop(proxy);
    tokio::task::spawn_blocking(move || broker.shutdown())
        .await
        .expect("broker stop");
}

/// Seconds the kill tests stretch or squeeze the sample's replay to, so a kill lands in its
/// middle.
const KILL_REPLAY_SECS: f64 = 12.0;

/// A replay of the whole sample running in the background at [`KILL_REPLAY_SECS`], with
/// the native run's outputs at the same pace.
struct MidReplay {
    pipeline: Pipeline,
    replay: tokio::task::JoinHandle<cits_pipeline::Result<cits_pipeline::replay::ReplayReport>>,
    expected: common::Native,
    total: u64,
    /// Where the instances' logs go.
    log_dir: std::path::PathBuf,
}

/// Starts the pipeline for `test` (its stages started at `start`, the default if `None`)
/// and the replay, and returns once about a third of the records has been produced;
/// `each_poll` runs on every poll while waiting.
async fn start_replay_until_a_third(
    data: &common::Data,
    test: &str,
    start: Option<StartAt>,
    mut each_poll: impl FnMut(&mut Pipeline),
) -> MidReplay {
    let first = data.entries.first().map_or(0, |e| e.timestamp_ms);
    let last = data.entries.last().map_or(0, |e| e.timestamp_ms);
    let factor = ((last.saturating_sub(first)) as f64 / (KILL_REPLAY_SECS * 1000.0)).max(0.01);
    let options = ReplayOptions {
        speed: Speed::Factor(factor),
        ..ReplayOptions::default()
    };
    let expected = native(&data.entries, &data.dir.join("graph"), &options);
    let mut config = common::config(data, test);
    if start.is_some() {
        config.start = start;
    }
    let log_dir = config.log_dir.clone().expect("tests keep instance logs");
    let mut pipeline = Pipeline::start(config).await.expect("pipeline starts");

    let replayer = pipeline.replayer();
    let entries = data.entries.clone();
    let replay = tokio::spawn(async move { replayer.replay(&entries, &options).await });

    let total = data.entries.len() as u64;
    let started = Instant::now();
    while pipeline.replayer().produced() < total / 3 {
        assert!(
            started.elapsed() < DRAIN_TIMEOUT,
            "replay does not progress"
        );
        each_poll(&mut pipeline);
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    MidReplay {
        pipeline,
        replay,
        expected,
        total,
        log_dir,
    }
}

/// (b) A stage instance killed mid-replay and restarted continues every trajectory: the
/// outputs equal the native run's up to exact re-deliveries. The restarted assembler
/// resumes from its group's committed offset (it no longer replays the topic from the
/// start, which used to rebuild its sessions), so this needs its sessions restored from a
/// changelog (issue 12, item 2). Nothing is lost meanwhile: see (b2).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_killed_stage_instance_restarts_without_losing_data() {
    killed_stage_restarts_and_continues(Stage::Assembler, "restart", None).await;
}

/// (b4) The map matcher's sessions survive a restart (issue 12, item 2), in `latest` mode
/// as deployed: killed mid-replay and restarted, it resumes at its committed offset and
/// restores every session's HMM state from its changelog, and its outputs equal the
/// native run's up to exact re-deliveries. (On the sample, a matcher that re-matched each
/// window from scratch happens to decide the same points, tried with restore switched
/// off; that restored state continues a session exactly is proven by
/// `cits_core::matcher::tests::state`, and that the shipped module restores by its log.)
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_killed_map_matcher_continues_every_session() {
    killed_stage_restarts_and_continues(
        Stage::MapMatcher,
        "restart-mapmatcher",
        Some(StartAt::Latest),
    )
    .await;
}

/// (b3) The same in `latest` mode, what Kubernetes deployments use (issue 12): the
/// restarted assembler resumes from its group's committed offset and restored state, so
/// `CITS_START=latest` does not skip what arrived while it was down.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_stage_restarted_in_latest_mode_skips_nothing() {
    killed_stage_restarts_and_continues(Stage::Assembler, "restart-latest", Some(StartAt::Latest))
        .await;
}

/// Kills instance 0 of a stateful `stage` once about a third has been replayed, restarts
/// it 2 s later, and checks the outputs against the native run.
async fn killed_stage_restarts_and_continues(stage: Stage, test: &str, start: Option<StartAt>) {
    let _serial = serial();
    let data = sample();
    let MidReplay {
        mut pipeline,
        replay,
        expected,
        total,
        log_dir,
    } = start_replay_until_a_third(&data, test, start, |_| {}).await;
    let log = log_dir.join(format!("{}-0.log", stage.name()));
    pipeline.kill_instance(stage, 0).expect("kill instance 0");
    let killed_at = pipeline.replayer().produced();
    // Let records pile up while it is down.
    tokio::time::sleep(Duration::from_secs(2)).await;
    pipeline
        .restart_instance(stage, 0)
        .await
        .expect("restart instance 0");
    replay.await.expect("replay task").expect("replay");
    assert!(
        killed_at < total,
        "the kill must happen mid-replay ({killed_at} of {total} produced)"
    );
    pipeline
        .wait_settled(SETTLE_PERIOD, DRAIN_TIMEOUT, |_| {})
        .await
        .expect("pipeline settles after the restart");
    let instances = pipeline.instances();
    let summary = pipeline.shutdown().await.expect("clean shutdown");
    eprintln!("{summary}");
    assert!(
        instances.iter().all(|i| i.running),
        "all instances run: {instances:?}"
    );
    assert_eq!(
        instances.iter().map(|i| i.restarts).sum::<u32>(),
        1,
        "exactly one restart"
    );
    // The restarted process restored state from the changelog (the shell logs each
    // partition it read); the first process found none.
    let text = std::fs::read_to_string(&log).expect("instance log");
    let restored: u64 = text
        .lines()
        .filter_map(|l| {
            l.split_once(": restored ")?
                .1
                .split_once(" keys")?
                .0
                .parse::<u64>()
                .ok()
        })
        .sum();
    assert!(restored > 0, "{} restored no state:\n{text}", stage.name());

    // At-least-once: every native update is there; the extra ones are re-deliveries.
    let outputs = &summary.outputs;
    assert!(
        outputs.matched_count >= expected.matched.len() as u64,
        "at-least-once: {} matched updates, native {}",
        outputs.matched_count,
        expected.matched.len()
    );
    assert_same_matched(
        &canonical(&outputs.matched, true),
        &canonical(&expected.matched, true),
    );
    assert!(
        outputs.predictions_count >= expected.predictions.len() as u64,
        "at-least-once: {} predictions, native {}",
        outputs.predictions_count,
        expected.predictions.len()
    );
    assert_same_predictions(
        &canonical_predictions(&outputs.predictions, true),
        &canonical_predictions(&expected.predictions, true),
    );
}

/// When a risk was raised and last heard of, event time ms, and its id.
type RiskSpan = (i64, i64, String);

/// Risk ids with an ACTIVE record and no ENDED one.
fn open_risks(risks: &[CollisionRisk]) -> BTreeSet<String> {
    let ids = |state: RiskState| -> BTreeSet<String> {
        risks
            .iter()
            .filter(|r| r.state == state as i32)
            .map(|r| r.risk_id.clone())
            .collect()
    };
    ids(RiskState::Active)
        .difference(&ids(RiskState::Ended))
        .cloned()
        .collect()
}

/// (b5) The collision detector's state survives a restart (issue 12, item 2), in `latest`
/// mode as deployed: killed while a risk is active and restarted, it restores its road users and pair tracks from
/// its changelog, so that risk keeps its id and still ends with an ENDED record, and the
/// DENM sender cancels the DENM it sent for it. A detector that forgot it would never
/// end it (its DENM would only expire) and would raise the same conflict again under a
/// new id.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_collision_detector_killed_during_a_risk_still_ends_it() {
    let _serial = serial();
    // The scripted conflicts of a generated minute, at 4x: a risk every few seconds.
    let data = generated(12, 1.0);
    let options = ReplayOptions {
        speed: Speed::Factor(4.0),
        ..ReplayOptions::default()
    };
    let mut config = common::config(&data, "restart-collisions");
    config.start = Some(StartAt::Latest);
    let mut pipeline = Pipeline::start(config).await.expect("pipeline starts");
    let replayer = pipeline.replayer();
    let entries = data.entries.clone();
    let replay = tokio::spawn(async move { replayer.replay(&entries, &options).await });
    let started = Instant::now();
    let open_at_kill = loop {
        let open = open_risks(&pipeline.outputs().risks);
        if !open.is_empty() {
            break open;
        }
        assert!(
            !replay.is_finished() && started.elapsed() < DRAIN_TIMEOUT,
            "no risk raised during the replay"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    };
    pipeline
        .kill_instance(Stage::Collisions, 0)
        .expect("kill collisions-0");
    // Down for less than a DENM's validity (horizon + margin), so the DENM sender still
    // holds the lifecycle the ENDED record cancels.
    tokio::time::sleep(Duration::from_millis(500)).await;
    pipeline
        .restart_instance(Stage::Collisions, 0)
        .await
        .expect("restart collisions-0");
    replay.await.expect("replay task").expect("replay");
    pipeline
        .wait_settled(SETTLE_PERIOD, DRAIN_TIMEOUT, |_| {})
        .await
        .expect("pipeline settles after the restart");
    // The last users are evicted on the event clock, which runs on with wall time: their
    // risks end within the detector's max age plus a tick.
    let deadline = Instant::now() + Duration::from_secs(20);
    while !open_risks(&pipeline.outputs().risks).is_empty() && Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    let summary = pipeline.shutdown().await.expect("clean shutdown");
    eprintln!("{summary}");
    let outputs = &summary.outputs;
    eprintln!(
        "risks open at the kill: {open_at_kill:?}; {} risk records, DENMs new {} / update {} / cancel {}",
        outputs.risks.len(),
        outputs.denm.new,
        outputs.denm.update,
        outputs.denm.cancel
    );
    assert!(
        open_risks(&outputs.risks).is_empty(),
        "every risk ends, also those active at the kill: {:?} still open",
        open_risks(&outputs.risks)
    );
    // One id per raised conflict: no pair has two risks at once.
    let mut spans: std::collections::BTreeMap<(String, String), Vec<RiskSpan>> =
        std::collections::BTreeMap::new();
    for id in outputs
        .risks
        .iter()
        .map(|r| &r.risk_id)
        .collect::<BTreeSet<_>>()
    {
        let records: Vec<&CollisionRisk> =
            outputs.risks.iter().filter(|r| &r.risk_id == id).collect();
        let user = |r: &CollisionRisk, vehicle: bool| {
            let u = if vehicle { &r.vehicle } else { &r.other };
            u.as_ref()
                .map(|u| format!("{}@{}", u.trajectory_key, u.session_start_ms))
                .unwrap_or_default()
        };
        let from = records.iter().map(|r| r.detected_ms).min().unwrap_or(0);
        let to = records.iter().map(|r| r.timestamp_ms).max().unwrap_or(0);
        spans
            .entry((user(records[0], true), user(records[0], false)))
            .or_default()
            .push((from, to, id.clone()));
    }
    for (pair, mut risks) in spans {
        risks.sort();
        for w in risks.windows(2) {
            assert!(
                w[1].0 > w[0].1,
                "pair {pair:?} has two risks at once: {:?} and {:?}",
                w[0].2,
                w[1].2
            );
        }
    }
    // Every DENM lifecycle was cancelled, none left to expire.
    assert!(outputs.denm.new > 0, "DENMs were sent");
    assert_eq!(
        outputs.denm.new, outputs.denm.cancel,
        "every DENM lifecycle ends with a cancellation"
    );
    assert_eq!(outputs.undecodable, 0);
}

/// (b2) Supervision: a stage instance killed with SIGKILL from outside (a crash) during a
/// replay is restarted by the supervisor with backoff, without anybody asking, and resumes
/// from its consumer group's committed offsets. The decoder is killed because it is
/// stateless and one-to-one (a raw record becomes a CPM or a dead letter), so lost and
/// duplicated records can be counted exactly: nothing is lost, and the duplicates (records
/// processed after the last commit, re-processed by the new process) are bounded.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_crashed_instance_is_restarted_by_the_supervisor_and_loses_nothing() {
    let _serial = serial();
    let data = sample();
    let MidReplay {
        mut pipeline,
        replay,
        expected,
        total,
        ..
    } = start_replay_until_a_third(&data, "supervised", None, |pipeline| {
        pipeline.check_instances().expect("instances run")
    })
    .await;
    let victim = pipeline
        .instances()
        .into_iter()
        .find(|i| i.id.stage == Stage::Decoder && i.id.index == 0)
        .and_then(|i| i.pid)
        .expect("decoder-0 runs");
    let killed = std::process::Command::new("kill")
        .args(["-9", &victim.to_string()])
        .status()
        .expect("run kill");
    assert!(killed.success(), "kill -9 {victim}");
    let killed_at = pipeline.replayer().produced();
    // The supervisor notices and restarts it while the replay goes on (as `cits up` does,
    // the caller polls it).
    while !replay.is_finished() {
        pipeline
            .check_instances()
            .expect("the supervisor restarts, the run goes on");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    replay.await.expect("replay task").expect("replay");
    assert!(
        killed_at < total,
        "the kill must happen mid-replay ({killed_at} of {total})"
    );
    let counts = pipeline
        .wait_settled(SETTLE_PERIOD, DRAIN_TIMEOUT, |_| {})
        .await
        .expect("pipeline settles after the crash");
    let instances = pipeline.instances();
    let summary = pipeline.shutdown().await.expect("clean shutdown");
    eprintln!("{summary}");
    assert!(
        instances.iter().all(|i| i.running),
        "all instances run: {instances:?}"
    );
    let restarts: Vec<(String, u32)> = instances
        .iter()
        .filter(|i| i.restarts > 0)
        .map(|i| (i.id.to_string(), i.restarts))
        .collect();
    assert_eq!(
        restarts,
        vec![("decoder-0".to_owned(), 1)],
        "one supervised restart"
    );

    // Settled means every stage's group committed its input's end: nothing unprocessed.
    // The decoder's output (CPMs + its dead letters) holds every raw record at least once.
    let decoder_dead =
        common::dead_letters_of(&summary.outputs.dead_letters, Stage::Decoder) as u64;
    let decoded = counts.cpm + decoder_dead;
    assert_eq!(counts.raw, expected.messages, "raw records");
    let lost = expected.messages.saturating_sub(decoded);
    let duplicates = decoded.saturating_sub(expected.messages);
    // At most what the killed process handled after its last commit: COMMIT_INTERVAL of
    // input plus the batch in flight. Two seconds of replay is a generous bound.
    let bound = (total as f64 / KILL_REPLAY_SECS * 2.0) as u64;
    eprintln!(
        "supervised crash of decoder-0 at {killed_at}/{total}: raw {} decoded {} (dead {decoder_dead}) lost {lost} duplicates {duplicates} (bound {bound})",
        counts.raw, counts.cpm
    );
    assert_eq!(lost, 0, "nothing lost");
    assert!(
        duplicates <= bound,
        "{duplicates} duplicates exceed {bound}"
    );
    assert!(
        counts.locations >= expected.locations,
        "downstream at-least-once: {} locations, native {}",
        counts.locations,
        expected.locations
    );
}

/// (c) Garbage and truncated records in `cits.raw` end up in `cits.dlq` with reasons, and
/// the pipeline keeps processing good records after them.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_input_goes_to_the_dead_letter_topic_and_the_pipeline_keeps_running() {
    let _serial = serial();
    let data = sample();
    let options = ReplayOptions {
        speed: Speed::Max,
        ..ReplayOptions::default()
    };
    let good: Vec<_> = data.entries.iter().take(64).cloned().collect();
    let first = good.first().expect("sample has entries");
    let valid = wrap(first, &options, "test", 0).encode_to_vec();
    let mut truncated_uper = wrap(first, &options, "test", 0);
    truncated_uper.payload.truncate(5);
    let mut garbage_uper = wrap(first, &options, "test", 0);
    garbage_uper.payload = vec![0x55; 40];
    let bad: Vec<(&str, Vec<u8>)> = vec![
        ("not protobuf", vec![0xff; 16]),
        (
            "truncated protobuf",
            valid.get(..valid.len() / 2).unwrap_or_default().to_vec(),
        ),
        ("empty record", Vec::new()),
        ("truncated UPER payload", truncated_uper.encode_to_vec()),
        ("garbage UPER payload", garbage_uper.encode_to_vec()),
    ];
    // Precondition: each is bad for the native decoder too (protobuf or ETSI level).
    for (what, bytes) in &bad {
        let rejected = match CitsMessage::decode(bytes.as_slice()) {
            Err(_) => true,
            Ok(msg) => cits_core::decoder::decode_cpm(&msg).is_err(),
        };
        assert!(rejected, "{what} must be rejected by the native decoder");
    }
    let expected = native(&good, &data.dir.join("graph"), &options);

    let config = common::config(&data, "bad-input");
    let mut pipeline = Pipeline::start(config).await.expect("pipeline starts");
    let replayer = pipeline.replayer();
    replayer
        .produce_raw(
            bad.iter()
                .map(|(_, bytes)| (Some(b"garbage".to_vec()), bytes.clone()))
                .collect(),
        )
        .await
        .expect("produce garbage");
    replayer
        .replay(&good, &options)
        .await
        .expect("replay good records");
    let counts = pipeline
        .wait_settled(SETTLE_PERIOD, DRAIN_TIMEOUT, |_| {})
        .await
        .expect("pipeline settles");
    let instances = pipeline.instances();
    let summary = pipeline.shutdown().await.expect("clean shutdown");
    eprintln!("{summary}");

    assert!(
        instances.iter().all(|i| i.running),
        "no instance died: {instances:?}"
    );
    let dead = &summary.outputs.dead_letters;
    let garbage_dead: Vec<&DeadLetter> = dead
        .iter()
        .filter(|d| d.key.as_deref() == Some(b"garbage".as_slice()))
        .collect();
    for d in &garbage_dead {
        eprintln!(
            "dead letter at {}/{}@{}: {}",
            d.topic, d.partition, d.offset, d.reason
        );
    }
    assert_eq!(
        garbage_dead.len(),
        bad.len(),
        "one dead letter per bad record"
    );
    for d in &garbage_dead {
        assert_eq!(d.stage, "decoder");
        assert_eq!(d.topic, "cits.raw");
        assert!(!d.reason.trim().is_empty(), "a dead letter says why");
    }
    let originals: BTreeSet<&[u8]> = garbage_dead.iter().map(|d| d.original.as_slice()).collect();
    for (what, bytes) in &bad {
        assert!(
            originals.contains(bytes.as_slice()),
            "the dead letter of the {what} carries the original record"
        );
    }
    // The good records after the garbage went through as natively.
    assert_eq!(counts.raw, (bad.len() + good.len()) as u64);
    assert_eq!(counts.trajectories, expected.trajectories);
    assert_same_matched(
        &canonical(&summary.outputs.matched, false),
        &canonical(&expected.matched, false),
    );
}
