//! Replaying a recording into the raw topic, as roadside units would send it.

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use cits_proto::{CitsMessage, Encoding, MessageKind, Trace, TraceEntry};
use cits_sim::recording::Entry;
use prost::Message as _;
use rskafka::client::partition::{Compression, PartitionClient};
use rskafka::record::Record;

use crate::config::Speed;
use crate::error::{Error, Result};
use crate::kafka::{timed, OP_TIMEOUT};

/// Provider name put into replayed messages when none is configured.
pub const DEFAULT_PROVIDER: &str = "cits-replay";

/// Largest number of records in one produce request: bounds the request size
/// (CPMs are a few hundred bytes) while amortizing round trips at `--speed max`.
pub const MAX_BATCH_RECORDS: usize = 500;

/// Byte offset of the station id in a UPER-encoded ETSI message: the ItsPduHeader is
/// `protocolVersion (8 bits) | messageID (8 bits) | stationID (32 bits)`, fixed-size fields
/// without extension bits or optionals, so the station id is bytes 2..6, big-endian.
const STATION_ID_BYTES: std::ops::Range<usize> = 2..6;

/// Trace stage name of the replayer's entry.
pub const INGEST_STAGE: &str = "ingest";

/// The protobuf type name the stages expect in the type header of raw records.
const RAW_TYPE_NAME: &str = "cits.v1.CitsMessage";

/// How replayed messages are labelled.
#[derive(Debug, Clone)]
pub struct ReplayOptions {
    /// Pace.
    pub speed: Speed,
    /// `CitsMessage.provider`.
    pub provider: String,
    /// Station id used when a message's header cannot be read.
    pub default_station_id: u32,
}

impl Default for ReplayOptions {
    fn default() -> Self {
        Self {
            speed: Speed::Factor(1.0),
            provider: DEFAULT_PROVIDER.to_owned(),
            default_station_id: 0,
        }
    }
}

/// What a replay did.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ReplayReport {
    /// Messages produced.
    pub messages: u64,
    /// Payload bytes produced (the ETSI messages, without the wrapper).
    pub payload_bytes: u64,
    /// Wall time of the replay.
    pub elapsed: Duration,
}

/// The station id in a UPER-encoded ETSI message's header, if the message is long enough.
pub fn station_id_of(uper: &[u8]) -> Option<u32> {
    let bytes: [u8; 4] = uper.get(STATION_ID_BYTES)?.try_into().ok()?;
    Some(u32::from_be_bytes(bytes))
}

/// Unix epoch nanoseconds now.
pub fn now_ns() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| u64::try_from(d.as_nanos()).unwrap_or(u64::MAX))
        .unwrap_or(0)
}

/// Wraps one recorded message the way an ingest gateway would: a fresh UUID, the station
/// id from the message header, the recorded send time, and a trace that starts with an
/// `ingest` entry stamped `now_ns`.
pub fn wrap(entry: &Entry, options: &ReplayOptions, instance: &str, now_ns: u64) -> CitsMessage {
    CitsMessage {
        uuid: uuid::Uuid::new_v4().to_string(),
        station_id: station_id_of(&entry.bytes).unwrap_or(options.default_station_id),
        provider: options.provider.clone(),
        send_time_ms: entry.timestamp_ms,
        kind: MessageKind::Cpm.into(),
        encoding: Encoding::Uper.into(),
        payload: entry.bytes.clone(),
        trace: Some(Trace {
            entries: vec![TraceEntry {
                stage: INGEST_STAGE.to_owned(),
                instance: instance.to_owned(),
                received_ns: now_ns,
                sent_ns: now_ns,
            }],
        }),
    }
}

/// Produces to the raw topic. Cheap to clone; usable from any task.
#[derive(Clone)]
pub struct Replayer {
    /// One client per raw partition, in partition order.
    partitions: Arc<Vec<Arc<PartitionClient>>>,
    /// Messages produced so far by all clones (for live summaries).
    produced: Arc<AtomicU64>,
}

impl Replayer {
    pub(crate) fn new(partitions: Vec<Arc<PartitionClient>>) -> Self {
        Self {
            partitions: Arc::new(partitions),
            produced: Arc::new(AtomicU64::new(0)),
        }
    }

    /// Messages produced so far.
    pub fn produced(&self) -> u64 {
        self.produced.load(Ordering::Relaxed)
    }

    /// Produces raw records as they are (tests use this for garbage input). A `None`
    /// key goes to partition 0.
    pub async fn produce_raw(&self, records: Vec<(Option<Vec<u8>>, Vec<u8>)>) -> Result<()> {
        let mut by_partition: BTreeMap<usize, Vec<Record>> = BTreeMap::new();
        for (key, value) in records {
            let index = match &key {
                Some(k) => cits_stage::partitioner::partition_for_key(k, self.partitions.len()),
                None => 0,
            };
            by_partition.entry(index).or_default().push(Record {
                key,
                value: Some(value),
                headers: BTreeMap::new(),
                timestamp: chrono::Utc::now(),
            });
        }
        for (index, records) in by_partition {
            let pc = self
                .partitions
                .get(index)
                .ok_or_else(|| Error::Config("raw topic has no partitions".into()))?;
            let n = records.len() as u64;
            produce(pc, records).await?;
            self.produced.fetch_add(n, Ordering::Relaxed);
        }
        Ok(())
    }

