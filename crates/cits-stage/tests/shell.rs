//! The shell against a real tansu broker, with a trivial stage: outputs,
//! keys, partitions, traces, dead letters, partition ownership, start
//! positions, missing topics and a broker restart.

use std::sync::atomic::Ordering;
use std::time::Duration;

use cits_stage::partitioner::partition_for_key;
use cits_stage::proto::{DeadLetter, Location, Message, Trace};
use cits_stage::testing::{self, Tansu};
use cits_stage::{run, Now, Shutdown, Stage, StageConfig, Stats, TYPE_HEADER};
use rskafka::client::Client;
use rskafka::record::Record;

/// Generous: the test machine is shared and the broker is in another process.
const WAIT: Duration = Duration::from_secs(30);

/// Echoes locations, tagging them; keys starting with "skip" are filtered,
/// keys starting with "bad" are rejected.
struct Echo;

impl Stage for Echo {
    type Input = Location;
    type Output = Location;
    type Error = String;
    const NAME: &'static str = "echo";

    fn process(&mut self, mut input: Location, _now: Now) -> Result<Vec<Location>, String> {
        if input.trajectory_key.starts_with("skip") {
            return Ok(vec![]);
        }
        if input.trajectory_key.starts_with("bad") {
            return Err(format!("refusing {}", input.trajectory_key));
        }
        assert!(input.trace.is_none(), "the shell takes the trace out");
        input.tags.insert("echoed".into(), "yes".into());
        Ok(vec![input])
    }
}

struct Topics {
    input: String,
    output: String,
    dlq: String,
}

async fn create_topics(client: &Client, input_partitions: i32) -> Topics {
    let topics = Topics {
        input: testing::unique_topic("in"),
        output: testing::unique_topic("out"),
        dlq: testing::unique_topic("dlq"),
    };
    testing::create_topic(client, &topics.input, input_partitions).await;
    testing::create_topic(client, &topics.output, 3).await;
    testing::create_topic(client, &topics.dlq, 1).await;
    topics
}

fn config(broker: &Tansu, topics: &Topics, extra: &[(&str, &str)]) -> StageConfig {
    let mut vars = vec![
        ("CITS_BROKERS".to_owned(), broker.addr()),
        ("CITS_INPUT_TOPIC".to_owned(), topics.input.clone()),
        ("CITS_OUTPUT_TOPIC".to_owned(), topics.output.clone()),
        ("CITS_DLQ_TOPIC".to_owned(), topics.dlq.clone()),
        ("CITS_START".to_owned(), "earliest".to_owned()),
        ("CITS_MAX_WAIT_MS".to_owned(), "10".to_owned()),
        ("CITS_LOG".to_owned(), "debug".to_owned()),
    ];
    vars.extend(
        extra
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned())),
    );
    StageConfig::from_lookup(Echo::NAME, |k| {
        vars.iter()
            .rev()
            .find(|(name, _)| name == k)
            .map(|(_, v)| v.clone())
    })
    .expect("valid test config")
}

fn location(key: &str) -> Location {
    let mut trace = Trace::default();
    trace.push("ingest", "test", 1, 2);
    Location {
        trajectory_key: key.into(),
        timestamp_ms: 1_700_000_000_000,
        trace: Some(trace),
        ..Default::default()
    }
}

fn location_record(key: &str) -> Record {
    testing::record(
        Some(key.as_bytes()),
        location(key).encode_to_vec(),
        Some("cits.v1.Location"),
    )
}

/// Runs `Echo` with `config` while `driver` runs, then shuts it down.
async fn with_stage<T>(
    config: &StageConfig,
    driver: impl std::future::Future<Output = T>,
) -> (Stats, T) {
    with_stage_of(config, Echo, driver).await
}

/// Runs `stage` with `config` while `driver` runs, then shuts it down.
async fn with_stage_of<S: Stage, T>(
    config: &StageConfig,
    stage: S,
    driver: impl std::future::Future<Output = T>,
) -> (Stats, T) {
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let shutdown = Shutdown::new(async move {
        let _ = stopped.await;
    });
    let driver = async move {
        let result = driver.await;
        let _ = stop.send(());
        result
    };
    tokio::join!(run(config, stage, shutdown), driver)
}

fn decode_location(record: &Record) -> Location {
    Location::decode(record.value.as_deref().unwrap_or_default()).expect("output is a Location")
}

