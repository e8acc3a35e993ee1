//! Collector: one decoded CPM → one [`Location`] per perceived object.
//!
//! The CPM keeps ETSI units and codes; here they are interpreted: object offsets become
//! WGS84 positions ([`crate::geo`]), the measurement time becomes Unix ms, and class,
//! confidence, sensor and quality codes go through the lookup tables below, chosen by
//! the message's protocol version.
//!
//! Frames: object x/y (and velocities) are offsets from the reference position; without
//! `orientation_angle` (an RSU) x is east and y north, otherwise x points along the
//! orientation (clockwise from north) and y to its left. The object `heading` field is
//! an angle in that frame, counter-clockwise from x (ETSI CartesianAngle, right-hand rule
//! around the up axis); it is only used when the velocity gives no direction.
//!
//! [`collect_checked`] first checks the CPM's measurement times against the
//! station's recent time ([`StationClocks`]), so one CPM with a far-off clock
//! goes to the dead-letter topic instead of moving the event clocks downstream.

mod clock;

use std::collections::HashMap;

use cits_proto::{Cpm, GeoPoint, Location, ObjectClass, ObjectClassification, PerceivedObject};

use crate::geo::{self, LocalFrame, Wgs84};
use crate::{Error, Result};

/// ETSI Latitude value meaning "unavailable" (1e-7 degree units).
const LATITUDE_UNAVAILABLE: i32 = 900_000_001;
/// ETSI Longitude value meaning "unavailable" (1e-7 degree units).
const LONGITUDE_UNAVAILABLE: i32 = 1_800_000_001;
/// Largest valid |latitude|, 1e-7 degree (90°).
const LATITUDE_MAX: i32 = 900_000_000;
/// Largest valid |longitude|, 1e-7 degree (180°).
const LONGITUDE_MAX: i32 = 1_800_000_000;
/// Wgs84AngleValue / CartesianAngleValue: values from 3600 on are "doNotUse" (3600) or
/// "unavailable" (3601); 0..=3599 are angles in 0.1°.
const ANGLE_VALUE_LIMIT: u32 = 3600;
/// VelocityComponentValue / SpeedValueExtended meaning "unavailable" (0.01 m/s units).
const VELOCITY_UNAVAILABLE: i32 = 16_383;
/// CoordinateConfidence: 4095 = out of range, 4096 = unavailable; valid values are below.
const COORDINATE_CONFIDENCE_LIMIT: u32 = 4095;
/// ETSI confidences are given at the 95 % level; dividing by this factor gives 1 sigma
/// for a normal distribution.
const CONFIDENCE_95_TO_SIGMA: f64 = 1.96;
/// Below this speed the direction of the velocity vector is sensor noise, so the
/// object's own heading (or none) is used instead.
const MIN_SPEED_FOR_HEADING_MPS: f64 = 0.2;
/// ConfidenceLevel / ClassConfidence value meaning "unavailable".
const CLASS_CONFIDENCE_UNAVAILABLE: u32 = 101;
/// ObjectPerceptionQuality (v2) is 0..=15 (15 = highest quality).
const PERCEPTION_QUALITY_V2_MAX: u32 = 15;
/// ObjectConfidence (v1) is a percentage 0..=100 (101 = unavailable).
const OBJECT_CONFIDENCE_V1_MAX: u32 = 100;

/// Tag keys the collector sets on a [`Location`] (when the CPM has the value).
pub mod tags {
    /// The object id inside the station.
    pub const OBJECT_ID: &str = "object_id";
    /// StationType name of the sender, e.g. "roadSideUnit".
    pub const STATION_TYPE: &str = "station_type";
    /// CPM protocol version.
    pub const PROTOCOL_VERSION: &str = "protocol_version";
    /// Comma-separated sensor ids that perceived the object.
    pub const SENSOR_IDS: &str = "sensor_ids";
    /// Comma-separated SensorType names of those sensors (when the CPM lists them).
    pub const SENSOR_TYPES: &str = "sensor_types";
    /// Perception quality normalized to percent (v2 0..15 scaled, v1 percentage).
    pub const PERCEPTION_QUALITY_PCT: &str = "perception_quality_pct";
    /// ObjectAge, ms.
    pub const OBJECT_AGE_MS: &str = "object_age_ms";
    /// The raw class code used, "<protocol>:<class_kind>/<sub_class>".
    pub const CLASS_CODE: &str = "class_code";
    /// Height offset from the reference position, m.
    pub const Z_M: &str = "z_m";
}

