//! The native DENM sender binary against a real tansu broker: a risk raised, moved and
//! ended becomes one DENM lifecycle (new, update, cancellation) keyed by its actionId;
//! a redelivered record is not sent twice; undecodable input is dead-lettered.

use std::time::Duration;

use cits_etsi::denm_2_2_1::{Termination, DENM};
use cits_stage::proto::{
    CitsMessage, CollisionRisk, Encoding, GeoPoint, Message, MessageKind, ObjectClass, RiskState,
    RoadUser,
};
use cits_stage::testing::{self, ModuleProcess, Tansu};

/// Generous: the test machine is shared.
const WAIT: Duration = Duration::from_secs(30);
const START: i64 = 1_767_225_600_000;

fn risk(state: RiskState, timestamp_ms: i64, north_1e7: i64) -> Vec<u8> {
    CollisionRisk {
        site: "4711".into(),
        risk_id: "4711/1|4711/2".into(),
        state: state as i32,
        vehicle: Some(RoadUser {
            object_class: ObjectClass::Car as i32,
            ..Default::default()
        }),
        other: Some(RoadUser {
            object_class: ObjectClass::Bicycle as i32,
            ..Default::default()
        }),
        timestamp_ms,
        detected_ms: START,
        conflict_point: Some(GeoPoint {
            latitude_deg: 47.8 + north_1e7 as f64 * 1e-7,
            longitude_deg: 13.04,
        }),
        ttc_s: Some(2.5),
        probability: 0.9,
        ..Default::default()
    }
    .encode_to_vec()
}

#[tokio::test]
async fn a_risk_becomes_one_denm_lifecycle() {
    let broker = Tansu::start();
    let client = testing::client(&broker.addr()).await;
    let (input, output, dlq) = (
        testing::unique_topic("risks"),
        testing::unique_topic("denm"),
        testing::unique_topic("dlq"),
    );
    testing::create_topic(&client, &input, 1).await;
    testing::create_topic(&client, &output, 3).await;
    testing::create_topic(&client, &dlq, 1).await;
    let key = Some(&b"4711/1|4711/2"[..]);
    // Raise; the same record again; moved by 100 × 0.1 µdegree (~1.1 m) 200 ms later; end.
    let records = vec![
        testing::record(key, risk(RiskState::Active, START, 0), None),
        testing::record(key, risk(RiskState::Active, START, 0), None),
        testing::record(key, risk(RiskState::Active, START + 200, 100), None),
        testing::record(key, risk(RiskState::Ended, START + 400, 100), None),
        testing::record(key, vec![0xff, 0xff, 0xff], None),
    ];
    testing::produce(&client, &input, 0, records).await;
    let addr = broker.addr();
    let module = ModuleProcess::spawn(
        env!("CARGO_BIN_EXE_denm"),
        &[
            ("CITS_BROKERS", &addr),
            ("CITS_INPUT_TOPIC", &input),
            ("CITS_OUTPUT_TOPIC", &output),
            ("CITS_DLQ_TOPIC", &dlq),
            ("CITS_START", "earliest"),
            ("CITS_MAX_WAIT_MS", "10"),
        ],
    );
    let outputs = testing::consume(&client, &output, 3, 3, WAIT).await;
    let dead = testing::consume(&client, &dlq, 1, 1, WAIT).await;
    let (status, stderr) = module.stop();
    assert!(status.success(), "{status}:\n{stderr}");
    assert_eq!(outputs.len(), 3, "{stderr}");
    assert_eq!(dead.len(), 1, "{stderr}");
    assert!(
        outputs.iter().all(|(p, _)| *p == outputs[0].0),
        "one lifecycle, one partition"
    );
    let mut denms = Vec::new();
    for (_, record) in &outputs {
        assert_eq!(record.key.as_deref(), Some(&b"4711/0"[..]));
        let message = CitsMessage::decode(record.value.as_deref().unwrap()).unwrap();
        assert_eq!(message.kind, MessageKind::Denm as i32);
        assert_eq!(message.encoding, Encoding::Uper as i32);
        assert_eq!(message.station_id, 4711);
        let denm: DENM = rasn::uper::decode(&message.payload).unwrap();
        assert_eq!(denm.header.station_id.0, 4711);
        denms.push((message.uuid, denm));
    }
    let uuids: std::collections::HashSet<_> = denms.iter().map(|(u, _)| u.clone()).collect();
    assert_eq!(uuids.len(), 3);
    let references: Vec<u64> = denms
        .iter()
        .map(|(_, d)| d.denm.management.reference_time.0)
        .collect();
    assert!(references.windows(2).all(|w| w[0] < w[1]), "{references:?}");
    let terminations: Vec<_> = denms
        .iter()
        .map(|(_, d)| d.denm.management.termination)
        .collect();
    assert_eq!(
        terminations,
        vec![None, None, Some(Termination::isCancellation)]
    );
    let latitudes: Vec<i32> = denms
        .iter()
        .map(|(_, d)| d.denm.management.event_position.latitude.0)
        .collect();
    assert_eq!(latitudes, vec![478_000_000, 478_000_100, 478_000_100]);
}
