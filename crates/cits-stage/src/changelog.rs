//! Where a stateful stage's state changes go: its changelog topic ([`Changelog`]),
//! or nowhere for a stateless stage ([`NoStateLog`]).
//!
//! The choice is a type parameter of the stage loop, not a runtime branch: an
//! `.await` in a branch that is never taken still links the awaited future's code
//! (the async state machine keeps its resume arm), which made every stateless module
//! about 80 KB larger — too much under the modules' 1 MB budget.

use std::collections::BTreeMap;
use std::future::Future;
use std::time::Duration;

use rskafka::client::partition::{Compression, OffsetAt, PartitionClient};
use rskafka::client::Client;
use rskafka::record::{Record, RecordAndOffset};

use crate::error::{Error, Result};
use crate::kafka::{
    chunks_by_size, log_end_offset, partition_client, timed, topic_partitions, FETCH_MAX_BYTES,
    PRODUCE_MAX_BATCH_BYTES,
};

/// A stage's state log: opened with the session, read on start, written before each
/// commit.
pub trait StateLog: Sized {
    /// Whether state is kept at all (`false`: the stage loop skips restoring and
    /// collecting changes).
    const ENABLED: bool;

    /// Opens the partitions `owned` of `topic` (the input has `input_partitions`),
    /// creating the topic (as many partitions as the input, compacted) when it does
    /// not exist.
    fn open(
        client: &Client,
        topic: &str,
        input_partitions: usize,
        owned: &[i32],
        timeout: Duration,
    ) -> impl Future<Output = Result<Self>>;

    /// The changelog topic (empty when there is none).
    fn topic(&self) -> &str;

    /// Reads partition `id` from its start to its end and keeps the latest value of
    /// every key. Also returns how many records were read.
    fn read(&self, id: i32) -> impl Future<Output = Result<(CompactedLog, u64)>>;

    /// Produces the records of each partition (drained). On failure the records that
    /// were not acknowledged stay in `records`, in order, for a retry.
    fn write(&self, records: &mut BTreeMap<i32, Vec<Record>>) -> impl Future<Output = Result<()>>;
}

/// The state log of a stateless stage: nothing to open, read or write.
#[derive(Debug, Clone, Copy, Default)]
pub struct NoStateLog;

impl StateLog for NoStateLog {
    const ENABLED: bool = false;

    fn open(
        _client: &Client,
        _topic: &str,
        _input_partitions: usize,
        _owned: &[i32],
        _timeout: Duration,
    ) -> impl Future<Output = Result<Self>> {
        std::future::ready(Ok(Self))
    }

    fn topic(&self) -> &str {
        ""
    }

    fn read(&self, _id: i32) -> impl Future<Output = Result<(CompactedLog, u64)>> {
        std::future::ready(Ok((CompactedLog::new(), 0)))
    }

    fn write(&self, records: &mut BTreeMap<i32, Vec<Record>>) -> impl Future<Output = Result<()>> {
        records.clear();
        std::future::ready(Ok(()))
    }
}

/// Topic configs a changelog is created with: only the latest state per key is
/// needed, so a broker that compacts (Apache Kafka, tansu's SQL engines) keeps the
/// topic as small as the state. tansu's memory engine accepts the config but never
/// compacts: restore then reads every change since the topic was created.
pub const CHANGELOG_TOPIC_CONFIGS: &[(&str, &str)] = &[("cleanup.policy", "compact")];

/// Replication factor of a created changelog: 1, what `cits up` creates its topics with;
/// on a cluster, create the topic beforehand with the replication you want.
const CHANGELOG_REPLICATION: i16 = 1;

/// The changelog of a stateful stage: clients for the changelog partitions matching the
/// owned input partitions (same ids).
pub struct Changelog {
    topic: String,
    partitions: BTreeMap<i32, PartitionClient>,
    timeout: Duration,
}

/// The latest state per key of a changelog partition (`None`: tombstone).
pub type CompactedLog = BTreeMap<Vec<u8>, Option<Vec<u8>>>;

impl StateLog for Changelog {
    const ENABLED: bool = true;

