//! The decoder stage: ETSI Collective Perception Messages (UPER or XER) to
//! [`cits_proto::Cpm`], and back (the data generator writes real CPMs with
//! [`encode_cpm`]).
//!
//! Two CPM versions are decoded, told apart by `ItsPduHeader.protocolVersion`:
//! - **2**: ETSI TS 103 324 v2.1.1 (the standard).
//! - **1**: the ETSI TR 103 562 v2.1.1 draft CPM still sent by older roadside
//!   units (cargo feature `cpm-v1`, on by default; without it such a CPM is an
//!   [`Error::UnsupportedCpmVersion`] and the module is smaller).
//!
//! The ASN.1 types come from the `cits-etsi` crate (rasn derives); rasn's own
//! UPER and XER codecs do the bit work.
//!
//! The transcoding is faithful: values keep their ETSI integer units and codes,
//! the collector interprets them by `Cpm.protocol_version`. Mapping notes:
//! - v2 has no `StationType`: `station_type` is 15 (roadSideUnit) when the
//!   message has an originating RSU container, else 0 (unknown).
//!   `orientation_angle` is the originating vehicle container's `orientationAngle`.
//! - v1 `reference_time` is the raw `generationDeltaTime` (TimestampIts mod 65536)
//!   in [`decode_cpm_payload`]; [`decode_cpm`] widens it to a full TimestampIts
//!   with the wrapper's send time. v1 object fields are copied raw
//!   (`timeOfMeasurement`, `DistanceConfidence` 0..102, `ObjectConfidence`).
//! - Object classes: `class_kind` is the 1-based ObjectClass CHOICE alternative
//!   of the message's version; `sub_class` is the code inside it (v2 VRU: the
//!   1-based VruProfileAndSubprofile alternative, v2 group: clusterCardinalitySize).
//! - v2 sensors: a radial perception region gives both opening angles and the
//!   range, a circular one gives only the range (its radius).
//! - v2 polar velocities are converted to x/y components (rounded to 0.01 m/s).
//! - Confidences that the protobuf has no field for are encoded as "unavailable".
//!
//! Input never panics: every malformed, truncated, oversized or foreign
//! message is an [`Error`].

#[cfg(feature = "cpm-v1")]
use cits_etsi::cdd_1_3_1_1::its_container as cdd1;
use cits_etsi::cdd_2_2_1::etsi_its_cdd as cdd2;
#[cfg(feature = "cpm-v1")]
use cits_etsi::cpm_1::cpm_pdu_descriptions as v1;
use cits_etsi::cpm_2_1_1::{
    cpm_originating_station_containers as v2_origin, cpm_pdu_descriptions as v2,
    cpm_perceived_object_container as v2_objects, cpm_sensor_information_container as v2_sensors,
};
use cits_proto::{
    CitsMessage, Cpm, Encoding, MessageKind, ObjectClassification, PerceivedObject,
    ReferencePosition, SensorInformation,
};

use crate::error::{Error, Result};

/// Largest accepted payload: 1 MiB, Kafka's default maximum record size, so no
/// record the platform carries is refused. A UPER CPM is a few kB at most (255
/// objects: ~9 kB); a full XER CPM is ~0.3-1 MB of text. The limit bounds the
/// parser's work and memory on garbage.
pub const MAX_PAYLOAD_BYTES: usize = 1024 * 1024;

#[cfg(feature = "xer")]
/// Deepest XML nesting accepted in XER. The deepest path of a CPM (message,
/// payload, container list, open type, object list, classification, shapes) is
/// about 20 elements; 64 leaves room for extensions of later versions.
const MAX_XER_DEPTH: usize = 64;
/// ETSI `MessageId` of a CPM (TS 102 894-2: 14 = cpm).
const CPM_MESSAGE_ID: u8 = 14;
/// `protocolVersion` of the TR 103 562 draft CPM.
const CPM_V1: u8 = 1;
/// `protocolVersion` of a TS 103 324 v2.1.1 CPM.
const CPM_V2: u8 = 2;
/// StationType roadSideUnit: the only type a v2 CPM expresses (by its RSU container).
const STATION_TYPE_RSU: u32 = 15;
/// StationType unknown: what a v2 CPM without RSU container is decoded as.
const STATION_TYPE_UNKNOWN: u32 = 0;
/// Wgs84AngleConfidence / AngleConfidence / SpeedConfidence "unavailable".
const CONFIDENCE_127_UNAVAILABLE: u8 = 127;
/// CoordinateConfidence "unavailable" (z has no confidence field in the protobuf).
const COORDINATE_CONFIDENCE_UNAVAILABLE: u16 = 4096;
/// v1 TimestampIts travels as generationDeltaTime = TimestampIts mod 2^16.
const GENERATION_DELTA_TIME_MODULUS: u64 = 1 << 16;

/// Decodes the CPM in a [`CitsMessage`] and fills `source_uuid`, `provider` and
/// the trace from the wrapper. The wrapper's `kind` must be CPM. For a v1 CPM
/// the 16-bit generationDeltaTime is widened to the TimestampIts nearest to the
/// wrapper's `send_time_ms`.
pub fn decode_cpm(msg: &CitsMessage) -> Result<Cpm> {
    if msg.kind != MessageKind::Cpm as i32 {
        return Err(Error::NotCpmKind { kind: msg.kind });
    }
    let encoding = Encoding::try_from(msg.encoding).map_err(|_| Error::UnsupportedEncoding {
        encoding: msg.encoding,
    })?;
    let mut cpm = decode_cpm_payload(&msg.payload, encoding)?;
    if cpm.protocol_version == u32::from(CPM_V1) && msg.send_time_ms != 0 {
        cpm.reference_time = widen_generation_delta_time(cpm.reference_time, msg.send_time_ms);
    }
    cpm.source_uuid.clone_from(&msg.uuid);
    cpm.provider.clone_from(&msg.provider);
    cpm.trace.clone_from(&msg.trace);
    Ok(cpm)
}

/// Decodes one ETSI CPM (ItsPduHeader included) in the given encoding.
pub fn decode_cpm_payload(payload: &[u8], encoding: Encoding) -> Result<Cpm> {
    if payload.len() > MAX_PAYLOAD_BYTES {
        return Err(Error::PayloadTooLarge {
            len: payload.len(),
            max: MAX_PAYLOAD_BYTES,
        });
    }
    let codec = Codec::new(encoding)?;
    let (protocol_version, message_id) = codec.peek_header(payload)?;
    if message_id != CPM_MESSAGE_ID {
        return Err(Error::NotCpm { message_id });
    }
    match protocol_version {
        CPM_V2 => decode_v2(
            &codec.decode::<v2::CollectivePerceptionMessage>(payload)?,
            codec,
        ),
        #[cfg(feature = "cpm-v1")]
        CPM_V1 => Ok(decode_v1(&codec.decode::<v1::CPM>(payload)?)),
        other => Err(Error::UnsupportedCpmVersion {
            protocol_version: other,
        }),
    }
}

