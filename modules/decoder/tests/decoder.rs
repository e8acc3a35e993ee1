//! The native decoder binary against a real tansu broker: UPER and XER CPMs
//! are decoded, a garbage payload and a non-CPM go to the dead-letter topic.

use std::time::Duration;

use cits_core::decoder::encode_cpm;
use cits_stage::proto::{
    CitsMessage, Cpm, DeadLetter, Encoding, Message, MessageKind, ObjectClassification,
    PerceivedObject, ReferencePosition, Trace,
};
use cits_stage::testing::{self, ModuleProcess, Tansu};

/// Generous: the test machine is shared.
const WAIT: Duration = Duration::from_secs(30);

fn cpm(station_id: u32) -> Cpm {
    Cpm {
        protocol_version: 2,
        station_id,
        reference_time: 690_000_000_000,
        station_type: 15,
        reference_position: Some(ReferencePosition {
            latitude: 478_095_000,
            longitude: 130_550_000,
            ..Default::default()
        }),
        objects: vec![PerceivedObject {
            object_id: 3,
            x_coordinate: 1_234,
            y_coordinate: -567,
            x_confidence: 100,
            y_confidence: 100,
            classification: vec![ObjectClassification {
                class_kind: 1,
                sub_class: 5,
                confidence: 90,
            }],
            ..Default::default()
        }],
        ..Default::default()
    }
}

fn message(station_id: u32, kind: MessageKind, encoding: Encoding, payload: Vec<u8>) -> Vec<u8> {
    let mut trace = Trace::default();
    trace.push("ingest", "test", 1, 2);
    CitsMessage {
        uuid: format!("uuid-{station_id}"),
        station_id,
        provider: "test".into(),
        send_time_ms: 1_762_000_000_000,
        kind: kind as i32,
        encoding: encoding as i32,
        payload,
        trace: Some(trace),
    }
    .encode_to_vec()
}

#[tokio::test]
async fn decodes_cpms_and_dead_letters_the_rest() {
    let broker = Tansu::start();
    let client = testing::client(&broker.addr()).await;
    let (raw, out, dlq) = (
        testing::unique_topic("raw"),
        testing::unique_topic("cpm"),
        testing::unique_topic("dlq"),
    );
    testing::create_topic(&client, &raw, 2).await;
    testing::create_topic(&client, &out, 2).await;
    testing::create_topic(&client, &dlq, 1).await;

    let uper = encode_cpm(&cpm(77), Encoding::Uper).expect("encodable");
    let xer = encode_cpm(&cpm(78), Encoding::Xer).expect("encodable");
    let records = vec![
        // Without the type header, as an external ingest would send it.
        testing::record(
            Some(b"77"),
            message(77, MessageKind::Cpm, Encoding::Uper, uper.clone()),
            None,
        ),
        testing::record(
            Some(b"78"),
            message(78, MessageKind::Cpm, Encoding::Xer, xer),
            Some("cits.v1.CitsMessage"),
        ),
        testing::record(
            Some(b"79"),
            message(79, MessageKind::Cpm, Encoding::Uper, vec![1, 2, 3]),
            None,
        ),
        testing::record(
            Some(b"80"),
            message(80, MessageKind::Denm, Encoding::Uper, uper),
            None,
        ),
    ];
    testing::produce(&client, &raw, 1, records).await;

    let addr = broker.addr();
    let module = ModuleProcess::spawn(
        env!("CARGO_BIN_EXE_decoder"),
        &[
            ("CITS_BROKERS", &addr),
            ("CITS_INPUT_TOPIC", &raw),
            ("CITS_OUTPUT_TOPIC", &out),
            ("CITS_DLQ_TOPIC", &dlq),
            ("CITS_START", "earliest"),
            ("CITS_MAX_WAIT_MS", "10"),
        ],
    );
    let outputs = testing::consume(&client, &out, 2, 2, WAIT).await;
    let dead = testing::consume(&client, &dlq, 1, 2, WAIT).await;
    let (status, stderr) = module.stop();
    assert!(status.success(), "{status}:\n{stderr}");
    assert_eq!(outputs.len(), 2, "{stderr}");
    assert_eq!(dead.len(), 2, "{stderr}");

    let mut cpms: Vec<Cpm> = outputs
        .iter()
        .map(|(_, r)| Cpm::decode(r.value.as_deref().unwrap_or_default()).expect("a Cpm"))
        .collect();
    cpms.sort_by_key(|c| c.station_id);
    for (decoded, station) in cpms.iter().zip([77, 78]) {
        let original = cpm(station);
        assert_eq!(decoded.station_id, station);
        assert_eq!(decoded.source_uuid, format!("uuid-{station}"));
        assert_eq!(decoded.reference_time, original.reference_time);
        assert_eq!(decoded.reference_position, original.reference_position);
        assert_eq!(decoded.objects.len(), 1);
        assert_eq!(decoded.objects[0].object_id, 3);
        assert_eq!(decoded.objects[0].x_coordinate, 1_234);
        assert_eq!(decoded.objects[0].y_coordinate, -567);
        let stages: Vec<&str> = decoded
            .trace
            .iter()
            .flat_map(|t| &t.entries)
            .map(|e| e.stage.as_str())
            .collect();
        assert_eq!(stages, ["ingest", "decoder"]);
    }
    for (_, record) in &outputs {
        let key =
            std::str::from_utf8(record.key.as_deref().unwrap_or_default()).expect("utf-8 key");
        assert!(key == "77" || key == "78", "key {key}");
    }

    let mut letters: Vec<DeadLetter> = dead
        .iter()
        .map(|(_, r)| {
            DeadLetter::decode(r.value.as_deref().unwrap_or_default()).expect("a DeadLetter")
        })
        .collect();
    letters.sort_by_key(|l| l.offset);
    assert_eq!((letters[0].offset, letters[1].offset), (2, 3));
    assert!(
        letters[1].reason.contains("not a CPM"),
        "{}",
        letters[1].reason
    );
    for letter in &letters {
        assert_eq!((letter.topic.as_str(), letter.partition), (raw.as_str(), 1));
        assert_eq!(letter.instance, "decoder-0");
        assert!(
            CitsMessage::decode(letter.original.as_slice()).is_ok(),
            "original kept"
        );
    }
    assert!(
        stderr.contains("station 79"),
        "logged with the station id:\n{stderr}"
    );
    assert_eq!(testing::last_stat(&stderr, "in"), Some(4), "{stderr}");
    assert_eq!(testing::last_stat(&stderr, "out"), Some(2), "{stderr}");
    assert_eq!(testing::last_stat(&stderr, "dlq"), Some(2), "{stderr}");
}
