//! Kafka side of the testbed: topics, tailing the final topic, the hop floor.
//!
//! Uses the stages' own client (rskafka_wasi, native build) so the floor is
//! measured with the same code path and settings as a stage's hop.

use std::sync::Arc;
use std::time::Duration;

use rskafka::client::error::{Error as KafkaError, ProtocolError};
use rskafka::client::partition::{Compression, UnknownTopicHandling};
use rskafka::client::{Client, ClientBuilder};
use rskafka::record::Record;
use tokio::sync::{mpsc, watch};

use crate::error::{Error, Result};
use crate::stats::Recorder;

/// Largest fetch response asked for: several seconds of pipeline output at
/// the highest replay factors fit, so the tail keeps up in one round trip.
pub const MAX_FETCH_BYTES: i32 = 8 * 1024 * 1024;

/// How long topic creation may take on the broker.
pub const CREATE_TOPIC_TIMEOUT_MS: i32 = 5_000;

/// Time budget of finding a partition's end: a local broker answers in milliseconds.
const LIST_OFFSETS_TIMEOUT: Duration = Duration::from_secs(10);

/// Current Unix time, ns (the same clock the stages stamp traces with).
pub fn unix_ns() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| u64::try_from(d.as_nanos()).unwrap_or(u64::MAX))
        .unwrap_or(0)
}

/// Connects to the brokers.
pub async fn connect(brokers: &[String]) -> Result<Client> {
    ClientBuilder::new(brokers.to_vec())
        .client_id("cits-testbed")
        .build()
        .await
        .map_err(|e| Error::kafka("connect", brokers.join(","), e))
}

/// Creates a topic unless it exists.
pub async fn ensure_topic(client: &Client, topic: &str, partitions: i32) -> Result<()> {
    let controller = client
        .controller_client()
        .map_err(|e| Error::kafka("controller", topic, e))?;
    match controller
        .create_topic(topic, partitions, 1, CREATE_TOPIC_TIMEOUT_MS)
        .await
    {
        Ok(()) => Ok(()),
        Err(KafkaError::ServerError {
            protocol_error: ProtocolError::TopicAlreadyExists,
            ..
        }) => Ok(()),
        Err(e) => Err(Error::kafka("create topic", topic, e)),
    }
}

/// Partition ids of a topic.
pub async fn partitions(client: &Client, topic: &str) -> Result<Vec<i32>> {
    let topics = client
        .list_topics()
        .await
        .map_err(|e| Error::kafka("metadata", topic, e))?;
    topics
        .into_iter()
        .find(|t| t.name == topic)
        .map(|t| t.partitions.into_iter().collect())
        .ok_or_else(|| Error::Pipeline(format!("topic {topic} does not exist")))
}

/// One record fetched by [`tail`].
#[derive(Debug, Clone)]
pub struct Fetched {
    /// Partition it came from.
    pub partition: i32,
    /// Its offset.
    pub offset: i64,
    /// Its value (empty for a tombstone).
    pub value: Vec<u8>,
}

/// Follows every partition of `topic` from its current end until `stop` turns
/// true, sending each record to the returned channel. The positions are taken
/// before this returns, so nothing produced afterwards is missed.
pub async fn tail(
    client: &Client,
    topic: &str,
    max_wait_ms: i32,
    stop: watch::Receiver<bool>,
) -> Result<(
    mpsc::UnboundedReceiver<Fetched>,
    Vec<tokio::task::JoinHandle<Result<()>>>,
)> {
    let (tx, rx) = mpsc::unbounded_channel();
    let mut tasks = Vec::new();
    for partition in partitions(client, topic).await? {
        let target = format!("{topic}[{partition}]");
        let pc = client
            .partition_client(topic, partition, UnknownTopicHandling::Retry)
            .await
            .map_err(|e| Error::kafka("partition client", target.clone(), e))?;
        let mut offset = cits_stage::kafka::log_end_offset(&pc, LIST_OFFSETS_TIMEOUT).await?;
        let tx = tx.clone();
        let mut stop = stop.clone();
        tasks.push(tokio::spawn(async move {
            loop {
                if *stop.borrow() {
                    return Ok(());
                }
                let fetched = tokio::select! {
                    r = pc.fetch_records(offset, 1..MAX_FETCH_BYTES, max_wait_ms) => r,
                    // A dropped sender (the run ended early) stops the tail too.
                    changed = stop.changed() => match changed {
                        Ok(()) => continue,
                        Err(_) => return Ok(()),
                    },
                };
                let (records, _high) =
                    fetched.map_err(|e| Error::kafka("fetch", target.clone(), e))?;
                for r in records {
                    if r.offset < offset {
                        continue; // a batch may start before the requested offset
                    }
                    offset = r.offset + 1;
                    let value = r.record.value.unwrap_or_default();
                    if tx
                        .send(Fetched {
                            partition,
                            offset: r.offset,
                            value,
                        })
                        .is_err()
                    {
                        return Ok(()); // receiver gone: the run is over
                    }
                }
            }
        }));
    }
    Ok((rx, tasks))
}

