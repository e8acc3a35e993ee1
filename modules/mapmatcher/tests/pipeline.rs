//! The whole pipeline as four native module processes against a real tansu
//! broker: raw CPMs of an RSU watching a car and a pedestrian → decoder →
//! collector → assembler → map matcher. The car comes out matched onto the
//! street with a five-entry trace; the pedestrian is filtered at the matcher.
//!
//! Needs the sibling binaries: run `cargo test -p decoder -p collector
//! -p assembler -p mapmatcher` (cargo builds all before running any test).

use std::path::{Path, PathBuf};
use std::time::Duration;

use cits_core::decoder::encode_cpm;
use cits_core::geo::{local_to_wgs84, unix_ms_to_its_time, Wgs84};
use cits_core::matcher::multilinestring_wkb;
use cits_stage::proto::{
    CitsMessage, Cpm, Encoding, MatchedTrajectory, Message, MessageKind, ObjectClassification,
    PerceivedObject, ReferencePosition, RoadKind, Trace,
};
use cits_stage::testing::{self, ModuleProcess, Tansu};

/// Generous: four processes and a broker share a loaded machine.
const WAIT: Duration = Duration::from_secs(60);
/// The RSU; the street runs west–east 20 m north of it.
const RSU: Wgs84 = Wgs84 {
    lat_deg: 47.8095,
    lon_deg: 13.0550,
};
const STREET_NORTH_M: f64 = 20.0;
const STEPS: u32 = 20;
const START_UNIX_MS: i64 = 1_767_225_600_000;

fn object(id: u32, x_m: f64, y_m: f64, class_kind: u32, sub_class: u32) -> PerceivedObject {
    PerceivedObject {
        object_id: id,
        x_coordinate: (x_m * 100.0).round() as i32,
        y_coordinate: (y_m * 100.0).round() as i32,
        x_confidence: 100,
        y_confidence: 100,
        x_velocity: Some(1000),
        y_velocity: Some(0),
        classification: vec![ObjectClassification {
            class_kind,
            sub_class,
            confidence: 90,
        }],
        ..Default::default()
    }
}

/// Step `step` (100 ms apart): a car eastbound at 10 m/s 0.8 m off the street, a pedestrian.
fn raw_message(step: u32) -> Vec<u8> {
    let t = f64::from(step) * 0.1;
    let cpm = Cpm {
        protocol_version: 2,
        station_id: 77,
        reference_time: unix_ms_to_its_time(START_UNIX_MS + i64::from(step) * 100),
        station_type: 15,
        reference_position: Some(ReferencePosition {
            latitude: (RSU.lat_deg * 1e7).round() as i32,
            longitude: (RSU.lon_deg * 1e7).round() as i32,
            ..Default::default()
        }),
        objects: vec![
            object(3, -50.0 + 10.0 * t, STREET_NORTH_M + 0.8, 1, 5),
            object(4, 5.0, -3.0 + t, 2, 1),
        ],
        ..Default::default()
    };
    let mut trace = Trace::default();
    trace.push("ingest", "test", 1, 2);
    CitsMessage {
        uuid: format!("msg-{step}"),
        station_id: 77,
        provider: "test".into(),
        send_time_ms: (START_UNIX_MS + i64::from(step) * 100) as u64,
        kind: MessageKind::Cpm as i32,
        encoding: Encoding::Uper as i32,
        payload: encode_cpm(&cpm, Encoding::Uper).expect("encodable CPM"),
        trace: Some(trace),
    }
    .encode_to_vec()
}

fn sibling(name: &str) -> PathBuf {
    let path = Path::new(env!("CARGO_BIN_EXE_mapmatcher")).with_file_name(name);
    assert!(
        path.exists(),
        "{} is missing: run `cargo test -p decoder -p collector -p assembler -p mapmatcher`",
        path.display()
    );
    path
}

