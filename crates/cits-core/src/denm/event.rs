//! The plain description of one DENM ([`DenmEvent`]) and how it is derived from a
//! [`CollisionRisk`]: cause codes, information quality, awareness distance, the detection
//! trace and the predicted paths. ETSI codes are already applied here; the UPER encoder
//! only changes representation (absolute positions → deltas, Unix ms → TimestampIts).

use std::fmt;

use cits_proto::{CollisionRisk, ObjectClass, PredictedPoint, RoadUser};

use crate::geo::{wgs84_to_local, Wgs84};

/// ETSI causeCode collisionRisk (CDD `CauseCodeChoice` collisionRisk97).
pub const CAUSE_COLLISION_RISK: u8 = 97;
/// collisionRisk subCause 4: vulnerableRoadUser (every receiver knows it: the v2.2.1
/// fallback for 5 and 6, and the code for an unknown other road user).
pub const SUB_CAUSE_VULNERABLE_ROAD_USER: u8 = 4;
/// collisionRisk subCause 5: collisionRiskWithPedestrian (new in CDD v2.2.1).
pub const SUB_CAUSE_PEDESTRIAN: u8 = 5;
/// collisionRisk subCause 6: collisionRiskWithCyclist (new in CDD v2.2.1).
pub const SUB_CAUSE_CYCLIST: u8 = 6;
/// collisionRisk subCause 7: collisionRiskWithMotorVehicle (new in CDD v2.2.1).
pub const SUB_CAUSE_MOTOR_VEHICLE: u8 = 7;
/// TrafficDirection allTrafficDirections: at an intersection the road users concerned
/// approach from several arms, so no single direction is right.
pub const TRAFFIC_DIRECTION_ALL: u8 = 0;
/// ETSI `timeToCollision` (DeltaTimeMilliSecondPositive) range, ms.
pub const TTC_RANGE_MS: (u16, u16) = (1, 10_000);
/// ETSI `ConfidenceLevel` value for "unavailable": a road user's path is its most probable
/// hypothesis, but the risk record does not carry that hypothesis' probability.
pub const CONFIDENCE_UNAVAILABLE: u8 = 101;

/// ETSI ActionId: the originating station and its sequence number. Displayed as the
/// `cits.denm` record key `"<station>/<sequence>"`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ActionId {
    /// originatingStationId: the RSU of the site.
    pub station_id: u32,
    /// sequenceNumber 0..=65535.
    pub sequence: u16,
}

impl fmt::Display for ActionId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.station_id, self.sequence)
    }
}

/// Which step of its lifecycle a DENM is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DenmKind {
    /// First DENM of an event: a fresh actionId.
    New,
    /// The event persists or changed: same actionId, larger referenceTime.
    Update,
    /// The event ended: termination isCancellation, management container only.
    Cancel,
}

/// The situation container: what the event is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Situation {
    /// informationQuality 1 (lowest) ..= 7 (highest), from the risk probability.
    pub information_quality: u8,
    /// eventType causeCode (always [`CAUSE_COLLISION_RISK`]).
    pub cause: u8,
    /// eventType subCauseCode (4..=7, see the `SUB_CAUSE_*` constants).
    pub sub_cause: u8,
}

/// One point of a predicted path.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PathPoint {
    /// Time after the risk's timestamp, ms.
    pub delta_ms: u32,
    /// Predicted position.
    pub position: Wgs84,
    /// 1-sigma horizontal uncertainty, m.
    pub sigma_m: f64,
}

/// One predicted path (DENM location `predictedPaths`).
#[derive(Debug, Clone, PartialEq)]
pub struct PredictedPath {
    /// Points in time order.
    pub points: Vec<PathPoint>,
    /// confidenceLevel 1..=100 %, or [`CONFIDENCE_UNAVAILABLE`].
    pub confidence: u8,
}

/// The location container: where the event is and how traffic reaches it.
#[derive(Debug, Clone, PartialEq)]
pub struct EventLocation {
    /// detectionZonesToEventPosition: the vehicle's approach, from the event position
    /// backwards (upstream) along its path, absolute positions.
    pub trace: Vec<Wgs84>,
    /// The vehicle's path, then the other road user's (empty paths are left out).
    pub predicted_paths: Vec<PredictedPath>,
}

