//! Kafka calls of the runner, each bounded by a timeout.

use std::future::Future;
use std::sync::Arc;
use std::time::{Duration, Instant};

use rskafka::client::error::{Error as KafkaError, ProtocolError};
use rskafka::client::group::GroupClient;
use rskafka::client::partition::{OffsetAt, PartitionClient, UnknownTopicHandling};
use rskafka::client::{Client, ClientBuilder};

use crate::error::{Error, Result};

/// Time budget of one metadata, create-topic, list-offsets or produce call. A local
/// broker answers in milliseconds; rskafka itself retries for minutes.
pub const OP_TIMEOUT: Duration = Duration::from_secs(10);

/// How long to keep trying to reach the brokers at start-up (a broker started alongside
/// may still be booting).
pub const CONNECT_TIMEOUT: Duration = Duration::from_secs(30);

/// Pause between connection attempts.
const CONNECT_RETRY: Duration = Duration::from_millis(200);

/// Largest response frame accepted (same bound as the stages use).
const CLIENT_MAX_MESSAGE_BYTES: usize = 16 * 1024 * 1024;

/// Replication of created topics: the local pipeline runs a single broker.
const REPLICATION_FACTOR: i16 = 1;

/// Runs `fut` with a timeout, naming the operation in errors.
pub(crate) async fn timed<T>(
    op: &'static str,
    target: impl FnOnce() -> String,
    after: Duration,
    fut: impl Future<Output = rskafka::client::error::Result<T>>,
) -> Result<T> {
    match tokio::time::timeout(after, fut).await {
        Ok(Ok(value)) => Ok(value),
        Ok(Err(source)) => Err(Error::Kafka {
            op,
            target: target(),
            source: Box::new(source),
        }),
        Err(_) => Err(Error::Timeout {
            op,
            target: target(),
            after,
        }),
    }
}

/// Connects to the brokers, retrying until [`CONNECT_TIMEOUT`].
pub(crate) async fn connect(brokers: &[String]) -> Result<Arc<Client>> {
    let deadline = Instant::now() + CONNECT_TIMEOUT;
    loop {
        let builder = ClientBuilder::new(brokers.to_vec())
            .client_id("cits-up")
            .max_message_size(CLIENT_MAX_MESSAGE_BYTES);
        match timed("connect", || brokers.join(","), OP_TIMEOUT, builder.build()).await {
            Ok(client) => return Ok(Arc::new(client)),
            Err(e) if Instant::now() >= deadline => return Err(e),
            Err(_) => tokio::time::sleep(CONNECT_RETRY).await,
        }
    }
}

/// The `host:port` of every broker the cluster advertises (where clients go after
/// bootstrap: a multi-broker cluster's other brokers, or a proxy in front of them).
pub(crate) async fn advertised_brokers(client: &Client) -> Result<Vec<String>> {
    let brokers = timed(
        "metadata",
        || "advertised brokers".to_owned(),
        OP_TIMEOUT,
        client.list_brokers(),
    )
    .await?;
    Ok(brokers
        .into_iter()
        .map(|(_, host, port)| format!("{host}:{port}"))
        .collect())
}

/// Creates `topic` with `partitions` partitions; an existing topic is fine.
pub(crate) async fn create_topic(client: &Client, topic: &str, partitions: i32) -> Result<()> {
    let controller = client.controller_client().map_err(|source| Error::Kafka {
        op: "controller",
        target: topic.to_owned(),
        source: Box::new(source),
    })?;
    let timeout_ms = i32::try_from(OP_TIMEOUT.as_millis()).unwrap_or(i32::MAX);
    let created = timed(
        "create topic",
        || topic.to_owned(),
        OP_TIMEOUT,
        controller.create_topic(topic, partitions, REPLICATION_FACTOR, timeout_ms),
    )
    .await;
    match created {
        Ok(()) => Ok(()),
        Err(Error::Kafka { source, .. })
            if matches!(
                *source,
                KafkaError::ServerError {
                    protocol_error: ProtocolError::TopicAlreadyExists,
                    ..
                }
            ) =>
        {
            Ok(())
        }
        Err(e) => Err(e),
    }
}

/// The partitions of `topic` as the cluster reports them, sorted.
pub(crate) async fn partitions_of(client: &Client, topic: &str) -> Result<Vec<i32>> {
    let deadline = Instant::now() + OP_TIMEOUT;
    loop {
        let topics = timed(
            "list topics",
            || topic.to_owned(),
            OP_TIMEOUT,
            client.list_topics(),
        )
        .await?;
        if let Some(found) = topics.into_iter().find(|t| t.name == topic) {
            if !found.partitions.is_empty() {
                return Ok(found.partitions.into_iter().collect());
            }
        }
        // A just-created topic may take a moment to show up in metadata.
        if Instant::now() >= deadline {
            return Err(Error::TopicMissing {
                topic: topic.to_owned(),
            });
        }
        tokio::time::sleep(CONNECT_RETRY).await;
    }
}

/// One client per partition of `topic`, in partition order.
pub(crate) async fn partition_clients(
    client: &Client,
    topic: &str,
) -> Result<Vec<Arc<PartitionClient>>> {
    let mut clients = Vec::new();
    for partition in partitions_of(client, topic).await? {
        let pc = timed(
            "partition client",
            || format!("{topic}/{partition}"),
            OP_TIMEOUT,
            client.partition_client(topic, partition, UnknownTopicHandling::Error),
        )
        .await?;
        clients.push(Arc::new(pc));
    }
    Ok(clients)
}

/// The partition's high watermark (the offset the next record gets); see
/// [`cits_stage::kafka::log_end_offset`] for why it is not a plain ListOffsets call.
pub(crate) async fn high_watermark(pc: &PartitionClient) -> Result<i64> {
    Ok(cits_stage::kafka::log_end_offset(pc, OP_TIMEOUT).await?)
}

/// The partition's earliest offset still stored.
pub(crate) async fn low_watermark(pc: &PartitionClient) -> Result<i64> {
    timed(
        "list offsets",
        || format!("{}/{}", pc.topic(), pc.partition()),
        OP_TIMEOUT,
        pc.get_offset(OffsetAt::Earliest),
    )
    .await
}

/// The committed offsets of `group` for `partitions` of `topic` (absent: none committed).
pub(crate) async fn committed_offsets(
    group: &GroupClient,
    topic: &str,
    partitions: &[i32],
) -> Result<std::collections::BTreeMap<i32, i64>> {
    timed(
        "offset fetch",
        || format!("group {} {topic}", group.group()),
        OP_TIMEOUT,
        group.fetch_offsets(topic, partitions),
    )
    .await
}
