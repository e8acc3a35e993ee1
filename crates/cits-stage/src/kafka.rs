//! The Kafka side of the shell: one connected session with the partition
//! clients a stage needs, every call bounded by a timeout.

use std::collections::BTreeMap;
use std::future::Future;
use std::time::Duration;

use rskafka::client::group::GroupClient;
use rskafka::client::partition::{Compression, OffsetAt, PartitionClient, UnknownTopicHandling};
use rskafka::client::{Client, ClientBuilder};
use rskafka::record::{Record, RecordAndOffset};

use crate::changelog::{NoStateLog, StateLog};
use crate::config::StageConfig;
use crate::error::{Error, Result};
use crate::partitioner::partition_for_key;

/// Largest response frame accepted from a broker. Fetches ask for at most
/// [`FETCH_MAX_BYTES`] per partition (a broker may exceed that by one batch),
/// metadata is small; rskafka's default of 100 MiB would let one bad frame
/// allocate that much per connection inside a module with a memory cap.
pub const CLIENT_MAX_MESSAGE_BYTES: usize = 16 * 1024 * 1024;

/// Upper bound of one fetch per partition: a few thousand CPMs, enough to
/// amortize a round trip, small enough for a Wasm module's memory budget.
pub const FETCH_MAX_BYTES: i32 = 1024 * 1024;

/// Largest produce request per partition; larger output batches are split.
/// Matches Kafka's default `max.request.size` / `message.max.bytes` (1 MB).
pub const PRODUCE_MAX_BATCH_BYTES: usize = 1_000_000;

