//! The egress bridge against real services: the embedded tansu broker holds `cits.denm`,
//! mosquitto on a free loopback port receives the DENMs, a subscriber plays the RSUs.

use std::collections::BTreeMap;
use std::time::Duration;

use cits_proto::{CitsMessage, Encoding, Message as _, MessageKind, Trace};
use cits_stage::StartAt;
use cits_testbed::egress::{self, EgressConfig, UUID_PROPERTY};
use cits_testbed::kafka;
use cits_testbed::mqtt::Mosquitto;
use rumqttc::v5::mqttbytes::v5::Packet;
use rumqttc::v5::mqttbytes::QoS;
use rumqttc::v5::{AsyncClient, Event, MqttOptions};

fn unique(prefix: &str) -> String {
    format!("{prefix}-{}-{}", std::process::id(), kafka::unix_ns())
}

/// An embedded broker, its address list, a client and a fresh topic of `partitions`.
async fn broker_with_topic(
    prefix: &str,
    partitions: i32,
) -> (
    cits_broker::EmbeddedBroker,
    Vec<String>,
    rskafka::client::Client,
    String,
) {
    let broker = tokio::task::spawn_blocking(|| {
        cits_broker::EmbeddedBroker::start(cits_broker::BrokerConfig::default())
    })
    .await
    .unwrap()
    .expect("embedded broker");
    let brokers = vec![broker.addr().to_string()];
    let client = kafka::connect(&brokers).await.unwrap();
    let topic = unique(prefix);
    kafka::ensure_topic(&client, &topic, partitions)
        .await
        .unwrap();
    (broker, brokers, client, topic)
}

/// A DENM-like payload: ItsPduHeader (version 2, DENM id 1, station id) + a body byte.
fn payload(station: u32, n: u8) -> Vec<u8> {
    let mut p = vec![2, 1];
    p.extend_from_slice(&station.to_be_bytes());
    p.extend_from_slice(&[n; 12]);
    p
}

fn denm(station: u32, n: u8) -> CitsMessage {
    CitsMessage {
        uuid: format!("uuid-{station}-{n}"),
        station_id: station,
        provider: "test".into(),
        send_time_ms: 1,
        kind: MessageKind::Denm as i32,
        encoding: Encoding::Uper as i32,
        payload: payload(station, n),
        trace: Some(upstream_trace(n)),
    }
}

