//! DENMs to the roadside: the egress bridge consumes `cits.denm` (`CitsMessage`s of kind
//! DENM, keyed by actionId) and publishes each DENM payload, as it is (UPER, ItsPduHeader
//! included), to MQTT topic `<prefix>/<station id>` with QoS 1, so each RSU subscribes to
//! its own topic.
//!
//! Delivery: every partition is followed from [`EgressConfig::start`]; each payload is
//! published QoS 1 (mosquitto keeps it for a reconnecting RSU session). The bridge keeps
//! every DENM until the MQTT broker acknowledges it and re-sends the unacknowledged ones,
//! in order, after a lost connection; failed fetches are retried from the same offset. So
//! nothing is lost across an MQTT or Kafka reconnect while the bridge runs (a duplicate
//! may be: at-least-once). Positions are in memory only, like the stages': `latest`
//! across restarts (an old DENM is worthless to an RSU: it has expired after a few
//! seconds). Records that are not DENMs or do not decode are counted and skipped. On
//! shutdown the bridge waits up to [`ACK_TIMEOUT`] for the broker's acknowledgements.
//!
//! The wiring into `cits up` / `cits bench` is up to the caller: [`run`] takes its
//! configuration and a shutdown future (mini-redis style) and returns its counters.

use std::collections::VecDeque;
use std::future::Future;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use cits_proto::{CitsMessage, Message as _, MessageKind, Trace};
use cits_stage::{StartAt, RECONNECT_BACKOFF_INITIAL, RECONNECT_BACKOFF_MAX};
use rskafka::client::partition::{OffsetAt, UnknownTopicHandling};
use rumqttc::v5::mqttbytes::v5::{Packet, PublishProperties};
use rumqttc::v5::mqttbytes::QoS;
use rumqttc::v5::{AsyncClient, Event, EventLoop, MqttOptions};
use rumqttc::Outgoing;
use tokio::sync::{mpsc, watch, Notify};

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

/// Stage name of the trace entry the bridge appends to a DENM's trace (see
/// [`EgressConfig::acknowledged`]): received = fetched from `cits.denm`, sent = the
/// MQTT publish call (the [`PUBLISH_NS_PROPERTY`] value).
pub const EGRESS_STAGE: &str = crate::trace::EGRESS_STAGE;

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

/// DENMs published but not yet acknowledged before the bridge stops reading: below the
/// client channel's capacity, so re-sending them all after a reconnect never waits.
const MAX_UNACKED: usize = MQTT_CHANNEL_CAPACITY / 2;

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
    /// Where to report each DENM the MQTT broker acknowledged, with its trace extended
    /// by an [`EGRESS_STAGE`] entry (the benchmark's warning latency); `None`: not reported.
    pub acknowledged: Option<mpsc::UnboundedSender<AcknowledgedDenm>>,
}

/// A DENM the MQTT broker acknowledged (QoS 1 PUBACK), as reported to
/// [`EgressConfig::acknowledged`].
#[derive(Debug, Clone, PartialEq)]
pub struct AcknowledgedDenm {
    /// `CitsMessage.uuid` (a re-sent duplicate has the same one).
    pub uuid: String,
    /// The published payload (UPER DENM).
    pub payload: Vec<u8>,
    /// The record's trace plus the [`EGRESS_STAGE`] entry.
    pub trace: Trace,
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
            acknowledged: None,
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
    /// MQTT connections lost and re-opened (their unacknowledged DENMs re-sent).
    pub reconnects: usize,
    /// Failed `cits.denm` fetches (retried).
    pub fetch_errors: usize,
}

