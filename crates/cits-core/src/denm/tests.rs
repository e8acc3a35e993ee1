//! Lifecycle tests on hand-made risk records: a car driving north through a conflict point
//! at 10 m/s, a cyclist or pedestrian crossing from the west.

use std::collections::{HashMap, HashSet};

use cits_proto::{CollisionRisk, GeoPoint, ObjectClass, PredictedPoint, RiskState, RoadUser};
use proptest::prelude::*;

use super::*;
use crate::geo::{local_to_wgs84, wgs84_to_local, Wgs84};

const SITE: u32 = 4711;
const ORIGIN: Wgs84 = Wgs84 {
    lat_deg: 47.8,
    lon_deg: 13.04,
};
const T0: i64 = 1_764_000_000_000;

fn geo(east_m: f64, north_m: f64) -> GeoPoint {
    let p = local_to_wgs84(ORIGIN, east_m, north_m);
    GeoPoint {
        latitude_deg: p.lat_deg,
        longitude_deg: p.lon_deg,
    }
}

/// 16 points at 250 ms from `start` (east, north) with velocity (ve, vn) m/s.
fn path(start: (f64, f64), velocity: (f64, f64)) -> Vec<PredictedPoint> {
    (1..=16)
        .map(|i| {
            let t = f64::from(i) * 0.25;
            PredictedPoint {
                delta_ms: i * 250,
                position: Some(geo(start.0 + velocity.0 * t, start.1 + velocity.1 * t)),
                heading_deg: 0.0,
                speed_mps: velocity.0.hypot(velocity.1),
                sigma_m: 0.3 + 0.2 * t,
            }
        })
        .collect()
}

/// An ACTIVE risk at `ts`: the car starts 20 m south of the origin going north at 10 m/s
/// (it reaches the origin after 2 s), the other road user 8 m west going east at 4 m/s;
/// the conflict point is `shift_m` north of the origin.
fn active(id: &str, ts: i64, other: ObjectClass, shift_m: f64) -> CollisionRisk {
    CollisionRisk {
        site: SITE.to_string(),
        risk_id: id.into(),
        state: RiskState::Active as i32,
        vehicle: Some(RoadUser {
            trajectory_key: "4711/1".into(),
            session_start_ms: T0 - 10_000,
            object_class: ObjectClass::Car as i32,
            path: path((0.0, -20.0), (0.0, 10.0)),
        }),
        other: Some(RoadUser {
            trajectory_key: "4711/2".into(),
            session_start_ms: T0 - 10_000,
            object_class: other as i32,
            path: path((-8.0, shift_m), (4.0, 0.0)),
        }),
        timestamp_ms: ts,
        detected_ms: T0,
        conflict_point: Some(geo(0.0, shift_m)),
        ttc_s: Some(2.0),
        pet_s: Some(0.5),
        probability: 0.5,
        severity: 0.8,
        kind: cits_proto::ConflictKind::Crossing as i32,
        trace: None,
    }
}

fn ended(id: &str, ts: i64) -> CollisionRisk {
    CollisionRisk {
        site: SITE.to_string(),
        risk_id: id.into(),
        state: RiskState::Ended as i32,
        timestamp_ms: ts,
        detected_ms: T0,
        ..Default::default()
    }
}

fn send(outcome: Outcome) -> DenmEvent {
    match outcome {
        Outcome::Send(denm) => denm,
        Outcome::Suppressed(why) => panic!("expected a DENM, got suppressed: {why:?}"),
    }
}

fn suppressed(outcome: Outcome) -> Suppressed {
    match outcome {
        Outcome::Suppressed(why) => why,
        Outcome::Send(denm) => panic!("expected nothing, got {denm:?}"),
    }
}

fn dist(a: Wgs84, b: Wgs84) -> f64 {
    let (e, n) = wgs84_to_local(a, b);
    e.hypot(n)
}

