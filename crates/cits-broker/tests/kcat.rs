//! Standard Kafka tools work against the embedded broker: Debian's `kcat` (librdkafka 2.0)
//! lists the topics and consumes records our client produced, and each stage's committed
//! offsets and lag are visible with standard tools.
//!
//! `kcat` cannot list a consumer group's committed offsets (1.7 has no OffsetFetch mode;
//! `-G` joins the group as one more consumer), so the committed offsets are read
//! with kafka-python (the venv `.ci/install-deps.sh` creates) and the log end offsets with
//! `kcat -C -e` ("Reached end of topic T [p] at offset N"). `kcat -Q` is not used for the
//! end: tansu 0.6 answers ListOffsets(latest) with the newest batch's base offset + 1
//! (see `cits_stage::kafka::log_end_offset`), while the fetch's high watermark is right.
//!
//! A missing `kcat` (`$CITS_KCAT`, default `kcat` on PATH) or kafka-python fails the
//! test, saying how to install it; `make test` installs both.

use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::process::{Command, Output};

use cits_broker::{BrokerConfig, EmbeddedBroker};
use rskafka::client::partition::UnknownTopicHandling;
use rskafka::client::{Client, ClientBuilder};
use rskafka::record::Record;

mod common;
use common::{bounded, create_topic, produce};

/// Environment variable naming the kcat binary [default: `kcat` on PATH].
const KCAT_ENV: &str = "CITS_KCAT";
/// Bound for each kcat run (coreutils `timeout`): a hung kcat fails the test, not CI.
const KCAT_TIMEOUT_S: &str = "60";
/// Exit status of coreutils `timeout` when it had to stop the command.
const TIMED_OUT: i32 = 124;
/// The pipeline topic the issue consumes with kcat, and the stage that reads it.
const MATCHED: &str = "cits.matched";
const PREDICTOR: &str = "predictor";
/// The topic the map matcher reads (a second stage and topic for the listing).
const TRAJECTORIES: &str = "cits.trajectories";
const MAPMATCHER: &str = "mapmatcher";

/// The kcat binary, checked to run; panics with how to install it otherwise.
fn kcat() -> String {
    let kcat = std::env::var(KCAT_ENV).unwrap_or_else(|_| "kcat".into());
    let version = Command::new(&kcat).arg("-V").output();
    match version {
        Ok(out) if out.status.success() => {
            let text = String::from_utf8_lossy(&out.stdout);
            let line = text
                .lines()
                .find(|l| l.contains("librdkafka"))
                .unwrap_or("");
            eprintln!("kcat: {kcat}: {}", line.trim());
            kcat
        }
        other => panic!(
            "`{kcat} -V` does not run ({other:?}): install Debian's `kcat` (`apt-get install \
             kcat`; `make deps` / .ci/install-deps.sh does) or set ${KCAT_ENV}"
        ),
    }
}

/// Runs kcat with `args` under a time bound; panics if it fails or times out.
fn run_kcat(kcat: &str, args: &[&str]) -> Output {
    let out = Command::new("timeout")
        .arg(KCAT_TIMEOUT_S)
        .arg(kcat)
        .args(args)
        .output()
        .expect("run coreutils timeout");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_ne!(
        out.status.code(),
        Some(TIMED_OUT),
        "kcat {args:?} did not finish in {KCAT_TIMEOUT_S} s: {stderr}"
    );
    assert!(
        out.status.success(),
        "kcat {args:?} failed ({}): {stderr}",
        out.status
    );
    out
}

/// What one stage's consumer group committed on its input topic.
struct StageCommit {
    group: &'static str,
    topic: &'static str,
    /// (partition, committed offset, the lag that leaves).
    offsets: Vec<(i32, i64, i64)>,
}

/// Record values per partition of one topic: what we produce and what kcat must print.
type Values = BTreeMap<i32, Vec<String>>;