#[tokio::test]
async fn processes_records_and_dead_letters_bad_ones() {
    let broker = Tansu::start();
    let client = testing::client(&broker.addr()).await;
    let topics = create_topics(&client, 2).await;
    let good = ["4711/1", "4711/2", "815/7"];
    testing::produce(
        &client,
        &topics.input,
        0,
        good.iter().map(|k| location_record(k)).collect(),
    )
    .await;
    let mut no_value = testing::record(Some(b"k"), vec![], None);
    no_value.value = None;
    let bad = vec![
        location_record("skip/1"),
        location_record("bad/1"),
        testing::record(Some(b"junk"), vec![0xff; 16], None),
        testing::record(
            Some(b"typed"),
            location("4711/9").encode_to_vec(),
            Some("cits.v1.Cpm"),
        ),
        testing::record(None, vec![0; cits_stage::MAX_RECORD_BYTES + 1], None),
        no_value,
    ];
    testing::produce(&client, &topics.input, 1, bad).await;
    let config = config(&broker, &topics, &[]);

    let before = Now::system().unix_ns;
    let (stats, (outputs, dead)) = with_stage(&config, async {
        let outputs = testing::consume(&client, &topics.output, 3, good.len(), WAIT).await;
        let dead = testing::consume(&client, &topics.dlq, 1, 5, WAIT).await;
        (outputs, dead)
    })
    .await;

    assert_eq!(
        outputs.len(),
        good.len(),
        "outputs; broker log:\n{}",
        broker.log()
    );
    let mut keys = Vec::new();
    for (partition, record) in &outputs {
        let loc = decode_location(record);
        assert_eq!(record.key.as_deref(), Some(loc.trajectory_key.as_bytes()));
        assert_eq!(
            *partition as usize,
            partition_for_key(loc.trajectory_key.as_bytes(), 3)
        );
        assert_eq!(
            record.headers.get(TYPE_HEADER).map(Vec::as_slice),
            Some(&b"cits.v1.Location"[..])
        );
        assert_eq!(loc.tags.get("echoed").map(String::as_str), Some("yes"));
        let trace = loc.trace.expect("trace");
        assert_eq!(
            trace.entries.len(),
            2,
            "input entry kept, stage entry appended"
        );
        assert_eq!(trace.entries[0].stage, "ingest");
        let entry = &trace.entries[1];
        assert_eq!(
            (entry.stage.as_str(), entry.instance.as_str()),
            ("echo", "echo-0")
        );
        assert!(before <= entry.received_ns && entry.received_ns <= entry.sent_ns);
        keys.push(loc.trajectory_key);
    }
    keys.sort();
    assert_eq!(keys, good);

    let mut letters: Vec<DeadLetter> = dead
        .iter()
        .map(|(_, r)| {
            DeadLetter::decode(r.value.as_deref().unwrap_or_default()).expect("dead letter")
        })
        .collect();
    letters.sort_by_key(|l| l.offset);
    let reasons: Vec<&str> = letters.iter().map(|l| l.reason.as_str()).collect();
    assert_eq!(letters.len(), 5, "{reasons:?}");
    let expect = [
        (1, "echo rejected it: refusing bad/1"),
        (2, "undecodable cits.v1.Location protobuf"),
        (3, "wrong message type \"cits.v1.Cpm\""),
        (4, "exceeds the limit"),
        (5, "record has no value"),
    ];
    for (letter, (offset, reason)) in letters.iter().zip(expect) {
        assert_eq!(letter.offset, offset);
        assert!(
            letter.reason.contains(reason),
            "{:?} should mention {reason:?}",
            letter.reason
        );
        assert_eq!(
            (letter.topic.as_str(), letter.partition),
            (topics.input.as_str(), 1)
        );
        assert_eq!(
            (letter.stage.as_str(), letter.instance.as_str()),
            ("echo", "echo-0")
        );
    }
    assert_eq!(letters[0].key.as_deref(), Some(&b"bad/1"[..]));
    assert_eq!(letters[1].original, vec![0xff; 16]);
    assert_eq!(
        letters[3].original.len(),
        cits_stage::DLQ_ORIGINAL_MAX_BYTES
    );
    assert_eq!(
        (
            stats.records_in,
            stats.records_out,
            stats.dead_letters,
            stats.filtered
        ),
        (9, 3, 5, 1),
        "{stats}"
    );
}

