//! The native assembler binary against a real tansu broker: locations of one
//! object become one growing trajectory; undecodable input is dead-lettered.

use std::time::Duration;

use cits_stage::proto::{GeoPoint, Location, Message, ObjectClass, Trajectory};
use cits_stage::testing::{self, ModuleProcess, Tansu};

/// Generous: the test machine is shared.
const WAIT: Duration = Duration::from_secs(30);

fn location(timestamp_ms: i64) -> Vec<u8> {
    Location {
        trajectory_key: "77/3".into(),
        timestamp_ms,
        source: "msg".into(),
        owner: "test_77".into(),
        object_class: ObjectClass::Car as i32,
        position: Some(GeoPoint {
            latitude_deg: 47.8095,
            longitude_deg: 13.055 + (timestamp_ms % 100_000) as f64 * 1e-7,
        }),
        ..Default::default()
    }
    .encode_to_vec()
}

#[tokio::test]
async fn locations_become_a_growing_trajectory() {
    let broker = Tansu::start();
    let client = testing::client(&broker.addr()).await;
    let (input, output, dlq) = (
        testing::unique_topic("loc"),
        testing::unique_topic("traj"),
        testing::unique_topic("dlq"),
    );
    testing::create_topic(&client, &input, 1).await;
    testing::create_topic(&client, &output, 2).await;
    testing::create_topic(&client, &dlq, 1).await;
    let start = 1_767_225_600_000;
    let mut records: Vec<_> = (0..3)
        .map(|i| testing::record(Some(b"77/3"), location(start + i * 100), None))
        .collect();
    records.push(testing::record(Some(b"77/3"), vec![0xff, 0xff, 0xff], None));
    testing::produce(&client, &input, 0, records).await;
    let addr = broker.addr();
    let module = ModuleProcess::spawn(
        env!("CARGO_BIN_EXE_assembler"),
        &[
            ("CITS_BROKERS", &addr),
            ("CITS_INPUT_TOPIC", &input),
            ("CITS_OUTPUT_TOPIC", &output),
            ("CITS_DLQ_TOPIC", &dlq),
            ("CITS_START", "earliest"),
            ("CITS_MAX_WAIT_MS", "10"),
        ],
    );
    let outputs = testing::consume(&client, &output, 2, 3, WAIT).await;
    let dead = testing::consume(&client, &dlq, 1, 1, WAIT).await;
    let (status, stderr) = module.stop();
    assert!(status.success(), "{status}:\n{stderr}");
    assert_eq!(outputs.len(), 3, "{stderr}");
    let mut sizes: Vec<usize> = outputs
        .iter()
        .map(|(_, r)| {
            Trajectory::decode(r.value.as_deref().unwrap_or_default()).expect("a Trajectory")
        })
        .inspect(|t| {
            assert_eq!(
                (t.trajectory_key.as_str(), t.session_start_ms),
                ("77/3", start)
            );
        })
        .map(|t| t.points.len())
        .collect();
    sizes.sort();
    assert_eq!(sizes, [1, 2, 3]);
    assert!(
        outputs.iter().all(|(p, _)| *p == outputs[0].0),
        "one object, one partition"
    );
    assert_eq!(dead.len(), 1, "{stderr}");
    assert_eq!(testing::last_stat(&stderr, "in"), Some(4), "{stderr}");
}
