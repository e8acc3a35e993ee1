//! The native collector binary against a real tansu broker: one location per
//! perceived object, keyed "<station>/<object>"; a CPM without reference
//! position goes to the dead-letter topic.

use std::time::Duration;

use cits_stage::partitioner::partition_for_key;
use cits_stage::proto::{Cpm, DeadLetter, Location, Message, PerceivedObject, ReferencePosition};
use cits_stage::testing::{self, ModuleProcess, Tansu};

/// Generous: the test machine is shared.
const WAIT: Duration = Duration::from_secs(30);

fn cpm(with_position: bool) -> Cpm {
    Cpm {
        protocol_version: 2,
        station_id: 77,
        reference_time: 690_000_000_000,
        station_type: 15,
        reference_position: with_position.then_some(ReferencePosition {
            latitude: 478_095_000,
            longitude: 130_550_000,
            ..Default::default()
        }),
        objects: [3, 4]
            .map(|id| PerceivedObject {
                object_id: id,
                x_coordinate: 100 * id as i32,
                ..Default::default()
            })
            .to_vec(),
        ..Default::default()
    }
}

#[tokio::test]
async fn locations_per_object_and_dead_letters() {
    let broker = Tansu::start();
    let client = testing::client(&broker.addr()).await;
    let (input, output, dlq) = (
        testing::unique_topic("cpm"),
        testing::unique_topic("loc"),
        testing::unique_topic("dlq"),
    );
    testing::create_topic(&client, &input, 1).await;
    testing::create_topic(&client, &output, 4).await;
    testing::create_topic(&client, &dlq, 1).await;
    let records = vec![
        testing::record(Some(b"77"), cpm(true).encode_to_vec(), Some("cits.v1.Cpm")),
        testing::record(Some(b"77"), cpm(false).encode_to_vec(), Some("cits.v1.Cpm")),
    ];
    testing::produce(&client, &input, 0, records).await;
    let addr = broker.addr();
    let module = ModuleProcess::spawn(
        env!("CARGO_BIN_EXE_collector"),
        &[
            ("CITS_BROKERS", &addr),
            ("CITS_INPUT_TOPIC", &input),
            ("CITS_OUTPUT_TOPIC", &output),
            ("CITS_DLQ_TOPIC", &dlq),
            ("CITS_START", "earliest"),
            ("CITS_MAX_WAIT_MS", "10"),
        ],
    );
    let outputs = testing::consume(&client, &output, 4, 2, WAIT).await;
    let dead = testing::consume(&client, &dlq, 1, 1, WAIT).await;
    let (status, stderr) = module.stop();
    assert!(status.success(), "{status}:\n{stderr}");
    assert_eq!(outputs.len(), 2, "{stderr}");
    let mut keys = Vec::new();
    for (partition, record) in &outputs {
        let location =
            Location::decode(record.value.as_deref().unwrap_or_default()).expect("a Location");
        assert_eq!(
            record.key.as_deref(),
            Some(location.trajectory_key.as_bytes())
        );
        assert_eq!(
            *partition as usize,
            partition_for_key(location.trajectory_key.as_bytes(), 4)
        );
        let position = location.position.expect("position");
        assert!(
            (position.latitude_deg - 47.8095).abs() < 0.001,
            "{position:?}"
        );
        keys.push(location.trajectory_key);
    }
    keys.sort();
    assert_eq!(keys, ["77/3", "77/4"]);
    assert_eq!(dead.len(), 1, "{stderr}");
    let letter =
        DeadLetter::decode(dead[0].1.value.as_deref().unwrap_or_default()).expect("a DeadLetter");
    assert_eq!((letter.offset, letter.stage.as_str()), (1, "collector"));
    assert!(
        letter.reason.contains("reference position"),
        "{}",
        letter.reason
    );
    assert_eq!(testing::last_stat(&stderr, "dlq"), Some(1), "{stderr}");
}