#[tokio::test]
async fn instances_split_the_partitions() {
    let broker = Tansu::start();
    let client = testing::client(&broker.addr()).await;
    let topics = create_topics(&client, 4).await;
    for p in 0..4 {
        let records = (0..5)
            .map(|i| location_record(&format!("{p}/{i}")))
            .collect();
        testing::produce(&client, &topics.input, p, records).await;
    }
    let first = config(
        &broker,
        &topics,
        &[("CITS_INSTANCE", "0"), ("CITS_INSTANCES", "2")],
    );
    let second = config(
        &broker,
        &topics,
        &[("CITS_INSTANCE", "1"), ("CITS_INSTANCES", "2")],
    );
    let (stop, stopped) = tokio::sync::watch::channel(false);
    let shutdown = |mut rx: tokio::sync::watch::Receiver<bool>| {
        Shutdown::new(async move {
            let _ = rx.wait_for(|stop| *stop).await;
        })
    };
    let driver = async {
        let out = testing::consume(&client, &topics.output, 3, 20, WAIT).await;
        // Give a duplicate, if any, the time to show up.
        tokio::time::sleep(Duration::from_millis(500)).await;
        let out = testing::consume(
            &client,
            &topics.output,
            3,
            out.len() + 1,
            Duration::from_secs(1),
        )
        .await;
        let _ = stop.send(true);
        out
    };
    let (a, b, outputs) = tokio::join!(
        run(&first, Echo, shutdown(stopped.clone())),
        run(&second, Echo, shutdown(stopped.clone())),
        driver
    );
    assert_eq!(outputs.len(), 20, "each record exactly once");
    for (_, record) in &outputs {
        let loc = decode_location(record);
        let input_partition: u32 = loc
            .trajectory_key
            .split('/')
            .next()
            .and_then(|p| p.parse().ok())
            .expect("key");
        let trace = loc.trace.expect("trace");
        assert_eq!(
            trace.entries[1].instance,
            format!("echo-{}", input_partition % 2)
        );
    }
    assert_eq!((a.records_in, b.records_in), (10, 10));
}

#[tokio::test]
async fn start_latest_skips_what_came_before() {
    let broker = Tansu::start();
    let client = testing::client(&broker.addr()).await;
    let topics = create_topics(&client, 1).await;
    testing::produce(&client, &topics.input, 0, vec![location_record("1/old")]).await;
    let config = config(&broker, &topics, &[("CITS_START", "latest")]);
    let (_, outputs) = with_stage(&config, async {
        // Probe until the stage is running (it starts at the end of the log).
        for i in 0..100 {
            testing::produce(
                &client,
                &topics.input,
                0,
                vec![location_record(&format!("1/probe{i}"))],
            )
            .await;
            let out =
                testing::consume(&client, &topics.output, 3, 1, Duration::from_millis(300)).await;
            if !out.is_empty() {
                tokio::time::sleep(Duration::from_millis(300)).await;
                return testing::consume(
                    &client,
                    &topics.output,
                    3,
                    100,
                    Duration::from_millis(500),
                )
                .await;
            }
        }
        Vec::new()
    })
    .await;
    assert!(!outputs.is_empty(), "the stage never produced");
    for (_, record) in &outputs {
        let key = decode_location(record).trajectory_key;
        assert!(
            key.starts_with("1/probe"),
            "{key} was produced before the start"
        );
    }
}

#[tokio::test]
async fn waits_for_missing_topics() {
    let broker = Tansu::start();
    let client = testing::client(&broker.addr()).await;
    let topics = Topics {
        input: testing::unique_topic("in"),
        output: testing::unique_topic("out"),
        dlq: testing::unique_topic("dlq"),
    };
    let config = config(&broker, &topics, &[]);
    let (stats, outputs) = with_stage(&config, async {
        // The stage is up before its topics exist.
        tokio::time::sleep(Duration::from_secs(1)).await;
        testing::create_topic(&client, &topics.input, 1).await;
        testing::create_topic(&client, &topics.output, 3).await;
        testing::create_topic(&client, &topics.dlq, 1).await;
        testing::produce(&client, &topics.input, 0, vec![location_record("5/5")]).await;
        testing::consume(&client, &topics.output, 3, 1, WAIT).await
    })
    .await;
    assert_eq!(outputs.len(), 1, "{stats}");
    assert_eq!(decode_location(&outputs[0].1).trajectory_key, "5/5");
}