pub use clock::{StationClocks, MAX_AHEAD_MS, MAX_BEHIND_MS, MAX_STATIONS, RESYNC_AFTER};

/// [`collect`] after checking that the CPM's measurement times (reference time
/// and every object's) are plausible for its station at wall time `now_ms`;
/// an implausible CPM is an [`Error::ImplausibleTime`] and yields nothing.
pub fn collect_checked(
    cpm: &Cpm,
    clocks: &mut StationClocks,
    now_ms: i64,
) -> Result<Vec<Location>> {
    let (oldest, newest) = measurement_span(cpm);
    clocks.check(cpm.station_id, oldest, newest, now_ms)?;
    collect(cpm)
}

/// Oldest and newest measurement time of a CPM (its reference time and every
/// object's), Unix ms.
pub fn measurement_span(cpm: &Cpm) -> (i64, i64) {
    let reference_ms = geo::its_time_to_unix_ms(cpm.reference_time);
    cpm.objects
        .iter()
        .map(|o| reference_ms.saturating_add(i64::from(o.measurement_delta_time)))
        .fold((reference_ms, reference_ms), |(lo, hi), t| {
            (lo.min(t), hi.max(t))
        })
}

/// Converts every perceived object of `cpm` to a [`Location`].
///
/// An empty CPM gives an empty vector. A CPM whose reference position or orientation is
/// unavailable or out of range, or whose protocol version is unknown, is an error (no
/// object of it can be placed).
pub fn collect(cpm: &Cpm) -> Result<Vec<Location>> {
    let station_id = cpm.station_id;
    if !matches!(cpm.protocol_version, 1 | 2) {
        return Err(Error::UnsupportedProtocolVersion {
            station_id,
            version: cpm.protocol_version,
        });
    }
    if cpm.objects.is_empty() {
        return Ok(Vec::new());
    }
    let reference = reference_position(cpm)?;
    let orientation_deg = match cpm.orientation_angle {
        None => None,
        Some(value) if value < ANGLE_VALUE_LIMIT => Some(f64::from(value) / 10.0),
        Some(value) => return Err(Error::InvalidOrientation { station_id, value }),
    };
    let frame = LocalFrame::new(reference);
    let reference_ms = geo::its_time_to_unix_ms(cpm.reference_time);
    let owner = format!("{}_{}", cpm.provider, station_id);
    let station_type = station_type_name(cpm.station_type);

    Ok(cpm
        .objects
        .iter()
        .map(|object| {
            let (east, north) = geo::rotate_to_east_north(
                f64::from(object.x_coordinate) / 100.0,
                f64::from(object.y_coordinate) / 100.0,
                orientation_deg,
            );
            let position = frame.to_wgs84(east, north);
            let (class, class_confidence, class_code) =
                classify(cpm.protocol_version, &object.classification);
            let (speed_mps, heading_deg) = motion(object, orientation_deg);

            let mut tags = HashMap::new();
            tags.insert(tags::OBJECT_ID.to_owned(), object.object_id.to_string());
            tags.insert(tags::STATION_TYPE.to_owned(), station_type.to_owned());
            tags.insert(
                tags::PROTOCOL_VERSION.to_owned(),
                cpm.protocol_version.to_string(),
            );
            if let Some(code) = class_code {
                tags.insert(tags::CLASS_CODE.to_owned(), code);
            }
            if !object.sensor_ids.is_empty() {
                tags.insert(tags::SENSOR_IDS.to_owned(), join(&object.sensor_ids));
                let types: Vec<&str> = object
                    .sensor_ids
                    .iter()
                    .filter_map(|id| cpm.sensors.iter().find(|s| s.sensor_id == *id))
                    .map(|s| sensor_type_name(cpm.protocol_version, s.sensor_type))
                    .collect();
                if !types.is_empty() {
                    tags.insert(tags::SENSOR_TYPES.to_owned(), types.join(","));
                }
            }
            if let Some(pct) = object
                .perception_quality
                .and_then(|q| perception_quality_pct(cpm.protocol_version, q))
            {
                tags.insert(tags::PERCEPTION_QUALITY_PCT.to_owned(), pct.to_string());
            }
            if let Some(age) = object.object_age {
                tags.insert(tags::OBJECT_AGE_MS.to_owned(), age.to_string());
            }
            if let Some(z) = object.z_coordinate {
                tags.insert(tags::Z_M.to_owned(), (f64::from(z) / 100.0).to_string());
            }

            Location {
                trajectory_key: format!("{}/{}", station_id, object.object_id),
                timestamp_ms: reference_ms.saturating_add(i64::from(object.measurement_delta_time)),
                source: cpm.source_uuid.clone(),
                owner: owner.clone(),
                object_class: class as i32,
                class_confidence,
                tags,
                position: Some(GeoPoint {
                    latitude_deg: position.lat_deg,
                    longitude_deg: position.lon_deg,
                }),
                speed_mps,
                heading_deg,
                accuracy_m: accuracy(object),
                trace: cpm.trace.clone(),
            }
        })
        .collect())
}