/// Everything one DENM says, in plain Rust: the UPER encoder maps it 1:1.
#[derive(Debug, Clone, PartialEq)]
pub struct DenmEvent {
    /// New, update or cancellation.
    pub kind: DenmKind,
    /// The lifecycle's actionId.
    pub action_id: ActionId,
    /// The `CollisionRisk.risk_id` the DENM is about (not sent; for logs and keys).
    pub risk_id: String,
    /// detectionTime, Unix ms: when the event (new) or this change (update, cancel) was detected.
    pub detection_ms: i64,
    /// referenceTime, Unix ms: when this DENM was generated; strictly increasing per actionId.
    pub reference_ms: i64,
    /// validityDuration, s: prediction horizon plus margin.
    pub validity_s: u32,
    /// eventPosition: the conflict point.
    pub event_position: Wgs84,
    /// awarenessDistance (StandardLength3b code), none on a cancellation.
    pub awareness_distance: Option<u8>,
    /// trafficDirection code, none on a cancellation.
    pub traffic_direction: Option<u8>,
    /// Situation container (none on a cancellation).
    pub situation: Option<Situation>,
    /// Location container (none on a cancellation).
    pub location: Option<EventLocation>,
    /// alacarte preCrash timeToCollision, ms (none on a cancellation or without TTC).
    pub ttc_ms: Option<u16>,
    /// alacarte preCrash perceivedPreCrashObject: the other road user's first predicted
    /// position (none on a cancellation or when its path is empty).
    pub pre_crash_object: Option<PathPoint>,
    /// Timestamp of the risk record this DENM was made from, Unix ms: the time the path
    /// points' `delta_ms` count from.
    pub record_ms: i64,
}

/// The parts of a DENM derived from one ACTIVE risk record, before the lifecycle adds
/// actionId, times and validity.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct RiskContent {
    pub event_position: Wgs84,
    pub awareness_distance: u8,
    pub situation: Situation,
    pub location: EventLocation,
    pub ttc_ms: Option<u16>,
    pub pre_crash_object: Option<PathPoint>,
    /// Latest delta_ms of any path point (the prediction horizon of this record).
    pub horizon_ms: Option<u32>,
}

/// informationQuality from a probability: seven equal bins, 1 for [0, 1/7) .. 7 for [6/7, 1].
pub fn information_quality(probability: f64) -> u8 {
    if !probability.is_finite() {
        return 1;
    }
    let bin = (probability.clamp(0.0, 1.0) * 7.0).floor() as u8;
    (bin + 1).min(7)
}

/// subCauseCode for the other road user's class; `legacy` maps pedestrians and
/// cyclists to 4 for receivers older than CDD v2.2.1.
pub fn sub_cause(other: ObjectClass, legacy: bool) -> u8 {
    match other {
        ObjectClass::Pedestrian if !legacy => SUB_CAUSE_PEDESTRIAN,
        ObjectClass::Bicycle if !legacy => SUB_CAUSE_CYCLIST,
        ObjectClass::Car | ObjectClass::Truck | ObjectClass::Bus | ObjectClass::Motorcycle
            if !legacy =>
        {
            SUB_CAUSE_MOTOR_VEHICLE
        }
        _ => SUB_CAUSE_VULNERABLE_ROAD_USER,
    }
}

/// StandardLength3b code for a distance in m (0: < 50 m, 1: < 100 m, 2: < 200 m,
/// 3: < 500 m, 4: < 1 km, 5: < 5 km, 6: < 10 km, 7: beyond).
pub fn standard_length_3b(distance_m: f64) -> u8 {
    const UPPER_BOUNDS_M: [f64; 7] = [50.0, 100.0, 200.0, 500.0, 1_000.0, 5_000.0, 10_000.0];
    UPPER_BOUNDS_M
        .iter()
        .position(|&bound| distance_m < bound)
        .map_or(7, |i| i as u8)
}

