//! The embedded broker speaks enough Kafka for the pipeline: create topics, produce,
//! fetch, list offsets; and it is gone after shutdown.

use std::collections::BTreeMap;
use std::net::TcpStream;
use std::time::Duration;

use cits_broker::{BrokerConfig, EmbeddedBroker};
use rskafka::client::partition::{Compression, OffsetAt, UnknownTopicHandling};
use rskafka::client::ClientBuilder;
use rskafka::record::Record;

mod common;
use common::bounded;

#[test]
fn embedded_broker_creates_topics_produces_and_fetches() {
    let broker = EmbeddedBroker::start(BrokerConfig::default()).expect("broker starts");
    let addr = broker.addr();
    assert!(addr.ip().is_loopback(), "listens on loopback: {addr}");

    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    let fetched = runtime.block_on(async {
        let client = bounded(
            "connect",
            ClientBuilder::new(vec![addr.to_string()]).build(),
        )
        .await
        .expect("client connects");
        let controller = client.controller_client().expect("controller");
        bounded(
            "create topic",
            controller.create_topic("t.broker-test", 2, 1, 5_000),
        )
        .await
        .expect("topic created");
        let partition = bounded(
            "partition client",
            client.partition_client("t.broker-test", 1, UnknownTopicHandling::Error),
        )
        .await
        .expect("partition 1 exists");
        let records: Vec<Record> = (0..3u8)
            .map(|i| Record {
                key: Some(vec![i]),
                value: Some(vec![i; 10]),
                headers: BTreeMap::new(),
                timestamp: chrono::Utc::now(),
            })
            .collect();
        bounded(
            "produce",
            partition.produce(records, Compression::NoCompression),
        )
        .await
        .expect("produce");
        let high = bounded("list offsets", partition.get_offset(OffsetAt::Latest))
            .await
            .expect("offsets");
        // A tansu 0.6 quirk this project works around (cits_stage::kafka::log_end_offset):
        // ListOffsets(latest) is the newest batch's base offset + 1, not the log end. If
        // this starts to fail with 3, tansu was fixed and the workaround can go.
        assert_eq!(
            high, 1,
            "ListOffsets(latest) after one batch of three records"
        );
        let (records, high_watermark) =
            bounded("fetch", partition.fetch_records(0, 1..1_000_000, 100))
                .await
                .expect("fetch");
        assert_eq!(high_watermark, 3);
        records
            .into_iter()
            .map(|r| r.record.value.unwrap_or_default())
            .collect::<Vec<_>>()
    });
    assert_eq!(fetched, vec![vec![0u8; 10], vec![1u8; 10], vec![2u8; 10]]);

    broker.shutdown();
    assert!(
        TcpStream::connect_timeout(&addr, Duration::from_millis(200)).is_err(),
        "nothing listens on {addr} after shutdown"
    );
}

#[test]
fn a_taken_port_is_reported() {
    let first = EmbeddedBroker::start(BrokerConfig::default()).expect("first broker");
    let second = EmbeddedBroker::start(BrokerConfig {
        listen: Some(first.addr()),
        ..BrokerConfig::default()
    });
    assert!(
        second.is_err(),
        "a second broker on {} must fail",
        first.addr()
    );
}