/// A stand-in for the trace a DENM brings from the stages.
fn upstream_trace(n: u8) -> Trace {
    let mut t = Trace::default();
    t.push("ingest", "ingest-0", 1_000 + u64::from(n), 2_000);
    t.push("denm", "denm-0", 3_000, 4_000);
    t
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn denms_go_from_kafka_to_each_rsu_topic() {
    let (broker, brokers, client, topic) = broker_with_topic("denm", 2).await;
    let mosquitto = Mosquitto::start().expect("mosquitto (apt-get install mosquitto)");

    // The RSUs: one subscriber on every DENM topic, subscribed before anything is sent.
    let mut options = MqttOptions::new("rsu-test", "127.0.0.1", mosquitto.addr().port());
    options.set_keep_alive(Duration::from_secs(30));
    let (rsu, mut rsu_events) = AsyncClient::new(options, 64);
    rsu.subscribe(format!("{}/#", egress::TOPIC_PREFIX), QoS::AtLeastOnce)
        .await
        .unwrap();
    loop {
        let event = tokio::time::timeout(Duration::from_secs(10), rsu_events.poll())
            .await
            .expect("SUBACK in time")
            .unwrap();
        if matches!(event, Event::Incoming(Packet::SubAck(_))) {
            break;
        }
    }

    // 10 DENMs of two stations, plus a CPM wrapper and garbage the bridge must skip.
    let mut sent = Vec::new();
    for n in 0..10u8 {
        let message = denm(if n % 2 == 0 { 4711 } else { 815 }, n);
        let partition = i32::from(n % 2);
        kafka::produce_one(
            &client,
            &topic,
            partition,
            Some(format!("{}/{n}", message.station_id).into_bytes()),
            message.encode_to_vec(),
            BTreeMap::new(),
        )
        .await
        .unwrap();
        sent.push(message);
    }
    let mut cpm = denm(4711, 99);
    cpm.kind = MessageKind::Cpm as i32;
    kafka::produce_one(
        &client,
        &topic,
        0,
        None,
        cpm.encode_to_vec(),
        BTreeMap::new(),
    )
    .await
    .unwrap();
    kafka::produce_one(&client, &topic, 1, None, vec![0xff; 7], BTreeMap::new())
        .await
        .unwrap();

    let (shutdown_tx, shutdown_rx) = tokio::sync::oneshot::channel::<()>();
    let mut config = EgressConfig::new(brokers.clone(), mosquitto.addr());
    config.denm_topic = topic.clone();
    config.start = StartAt::Earliest;
    config.max_wait_ms = 20;
    let (acked_tx, mut acked_rx) = tokio::sync::mpsc::unbounded_channel();
    config.acknowledged = Some(acked_tx);
    let before_ns = kafka::unix_ns();
    let bridge = tokio::spawn(egress::run(config, async {
        let _ = shutdown_rx.await;
    }));

    let mut received: Vec<(String, Vec<u8>, QoS, String)> = Vec::new();
    let deadline = tokio::time::Instant::now() + Duration::from_secs(30);
    while received.len() < sent.len() {
        let event = tokio::time::timeout_at(deadline, rsu_events.poll())
            .await
            .expect("all DENMs within 30 s")
            .unwrap();
        if let Event::Incoming(Packet::Publish(p)) = event {
            let uuid = p
                .properties
                .as_ref()
                .and_then(|props| {
                    props
                        .user_properties
                        .iter()
                        .find(|(k, _)| k == UUID_PROPERTY)
                })
                .map(|(_, v)| v.clone())
                .unwrap_or_default();
            received.push((
                String::from_utf8(p.topic.to_vec()).unwrap(),
                p.payload.to_vec(),
                p.qos,
                uuid,
            ));
        }
    }
    shutdown_tx.send(()).unwrap();
    let stats = bridge.await.unwrap().unwrap();
    assert_eq!(stats.consumed, 12, "{stats:?}");
    assert_eq!(stats.published, 10, "{stats:?}");
    assert_eq!(stats.acknowledged, 10, "{stats:?}");
    assert_eq!(stats.skipped, 2, "{stats:?}");
    let after_ns = kafka::unix_ns();

    // Each acknowledged DENM was reported once, with its own trace plus the bridge's
    // entry: fetched, then published, both within this test's run.
    let mut reports = Vec::new();
    while let Ok(r) = acked_rx.try_recv() {
        reports.push(r);
    }
    assert_eq!(reports.len(), sent.len());
    for r in &reports {
        let m = sent.iter().find(|m| m.uuid == r.uuid).expect("a sent DENM");
        assert_eq!(r.payload, m.payload);
        let (upstream, egress_entry) = r.trace.entries.split_at(r.trace.entries.len() - 1);
        assert_eq!(upstream, m.trace.as_ref().unwrap().entries.as_slice());
        let e = &egress_entry[0];
        assert_eq!(e.stage, egress::EGRESS_STAGE);
        assert!(
            before_ns <= e.received_ns && e.received_ns <= e.sent_ns && e.sent_ns <= after_ns,
            "{e:?} outside {before_ns}..{after_ns}"
        );
    }

    // Every DENM reached its station's topic unchanged, QoS 1, in order per station.
    for station in [4711u32, 815] {
        let expected: Vec<(String, Vec<u8>, String)> = sent
            .iter()
            .filter(|m| m.station_id == station)
            .map(|m| {
                (
                    format!("cits/denm/{station}"),
                    m.payload.clone(),
                    m.uuid.clone(),
                )
            })
            .collect();
        let got: Vec<(String, Vec<u8>, String)> = received
            .iter()
            .filter(|(t, ..)| t.ends_with(&format!("/{station}")))
            .map(|(t, p, q, u)| {
                assert_eq!(*q, QoS::AtLeastOnce);
                (t.clone(), p.clone(), u.clone())
            })
            .collect();
        assert_eq!(got, expected, "station {station}");
    }
    drop(mosquitto);
    tokio::task::spawn_blocking(move || broker.shutdown())
        .await
        .unwrap();
}

/// A mosquitto that keeps sessions on disk (`persistence true`), so it can be stopped
/// and started again on the same port with the RSU's subscription intact.
struct PersistentMosquitto {
    child: Option<std::process::Child>,
    port: u16,
    dir: std::path::PathBuf,
}

impl PersistentMosquitto {
    fn start() -> Self {
        let port = cits_testbed::mqtt::free_port().expect("free port");
        let dir = std::env::temp_dir().join(unique("cits-egress-mosquitto"));
        std::fs::create_dir_all(&dir).expect("mosquitto dir");
        let conf = dir.join("mosquitto.conf");
        std::fs::write(
            &conf,
            format!(
                "listener {port} 127.0.0.1\nallow_anonymous true\npersistence true\n\
                 persistence_location {}/\nmax_queued_messages 100000\n",
                dir.display()
            ),
        )
        .expect("mosquitto.conf");
        let mut broker = Self {
            child: None,
            port,
            dir,
        };
        broker.resume();
        broker
    }

    /// (Re)starts the process on the same port and persistence directory. The port cannot
    /// change (the clients reconnect to it), so a start that lost the port for a moment
    /// (mosquitto exits; see `mqtt::answers_mqtt`) is simply tried again.
    fn resume(&mut self) {
        let addr: std::net::SocketAddr = ([127, 0, 0, 1], self.port).into();
        let deadline = std::time::Instant::now() + Duration::from_secs(10);
        loop {
            let mut child = std::process::Command::new(cits_testbed::mqtt::MOSQUITTO_BIN)
                .arg("-c")
                .arg(self.dir.join("mosquitto.conf"))
                .stdin(std::process::Stdio::null())
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::null())
                .spawn()
                .expect("mosquitto (apt-get install mosquitto)");
            while child.try_wait().expect("mosquitto status").is_none() {
                if cits_testbed::mqtt::answers_mqtt(addr) {
                    self.child = Some(child);
                    return;
                }
                if std::time::Instant::now() > deadline {
                    let _ = child.kill();
                    let _ = child.wait();
                    panic!("mosquitto did not answer on {addr}");
                }
                std::thread::sleep(Duration::from_millis(20));
            }
            assert!(
                std::time::Instant::now() < deadline,
                "mosquitto kept exiting at start on {addr}"
            );
        }
    }

    /// SIGTERM (mosquitto saves its sessions) and wait for the exit.
    fn stop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = std::process::Command::new("kill")
                .args(["-TERM", &child.id().to_string()])
                .status();
            let _ = child.wait();
        }
    }
}

