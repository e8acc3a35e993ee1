//! The egress bridge against real services: the embedded tansu broker holds `cits.denm`,
//! mosquitto on a free loopback port receives the DENMs, a subscriber plays the RSUs.

use std::collections::BTreeMap;
use std::time::Duration;

use cits_proto::{CitsMessage, Encoding, Message as _, MessageKind};
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
        trace: None,
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn denms_go_from_kafka_to_each_rsu_topic() {
    let broker = tokio::task::spawn_blocking(|| {
        cits_broker::EmbeddedBroker::start(cits_broker::BrokerConfig::default())
    })
    .await
    .unwrap()
    .expect("embedded broker");
    let brokers = vec![broker.addr().to_string()];
    let client = kafka::connect(&brokers).await.unwrap();
    let topic = unique("denm");
    kafka::ensure_topic(&client, &topic, 2).await.unwrap();
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
