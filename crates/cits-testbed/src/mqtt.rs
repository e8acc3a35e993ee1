//! Ingestion as in the thesis testbed (§4.1, Figure 13): the recording is
//! published to a local MQTT broker (mosquitto) and an ingest bridge subscribes,
//! wraps each CPM into a `CitsMessage` and produces it to `cits.raw`.
//!
//! The publisher puts its publish time (Unix ns) into an MQTT v5 user property
//! ([`PUBLISH_NS_PROPERTY`]); the bridge turns it into the first trace entry
//! `ingest {received_ns: publish time, sent_ns: handed to the Kafka producer}`,
//! so the end-to-end latency starts at publishing and the MQTT leg is measured.

use std::collections::BTreeMap;
use std::io::{Read as _, Write as _};
use std::net::{Ipv4Addr, SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use cits_proto::{CitsMessage, Encoding, Message as _, MessageKind, Trace};
use cits_sim::recording::Entry;
use rskafka::client::Client;
use rumqttc::v5::mqttbytes::v5::{Packet, PublishProperties};
use rumqttc::v5::mqttbytes::QoS;
use rumqttc::v5::{AsyncClient, Event, EventLoop, MqttOptions};
use tokio::sync::watch;

use crate::error::{Error, Result};
use crate::kafka::{self, unix_ns};
use crate::replay::{self, Pace};
use crate::trace::INGEST_STAGE;

/// Where Debian installs the broker.
pub const MOSQUITTO_BIN: &str = "/usr/sbin/mosquitto";

/// MQTT user property carrying the publish time, Unix ns (decimal).
pub const PUBLISH_NS_PROPERTY: &str = "cits-publish-ns";

/// Topic prefix; a message goes to `<prefix>/<station id>` like an RSU feed.
pub const TOPIC_PREFIX: &str = "cits/cpm";

/// How long mosquitto may take to accept connections.
const MOSQUITTO_START_TIMEOUT: Duration = Duration::from_secs(10);

/// Pause between readiness probes while mosquitto starts.
const MOSQUITTO_READY_POLL: Duration = Duration::from_millis(20);

/// How long a readiness probe waits to connect and for the CONNACK.
const MQTT_PROBE_TIMEOUT: Duration = Duration::from_secs(2);

/// Ports tried for one broker: a picked port taken before mosquitto binds it costs one.
const MOSQUITTO_PORT_ATTEMPTS: usize = 3;

/// Requests queued between the client handle and its event loop; a replay at
/// "max" pace fills it, which then paces the publisher (back-pressure).
const MQTT_CHANNEL_CAPACITY: usize = 1_024;

/// MQTT keep-alive: long enough that a busy 2-core machine never drops us.
const MQTT_KEEP_ALIVE: Duration = Duration::from_secs(30);

/// Largest MQTT packet the clients accept: a CPM is far below; this bounds memory.
const MQTT_MAX_PACKET_BYTES: u32 = 256 * 1024;

/// How long the publisher waits for the broker's last acknowledgements.
const ACK_TIMEOUT: Duration = Duration::from_secs(30);

/// Bytes of the ETSI ItsPduHeader in UPER: protocolVersion (8 bits),
/// messageId (8 bits), stationId (32 bits); the SEQUENCE has no extension
/// marker or optional fields, so these are plain octets.
const ITS_PDU_HEADER_BYTES: usize = 6;

/// The ETSI station id of a UPER-encoded ETSI message, read off its ItsPduHeader.
pub fn station_id(uper: &[u8]) -> Option<u32> {
    let id = uper.get(2..ITS_PDU_HEADER_BYTES)?;
    Some(u32::from_be_bytes(<[u8; 4]>::try_from(id).ok()?))
}

/// A mosquitto broker on a free loopback port, stopped on drop.
#[derive(Debug)]
pub struct Mosquitto {
    /// The broker process (we started it, so we stop it).
    child: Child,
    /// Port on 127.0.0.1.
    port: u16,
    /// Directory with its configuration file.
    dir: PathBuf,
}

impl Mosquitto {
    /// Starts `mosquitto` on 127.0.0.1 with anonymous access.
    pub fn start() -> Result<Self> {
        Self::start_with(Path::new(MOSQUITTO_BIN))
    }

    /// Starts the given mosquitto binary. A port picked by [`free_port`] can be taken
    /// before mosquitto binds it (mosquitto then exits): the next free port will do.
    pub fn start_with(binary: &Path) -> Result<Self> {
        let mut last_error = None;
        for _ in 0..MOSQUITTO_PORT_ATTEMPTS {
            match Self::start_on(binary, free_port()?) {
                Ok(broker) => return Ok(broker),
                Err(error @ Error::Mqtt { .. }) => last_error = Some(error),
                Err(error) => return Err(error),
            }
        }
        Err(last_error.unwrap_or(Error::Mqtt {
            action: "start mosquitto",
            message: "no port attempt made".into(),
        }))
    }

    /// Starts mosquitto on `port` and waits until it answers MQTT there.
    fn start_on(binary: &Path, port: u16) -> Result<Self> {
        let dir =
            std::env::temp_dir().join(format!("cits-mosquitto-{}-{port}", std::process::id()));
        std::fs::create_dir_all(&dir).map_err(|e| Error::io("create", &dir, e))?;
        let conf = dir.join("mosquitto.conf");
        let text = format!("listener {port} 127.0.0.1\nallow_anonymous true\npersistence false\nmax_queued_messages 100000\n");
        std::fs::write(&conf, text).map_err(|e| Error::io("write", &conf, e))?;
        let child = Command::new(binary)
            .arg("-c")
            .arg(&conf)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .map_err(|e| Error::io("start", binary, e))?;
        // From here on, dropping `broker` stops the process and removes the directory.
        let mut broker = Self { child, port, dir };
        let deadline = Instant::now() + MOSQUITTO_START_TIMEOUT;
        loop {
            if let Ok(Some(status)) = broker.child.try_wait() {
                return Err(Error::Mqtt {
                    action: "start mosquitto",
                    message: format!("exited with {status} (port {port} taken?)"),
                });
            }
            if answers_mqtt(broker.addr()) {
                return Ok(broker);
            }
            if Instant::now() > deadline {
                return Err(Error::Timeout {
                    what: "mosquitto to listen".into(),
                    waited_ms: MOSQUITTO_START_TIMEOUT.as_millis() as u64,
                });
            }
            std::thread::sleep(MOSQUITTO_READY_POLL);
        }
    }

    /// The broker's address.
    pub fn addr(&self) -> SocketAddr {
        SocketAddr::from((Ipv4Addr::LOCALHOST, self.port))
    }

    /// The broker's process id.
    pub fn pid(&self) -> u32 {
        self.child.id()
    }
}

impl Drop for Mosquitto {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// Whether an MQTT broker answers at `addr`: a CONNECT (MQTT 3.1.1, clean session)
/// gets an accepting CONNACK. A bare TCP connect is no proof: it also succeeds against the
/// connecting socket itself (TCP self-connect to a free port of the ephemeral range), which
/// then holds the port mosquitto was about to bind, and mosquitto exits.
pub fn answers_mqtt(addr: SocketAddr) -> bool {
    let Ok(mut stream) = TcpStream::connect_timeout(&addr, MQTT_PROBE_TIMEOUT) else {
        return false;
    };
    let client_id = b"cits-ready";
    // Variable header: protocol name "MQTT", level 4, flags (clean session), keep-alive 10 s.
    let mut body = vec![0, 4, b'M', b'Q', b'T', b'T', 4, 0x02, 0, 10];
    body.extend_from_slice(&(client_id.len() as u16).to_be_bytes());
    body.extend_from_slice(client_id);
    let mut connect = vec![0x10, body.len() as u8];
    connect.extend_from_slice(&body);
    // CONNACK: type 2, remaining length 2, no session present, return code 0 (accepted).
    const CONNACK_ACCEPTED: [u8; 4] = [0x20, 0x02, 0x00, 0x00];
    const DISCONNECT: [u8; 2] = [0xE0, 0x00];
    let mut answer = [0_u8; 4];
    let answered = stream.set_read_timeout(Some(MQTT_PROBE_TIMEOUT)).is_ok()
        && stream.set_write_timeout(Some(MQTT_PROBE_TIMEOUT)).is_ok()
        && stream.write_all(&connect).is_ok()
        && stream.read_exact(&mut answer).is_ok()
        && answer == CONNACK_ACCEPTED;
    if answered {
        let _ = stream.write_all(&DISCONNECT);
    }
    answered
}

/// A free TCP port on 127.0.0.1 (bound, then released for the service to take).
pub fn free_port() -> Result<u16> {
    let listener = TcpListener::bind((Ipv4Addr::LOCALHOST, 0))
        .map_err(|e| Error::io("bind", "127.0.0.1:0", e))?;
    let port = listener
        .local_addr()
        .map_err(|e| Error::io("bind", "127.0.0.1:0", e))?
        .port();
    Ok(port)
}

fn mqtt_options(client_id: &str, broker: SocketAddr) -> MqttOptions {
    let mut options = MqttOptions::new(client_id, broker.ip().to_string(), broker.port());
    options.set_keep_alive(MQTT_KEEP_ALIVE);
    options.set_max_packet_size(Some(MQTT_MAX_PACKET_BYTES));
    options
}

fn mqtt_err(action: &'static str, e: impl std::fmt::Display) -> Error {
    Error::Mqtt {
        action,
        message: e.to_string(),
    }
}

/// What a replay through MQTT did.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct PublishReport {
    /// Messages published.
    pub published: usize,
    /// Of those, acknowledged by the broker (QoS 1).
    pub acknowledged: usize,
    /// Unix ns of the first and last publish.
    pub first_publish_ns: u64,
    /// Unix ns of the last publish.
    pub last_publish_ns: u64,
    /// How far behind schedule the publisher fell at worst, ms (a slow
    /// publisher would understate the load).
    pub max_lag_ms: f64,
}

/// Publishes `entries` to the broker at `pace`, QoS 1, each message to
/// `<prefix>/<station id>` with its publish time as a user property; calls
/// `progress(sent)` after each message. Returns once all are acknowledged.
pub async fn publish_recording(
    broker: SocketAddr,
    entries: &[Entry],
    pace: Pace,
    mut progress: impl FnMut(usize),
) -> Result<PublishReport> {
    let (client, mut eventloop) = AsyncClient::new(
        mqtt_options("cits-testbed-publisher", broker),
        MQTT_CHANNEL_CAPACITY,
    );
    let (acks_tx, acks_rx) = watch::channel(0usize);
    let driver: tokio::task::JoinHandle<Result<()>> = tokio::spawn(async move {
        let mut acks = 0usize;
        loop {
            match eventloop.poll().await {
                Ok(Event::Incoming(Packet::PubAck(_))) => {
                    acks += 1;
                    let _ = acks_tx.send(acks);
                }
                Ok(_) => {}
                Err(e) => return Err(mqtt_err("publisher connection", e)),
            }
        }
    });
    let schedule = replay::schedule(entries, pace);
    let start = tokio::time::Instant::now();
    let mut report = PublishReport::default();
    for (index, (entry, due)) in entries.iter().zip(schedule).enumerate() {
        tokio::time::sleep_until(start + due).await;
        let lag = start.elapsed().saturating_sub(due);
        report.max_lag_ms = report.max_lag_ms.max(lag.as_secs_f64() * 1e3);
        let station = station_id(&entry.bytes).ok_or_else(|| Error::BadMessage {
            index,
            reason: format!("{} bytes: no ItsPduHeader", entry.bytes.len()),
        })?;
        let now = unix_ns();
        let properties = PublishProperties {
            user_properties: vec![(PUBLISH_NS_PROPERTY.to_owned(), now.to_string())],
            ..Default::default()
        };
        client
            .publish_with_properties(
                format!("{TOPIC_PREFIX}/{station}"),
                QoS::AtLeastOnce,
                false,
                entry.bytes.clone(),
                properties,
            )
            .await
            .map_err(|e| mqtt_err("publish", e))?;
        if report.published == 0 {
            report.first_publish_ns = now;
        }
        report.last_publish_ns = now;
        report.published += 1;
        progress(report.published);
    }
    let mut acks = acks_rx;
    let published = report.published;
    let waited = tokio::time::timeout(ACK_TIMEOUT, acks.wait_for(|n| *n >= published))
        .await
        .map(|r| r.is_ok());
    report.acknowledged = *acks.borrow();
    let _ = client.disconnect().await;
    driver.abort();
    match waited {
        Ok(_) => Ok(report),
        Err(_) => Err(Error::Timeout {
            what: format!(
                "{} of {} MQTT acknowledgements",
                report.published - report.acknowledged,
                report.published
            ),
            waited_ms: ACK_TIMEOUT.as_millis() as u64,
        }),
    }
}

/// Settings of the ingest bridge.
#[derive(Debug, Clone)]
pub struct BridgeConfig {
    /// MQTT broker to subscribe to.
    pub mqtt: SocketAddr,
    /// Topic the bridge produces to (`cits.raw`).
    pub raw_topic: String,
    /// `CitsMessage.provider` of every message.
    pub provider: String,
    /// Trace instance name, e.g. "ingest-0".
    pub instance: String,
}

/// What the bridge did.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct BridgeStats {
    /// MQTT messages received.
    pub received: usize,
    /// Produced to `cits.raw`.
    pub produced: usize,
    /// Messages without a readable station id (not produced).
    pub rejected: usize,
}