#[tokio::test]
async fn survives_a_broker_restart() {
    let mut broker = Tansu::start();
    let addr = broker.addr();
    let topics = {
        let client = testing::client(&addr).await;
        create_topics(&client, 1).await
    };
    let config = config(&broker, &topics, &[]);
    let (stats, (before, after)) = with_stage(&config, async {
        let client = testing::client(&addr).await;
        testing::produce(&client, &topics.input, 0, vec![location_record("1/before")]).await;
        let before = testing::consume(&client, &topics.output, 3, 1, WAIT).await;
        drop(client);
        broker.kill();
        tokio::time::sleep(Duration::from_secs(2)).await;
        // In-memory storage: the new broker is empty, so topics are recreated.
        broker.restart();
        let client = testing::client(&addr).await;
        create_topics_named(&client, &topics).await;
        testing::produce(&client, &topics.input, 0, vec![location_record("1/after")]).await;
        let after = testing::consume(&client, &topics.output, 3, 1, WAIT).await;
        (before, after)
    })
    .await;
    assert_eq!(before.len(), 1);
    assert_eq!(after.len(), 1, "nothing after the restart: {stats}");
    // rskafka may reconnect by itself (then `reconnects` stays 0): what counts
    // is that the record written to the new, empty log was not skipped.
    assert_eq!(decode_location(&after[0].1).trajectory_key, "1/after");
    assert_eq!(stats.records_out, 2, "{stats}");
}

async fn create_topics_named(client: &Client, topics: &Topics) {
    testing::create_topic(client, &topics.input, 1).await;
    testing::create_topic(client, &topics.output, 3).await;
    testing::create_topic(client, &topics.dlq, 1).await;
}

/// The group's committed offsets of `topic` as kafka-python (an independent Kafka client,
/// in the venv `.ci/install-deps.sh` creates) reads them: partition -> offset.
fn committed_by_kafka_python(
    broker: &str,
    group: &str,
    topic: &str,
    partitions: i32,
) -> std::collections::BTreeMap<i32, i64> {
    const SCRIPT: &str = r#"
import sys
from kafka import KafkaConsumer, TopicPartition
broker, group, topic, n = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
# committed() is an OffsetFetch to the group's coordinator; the consumer joins no group.
consumer = KafkaConsumer(bootstrap_servers=broker, group_id=group, enable_auto_commit=False)
for p in range(n):
    offset = consumer.committed(TopicPartition(topic, p))
    print(p, -1 if offset is None else offset)
consumer.close()
"#;
    let venv = std::env::var_os("CITS_CHECK_VENV").map_or_else(
        || {
            std::path::PathBuf::from(std::env::var("HOME").expect("HOME is set"))
                .join(".cache/cits-wasm/venv")
        },
        std::path::PathBuf::from,
    );
    let python = venv.join("bin/python");
    let out = std::process::Command::new(&python)
        .args(["-c", SCRIPT, broker, group, topic, &partitions.to_string()])
        .output()
        .unwrap_or_else(|e| {
            panic!(
                "cannot run {} ({e}); run .ci/install-deps.sh (kafka-python)",
                python.display()
            )
        });
    assert!(
        out.status.success(),
        "kafka-python failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|line| {
            let mut parts = line.split_whitespace();
            let p = parts
                .next()
                .and_then(|p| p.parse().ok())
                .expect("partition");
            let o = parts.next().and_then(|o| o.parse().ok()).expect("offset");
            (p, o)
        })
        .collect()
}

/// Produces one location record per key, alternating between partitions 0 and 1.
async fn produce_alternating(client: &Client, topic: &str, keys: &[String]) {
    for (i, key) in keys.iter().enumerate() {
        testing::produce(client, topic, (i % 2) as i32, vec![location_record(key)]).await;
    }
}

/// Keys of the output records, sorted.
fn output_keys(outputs: &[(i32, Record)]) -> Vec<String> {
    let mut keys: Vec<String> = outputs
        .iter()
        .map(|(_, r)| decode_location(r).trajectory_key)
        .collect();
    keys.sort();
    keys
}