/// The CPM's reference position, validated.
fn reference_position(cpm: &Cpm) -> Result<Wgs84> {
    let station_id = cpm.station_id;
    let rp = cpm
        .reference_position
        .as_ref()
        .ok_or(Error::MissingReferencePosition { station_id })?;
    let valid = rp.latitude != LATITUDE_UNAVAILABLE
        && rp.longitude != LONGITUDE_UNAVAILABLE
        && rp.latitude.unsigned_abs() <= LATITUDE_MAX.unsigned_abs()
        && rp.longitude.unsigned_abs() <= LONGITUDE_MAX.unsigned_abs();
    if !valid {
        return Err(Error::InvalidReferencePosition {
            station_id,
            latitude: rp.latitude,
            longitude: rp.longitude,
        });
    }
    Ok(Wgs84 {
        lat_deg: f64::from(rp.latitude) / 1e7,
        lon_deg: f64::from(rp.longitude) / 1e7,
    })
}

/// Speed (m/s) and heading (degrees clockwise from north) of an object.
fn motion(object: &PerceivedObject, orientation_deg: Option<f64>) -> (Option<f64>, Option<f64>) {
    let component = |v: Option<i32>| {
        v.filter(|v| *v != VELOCITY_UNAVAILABLE)
            .map(|v| f64::from(v) / 100.0)
    };
    let velocity = component(object.x_velocity).zip(component(object.y_velocity));
    let speed = velocity.map(|(vx, vy)| vx.hypot(vy));
    let heading_from_velocity = velocity.and_then(|(vx, vy)| {
        let (ve, vn) = geo::rotate_to_east_north(vx, vy, orientation_deg);
        (ve.hypot(vn) >= MIN_SPEED_FOR_HEADING_MPS)
            .then(|| geo::normalize_deg(ve.atan2(vn).to_degrees()))
    });
    let heading = heading_from_velocity.or_else(|| {
        object.heading.filter(|h| *h < ANGLE_VALUE_LIMIT).map(|h| {
            // Counter-clockwise from the frame's x axis → clockwise from north. An RSU's
            // x axis points east (90°).
            let x_axis_deg = orientation_deg.unwrap_or(90.0);
            geo::normalize_deg(x_axis_deg - f64::from(h) / 10.0)
        })
    });
    (speed, heading)
}

