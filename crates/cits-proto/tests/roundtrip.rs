//! Every message of `cits.proto` survives a prost encode/decode round trip.
//!
//! The strategies cover every field, including unset optionals, empty and
//! non-empty repeated fields and the `Trace` every stage message carries.

use cits_proto::{
    CitsMessage, CollisionRisk, ConflictKind, Cpm, DeadLetter, Encoding, GeoPoint, Location,
    MatchedPoint, MatchedTrajectory, Message, MessageKind, ObjectClass, ObjectClassification,
    PathHypothesis, PerceivedObject, PredictedPoint, Prediction, PredictionMethod,
    ReferencePosition, RiskState, RoadKind, RoadUser, SensorInformation, Trace, TraceEntry,
    Trajectory, TrajectoryPoint,
};
use proptest::collection::{btree_map, vec};
use proptest::option;
use proptest::prelude::*;

/// Longest repeated field generated: enough to exercise packed/length-delimited
/// encoding of several elements without slowing the suite down.
const MAX_REPEATED: usize = 6;

fn text() -> impl Strategy<Value = String> {
    "[a-zA-Z0-9_/.\\- äß]{0,24}"
}

fn bytes() -> impl Strategy<Value = Vec<u8>> {
    vec(any::<u8>(), 0..64)
}

fn trace_entry() -> impl Strategy<Value = TraceEntry> {
    (text(), text(), any::<u64>(), any::<u64>()).prop_map(
        |(stage, instance, received_ns, sent_ns)| TraceEntry {
            stage,
            instance,
            received_ns,
            sent_ns,
        },
    )
}

fn trace() -> impl Strategy<Value = Option<Trace>> {
    option::of(vec(trace_entry(), 0..MAX_REPEATED).prop_map(|entries| Trace { entries }))
}

fn encoding() -> impl Strategy<Value = i32> {
    prop_oneof![
        Just(Encoding::Unspecified as i32),
        Just(Encoding::Uper as i32),
        Just(Encoding::Xer as i32),
    ]
}

fn message_kind() -> impl Strategy<Value = i32> {
    prop_oneof![
        Just(MessageKind::Unspecified as i32),
        Just(MessageKind::Cpm as i32),
        Just(MessageKind::Denm as i32),
        Just(MessageKind::Cam as i32),
    ]
}

fn object_class() -> impl Strategy<Value = i32> {
    (0..=6i32).prop_map(|v| ObjectClass::try_from(v).map_or(0, |c| c as i32))
}

fn road_kind() -> impl Strategy<Value = i32> {
    prop_oneof![
        Just(RoadKind::Unspecified as i32),
        Just(RoadKind::CarLane as i32),
        Just(RoadKind::BikeLane as i32),
        Just(RoadKind::Crosswalk as i32),
    ]
}

fn geo_point() -> impl Strategy<Value = GeoPoint> {
    (-90.0..=90.0f64, -180.0..=180.0f64).prop_map(|(latitude_deg, longitude_deg)| GeoPoint {
        latitude_deg,
        longitude_deg,
    })
}

fn cits_message() -> impl Strategy<Value = CitsMessage> {
    (
        text(),
        any::<u32>(),
        text(),
        any::<u64>(),
        message_kind(),
        encoding(),
        bytes(),
        trace(),
    )
        .prop_map(
            |(uuid, station_id, provider, send_time_ms, kind, encoding, payload, trace)| {
                CitsMessage {
                    uuid,
                    station_id,
                    provider,
                    send_time_ms,
                    kind,
                    encoding,
                    payload,
                    trace,
                }
            },
        )
}

fn reference_position() -> impl Strategy<Value = ReferencePosition> {
    (
        any::<i32>(),
        any::<i32>(),
        any::<i32>(),
        any::<u32>(),
        any::<u32>(),
        any::<u32>(),
    )
        .prop_map(
            |(
                latitude,
                longitude,
                altitude,
                semi_major_confidence,
                semi_minor_confidence,
                semi_major_orientation,
            )| ReferencePosition {
                latitude,
                longitude,
                altitude,
                semi_major_confidence,
                semi_minor_confidence,
                semi_major_orientation,
            },
        )
}

fn sensor_information() -> impl Strategy<Value = SensorInformation> {
    (
        any::<u32>(),
        any::<u32>(),
        option::of(any::<u32>()),
        option::of(any::<u32>()),
        option::of(any::<u32>()),
    )
        .prop_map(
            |(sensor_id, sensor_type, opening_angle_start, opening_angle_end, range)| {
                SensorInformation {
                    sensor_id,
                    sensor_type,
                    opening_angle_start,
                    opening_angle_end,
                    range,
                }
            },
        )
}