/// Committed positions: a stage that consumed part of a topic and stopped continues, after
/// a restart, from its group's committed offsets: nothing lost, nothing replayed, although
/// the restart says `CITS_START=latest` (which only applies when nothing is committed).
/// kafka-python reads the same committed offsets.
#[tokio::test]
async fn a_restarted_stage_resumes_from_its_committed_offsets() {
    let broker = Tansu::start();
    let client = testing::client(&broker.addr()).await;
    let topics = create_topics(&client, 2).await;
    let first: Vec<String> = (0..10).map(|i| format!("{}/a{i}", i % 4)).collect();
    produce_alternating(&client, &topics.input, &first).await;
    // First run from the start of the topic: nothing is committed yet.
    let (stats, outputs) = with_stage(&config(&broker, &topics, &[]), async {
        testing::consume(&client, &topics.output, 3, first.len(), WAIT).await
    })
    .await;
    assert_eq!(stats.records_in, first.len() as u64);
    assert!(stats.commits >= 1, "the stage committed: {stats}");
    assert_eq!(output_keys(&outputs).len(), first.len());

    // An independent client sees the group's offsets: the end of each partition.
    let committed = committed_by_kafka_python(&broker.addr(), Echo::NAME, &topics.input, 2);
    assert_eq!(
        committed,
        std::collections::BTreeMap::from([(0, 5), (1, 5)]),
        "committed offsets of group {}",
        Echo::NAME
    );

    // Records arrive while the stage is down; the restart says "latest".
    let second: Vec<String> = (0..6).map(|i| format!("{}/b{i}", i % 4)).collect();
    produce_alternating(&client, &topics.input, &second).await;
    let total = first.len() + second.len();
    let latest = config(&broker, &topics, &[("CITS_START", "latest")]);
    let (stats, outputs) = with_stage(&latest, async {
        let out = testing::consume(&client, &topics.output, 3, total, WAIT).await;
        // A replay would add more: give it time to show up.
        tokio::time::sleep(Duration::from_millis(500)).await;
        let more = testing::consume(
            &client,
            &topics.output,
            3,
            total + 1,
            Duration::from_millis(500),
        )
        .await;
        more.len().max(out.len())
    })
    .await;
    assert_eq!(
        stats.records_in,
        second.len() as u64,
        "the restart processes exactly what came while it was down: {stats}"
    );
    assert_eq!(outputs, total, "no loss and no replay in the output topic");
    let all = testing::consume(&client, &topics.output, 3, total, WAIT).await;
    let mut expected: Vec<String> = first.iter().chain(&second).cloned().collect();
    expected.sort();
    assert_eq!(output_keys(&all), expected, "every input exactly once");
    let committed = committed_by_kafka_python(&broker.addr(), Echo::NAME, &topics.input, 2);
    assert_eq!(
        committed,
        std::collections::BTreeMap::from([(0, 8), (1, 8)])
    );
}

/// A stateful stage: counts the inputs per key (state = the count, 8 bytes big-endian)
/// and tags every output with the count; an input with timestamp 0 forgets its key.
#[derive(Default)]
struct Counter {
    counts: std::collections::BTreeMap<String, u64>,
    changed: std::collections::BTreeSet<String>,
    /// Tells its changed keys ([`Stage::take_changed_keys`]), so the shell serialises
    /// at its changelog writes; else it serialises after every input.
    tells_keys: bool,
    /// Changed since the last `take_changed_keys`.
    fresh: Vec<String>,
    /// States serialised so far (shared with the test).
    serialised: std::sync::Arc<std::sync::atomic::AtomicUsize>,
}

impl Counter {
    fn telling_keys() -> Self {
        Self {
            tells_keys: true,
            ..Self::default()
        }
    }
}

impl Stage for Counter {
    type Input = Location;
    type Output = Location;
    type Error = String;
    const NAME: &'static str = "counter";
    const STATEFUL: bool = true;

    fn process(&mut self, mut input: Location, _now: Now) -> Result<Vec<Location>, String> {
        let key = input.trajectory_key.clone();
        self.changed.insert(key.clone());
        self.fresh.push(key.clone());
        if input.timestamp_ms == 0 {
            self.counts.remove(&key);
            return Ok(vec![]);
        }
        let count = self.counts.entry(key).or_default();
        *count += 1;
        input.tags.insert("count".into(), count.to_string());
        Ok(vec![input])
    }

    fn take_changes(&mut self) -> Vec<cits_stage::StateChange> {
        self.fresh.clear();
        std::mem::take(&mut self.changed)
            .into_iter()
            .map(|key| {
                let state = self.counts.get(&key).map(|c| c.to_be_bytes().to_vec());
                self.serialised
                    .fetch_add(usize::from(state.is_some()), Ordering::Relaxed);
                cits_stage::StateChange { state, key }
            })
            .collect()
    }

    fn take_changed_keys(&mut self) -> Option<Vec<String>> {
        let mut fresh = std::mem::take(&mut self.fresh);
        fresh.sort();
        fresh.dedup();
        self.tells_keys.then_some(fresh)
    }