#[tokio::test]
async fn raw_cpms_become_matched_trajectories() {
    let broker = Tansu::start();
    let client = testing::client(&broker.addr()).await;
    let topics: Vec<String> = ["raw", "cpm", "locations", "trajectories", "matched", "dlq"]
        .iter()
        .map(|t| testing::unique_topic(t))
        .collect();
    for topic in &topics {
        testing::create_topic(&client, topic, 2).await;
    }
    let graph_dir = std::env::temp_dir().join(testing::unique_topic("graph"));
    std::fs::create_dir_all(&graph_dir).expect("temp dir");
    let street = vec![
        local_to_wgs84(RSU, -200.0, STREET_NORTH_M),
        local_to_wgs84(RSU, 200.0, STREET_NORTH_M),
    ];
    let bike = vec![
        local_to_wgs84(RSU, -200.0, -40.0),
        local_to_wgs84(RSU, 200.0, -40.0),
    ];
    std::fs::write(graph_dir.join("car.wkb"), multilinestring_wkb(&[street])).expect("car.wkb");
    std::fs::write(graph_dir.join("bike.wkb"), multilinestring_wkb(&[bike])).expect("bike.wkb");
    let graph = graph_dir.to_string_lossy().into_owned();

    let addr = broker.addr();
    let modules: Vec<ModuleProcess> = ["decoder", "collector", "assembler", "mapmatcher"]
        .iter()
        .enumerate()
        .map(|(i, name)| {
            let binary = sibling(name);
            ModuleProcess::spawn(
                &binary.to_string_lossy(),
                &[
                    ("CITS_BROKERS", &addr),
                    ("CITS_INPUT_TOPIC", &topics[i]),
                    ("CITS_OUTPUT_TOPIC", &topics[i + 1]),
                    ("CITS_DLQ_TOPIC", &topics[5]),
                    ("CITS_START", "earliest"),
                    ("CITS_MAX_WAIT_MS", "10"),
                    ("CITS_GRAPH_DIR", &graph),
                ],
            )
        })
        .collect();

    let records = (0..STEPS)
        .map(|step| testing::record(Some(b"77"), raw_message(step), None))
        .collect();
    testing::produce(&client, &topics[0], 0, records).await;
    // One output per trajectory update: the car's matched onto its lane, the pedestrian's
    // passed through unmatched (the predictor needs every road user).
    let all = testing::consume(&client, &topics[4], 2, 2 * STEPS as usize, WAIT).await;
    let dead = testing::consume(&client, &topics[5], 2, 1, Duration::from_millis(500)).await;
    let logs: Vec<(String, String)> = modules
        .into_iter()
        .zip(["decoder", "collector", "assembler", "mapmatcher"])
        .map(|(m, name)| {
            let (status, stderr) = m.stop();
            assert!(status.success(), "{name} exited with {status}:\n{stderr}");
            (name.to_owned(), stderr)
        })
        .collect();
    let all_logs = logs
        .iter()
        .map(|(n, l)| format!("--- {n}\n{l}"))
        .collect::<String>();
    assert_eq!(all.len(), 2 * STEPS as usize, "{all_logs}");
    assert!(dead.is_empty(), "unexpected dead letters:\n{all_logs}");
    let (matched, pedestrian): (Vec<_>, Vec<_>) = all
        .into_iter()
        .partition(|(_, r)| r.key.as_deref() == Some(&b"77/3"[..]));
    assert_eq!(matched.len(), STEPS as usize, "{all_logs}");
    assert_eq!(pedestrian.len(), STEPS as usize, "{all_logs}");
    for (_, record) in &pedestrian {
        assert_eq!(record.key.as_deref(), Some(&b"77/4"[..]));
        let m = MatchedTrajectory::decode(record.value.as_deref().unwrap_or_default())
            .expect("a MatchedTrajectory");
        assert!(
            m.points
                .iter()
                .all(|p| p.road_kind == RoadKind::Unspecified as i32),
            "a pedestrian is never matched onto a lane: {m:?}"
        );
    }

    let last = matched
        .iter()
        .map(|(_, r)| {
            MatchedTrajectory::decode(r.value.as_deref().unwrap_or_default())
                .expect("a MatchedTrajectory")
        })
        .max_by_key(|m| m.points.len())
        .expect("matched trajectories");
    assert_eq!(last.trajectory_key, "77/3");
    assert_eq!(last.session_start_ms, START_UNIX_MS);
    assert_eq!(last.points.len(), STEPS as usize);
    for point in &last.points {
        assert_eq!(point.road_kind, RoadKind::CarLane as i32);
        assert!(
            (point.offset_m - 0.8).abs() < 0.05,
            "offset {}",
            point.offset_m
        );
    }
    let trace = last.trace.expect("trace");
    let stages: Vec<&str> = trace.entries.iter().map(|e| e.stage.as_str()).collect();
    assert_eq!(
        stages,
        ["ingest", "decoder", "collector", "assembler", "mapmatcher"]
    );
    for pair in trace.entries.windows(2).skip(1) {
        assert!(
            pair[0].sent_ns <= pair[1].received_ns,
            "stages in time order: {pair:?}"
        );
    }
    let (_, matcher_log) = &logs[3];
    assert_eq!(
        testing::last_stat(matcher_log, "filtered"),
        Some(0),
        "{matcher_log}"
    );
    std::fs::remove_dir_all(&graph_dir).ok();
}
