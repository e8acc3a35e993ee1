//! The scripted scenario of the warning-stage tests (shared by `modules/collisions` and
//! `modules/denm`): a car and a bike on a collision course, predicted every 100 ms, then
//! the bike stops short of the car's path.
//!
//! Ground truth is the scripted motion, not the code under test: the car drives east at
//! 10 m/s from 30 m west of the crossing point, the bike north at 5 m/s from 15 m south of
//! it, so their default footprints (car 4.5 × 1.8 m, bike 1.8 × 0.6 m) first touch
//! 2.745 s after the start (computed in [`first_contact_ms`]).
#![allow(dead_code)] // each test binary uses a part

use cits_core::geo::{local_to_wgs84, wgs84_to_local, Wgs84};
use cits_stage::proto::{
    CollisionRisk, GeoPoint, Message, ObjectClass, PathHypothesis, PredictedPoint, Prediction,
    PredictionMethod, RiskState,
};

/// The RSU (site) the scenario happens at; the crossing point is its origin.
pub const RSU: Wgs84 = Wgs84 {
    lat_deg: 47.8095,
    lon_deg: 13.0550,
};
pub const SITE: &str = "4711";
pub const START_MS: i64 = 1_767_225_600_000;
/// Predictions every 100 ms (the sensors' 10 Hz).
pub const STEP_MS: i64 = 100;
/// Steps with both on the collision course; from then on the bike stands still.
pub const CONFLICT_STEPS: i64 = 8;
/// Steps after the bike stopped: enough calm cycles for the detector to clear the risk.
pub const CALM_STEPS: i64 = 8;
/// The predictor's default horizon: 16 points 250 ms apart.
pub const HORIZON_POINTS: u32 = 16;
pub const POINT_STEP_MS: u32 = 250;
pub const CAR_SPEED: f64 = 10.0;
pub const CAR_START_EAST_M: f64 = -30.0;
pub const BIKE_SPEED: f64 = 5.0;
pub const BIKE_START_NORTH_M: f64 = -15.0;
/// Default footprints of the detector's contract (`cits_core::collisions`), m.
pub const CAR_SIZE: (f64, f64) = (4.5, 1.8);
pub const BIKE_SIZE: (f64, f64) = (1.8, 0.6);
/// The detector samples the future every 250 ms (`cits_core::collisions::SLICE_MS`): its
/// TTC may be late by up to one slice (plus float slack).
pub const TTC_TOLERANCE_S: f64 = 0.26;

/// First contact of the two footprints, Unix ms, from the scripted motion: the car
/// (heading east) overlaps the bike's column when its centre is within half its length
/// plus half the bike's width of x = 0; the bike (heading north) overlaps the car's row
/// when its centre is within half its length plus half the car's width of y = 0.
pub fn first_contact_ms() -> i64 {
    let car_in = (-CAR_START_EAST_M - (CAR_SIZE.0 + BIKE_SIZE.1) / 2.0) / CAR_SPEED;
    let bike_in = (-BIKE_START_NORTH_M - (BIKE_SIZE.0 + CAR_SIZE.1) / 2.0) / BIKE_SPEED;
    START_MS + (car_in.max(bike_in) * 1000.0).round() as i64
}

pub fn geo(east_m: f64, north_m: f64) -> GeoPoint {
    let w = local_to_wgs84(RSU, east_m, north_m);
    GeoPoint {
        latitude_deg: w.lat_deg,
        longitude_deg: w.lon_deg,
    }
}

/// A constant-velocity prediction from `(east, north)` (no position uncertainty, so the
/// footprints are exactly the class defaults).
pub fn prediction(
    object: u32,
    class: ObjectClass,
    step: i64,
    (east, north): (f64, f64),
    heading_deg: f64,
    speed: f64,
) -> Vec<u8> {
    let (ve, vn) = (
        speed * heading_deg.to_radians().sin(),
        speed * heading_deg.to_radians().cos(),
    );
    let points = (1..=HORIZON_POINTS)
        .map(|i| {
            let dt = f64::from(i * POINT_STEP_MS) / 1000.0;
            PredictedPoint {
                delta_ms: i * POINT_STEP_MS,
                position: Some(geo(east + ve * dt, north + vn * dt)),
                heading_deg,
                speed_mps: speed,
                sigma_m: 0.0,
            }
        })
        .collect();
    Prediction {
        site: SITE.into(),
        trajectory_key: format!("{SITE}/{object}"),
        session_start_ms: START_MS - 5_000,
        object_class: class as i32,
        owner: "test_4711".into(),
        timestamp_ms: START_MS + step * STEP_MS,
        position: Some(geo(east, north)),
        speed_mps: speed,
        heading_deg,
        sigma_m: 0.0,
        length_m: None,
        width_m: None,
        point_count: 50 + step as u32,
        hypotheses: vec![PathHypothesis {
            probability: 1.0,
            method: PredictionMethod::ConstantVelocity as i32,
            points,
            ..Default::default()
        }],
        trace: None,
    }
    .encode_to_vec()
}

