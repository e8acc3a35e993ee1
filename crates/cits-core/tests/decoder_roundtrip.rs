//! Property tests of the CPM codec: every valid protobuf `Cpm` (values within
//! their ETSI ranges) survives `encode_cpm` → `decode_cpm_payload` exactly, in
//! UPER and XER; random and truncated bytes are errors, never panics.

use cits_core::decoder::{decode_cpm, decode_cpm_payload, encode_cpm, MAX_PAYLOAD_BYTES};
use cits_core::Error;
use cits_proto::{
    CitsMessage, Cpm, Encoding, MessageKind, ObjectClassification, PerceivedObject,
    ReferencePosition, SensorInformation, Trace,
};
use proptest::collection::vec;
use proptest::option;
use proptest::prelude::*;

/// Objects per generated CPM: enough for several containers' worth of
/// variety while keeping 256 XER cases fast (255 is covered by a unit test).
const MAX_OBJECTS: usize = 12;
/// Sensors per generated CPM (the ETSI limit is 128).
const MAX_SENSORS: usize = 4;

fn reference_position() -> impl Strategy<Value = ReferencePosition> {
    (
        -900_000_000..=900_000_001i32,
        -1_800_000_000..=1_800_000_001i32,
        -100_000..=800_001i32,
        0..=4095u32,
        0..=4095u32,
        0..=3601u32,
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

fn sensor() -> impl Strategy<Value = SensorInformation> {
    let region = prop_oneof![
        Just((None, None, None)),
        (0..=4095u32).prop_map(|range| (None, None, Some(range))),
        (0..=3601u32, 0..=3601u32, 0..=4095u32).prop_map(|(start, end, range)| (
            Some(start),
            Some(end),
            Some(range)
        )),
    ];
    (0..=255u32, 0..=31u32, region).prop_map(
        |(sensor_id, sensor_type, (opening_angle_start, opening_angle_end, range))| {
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

fn classification() -> impl Strategy<Value = ObjectClassification> {
    let kind_and_sub = prop_oneof![
        (Just(1u32), 0..=14u32),
        (Just(2u32), 1..=4u32),
        (Just(3u32), 0..=255u32),
        (Just(4u32), 0..=255u32),
    ];
    (kind_and_sub, 1..=101u32).prop_map(|((class_kind, sub_class), confidence)| {
        ObjectClassification {
            class_kind,
            sub_class,
            confidence,
        }
    })
}

fn object() -> impl Strategy<Value = PerceivedObject> {
    (
        (0..=65_535u32, -2048..=2047i32),
        (
            -131_072..=131_071i32,
            -131_072..=131_071i32,
            option::of(-131_072..=131_071i32),
            1..=4096u32,
            1..=4096u32,
        ),
        option::of((-16_383..=16_383i32, -16_383..=16_383i32)),
        (
            option::of(0..=3601u32),
            option::of(0..=2047u32),
            option::of(0..=15u32),
        ),
        vec(0..=255u32, 0..=4),
        vec(classification(), 0..=8),
    )
        .prop_map(
            |(
                (object_id, measurement_delta_time),
                (x_coordinate, y_coordinate, z_coordinate, x_confidence, y_confidence),
                velocity,
                (heading, object_age, perception_quality),
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
                x_velocity: velocity.map(|(x, _)| x),
                y_velocity: velocity.map(|(_, y)| y),
                heading,
                object_age,
                perception_quality,
                sensor_ids,
                classification,
            },
        )
}

/// A v2 CPM as the decoder produces it: an RSU (station type 15, no
/// orientation) or a station of unknown type with or without orientation.
fn cpm() -> impl Strategy<Value = Cpm> {
    let originator = prop_oneof![
        Just((15u32, None)),
        option::of(0..=3601u32).prop_map(|angle| (0u32, angle)),
    ];
    (
        any::<u32>(),
        0..=4_398_046_511_103u64,
        originator,
        reference_position(),
        vec(sensor(), 0..=MAX_SENSORS),
        vec(object(), 0..=MAX_OBJECTS),
    )
        .prop_map(
            |(
                station_id,
                reference_time,
                (station_type, orientation_angle),
                position,
                sensors,
                objects,
            )| {
                Cpm {
                    protocol_version: 2,
                    station_id,
                    reference_time,
                    station_type,
                    reference_position: Some(position),
                    orientation_angle,
                    sensors,
                    objects,
                    ..Cpm::default()
                }
            },
        )
}

fn encodings() -> impl Strategy<Value = Encoding> {
    prop_oneof![Just(Encoding::Uper), Just(Encoding::Xer)]
}

proptest! {
    #[test]
    fn encode_then_decode_is_identity(cpm in cpm(), encoding in encodings()) {
        let bytes = encode_cpm(&cpm, encoding).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert!(bytes.len() <= MAX_PAYLOAD_BYTES);
        let decoded = decode_cpm_payload(&bytes, encoding)
            .map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(decoded, cpm);
    }

    #[test]
    fn decode_cpm_fills_the_wrapper_fields(cpm in cpm(), encoding in encodings(), uuid in "[0-9a-f-]{36}") {
        let payload = encode_cpm(&cpm, encoding).map_err(|e| TestCaseError::fail(e.to_string()))?;
        let trace = Trace::default();
        let message = CitsMessage {
            uuid: uuid.clone(),
            station_id: cpm.station_id,
            provider: "test-provider".into(),
            send_time_ms: 1_700_000_000_000,
            kind: MessageKind::Cpm as i32,
            encoding: encoding as i32,
            payload,
            trace: Some(trace.clone()),
        };
        let decoded = decode_cpm(&message).map_err(|e| TestCaseError::fail(e.to_string()))?;
        let expected = Cpm {
            source_uuid: uuid,
            provider: "test-provider".into(),
            trace: Some(trace),
            ..cpm
        };
        prop_assert_eq!(decoded, expected);
    }

    /// Random bytes: an error or (rarely) a CPM, never a panic or a hang.
    #[test]
    fn random_bytes_never_panic(bytes in vec(any::<u8>(), 0..512), encoding in encodings()) {
        let _outcome = decode_cpm_payload(&bytes, encoding);
    }

    /// Random bytes behind a valid CPM v2 header reach the full decoder.
    #[test]
    fn random_bytes_after_a_cpm_header_never_panic(tail in vec(any::<u8>(), 0..512)) {
        let mut bytes = vec![2u8, 14];
        bytes.extend(tail);
        let _outcome = decode_cpm_payload(&bytes, Encoding::Uper);
    }

    /// Every strict prefix of a valid UPER CPM is rejected.
    #[test]
    fn truncated_uper_is_an_error(cpm in cpm(), cut in any::<prop::sample::Index>()) {
        let bytes = encode_cpm(&cpm, Encoding::Uper).map_err(|e| TestCaseError::fail(e.to_string()))?;
        let len = cut.index(bytes.len());
        let truncated = bytes.get(..len).unwrap_or_default();
        prop_assert!(decode_cpm_payload(truncated, Encoding::Uper).is_err());
    }

    /// Every strict prefix of a valid XER CPM is rejected.
    #[test]
    fn truncated_xer_is_an_error(cpm in cpm(), cut in any::<prop::sample::Index>()) {
        let bytes = encode_cpm(&cpm, Encoding::Xer).map_err(|e| TestCaseError::fail(e.to_string()))?;
        let len = cut.index(bytes.len());
        let truncated = bytes.get(..len).unwrap_or_default();
        prop_assert!(decode_cpm_payload(truncated, Encoding::Xer).is_err());
    }

    /// Flipped bits in a valid UPER CPM: an error or some CPM, never a panic.
    #[test]
    fn corrupted_uper_never_panics(cpm in cpm(), flips in vec((any::<prop::sample::Index>(), 0..8u8), 1..8)) {
        let mut bytes = encode_cpm(&cpm, Encoding::Uper).map_err(|e| TestCaseError::fail(e.to_string()))?;
        let len = bytes.len();
        for (at, bit) in flips {
            if let Some(byte) = bytes.get_mut(at.index(len)) {
                *byte ^= 1 << bit;
            }
        }
        let _outcome = decode_cpm_payload(&bytes, Encoding::Uper);
    }
}

#[test]
fn out_of_range_values_are_rejected_by_the_encoder() {
    let valid = Cpm {
        protocol_version: 2,
        reference_position: Some(ReferencePosition::default()),
        objects: vec![PerceivedObject {
            x_confidence: 1,
            y_confidence: 1,
            ..PerceivedObject::default()
        }],
        ..Cpm::default()
    };
    assert!(encode_cpm(&valid, Encoding::Uper).is_ok());
    let mut far = valid.clone();
    if let Some(object) = far.objects.first_mut() {
        object.x_coordinate = 131_072;
    }
    let mut old = valid.clone();
    old.protocol_version = 1;
    let mut half_velocity = valid.clone();
    if let Some(object) = half_velocity.objects.first_mut() {
        object.x_velocity = Some(1);
    }
    let mut vehicle_type = valid.clone();
    vehicle_type.station_type = 5;
    for (what, cpm) in [
        ("x beyond 1310.71 m", far),
        ("protocol version 1", old),
        ("x velocity without y", half_velocity),
        ("station type a v2 CPM cannot express", vehicle_type),
    ] {
        for encoding in [Encoding::Uper, Encoding::Xer] {
            assert!(
                matches!(encode_cpm(&cpm, encoding), Err(Error::CpmEncode { .. })),
                "{what} was encoded as {encoding:?}"
            );
        }
    }
}