#[test]
fn raise_updates_end() {
    let mut sender = DenmSender::new(DenmConfig::default());
    let new = send(
        sender
            .on_risk(&active("r", T0, ObjectClass::Bicycle, 0.0), T0)
            .unwrap(),
    );
    assert_eq!(new.kind, DenmKind::New);
    assert_eq!(new.action_id.station_id, SITE);
    assert_eq!(new.detection_ms, T0);
    assert_eq!(new.reference_ms, T0);
    let mut last_reference = new.reference_ms;
    // The conflict point moves 1 m per 100 ms cycle: every cycle is an update.
    for i in 1..=5 {
        let ts = T0 + i * 100;
        let denm = send(
            sender
                .on_risk(&active("r", ts, ObjectClass::Bicycle, i as f64), ts)
                .unwrap(),
        );
        assert_eq!(denm.kind, DenmKind::Update);
        assert_eq!(denm.action_id, new.action_id);
        assert!(denm.reference_ms > last_reference);
        assert_eq!(denm.detection_ms, ts);
        let expected = local_to_wgs84(ORIGIN, 0.0, i as f64);
        assert!(dist(denm.event_position, expected) < 0.01);
        last_reference = denm.reference_ms;
    }
    let cancel = send(sender.on_risk(&ended("r", T0 + 600), T0 + 600).unwrap());
    assert_eq!(cancel.kind, DenmKind::Cancel);
    assert_eq!(cancel.action_id, new.action_id);
    assert!(cancel.reference_ms > last_reference);
    assert!(cancel.situation.is_none() && cancel.location.is_none() && cancel.ttc_ms.is_none());
    assert_eq!(sender.open_lifecycles(), 0);
    // Redelivered ENDED and a late ACTIVE after the end never make another DENM.
    assert_eq!(
        suppressed(sender.on_risk(&ended("r", T0 + 600), T0 + 700).unwrap()),
        Suppressed::Cancelled
    );
    let late = active("r", T0 + 800, ObjectClass::Bicycle, 9.0);
    assert_eq!(
        suppressed(sender.on_risk(&late, T0 + 800).unwrap()),
        Suppressed::Cancelled
    );
    let c = sender.counters();
    assert_eq!((c.new, c.updates, c.cancels, c.suppressed), (1, 5, 1, 2));
}

#[test]
fn content_of_a_new_denm() {
    let mut sender = DenmSender::new(DenmConfig::default());
    let risk = active("r", T0, ObjectClass::Bicycle, 0.0);
    let denm = send(sender.on_risk(&risk, T0).unwrap());
    let situation = denm.situation.unwrap();
    assert_eq!(situation.cause, 97);
    assert_eq!(situation.sub_cause, 6);
    // p = 0.5 lies in the fourth of seven bins [3/7, 4/7).
    assert_eq!(situation.information_quality, 4);
    // Paths reach 4 s, plus the 2 s margin.
    assert_eq!(denm.validity_s, 6);
    // TTC 2 s.
    assert_eq!(denm.ttc_ms, Some(2_000));
    // The car's last point is 20 m north of the origin, its first 17.5 m south, the
    // cyclist's last 8 m east: the farthest is the car's, 20 m < 50 m.
    assert_eq!(denm.awareness_distance, Some(0));
    assert_eq!(denm.traffic_direction, Some(0));
    let location = denm.location.unwrap();
    // Car points at -17.5, -15, ... m north; the one at 0 m (2 s) is the closest to the
    // conflict, so the trace is the seven before it, from -2.5 m back to -17.5 m.
    assert_eq!(location.trace.len(), 7);
    for (k, point) in location.trace.iter().enumerate() {
        let expected = local_to_wgs84(ORIGIN, 0.0, -2.5 * (k as f64 + 1.0));
        assert!(dist(*point, expected) < 0.01, "trace point {k}");
    }
    assert_eq!(location.predicted_paths.len(), 2);
    let car = &location.predicted_paths[0];
    assert_eq!(car.points.len(), 16);
    assert_eq!(car.points[15].delta_ms, 4_000);
    assert!(dist(car.points[15].position, local_to_wgs84(ORIGIN, 0.0, 20.0)) < 0.01);

    let pedestrian = active("p", T0, ObjectClass::Pedestrian, 0.0);
    let denm = send(sender.on_risk(&pedestrian, T0).unwrap());
    assert_eq!(denm.situation.unwrap().sub_cause, 5);
    let mut legacy = DenmSender::new(DenmConfig {
        legacy_sub_causes: true,
    });
    let denm = send(legacy.on_risk(&pedestrian, T0).unwrap());
    assert_eq!(denm.situation.unwrap().sub_cause, 4);
}