/// 1-sigma horizontal accuracy (m) from the 95 % coordinate confidences, when both are valid.
fn accuracy(object: &PerceivedObject) -> Option<f64> {
    let sigma = |c: u32| {
        (c > 0 && c < COORDINATE_CONFIDENCE_LIMIT)
            .then(|| f64::from(c) / 100.0 / CONFIDENCE_95_TO_SIGMA)
    };
    let (sx, sy) = (sigma(object.x_confidence)?, sigma(object.y_confidence)?);
    Some(sx.hypot(sy))
}

/// The class of the most confident classification entry (the first one on ties), its
/// confidence in percent (0 when unknown) and the raw code for the tags.
fn classify(
    protocol_version: u32,
    entries: &[ObjectClassification],
) -> (ObjectClass, u32, Option<String>) {
    let percent = |c: u32| {
        if (1..CLASS_CONFIDENCE_UNAVAILABLE).contains(&c) {
            c
        } else {
            0
        }
    };
    let best = entries
        .iter()
        .enumerate()
        // Highest confidence first; earlier entry wins a tie.
        .max_by_key(|(i, e)| (percent(e.confidence), std::cmp::Reverse(*i)))
        .map(|(_, e)| e);
    match best {
        None => (ObjectClass::Unknown, 0, None),
        Some(e) => (
            object_class(protocol_version, e.class_kind, e.sub_class),
            percent(e.confidence),
            Some(format!(
                "v{}:{}/{}",
                protocol_version, e.class_kind, e.sub_class
            )),
        ),
    }
}

/// Lookup table of ETSI class codes → [`ObjectClass`], per CPM version.
///
/// v2 (TS 103 324 v2.1.1): `class_kind` 1 = vehicleSubClass (TrafficParticipantType),
/// 2 = vruSubClass (VruProfileAndSubprofile alternative), 3 = groupSubClass, 4 = other.
/// v1 (TR 103 562 draft): 1 = vehicle (VehicleSubclassType), 2 = person
/// (PersonSubclassType), 3 = animal, 4 = other.
pub fn object_class(protocol_version: u32, class_kind: u32, sub_class: u32) -> ObjectClass {
    use ObjectClass::{Bicycle, Bus, Car, Motorcycle, Pedestrian, Truck, Unknown};
    match (protocol_version, class_kind) {
        // TrafficParticipantType: 0 unknown, 1 pedestrian, 2 cyclist, 3 moped, 4 motorcycle,
        // 5 passengerCar, 6 bus, 7 lightTruck, 8 heavyTruck, 9 trailer, 10 specialVehicle,
        // 11 tram, 12 lightVruVehicle, 13 animal, 14 agricultural, 15 roadSideUnit.
        (2, 1) => match sub_class {
            1 => Pedestrian,
            2 | 12 => Bicycle,
            3 | 4 => Motorcycle,
            5 | 10 => Car,
            6 => Bus,
            7 | 8 | 9 | 14 => Truck,
            _ => Unknown,
        },
        // VruProfileAndSubprofile: 1 pedestrian, 2 bicyclistAndLightVruVehicle,
        // 3 motorcyclist, 4 animal.
        (2, 2) => match sub_class {
            1 => Pedestrian,
            2 => Bicycle,
            3 => Motorcycle,
            _ => Unknown,
        },
        // VehicleSubclassType: 0 unknown, 1 passengerCar, 2 bus, 3 lightTruck, 4 heavyTruck,
        // 5 trailer, 6 specialVehicles, 7 tram, 8 emergencyVehicle, 9 agricultural.
        (1, 1) => match sub_class {
            1 | 6 | 8 => Car,
            2 => Bus,
            3 | 4 | 5 | 9 => Truck,
            _ => Unknown,
        },
        // PersonSubclassType: 0 unknown, 1 pedestrian, 2 personInWheelchair, 3 cyclist,
        // 4 personWithStroller, 5 personOnSkates, 6 personGroup.
        (1, 2) => match sub_class {
            3 => Bicycle,
            _ => Pedestrian,
        },
        // Groups, animals, other objects: nothing the street graphs are for.
        _ => Unknown,
    }
}