/// The scenario's predictions in order: car and bike each step.
pub fn predictions() -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    let stop_north = BIKE_START_NORTH_M + BIKE_SPEED * (CONFLICT_STEPS * STEP_MS) as f64 / 1e3;
    for step in 0..CONFLICT_STEPS + CALM_STEPS {
        let t = (step * STEP_MS) as f64 / 1000.0;
        let car = (CAR_START_EAST_M + CAR_SPEED * t, 0.0);
        out.push(prediction(1, ObjectClass::Car, step, car, 90.0, CAR_SPEED));
        let (bike, speed) = if step < CONFLICT_STEPS {
            ((0.0, BIKE_START_NORTH_M + BIKE_SPEED * t), BIKE_SPEED)
        } else {
            ((0.0, stop_north), 0.0)
        };
        out.push(prediction(2, ObjectClass::Bicycle, step, bike, 0.0, speed));
    }
    out
}

/// Checks the detector's records of the scenario (`risk_records`: key and decoded value,
/// in topic order) against the scripted motion; returns the risk id. `logs` is printed on
/// a failure.
pub fn check_risks(risk_records: &[(Option<Vec<u8>>, CollisionRisk)], logs: &str) -> String {
    let decoded: Vec<&CollisionRisk> = risk_records.iter().map(|(_, r)| r).collect();
    assert!(decoded.len() >= 2, "{decoded:?}\n{logs}");
    let risk_id = decoded[0].risk_id.clone();
    for (key, risk) in risk_records {
        assert_eq!(risk.risk_id, risk_id);
        assert_eq!(key.as_deref(), Some(risk_id.as_bytes()), "keyed by risk id");
        assert_eq!(risk.site, SITE);
        assert_eq!(
            risk.vehicle.as_ref().map(|u| u.trajectory_key.as_str()),
            Some("4711/1")
        );
        assert_eq!(
            risk.other.as_ref().map(|u| u.trajectory_key.as_str()),
            Some("4711/2")
        );
    }
    let states: Vec<i32> = decoded.iter().map(|r| r.state).collect();
    assert_eq!(states[0], RiskState::Active as i32, "{logs}");
    assert_eq!(
        *states.last().unwrap(),
        RiskState::Ended as i32,
        "{states:?}\n{logs}"
    );
    assert_eq!(
        states
            .iter()
            .filter(|s| **s == RiskState::Ended as i32)
            .count(),
        1,
        "{states:?}"
    );
    // Raised while both were on course; TTC against the scripted motion; conflict point
    // at the crossing.
    let contact = first_contact_ms();
    for risk in decoded
        .iter()
        .filter(|r| r.state == RiskState::Active as i32)
    {
        assert!(
            risk.timestamp_ms < START_MS + CONFLICT_STEPS * STEP_MS,
            "{risk:?}"
        );
        let truth = (contact - risk.timestamp_ms) as f64 / 1000.0;
        let ttc = risk.ttc_s.expect("overlapping footprints give a TTC");
        assert!(
            ttc >= truth - 0.01 && ttc <= truth + TTC_TOLERANCE_S,
            "TTC {ttc} s at {}, true first contact in {truth} s",
            risk.timestamp_ms
        );
        let p = risk.conflict_point.expect("conflict point");
        let (east, north) = wgs84_to_local(
            RSU,
            Wgs84 {
                lat_deg: p.latitude_deg,
                lon_deg: p.longitude_deg,
            },
        );
        assert!(
            east.hypot(north) < CAR_SIZE.0 / 2.0,
            "conflict point {east:.2}/{north:.2} m"
        );
    }
    risk_id
}