/// Encodes a [`Cpm`] as an ETSI TS 103 324 v2.1.1 CPM (`protocol_version` must
/// be 2). Fields outside their ETSI range are an error, never clamped, so
/// whatever is encoded decodes to the same `Cpm` (`source_uuid`, `provider` and
/// `trace` are not part of the ETSI message).
pub fn encode_cpm(cpm: &Cpm, encoding: Encoding) -> Result<Vec<u8>> {
    let codec = Codec::new(encoding)?;
    if cpm.protocol_version != u32::from(CPM_V2) {
        return Err(Error::CpmEncode {
            reason: format!(
                "only CPM v2 can be encoded, protocol_version is {}",
                cpm.protocol_version
            ),
        });
    }
    let parts = encode_v2(cpm, codec)?;
    match codec {
        Codec::Uper => codec.encode(&v2::CollectivePerceptionMessage::new(
            parts.header,
            v2::CpmPayload::new(
                parts.management,
                v2::ConstraintWrappedCpmContainers(v2::WrappedCpmContainers(
                    parts
                        .containers
                        .into_iter()
                        .map(|(id, data)| {
                            v2::WrappedCpmContainer::new(id, rasn::types::Any::new(data))
                        })
                        .collect(),
                )),
            ),
        )),
        #[cfg(feature = "xer")]
        Codec::Xer => xer_document(&parts),
    }
}

/// A v2 CPM before its containers are wrapped: each container's bytes are
/// already encoded with the message's own encoding rules (open types).
struct CpmParts {
    header: cdd2::ItsPduHeader,
    management: v2::ManagementContainer,
    containers: Vec<(v2::CpmContainerId, Vec<u8>)>,
}

#[cfg(feature = "xer")]
/// Writes the XER document of a v2 CPM.
///
/// rasn 0.28's XER encoder cannot write an open type (`Any`): it rejects every
/// value as "must not contain XML prolog" because its XML reader always reports
/// a document start. So the outer SEQUENCEs are written here, each around the
/// element content rasn produces for the typed parts; an open type's value is
/// the XER of its actual type, as X.693 specifies and as rasn's decoder reads it.
fn xer_document(parts: &CpmParts) -> Result<Vec<u8>> {
    let header_xml = Codec::Xer.encode(&parts.header)?;
    let header = xer_content(&header_xml)?;
    let management_xml = Codec::Xer.encode(&parts.management)?;
    let management = xer_content(&management_xml)?;
    let mut xml = String::with_capacity(
        256 + parts
            .containers
            .iter()
            .map(|(_, data)| data.len() + 96)
            .sum::<usize>(),
    );
    xml.push_str("<CollectivePerceptionMessage><header>");
    xml.push_str(header);
    xml.push_str("</header><payload><managementContainer>");
    xml.push_str(management);
    xml.push_str("</managementContainer><cpmContainers>");
    for (id, data) in &parts.containers {
        let data = std::str::from_utf8(data).map_err(|e| Error::CpmEncode {
            reason: format!("XER of container {} is not UTF-8: {e}", id.0),
        })?;
        xml.push_str("<WrappedCpmContainer><containerId>");
        xml.push_str(&id.0.to_string());
        xml.push_str("</containerId><containerData>");
        xml.push_str(data);
        xml.push_str("</containerData></WrappedCpmContainer>");
    }
    xml.push_str("</cpmContainers></payload></CollectivePerceptionMessage>");
    Ok(xml.into_bytes())
}

#[cfg(feature = "xer")]
/// The content of the root element of an XER document rasn wrote
/// (`<Type>content</Type>` or `<Type />`).
fn xer_content(document: &[u8]) -> Result<&str> {
    let text = std::str::from_utf8(document).map_err(|e| Error::CpmEncode {
        reason: format!("XER is not UTF-8: {e}"),
    })?;
    let malformed = || Error::CpmEncode {
        reason: format!("unexpected XER from rasn: {text:?}"),
    };
    let open_end = text.find('>').ok_or_else(malformed)?;
    if text.get(..open_end).is_some_and(|open| open.ends_with('/')) {
        return Ok("");
    }
    let close_start = text.rfind("</").ok_or_else(malformed)?;
    text.get(open_end + 1..close_start).ok_or_else(malformed)
}

// ------------------------------------------------------------------ codec --

/// The ASN.1 encoding rules of one payload.
#[derive(Clone, Copy, Debug)]
enum Codec {
    Uper,
    #[cfg(feature = "xer")]
    Xer,
}

impl Codec {
    fn new(encoding: Encoding) -> Result<Self> {
        match encoding {
            Encoding::Uper => Ok(Self::Uper),
            #[cfg(feature = "xer")]
            Encoding::Xer => Ok(Self::Xer),
            #[cfg(not(feature = "xer"))]
            Encoding::Xer => Err(Error::UnsupportedEncoding {
                encoding: encoding as i32,
            }),
            Encoding::Unspecified => Err(Error::UnsupportedEncoding {
                encoding: encoding as i32,
            }),
        }
    }

    fn name(self) -> &'static str {
        match self {
            Self::Uper => "UPER",
            #[cfg(feature = "xer")]
            Self::Xer => "XER",
        }
    }

    fn decode<T: rasn::Decode>(self, bytes: &[u8]) -> Result<T> {
        let decoded = match self {
            Self::Uper => rasn::uper::decode::<T>(bytes),
            #[cfg(feature = "xer")]
            Self::Xer => rasn::xer::decode::<T>(bytes),
        };
        decoded.map_err(|e| Error::CpmDecode {
            encoding: self.name(),
            reason: e.to_string(),
        })
    }

    fn encode<T: rasn::Encode>(self, value: &T) -> Result<Vec<u8>> {
        let encoded = match self {
            Self::Uper => rasn::uper::encode(value),
            #[cfg(feature = "xer")]
            Self::Xer => rasn::xer::encode(value),
        };
        encoded.map_err(|e| Error::CpmEncode {
            reason: format!("{}: {e}", self.name()),
        })
    }

    /// `(protocolVersion, messageId)` of the ItsPduHeader, read before the full
    /// decode so a foreign message (a CAM, a DENM) gets a precise error.
    fn peek_header(self, payload: &[u8]) -> Result<(u8, u8)> {
        match self {
            // Both header versions start with two unconstrained-offset 8-bit
            // integers (protocolVersion 0..255, messageId 0..255).
            Self::Uper => match payload {
                [protocol_version, message_id, ..] => Ok((*protocol_version, *message_id)),
                _ => Err(Error::CpmDecode {
                    encoding: self.name(),
                    reason: format!("{} bytes are too short for an ItsPduHeader", payload.len()),
                }),
            },
            #[cfg(feature = "xer")]
            Self::Xer => {
                let text = std::str::from_utf8(payload).map_err(|e| Error::CpmDecode {
                    encoding: self.name(),
                    reason: format!("not UTF-8: {e}"),
                })?;
                check_xml_depth(payload)?;
                let protocol_version = xer_header_field(text, &["protocolVersion"])?;
                // CDD 1.3.1 spells it messageID, CDD 2.2.1 messageId.
                let message_id = xer_header_field(text, &["messageId", "messageID"])?;
                Ok((protocol_version, message_id))
            }
        }
    }
}