/// A running ingest bridge.
#[derive(Debug)]
pub struct Bridge {
    stop: watch::Sender<bool>,
    task: tokio::task::JoinHandle<Result<BridgeStats>>,
    produced: watch::Receiver<usize>,
}

impl Bridge {
    /// Subscribes to `cits/cpm/#` and starts forwarding; returns once the
    /// subscription is acknowledged, so nothing published afterwards is missed.
    pub async fn start(config: BridgeConfig, kafka: Arc<Client>) -> Result<Self> {
        let raw_partitions = kafka::partitions(&kafka, &config.raw_topic).await?;
        let partition_count = raw_partitions.len().max(1);
        let (client, mut eventloop) = AsyncClient::new(
            mqtt_options(&format!("cits-{}", config.instance), config.mqtt),
            MQTT_CHANNEL_CAPACITY,
        );
        client
            .subscribe(format!("{TOPIC_PREFIX}/#"), QoS::AtLeastOnce)
            .await
            .map_err(|e| mqtt_err("subscribe", e))?;
        // Drive the connection until the subscription is confirmed.
        let deadline = Instant::now() + MOSQUITTO_START_TIMEOUT;
        loop {
            let event = tokio::time::timeout(MOSQUITTO_START_TIMEOUT, eventloop.poll())
                .await
                .map_err(|_| Error::Timeout {
                    what: "MQTT SUBACK".into(),
                    waited_ms: MOSQUITTO_START_TIMEOUT.as_millis() as u64,
                })?
                .map_err(|e| mqtt_err("bridge connect", e))?;
            if matches!(event, Event::Incoming(Packet::SubAck(_))) {
                break;
            }
            if Instant::now() > deadline {
                return Err(Error::Timeout {
                    what: "MQTT SUBACK".into(),
                    waited_ms: MOSQUITTO_START_TIMEOUT.as_millis() as u64,
                });
            }
        }
        let (stop, stop_rx) = watch::channel(false);
        let (produced_tx, produced) = watch::channel(0usize);
        let task = tokio::spawn(bridge_loop(
            config,
            kafka,
            client,
            eventloop,
            partition_count,
            stop_rx,
            produced_tx,
        ));
        Ok(Self {
            stop,
            task,
            produced,
        })
    }