#[test]
fn code_tables() {
    // Seven equal probability bins.
    assert_eq!(information_quality(0.0), 1);
    assert_eq!(information_quality(0.14), 1);
    assert_eq!(information_quality(0.15), 2);
    assert_eq!(information_quality(0.99), 7);
    assert_eq!(information_quality(1.0), 7);
    assert_eq!(information_quality(f64::NAN), 1);
    // StandardLength3b bounds.
    assert_eq!(standard_length_3b(49.9), 0);
    assert_eq!(standard_length_3b(50.0), 1);
    assert_eq!(standard_length_3b(199.0), 2);
    assert_eq!(standard_length_3b(999.0), 4);
    assert_eq!(standard_length_3b(20_000.0), 7);
    // TTC clamps into 1..=10000 ms.
    assert_eq!(ttc_ms(Some(20.0)), Some(10_000));
    assert_eq!(ttc_ms(Some(0.0)), Some(1));
    assert_eq!(ttc_ms(Some(1.2345)), Some(1_235));
    assert_eq!(ttc_ms(Some(f64::INFINITY)), None);
    assert_eq!(ttc_ms(None), None);
}

#[test]
fn duplicates_and_unknown_ends() {
    let mut sender = DenmSender::new(DenmConfig::default());
    let risk = active("r", T0, ObjectClass::Bicycle, 0.0);
    send(sender.on_risk(&risk, T0).unwrap());
    assert_eq!(
        suppressed(sender.on_risk(&risk, T0 + 5).unwrap()),
        Suppressed::Duplicate
    );
    // An older record (reordered) is a duplicate too, even when much later in wall time.
    let older = active("r", T0 - 100, ObjectClass::Bicycle, 3.0);
    assert_eq!(
        suppressed(sender.on_risk(&older, T0 + 2_000).unwrap()),
        Suppressed::Duplicate
    );
    assert_eq!(
        suppressed(sender.on_risk(&ended("x", T0), T0).unwrap()),
        Suppressed::UnknownEnded
    );
    assert_eq!(sender.counters().new, 1);
}

#[test]
fn unchanged_repeats_are_rate_limited() {
    let mut sender = DenmSender::new(DenmConfig::default());
    let first = send(
        sender
            .on_risk(&active("r", T0, ObjectClass::Bicycle, 0.0), T0)
            .unwrap(),
    );
    for ts in [T0 + 100, T0 + 500, T0 + 999] {
        let same = active("r", ts, ObjectClass::Bicycle, 0.0);
        assert_eq!(
            suppressed(sender.on_risk(&same, ts).unwrap()),
            Suppressed::Unchanged
        );
    }
    let refresh = send(
        sender
            .on_risk(
                &active("r", T0 + 1_000, ObjectClass::Bicycle, 0.0),
                T0 + 1_000,
            )
            .unwrap(),
    );
    assert_eq!(refresh.kind, DenmKind::Update);
    assert_eq!(
        refresh.reference_ms - first.reference_ms,
        REFRESH_INTERVAL_MS
    );
    // A change 50 ms after the last message waits; the same change 100 ms after goes out.
    let soon = active("r", T0 + 1_050, ObjectClass::Bicycle, 2.0);
    assert_eq!(
        suppressed(sender.on_risk(&soon, T0 + 1_050).unwrap()),
        Suppressed::TooSoon
    );
    let later = active("r", T0 + 1_100, ObjectClass::Bicycle, 2.0);
    assert_eq!(
        send(sender.on_risk(&later, T0 + 1_100).unwrap()).kind,
        DenmKind::Update
    );
    // A TTC change alone (0.5 s) is an update.
    let mut ttc = active("r", T0 + 1_300, ObjectClass::Bicycle, 2.0);
    ttc.ttc_s = Some(1.5);
    let denm = send(sender.on_risk(&ttc, T0 + 1_300).unwrap());
    assert_eq!(denm.ttc_ms, Some(1_500));
}