    fn restore(&mut self, key: &str, state: &[u8]) -> Result<(), String> {
        let bytes = <[u8; 8]>::try_from(state).map_err(|_| format!("{} bytes", state.len()))?;
        self.counts
            .insert(key.to_owned(), u64::from_be_bytes(bytes));
        Ok(())
    }
}

/// (key, partition) inputs; a key always goes to the same partition, as keyed records do.
async fn produce_counted(client: &Client, topic: &str, inputs: &[(&str, i32)]) {
    for (key, partition) in inputs {
        testing::produce(client, topic, *partition, vec![location_record(key)]).await;
    }
}

/// (key, count tag) of the outputs, sorted.
fn counted(outputs: &[(i32, Record)]) -> Vec<(String, u64)> {
    let mut out: Vec<(String, u64)> = outputs
        .iter()
        .map(|(_, r)| {
            let l = decode_location(r);
            let count = l.tags.get("count").and_then(|c| c.parse().ok());
            (l.trajectory_key, count.expect("count tag"))
        })
        .collect();
    out.sort();
    out
}

/// The changelog as an independent reader sees it: the latest value per (partition, key).
async fn changelog_view(
    client: &Client,
    topic: &str,
) -> std::collections::BTreeMap<(i32, String), Option<Vec<u8>>> {
    let records = testing::consume(client, topic, 2, usize::MAX, Duration::from_secs(2)).await;
    records
        .into_iter()
        .map(|(p, r)| {
            let key = String::from_utf8(r.key.unwrap_or_default()).expect("utf-8 key");
            ((p, key), r.value)
        })
        .collect()
}

fn position_in(
    view: &std::collections::BTreeMap<(i32, String), Option<Vec<u8>>>,
    partition: i32,
) -> Option<i64> {
    view.get(&(partition, cits_stage::CHANGELOG_POSITION_KEY.to_owned()))
        .and_then(|v| <[u8; 8]>::try_from(v.as_deref()?).ok())
        .map(i64::from_be_bytes)
}

/// State that survives restarts: a stateful stage writes every changed key to its
/// changelog topic (created by the stage with the input's partition count; state of
/// input partition p in changelog partition p; tombstone when deleted; a position record
/// per partition) and a restarted one restores it before consuming: the counts continue
/// where they stopped, a forgotten key starts over, nothing is processed twice — also
/// after a crash (the stage's future dropped, no final commit), because it resumes at the
/// position its restored state belongs to.
#[tokio::test]
async fn a_restarted_stateful_stage_restores_its_state_from_the_changelog() {
    restores_its_state(Counter::default).await;
}

/// The same with a stage whose state the shell serialises only at its changelog writes.
#[tokio::test]
async fn a_stage_that_tells_its_changed_keys_restores_its_state_alike() {
    restores_its_state(Counter::telling_keys).await;
}