/// Whether a UPER DENM (TS 103 831 v2.2.1) terminates its event (a cancellation or
/// negation: the management container's `termination` is set); `None` when it does not
/// decode.
pub fn is_termination(payload: &[u8]) -> Option<bool> {
    rasn::uper::decode::<cits_etsi::denm_2_2_1::DENM>(payload)
        .ok()
        .map(|d| d.denm.management.termination.is_some())
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

/// One fetched record: partition, offset, value, fetch time (Unix ns).
type Followed = (i32, i64, Vec<u8>, u64);

/// A DENM handed to the MQTT client and not yet acknowledged by the broker.
#[derive(Debug, Clone)]
struct Unacked {
    topic: String,
    payload: Vec<u8>,
    properties: PublishProperties,
    /// Packet id the client gave it on this connection (`None` until sent).
    pkid: Option<u16>,
    /// What to report once acknowledged (only when [`EgressConfig::acknowledged`] is set).
    report: Option<AcknowledgedDenm>,
}

/// What the publisher and the connection driver share: the unacknowledged DENMs in
/// publish order, so a lost connection re-sends exactly those.
#[derive(Debug, Default)]
struct Outstanding {
    queue: VecDeque<Unacked>,
    acknowledged: usize,
    /// Receiver of the acknowledged DENMs' reports.
    report_to: Option<mpsc::UnboundedSender<AcknowledgedDenm>>,
}

/// One MQTT connection: its client handle and the task driving it, which ends when an
/// established connection is lost (connection attempts before that are retried).
struct Connection {
    client: AsyncClient,
    driver: tokio::task::JoinHandle<()>,
}

impl Connection {
    /// A fresh client (a fresh session: nothing of the last one is replayed by the
    /// client library) that first re-sends every unacknowledged DENM, in order.
    async fn open(
        config: &EgressConfig,
        outstanding: &Arc<Mutex<Outstanding>>,
        acked: &Arc<Notify>,
    ) -> Result<Self> {
        let mut options = MqttOptions::new(
            config.client_id.clone(),
            config.mqtt.ip().to_string(),
            config.mqtt.port(),
        );
        options.set_keep_alive(MQTT_KEEP_ALIVE);
        options.set_max_packet_size(Some(MQTT_MAX_PACKET_BYTES));
        let (client, eventloop) = AsyncClient::new(options, MQTT_CHANNEL_CAPACITY);
        let resend: Vec<Unacked> = {
            let mut o = lock(outstanding);
            o.queue.iter_mut().for_each(|u| u.pkid = None);
            o.queue.iter().cloned().collect()
        };
        // At most MAX_UNACKED < MQTT_CHANNEL_CAPACITY: these sends never wait.
        for u in resend {
            publish(&client, u.topic, u.payload, u.properties).await?;
        }
        let driver = tokio::spawn(drive(eventloop, outstanding.clone(), acked.clone()));
        Ok(Self { client, driver })
    }
}

fn lock(outstanding: &Mutex<Outstanding>) -> std::sync::MutexGuard<'_, Outstanding> {
    outstanding
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

async fn publish(
    client: &AsyncClient,
    topic: String,
    payload: Vec<u8>,
    properties: PublishProperties,
) -> Result<()> {
    client
        .publish_with_properties(topic, QoS::AtLeastOnce, false, payload, properties)
        .await
        .map_err(|e| mqtt_err("publish", e))
}

/// Polls one connection: packet ids are handed out in publish order, so the n-th
/// `Outgoing::Publish` belongs to the n-th DENM without one; a PUBACK retires its DENM.
/// Returns when an established connection is lost.
async fn drive(mut eventloop: EventLoop, outstanding: Arc<Mutex<Outstanding>>, acked: Arc<Notify>) {
    let mut connected = false;
    let mut backoff = RECONNECT_BACKOFF_INITIAL;
    loop {
        match eventloop.poll().await {
            Ok(Event::Incoming(Packet::ConnAck(_))) => {
                connected = true;
                backoff = RECONNECT_BACKOFF_INITIAL;
            }
            Ok(Event::Outgoing(Outgoing::Publish(pkid))) => {
                let mut o = lock(&outstanding);
                if let Some(u) = o.queue.iter_mut().find(|u| u.pkid.is_none()) {
                    u.pkid = Some(pkid);
                }
            }
            Ok(Event::Incoming(Packet::PubAck(ack))) => {
                let mut o = lock(&outstanding);
                if let Some(i) = o.queue.iter().position(|u| u.pkid == Some(ack.pkid)) {
                    let done = o.queue.remove(i);
                    o.acknowledged += 1;
                    if let (Some(tx), Some(report)) = (&o.report_to, done.and_then(|u| u.report)) {
                        // A receiver gone (the run ended) only loses the report.
                        let _ = tx.send(report);
                    }
                    acked.notify_waiters();
                }
            }
            Ok(_) => {}
            // Not connected yet (broker down or restarting): the requests wait in the
            // client's channel; try again after a pause.
            Err(_) if !connected => {
                tokio::time::sleep(backoff).await;
                backoff = (backoff * 2).min(RECONNECT_BACKOFF_MAX);
            }
            Err(_) => return,
        }
    }
}

/// Runs the bridge until `shutdown` completes (or a Kafka/MQTT error ends it), then waits
/// for outstanding acknowledgements and returns the counters.
///
/// A lost MQTT connection is re-opened (after [`RECONNECT_BACKOFF_INITIAL`], doubling up
/// to [`RECONNECT_BACKOFF_MAX`] while the broker refuses) and every DENM not yet
/// acknowledged is published again, in order: at-least-once, like the stages (the
/// [`UUID_PROPERTY`] lets an RSU drop the duplicate). A failing fetch is retried the
/// same way from the same offset.
pub async fn run(config: EgressConfig, shutdown: impl Future<Output = ()>) -> Result<EgressStats> {
    let client = kafka::connect(&config.brokers).await?;
    let partitions = kafka::partitions(&client, &config.denm_topic).await?;
    let (records_tx, mut records) = mpsc::channel::<Followed>(RECORD_QUEUE_CAPACITY);
    let (stop_tx, stop) = watch::channel(false);
    let fetch_errors = Arc::new(AtomicUsize::new(0));
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
            offset,
            config.max_wait_ms,
            records_tx.clone(),
            stop.clone(),
            fetch_errors.clone(),
        )));
    }
    drop(records_tx);

    let outstanding = Arc::new(Mutex::new(Outstanding {
        report_to: config.acknowledged.clone(),
        ..Outstanding::default()
    }));
    let acked = Arc::new(Notify::new());
    let mut connection = Connection::open(&config, &outstanding, &acked).await?;
    let mut stats = EgressStats::default();
    let mut backoff = RECONNECT_BACKOFF_INITIAL;
    let mut draining = false;
    let mut ack_deadline = None;
    tokio::pin!(shutdown);
    let outcome: Result<()> = loop {
        let (unacked, acknowledged) = {
            let o = lock(&outstanding);
            (o.queue.len(), o.acknowledged)
        };
        if acknowledged > stats.acknowledged {
            stats.acknowledged = acknowledged;
            backoff = RECONNECT_BACKOFF_INITIAL;
        }
        if draining && unacked == 0 {
            break Ok(());
        }
        // Registered before the select, so an ack between the check and the wait counts.
        let ack = acked.notified();
        tokio::select! {
            r = records.recv(), if !draining && unacked < MAX_UNACKED => {
                let Some((_partition, _offset, value, fetched_ns)) = r else {
                    draining = true; // every follower ended
                    continue;
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
                let published_ns = unix_ns();
                let properties = PublishProperties {
                    user_properties: vec![
                        (UUID_PROPERTY.to_owned(), message.uuid.clone()),
                        (PUBLISH_NS_PROPERTY.to_owned(), published_ns.to_string()),
                    ],
                    ..Default::default()
                };
                let topic = topic_for(&config.topic_prefix, message.station_id);
                let report = config.acknowledged.as_ref().map(|_| {
                    let mut trace = message.trace.clone().unwrap_or_default();
                    // The fetch and the publish stamps come from the same clock in
                    // order; `max` only guards the trace's sent ≥ received rule.
                    trace.push(
                        EGRESS_STAGE,
                        &config.client_id,
                        fetched_ns,
                        published_ns.max(fetched_ns),
                    );
                    AcknowledgedDenm {
                        uuid: message.uuid.clone(),
                        payload: message.payload.clone(),
                        trace,
                    }
                });
                lock(&outstanding).queue.push_back(Unacked {
                    topic: topic.clone(),
                    payload: message.payload.clone(),
                    properties: properties.clone(),
                    pkid: None,
                    report,
                });
                // An error means this connection's loop has ended: the DENM is queued in
                // `outstanding`, and the next connection re-sends it.
                let _ = publish(&connection.client, topic, message.payload, properties).await;
                stats.published += 1;
            }
            () = &mut shutdown, if !draining => {
                draining = true;
                ack_deadline = Some(tokio::time::Instant::now() + ACK_TIMEOUT);
            }
            _ = &mut connection.driver => {
                stats.reconnects += 1;
                tokio::time::sleep(backoff).await;
                backoff = (backoff * 2).min(RECONNECT_BACKOFF_MAX);
                match Connection::open(&config, &outstanding, &acked).await {
                    Ok(c) => connection = c,
                    Err(e) => break Err(e),
                }
            }
            () = ack => {}
            () = sleep_until_opt(ack_deadline) => break Ok(()),
        }
    };
    let _ = stop_tx.send(true);
    let unacked = {
        let o = lock(&outstanding);
        stats.acknowledged = o.acknowledged;
        o.queue.len()
    };
    stats.fetch_errors = fetch_errors.load(Ordering::Relaxed);
    let _ = connection.client.disconnect().await;
    connection.driver.abort();
    for follower in followers {
        follower.abort();
    }
    outcome?;
    if unacked > 0 {
        return Err(Error::Timeout {
            what: format!(
                "{unacked} of {} MQTT acknowledgements of DENMs",
                stats.published
            ),
            waited_ms: ACK_TIMEOUT.as_millis() as u64,
        });
    }
    Ok(stats)
}