/// Runs `fut`, turning rskafka errors and timeouts into [`Error`]s that name
/// the operation and its target.
pub(crate) async fn timed<T>(
    op: &'static str,
    target: impl FnOnce() -> String,
    after: Duration,
    fut: impl Future<Output = rskafka::client::error::Result<T>>,
) -> Result<T> {
    match tokio::time::timeout(after, fut).await {
        Ok(Ok(v)) => Ok(v),
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

/// The partition's log end offset (high watermark: the offset the next record gets).
///
/// Read from a fetch response, not from ListOffsets: tansu 0.6's memory storage answers
/// ListOffsets(latest) with the *base* offset of its newest batch + 1, so a batch of
/// three records reads as one (pinned in crates/cits-broker/tests/broker.rs), while its
/// fetch responses carry the true high watermark. The ListOffsets answer is never past
/// the end, so it is a cheap place to fetch from; on Apache Kafka both agree.
pub async fn log_end_offset(client: &PartitionClient, timeout: Duration) -> Result<i64> {
    let target = || format!("{}/{}", client.topic(), client.partition());
    let hint = timed(
        "list offsets",
        target,
        timeout,
        client.get_offset(OffsetAt::Latest),
    )
    .await?;
    // No wait: this is a probe (and a stock tansu would sleep the whole max_wait).
    let (_, high_watermark) = timed(
        "fetch",
        target,
        timeout,
        client.fetch_records(hint, 1..LOG_END_PROBE_BYTES, 0),
    )
    .await?;
    Ok(high_watermark.max(hint))
}

/// Bytes a log-end probe may fetch: it starts at the newest batch, so little comes back.
const LOG_END_PROBE_BYTES: i32 = 64 * 1024;

/// Connects to the bootstrap brokers and loads the cluster metadata.
pub async fn connect(brokers: &[String], client_id: &str, timeout: Duration) -> Result<Client> {
    let builder = ClientBuilder::new(brokers.to_vec())
        .client_id(client_id)
        .max_message_size(CLIENT_MAX_MESSAGE_BYTES);
    timed("connect", || brokers.join(","), timeout, builder.build()).await
}

/// The partitions of `topic`, sorted.
pub async fn topic_partitions(client: &Client, topic: &str, timeout: Duration) -> Result<Vec<i32>> {
    let topics = timed(
        "list topics",
        || topic.to_owned(),
        timeout,
        client.list_topics(),
    )
    .await?;
    let found = topics
        .into_iter()
        .find(|t| t.name == topic)
        .ok_or_else(|| Error::TopicMissing {
            topic: topic.to_owned(),
        })?;
    if found.partitions.is_empty() {
        return Err(Error::NoPartitions {
            topic: topic.to_owned(),
        });
    }
    Ok(found.partitions.into_iter().collect())
}

/// A client for one partition, failing (not retrying forever) on unknown topics.
pub async fn partition_client(
    client: &Client,
    topic: &str,
    partition: i32,
    timeout: Duration,
) -> Result<PartitionClient> {
    timed(
        "open partition",
        || format!("{topic}/{partition}"),
        timeout,
        client.partition_client(topic.to_owned(), partition, UnknownTopicHandling::Error),
    )
    .await
}

/// The producing side of a topic: one client per partition, records placed
/// by key (see [`crate::partitioner`]).
pub struct TopicWriter {
    topic: String,
    partitions: Vec<PartitionClient>,
    timeout: Duration,
}

impl TopicWriter {
    /// Opens clients for all partitions of `topic`.
    pub async fn open(client: &Client, topic: &str, timeout: Duration) -> Result<Self> {
        let ids = topic_partitions(client, topic, timeout).await?;
        let mut partitions = Vec::with_capacity(ids.len());
        for id in ids {
            partitions.push(partition_client(client, topic, id, timeout).await?);
        }
        Ok(Self {
            topic: topic.to_owned(),
            partitions,
            timeout,
        })
    }

    /// The topic written to.
    pub fn topic(&self) -> &str {
        &self.topic
    }

    /// Produces `records` (drained from the vector), each to the partition of
    /// its key, one request per partition (split at [`PRODUCE_MAX_BATCH_BYTES`]),
    /// partitions in parallel. On failure the records that were not
    /// acknowledged are put back into `records`, in order, for a retry.
    pub async fn write(&self, records: &mut Vec<Record>) -> Result<()> {
        if records.is_empty() || self.partitions.is_empty() {
            return Ok(());
        }
        let mut groups: BTreeMap<usize, Vec<Record>> = BTreeMap::new();
        for record in records.drain(..) {
            let index = partition_for_key(
                record.key.as_deref().unwrap_or_default(),
                self.partitions.len(),
            );
            groups.entry(index).or_default().push(record);
        }
        let results = futures::future::join_all(
            groups
                .iter()
                .map(|(&index, group)| self.write_partition(index, group)),
        )
        .await;
        let mut first_error = None;
        for ((_, group), result) in groups.into_iter().zip(results) {
            if let Err((acknowledged, e)) = result {
                records.extend(group.into_iter().skip(acknowledged));
                first_error.get_or_insert(e);
            }
        }
        first_error.map_or(Ok(()), Err)
    }

    /// Sends `group` to partition `index` in chunks; on failure returns how
    /// many records were acknowledged before it.
    async fn write_partition(
        &self,
        index: usize,
        group: &[Record],
    ) -> std::result::Result<(), (usize, Error)> {
        let Some(client) = self.partitions.get(index) else {
            return Err((
                0,
                Error::NoPartitions {
                    topic: self.topic.clone(),
                },
            ));
        };
        let mut acknowledged = 0;
        for chunk in chunks_by_size(group, PRODUCE_MAX_BATCH_BYTES) {
            timed(
                "produce",
                || format!("{}/{}", self.topic, client.partition()),
                self.timeout,
                client.produce(chunk.to_vec(), Compression::NoCompression),
            )
            .await
            .map_err(|e| (acknowledged, e))?;
            acknowledged += chunk.len();
        }
        Ok(())
    }
}

/// Splits `records` into consecutive chunks of at most `max_bytes` (by
/// approximate size; a single larger record is a chunk of its own).
pub(crate) fn chunks_by_size(records: &[Record], max_bytes: usize) -> Vec<&[Record]> {
    let mut chunks = Vec::new();
    let mut start = 0;
    let mut size = 0;
    for (i, record) in records.iter().enumerate() {
        let record_size = record.approximate_size();
        if i > start && size + record_size > max_bytes {
            chunks.push(&records[start..i]);
            start = i;
            size = 0;
        }
        size += record_size;
    }
    if start < records.len() {
        chunks.push(&records[start..]);
    }
    chunks
}

/// One owned input partition and where the stage is in it.
pub struct InputPartition {
    /// The partition's client.
    pub client: PartitionClient,
    /// High watermark seen by the last fetch (for the lag in the stats).
    pub high_watermark: i64,
}

impl InputPartition {
    /// The partition id.
    pub fn id(&self) -> i32 {
        self.client.partition()
    }

    /// Fetches up to [`FETCH_MAX_BYTES`] from `offset`, waiting up to `max_wait_ms`.
    pub async fn fetch(
        &self,
        offset: i64,
        max_wait_ms: u32,
        timeout: Duration,
    ) -> Result<(Vec<RecordAndOffset>, i64)> {
        timed(
            "fetch",
            || format!("{}/{}@{offset}", self.client.topic(), self.id()),
            timeout,
            self.client.fetch_records(
                offset,
                1..FETCH_MAX_BYTES,
                i32::try_from(max_wait_ms).unwrap_or(i32::MAX),
            ),
        )
        .await
    }

    /// The earliest or latest offset of the partition (latest: see [`log_end_offset`]).
    pub async fn offset(&self, at: OffsetAt, timeout: Duration) -> Result<i64> {
        if matches!(at, OffsetAt::Latest) {
            return log_end_offset(&self.client, timeout).await;
        }
        timed(
            "list offsets",
            || format!("{}/{}", self.client.topic(), self.id()),
            timeout,
            self.client.get_offset(at),
        )
        .await
    }
}

/// Everything a running stage needs from Kafka.
pub struct Session<L: StateLog = NoStateLog> {
    /// Owned input partitions (p % N == i), by partition id.
    pub inputs: Vec<InputPartition>,
    /// Producer for the output topic.
    pub output: TopicWriter,
    /// Producer for the dead-letter topic.
    pub dlq: TopicWriter,
    /// The stage's consumer group (its name): where positions are committed.
    pub group: GroupClient,
    /// Where the stage's state changes go ([`NoStateLog`] for a stateless stage).
    pub changelog: L,
    /// Keeps the broker connections alive (the shared one and one per input partition).
    _clients: Vec<Client>,
}

impl<L: StateLog> Session<L> {
    /// Connects and opens all partitions the stage uses (and its state log's). Fails
    /// with [`Error::TopicMissing`] while a topic does not exist.
    pub async fn open(config: &StageConfig) -> Result<Self> {
        let timeout = config.op_timeout();
        let client = connect(&config.brokers, &config.instance_name(), timeout).await?;
        let mut inputs = Vec::new();
        let mut clients = Vec::new();
        let input_partitions = topic_partitions(&client, &config.input_topic, timeout).await?;
        let owned: Vec<i32> = input_partitions
            .iter()
            .copied()
            .filter(|&id| config.owns(id))
            .collect();
        for &id in &owned {
            // A connection of its own per input partition: a broker answers the
            // requests of one connection in order, so long-polls sharing one would
            // queue behind each other and an idle partition would delay a busy one.
            let own = connect(&config.brokers, &config.instance_name(), timeout).await?;
            let partition = partition_client(&own, &config.input_topic, id, timeout).await?;
            inputs.push(InputPartition {
                client: partition,
                high_watermark: 0,
            });
            clients.push(own);
        }
        let changelog = L::open(
            &client,
            &config.changelog_topic,
            input_partitions.len(),
            &owned,
            timeout,
        )
        .await?;
        let output = TopicWriter::open(&client, &config.output_topic, timeout).await?;
        let dlq = TopicWriter::open(&client, &config.dlq_topic, timeout).await?;
        let group = client.group_client(&config.stage);
        clients.push(client);
        Ok(Self {
            inputs,
            output,
            dlq,
            group,
            changelog,
            _clients: clients,
        })
    }

    /// The group's committed offsets of the owned input `partitions` (absent: none committed).
    pub async fn committed_offsets(
        &self,
        topic: &str,
        partitions: &[i32],
        timeout: Duration,
    ) -> Result<BTreeMap<i32, i64>> {
        timed(
            "offset fetch",
            || format!("group {} {topic}{partitions:?}", self.group.group()),
            timeout,
            self.group.fetch_offsets(topic, partitions),
        )
        .await
    }

    /// Commits `positions` (partition, next offset to read) of `topic` for the group.
    pub async fn commit(
        &self,
        topic: &str,
        positions: &[(i32, i64)],
        timeout: Duration,
    ) -> Result<()> {
        timed(
            "offset commit",
            || format!("group {} {topic}{positions:?}", self.group.group()),
            timeout,
            self.group.commit_offsets(topic, positions),
        )
        .await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(len: usize) -> Record {
        Record {
            key: None,
            value: Some(vec![0; len]),
            headers: BTreeMap::new(),
            timestamp: chrono::DateTime::UNIX_EPOCH,
        }
    }

    #[test]
    fn chunks_respect_the_size_limit_and_keep_order() {
        let records: Vec<Record> = [400, 400, 400, 2000, 10, 10].map(record).to_vec();
        let chunks = chunks_by_size(&records, 1000);
        let sizes: Vec<usize> = chunks.iter().map(|c| c.len()).collect();
        assert_eq!(sizes, vec![2, 1, 1, 2]);
        let flat: Vec<&Record> = chunks.iter().flat_map(|c| c.iter()).collect();
        assert_eq!(flat.len(), records.len());
        assert!(chunks_by_size(&[], 1000).is_empty());
    }
}