/// Runs, restarts and crashes a [`Counter`] made by `counter`: the changelog holds the
/// latest count per key in its input's partition, and a restart continues the counts.
async fn restores_its_state(counter: fn() -> Counter) {
    let broker = Tansu::start();
    let client = testing::client(&broker.addr()).await;
    let topics = create_topics(&client, 2).await;
    let changelog = testing::unique_topic("changelog");
    let cfg = config(&broker, &topics, &[("CITS_CHANGELOG_TOPIC", &changelog)]);
    let forget = |key: &str| {
        let mut l = location(key);
        l.timestamp_ms = 0;
        testing::record(
            Some(key.as_bytes()),
            l.encode_to_vec(),
            Some("cits.v1.Location"),
        )
    };
    let first = [
        ("1/a", 0),
        ("2/b", 1),
        ("1/a", 0),
        ("3/c", 1),
        ("2/b", 1),
        ("1/a", 0),
    ];
    produce_counted(&client, &topics.input, &first).await;
    testing::produce(&client, &topics.input, 1, vec![forget("3/c")]).await;
    let (stats, outputs) = with_stage_of(&cfg, counter(), async {
        testing::consume(&client, &topics.output, 3, first.len(), WAIT).await
    })
    .await;
    assert_eq!(stats.records_in, 7, "{stats}");
    let expected = |pairs: &[(&str, u64)]| -> Vec<(String, u64)> {
        pairs.iter().map(|(k, c)| ((*k).to_owned(), *c)).collect()
    };
    assert_eq!(
        counted(&outputs),
        expected(&[
            ("1/a", 1),
            ("1/a", 2),
            ("1/a", 3),
            ("2/b", 1),
            ("2/b", 2),
            ("3/c", 1)
        ])
    );

    // The changelog, read independently: latest state per key in its input's partition,
    // a tombstone for the forgotten key, the positions of the stopped stage.
    let view = changelog_view(&client, &changelog).await;
    let state = |p: i32, k: &str| view.get(&(p, k.to_owned())).cloned();
    assert_eq!(state(0, "1/a"), Some(Some(3u64.to_be_bytes().to_vec())));
    assert_eq!(state(1, "2/b"), Some(Some(2u64.to_be_bytes().to_vec())));
    let forgotten = state(1, "3/c");
    if counter().tells_keys {
        // Counted and forgotten between two changelog writes (serialised only at a
        // write): never written, so no tombstone is needed — unless a write fell between.
        assert!(matches!(forgotten, None | Some(None)), "{forgotten:?}");
    } else {
        assert_eq!(forgotten, Some(None), "tombstone");
    }
    assert_eq!(
        (position_in(&view, 0), position_in(&view, 1)),
        (Some(3), Some(4))
    );

    // Restart (`latest`): the counts continue, the forgotten key starts over.
    let second = [("1/a", 0), ("3/c", 1), ("2/b", 1)];
    produce_counted(&client, &topics.input, &second).await;
    let latest = config(
        &broker,
        &topics,
        &[
            ("CITS_CHANGELOG_TOPIC", &changelog),
            ("CITS_START", "latest"),
        ],
    );
    let (stats, outputs) = with_stage_of(&latest, counter(), async {
        testing::consume(&client, &topics.output, 3, first.len() + second.len(), WAIT).await
    })
    .await;
    assert_eq!(stats.records_in, second.len() as u64, "no replay: {stats}");
    let all = counted(&outputs);
    for continued in [("1/a", 4), ("2/b", 3), ("3/c", 1)] {
        let n = all
            .iter()
            .filter(|(k, c)| k == continued.0 && *c == continued.1)
            .count();
        let want = if continued.0 == "3/c" { 2 } else { 1 };
        assert_eq!(n, want, "{continued:?} in {all:?}");
    }
    assert_eq!(all.len(), first.len() + second.len());

    // A crash: the stage's future is dropped right after its outputs arrived (no final
    // commit, maybe no periodic one), then a restart.
    let third = [("2/b", 1), ("2/b", 1), ("1/a", 0)];
    produce_counted(&client, &topics.input, &third).await;
    let before = first.len() + second.len();
    tokio::select! {
        _ = run(&latest, counter(), Shutdown::never()) => unreachable!("runs until dropped"),
        _ = async {
            testing::consume(&client, &topics.output, 3, before + third.len(), WAIT).await;
            tokio::time::sleep(Duration::from_millis(100)).await;
        } => {}
    }
    let view = changelog_view(&client, &changelog).await;
    let resume_at: i64 = (0..2)
        .map(|p| position_in(&view, p).expect("position record"))
        .sum();
    let committed = committed_by_kafka_python(&broker.addr(), Counter::NAME, &topics.input, 2);
    eprintln!("after the crash: changelog positions sum {resume_at}, committed {committed:?}");
    assert!(
        committed.values().sum::<i64>() <= resume_at,
        "the position record is never behind the commit"
    );
    let fourth = [("2/b", 1)];
    produce_counted(&client, &topics.input, &fourth).await;
    let input_end = (first.len() + 1 + second.len() + third.len() + fourth.len()) as i64;
    let (stats, outputs) = with_stage_of(&latest, counter(), async {
        let n = before + third.len() + fourth.len();
        testing::consume(&client, &topics.output, 3, n, WAIT).await;
        // Re-processed records would add more: give them time to show up.
        tokio::time::sleep(Duration::from_millis(500)).await;
        testing::consume(
            &client,
            &topics.output,
            3,
            usize::MAX,
            Duration::from_secs(1),
        )
        .await
    })
    .await;
    // Exactly the records after the restored state's position are processed again.
    assert_eq!(stats.records_in as i64, input_end - resume_at, "{stats}");
    // Whatever was re-processed repeats an output exactly: the counts of each key are
    // 1..=n without gaps, and 2/b ends at 6 (2 + 1 + 2 + 1), 1/a at 5.
    let all = counted(&outputs);
    let last = |key: &str| all.iter().filter(|(k, _)| k == key).map(|(_, c)| *c).max();
    assert_eq!((last("1/a"), last("2/b")), (Some(5), Some(6)), "{all:?}");
    for key in ["1/a", "2/b"] {
        let mut counts: Vec<u64> = all
            .iter()
            .filter(|(k, _)| k == key)
            .map(|(_, c)| *c)
            .collect();
        counts.dedup();
        assert_eq!(
            counts,
            (1..=counts.len() as u64).collect::<Vec<_>>(),
            "{key}: {all:?}"
        );
    }
}