/// Completes at `deadline`, never without one.
async fn sleep_until_opt(deadline: Option<tokio::time::Instant>) {
    match deadline {
        Some(d) => tokio::time::sleep_until(d).await,
        None => std::future::pending().await,
    }
}

/// Follows one partition from `offset`, sending every non-empty value to `out`; a failed
/// fetch is counted and retried from the same offset after a growing pause.
async fn follow(
    pc: rskafka::client::partition::PartitionClient,
    mut offset: i64,
    max_wait_ms: i32,
    out: mpsc::Sender<Followed>,
    mut stop: watch::Receiver<bool>,
    errors: Arc<AtomicUsize>,
) {
    let partition = pc.partition();
    let mut backoff = RECONNECT_BACKOFF_INITIAL;
    loop {
        if *stop.borrow() {
            return;
        }
        let fetched = tokio::select! {
            r = pc.fetch_records(offset, 1..MAX_FETCH_BYTES, max_wait_ms) => r,
            _ = stop.changed() => return,
        };
        let records = match fetched {
            Ok((records, _high)) => {
                backoff = RECONNECT_BACKOFF_INITIAL;
                records
            }
            Err(_) => {
                errors.fetch_add(1, Ordering::Relaxed);
                tokio::select! {
                    () = tokio::time::sleep(backoff) => {}
                    _ = stop.changed() => return,
                }
                backoff = (backoff * 2).min(RECONNECT_BACKOFF_MAX);
                continue;
            }
        };
        let fetched_ns = unix_ns();
        for r in records {
            if r.offset < offset {
                continue; // a batch may start before the requested offset
            }
            offset = r.offset + 1;
            let Some(value) = r.record.value else {
                continue;
            };
            if out
                .send((partition, r.offset, value, fetched_ns))
                .await
                .is_err()
            {
                return; // the publisher ended
            }
        }
    }
}