#[test]
fn expiry_drops_without_cancellation() {
    let mut sender = DenmSender::new(DenmConfig::default());
    let first = send(
        sender
            .on_risk(&active("r", T0, ObjectClass::Bicycle, 0.0), T0)
            .unwrap(),
    );
    let valid_until = T0 + i64::from(first.validity_s) * 1_000;
    assert_eq!(sender.expire(valid_until - 1), 0);
    assert_eq!(sender.open_lifecycles(), 1);
    assert_eq!(sender.expire(valid_until), 1);
    assert_eq!(sender.open_lifecycles(), 0);
    // An ENDED after expiry refers to nothing any more.
    assert_eq!(
        suppressed(
            sender
                .on_risk(&ended("r", valid_until), valid_until)
                .unwrap()
        ),
        Suppressed::UnknownEnded
    );
    // A new ACTIVE for the id is a new lifecycle; the old sequence number is still
    // guarded against clock skew, so it gets another one.
    let again = active("r", valid_until + 10, ObjectClass::Bicycle, 0.0);
    let second = send(sender.on_risk(&again, valid_until + 10).unwrap());
    assert_eq!(second.kind, DenmKind::New);
    assert_ne!(second.action_id, first.action_id);
    // A lifecycle past validity is treated as expired even before `expire` runs.
    let t = valid_until + 10 + i64::from(second.validity_s) * 1_000;
    let third = send(
        sender
            .on_risk(&active("r", t, ObjectClass::Bicycle, 0.0), t)
            .unwrap(),
    );
    assert_eq!(third.kind, DenmKind::New);
    // An ACTIVE that is past its own validity on arrival is stale.
    let stale = active("s", T0, ObjectClass::Bicycle, 0.0);
    assert_eq!(
        suppressed(sender.on_risk(&stale, T0 + 6_000).unwrap()),
        Suppressed::Stale
    );
}

#[test]
fn sequence_numbers_wrap_onto_free_numbers_only() {
    let mut sender = DenmSender::new(DenmConfig::default());
    let a = send(
        sender
            .on_risk(&active("a", T0, ObjectClass::Bicycle, 0.0), T0)
            .unwrap(),
    );
    assert_eq!(a.action_id.sequence, 0);
    sender.next_sequence.insert(SITE, 65_534);
    let sequences: Vec<u16> = ["b", "c", "d"]
        .iter()
        .map(|id| {
            send(
                sender
                    .on_risk(&active(id, T0, ObjectClass::Bicycle, 0.0), T0)
                    .unwrap(),
            )
            .action_id
            .sequence
        })
        .collect();
    // 0 is still valid (lifecycle "a"), so the wrap lands on 1.
    assert_eq!(sequences, vec![65_534, 65_535, 1]);
    // After "a" is cancelled, 0 stays reserved until the cancellation's validity (plus
    // the guard) is over, then it is free again.
    let cancel = send(sender.on_risk(&ended("a", T0 + 100), T0 + 100).unwrap());
    let free_at = cancel.detection_ms + i64::from(cancel.validity_s) * 1_000 + REUSE_GUARD_MS;
    sender.next_sequence.insert(SITE, 0);
    let e = send(
        sender
            .on_risk(&active("e", T0 + 200, ObjectClass::Bicycle, 0.0), T0 + 200)
            .unwrap(),
    );
    assert_eq!(e.action_id.sequence, 2);
    sender.expire(free_at);
    sender.next_sequence.insert(SITE, 0);
    let f = send(
        sender
            .on_risk(&active("f", free_at, ObjectClass::Bicycle, 0.0), free_at)
            .unwrap(),
    );
    assert_eq!(f.action_id.sequence, 0);
}

#[test]
fn bad_records_are_errors() {
    let mut sender = DenmSender::new(DenmConfig::default());
    let mut bad_site = active("r", T0, ObjectClass::Bicycle, 0.0);
    bad_site.site = "rsu-1".into();
    assert!(matches!(
        sender.on_risk(&bad_site, T0),
        Err(Error::InvalidRisk { .. })
    ));
    let mut no_point = active("r", T0, ObjectClass::Bicycle, 0.0);
    no_point.conflict_point = None;
    assert!(sender.on_risk(&no_point, T0).is_err());
    let mut unspecified = active("r", T0, ObjectClass::Bicycle, 0.0);
    unspecified.state = RiskState::Unspecified as i32;
    assert!(sender.on_risk(&unspecified, T0).is_err());
    assert_eq!(sender.open_lifecycles(), 0);
}

/// One step of a random detector output: which risk, ACTIVE or ENDED, how far the conflict
/// moved, how much event time passed, and whether the record is re-delivered.
fn step() -> impl Strategy<Value = (u8, bool, u8, u16, bool)> {
    (0u8..6, any::<bool>(), 0u8..4, 0u16..3_000, any::<bool>())
}