/// A key updated many times between two changelog writes is serialised once per write
/// when the stage tells its changed keys, not once per input, and the changelog still
/// ends with its latest state.
#[tokio::test]
async fn told_keys_are_serialised_per_changelog_write_not_per_input() {
    const INPUTS: usize = 40;
    let broker = Tansu::start();
    let client = testing::client(&broker.addr()).await;
    let topics = create_topics(&client, 2).await;
    let changelog = testing::unique_topic("changelog");
    let cfg = config(&broker, &topics, &[("CITS_CHANGELOG_TOPIC", &changelog)]);
    let counter = Counter::telling_keys();
    let serialised = counter.serialised.clone();
    // One produce: the stage fetches them together and works through them well within
    // one commit interval.
    let records = (0..INPUTS).map(|_| location_record("1/a")).collect();
    testing::produce(&client, &topics.input, 0, records).await;
    let (stats, outputs) = with_stage_of(&cfg, counter, async {
        testing::consume(&client, &topics.output, 3, INPUTS, WAIT).await
    })
    .await;
    assert_eq!(outputs.len(), INPUTS, "{stats}");
    let view = changelog_view(&client, &changelog).await;
    assert_eq!(
        view.get(&(0, "1/a".to_owned())),
        Some(&Some((INPUTS as u64).to_be_bytes().to_vec())),
        "the latest count"
    );
    let serialised = serialised.load(Ordering::Relaxed);
    eprintln!("{INPUTS} inputs of one key, state serialised {serialised} times; {stats}");
    assert!(
        (1..=INPUTS / 4).contains(&serialised),
        "serialised {serialised} times for {INPUTS} inputs"
    );
}

/// Holds every input and sends it from its next tick, as the collision detector sends
/// the ENDED records of the road users its tick evicts.
#[derive(Default)]
struct Holder {
    held: Vec<Location>,
}

impl Stage for Holder {
    type Input = Location;
    type Output = Location;
    type Error = String;
    const NAME: &'static str = "holder";

    fn process(&mut self, input: Location, _now: Now) -> Result<Vec<Location>, String> {
        self.held.push(input);
        Ok(vec![])
    }

    fn take_tick_outputs(&mut self) -> Vec<Location> {
        std::mem::take(&mut self.held)
    }
}

/// Records a stage finds in its tick are produced without waiting for another input:
/// each once, keyed like any output, with a trace of this stage's entry alone (they were
/// derived from no input), and counted as outputs.
#[tokio::test]
async fn records_found_by_a_tick_are_produced() {
    let broker = Tansu::start();
    let client = testing::client(&broker.addr()).await;
    let topics = create_topics(&client, 2).await;
    let cfg = config(&broker, &topics, &[]);
    let inputs = [("1/a", 0), ("2/b", 1), ("1/c", 0)];
    produce_counted(&client, &topics.input, &inputs).await;
    let (stats, outputs) = with_stage_of(&cfg, Holder::default(), async {
        testing::consume(&client, &topics.output, 3, inputs.len(), WAIT).await
    })
    .await;
    let mut keys: Vec<String> = outputs
        .iter()
        .map(|(_, r)| String::from_utf8(r.key.clone().unwrap_or_default()).expect("utf-8 key"))
        .collect();
    keys.sort();
    assert_eq!(keys, ["1/a", "1/c", "2/b"]);
    for (partition, record) in &outputs {
        let key = String::from_utf8_lossy(record.key.as_deref().unwrap_or_default()).into_owned();
        assert_eq!(
            *partition as usize,
            partition_for_key(key.as_bytes(), 3),
            "{key}"
        );
        let trace = decode_location(record).trace.expect("a trace");
        let stages: Vec<&str> = trace.entries.iter().map(|e| e.stage.as_str()).collect();
        assert_eq!(stages, ["holder"], "{key}");
    }
    assert_eq!(
        (stats.records_in, stats.filtered, stats.records_out),
        (3, 3, 3),
        "{stats}"
    );
}