    /// Waits until `n` messages were produced or `timeout` passed; returns the count.
    pub async fn wait_produced(&mut self, n: usize, timeout: Duration) -> usize {
        let _ = tokio::time::timeout(timeout, self.produced.wait_for(|p| *p >= n)).await;
        *self.produced.borrow()
    }

    /// Stops the bridge and returns its counters.
    pub async fn stop(self) -> Result<BridgeStats> {
        let _ = self.stop.send(true);
        self.task
            .await
            .map_err(|e| Error::Pipeline(format!("ingest bridge task: {e}")))?
    }
}

/// Most records one produce request of the bridge carries: what queued while the previous
/// request was in flight goes out together, and 500 CPM records (~0.5 MB) stay well under
/// the broker's default 1 MiB request size.
const BRIDGE_MAX_BATCH: usize = 500;

/// Records queued per `cits.raw` partition before the MQTT side waits: a few seconds of a
/// 16x replay; beyond it, back-pressure leaves the messages queued in mosquitto.
const BRIDGE_QUEUE_CAPACITY: usize = 4_096;

async fn bridge_loop(
    config: BridgeConfig,
    kafka: Arc<Client>,
    client: AsyncClient,
    mut eventloop: EventLoop,
    partitions: usize,
    mut stop: watch::Receiver<bool>,
    produced_tx: watch::Sender<usize>,
) -> Result<BridgeStats> {
    let mut stats = BridgeStats::default();
    let produced_tx = Arc::new(produced_tx);
    // One producer task per partition keeps each partition's order, and the MQTT event
    // loop never waits for a produce round trip (it would cap the bridge at one
    // message per round trip, ~125 msg/s on a busy 2-core machine).
    let mut producers: BTreeMap<i32, PartitionProducer> = BTreeMap::new();
    let outcome = loop {
        let event = tokio::select! {
            e = eventloop.poll() => match e {
                Ok(event) => event,
                Err(e) => break Err(mqtt_err("bridge connection", e)),
            },
            _ = stop.changed() => break Ok(()),
        };
        let Event::Incoming(Packet::Publish(publish)) = event else {
            continue;
        };
        let bridge_received = unix_ns();
        stats.received += 1;
        let Some(station) = station_id(&publish.payload) else {
            stats.rejected += 1;
            continue;
        };
        let published_ns = publish
            .properties
            .as_ref()
            .and_then(|p| {
                p.user_properties
                    .iter()
                    .find(|(k, _)| k == PUBLISH_NS_PROPERTY)
            })
            .and_then(|(_, v)| v.parse::<u64>().ok())
            .filter(|ns| *ns <= bridge_received)
            .unwrap_or(bridge_received);
        let key = station.to_string();
        let partition =
            cits_stage::partitioner::partition_for_key(key.as_bytes(), partitions) as i32;
        let producer = match producers.entry(partition) {
            std::collections::btree_map::Entry::Occupied(e) => e.into_mut(),
            std::collections::btree_map::Entry::Vacant(v) => {
                let client = kafka
                    .partition_client(
                        config.raw_topic.clone(),
                        partition,
                        rskafka::client::partition::UnknownTopicHandling::Retry,
                    )
                    .await
                    .map_err(|e| {
                        Error::kafka(
                            "partition client",
                            format!("{}[{partition}]", config.raw_topic),
                            e,
                        )
                    });
                match client {
                    Ok(client) => v.insert(PartitionProducer::start(
                        client,
                        format!("{}[{partition}]", config.raw_topic),
                        produced_tx.clone(),
                    )),
                    Err(e) => break Err(e),
                }
            }
        };
        let sent_ns = unix_ns();
        let mut trace = Trace::default();
        trace.push(INGEST_STAGE, &config.instance, published_ns, sent_ns);
        let message = CitsMessage {
            uuid: uuid::Uuid::new_v4().to_string(),
            station_id: station,
            provider: config.provider.clone(),
            send_time_ms: published_ns / 1_000_000,
            kind: MessageKind::Cpm as i32,
            encoding: Encoding::Uper as i32,
            payload: publish.payload.to_vec(),
            trace: Some(trace),
        };
        if producer
            .queue
            .send(raw_record(key, message.encode_to_vec()))
            .await
            .is_err()
        {
            // The producer task ended: its error is collected below.
            break Ok(());
        }
    };
    let _ = client.disconnect().await;
    // Closing the queues lets every producer send what it holds, then end.
    let mut first_error = outcome.err();
    for (_, producer) in producers {
        drop(producer.queue);
        match producer.task.await {
            Ok(Ok(count)) => stats.produced += count,
            Ok(Err(e)) => {
                first_error.get_or_insert(e);
            }
            Err(e) => {
                first_error.get_or_insert(Error::Pipeline(format!("bridge producer task: {e}")));
            }
        }
    }
    match first_error {
        Some(e) => Err(e),
        None => Ok(stats),
    }
}