proptest! {
    /// Whatever the detector sends: per actionId, referenceTime strictly increases, at most
    /// one cancellation ends it, nothing follows it, and a new actionId is never one whose
    /// last DENM is still valid.
    #[test]
    fn lifecycle_invariants(steps in prop::collection::vec(step(), 1..200)) {
        let mut sender = DenmSender::new(DenmConfig::default());
        let mut now = T0;
        let mut last_reference: HashMap<ActionId, i64> = HashMap::new();
        let mut valid_until: HashMap<ActionId, i64> = HashMap::new();
        let mut cancelled: HashSet<ActionId> = HashSet::new();
        let mut previous: Option<CollisionRisk> = None;
        for (risk, is_active, shift, dt, redeliver) in steps {
            now += i64::from(dt);
            let record = match (&previous, redeliver) {
                (Some(p), true) => p.clone(),
                _ => {
                    let id = format!("r{risk}");
                    if is_active {
                        active(&id, now, ObjectClass::Bicycle, f64::from(shift))
                    } else {
                        ended(&id, now)
                    }
                }
            };
            previous = Some(record.clone());
            if now % 7 == 0 {
                sender.expire(now);
            }
            let Outcome::Send(denm) = sender.on_risk(&record, now).unwrap() else { continue };
            let id = denm.action_id;
            match denm.kind {
                DenmKind::New => {
                    // A new lifecycle on a reused number starts a fresh history.
                    cancelled.remove(&id);
                    prop_assert!(valid_until.get(&id).is_none_or(|until| *until <= now),
                        "sequence {} reused while valid", id);
                }
                DenmKind::Update | DenmKind::Cancel => {
                    prop_assert!(!cancelled.contains(&id), "message after cancellation");
                    let last = last_reference.get(&id).copied();
                    prop_assert!(last.is_some_and(|l| denm.reference_ms > l));
                }
            }
            if denm.kind == DenmKind::Cancel {
                cancelled.insert(id);
            }
            last_reference.insert(id, denm.reference_ms);
            valid_until.insert(id, denm.detection_ms + i64::from(denm.validity_s) * 1_000);
        }
    }
}

// ------------------------------------------------------------------ UPER --

mod uper_round_trip {
    use cits_etsi::cdd_2_2_1::etsi_its_cdd::{
        CauseCodeChoice, PathDeltaTimeChoice, StandardLength3b, TrafficDirection,
    };
    use cits_etsi::denm_2_2_1::{Termination, DENM};

    use super::*;

    /// TimestampIts computed independently: ms since 2004-01-01T00:00:00Z (Unix
    /// 1072915200 s) plus the 5 leap seconds inserted since.
    fn its(unix_ms: i64) -> u64 {
        u64::try_from(unix_ms - 1_072_915_200_000 + 5_000).unwrap()
    }

    fn units(deg: f64) -> i64 {
        (deg * 1e7).round() as i64
    }

    fn decode(denm: &DenmEvent) -> DENM {
        let bytes = uper::encode(denm).unwrap();
        rasn::uper::decode::<DENM>(&bytes).unwrap()
    }