/// StationType names (CDD).
fn station_type_name(code: u32) -> &'static str {
    match code {
        1 => "pedestrian",
        2 => "cyclist",
        3 => "moped",
        4 => "motorcycle",
        5 => "passengerCar",
        6 => "bus",
        7 => "lightTruck",
        8 => "heavyTruck",
        9 => "trailer",
        10 => "specialVehicle",
        11 => "tram",
        12 => "lightVruVehicle",
        13 => "animal",
        14 => "agricultural",
        15 => "roadSideUnit",
        _ => "unknown",
    }
}

/// SensorType names per CPM version (v2: TS 103 324; v1: TR 103 562).
fn sensor_type_name(protocol_version: u32, code: u32) -> &'static str {
    match (protocol_version, code) {
        (_, 1) => "radar",
        (_, 2) => "lidar",
        (_, 3) => "monovideo",
        (_, 4) => "stereovision",
        (_, 5) => "nightvision",
        (_, 6) => "ultrasonic",
        (_, 7) => "pmd",
        (2, 8) => "inductionLoop",
        (2, 9) => "sphericalCamera",
        (2, 10) => "uwb",
        (2, 11) => "acoustic",
        (2, 12) => "localAggregation",
        (2, 13) => "itsAggregation",
        (1, 8) => "fusion",
        (1, 9) => "inductionLoop",
        (1, 10) => "sphericalCamera",
        (1, 11) => "itsAggregation",
        _ => "undefined",
    }
}

/// Perception quality in percent, when the value is valid for the version.
fn perception_quality_pct(protocol_version: u32, value: u32) -> Option<u32> {
    match protocol_version {
        2 if value <= PERCEPTION_QUALITY_V2_MAX => {
            Some((value * 100 + PERCEPTION_QUALITY_V2_MAX / 2) / PERCEPTION_QUALITY_V2_MAX)
        }
        1 if value <= OBJECT_CONFIDENCE_V1_MAX => Some(value),
        _ => None,
    }
}

fn join(ids: &[u32]) -> String {
    ids.iter().map(u32::to_string).collect::<Vec<_>>().join(",")
}

#[cfg(test)]
mod tests {
    use super::*;
    use cits_proto::{ReferencePosition, SensorInformation, Trace};

    const REF: Wgs84 = Wgs84 {
        lat_deg: 47.809_490_0,
        lon_deg: 13.055_010_0,
    };

    fn object(id: u32, x_cm: i32, y_cm: i32) -> PerceivedObject {
        PerceivedObject {
            object_id: id,
            measurement_delta_time: -40,
            x_coordinate: x_cm,
            y_coordinate: y_cm,
            x_confidence: 196,
            y_confidence: 196,
            classification: vec![ObjectClassification {
                class_kind: 1,
                sub_class: 5,
                confidence: 80,
            }],
            ..Default::default()
        }
    }

    fn cpm(objects: Vec<PerceivedObject>) -> Cpm {
        let mut trace = Trace::default();
        trace.push("decoder", "decoder-0", 1, 2);
        Cpm {
            source_uuid: "uuid-1".into(),
            provider: "srfg".into(),
            protocol_version: 2,
            station_id: 42,
            reference_time: geo::unix_ms_to_its_time(1_767_225_600_000),
            station_type: 15,
            reference_position: Some(ReferencePosition {
                latitude: 478_094_900,
                longitude: 130_550_100,
                altitude: 800_001,
                semi_major_confidence: 4095,
                semi_minor_confidence: 4095,
                semi_major_orientation: 3601,
            }),
            orientation_angle: None,
            sensors: vec![SensorInformation {
                sensor_id: 7,
                sensor_type: 3,
                ..Default::default()
            }],
            objects,
            trace: Some(trace),
        }
    }

