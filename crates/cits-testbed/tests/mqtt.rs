//! Ingestion through MQTT against real services: mosquitto on a free loopback
//! port, the embedded tansu broker, the ingest bridge; and the hop floor.

use std::sync::Arc;

use cits_proto::{CitsMessage, Encoding, Message as _, MessageKind};
use cits_sim::recording::Entry;
use cits_testbed::kafka::{self, FloorConfig};
use cits_testbed::mqtt::{self, Bridge, BridgeConfig, Mosquitto};
use cits_testbed::replay::Pace;
use rskafka::client::partition::UnknownTopicHandling;

/// A UPER-like message: ItsPduHeader (version 2, CPM id 14, station id) + body.
fn message(station: u32, body: u8) -> Vec<u8> {
    let mut m = vec![2, 14];
    m.extend_from_slice(&station.to_be_bytes());
    m.extend_from_slice(&[body; 20]);
    m
}

fn unique(prefix: &str) -> String {
    format!("{prefix}-{}-{}", std::process::id(), kafka::unix_ns())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn recording_goes_through_mosquitto_and_the_bridge_into_raw() {
    let broker = tokio::task::spawn_blocking(|| {
        cits_broker::EmbeddedBroker::start(cits_broker::BrokerConfig::default())
    })
    .await
    .unwrap()
    .expect("embedded broker");
    let brokers = vec![broker.addr().to_string()];
    let client = Arc::new(kafka::connect(&brokers).await.unwrap());
    let raw = unique("raw");
    kafka::ensure_topic(&client, &raw, 3).await.unwrap();

    let mosquitto = Mosquitto::start().expect("mosquitto (apt-get install mosquitto)");
    let bridge = Bridge::start(
        BridgeConfig {
            mqtt: mosquitto.addr(),
            raw_topic: raw.clone(),
            provider: "test".into(),
            instance: "ingest-0".into(),
        },
        Arc::clone(&client),
    )
    .await
    .unwrap();

    // 40 messages from 4 stations, recorded 50 ms apart, replayed at 10x.
    let entries: Vec<Entry> = (0..40u32)
        .map(|i| Entry {
            timestamp_ms: 1_000 + u64::from(i) * 50,
            bytes: message(1000 + i % 4, i as u8),
        })
        .collect();
    let before = kafka::unix_ns();
    let report = mqtt::publish_recording(mosquitto.addr(), &entries, Pace::Factor(10.0), |_| {})
        .await
        .unwrap();
    assert_eq!(report.published, 40);
    assert_eq!(report.acknowledged, 40);
    // 39 gaps of 5 ms: the publisher never ran ahead of the pace. The last publish is at or
    // after its due time; the first may be up to `max_lag_ms` after its own.
    let first_lag_bound_ns = (report.max_lag_ms * 1e6).ceil() as u64;
    assert!(
        report.last_publish_ns + first_lag_bound_ns >= report.first_publish_ns + 39 * 5_000_000,
        "{report:?}"
    );

    let mut bridge = bridge;
    assert_eq!(
        bridge
            .wait_produced(40, std::time::Duration::from_secs(30))
            .await,
        40
    );
    let stats = bridge.stop().await.unwrap();
    assert_eq!(
        (stats.received, stats.produced, stats.rejected),
        (40, 40, 0)
    );

    // Read back every partition of the raw topic.
    let mut got = Vec::new();
    for partition in kafka::partitions(&client, &raw).await.unwrap() {
        let pc = client
            .partition_client(raw.clone(), partition, UnknownTopicHandling::Retry)
            .await
            .unwrap();
        let end = cits_stage::kafka::log_end_offset(&pc, std::time::Duration::from_secs(10))
            .await
            .unwrap();
        let mut offset = 0;
        while offset < end {
            let (records, _) = pc.fetch_records(offset, 1..1_000_000, 100).await.unwrap();
            for r in records {
                offset = r.offset + 1;
                let key = String::from_utf8(r.record.key.clone().unwrap()).unwrap();
                // Partitioned like a stage partitions (Kafka's murmur2 of the key).
                assert_eq!(
                    cits_stage::partitioner::partition_for_key(key.as_bytes(), 3) as i32,
                    partition
                );
                assert_eq!(
                    r.record
                        .headers
                        .get(cits_stage::TYPE_HEADER)
                        .map(Vec::as_slice),
                    Some(&b"cits.v1.CitsMessage"[..])
                );
                let m = CitsMessage::decode(r.record.value.unwrap().as_slice()).unwrap();
                assert_eq!(key, m.station_id.to_string());
                got.push(m);
            }
        }
    }
    assert_eq!(got.len(), 40);
    // Each station's messages keep their publish order (one producer per partition).
    for station in 1000..1004u32 {
        let order: Vec<u8> = got
            .iter()
            .filter(|m| m.station_id == station)
            .map(|m| m.payload[6])
            .collect();
        assert!(
            order.windows(2).all(|w| w[0] < w[1]),
            "{station}: {order:?}"
        );
    }
    got.sort_by_key(|m| m.payload[6]);
    for (i, m) in got.iter().enumerate() {
        assert_eq!(m.payload, entries[i].bytes);
        assert_eq!(m.station_id, 1000 + i as u32 % 4);
        assert_eq!(m.kind, MessageKind::Cpm as i32);
        assert_eq!(m.encoding, Encoding::Uper as i32);
        let trace = m.trace.as_ref().unwrap();
        assert_eq!(trace.entries.len(), 1);
        let ingest = &trace.entries[0];
        assert_eq!(ingest.stage, "ingest");
        // Stamped at publish time, sent after the MQTT leg.
        assert!(
            ingest.received_ns >= before && ingest.received_ns <= ingest.sent_ns,
            "{ingest:?}"
        );
        assert!(
            ingest.received_ns >= report.first_publish_ns
                && ingest.received_ns <= report.last_publish_ns
        );
    }
    drop(mosquitto);
    tokio::task::spawn_blocking(move || broker.shutdown())
        .await
        .unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn floor_times_identity_hops() {
    let broker = tokio::task::spawn_blocking(|| {
        cits_broker::EmbeddedBroker::start(cits_broker::BrokerConfig::default())
    })
    .await
    .unwrap()
    .expect("embedded broker");
    let client = Arc::new(kafka::connect(&[broker.addr().to_string()]).await.unwrap());
    let floor = kafka::measure_floor(
        Arc::clone(&client),
        &unique("floor"),
        FloorConfig {
            samples: 30,
            max_wait_ms: 20,
            ..FloorConfig::default()
        },
    )
    .await
    .unwrap();
    let s = floor.summary();
    println!("hop floor (max_wait 20 ms): {s:?}");
    assert_eq!(s.count, 30);
    assert!(
        s.min_ms > 0.0 && s.min_ms <= s.p50_ms && s.p50_ms <= s.max_ms,
        "{s:?}"
    );
    tokio::task::spawn_blocking(move || broker.shutdown())
        .await
        .unwrap();
}