fn object_classification() -> impl Strategy<Value = ObjectClassification> {
    (any::<u32>(), any::<u32>(), any::<u32>()).prop_map(|(class_kind, sub_class, confidence)| {
        ObjectClassification {
            class_kind,
            sub_class,
            confidence,
        }
    })
}

fn perceived_object() -> impl Strategy<Value = PerceivedObject> {
    (
        (any::<u32>(), any::<i32>(), any::<i32>(), any::<i32>()),
        (option::of(any::<i32>()), any::<u32>(), any::<u32>()),
        (
            option::of(any::<i32>()),
            option::of(any::<i32>()),
            option::of(any::<u32>()),
            option::of(any::<u32>()),
            option::of(any::<u32>()),
        ),
        vec(any::<u32>(), 0..MAX_REPEATED),
        vec(object_classification(), 0..MAX_REPEATED),
    )
        .prop_map(
            |(
                (object_id, measurement_delta_time, x_coordinate, y_coordinate),
                (z_coordinate, x_confidence, y_confidence),
                (x_velocity, y_velocity, heading, object_age, perception_quality),
                sensor_ids,
                classification,
            )| PerceivedObject {
                object_id,
                measurement_delta_time,
                x_coordinate,
                y_coordinate,
                z_coordinate,
                x_confidence,
                y_confidence,
                x_velocity,
                y_velocity,
                heading,
                object_age,
                perception_quality,
                sensor_ids,
                classification,
            },
        )
}

fn cpm() -> impl Strategy<Value = Cpm> {
    (
        (
            text(),
            text(),
            any::<u32>(),
            any::<u32>(),
            any::<u64>(),
            any::<u32>(),
        ),
        option::of(reference_position()),
        option::of(any::<u32>()),
        vec(sensor_information(), 0..MAX_REPEATED),
        vec(perceived_object(), 0..MAX_REPEATED),
        trace(),
    )
        .prop_map(
            |(
                (source_uuid, provider, protocol_version, station_id, reference_time, station_type),
                reference_position,
                orientation_angle,
                sensors,
                objects,
                trace,
            )| Cpm {
                source_uuid,
                provider,
                protocol_version,
                station_id,
                reference_time,
                station_type,
                reference_position,
                orientation_angle,
                sensors,
                objects,
                trace,
            },
        )
}

fn location() -> impl Strategy<Value = Location> {
    (
        (
            text(),
            any::<i64>(),
            text(),
            text(),
            object_class(),
            any::<u32>(),
        ),
        btree_map(text(), text(), 0..MAX_REPEATED),
        option::of(geo_point()),
        (
            option::of(0.0..100.0f64),
            option::of(0.0..360.0f64),
            option::of(0.0..50.0f64),
        ),
        trace(),
    )
        .prop_map(
            |(
                (trajectory_key, timestamp_ms, source, owner, object_class, class_confidence),
                tags,
                position,
                (speed_mps, heading_deg, accuracy_m),
                trace,
            )| Location {
                trajectory_key,
                timestamp_ms,
                source,
                owner,
                object_class,
                class_confidence,
                tags: tags.into_iter().collect(),
                position,
                speed_mps,
                heading_deg,
                accuracy_m,
                trace,
            },
        )
}

fn trajectory_point() -> impl Strategy<Value = TrajectoryPoint> {
    (
        any::<i64>(),
        option::of(geo_point()),
        option::of(0.0..100.0f64),
        option::of(0.0..360.0f64),
    )
        .prop_map(
            |(timestamp_ms, position, speed_mps, heading_deg)| TrajectoryPoint {
                timestamp_ms,
                position,
                speed_mps,
                heading_deg,
            },
        )
}

fn trajectory() -> impl Strategy<Value = Trajectory> {
    (
        text(),
        any::<i64>(),
        object_class(),
        text(),
        vec(trajectory_point(), 0..MAX_REPEATED),
        any::<u32>(),
        any::<u32>(),
        any::<u32>(),
        trace(),
    )
        .prop_map(
            |(
                trajectory_key,
                session_start_ms,
                object_class,
                owner,
                points,
                dropped_points,
                point_count,
                window_ms,
                trace,
            )| {
                Trajectory {
                    trajectory_key,
                    session_start_ms,
                    object_class,
                    owner,
                    points,
                    dropped_points,
                    point_count,
                    window_ms,
                    trace,
                }
            },
        )
}