/// The bridge's producer for one `cits.raw` partition.
struct PartitionProducer {
    queue: tokio::sync::mpsc::Sender<rskafka::record::Record>,
    /// Yields how many records it produced.
    task: tokio::task::JoinHandle<Result<usize>>,
}

impl PartitionProducer {
    fn start(
        client: rskafka::client::partition::PartitionClient,
        target: String,
        produced: Arc<watch::Sender<usize>>,
    ) -> Self {
        let (queue, mut records) = tokio::sync::mpsc::channel(BRIDGE_QUEUE_CAPACITY);
        let task = tokio::spawn(async move {
            let mut count = 0usize;
            let mut batch = Vec::with_capacity(BRIDGE_MAX_BATCH);
            while records.recv_many(&mut batch, BRIDGE_MAX_BATCH).await > 0 {
                let n = batch.len();
                client
                    .produce(
                        std::mem::take(&mut batch),
                        rskafka::client::partition::Compression::NoCompression,
                    )
                    .await
                    .map_err(|e| Error::kafka("produce", &target, e))?;
                count += n;
                produced.send_modify(|total| *total += n);
            }
            Ok(count)
        });
        Self { queue, task }
    }
}

/// A `cits.raw` record as the stages expect it: keyed by station id, typed by header.
pub fn raw_record(key: String, value: Vec<u8>) -> rskafka::record::Record {
    let mut headers = BTreeMap::new();
    headers.insert(
        cits_stage::TYPE_HEADER.to_owned(),
        <CitsMessage as cits_stage::Envelope>::TYPE_NAME
            .as_bytes()
            .to_vec(),
    );
    rskafka::record::Record {
        key: Some(key.into_bytes()),
        value: Some(value),
        headers,
        timestamp: rskafka::chrono::Utc::now(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn station_id_from_uper_header() {
        // protocolVersion 2, messageId 14 (CPM), stationId 0x01020304.
        assert_eq!(station_id(&[2, 14, 1, 2, 3, 4, 0xff]), Some(0x0102_0304));
        assert_eq!(station_id(&[2, 14, 1, 2, 3]), None);
        assert_eq!(station_id(&[]), None);
    }

    /// A socket connected to itself reads back what it wrote; an echo server does the
    /// same, and so must not count as a broker. Nothing listening is no broker either.
    #[test]
    fn an_echo_is_not_an_mqtt_broker() {
        let listener = TcpListener::bind((Ipv4Addr::LOCALHOST, 0)).unwrap();
        let addr = listener.local_addr().unwrap();
        let echo = std::thread::spawn(move || {
            let (mut stream, _) = listener.accept().unwrap();
            let mut buf = [0_u8; 64];
            let n = stream.read(&mut buf).unwrap();
            stream.write_all(&buf[..n]).unwrap();
        });
        assert!(!answers_mqtt(addr));
        echo.join().unwrap();
        assert!(!answers_mqtt(addr), "nothing listens any more");
    }

    #[test]
    fn a_started_mosquitto_answers_mqtt() {
        let broker = Mosquitto::start().expect("mosquitto (apt-get install mosquitto)");
        assert!(answers_mqtt(broker.addr()));
        let addr = broker.addr();
        drop(broker);
        assert!(!answers_mqtt(addr), "a stopped broker does not answer");
    }
}