/// Creates `topic` and produces `per_partition[p]` records to partition p, in batches of
/// up to three (several batches per partition, as a stage writes them).
async fn create_and_produce(client: &Client, topic: &str, per_partition: &[usize]) -> Values {
    let partitions = i32::try_from(per_partition.len()).expect("partition count");
    create_topic(client, topic, partitions).await;
    let mut produced = Values::new();
    for (p, &n) in (0..partitions).zip(per_partition) {
        let partition = bounded(
            "partition client",
            client.partition_client(topic, p, UnknownTopicHandling::Error),
        )
        .await
        .expect("partition exists");
        let values: Vec<String> = (0..n).map(|i| format!("{topic}/{p}/{i}")).collect();
        for batch in values.chunks(3) {
            let records = batch
                .iter()
                .map(|v| Record {
                    key: Some(format!("key-{v}").into_bytes()),
                    value: Some(v.clone().into_bytes()),
                    headers: BTreeMap::new(),
                    timestamp: chrono::Utc::now(),
                })
                .collect();
            produce(&partition, records).await;
        }
        produced.insert(p, values);
    }
    produced
}

/// `topic "NAME" with N partitions:` lines of `kcat -L`: name -> partition count.
fn listed_topics(metadata: &str) -> BTreeMap<String, usize> {
    metadata
        .lines()
        .filter_map(|line| {
            let rest = line.trim().strip_prefix("topic \"")?;
            let (name, rest) = rest.split_once('"')?;
            let count = rest
                .trim()
                .strip_prefix("with ")?
                .split_whitespace()
                .next()?;
            Some((name.to_owned(), count.parse().ok()?))
        })
        .collect()
}

/// Consumes `topic` from the beginning to its end with kcat: the values per partition in
/// offset order (offsets checked to run 0, 1, …), and the end offsets kcat reports.
fn consume_with_kcat(kcat: &str, broker: &str, topic: &str) -> (Values, BTreeMap<i32, i64>) {
    let out = run_kcat(
        kcat,
        &[
            "-b",
            broker,
            "-C",
            "-t",
            topic,
            "-o",
            "beginning",
            "-e",
            "-f",
            "%p %o %s\n",
        ],
    );
    let mut values = Values::new();
    for line in String::from_utf8_lossy(&out.stdout).lines() {
        let mut parts = line.splitn(3, ' ');
        let (Some(p), Some(o), Some(v)) = (parts.next(), parts.next(), parts.next()) else {
            panic!("unexpected kcat line {line:?}");
        };
        let p: i32 = p.parse().expect("partition");
        let o: usize = o.parse().expect("offset");
        let seen = values.entry(p).or_default();
        assert_eq!(o, seen.len(), "offsets of {topic} [{p}] in order from 0");
        seen.push(v.to_owned());
    }
    // "% Reached end of topic T [p] at offset N" (the last one ends with ": exiting").
    let marker = format!("Reached end of topic {topic} [");
    let ends = String::from_utf8_lossy(&out.stderr)
        .lines()
        .filter_map(|line| {
            let rest = &line[line.find(&marker)? + marker.len()..];
            let (p, rest) = rest.split_once("] at offset ")?;
            let offset = rest.split(|c: char| !c.is_ascii_digit()).next()?;
            Some((p.parse().ok()?, offset.parse().ok()?))
        })
        .collect();
    (values, ends)
}

/// The group's committed offsets of `topic` as kafka-python's admin client lists them
/// (an OffsetFetch for the whole group): partition -> offset.
fn committed_by_kafka_python(broker: &str, group: &str, topic: &str) -> BTreeMap<i32, i64> {
    const SCRIPT: &str = r#"
import sys
from kafka.admin import KafkaAdminClient
broker, group, topic = sys.argv[1:4]
admin = KafkaAdminClient(bootstrap_servers=broker)
# kafka-python 3: {group: {TopicPartition: OffsetAndMetadata}}
for tp, meta in admin.list_group_offsets(group)[group].items():
    if tp.topic == topic:
        print(tp.partition, meta.offset)
admin.close()
"#;
    let venv = std::env::var_os("CITS_CHECK_VENV").map_or_else(
        || {
            std::path::PathBuf::from(std::env::var("HOME").expect("HOME is set"))
                .join(".cache/cits-wasm/venv")
        },
        std::path::PathBuf::from,
    );
    let python = venv.join("bin/python");
    let out = Command::new(&python)
        .args(["-c", SCRIPT, broker, group, topic])
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
            let (p, o) = line.split_once(' ').expect("partition offset");
            (
                p.parse().expect("partition"),
                o.trim().parse().expect("offset"),
            )
        })
        .collect()
}

