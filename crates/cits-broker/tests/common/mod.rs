//! Shared helpers of the broker tests: bounded Kafka calls through rskafka.
#![allow(dead_code)] // each test binary uses a different subset

use std::time::Duration;

use rskafka::client::partition::{Compression, PartitionClient};
use rskafka::client::{Client, ClientBuilder};
use rskafka::record::Record;

/// Bound for each Kafka call of a test: a hung broker fails the test, not CI.
pub const CALL_TIMEOUT: Duration = Duration::from_secs(30);

/// Awaits `fut`, failing the test after [`CALL_TIMEOUT`].
pub async fn bounded<T>(what: &str, fut: impl std::future::Future<Output = T>) -> T {
    tokio::time::timeout(CALL_TIMEOUT, fut)
        .await
        .unwrap_or_else(|_| panic!("{what} timed out"))
}

/// A client bootstrapped on `addr` (`host:port`).
pub async fn connect(addr: &str) -> Client {
    bounded("connect", ClientBuilder::new(vec![addr.to_owned()]).build())
        .await
        .expect("client connects")
}

/// Creates `topic` with `partitions` partitions (replication 1).
pub async fn create_topic(client: &Client, topic: &str, partitions: i32) {
    bounded(
        "create topic",
        client
            .controller_client()
            .expect("controller client")
            .create_topic(topic, partitions, 1, 5_000),
    )
    .await
    .expect("topic created");
}

/// Produces `records` as one batch; returns their offsets.
pub async fn produce(partition: &PartitionClient, records: Vec<Record>) -> Vec<i64> {
    bounded(
        "produce",
        partition.produce(records, Compression::NoCompression),
    )
    .await
    .expect("produce")
}