    #[test]
    fn new_denm_decodes_to_what_was_described() {
        let mut sender = DenmSender::new(DenmConfig::default());
        let risk = active("r", T0 + 300, ObjectClass::Bicycle, 0.0);
        let described = send(sender.on_risk(&risk, T0 + 400).unwrap());
        let etsi = decode(&described);

        assert_eq!(etsi.header.protocol_version.0, 2);
        assert_eq!(etsi.header.message_id.0, 1);
        assert_eq!(etsi.header.station_id.0, SITE);
        let m = &etsi.denm.management;
        assert_eq!(m.action_id.originating_station_id.0, SITE);
        assert_eq!(m.action_id.sequence_number.0, 0);
        assert_eq!(m.detection_time.0, its(T0));
        assert_eq!(m.reference_time.0, its(T0 + 400));
        assert!(m.termination.is_none());
        let conflict = local_to_wgs84(ORIGIN, 0.0, 0.0);
        assert_eq!(
            i64::from(m.event_position.latitude.0),
            units(conflict.lat_deg)
        );
        assert_eq!(
            i64::from(m.event_position.longitude.0),
            units(conflict.lon_deg)
        );
        assert_eq!(m.awareness_distance, Some(StandardLength3b::lessThan50m));
        assert_eq!(
            m.traffic_direction,
            Some(TrafficDirection::allTrafficDirections)
        );
        assert_eq!(m.validity_duration.0, 6);
        assert_eq!(m.station_type.0, 15);

        let s = etsi.denm.situation.as_ref().unwrap();
        assert_eq!(s.information_quality.0, 4);
        match &s.event_type.cc_and_scc {
            CauseCodeChoice::collisionRisk97(sub) => assert_eq!(sub.0, 6),
            other => panic!("wrong cause {other:?}"),
        }

        // The trace: chained deltas from the event position reproduce the car's approach
        // (2.5 m steps south of the conflict point) to the 0.1 µdegree.
        let l = etsi.denm.location.as_ref().unwrap();
        let trace = &l.detection_zones_to_event_position.0;
        assert_eq!(trace.len(), 1);
        let (mut lat, mut lon) = (units(conflict.lat_deg), units(conflict.lon_deg));
        assert_eq!(trace[0].0.len(), 7);
        for (k, point) in trace[0].0.iter().enumerate() {
            lat += i64::from(point.path_position.delta_latitude.0);
            lon += i64::from(point.path_position.delta_longitude.0);
            let expected = local_to_wgs84(ORIGIN, 0.0, -2.5 * (k as f64 + 1.0));
            assert!((lat - units(expected.lat_deg)).abs() <= 1, "trace {k}");
            assert!((lon - units(expected.lon_deg)).abs() <= 1, "trace {k}");
        }

        // Predicted paths: car then cyclist, 16 points each; positions and times add up.
        let paths = &l
            .ext_group_lane_positions
            .as_ref()
            .and_then(|e| e.predicted_paths.as_ref())
            .unwrap()
            .0;
        assert_eq!(paths.len(), 2);
        for (path, (start, velocity)) in paths
            .iter()
            .zip([((0.0, -20.0), (0.0, 10.0)), ((-8.0, 0.0), (4.0, 0.0))])
        {
            assert_eq!(path.path_predicted.0.len(), 16);
            let (mut lat, mut lon, mut tenths) =
                (units(conflict.lat_deg), units(conflict.lon_deg), 0u32);
            for (i, p) in path.path_predicted.0.iter().enumerate() {
                let t = (i as f64 + 1.0) * 0.25;
                lat += i64::from(p.delta_latitude.0);
                lon += i64::from(p.delta_longitude.0);
                let expected =
                    local_to_wgs84(ORIGIN, start.0 + velocity.0 * t, start.1 + velocity.1 * t);
                assert!((lat - units(expected.lat_deg)).abs() <= 1, "point {i}");
                assert!((lon - units(expected.lon_deg)).abs() <= 1, "point {i}");
                match &p.path_delta_time {
                    Some(PathDeltaTimeChoice::deltaTimeHighPrecision(d)) => {
                        tenths += u32::from(d.0)
                    }
                    other => panic!("path delta time {other:?}"),
                }
                // Rounded absolute times: 0.25 s → 3, 0.5 s → 5, 0.75 s → 8, ...
                assert_eq!(tenths, ((t * 10.0) + 0.5).floor() as u32, "time {i}");
                // 1-sigma 0.3 + 0.2 t m as a 95 % circle (2.4477 sigma), in cm, rounded up.
                let sigma_cm = ((0.3 + 0.2 * t) * 2.447_746_830_680_816 * 100.0).ceil() as u16;
                let ellipse = p.horizontal_position_confidence.as_ref().unwrap();
                assert_eq!(ellipse.semi_major_confidence.0, sigma_cm);
                assert_eq!(ellipse.semi_minor_confidence.0, sigma_cm);
            }
            assert_eq!(path.confidence_level.0, 101);
        }

        // preCrash: the risk's 2 s TTC; the cyclist's first predicted point (0.25 s after
        // the record at T0 + 300, i.e. 150 ms after referenceTime T0 + 400) is 8 m − 1 m
        // west of the conflict point, its 1-sigma 0.35 m as a 95 % value in cm.
        let pre_crash = etsi
            .denm
            .alacarte
            .as_ref()
            .and_then(|a| a.ext_group_road_configuration.as_ref())
            .and_then(|g| g.pre_crash.as_ref())
            .expect("preCrash container");
        assert_eq!(
            pre_crash.time_to_collision.as_ref().map(|t| t.0),
            Some(2_000)
        );
        let object = &pre_crash.perceived_pre_crash_object;
        assert_eq!(object.measurement_delta_time.0, 150);
        assert!((object.position.x_coordinate.value.0 + 700).abs() <= 1);
        assert!(object.position.y_coordinate.value.0.abs() <= 1);
        let confidence_cm = (0.35 * 2.447_746_830_680_816 * 100.0_f64).ceil() as u16;
        assert_eq!(object.position.x_coordinate.confidence.0, confidence_cm);
        assert_eq!(object.position.y_coordinate.confidence.0, confidence_cm);
        assert!(object.position.z_coordinate.is_none());
    }