/// Produces one record to a partition.
pub async fn produce_one(
    client: &Client,
    topic: &str,
    partition: i32,
    key: Option<Vec<u8>>,
    value: Vec<u8>,
    headers: std::collections::BTreeMap<String, Vec<u8>>,
) -> Result<i64> {
    let pc = client
        .partition_client(topic, partition, UnknownTopicHandling::Retry)
        .await
        .map_err(|e| Error::kafka("partition client", format!("{topic}[{partition}]"), e))?;
    let record = Record {
        key,
        value: Some(value),
        headers,
        timestamp: rskafka::chrono::Utc::now(),
    };
    let offsets = pc
        .produce(vec![record], Compression::NoCompression)
        .await
        .map_err(|e| Error::kafka("produce", format!("{topic}[{partition}]"), e))?;
    Ok(offsets.first().copied().unwrap_or(-1))
}

/// Settings of a floor measurement.
#[derive(Debug, Clone, Copy)]
pub struct FloorConfig {
    /// Round trips to time.
    pub samples: usize,
    /// Fetch long-poll wait, the stages' `CITS_MAX_WAIT_MS`.
    pub max_wait_ms: i32,
    /// Gap between produced records; not a divisor of the wait so the records
    /// land at every phase of the consumer's poll cycle, as real traffic does.
    pub interval: Duration,
    /// Value size, like a typical `Location` record.
    pub value_bytes: usize,
}

impl Default for FloorConfig {
    fn default() -> Self {
        Self {
            samples: 200,
            max_wait_ms: 100,
            interval: Duration::from_millis(7),
            value_bytes: 256,
        }
    }
}

/// Longest the floor may wait for one record before declaring it lost.
const FLOOR_RECORD_TIMEOUT: Duration = Duration::from_secs(10);

/// The hop floor: a stage that does nothing. A consumer long-polls `topic`
/// exactly as a stage does; a producer sends timestamped records; each
/// record's produce-start → fetch-return time is one hop with zero processing.
pub async fn measure_floor(
    client: Arc<Client>,
    topic: &str,
    config: FloorConfig,
) -> Result<Recorder> {
    ensure_topic(&client, topic, 1).await?;
    let (stop_tx, stop_rx) = watch::channel(false);
    let (mut rx, tasks) = tail(&client, topic, config.max_wait_ms, stop_rx).await?;
    let mut recorder = Recorder::new();
    let mut padding = vec![0u8; config.value_bytes.max(8)];
    for i in 0..config.samples {
        let sent_ns = unix_ns();
        padding[..8].copy_from_slice(&sent_ns.to_be_bytes());
        produce_one(&client, topic, 0, None, padding.clone(), Default::default()).await?;
        let got = tokio::time::timeout(FLOOR_RECORD_TIMEOUT, rx.recv()).await;
        let received_ns = unix_ns();
        let Ok(Some(fetched)) = got else {
            return Err(Error::Timeout {
                what: format!("floor record {i} on {topic}"),
                waited_ms: FLOOR_RECORD_TIMEOUT.as_millis() as u64,
            });
        };
        let stamp = fetched
            .value
            .get(..8)
            .and_then(|b| <[u8; 8]>::try_from(b).ok())
            .map(u64::from_be_bytes);
        if stamp != Some(sent_ns) {
            return Err(Error::Pipeline(format!(
                "floor: record {i} came back out of order on {topic}"
            )));
        }
        recorder.record(received_ns.saturating_sub(sent_ns));
        tokio::time::sleep(config.interval).await;
    }
    let _ = stop_tx.send(true);
    for t in tasks {
        let _ = t.await;
    }
    Ok(recorder)
}