#[cfg(feature = "xer")]
/// Rejects XML nested deeper than [`MAX_XER_DEPTH`] before rasn's XML parser
/// sees it: that parser's work grows with the square of the nesting depth
/// (50 000 nested elements, 150 kB, took minutes), so depth is a DoS vector.
/// The scan is conservative: text that only looks like markup (inside a
/// comment, say) can count as deeper, never as shallower, than it is.
fn check_xml_depth(xml: &[u8]) -> Result<()> {
    let too_deep = || Error::CpmDecode {
        encoding: "XER",
        reason: format!("XML nested deeper than {MAX_XER_DEPTH} elements"),
    };
    let mut depth: usize = 0;
    let mut bytes = xml.iter().copied().peekable();
    while let Some(byte) = bytes.next() {
        if byte != b'<' {
            continue;
        }
        let closing = bytes.next_if_eq(&b'/').is_some();
        let declaration = !closing && bytes.next_if(|b| *b == b'?' || *b == b'!').is_some();
        // Walk to the end of the tag, skipping quoted attribute values.
        let mut quote = None;
        let mut previous = b'<';
        for b in bytes.by_ref() {
            match quote {
                Some(q) if b == q => quote = None,
                Some(_) => {}
                None if b == b'"' || b == b'\'' => quote = Some(b),
                None if b == b'>' => break,
                None => {}
            }
            if !b.is_ascii_whitespace() {
                previous = b;
            }
        }
        if closing {
            depth = depth.saturating_sub(1);
        } else if !declaration && previous != b'/' {
            depth += 1;
            if depth > MAX_XER_DEPTH {
                return Err(too_deep());
            }
        }
    }
    Ok(())
}