    /// Replays `entries` at the recording's pace × `options.speed` (or as fast as
    /// possible), each wrapped by [`wrap`].
    pub async fn replay(&self, entries: &[Entry], options: &ReplayOptions) -> Result<ReplayReport> {
        let started = Instant::now();
        let first_ms = entries.first().map_or(0, |e| e.timestamp_ms);
        let mut report = ReplayReport {
            messages: 0,
            payload_bytes: 0,
            elapsed: Duration::ZERO,
        };
        let mut next = 0;
        while next < entries.len() {
            let due_until = match options.speed {
                Speed::Max => None,
                Speed::Factor(factor) => {
                    // Sleep until the next entry is due, then take everything due by now.
                    let due = due_at(
                        entries.get(next).map_or(0, |e| e.timestamp_ms),
                        first_ms,
                        factor,
                    );
                    let now = started.elapsed();
                    if due > now {
                        tokio::time::sleep(due - now).await;
                    }
                    Some((started.elapsed(), factor))
                }
            };
            let mut batch: BTreeMap<usize, Vec<Record>> = BTreeMap::new();
            let mut taken = 0;
            let stamp = now_ns();
            while let Some(entry) = entries.get(next) {
                if taken >= MAX_BATCH_RECORDS {
                    break;
                }
                if let Some((now, factor)) = due_until {
                    if due_at(entry.timestamp_ms, first_ms, factor) > now {
                        break;
                    }
                }
                let message = wrap(entry, options, "replay-0", stamp);
                let key = message.station_id.to_string().into_bytes();
                let index = cits_stage::partitioner::partition_for_key(&key, self.partitions.len());
                batch.entry(index).or_default().push(Record {
                    key: Some(key),
                    value: Some(message.encode_to_vec()),
                    headers: BTreeMap::from([(
                        cits_stage::TYPE_HEADER.to_owned(),
                        RAW_TYPE_NAME.as_bytes().to_vec(),
                    )]),
                    timestamp: chrono::DateTime::from_timestamp_millis(
                        i64::try_from(entry.timestamp_ms).unwrap_or(i64::MAX),
                    )
                    .unwrap_or_default(),
                });
                report.payload_bytes += entry.bytes.len() as u64;
                taken += 1;
                next += 1;
            }
            for (index, records) in batch {
                let pc = self
                    .partitions
                    .get(index)
                    .ok_or_else(|| Error::Config("raw topic has no partitions".into()))?;
                let n = records.len() as u64;
                produce(pc, records).await?;
                report.messages += n;
                self.produced.fetch_add(n, Ordering::Relaxed);
            }
        }
        report.elapsed = started.elapsed();
        Ok(report)
    }
}

/// When (after the replay's start) a message recorded at `ts_ms` is due.
fn due_at(ts_ms: u64, first_ms: u64, factor: f64) -> Duration {
    let offset_ms = ts_ms.saturating_sub(first_ms) as f64 / factor;
    Duration::from_secs_f64(offset_ms / 1000.0)
}

async fn produce(pc: &PartitionClient, records: Vec<Record>) -> Result<()> {
    timed(
        "produce",
        || format!("{}/{}", pc.topic(), pc.partition()),
        OP_TIMEOUT,
        pc.produce(records, Compression::NoCompression),
    )
    .await
    .map(|_| ())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn station_id_is_read_from_the_uper_header() {
        // protocolVersion 2, messageID 14 (CPM), stationID 0x01020304, then payload.
        let msg = [2u8, 14, 1, 2, 3, 4, 0xff];
        assert_eq!(station_id_of(&msg), Some(0x0102_0304));
        assert_eq!(station_id_of(&msg[..5]), None);
        assert_eq!(station_id_of(&[]), None);
    }

    #[test]
    fn wrap_fills_the_contract_fields() {
        let entry = Entry {
            timestamp_ms: 1_700_000_000_123,
            bytes: vec![2, 14, 0, 0, 0, 42, 9, 9],
        };
        let msg = wrap(&entry, &ReplayOptions::default(), "replay-0", 77);
        assert_eq!(msg.station_id, 42);
        assert_eq!(msg.send_time_ms, entry.timestamp_ms);
        assert_eq!(msg.kind(), MessageKind::Cpm);
        assert_eq!(msg.encoding(), Encoding::Uper);
        assert_eq!(msg.payload, entry.bytes);
        assert!(uuid::Uuid::parse_str(&msg.uuid).is_ok());
        let trace = msg.trace.unwrap_or_default();
        assert_eq!(trace.entries.len(), 1);
        assert_eq!(trace.entries[0].stage, INGEST_STAGE);
        assert_eq!(trace.entries[0].sent_ns, 77);
    }

    #[test]
    fn pace_scales_with_speed() {
        assert_eq!(due_at(1_000, 0, 1.0), Duration::from_secs(1));
        assert_eq!(due_at(1_000, 0, 4.0), Duration::from_millis(250));
        assert_eq!(due_at(0, 500, 1.0), Duration::ZERO);
    }
}