    fn position(l: &Location) -> Wgs84 {
        let p = l.position.unwrap_or_default();
        Wgs84 {
            lat_deg: p.latitude_deg,
            lon_deg: p.longitude_deg,
        }
    }

    #[test]
    fn one_location_per_object_with_identity_time_and_trace() {
        let c = cpm(vec![object(1, 1000, 0), object(2, 0, -500)]);
        let locations = collect(&c).expect("valid CPM");
        assert_eq!(locations.len(), 2);
        assert_eq!(locations[0].trajectory_key, "42/1");
        assert_eq!(locations[1].trajectory_key, "42/2");
        assert_eq!(locations[0].owner, "srfg_42");
        assert_eq!(locations[0].source, "uuid-1");
        assert_eq!(locations[0].timestamp_ms, 1_767_225_600_000 - 40);
        assert_eq!(locations[0].trace, c.trace);
        assert_eq!(locations[0].object_class, ObjectClass::Car as i32);
        assert_eq!(locations[0].class_confidence, 80);
        assert_eq!(
            locations[0]
                .tags
                .get(tags::STATION_TYPE)
                .map(String::as_str),
            Some("roadSideUnit")
        );
    }

    #[test]
    fn rsu_offsets_are_east_north() {
        let locations = collect(&cpm(vec![object(1, 1000, 0), object(2, 0, -500)])).expect("valid");
        let (e1, n1) = geo::wgs84_to_local(REF, position(&locations[0]));
        let (e2, n2) = geo::wgs84_to_local(REF, position(&locations[1]));
        assert!((e1 - 10.0).abs() < 1e-6 && n1.abs() < 1e-6, "{e1} {n1}");
        assert!(e2.abs() < 1e-6 && (n2 + 5.0).abs() < 1e-6, "{e2} {n2}");
    }

    #[test]
    fn vehicle_frame_is_rotated_by_orientation() {
        let mut c = cpm(vec![object(1, 1000, 200)]);
        // Heading north: x (10 m ahead) is north, y (2 m left) is west.
        c.orientation_angle = Some(0);
        let l = collect(&c).expect("valid");
        let (e, n) = geo::wgs84_to_local(REF, position(&l[0]));
        assert!((e + 2.0).abs() < 1e-6 && (n - 10.0).abs() < 1e-6, "{e} {n}");
    }

    #[test]
    fn speed_and_heading_from_velocity() {
        let mut o = object(1, 0, 0);
        o.x_velocity = Some(0);
        o.y_velocity = Some(-1000); // 10 m/s south in an RSU frame
        o.heading = Some(900); // ignored: the velocity has a direction
        let l = collect(&cpm(vec![o])).expect("valid");
        assert!((l[0].speed_mps.unwrap_or_default() - 10.0).abs() < 1e-9);
        assert!((l[0].heading_deg.unwrap_or_default() - 180.0).abs() < 1e-9);
    }

    #[test]
    fn heading_field_used_when_standing_still() {
        let mut o = object(1, 0, 0);
        o.x_velocity = Some(0);
        o.y_velocity = Some(0);
        o.heading = Some(900); // 90° counter-clockwise from x = east → north
        let l = collect(&cpm(vec![o.clone()])).expect("valid");
        assert_eq!(l[0].speed_mps, Some(0.0));
        assert!(l[0].heading_deg.unwrap_or(f64::NAN).abs() < 1e-9);
        o.heading = Some(3601);
        let l = collect(&cpm(vec![o])).expect("valid");
        assert_eq!(l[0].heading_deg, None);
    }

    #[test]
    fn unavailable_velocity_gives_no_speed() {
        let mut o = object(1, 0, 0);
        o.x_velocity = Some(VELOCITY_UNAVAILABLE);
        o.y_velocity = Some(100);
        let l = collect(&cpm(vec![o])).expect("valid");
        assert_eq!(l[0].speed_mps, None);
    }

