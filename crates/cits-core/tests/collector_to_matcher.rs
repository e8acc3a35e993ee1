//! The three stateful/stateless stages chained in-process: CPMs of an RSU watching a
//! car and a pedestrian → locations → trajectories → matched trajectories.

use std::sync::Arc;

use cits_core::assembler::{Assembler, AssemblerConfig};
use cits_core::collector::collect;
use cits_core::geo::{local_to_wgs84, unix_ms_to_its_time, wgs84_to_local, Wgs84};
use cits_core::lanes::LaneGraph;
use cits_core::matcher::{multilinestring_wkb, MapMatcher};
use cits_proto::{Cpm, ObjectClassification, PerceivedObject, ReferencePosition, RoadKind};

/// The RSU's position; the street runs west–east 20 m north of it.
const RSU: Wgs84 = Wgs84 {
    lat_deg: 47.8095,
    lon_deg: 13.0550,
};
const STREET_NORTH_M: f64 = 20.0;

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

fn cpm(step: u32) -> Cpm {
    let t = f64::from(step) * 0.1;
    // Car eastbound at 10 m/s, 0.8 m north of the street's centreline; a pedestrian.
    let car = object(3, -50.0 + 10.0 * t, STREET_NORTH_M + 0.8, 1, 5);
    let pedestrian = object(4, 5.0, -3.0 + t, 2, 1);
    Cpm {
        source_uuid: format!("msg-{step}"),
        provider: "test".into(),
        protocol_version: 2,
        station_id: 77,
        reference_time: unix_ms_to_its_time(1_767_225_600_000 + i64::from(step) * 100),
        station_type: 15,
        reference_position: Some(ReferencePosition {
            latitude: (RSU.lat_deg * 1e7).round() as i32,
            longitude: (RSU.lon_deg * 1e7).round() as i32,
            ..Default::default()
        }),
        objects: vec![car, pedestrian],
        ..Default::default()
    }
}

#[test]
fn cpms_become_matched_trajectories() {
    let street = vec![
        local_to_wgs84(RSU, -200.0, STREET_NORTH_M),
        local_to_wgs84(RSU, 200.0, STREET_NORTH_M),
    ];
    let bike = vec![
        local_to_wgs84(RSU, -200.0, -40.0),
        local_to_wgs84(RSU, 200.0, -40.0),
    ];
    let graph = LaneGraph::from_wkb(
        &multilinestring_wkb(&[street]),
        &multilinestring_wkb(&[bike]),
    )
    .expect("valid graph");
    let mut assembler = Assembler::new(AssemblerConfig::default());
    let mut matcher = MapMatcher::new(Arc::new(graph));

    let mut last_car = None;
    let mut pedestrian_updates = 0;
    for step in 0..40 {
        for location in collect(&cpm(step)).expect("valid CPM") {
            let trajectory = assembler.push(location).expect("valid location");
            let matched = matcher.process(&trajectory).expect("matchable");
            if matched.points.iter().all(|p| p.road_kind == 0) {
                pedestrian_updates += 1;
            } else {
                last_car = Some(matched);
            }
        }
    }
    assert_eq!(pedestrian_updates, 40, "pedestrians pass through unmatched");
    let car = last_car.expect("the car was matched");
    assert_eq!(car.trajectory_key, "77/3");
    assert_eq!(car.owner, "test_77");
    assert_eq!(car.session_start_ms, 1_767_225_600_000);
    assert_eq!(car.points.len(), 40);
    // Every point snaps 0.8 m south onto the street, at the same east offset.
    for (i, p) in car.points.iter().enumerate() {
        let g = p.matched.unwrap_or_default();
        let (east, north) = wgs84_to_local(
            RSU,
            Wgs84 {
                lat_deg: g.latitude_deg,
                lon_deg: g.longitude_deg,
            },
        );
        let expected_east = -50.0 + i as f64;
        assert!(
            (north - STREET_NORTH_M).abs() < 0.01,
            "point {i}: north {north}"
        );
        assert!(
            (east - expected_east).abs() < 0.01,
            "point {i}: east {east}"
        );
        assert!(
            (p.offset_m - 0.8).abs() < 0.01,
            "point {i}: offset {}",
            p.offset_m
        );
        assert_eq!(p.road_kind, RoadKind::CarLane as i32);
    }
    assert_eq!(
        matcher.stats().matched_points,
        40,
        "each point matched exactly once"
    );
}
