//! DENMs to the roadside: the egress bridge consumes `cits.denm` (`CitsMessage`s of kind
//! DENM, keyed by actionId) and publishes each DENM payload, as it is (UPER, ItsPduHeader
//! included), to MQTT topic `<prefix>/<station id>` with QoS 1, so each RSU subscribes to
//! its own topic.
//!
//! Delivery: every partition is followed from [`EgressConfig::start`]; each payload is
//! published QoS 1 (mosquitto keeps it for a reconnecting RSU session). Positions are in
//! memory only, like the stages': at-least-once while running, `latest` across restarts
//! (an old DENM is worthless to an RSU: it has expired after a few seconds). Records that
//! are not DENMs or do not decode are counted and skipped. On shutdown the bridge waits up
//! to [`ACK_TIMEOUT`] for the broker's acknowledgements of what it published.
//!
//! The wiring into `cits up` / `cits bench` is up to the caller: [`run`] takes its
//! configuration and a shutdown future (mini-redis style) and returns its counters.

use std::future::Future;
use std::net::SocketAddr;
use std::time::Duration;

use cits_proto::{CitsMessage, Message as _, MessageKind};
use cits_stage::StartAt;
use rskafka::client::partition::{OffsetAt, UnknownTopicHandling};
use rumqttc::v5::mqttbytes::v5::{Packet, PublishProperties};
use rumqttc::v5::mqttbytes::QoS;
use rumqttc::v5::{AsyncClient, Event, MqttOptions};
use tokio::sync::{mpsc, watch};

use crate::error::{Error, Result};
use crate::kafka::{self, unix_ns};

/// Default MQTT topic prefix: a DENM of station S goes to `cits/denm/S`.
pub const TOPIC_PREFIX: &str = "cits/denm";

/// MQTT user property carrying the `CitsMessage.uuid`, so a receiver can drop the rare
/// duplicate of at-least-once delivery.
pub const UUID_PROPERTY: &str = "cits-uuid";

/// MQTT user property carrying the bridge's publish time, Unix ns (decimal), like the
/// ingest side's, so the DENM leg to the roadside can be measured.
pub const PUBLISH_NS_PROPERTY: &str = crate::mqtt::PUBLISH_NS_PROPERTY;

/// How long the bridge waits on shutdown for outstanding MQTT acknowledgements.
pub const ACK_TIMEOUT: Duration = Duration::from_secs(10);

/// Fetch long-poll of the `cits.denm` followers: DENMs are urgent, and the broker answers
/// as soon as records arrive (see the stages' `CITS_MAX_WAIT_MS`).
pub const DEFAULT_MAX_WAIT_MS: i32 = 100;

/// Largest fetch response: DENMs are small (hundreds of bytes); 1 MiB is thousands.
const MAX_FETCH_BYTES: i32 = 1024 * 1024;

/// Requests queued between the MQTT client handle and its event loop; when full, the
/// Kafka side waits (back-pressure) rather than buffering without bound.
const MQTT_CHANNEL_CAPACITY: usize = 1_024;

/// Fetched records queued between the partition followers and the publisher.
const RECORD_QUEUE_CAPACITY: usize = 1_024;

/// MQTT keep-alive: long enough that a busy 2-core machine never drops us.
const MQTT_KEEP_ALIVE: Duration = Duration::from_secs(30);

/// Largest MQTT packet: a DENM is far below; this bounds memory.
const MQTT_MAX_PACKET_BYTES: u32 = 256 * 1024;

/// Settings of the egress bridge.
#[derive(Debug, Clone)]
pub struct EgressConfig {
    /// Kafka bootstrap brokers.
    pub brokers: Vec<String>,
    /// The topic with the DENMs (`cits.denm`).
    pub denm_topic: String,
    /// Where a fresh start reads: `Latest` for live operation, `Earliest` for replays/tests.
    pub start: StartAt,
    /// Fetch long-poll wait, ms.
    pub max_wait_ms: i32,
    /// MQTT broker to publish to.
    pub mqtt: SocketAddr,
    /// MQTT topic prefix (`<prefix>/<station id>`).
    pub topic_prefix: String,
    /// MQTT client id (unique per bridge instance).
    pub client_id: String,
}

impl EgressConfig {
    /// Defaults for `cits.denm` → `cits/denm/<station>`, live data.
    pub fn new(brokers: Vec<String>, mqtt: SocketAddr) -> Self {
        Self {
            brokers,
            denm_topic: "cits.denm".into(),
            start: StartAt::Latest,
            max_wait_ms: DEFAULT_MAX_WAIT_MS,
            mqtt,
            topic_prefix: TOPIC_PREFIX.into(),
            client_id: "cits-egress-0".into(),
        }
    }
}

/// What the bridge did.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct EgressStats {
    /// Records consumed from the DENM topic.
    pub consumed: usize,
    /// DENMs published to MQTT.
    pub published: usize,
    /// Of those, acknowledged by the MQTT broker (QoS 1 PUBACK).
    pub acknowledged: usize,
    /// Records skipped: undecodable, not a DENM, or empty payload.
    pub skipped: usize,
}

/// The MQTT topic of a station's DENMs.
pub fn topic_for(prefix: &str, station_id: u32) -> String {
    format!("{prefix}/{station_id}")
}

fn mqtt_err(action: &'static str, e: impl std::fmt::Display) -> Error {
    Error::Mqtt {
        action,
        message: e.to_string(),
    }
}

/// One fetched record, or the error that ended a follower.
type Followed = Result<(i32, i64, Vec<u8>)>;