    #[test]
    fn accuracy_from_confidences() {
        let l = collect(&cpm(vec![object(1, 0, 0)])).expect("valid");
        // 1.96 m at 95 % on both axes → 1 m sigma per axis → √2 m horizontal.
        assert!((l[0].accuracy_m.unwrap_or_default() - 2f64.sqrt()).abs() < 1e-9);
        let mut o = object(1, 0, 0);
        o.x_confidence = 4096;
        let l = collect(&cpm(vec![o])).expect("valid");
        assert_eq!(l[0].accuracy_m, None);
    }

    #[test]
    fn class_tables_per_version() {
        assert_eq!(object_class(2, 1, 5), ObjectClass::Car);
        assert_eq!(object_class(2, 1, 8), ObjectClass::Truck);
        assert_eq!(object_class(2, 1, 6), ObjectClass::Bus);
        assert_eq!(object_class(2, 2, 1), ObjectClass::Pedestrian);
        assert_eq!(object_class(2, 2, 2), ObjectClass::Bicycle);
        assert_eq!(object_class(2, 2, 3), ObjectClass::Motorcycle);
        assert_eq!(object_class(2, 2, 4), ObjectClass::Unknown);
        assert_eq!(object_class(2, 4, 0), ObjectClass::Unknown);
        // The same codes mean different things in v1.
        assert_eq!(object_class(1, 1, 5), ObjectClass::Truck);
        assert_eq!(object_class(1, 1, 2), ObjectClass::Bus);
        assert_eq!(object_class(1, 2, 3), ObjectClass::Bicycle);
        assert_eq!(object_class(1, 2, 1), ObjectClass::Pedestrian);
        assert_eq!(object_class(1, 3, 0), ObjectClass::Unknown);
    }

    #[test]
    fn most_confident_classification_wins() {
        let mut o = object(1, 0, 0);
        o.classification = vec![
            ObjectClassification {
                class_kind: 1,
                sub_class: 5,
                confidence: 30,
            },
            ObjectClassification {
                class_kind: 2,
                sub_class: 2,
                confidence: 70,
            },
            ObjectClassification {
                class_kind: 2,
                sub_class: 1,
                confidence: 101,
            },
        ];
        let l = collect(&cpm(vec![o])).expect("valid");
        assert_eq!(l[0].object_class, ObjectClass::Bicycle as i32);
        assert_eq!(l[0].class_confidence, 70);
        assert_eq!(
            l[0].tags.get(tags::CLASS_CODE).map(String::as_str),
            Some("v2:2/2")
        );
    }

    #[test]
    fn tags_carry_sensor_and_quality() {
        let mut o = object(9, 0, 0);
        o.sensor_ids = vec![7, 8];
        o.perception_quality = Some(15);
        o.object_age = Some(1500);
        let l = collect(&cpm(vec![o])).expect("valid");
        let tag = |k: &str| l[0].tags.get(k).cloned();
        assert_eq!(tag(tags::SENSOR_IDS).as_deref(), Some("7,8"));
        // Sensor 8 is not described by the CPM: only sensor 7's type is known.
        assert_eq!(tag(tags::SENSOR_TYPES).as_deref(), Some("monovideo"));
        assert_eq!(tag(tags::PERCEPTION_QUALITY_PCT).as_deref(), Some("100"));
        assert_eq!(tag(tags::OBJECT_AGE_MS).as_deref(), Some("1500"));
        assert_eq!(tag(tags::OBJECT_ID).as_deref(), Some("9"));
    }

    #[test]
    fn empty_cpm_gives_no_locations() {
        let mut c = cpm(vec![]);
        // Even an unusable reference position does not matter when there is nothing to place.
        c.reference_position = None;
        assert!(collect(&c).expect("empty is fine").is_empty());
    }