    #[test]
    fn a_lifecycle_decodes_to_new_updates_and_one_cancellation() {
        let mut sender = DenmSender::new(DenmConfig::default());
        let mut decoded = Vec::new();
        for i in 0..4 {
            let ts = T0 + i * 200;
            let risk = active("r", ts, ObjectClass::Pedestrian, i as f64);
            decoded.push(decode(&send(sender.on_risk(&risk, ts).unwrap())));
        }
        decoded.push(decode(&send(
            sender.on_risk(&ended("r", T0 + 900), T0 + 900).unwrap(),
        )));
        let ids: Vec<_> = decoded
            .iter()
            .map(|d| d.denm.management.action_id.clone())
            .collect();
        assert!(ids.windows(2).all(|w| w[0] == w[1]));
        let references: Vec<u64> = decoded
            .iter()
            .map(|d| d.denm.management.reference_time.0)
            .collect();
        assert_eq!(
            references,
            vec![
                its(T0),
                its(T0 + 200),
                its(T0 + 400),
                its(T0 + 600),
                its(T0 + 900)
            ]
        );
        for d in &decoded[..4] {
            assert!(d.denm.management.termination.is_none());
            match &d.denm.situation.as_ref().unwrap().event_type.cc_and_scc {
                CauseCodeChoice::collisionRisk97(sub) => assert_eq!(sub.0, 5),
                other => panic!("wrong cause {other:?}"),
            }
        }
        let cancel = &decoded[4].denm;
        assert_eq!(
            cancel.management.termination,
            Some(Termination::isCancellation)
        );
        assert!(
            cancel.situation.is_none() && cancel.location.is_none() && cancel.alacarte.is_none()
        );
        assert_eq!(cancel.management.detection_time.0, its(T0 + 900));
        // The cancellation is at the last event position (3 m north of the origin).
        let last = local_to_wgs84(ORIGIN, 0.0, 3.0);
        assert_eq!(
            i64::from(cancel.management.event_position.latitude.0),
            units(last.lat_deg)
        );
    }

    /// The trimmed encoder against rasn's encoder of the full generated DENM types, for
    /// every kind of DENM the sender makes: new and updates with and without TTC
    /// (preCrash), without paths, legacy sub causes, and the cancellation.
    #[test]
    fn compact_encoding_equals_the_full_types() {
        let mut descriptions = Vec::new();
        for legacy_sub_causes in [false, true] {
            let mut sender = DenmSender::new(DenmConfig { legacy_sub_causes });
            for i in 0..4 {
                let ts = T0 + i * 200;
                let mut risk = active("r", ts, ObjectClass::Bicycle, i as f64);
                if i == 2 {
                    risk.ttc_s = None;
                }
                if i == 3 {
                    risk.vehicle.as_mut().unwrap().path.clear();
                    risk.other.as_mut().unwrap().path.clear();
                }
                descriptions.push(send(sender.on_risk(&risk, ts).unwrap()));
            }
            descriptions.push(send(
                sender.on_risk(&ended("r", T0 + 900), T0 + 900).unwrap(),
            ));
        }
        assert!(descriptions.iter().any(|d| d.ttc_ms.is_some()));
        for d in &descriptions {
            let full = rasn::uper::encode(&uper::to_etsi(d).unwrap()).unwrap();
            assert_eq!(uper::encode(d).unwrap(), full, "{d:?}");
        }
    }

    #[test]
    fn descriptions_that_cannot_be_encoded_are_errors() {
        let mut sender = DenmSender::new(DenmConfig::default());
        let risk = active("r", T0, ObjectClass::Bicycle, 0.0);
        let mut denm = send(sender.on_risk(&risk, T0).unwrap());
        denm.situation = None;
        assert!(matches!(uper::encode(&denm), Err(Error::DenmEncode { .. })));
        denm.kind = DenmKind::Cancel;
        denm.reference_ms = 0; // before 2004
        assert!(matches!(uper::encode(&denm), Err(Error::DenmEncode { .. })));
    }
}

/// Serialise/restore round-trips of the sender state (changelog).
mod state;