#[cfg(feature = "xer")]
/// The integer content of the first `<name>` element of an XER text.
fn xer_header_field(text: &str, names: &[&'static str]) -> Result<u8> {
    let missing = || Error::CpmDecode {
        encoding: "XER",
        reason: format!("no <{}> in the ItsPduHeader", names.join("> or <")),
    };
    let (name, start) = names
        .iter()
        .find_map(|name| {
            let open = format!("<{name}>");
            text.find(&open).map(|at| (*name, at + open.len()))
        })
        .ok_or_else(missing)?;
    let rest = text.get(start..).ok_or_else(missing)?;
    let content = rest.split('<').next().unwrap_or_default().trim();
    content.parse::<u8>().map_err(|e| Error::CpmDecode {
        encoding: "XER",
        reason: format!("<{name}> is {content:?}: {e}"),
    })
}

/// The TimestampIts whose low 16 bits are `generation_delta_time` and that is
/// nearest to `send_time_unix_ms` (the CPM was generated at most ~32 s away).
fn widen_generation_delta_time(generation_delta_time: u64, send_time_unix_ms: u64) -> u64 {
    let send_its =
        crate::geo::unix_ms_to_its_time(i64::try_from(send_time_unix_ms).unwrap_or(i64::MAX));
    let modulus = GENERATION_DELTA_TIME_MODULUS;
    let base = send_its - send_its % modulus + generation_delta_time % modulus;
    [
        base.checked_sub(modulus),
        Some(base),
        base.checked_add(modulus),
    ]
    .into_iter()
    .flatten()
    .min_by_key(|candidate| candidate.abs_diff(send_its))
    .unwrap_or(base)
}

// ------------------------------------------------------------- v2 decode --

fn decode_v2(message: &v2::CollectivePerceptionMessage, codec: Codec) -> Result<Cpm> {
    let management = &message.payload.management_container;
    let mut cpm = Cpm {
        protocol_version: u32::from(message.header.protocol_version.0),
        station_id: message.header.station_id.0,
        reference_time: management.reference_time.0,
        station_type: STATION_TYPE_UNKNOWN,
        reference_position: Some(reference_position_v2(&management.reference_position)),
        ..Cpm::default()
    };
    let mut seen = [false; 17];
    for container in &message.payload.cpm_containers.0 .0 {
        let id = container.container_id.0;
        let slot = seen
            .get_mut(usize::from(id))
            .ok_or_else(|| Error::CpmContent {
                reason: format!("container id {id} is out of range 1..16"),
            })?;
        if std::mem::replace(slot, true) {
            return Err(Error::CpmContent {
                reason: format!("container id {id} occurs twice"),
            });
        }
        let data = container.container_data.as_bytes();
        match container.container_id {
            v2::ORIGINATING_VEHICLE_CONTAINER => {
                let vehicle: v2_origin::OriginatingVehicleContainer = codec.decode(data)?;
                cpm.orientation_angle = Some(u32::from(vehicle.orientation_angle.value.0));
            }
            v2::ORIGINATING_RSU_CONTAINER => {
                let _: v2_origin::OriginatingRsuContainer = codec.decode(data)?;
                cpm.station_type = STATION_TYPE_RSU;
            }
            v2::SENSOR_INFORMATION_CONTAINER => {
                let sensors: v2_sensors::SensorInformationContainer = codec.decode(data)?;
                cpm.sensors = sensors.0.iter().map(sensor_v2).collect();
            }
            v2::PERCEIVED_OBJECT_CONTAINER => {
                let objects: v2_objects::PerceivedObjectContainer = codec.decode(data)?;
                cpm.objects = objects
                    .perceived_objects
                    .0
                    .iter()
                    .enumerate()
                    .map(|(index, object)| perceived_object_v2(index, object))
                    .collect::<Result<_>>()?;
            }
            // Perception regions and containers of later versions carry nothing we map.
            _ => {}
        }
    }
    if cpm.station_type == STATION_TYPE_RSU && cpm.orientation_angle.is_some() {
        return Err(Error::CpmContent {
            reason: "both an originating vehicle and an originating RSU container".into(),
        });
    }
    Ok(cpm)
}

fn reference_position_v2(position: &cdd2::ReferencePosition) -> ReferencePosition {
    let ellipse = &position.position_confidence_ellipse;
    ReferencePosition {
        latitude: position.latitude.0,
        longitude: position.longitude.0,
        altitude: position.altitude.altitude_value.0,
        semi_major_confidence: u32::from(ellipse.semi_major_confidence.0),
        semi_minor_confidence: u32::from(ellipse.semi_minor_confidence.0),
        semi_major_orientation: u32::from(ellipse.semi_major_orientation.0),
    }
}

fn sensor_v2(sensor: &v2_sensors::SensorInformation) -> SensorInformation {
    let mut out = SensorInformation {
        sensor_id: u32::from(sensor.sensor_id.0),
        sensor_type: u32::from(sensor.sensor_type.0),
        ..SensorInformation::default()
    };
    match &sensor.perception_region_shape {
        Some(cdd2::Shape::radial(radial)) => {
            out.opening_angle_start = Some(u32::from(radial.horizontal_opening_angle_start.0));
            out.opening_angle_end = Some(u32::from(radial.horizontal_opening_angle_end.0));
            out.range = Some(u32::from(radial.range.0));
        }
        Some(cdd2::Shape::circular(circle)) => out.range = Some(u32::from(circle.radius.0)),
        _ => {}
    }
    out
}

fn perceived_object_v2(index: usize, object: &cdd2::PerceivedObject) -> Result<PerceivedObject> {
    // The protobuf (and every later stage) keys objects by id: an object the
    // sender did not identify cannot be tracked, so the message is rejected
    // (to the dead-letter topic) rather than the object silently dropped.
    let object_id = object.object_id.as_ref().ok_or_else(|| Error::CpmContent {
        reason: format!("perceived object #{index} has no objectId"),
    })?;
    let position = &object.position;
    let (x_velocity, y_velocity) = match &object.velocity {
        Some(cdd2::Velocity3dWithConfidence::cartesianVelocity(v)) => (
            Some(i32::from(v.x_velocity.value.0)),
            Some(i32::from(v.y_velocity.value.0)),
        ),
        Some(cdd2::Velocity3dWithConfidence::polarVelocity(polar)) => {
            let (x, y) = polar_to_cartesian(
                polar.velocity_magnitude.speed_value.0,
                polar.velocity_direction.value.0,
            );
            (Some(x), Some(y))
        }
        _ => (None, None),
    };
    Ok(PerceivedObject {
        object_id: u32::from(object_id.0),
        measurement_delta_time: i32::from(object.measurement_delta_time.0),
        x_coordinate: position.x_coordinate.value.0,
        y_coordinate: position.y_coordinate.value.0,
        z_coordinate: position.z_coordinate.as_ref().map(|z| z.value.0),
        x_confidence: u32::from(position.x_coordinate.confidence.0),
        y_confidence: u32::from(position.y_coordinate.confidence.0),
        x_velocity,
        y_velocity,
        heading: object.angles.as_ref().map(|a| u32::from(a.z_angle.value.0)),
        // objectAge is constrained to 0..2047 by the CPM, so never negative.
        object_age: object
            .object_age
            .as_ref()
            .map(|age| u32::from(age.0.unsigned_abs())),
        perception_quality: object
            .object_perception_quality
            .as_ref()
            .map(|q| u32::from(q.0)),
        sensor_ids: object
            .sensor_id_list
            .as_ref()
            .map(|ids| ids.0.iter().map(|id| u32::from(id.0)).collect())
            .unwrap_or_default(),
        classification: object
            .classification
            .as_ref()
            .map(|classes| classes.0.iter().map(classification_v2).collect())
            .unwrap_or_default(),
    })
}

/// x/y components (0.01 m/s) of a polar velocity: magnitude in 0.01 m/s, the
/// direction a CartesianAngleValue in 0.1 degree from the x axis towards y.
fn polar_to_cartesian(magnitude: u16, direction: u16) -> (i32, i32) {
    let angle = (f64::from(direction) / 10.0).to_radians();
    let speed = f64::from(magnitude);
    // |component| <= 16383, so the rounded value always fits an i32.
    #[allow(clippy::cast_possible_truncation)]
    let round = |v: f64| v.round() as i32;
    (round(speed * angle.cos()), round(speed * angle.sin()))
}

fn classification_v2(class: &cdd2::ObjectClassWithConfidence) -> ObjectClassification {
    let (class_kind, sub_class) = match &class.object_class {
        cdd2::ObjectClass::vehicleSubClass(kind) => (1, u32::from(kind.0)),
        cdd2::ObjectClass::vruSubClass(vru) => (
            2,
            match vru {
                cdd2::VruProfileAndSubprofile::pedestrian(_) => 1,
                cdd2::VruProfileAndSubprofile::bicyclistAndLightVruVehicle(_) => 2,
                cdd2::VruProfileAndSubprofile::motorcyclist(_) => 3,
                cdd2::VruProfileAndSubprofile::animal(_) => 4,
                _ => 0,
            },
        ),
        cdd2::ObjectClass::groupSubClass(group) => (3, u32::from(group.cluster_cardinality_size.0)),
        cdd2::ObjectClass::otherSubClass(other) => (4, u32::from(other.0)),
        _ => (0, 0),
    };
    ObjectClassification {
        class_kind,
        sub_class,
        confidence: u32::from(class.confidence.0),
    }
}

// ------------------------------------------------------------- v1 decode --

#[cfg(feature = "cpm-v1")]
fn decode_v1(message: &v1::CPM) -> Cpm {
    let parameters = &message.cpm.cpm_parameters;
    let management = &parameters.management_container;
    let orientation_angle = match &parameters.station_data_container {
        Some(v1::StationDataContainer::originatingVehicleContainer(vehicle)) => Some(
            vehicle
                .vehicle_orientation_angle
                .as_ref()
                .map_or(vehicle.heading.heading_value.0, |angle| angle.value.0),
        ),
        _ => None,
    };
    Cpm {
        protocol_version: u32::from(message.header.protocol_version),
        station_id: message.header.station_id.0,
        reference_time: u64::from(message.cpm.generation_delta_time.0),
        station_type: u32::from(management.station_type.0),
        reference_position: Some(reference_position_v1(&management.reference_position)),
        orientation_angle: orientation_angle.map(u32::from),
        sensors: parameters
            .sensor_information_container
            .as_ref()
            .map(|sensors| sensors.0.iter().map(sensor_v1).collect())
            .unwrap_or_default(),
        objects: parameters
            .perceived_object_container
            .as_ref()
            .map(|objects| objects.0.iter().map(perceived_object_v1).collect())
            .unwrap_or_default(),
        ..Cpm::default()
    }
}

#[cfg(feature = "cpm-v1")]
fn reference_position_v1(position: &cdd1::ReferencePosition) -> ReferencePosition {
    let ellipse = &position.position_confidence_ellipse;
    ReferencePosition {
        latitude: position.latitude.0,
        longitude: position.longitude.0,
        altitude: position.altitude.altitude_value.0,
        semi_major_confidence: u32::from(ellipse.semi_major_confidence.0),
        semi_minor_confidence: u32::from(ellipse.semi_minor_confidence.0),
        semi_major_orientation: u32::from(ellipse.semi_major_orientation.0),
    }
}

#[cfg(feature = "cpm-v1")]
fn sensor_v1(sensor: &v1::SensorInformation) -> SensorInformation {
    let mut out = SensorInformation {
        sensor_id: u32::from(sensor.sensor_id.0),
        sensor_type: u32::from(sensor.r_type.0),
        ..SensorInformation::default()
    };
    match &sensor.detection_area {
        v1::DetectionArea::stationarySensorRadial(radial) => {
            out.opening_angle_start = Some(u32::from(
                radial.stationary_horizontal_opening_angle_start.0,
            ));
            out.opening_angle_end =
                Some(u32::from(radial.stationary_horizontal_opening_angle_end.0));
            out.range = Some(u32::from(radial.range.0));
        }
        v1::DetectionArea::vehicleSensor(vehicle) => {
            if let Some(first) = vehicle.vehicle_sensor_property_list.0.first() {
                out.opening_angle_start = Some(u32::from(first.horizontal_opening_angle_start.0));
                out.opening_angle_end = Some(u32::from(first.horizontal_opening_angle_end.0));
                out.range = Some(u32::from(first.range.0));
            }
        }
        v1::DetectionArea::stationarySensorCircular(circle) => {
            out.range = Some(u32::from(circle.radius.0));
        }
        _ => {}
    }
    out
}

#[cfg(feature = "cpm-v1")]
fn perceived_object_v1(object: &v1::PerceivedObject) -> PerceivedObject {
    PerceivedObject {
        object_id: u32::from(object.object_id.0),
        measurement_delta_time: i32::from(object.time_of_measurement.0),
        x_coordinate: object.x_distance.value.0,
        y_coordinate: object.y_distance.value.0,
        z_coordinate: object.z_distance.as_ref().map(|z| z.value.0),
        x_confidence: u32::from(object.x_distance.confidence.0),
        y_confidence: u32::from(object.y_distance.confidence.0),
        x_velocity: Some(i32::from(object.x_speed.value.0)),
        y_velocity: Some(i32::from(object.y_speed.value.0)),
        heading: object.yaw_angle.as_ref().map(|a| u32::from(a.value.0)),
        object_age: object.object_age.as_ref().map(|age| u32::from(age.0)),
        perception_quality: Some(u32::from(object.object_confidence.0)),
        sensor_ids: object
            .sensor_idlist
            .as_ref()
            .map(|ids| ids.0.iter().map(|id| u32::from(id.0)).collect())
            .unwrap_or_default(),
        classification: object
            .classification
            .as_ref()
            .map(|classes| classes.0.iter().map(classification_v1).collect())
            .unwrap_or_default(),
    }
}

#[cfg(feature = "cpm-v1")]
fn classification_v1(class: &v1::ObjectClass) -> ObjectClassification {
    let (class_kind, sub_class) = match &class.class {
        v1::ObjectClassClass::vehicle(c) => (1, c.r_type.0),
        v1::ObjectClassClass::person(c) => (2, c.r_type.0),
        v1::ObjectClassClass::animal(c) => (3, c.r_type.0),
        v1::ObjectClassClass::other(c) => (4, c.r_type.0),
    };
    ObjectClassification {
        class_kind,
        sub_class: u32::from(sub_class),
        confidence: u32::from(class.confidence.0),
    }
}

// ------------------------------------------------------------- v2 encode --

/// Converts `value` into `T` when it lies in the ETSI range `min..=max` of `field`.
fn ranged<T: TryFrom<i64>>(value: impl Into<i64>, min: i64, max: i64, field: &str) -> Result<T> {
    let value = value.into();
    if !(min..=max).contains(&value) {
        return Err(Error::CpmEncode {
            reason: format!("{field} = {value} is outside the ETSI range {min}..={max}"),
        });
    }
    T::try_from(value).map_err(|_| Error::CpmEncode {
        reason: format!("{field} = {value} does not fit its ASN.1 type"),
    })
}

fn encode_v2(cpm: &Cpm, codec: Codec) -> Result<CpmParts> {
    let header = cdd2::ItsPduHeader::new(
        cdd2::OrdinalNumber1B(CPM_V2),
        cdd2::MessageId(CPM_MESSAGE_ID),
        cdd2::StationId(cpm.station_id),
    );
    let reference_time = ranged::<u64>(
        i64::try_from(cpm.reference_time).unwrap_or(i64::MAX),
        0,
        4_398_046_511_103,
        "reference_time",
    )?;
    let position = cpm.reference_position.unwrap_or_default();
    let reference_position = cdd2::ReferencePosition::new(
        cdd2::Latitude(ranged(
            position.latitude,
            -900_000_000,
            900_000_001,
            "latitude",
        )?),
        cdd2::Longitude(ranged(
            position.longitude,
            -1_800_000_000,
            1_800_000_001,
            "longitude",
        )?),
        cdd2::PosConfidenceEllipse::new(
            cdd2::SemiAxisLength(ranged(
                position.semi_major_confidence,
                0,
                4095,
                "semi_major_confidence",
            )?),
            cdd2::SemiAxisLength(ranged(
                position.semi_minor_confidence,
                0,
                4095,
                "semi_minor_confidence",
            )?),
            cdd2::HeadingValue(ranged(
                position.semi_major_orientation,
                0,
                3601,
                "semi_major_orientation",
            )?),
        ),
        cdd2::Altitude::new(
            cdd2::AltitudeValue(ranged(position.altitude, -100_000, 800_001, "altitude")?),
            cdd2::AltitudeConfidence::unavailable,
        ),
    );
    let management = v2::ManagementContainer::new(
        cdd2::TimestampIts(reference_time),
        reference_position,
        None,
        None,
    );

    let mut containers = Vec::new();
    let mut wrap = |id: v2::CpmContainerId, bytes: Vec<u8>| containers.push((id, bytes));
    match (cpm.station_type, cpm.orientation_angle) {
        (STATION_TYPE_RSU, None) => wrap(
            v2::ORIGINATING_RSU_CONTAINER,
            codec.encode(&v2_origin::OriginatingRsuContainer::new(None))?,
        ),
        (STATION_TYPE_UNKNOWN, Some(angle)) => {
            let vehicle = v2_origin::OriginatingVehicleContainer::new(
                cdd2::Wgs84Angle::new(
                    cdd2::Wgs84AngleValue(ranged(angle, 0, 3601, "orientation_angle")?),
                    cdd2::Wgs84AngleConfidence(CONFIDENCE_127_UNAVAILABLE),
                ),
                None,
                None,
                None,
            );
            wrap(v2::ORIGINATING_VEHICLE_CONTAINER, codec.encode(&vehicle)?);
        }
        (STATION_TYPE_UNKNOWN, None) => {}
        (station_type, angle) => {
            return Err(Error::CpmEncode {
                reason: format!(
                    "a v2 CPM expresses station_type only as 15 (RSU container, no \
                     orientation) or 0 (with or without orientation), got {station_type} \
                     with orientation {angle:?}"
                ),
            });
        }
    }
    if !cpm.sensors.is_empty() {
        let sensors = cpm
            .sensors
            .iter()
            .map(encode_sensor_v2)
            .collect::<Result<Vec<_>>>()?;
        ranged::<u8>(
            i64::try_from(sensors.len()).unwrap_or(i64::MAX),
            1,
            128,
            "sensor count",
        )?;
        wrap(
            v2::SENSOR_INFORMATION_CONTAINER,
            codec.encode(&v2_sensors::SensorInformationContainer(sensors))?,
        );
    }
    let count: u8 = ranged(
        i64::try_from(cpm.objects.len()).unwrap_or(i64::MAX),
        0,
        255,
        "object count",
    )?;
    let objects = cpm
        .objects
        .iter()
        .map(encode_object_v2)
        .collect::<Result<Vec<_>>>()?;
    // Always sent, even empty: a CPM needs at least one container, and
    // "0 objects perceived" is information too.
    wrap(
        v2::PERCEIVED_OBJECT_CONTAINER,
        codec.encode(&v2_objects::PerceivedObjectContainer::new(
            cdd2::CardinalNumber1B(count),
            v2_objects::PerceivedObjects(objects),
        ))?,
    );
    Ok(CpmParts {
        header,
        management,
        containers,
    })
}

fn encode_sensor_v2(sensor: &SensorInformation) -> Result<v2_sensors::SensorInformation> {
    let shape = match (
        sensor.opening_angle_start,
        sensor.opening_angle_end,
        sensor.range,
    ) {
        (None, None, None) => None,
        (Some(start), Some(end), Some(range)) => Some(cdd2::Shape::radial(cdd2::RadialShape::new(
            None,
            cdd2::StandardLength12b(ranged(range, 0, 4095, "sensor range")?),
            cdd2::CartesianAngleValue(ranged(start, 0, 3601, "opening_angle_start")?),
            cdd2::CartesianAngleValue(ranged(end, 0, 3601, "opening_angle_end")?),
            None,
            None,
        ))),
        (None, None, Some(range)) => Some(cdd2::Shape::circular(cdd2::CircularShape::new(
            None,
            cdd2::StandardLength12b(ranged(range, 0, 4095, "sensor range")?),
            None,
        ))),
        _ => {
            return Err(Error::CpmEncode {
                reason: format!(
                    "sensor {}: opening angles need both ends and a range",
                    sensor.sensor_id
                ),
            })
        }
    };
    Ok(v2_sensors::SensorInformation::new(
        cdd2::Identifier1B(ranged(sensor.sensor_id, 0, 255, "sensor_id")?),
        cdd2::SensorType(ranged(sensor.sensor_type, 0, 31, "sensor_type")?),
        shape,
        None,
        false,
    ))
}

fn coordinate(
    value: i32,
    confidence: u32,
    field: &str,
) -> Result<cdd2::CartesianCoordinateWithConfidence> {
    Ok(cdd2::CartesianCoordinateWithConfidence::new(
        cdd2::CartesianCoordinateLarge(ranged(value, -131_072, 131_071, field)?),
        cdd2::CoordinateConfidence(ranged(confidence, 1, 4096, field)?),
    ))
}

fn encode_object_v2(object: &PerceivedObject) -> Result<cdd2::PerceivedObject> {
    let position = cdd2::CartesianPosition3dWithConfidence::new(
        coordinate(object.x_coordinate, object.x_confidence, "x_coordinate")?,
        coordinate(object.y_coordinate, object.y_confidence, "y_coordinate")?,
        object
            .z_coordinate
            .map(|z| {
                coordinate(
                    z,
                    u32::from(COORDINATE_CONFIDENCE_UNAVAILABLE),
                    "z_coordinate",
                )
            })
            .transpose()?,
    );
    let component = |value: i32, field: &str| -> Result<cdd2::VelocityComponent> {
        Ok(cdd2::VelocityComponent::new(
            cdd2::VelocityComponentValue(ranged(value, -16_383, 16_383, field)?),
            cdd2::SpeedConfidence(CONFIDENCE_127_UNAVAILABLE),
        ))
    };
    let velocity = match (object.x_velocity, object.y_velocity) {
        (None, None) => None,
        (Some(x), Some(y)) => Some(cdd2::Velocity3dWithConfidence::cartesianVelocity(
            cdd2::VelocityCartesian::new(
                component(x, "x_velocity")?,
                component(y, "y_velocity")?,
                None,
            ),
        )),
        _ => {
            return Err(Error::CpmEncode {
                reason: format!("object {}: velocity needs both x and y", object.object_id),
            })
        }
    };
    let angles = object
        .heading
        .map(|heading| -> Result<_> {
            Ok(cdd2::EulerAnglesWithConfidence::new(
                cdd2::CartesianAngle::new(
                    cdd2::CartesianAngleValue(ranged(heading, 0, 3601, "heading")?),
                    cdd2::AngleConfidence(CONFIDENCE_127_UNAVAILABLE),
                ),
                None,
                None,
            ))
        })
        .transpose()?;
    let sensor_ids = if object.sensor_ids.is_empty() {
        None
    } else {
        ranged::<u8>(
            i64::try_from(object.sensor_ids.len()).unwrap_or(i64::MAX),
            1,
            128,
            "sensor_ids count",
        )?;
        Some(cdd2::SequenceOfIdentifier1B(
            object
                .sensor_ids
                .iter()
                .map(|&id| Ok(cdd2::Identifier1B(ranged(id, 0, 255, "sensor_ids")?)))
                .collect::<Result<_>>()?,
        ))
    };
    let classification = if object.classification.is_empty() {
        None
    } else {
        ranged::<u8>(
            i64::try_from(object.classification.len()).unwrap_or(i64::MAX),
            1,
            8,
            "classification count",
        )?;
        Some(cdd2::ObjectClassDescription(
            object
                .classification
                .iter()
                .map(encode_class_v2)
                .collect::<Result<_>>()?,
        ))
    };
    Ok(cdd2::PerceivedObject::new(
        Some(cdd2::Identifier2B(ranged(
            object.object_id,
            0,
            65_535,
            "object_id",
        )?)),
        cdd2::DeltaTimeMilliSecondSigned(ranged(
            object.measurement_delta_time,
            -2048,
            2047,
            "measurement_delta_time",
        )?),
        position,
        velocity,
        None,
        angles,
        None,
        None,
        None,
        None,
        None,
        object
            .object_age
            .map(|age| {
                Ok(cdd2::DeltaTimeMilliSecondSigned(ranged(
                    age,
                    0,
                    2047,
                    "object_age",
                )?))
            })
            .transpose()?,
        object
            .perception_quality
            .map(|q| {
                Ok(cdd2::ObjectPerceptionQuality(ranged(
                    q,
                    0,
                    15,
                    "perception_quality",
                )?))
            })
            .transpose()?,
        sensor_ids,
        classification,
        None,
    ))
}

fn encode_class_v2(class: &ObjectClassification) -> Result<cdd2::ObjectClassWithConfidence> {
    let object_class = match class.class_kind {
        1 => cdd2::ObjectClass::vehicleSubClass(cdd2::TrafficParticipantType(ranged(
            class.sub_class,
            0,
            14,
            "vehicle sub_class",
        )?)),
        2 => cdd2::ObjectClass::vruSubClass(match class.sub_class {
            1 => cdd2::VruProfileAndSubprofile::pedestrian(cdd2::VruSubProfilePedestrian(0)),
            2 => cdd2::VruProfileAndSubprofile::bicyclistAndLightVruVehicle(
                cdd2::VruSubProfileBicyclist(0),
            ),
            3 => cdd2::VruProfileAndSubprofile::motorcyclist(cdd2::VruSubProfileMotorcyclist(0)),
            4 => cdd2::VruProfileAndSubprofile::animal(cdd2::VruSubProfileAnimal(0)),
            other => {
                return Err(Error::CpmEncode {
                    reason: format!("vru sub_class = {other} is outside 1..=4"),
                })
            }
        }),
        3 => cdd2::ObjectClass::groupSubClass(cdd2::VruClusterInformation::new(
            None,
            None,
            cdd2::CardinalNumber1B(ranged(class.sub_class, 0, 255, "group sub_class")?),
            None,
        )),
        4 => cdd2::ObjectClass::otherSubClass(cdd2::OtherSubClass(ranged(
            class.sub_class,
            0,
            255,
            "other sub_class",
        )?)),
        other => {
            return Err(Error::CpmEncode {
                reason: format!("class_kind = {other} is outside 1..=4"),
            })
        }
    };
    Ok(cdd2::ObjectClassWithConfidence::new(
        object_class,
        cdd2::ConfidenceLevel(ranged(class.confidence, 1, 101, "class confidence")?),
    ))
}

#[cfg(test)]
mod tests {
    #[cfg(feature = "cpm-v1")]
    use cits_etsi::cam_1_4_1::cam_pdu_descriptions::GenerationDeltaTime;

    use super::*;

    #[cfg(feature = "cpm-v1")]
    /// A TR 103 562 (v1) CPM from an RSU with one radial sensor and one pedestrian.
    fn v1_message() -> v1::CPM {
        let position = cdd1::ReferencePosition::new(
            cdd1::Latitude(477_000_000),
            cdd1::Longitude(130_000_000),
            cdd1::PosConfidenceEllipse::new(
                cdd1::SemiAxisLength(300),
                cdd1::SemiAxisLength(200),
                cdd1::HeadingValue(450),
            ),
            cdd1::Altitude::new(
                cdd1::AltitudeValue(42_000),
                cdd1::AltitudeConfidence::unavailable,
            ),
        );
        let sensor = v1::SensorInformation::new(
            v1::Identifier(1),
            v1::SensorType(3),
            v1::DetectionArea::stationarySensorRadial(v1::AreaRadial::new(
                v1::Range(500),
                v1::WGS84AngleValue(10),
                v1::WGS84AngleValue(900),
                None,
                None,
                None,
                None,
            )),
            None,
        );
        let distance = |value, confidence| {
            v1::ObjectDistanceWithConfidence::new(
                v1::DistanceValue(value),
                v1::DistanceConfidence(confidence),
            )
        };
        let speed = |value| {
            v1::SpeedExtended::new(v1::SpeedValueExtended(value), cdd1::SpeedConfidence(127))
        };
        let pedestrian = v1::ObjectClass::new(
            v1::ClassConfidence(70),
            v1::ObjectClassClass::person(v1::PersonSubclass::new(
                v1::PersonSubclassType(1),
                v1::ClassConfidence(70),
            )),
        );
        let object = v1::PerceivedObject::new(
            v1::Identifier(9),
            Some(v1::SensorIdList(vec![v1::Identifier(1)])),
            v1::TimeOfMeasurement(-40),
            Some(v1::ObjectAge(700)),
            v1::ObjectConfidence(80),
            distance(-1234, 20),
            distance(567, 102),
            None,
            speed(150),
            speed(-20),
            None,
            None,
            None,
            None,
            Some(v1::CartesianAngle::new(
                v1::CartesianAngleValue(1800),
                v1::AngleConfidence(127),
            )),
            None,
            None,
            None,
            v1::ObjectRefPoint(0),
            None,
            Some(v1::ObjectClassDescription(vec![pedestrian])),
            None,
        );
        let parameters = v1::CpmParameters::new(
            v1::CpmManagementContainer::new(cdd1::StationType(15), None, position),
            None,
            Some(v1::SensorInformationContainer(vec![sensor])),
            Some(v1::PerceivedObjectContainer(vec![object])),
            None,
            v1::NumberOfPerceivedObjects(1),
        );
        v1::CPM::new(
            cdd1::ItsPduHeader::new(CPM_V1, CPM_MESSAGE_ID, cdd1::StationID(77)),
            v1::CollectivePerceptionMessage::new(GenerationDeltaTime(4242), parameters),
        )
    }

    #[cfg(feature = "cpm-v1")]
    /// What [`v1_message`] decodes to: raw v1 codes, reference time = generationDeltaTime.
    fn v1_expected() -> Cpm {
        Cpm {
            protocol_version: 1,
            station_id: 77,
            reference_time: 4242,
            station_type: 15,
            reference_position: Some(ReferencePosition {
                latitude: 477_000_000,
                longitude: 130_000_000,
                altitude: 42_000,
                semi_major_confidence: 300,
                semi_minor_confidence: 200,
                semi_major_orientation: 450,
            }),
            orientation_angle: None,
            sensors: vec![SensorInformation {
                sensor_id: 1,
                sensor_type: 3,
                opening_angle_start: Some(10),
                opening_angle_end: Some(900),
                range: Some(500),
            }],
            objects: vec![PerceivedObject {
                object_id: 9,
                measurement_delta_time: -40,
                x_coordinate: -1234,
                y_coordinate: 567,
                z_coordinate: None,
                x_confidence: 20,
                y_confidence: 102,
                x_velocity: Some(150),
                y_velocity: Some(-20),
                heading: Some(1800),
                object_age: Some(700),
                perception_quality: Some(80),
                sensor_ids: vec![1],
                classification: vec![ObjectClassification {
                    class_kind: 2,
                    sub_class: 1,
                    confidence: 70,
                }],
            }],
            ..Cpm::default()
        }
    }

    fn v2_cpm(objects: usize) -> Cpm {
        Cpm {
            protocol_version: 2,
            station_id: 1001,
            reference_time: 700_000_000_000,
            station_type: STATION_TYPE_RSU,
            reference_position: Some(ReferencePosition {
                latitude: 477_000_000,
                longitude: 130_000_000,
                altitude: 800_001,
                semi_major_confidence: 4095,
                semi_minor_confidence: 4095,
                semi_major_orientation: 3601,
            }),
            objects: (0..objects)
                .map(|i| PerceivedObject {
                    object_id: u32::try_from(i).unwrap_or_default(),
                    measurement_delta_time: -10,
                    x_coordinate: 100,
                    y_coordinate: -200,
                    x_confidence: 10,
                    y_confidence: 10,
                    x_velocity: Some(50),
                    y_velocity: Some(0),
                    heading: Some(900),
                    object_age: Some(100),
                    perception_quality: Some(10),
                    sensor_ids: vec![1, 2],
                    classification: vec![ObjectClassification {
                        class_kind: 1,
                        sub_class: 5,
                        confidence: 90,
                    }],
                    ..PerceivedObject::default()
                })
                .collect(),
            ..Cpm::default()
        }
    }

    fn decoded(bytes: &[u8], encoding: Encoding) -> Cpm {
        match decode_cpm_payload(bytes, encoding) {
            Ok(cpm) => cpm,
            Err(e) => panic!("{encoding:?} CPM did not decode: {e}"),
        }
    }

    fn encoded(cpm: &Cpm, encoding: Encoding) -> Vec<u8> {
        match encode_cpm(cpm, encoding) {
            Ok(bytes) => bytes,
            Err(e) => panic!("{encoding:?} CPM did not encode: {e}"),
        }
    }

    #[cfg(feature = "cpm-v1")]
    #[test]
    fn v1_cpm_decodes_from_uper_and_xer() {
        let message = v1_message();
        let uper = rasn::uper::encode(&message).expect("valid v1 CPM");
        assert_eq!(decoded(&uper, Encoding::Uper), v1_expected());
        let xer = rasn::xer::encode(&message).expect("valid v1 CPM");
        assert_eq!(decoded(&xer, Encoding::Xer), v1_expected());
    }

    #[cfg(feature = "cpm-v1")]
    #[test]
    fn v1_reference_time_is_widened_with_the_send_time() {
        // A TimestampIts whose low 16 bits are just below the wrap, sent 20 ms later
        // (after the wrap): the nearest candidate is the original time.
        let reference_its: u64 = 700_000_000_000 - 700_000_000_000 % 65_536 + 65_530;
        let send_unix_ms = crate::geo::its_time_to_unix_ms(reference_its + 20);
        let mut message = v1_message();
        message.cpm.generation_delta_time =
            GenerationDeltaTime(u16::try_from(reference_its % 65_536).unwrap_or(0));
        let wrapper = CitsMessage {
            uuid: "u-1".into(),
            provider: "test".into(),
            send_time_ms: u64::try_from(send_unix_ms).unwrap_or(0),
            kind: MessageKind::Cpm as i32,
            encoding: Encoding::Uper as i32,
            payload: rasn::uper::encode(&message).expect("valid v1 CPM"),
            ..CitsMessage::default()
        };
        let cpm = decode_cpm(&wrapper).expect("valid v1 CPM");
        assert_eq!(cpm.reference_time, reference_its);
        assert_eq!(
            (cpm.source_uuid.as_str(), cpm.provider.as_str()),
            ("u-1", "test")
        );
        // A reference time just after the wrap, sent from just before it.
        let after_wrap = reference_its + 10;
        let early_send = crate::geo::its_time_to_unix_ms(after_wrap - 30);
        assert_eq!(
            widen_generation_delta_time(after_wrap % 65_536, early_send.unsigned_abs()),
            after_wrap
        );
    }

    #[test]
    fn empty_object_list_decodes_to_no_objects() {
        for encoding in [Encoding::Uper, Encoding::Xer] {
            let cpm = v2_cpm(0);
            let back = decoded(&encoded(&cpm, encoding), encoding);
            assert!(back.objects.is_empty());
            assert_eq!(back, cpm);
        }
    }

    #[test]
    fn full_object_list_roundtrips() {
        for encoding in [Encoding::Uper, Encoding::Xer] {
            let cpm = v2_cpm(255);
            let bytes = encoded(&cpm, encoding);
            assert!(
                bytes.len() <= MAX_PAYLOAD_BYTES,
                "{encoding:?}: {} bytes",
                bytes.len()
            );
            assert_eq!(decoded(&bytes, encoding), cpm);
        }
        assert!(encode_cpm(&v2_cpm(256), Encoding::Uper).is_err());
    }

    #[test]
    fn another_message_id_is_not_a_cpm() {
        let mut uper = encoded(&v2_cpm(1), Encoding::Uper);
        if let Some(id) = uper.get_mut(1) {
            *id = 2; // CAM
        }
        assert!(matches!(
            decode_cpm_payload(&uper, Encoding::Uper),
            Err(Error::NotCpm { message_id: 2 })
        ));
        let xer = String::from_utf8(encoded(&v2_cpm(1), Encoding::Xer)).expect("XER is text");
        let cam = xer.replacen("<messageId>14</messageId>", "<messageId>2</messageId>", 1);
        assert_ne!(cam, xer);
        assert!(matches!(
            decode_cpm_payload(cam.as_bytes(), Encoding::Xer),
            Err(Error::NotCpm { message_id: 2 })
        ));
    }

    #[test]
    fn unknown_protocol_version_is_rejected() {
        let mut uper = encoded(&v2_cpm(1), Encoding::Uper);
        if let Some(version) = uper.first_mut() {
            *version = 3;
        }
        assert!(matches!(
            decode_cpm_payload(&uper, Encoding::Uper),
            Err(Error::UnsupportedCpmVersion {
                protocol_version: 3
            })
        ));
    }

    #[test]
    fn hostile_inputs_are_typed_errors() {
        let oversized = vec![0u8; MAX_PAYLOAD_BYTES + 1];
        assert!(matches!(
            decode_cpm_payload(&oversized, Encoding::Uper),
            Err(Error::PayloadTooLarge { .. })
        ));
        assert!(matches!(
            decode_cpm_payload(&[], Encoding::Uper),
            Err(Error::CpmDecode { .. })
        ));
        assert!(matches!(
            decode_cpm_payload(&[2], Encoding::Uper),
            Err(Error::CpmDecode { .. })
        ));
        assert!(matches!(
            decode_cpm_payload(&[2, 14, 0xff], Encoding::Uper),
            Err(Error::CpmDecode { .. })
        ));
        assert!(matches!(
            decode_cpm_payload(&[0xff, 0xfe], Encoding::Xer),
            Err(Error::CpmDecode { .. })
        ));
        assert!(matches!(
            decode_cpm_payload(b"<CPM>", Encoding::Xer),
            Err(Error::CpmDecode { .. })
        ));
        let deep = format!(
            "<protocolVersion>2</protocolVersion><messageId>14</messageId>{}",
            "<a>".repeat(50_000)
        );
        assert!(decode_cpm_payload(deep.as_bytes(), Encoding::Xer).is_err());
        assert!(matches!(
            decode_cpm_payload(&[2, 14], Encoding::Unspecified),
            Err(Error::UnsupportedEncoding { .. })
        ));
        let wrong_kind = CitsMessage {
            kind: MessageKind::Denm as i32,
            encoding: Encoding::Uper as i32,
            payload: encoded(&v2_cpm(1), Encoding::Uper),
            ..CitsMessage::default()
        };
        assert!(matches!(
            decode_cpm(&wrong_kind),
            Err(Error::NotCpmKind { .. })
        ));
    }

    #[test]
    fn object_without_id_is_rejected() {
        let cpm = v2_cpm(1);
        let Ok(mut parts) = encode_v2(&cpm, Codec::Uper) else {
            panic!("valid CPM");
        };
        let objects = v2_objects::PerceivedObjectContainer::new(
            cdd2::CardinalNumber1B(1),
            v2_objects::PerceivedObjects(vec![cdd2::PerceivedObject::new(
                None,
                cdd2::DeltaTimeMilliSecondSigned(0),
                cdd2::CartesianPosition3dWithConfidence::new(
                    coordinate(0, 1, "x").expect("in range"),
                    coordinate(0, 1, "y").expect("in range"),
                    None,
                ),
                None,
                None,
                None,
                None,
                None,
                None,
                None,
                None,
                None,
                None,
                None,
                None,
                None,
            )]),
        );
        parts
            .containers
            .retain(|(id, _)| *id != v2::PERCEIVED_OBJECT_CONTAINER);
        parts.containers.push((
            v2::PERCEIVED_OBJECT_CONTAINER,
            rasn::uper::encode(&objects).expect("valid"),
        ));
        let message = v2::CollectivePerceptionMessage::new(
            parts.header,
            v2::CpmPayload::new(
                parts.management,
                v2::ConstraintWrappedCpmContainers(v2::WrappedCpmContainers(
                    parts
                        .containers
                        .into_iter()
                        .map(|(id, data)| {
                            v2::WrappedCpmContainer::new(id, rasn::types::Any::new(data))
                        })
                        .collect(),
                )),
            ),
        );
        let bytes = rasn::uper::encode(&message).expect("valid");
        assert!(matches!(
            decode_cpm_payload(&bytes, Encoding::Uper),
            Err(Error::CpmContent { .. })
        ));
    }

    #[test]
    fn polar_velocity_becomes_components() {
        assert_eq!(polar_to_cartesian(1000, 0), (1000, 0));
        assert_eq!(polar_to_cartesian(1000, 900), (0, 1000));
        assert_eq!(polar_to_cartesian(1000, 1800), (-1000, 0));
    }
}