impl Drop for PersistentMosquitto {
    fn drop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_denm_is_lost_when_the_mqtt_broker_restarts() {
    let (broker, brokers, client, topic) = broker_with_topic("denm-restart", 1).await;
    let mut mosquitto = PersistentMosquitto::start();
    let mqtt_addr: std::net::SocketAddr = ([127, 0, 0, 1], mosquitto.port).into();

    // The RSU keeps its session across the restart (no clean start, an hour's expiry) and
    // reconnects on its own; it hands every DENM's uuid to the test.
    let mut options = MqttOptions::new("rsu-restart", "127.0.0.1", mosquitto.port);
    options.set_keep_alive(Duration::from_secs(30));
    options.set_clean_start(false);
    options.set_session_expiry_interval(Some(3_600));
    let (rsu, mut rsu_events) = AsyncClient::new(options, 64);
    rsu.subscribe(format!("{}/#", egress::TOPIC_PREFIX), QoS::AtLeastOnce)
        .await
        .unwrap();
    let (subscribed_tx, subscribed) = tokio::sync::oneshot::channel::<()>();
    let (uuids_tx, mut uuids) = tokio::sync::mpsc::unbounded_channel::<String>();
    let rsu_task = tokio::spawn(async move {
        let mut subscribed_tx = Some(subscribed_tx);
        loop {
            match rsu_events.poll().await {
                Ok(Event::Incoming(Packet::SubAck(_))) => {
                    if let Some(tx) = subscribed_tx.take() {
                        let _ = tx.send(());
                    }
                }
                Ok(Event::Incoming(Packet::Publish(p))) => {
                    let uuid = p
                        .properties
                        .iter()
                        .flat_map(|props| props.user_properties.iter())
                        .find(|(k, _)| k == UUID_PROPERTY)
                        .map(|(_, v)| v.clone())
                        .unwrap_or_default();
                    let _ = uuids_tx.send(uuid);
                }
                Ok(_) => {}
                Err(_) => tokio::time::sleep(Duration::from_millis(50)).await,
            }
        }
    });
    tokio::time::timeout(Duration::from_secs(10), subscribed)
        .await
        .expect("SUBACK in time")
        .unwrap();

    let (shutdown_tx, shutdown_rx) = tokio::sync::oneshot::channel::<()>();
    let mut config = EgressConfig::new(brokers.clone(), mqtt_addr);
    config.denm_topic = topic.clone();
    config.start = StartAt::Earliest;
    config.max_wait_ms = 20;
    config.client_id = "cits-egress-restart".into();
    let bridge = tokio::spawn(egress::run(config, async {
        let _ = shutdown_rx.await;
    }));

    let produce = |n: u8| {
        let (client, topic) = (&client, &topic);
        async move {
            let message = denm(4711, n);
            kafka::produce_one(
                client,
                topic,
                0,
                Some(format!("4711/{n}").into_bytes()),
                message.encode_to_vec(),
                BTreeMap::new(),
            )
            .await
            .unwrap();
            message.uuid
        }
    };
    let mut expected = std::collections::BTreeSet::new();
    for n in 0..5 {
        expected.insert(produce(n).await);
    }
    let mut received = std::collections::BTreeSet::new();
    let deadline = tokio::time::Instant::now() + Duration::from_secs(30);
    while received != expected {
        let uuid = tokio::time::timeout_at(deadline, uuids.recv())
            .await
            .expect("the first DENMs within 30 s")
            .expect("RSU task alive");
        received.insert(uuid);
    }

    // The broker goes away (it has exited before the next DENMs reach Kafka); DENMs keep
    // arriving meanwhile; it comes back. Their acknowledgements can only come from the
    // restarted broker, so `acknowledged == 10` proves the bridge re-sent what the lost
    // connection could not deliver. (Whether the restarted mosquitto hands them to the
    // RSU's restored session is mosquitto's persistence, not the bridge: not asserted.)
    mosquitto.stop();
    for n in 5..10 {
        produce(n).await;
    }
    tokio::time::sleep(Duration::from_secs(1)).await;
    mosquitto.resume();
    // Stopping drains: the bridge waits up to ACK_TIMEOUT for every acknowledgement,
    // reconnecting as needed, and fails if one is missing.
    shutdown_tx.send(()).unwrap();
    let stats = bridge.await.unwrap().unwrap();
    assert_eq!(stats.consumed, 10, "{stats:?}");
    assert_eq!(stats.published, 10, "{stats:?}");
    assert_eq!(stats.acknowledged, 10, "{stats:?}");
    assert!(stats.reconnects >= 1, "{stats:?}");
    rsu_task.abort();
    drop(mosquitto);
    tokio::task::spawn_blocking(move || broker.shutdown())
        .await
        .unwrap();
}