/// TTC in s → ETSI ms, clamped into [`TTC_RANGE_MS`]; none for a missing or non-finite value.
pub fn ttc_ms(ttc_s: Option<f64>) -> Option<u16> {
    let ttc_s = ttc_s.filter(|t| t.is_finite())?;
    let ms = (ttc_s * 1000.0).round().clamp(0.0, f64::from(u16::MAX));
    Some((ms as u16).clamp(TTC_RANGE_MS.0, TTC_RANGE_MS.1))
}

fn to_wgs84(point: &cits_proto::GeoPoint) -> Wgs84 {
    Wgs84 {
        lat_deg: point.latitude_deg,
        lon_deg: point.longitude_deg,
    }
}

fn path_points(user: Option<&RoadUser>) -> Vec<PathPoint> {
    let Some(user) = user else {
        return Vec::new();
    };
    let mut points: Vec<PathPoint> = user
        .path
        .iter()
        .filter_map(|p: &PredictedPoint| {
            let position = to_wgs84(p.position.as_ref()?);
            position.is_valid().then_some(PathPoint {
                delta_ms: p.delta_ms,
                position,
                sigma_m: if p.sigma_m.is_finite() {
                    p.sigma_m.max(0.0)
                } else {
                    0.0
                },
            })
        })
        .collect();
    points.sort_by_key(|p| p.delta_ms);
    points
}

fn distance_m(a: Wgs84, b: Wgs84) -> f64 {
    let (east, north) = wgs84_to_local(a, b);
    east.hypot(north)
}

/// The vehicle's approach to the event position: the path points before the one closest
/// to the conflict point, newest first (the DENM trace runs from the event upstream).
fn approach_trace(event: Wgs84, vehicle: &[PathPoint]) -> Vec<Wgs84> {
    let closest = vehicle
        .iter()
        .enumerate()
        .min_by(|(_, a), (_, b)| {
            distance_m(event, a.position).total_cmp(&distance_m(event, b.position))
        })
        .map_or(0, |(i, _)| i);
    vehicle[..closest]
        .iter()
        .rev()
        .map(|p| p.position)
        .collect()
}

/// Derives the DENM content of an ACTIVE risk. `None` when the conflict point is missing
/// or invalid (the caller rejects the record).
pub(crate) fn risk_content(risk: &CollisionRisk, legacy_sub_causes: bool) -> Option<RiskContent> {
    let event_position = to_wgs84(risk.conflict_point.as_ref()?);
    if !event_position.is_valid() {
        return None;
    }
    let vehicle = path_points(risk.vehicle.as_ref());
    let other = path_points(risk.other.as_ref());
    let other_class = risk
        .other
        .as_ref()
        .map_or(ObjectClass::Unknown, |o| o.object_class());
    let farthest_m = vehicle
        .iter()
        .chain(&other)
        .map(|p| distance_m(event_position, p.position))
        .fold(0.0, f64::max);
    let horizon_ms = vehicle.iter().chain(&other).map(|p| p.delta_ms).max();
    let trace = approach_trace(event_position, &vehicle);
    let pre_crash_object = other.first().copied();
    let predicted_paths = [vehicle, other]
        .into_iter()
        .filter(|points| !points.is_empty())
        .map(|points| PredictedPath {
            points,
            confidence: CONFIDENCE_UNAVAILABLE,
        })
        .collect();
    Some(RiskContent {
        event_position,
        awareness_distance: standard_length_3b(farthest_m),
        situation: Situation {
            information_quality: information_quality(risk.probability),
            cause: CAUSE_COLLISION_RISK,
            sub_cause: sub_cause(other_class, legacy_sub_causes),
        },
        location: EventLocation {
            trace,
            predicted_paths,
        },
        ttc_ms: ttc_ms(risk.ttc_s),
        pre_crash_object,
        horizon_ms,
    })
}

/// Distance between two event positions, m (for the lifecycle's change test).
pub(crate) fn moved_m(a: Wgs84, b: Wgs84) -> f64 {
    distance_m(a, b)
}