#[test]
fn kcat_lists_consumes_and_stage_offsets_and_lag_are_visible() {
    let kcat = kcat();
    let broker = EmbeddedBroker::start(BrokerConfig::default()).expect("broker starts");
    let addr: SocketAddr = broker.addr();
    let bootstrap = addr.to_string();

    // Ground truth: what our client (the stages' rskafka) produced and committed.
    let matched_counts = [7, 4];
    let trajectories_counts = [5];
    // Lag = records produced - committed offset.
    let commits = [
        StageCommit {
            group: PREDICTOR,
            topic: MATCHED,
            offsets: vec![(0, 7, 0), (1, 1, 3)],
        },
        StageCommit {
            group: MAPMATCHER,
            topic: TRAJECTORIES,
            offsets: vec![(0, 2, 3)],
        },
    ];
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    let (matched, trajectories) = runtime.block_on(async {
        let client = bounded(
            "connect",
            ClientBuilder::new(vec![bootstrap.clone()]).build(),
        )
        .await
        .expect("client connects");
        let matched = create_and_produce(&client, MATCHED, &matched_counts).await;
        let trajectories = create_and_produce(&client, TRAJECTORIES, &trajectories_counts).await;
        for StageCommit {
            group,
            topic,
            offsets,
        } in &commits
        {
            let offsets: Vec<(i32, i64)> = offsets.iter().map(|&(p, o, _)| (p, o)).collect();
            bounded(
                "commit",
                client.group_client(*group).commit_offsets(topic, &offsets),
            )
            .await
            .expect("offsets committed");
        }
        (matched, trajectories)
    });

    // kcat -L: both topics with their partition counts.
    let metadata = run_kcat(&kcat, &["-b", &bootstrap, "-L"]);
    let listed = listed_topics(&String::from_utf8_lossy(&metadata.stdout));
    let expected: BTreeMap<String, usize> = [
        (MATCHED.to_owned(), matched_counts.len()),
        (TRAJECTORIES.to_owned(), trajectories_counts.len()),
    ]
    .into();
    assert_eq!(listed, expected, "topics kcat -L lists");

    // kcat -C: every record we produced, in offset order, and the end of each partition.
    let mut ends = BTreeMap::new();
    for (topic, produced) in [(MATCHED, &matched), (TRAJECTORIES, &trajectories)] {
        let (consumed, topic_ends) = consume_with_kcat(&kcat, &bootstrap, topic);
        assert_eq!(&consumed, produced, "records kcat consumed from {topic}");
        let produced_ends: BTreeMap<i32, i64> = produced
            .iter()
            .map(|(&p, v)| (p, i64::try_from(v.len()).expect("count")))
            .collect();
        assert_eq!(
            topic_ends, produced_ends,
            "end offsets kcat reports for {topic}"
        );
        ends.insert(topic, topic_ends);
    }

    // Each stage's committed offsets (kafka-python) and lag (end - committed).
    eprintln!("group       topic              partition  committed  end  lag");
    for StageCommit {
        group,
        topic,
        offsets,
    } in &commits
    {
        let committed = committed_by_kafka_python(&bootstrap, group, topic);
        let expected: BTreeMap<i32, i64> = offsets.iter().map(|&(p, o, _)| (p, o)).collect();
        assert_eq!(
            committed, expected,
            "{group}'s committed offsets of {topic}"
        );
        for &(p, c, expected_lag) in offsets {
            let end = ends[topic][&p];
            let lag = end - c;
            eprintln!("{group:<11} {topic:<18} {p:>9}  {c:>9}  {end:>3}  {lag:>3}");
            assert_eq!(lag, expected_lag, "{group} lag on {topic} [{p}]");
        }
    }
    broker.shutdown();
}
