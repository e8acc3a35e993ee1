//! A record that crashes a stage every time it is processed (a "poison pill") ends up in
//! `cits.dlq` with its reason and position, and the stage goes on with the records after
//! it: `cits up`'s supervisor restarts the instance after each crash, after
//! `POISON_CRASHES` early crashes in isolation mode (the shell names each record before
//! processing it), and once it died on a named record, with that record to skip
//! (`CITS_SKIP`: dead-lettered unprocessed). The crash is injected with
//! `CITS_FAULT_CRASH_AT` (the shell aborts on that input record) into the shipped `.wasm`
//! decoder on our host.

// See e2e.rs: `serial()` holds a std Mutex across awaits on purpose.
#![allow(clippy::await_holding_lock)]

mod common;

use cits_pipeline::supervisor::POISON_CRASHES;
use cits_pipeline::{Pipeline, Stage, SETTLE_PERIOD};
use cits_proto::CitsMessage;
use prost::Message as _;

use common::{assert_same_matched, canonical, native, sample_at_max_speed, serial, DRAIN_TIMEOUT};

/// The poisoned raw record: the first one of the test's single partition. Nothing of the
/// run is produced before it, so every crashed process leaves no output behind and the
/// outputs can be compared with the native run exactly (a later record would let the
/// records before it be processed again after each crash: duplicates, at-least-once).
const POISON: (i32, i64) = (0, 0);

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_record_that_crashes_the_decoder_every_time_is_dead_lettered_and_the_rest_goes_through() {
    let _serial = serial();
    let (data, options, _) = sample_at_max_speed();
    let mut config = common::config(&data, "poison");
    config.partitions = 1;
    config.stage_env.push((
        Stage::Decoder,
        "CITS_FAULT_CRASH_AT".into(),
        format!("{}@{}", POISON.0, POISON.1),
    ));
    let mut pipeline = Pipeline::start(config).await.expect("pipeline starts");
    pipeline
        .replayer()
        .replay(&data.entries, &options)
        .await
        .expect("replay");
    let counts = pipeline
        .wait_settled(SETTLE_PERIOD, DRAIN_TIMEOUT, |_| {})
        .await
        .expect("pipeline settles: the decoder got past the poisoned record");
    let instances = pipeline.instances();
    let summary = pipeline.shutdown().await.expect("clean shutdown");
    eprintln!("{summary}");

    let decoder = instances
        .iter()
        .find(|i| i.id.stage == Stage::Decoder)
        .expect("decoder instance");
    assert!(decoder.running, "the decoder runs on: {instances:?}");
    assert_eq!(
        decoder.restarts,
        POISON_CRASHES + 1,
        "two early crashes, one in isolation mode, then running with the record skipped"
    );
    for other in instances.iter().filter(|i| i.id.stage != Stage::Decoder) {
        assert_eq!(other.restarts, 0, "{} was not involved", other.id);
    }

    let dead: Vec<_> = summary
        .outputs
        .dead_letters
        .iter()
        .filter(|d| d.stage == "decoder")
        .collect();
    assert_eq!(dead.len(), 1, "exactly the poisoned record: {dead:?}");
    let letter = dead[0];
    assert_eq!(
        (letter.topic.as_str(), letter.partition, letter.offset),
        ("cits.raw", POISON.0, POISON.1)
    );
    assert!(
        letter.reason.contains("crashed decoder repeatedly"),
        "reason: {}",
        letter.reason
    );
    // The dead letter carries the original record: find which entry it was.
    let original = CitsMessage::decode(letter.original.as_slice()).expect("original CitsMessage");
    let index = data
        .entries
        .iter()
        .position(|e| e.bytes == original.payload)
        .expect("the original is one of the replayed records");

    // Every other record went through exactly as natively without the poisoned one.
    let mut rest = data.entries.clone();
    rest.remove(index);
    let expected = native(&rest, &data.dir.join("graph"), &options);
    assert_eq!(counts.raw, data.entries.len() as u64);
    assert_eq!(counts.cpm, data.entries.len() as u64 - 1);
    assert_eq!(counts.trajectories, expected.trajectories);
    assert_same_matched(
        &canonical(&summary.outputs.matched, false),
        &canonical(&expected.matched, false),
    );
}