    #[test]
    fn unavailable_reference_position_is_an_error_naming_the_station() {
        let mut c = cpm(vec![object(1, 0, 0)]);
        if let Some(rp) = c.reference_position.as_mut() {
            rp.latitude = LATITUDE_UNAVAILABLE;
        }
        let err = collect(&c).expect_err("unavailable latitude");
        assert!(
            matches!(err, Error::InvalidReferencePosition { station_id: 42, .. }),
            "{err}"
        );
        assert!(err.to_string().contains("42"));

        if let Some(rp) = c.reference_position.as_mut() {
            rp.latitude = 0;
            rp.longitude = -1_800_000_002;
        }
        assert!(matches!(
            collect(&c),
            Err(Error::InvalidReferencePosition { .. })
        ));

        c.reference_position = None;
        assert!(matches!(
            collect(&c),
            Err(Error::MissingReferencePosition { station_id: 42 })
        ));
    }

    #[test]
    fn invalid_orientation_and_version_are_errors() {
        let mut c = cpm(vec![object(1, 0, 0)]);
        c.orientation_angle = Some(3601);
        assert!(matches!(
            collect(&c),
            Err(Error::InvalidOrientation { value: 3601, .. })
        ));
        c.orientation_angle = None;
        c.protocol_version = 3;
        assert!(matches!(
            collect(&c),
            Err(Error::UnsupportedProtocolVersion { version: 3, .. })
        ));
    }

    #[test]
    fn implausible_cpm_is_rejected_with_station_and_times() {
        let mut clocks = StationClocks::new();
        let wall = 1_800_000_000_000;
        let good = cpm(vec![object(1, 0, 0)]);
        assert_eq!(collect_checked(&good, &mut clocks, wall).unwrap().len(), 1);
        let mut next = good.clone();
        next.reference_time = geo::unix_ms_to_its_time(1_767_225_600_125);
        assert_eq!(collect_checked(&next, &mut clocks, wall).unwrap().len(), 1);
        // One object measured a minute after its CPM's reference time.
        let mut late_object = object(2, 0, 0);
        late_object.measurement_delta_time = 60_000;
        let mut bad = next.clone();
        bad.objects.push(late_object);
        let err = collect_checked(&bad, &mut clocks, wall).expect_err("implausible");
        let text = err.to_string();
        assert!(text.contains("station 42"), "{text}");
        assert!(
            text.contains(&(1_767_225_600_125i64 + 60_000).to_string()),
            "{text}"
        );
        assert!(text.contains("1767225600125"), "{text}");
    }

    #[test]
    fn measurement_span_covers_reference_and_objects() {
        let mut a = object(1, 0, 0);
        a.measurement_delta_time = -60;
        let mut b = object(2, 0, 0);
        b.measurement_delta_time = 30;
        let c = cpm(vec![a, b]);
        let reference = 1_767_225_600_000;
        assert_eq!(measurement_span(&c), (reference - 60, reference + 30));
        assert_eq!(measurement_span(&cpm(vec![])), (reference, reference));
    }

    #[test]
    fn extreme_values_do_not_panic() {
        let mut o = object(u32::MAX, i32::MAX, i32::MIN);
        o.measurement_delta_time = i32::MIN;
        o.x_velocity = Some(i32::MIN);
        o.y_velocity = Some(i32::MAX);
        o.heading = Some(u32::MAX);
        o.perception_quality = Some(u32::MAX);
        o.classification = vec![ObjectClassification {
            class_kind: u32::MAX,
            sub_class: u32::MAX,
            confidence: u32::MAX,
        }];
        let mut c = cpm(vec![o]);
        c.reference_time = u64::MAX;
        let l = collect(&c).expect("values are unusual but decodable");
        assert_eq!(
            l[0].timestamp_ms,
            i64::MAX.saturating_add(i64::from(i32::MIN))
        );
        assert_eq!(l[0].object_class, ObjectClass::Unknown as i32);
    }
}
