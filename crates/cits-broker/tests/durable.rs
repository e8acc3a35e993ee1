//! SQLite storage: a broker started again on the same file has the topics, the records and
//! the committed offsets of the one before — after a clean stop and after `kill -9`.
//! PostgreSQL storage: several brokers on one database are one cluster (what one writes,
//! another serves), and what they stored outlives all of them.
//!
//! The kill case runs the broker as its own process (`cits broker --storage`, the binary
//! named by `CITS_TANSU_BIN`, as the pipeline tests do) so it can die without a chance to
//! flush anything (`make test` sets that variable; without it the test fails saying so).

use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use cits_broker::{BrokerConfig, EmbeddedBroker, Storage};
use rskafka::client::partition::{OffsetAt, PartitionClient, UnknownTopicHandling};
use rskafka::client::Client;
use rskafka::record::Record;

mod common;
use common::{bounded, create_topic, produce};

#[path = "../../cits-pipeline/tests/common/postgres.rs"]
mod temp_postgres;
use temp_postgres::TempPostgres;

/// Records produced before the restart: several batches, so the file holds many rows.
const BATCHES: u64 = 20;
const RECORDS_PER_BATCH: u64 = 50;
/// The offset the test group commits before the restart (somewhere in the middle).
const COMMITTED: i64 = 617;
/// How long a broker process may take to listen.
const START_TIMEOUT: Duration = Duration::from_secs(30);
/// Environment variable naming the `cits` binary (whose `broker` subcommand is tansu).
const BROKER_BIN_ENV: &str = "CITS_TANSU_BIN";

async fn client(addr: SocketAddr) -> Client {
    common::connect(&addr.to_string()).await
}

async fn partition(client: &Client, topic: &str) -> PartitionClient {
    bounded(
        "partition client",
        client.partition_client(topic, 0, UnknownTopicHandling::Retry),
    )
    .await
    .expect("partition client")
}

/// Each record carries a header (as the pipeline's trace header does): the SQLite engine
/// stores headers in a table of their own, looked up per fetched record.
const HEADER: &str = "seq";

fn record(seq: u64) -> Record {
    Record {
        key: Some(format!("key-{seq}").into_bytes()),
        value: Some(seq.to_be_bytes().to_vec()),
        headers: BTreeMap::from([(HEADER.to_owned(), seq.to_string().into_bytes())]),
        timestamp: chrono::Utc::now(),
    }
}

/// Creates `topic`, writes [`BATCHES`] × [`RECORDS_PER_BATCH`] records and commits
/// [`COMMITTED`] for group `group`.
async fn write_and_commit(addr: SocketAddr, topic: &str, group: &str) {
    let client = client(addr).await;
    create_topic(&client, topic, 1).await;
    let partition = partition(&client, topic).await;
    for b in 0..BATCHES {
        let records = (0..RECORDS_PER_BATCH)
            .map(|i| record(b * RECORDS_PER_BATCH + i))
            .collect();
        produce(&partition, records).await;
    }
    bounded(
        "commit",
        client
            .group_client(group)
            .commit_offsets(topic, &[(0, COMMITTED)]),
    )
    .await
    .expect("offset committed");
}

/// Reads the partition back and checks records, end offset and the group's offset; then
/// produces once more to see that offsets continue after the old end.
async fn read_back(addr: SocketAddr, topic: &str, group: &str) {
    let total = BATCHES * RECORDS_PER_BATCH;
    let client = client(addr).await;
    let topics = bounded("list topics", client.list_topics())
        .await
        .expect("list topics");
    assert!(
        topics.iter().any(|t| t.name == topic),
        "topic {topic} is gone after the restart: {:?}",
        topics.iter().map(|t| &t.name).collect::<Vec<_>>()
    );
    let seen: Vec<(i64, u64)> = read_all(addr, topic, total as usize)
        .await
        .into_iter()
        .map(|(offset, seq, header)| {
            assert_eq!(
                header,
                Some(seq.to_string().into_bytes()),
                "header of record {seq}"
            );
            (offset, seq)
        })
        .collect();
    let expected: Vec<(i64, u64)> = (0..total).map(|i| (i as i64, i)).collect();
    assert_eq!(seen, expected, "records after the restart");
    let partition = partition(&client, topic).await;
    let committed = bounded(
        "fetch offsets",
        client.group_client(group).fetch_offsets(topic, &[0]),
    )
    .await
    .expect("fetch offsets");
    assert_eq!(
        committed.get(&0).copied(),
        Some(COMMITTED),
        "committed offset after the restart"
    );
    let next = produce(&partition, vec![record(total)]).await;
    assert_eq!(
        next,
        vec![total as i64],
        "offsets continue after the old end"
    );
    let latest = bounded("latest offset", partition.get_offset(OffsetAt::Latest))
        .await
        .expect("latest offset");
    assert!(
        latest >= total as i64,
        "latest offset {latest} < {total} after the restart"
    );
}

