//! Kafka clients behind the fault proxy (`cits_pipeline::proxy`): after every connection
//! to the broker was cut, produce, fetch and — the case the network chaos test found
//! broken — consumer-group offset commits work again.
//!
//! rskafka_wasi's group client (a cits-wasm patch, `vendor/rskafka_wasi/src/client/group.rs`)
//! asked a cached "arbitrary broker" connection for the group's coordinator and never
//! forgot that connection when the request on it failed: once the network had dropped it,
//! every offset commit of a stage failed until the process restarted.

use std::collections::BTreeMap;
use std::time::Duration;

use cits_pipeline::proxy;
use rskafka::client::partition::{Compression, UnknownTopicHandling};
use rskafka::client::ClientBuilder;
use rskafka::record::Record;

/// Bound for each Kafka call, retries included: far above a reconnect on loopback.
const CALL_TIMEOUT: Duration = Duration::from_secs(15);

async fn bounded<T>(what: &str, fut: impl std::future::Future<Output = T>) -> T {
    tokio::time::timeout(CALL_TIMEOUT, fut)
        .await
        .unwrap_or_else(|_| panic!("{what} timed out after {CALL_TIMEOUT:?}"))
}

fn records(n: u8) -> Vec<Record> {
    (0..n)
        .map(|i| Record {
            key: None,
            value: Some(vec![i; 8]),
            headers: BTreeMap::new(),
            timestamp: chrono::Utc::now(),
        })
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn clients_commit_produce_and_fetch_again_after_their_connections_were_cut() {
    let (broker, proxy) = proxy::broker_behind_proxy(cits_broker::Storage::memory())
        .await
        .expect("broker behind a proxy");

    let client = bounded(
        "connect",
        ClientBuilder::new(vec![proxy.addr().to_string()]).build(),
    )
    .await
    .expect("client connects");
    let topic = "t.network-faults";
    bounded(
        "create topic",
        client
            .controller_client()
            .expect("controller")
            .create_topic(topic, 1, 1, 5_000),
    )
    .await
    .expect("topic created");
    let partition = bounded(
        "partition client",
        client.partition_client(topic, 0, UnknownTopicHandling::Retry),
    )
    .await
    .expect("partition client");
    let group = client.group_client("g.network-faults");

    bounded(
        "produce",
        partition.produce(records(3), Compression::NoCompression),
    )
    .await
    .expect("produce");
    bounded("commit", group.commit_offsets(topic, &[(0, 1)]))
        .await
        .expect("commit");

    let open = proxy.drop_connections();
    assert!(open >= 2, "the clients had connections to cut: {open}");

    // The commit first: nothing else has repaired the client's connections yet.
    bounded(
        "commit after the cut",
        group.commit_offsets(topic, &[(0, 4)]),
    )
    .await
    .expect("commit after the cut");
    bounded(
        "produce after the cut",
        partition.produce(records(2), Compression::NoCompression),
    )
    .await
    .expect("produce after the cut");
    let committed = bounded("fetch offsets", group.fetch_offsets(topic, &[0]))
        .await
        .expect("fetch offsets");
    assert_eq!(
        committed,
        BTreeMap::from([(0, 4)]),
        "the second commit is stored"
    );
    let (fetched, high_watermark) = bounded(
        "fetch after the cut",
        partition.fetch_records(0, 1..1_000_000, 100),
    )
    .await
    .expect("fetch after the cut");
    assert_eq!(high_watermark, 5);
    assert_eq!(
        fetched.iter().map(|r| r.offset).collect::<Vec<_>>(),
        (0..5).collect::<Vec<i64>>(),
        "every record, once, in order"
    );
    assert!(
        proxy.stats().accepted > open as u64,
        "the clients reconnected through the proxy: {:?}",
        proxy.stats()
    );
    drop(proxy);
    tokio::task::spawn_blocking(move || broker.shutdown())
        .await
        .expect("broker stop");
}