fn matched_point() -> impl Strategy<Value = MatchedPoint> {
    (
        any::<i64>(),
        option::of(geo_point()),
        option::of(geo_point()),
        road_kind(),
        any::<u32>(),
        0.0..1000.0f64,
        (0.0..10_000.0f64, 0.0..360.0f64, option::of(0.0..80.0f64)),
    )
        .prop_map(
            |(
                timestamp_ms,
                original,
                matched,
                road_kind,
                segment_id,
                offset_m,
                (arc_m, lane_heading_deg, speed_mps),
            )| MatchedPoint {
                timestamp_ms,
                original,
                matched,
                road_kind,
                segment_id,
                offset_m,
                arc_m,
                lane_heading_deg,
                speed_mps,
            },
        )
}

fn matched_trajectory() -> impl Strategy<Value = MatchedTrajectory> {
    (
        text(),
        any::<i64>(),
        object_class(),
        text(),
        vec(matched_point(), 0..MAX_REPEATED),
        any::<u32>(),
        trace(),
    )
        .prop_map(
            |(
                trajectory_key,
                session_start_ms,
                object_class,
                owner,
                points,
                point_count,
                trace,
            )| {
                MatchedTrajectory {
                    trajectory_key,
                    session_start_ms,
                    object_class,
                    owner,
                    points,
                    point_count,
                    trace,
                }
            },
        )
}

fn predicted_point() -> impl Strategy<Value = PredictedPoint> {
    (
        any::<u32>(),
        option::of(geo_point()),
        0.0..360.0f64,
        0.0..80.0f64,
        0.0..100.0f64,
    )
        .prop_map(
            |(delta_ms, position, heading_deg, speed_mps, sigma_m)| PredictedPoint {
                delta_ms,
                position,
                heading_deg,
                speed_mps,
                sigma_m,
            },
        )
}

fn prediction_method() -> impl Strategy<Value = i32> {
    prop_oneof![
        Just(PredictionMethod::Unspecified as i32),
        Just(PredictionMethod::Graph as i32),
        Just(PredictionMethod::ConstantVelocity as i32),
    ]
}

fn path_hypothesis() -> impl Strategy<Value = PathHypothesis> {
    (
        0.0..=1.0f64,
        prediction_method(),
        road_kind(),
        vec(any::<u32>(), 0..MAX_REPEATED),
        vec(predicted_point(), 0..MAX_REPEATED),
    )
        .prop_map(
            |(probability, method, road_kind, lanes, points)| PathHypothesis {
                probability,
                method,
                road_kind,
                lanes,
                points,
            },
        )
}

fn prediction() -> impl Strategy<Value = Prediction> {
    (
        (
            text(),
            text(),
            any::<i64>(),
            object_class(),
            text(),
            any::<i64>(),
        ),
        (
            option::of(geo_point()),
            0.0..80.0f64,
            0.0..360.0f64,
            0.0..50.0f64,
        ),
        (
            option::of(0.0..30.0f64),
            option::of(0.0..5.0f64),
            any::<u32>(),
        ),
        vec(path_hypothesis(), 0..MAX_REPEATED),
        trace(),
    )
        .prop_map(
            |(
                (site, trajectory_key, session_start_ms, object_class, owner, timestamp_ms),
                (position, speed_mps, heading_deg, sigma_m),
                (length_m, width_m, point_count),
                hypotheses,
                trace,
            )| Prediction {
                site,
                trajectory_key,
                session_start_ms,
                object_class,
                owner,
                timestamp_ms,
                position,
                speed_mps,
                heading_deg,
                sigma_m,
                length_m,
                width_m,
                point_count,
                hypotheses,
                trace,
            },
        )
}

fn road_user() -> impl Strategy<Value = RoadUser> {
    (
        text(),
        any::<i64>(),
        object_class(),
        vec(predicted_point(), 0..MAX_REPEATED),
    )
        .prop_map(
            |(trajectory_key, session_start_ms, object_class, path)| RoadUser {
                trajectory_key,
                session_start_ms,
                object_class,
                path,
            },
        )
}