fn sqlite_in(dir: &Path) -> Storage {
    Storage::sqlite(&dir.join("broker.db")).expect("sqlite storage")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sqlite_storage_keeps_records_and_offsets_over_a_restart() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (topic, group) = ("durable-restart", "durable-restart-group");
    let config = BrokerConfig {
        storage: sqlite_in(dir.path()),
        ..BrokerConfig::default()
    };
    let first = EmbeddedBroker::start(config.clone()).expect("first broker");
    write_and_commit(first.addr(), topic, group).await;
    first.shutdown();
    assert!(
        dir.path().join("broker.db").exists(),
        "no database file where asked for"
    );

    let second = EmbeddedBroker::start(config).expect("second broker on the same file");
    read_back(second.addr(), topic, group).await;
    second.shutdown();

    // The vendored index (vendor/README.md): a fetch looks up each record's headers by
    // (topition, offset_id); without it every lookup scans the whole header table.
    let db = libsql::Builder::new_local(dir.path().join("broker.db"))
        .build()
        .await
        .expect("open the broker's database");
    let conn = db.connect().expect("connect");
    let mut rows = conn
        .query(
            "explain query plan select h.k, h.v from header h \
             where h.topition = 1 and h.offset_id = 7",
            (),
        )
        .await
        .expect("query plan");
    let mut plan = Vec::new();
    while let Some(row) = rows.next().await.expect("plan row") {
        plan.push(row.get::<String>(3).expect("plan detail"));
    }
    assert!(
        plan.iter()
            .any(|step| step.contains("USING INDEX header_topition_offset_id")),
        "header lookup does not use the index: {plan:?}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn memory_storage_forgets_on_restart() {
    // The control for the test above: the same steps on the default storage lose the
    // topic, so that test really observes the file.
    let (topic, group) = ("memory-restart", "memory-restart-group");
    let first = EmbeddedBroker::start(BrokerConfig::default()).expect("first broker");
    write_and_commit(first.addr(), topic, group).await;
    first.shutdown();
    let second = EmbeddedBroker::start(BrokerConfig::default()).expect("second broker");
    let topics = bounded("list topics", client(second.addr()).await.list_topics())
        .await
        .expect("list topics");
    assert!(topics.iter().all(|t| t.name != topic));
}

/// A `cits broker` process on `storage`, listening on `listen`.
struct BrokerProcess(Child);

impl BrokerProcess {
    fn start(bin: &str, listen: SocketAddr, storage: &Storage) -> Self {
        let child = Command::new(bin)
            .args(["broker", "--listen", &listen.to_string()])
            .args(["--storage", storage.url().as_str()])
            .stdout(Stdio::null())
            .stderr(Stdio::inherit())
            .spawn()
            .unwrap_or_else(|err| panic!("cannot start {bin} broker: {err}"));
        let deadline = Instant::now() + START_TIMEOUT;
        while !cits_broker::answers_kafka(listen) {
            assert!(Instant::now() < deadline, "broker process did not listen");
            std::thread::sleep(Duration::from_millis(50));
        }
        Self(child)
    }

    fn kill(mut self) {
        // SIGKILL: no shutdown code runs.
        self.0.kill().expect("kill -9 the broker");
        self.0.wait().expect("reap the broker");
    }
}

impl Drop for BrokerProcess {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn free_port() -> SocketAddr {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("free port")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sqlite_storage_survives_kill_9_of_the_broker_process() {
    let bin = std::env::var(BROKER_BIN_ENV)
        .unwrap_or_else(|_| panic!("set {BROKER_BIN_ENV} to the `cits` binary (`make test` does)"));
    let dir = tempfile::tempdir().expect("temp dir");
    let storage = sqlite_in(dir.path());
    let (topic, group) = ("durable-kill", "durable-kill-group");
    let listen = free_port();
    let first = BrokerProcess::start(&bin, listen, &storage);
    write_and_commit(listen, topic, group).await;
    first.kill();
    // Same address: clients that knew the old broker reconnect to the new one.
    let second = BrokerProcess::start(&bin, listen, &storage);
    read_back(listen, topic, group).await;
    drop(second);
}

/// Batches each of the two producers of the shared-database test writes.
const SHARED_BATCHES: u64 = 40;

/// Writes [`SHARED_BATCHES`] batches of [`RECORDS_PER_BATCH`] records to partition 0 of
/// `topic` through the broker at `addr`; record values are `producer << 32 | seq`.
async fn produce_tagged(addr: SocketAddr, topic: &str, producer: u64) {
    let client = client(addr).await;
    let partition = partition(&client, topic).await;
    for b in 0..SHARED_BATCHES {
        let records = (0..RECORDS_PER_BATCH)
            .map(|i| record(producer << 32 | (b * RECORDS_PER_BATCH + i)))
            .collect();
        produce(&partition, records).await;
    }
}

/// Every record of partition 0 of `topic` through the broker at `addr`, as
/// (offset, value, [`HEADER`] value), read until `count` records are in.
async fn read_all(addr: SocketAddr, topic: &str, count: usize) -> Vec<(i64, u64, Option<Vec<u8>>)> {
    let client = client(addr).await;
    let partition = partition(&client, topic).await;
    let mut seen = Vec::new();
    let mut offset = 0i64;
    while seen.len() < count {
        let (records, _high) = bounded("fetch", partition.fetch_records(offset, 1..1_000_000, 100))
            .await
            .expect("fetch");
        assert!(
            !records.is_empty(),
            "fetch at {offset} returned nothing; {} of {count} read",
            seen.len()
        );
        // A fetch may start with the records of its batch before `offset`.
        let from = offset;
        for r in records.into_iter().filter(|r| r.offset >= from) {
            let header = r.record.headers.get(HEADER).cloned();
            let value = r.record.value.expect("value");
            let value = u64::from_be_bytes(value.try_into().expect("8 bytes"));
            seen.push((r.offset, value, header));
            offset = r.offset + 1;
        }
    }
    seen
}

/// [`read_all`] without the headers.
async fn read_values(addr: SocketAddr, topic: &str, count: usize) -> Vec<(i64, u64)> {
    read_all(addr, topic, count)
        .await
        .into_iter()
        .map(|(offset, value, _)| (offset, value))
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn brokers_on_one_postgresql_database_are_one_cluster_that_keeps_everything() {
    let bin = std::env::var(BROKER_BIN_ENV)
        .unwrap_or_else(|_| panic!("set {BROKER_BIN_ENV} to the `cits` binary (`make test` does)"));
    let pg = TempPostgres::start("brokers");
    let storage = Storage::parse(&pg.url()).expect("postgres storage");
    assert!(storage.is_durable() && storage.is_postgres());
    // One broker as `cits broker --storage postgres://…` (the deployment's form), one
    // embedded; both create the schema at start, the second finds it there.
    let listen = free_port();
    let process = BrokerProcess::start(&bin, listen, &storage);
    let embedded = EmbeddedBroker::start(BrokerConfig {
        storage: storage.clone(),
        ..BrokerConfig::default()
    })
    .unwrap_or_else(|err| panic!("embedded broker on PostgreSQL: {err}\n{}", pg.log()));

    // Written and committed through one broker, read through the other (records,
    // headers, the group's offset, and offsets that continue).
    let (topic, group) = ("shared-db", "shared-db-group");
    write_and_commit(listen, topic, group).await;
    read_back(embedded.addr(), topic, group).await;

    // Two producers on one partition at once, each through its own broker: the database
    // hands out the offsets, so they interleave without a gap or a duplicate.
    let interleaved = "shared-db-interleaved";
    create_topic(&client(embedded.addr()).await, interleaved, 1).await;
    tokio::join!(
        produce_tagged(listen, interleaved, 1),
        produce_tagged(embedded.addr(), interleaved, 2)
    );
    let per_producer = (SHARED_BATCHES * RECORDS_PER_BATCH) as usize;
    let seen = read_values(listen, interleaved, 2 * per_producer).await;
    let offsets: Vec<i64> = seen.iter().map(|&(o, _)| o).collect();
    assert_eq!(
        offsets,
        (0..2 * per_producer as i64).collect::<Vec<_>>(),
        "offsets of two producers through two brokers"
    );
    for producer in [1u64, 2] {
        let sequence: Vec<u64> = seen
            .iter()
            .filter(|&&(_, v)| v >> 32 == producer)
            .map(|&(_, v)| v & 0xffff_ffff)
            .collect();
        assert_eq!(
            sequence,
            (0..per_producer as u64).collect::<Vec<_>>(),
            "records of producer {producer}, in order, each once"
        );
    }
    assert!(
        seen.windows(2).any(|w| w[0].1 >> 32 != w[1].1 >> 32),
        "the producers never interleaved: the test did not write concurrently"
    );

    // Both brokers gone (the process by `kill -9`): a new broker on the database has it all.
    process.kill();
    embedded.shutdown();
    let after = EmbeddedBroker::start(BrokerConfig {
        storage,
        ..BrokerConfig::default()
    })
    .expect("a new broker on the same database");
    let client = client(after.addr()).await;
    let total = (BATCHES * RECORDS_PER_BATCH) as i64;
    let latest = bounded(
        "latest offset",
        partition(&client, topic).await.get_offset(OffsetAt::Latest),
    )
    .await
    .expect("latest offset");
    assert!(
        latest > total,
        "latest offset {latest}: the record produced after {total} is gone"
    );
    let committed = bounded(
        "fetch offsets",
        client.group_client(group).fetch_offsets(topic, &[0]),
    )
    .await
    .expect("fetch offsets");
    assert_eq!(committed.get(&0).copied(), Some(COMMITTED));
    let again = read_values(after.addr(), interleaved, 2 * per_producer).await;
    assert_eq!(
        again, seen,
        "the interleaved partition after every broker restarted"
    );
    after.shutdown();
}