/// Runs the bridge until `shutdown` completes (or a Kafka/MQTT error ends it), then waits
/// for outstanding acknowledgements and returns the counters.
pub async fn run(config: EgressConfig, shutdown: impl Future<Output = ()>) -> Result<EgressStats> {
    let client = kafka::connect(&config.brokers).await?;
    let partitions = kafka::partitions(&client, &config.denm_topic).await?;
    let (records_tx, mut records) = mpsc::channel::<Followed>(RECORD_QUEUE_CAPACITY);
    let (stop_tx, stop) = watch::channel(false);
    let mut followers = Vec::with_capacity(partitions.len());
    for partition in partitions {
        let target = format!("{}[{partition}]", config.denm_topic);
        let pc = client
            .partition_client(
                config.denm_topic.clone(),
                partition,
                UnknownTopicHandling::Retry,
            )
            .await
            .map_err(|e| Error::kafka("partition client", target.clone(), e))?;
        let offset = match config.start {
            StartAt::Earliest => pc
                .get_offset(OffsetAt::Earliest)
                .await
                .map_err(|e| Error::kafka("list offsets", target.clone(), e))?,
            StartAt::Latest => {
                cits_stage::kafka::log_end_offset(&pc, Duration::from_secs(10)).await?
            }
        };
        followers.push(tokio::spawn(follow(
            pc,
            target,
            offset,
            config.max_wait_ms,
            records_tx.clone(),
            stop.clone(),
        )));
    }
    drop(records_tx);

    let mut options = MqttOptions::new(
        config.client_id.clone(),
        config.mqtt.ip().to_string(),
        config.mqtt.port(),
    );
    options.set_keep_alive(MQTT_KEEP_ALIVE);
    options.set_max_packet_size(Some(MQTT_MAX_PACKET_BYTES));
    let (mqtt, mut eventloop) = AsyncClient::new(options, MQTT_CHANNEL_CAPACITY);
    let (acks_tx, mut acks) = watch::channel(0usize);
    let driver: tokio::task::JoinHandle<Result<()>> = tokio::spawn(async move {
        let mut count = 0usize;
        loop {
            match eventloop.poll().await {
                Ok(Event::Incoming(Packet::PubAck(_))) => {
                    count += 1;
                    let _ = acks_tx.send(count);
                }
                Ok(_) => {}
                Err(e) => return Err(mqtt_err("egress connection", e)),
            }
        }
    });

    let mut stats = EgressStats::default();
    tokio::pin!(shutdown);
    let outcome: Result<()> = loop {
        let next = tokio::select! {
            r = records.recv() => r,
            () = &mut shutdown => break Ok(()),
        };
        let Some(followed) = next else {
            break Ok(()); // every follower ended
        };
        let (_partition, _offset, value) = match followed {
            Ok(r) => r,
            Err(e) => break Err(e),
        };
        stats.consumed += 1;
        let Ok(message) = CitsMessage::decode(value.as_slice()) else {
            stats.skipped += 1;
            continue;
        };
        if message.kind != MessageKind::Denm as i32 || message.payload.is_empty() {
            stats.skipped += 1;
            continue;
        }
        let properties = PublishProperties {
            user_properties: vec![
                (UUID_PROPERTY.to_owned(), message.uuid.clone()),
                (PUBLISH_NS_PROPERTY.to_owned(), unix_ns().to_string()),
            ],
            ..Default::default()
        };
        let published = mqtt
            .publish_with_properties(
                topic_for(&config.topic_prefix, message.station_id),
                QoS::AtLeastOnce,
                false,
                message.payload,
                properties,
            )
            .await;
        if let Err(e) = published {
            break Err(mqtt_err("publish", e));
        }
        stats.published += 1;
    };
    let _ = stop_tx.send(true);
    let published = stats.published;
    let waited = tokio::time::timeout(ACK_TIMEOUT, acks.wait_for(|n| *n >= published))
        .await
        .map(|r| r.is_ok());
    stats.acknowledged = *acks.borrow();
    let _ = mqtt.disconnect().await;
    driver.abort();
    for follower in followers {
        follower.abort();
    }
    outcome?;
    match waited {
        Ok(_) => Ok(stats),
        Err(_) => Err(Error::Timeout {
            what: format!(
                "{} of {published} MQTT acknowledgements of DENMs",
                published - stats.acknowledged
            ),
            waited_ms: ACK_TIMEOUT.as_millis() as u64,
        }),
    }
}

/// Follows one partition from `offset`, sending every non-empty value to `out`.
async fn follow(
    pc: rskafka::client::partition::PartitionClient,
    target: String,
    mut offset: i64,
    max_wait_ms: i32,
    out: mpsc::Sender<Followed>,
    mut stop: watch::Receiver<bool>,
) {
    let partition = pc.partition();
    loop {
        if *stop.borrow() {
            return;
        }
        let fetched = tokio::select! {
            r = pc.fetch_records(offset, 1..MAX_FETCH_BYTES, max_wait_ms) => r,
            _ = stop.changed() => return,
        };
        let records = match fetched {
            Ok((records, _high)) => records,
            Err(e) => {
                let _ = out.send(Err(Error::kafka("fetch", target, e))).await;
                return;
            }
        };
        for r in records {
            if r.offset < offset {
                continue; // a batch may start before the requested offset
            }
            offset = r.offset + 1;
            let Some(value) = r.record.value else {
                continue;
            };
            if out.send(Ok((partition, r.offset, value))).await.is_err() {
                return; // the publisher ended
            }
        }
    }
}