    async fn open(
        client: &Client,
        topic: &str,
        input_partitions: usize,
        owned: &[i32],
        timeout: Duration,
    ) -> Result<Self> {
        let ids = match topic_partitions(client, topic, timeout).await {
            Ok(ids) => ids,
            Err(Error::TopicMissing { .. }) => {
                let controller = client.controller_client().map_err(|source| Error::Kafka {
                    op: "controller",
                    target: topic.to_owned(),
                    source: Box::new(source),
                })?;
                let timeout_ms = i32::try_from(timeout.as_millis()).unwrap_or(i32::MAX);
                let created = timed(
                    "create topic",
                    || topic.to_owned(),
                    timeout,
                    controller.create_topic_with_configs(
                        topic,
                        i32::try_from(input_partitions).unwrap_or(i32::MAX),
                        CHANGELOG_REPLICATION,
                        timeout_ms,
                        CHANGELOG_TOPIC_CONFIGS,
                    ),
                )
                .await;
                // Another instance may have created it meanwhile: the listing decides.
                if let Err(e) = created {
                    crate::log::log(
                        crate::log::Level::Debug,
                        topic,
                        format_args!("create topic: {e}"),
                    );
                }
                topic_partitions(client, topic, timeout).await?
            }
            Err(e) => return Err(e),
        };
        if ids.len() != input_partitions {
            return Err(Error::ChangelogPartitions {
                topic: topic.to_owned(),
                has: ids.len(),
                needs: input_partitions,
            });
        }
        let mut partitions = BTreeMap::new();
        for &id in owned {
            partitions.insert(id, partition_client(client, topic, id, timeout).await?);
        }
        Ok(Self {
            topic: topic.to_owned(),
            partitions,
            timeout,
        })
    }

    fn topic(&self) -> &str {
        &self.topic
    }

    async fn read(&self, id: i32) -> Result<(CompactedLog, u64)> {
        let mut log = CompactedLog::new();
        let mut read = 0;
        let Some(client) = self.partitions.get(&id) else {
            return Ok((log, read));
        };
        let end = log_end_offset(client, self.timeout).await?;
        let mut offset = timed(
            "list offsets",
            || format!("{}/{id}", self.topic),
            self.timeout,
            client.get_offset(OffsetAt::Earliest),
        )
        .await?;
        while offset < end {
            let (records, _) = timed(
                "fetch",
                || format!("{}/{id}@{offset}", self.topic),
                self.timeout,
                client.fetch_records(offset, 1..FETCH_MAX_BYTES, 0),
            )
            .await?;
            let Some(last) = records.last().map(|r| r.offset) else {
                return Err(Error::ChangelogStalled {
                    topic: self.topic.clone(),
                    partition: id,
                    offset,
                    end,
                });
            };
            for RecordAndOffset { record, .. } in records {
                read += 1;
                log.insert(record.key.unwrap_or_default(), record.value);
            }
            offset = last + 1;
        }
        Ok((log, read))
    }

    /// Partitions in parallel, in chunks of at most [`PRODUCE_MAX_BATCH_BYTES`].
    async fn write(&self, records: &mut BTreeMap<i32, Vec<Record>>) -> Result<()> {
        let results = futures::future::join_all(records.iter().map(|(id, group)| async move {
            let Some(client) = self.partitions.get(id) else {
                // Not an owned partition (cannot happen: keys come from owned inputs).
                return Ok(group.len());
            };
            let mut acknowledged = 0;
            for chunk in chunks_by_size(group, PRODUCE_MAX_BATCH_BYTES) {
                timed(
                    "produce",
                    || format!("{}/{id}", self.topic),
                    self.timeout,
                    client.produce(chunk.to_vec(), Compression::NoCompression),
                )
                .await
                .map_err(|e| (acknowledged, e))?;
                acknowledged += chunk.len();
            }
            Ok::<usize, (usize, Error)>(acknowledged)
        }))
        .await;
        let mut first_error = None;
        for ((_, group), result) in records.iter_mut().zip(results) {
            match result {
                Ok(_) => group.clear(),
                Err((acknowledged, e)) => {
                    group.drain(..acknowledged);
                    first_error.get_or_insert(e);
                }
            }
        }
        records.retain(|_, group| !group.is_empty());
        first_error.map_or(Ok(()), Err)
    }
}