fn collision_risk() -> impl Strategy<Value = CollisionRisk> {
    (
        (
            text(),
            text(),
            (0..=2i32),
            option::of(road_user()),
            option::of(road_user()),
        ),
        (any::<i64>(), any::<i64>(), option::of(geo_point())),
        (
            option::of(0.0..10.0f64),
            option::of(0.0..10.0f64),
            0.0..=1.0f64,
            0.0..=1.0f64,
        ),
        (0..=3i32),
        trace(),
    )
        .prop_map(
            |(
                (site, risk_id, state, vehicle, other),
                (timestamp_ms, detected_ms, conflict_point),
                (ttc_s, pet_s, probability, severity),
                kind,
                trace,
            )| CollisionRisk {
                site,
                risk_id,
                state: RiskState::try_from(state).map_or(0, |s| s as i32),
                vehicle,
                other,
                timestamp_ms,
                detected_ms,
                conflict_point,
                ttc_s,
                pet_s,
                probability,
                severity,
                kind: ConflictKind::try_from(kind).map_or(0, |k| k as i32),
                trace,
            },
        )
}

fn dead_letter() -> impl Strategy<Value = DeadLetter> {
    (
        (bytes(), text(), any::<i32>(), any::<i64>()),
        (text(), text(), text(), any::<i64>()),
        option::of(bytes()),
    )
        .prop_map(
            |(
                (original, topic, partition, offset),
                (reason, stage, instance, timestamp_ms),
                key,
            )| {
                DeadLetter {
                    original,
                    topic,
                    partition,
                    offset,
                    reason,
                    stage,
                    instance,
                    timestamp_ms,
                    key,
                }
            },
        )
}

/// Encodes, checks the announced length, decodes, and compares.
fn roundtrip<M: Message + Default + PartialEq + std::fmt::Debug>(
    message: &M,
) -> Result<(), TestCaseError> {
    let bytes = message.encode_to_vec();
    prop_assert_eq!(bytes.len(), message.encoded_len());
    let decoded = M::decode(bytes.as_slice())
        .map_err(|e| TestCaseError::fail(format!("decode failed: {e}")))?;
    prop_assert_eq!(&decoded, message);
    Ok(())
}

proptest! {
    #[test]
    fn trace_entry_roundtrips(m in trace_entry()) { roundtrip(&m)?; }

    #[test]
    fn trace_roundtrips(entries in vec(trace_entry(), 0..MAX_REPEATED)) {
        roundtrip(&Trace { entries })?;
    }

    #[test]
    fn cits_message_roundtrips(m in cits_message()) { roundtrip(&m)?; }

    #[test]
    fn cpm_roundtrips(m in cpm()) { roundtrip(&m)?; }

    #[test]
    fn reference_position_roundtrips(m in reference_position()) { roundtrip(&m)?; }

    #[test]
    fn sensor_information_roundtrips(m in sensor_information()) { roundtrip(&m)?; }

    #[test]
    fn perceived_object_roundtrips(m in perceived_object()) { roundtrip(&m)?; }

    #[test]
    fn object_classification_roundtrips(m in object_classification()) { roundtrip(&m)?; }

    #[test]
    fn geo_point_roundtrips(m in geo_point()) { roundtrip(&m)?; }

    #[test]
    fn location_roundtrips(m in location()) { roundtrip(&m)?; }

    #[test]
    fn trajectory_point_roundtrips(m in trajectory_point()) { roundtrip(&m)?; }

    #[test]
    fn trajectory_roundtrips(m in trajectory()) { roundtrip(&m)?; }

    #[test]
    fn matched_point_roundtrips(m in matched_point()) { roundtrip(&m)?; }

    #[test]
    fn matched_trajectory_roundtrips(m in matched_trajectory()) { roundtrip(&m)?; }

    #[test]
    fn dead_letter_roundtrips(m in dead_letter()) { roundtrip(&m)?; }

    #[test]
    fn predicted_point_roundtrips(m in predicted_point()) { roundtrip(&m)?; }

    #[test]
    fn path_hypothesis_roundtrips(m in path_hypothesis()) { roundtrip(&m)?; }

    #[test]
    fn prediction_roundtrips(m in prediction()) { roundtrip(&m)?; }

    #[test]
    fn road_user_roundtrips(m in road_user()) { roundtrip(&m)?; }

    #[test]
    fn collision_risk_roundtrips(m in collision_risk()) { roundtrip(&m)?; }
}

/// Unknown enum values (from a newer producer) are kept, not lost.
#[test]
fn unknown_enum_values_survive() {
    let location = Location {
        object_class: 99,
        ..Location::default()
    };
    let decoded = Location::decode(location.encode_to_vec().as_slice()).expect("valid bytes");
    assert_eq!(decoded.object_class, 99);
    assert_eq!(decoded.object_class(), ObjectClass::Unknown);
}
