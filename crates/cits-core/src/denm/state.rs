//! The DENM sender's state as changelog records: explicit protobuf messages (the codec
//! the stage messages already use), one record per risk id (its open lifecycle and/or
//! when it was cancelled) and one per originating station (next sequence number and the
//! sequence numbers still reserved). Field numbers are the format: never reuse one.

use super::Situation;
use super::{ActionId, DenmEvent, DenmKind, EventLocation, Lifecycle, PathPoint, PredictedPath};
use crate::geo::Wgs84;
use crate::{Error, Result};

/// Prefix of a station's state key, followed by the decimal station id. Risk ids start
/// with their site's decimal station id, so they never begin with it.
pub const STATION_KEY_PREFIX: &str = "cits.denm.station/";

/// State of one risk id.
#[derive(Clone, PartialEq, prost::Message)]
pub struct RiskEntry {
    /// The open lifecycle, if any.
    #[prost(message, optional, tag = "1")]
    pub lifecycle: Option<LifecycleEntry>,
    /// Event time of its cancellation, Unix ms, while it is remembered.
    #[prost(int64, optional, tag = "2")]
    pub cancelled_at_ms: Option<i64>,
}

/// An open lifecycle.
#[derive(Clone, PartialEq, prost::Message)]
pub struct LifecycleEntry {
    /// actionId originatingStationId.
    #[prost(uint32, tag = "1")]
    pub station_id: u32,
    /// actionId sequenceNumber.
    #[prost(uint32, tag = "2")]
    pub sequence: u32,
    /// Timestamp of the last record handled, Unix ms.
    #[prost(int64, tag = "3")]
    pub last_record_ms: i64,
    /// The last DENM sent.
    #[prost(message, optional, tag = "4")]
    pub last: Option<DenmEntry>,
}

/// A [`DenmEvent`] without its risk id (the record's key).
#[derive(Clone, PartialEq, prost::Message)]
pub struct DenmEntry {
    /// 0 new, 1 update, 2 cancel.
    #[prost(uint32, tag = "1")]
    pub kind: u32,
    /// detectionTime, Unix ms.
    #[prost(int64, tag = "2")]
    pub detection_ms: i64,
    /// referenceTime, Unix ms.
    #[prost(int64, tag = "3")]
    pub reference_ms: i64,
    /// validityDuration, s.
    #[prost(uint32, tag = "4")]
    pub validity_s: u32,
    /// eventPosition.
    #[prost(message, optional, tag = "5")]
    pub event_position: Option<Position>,
    /// awarenessDistance code.
    #[prost(uint32, optional, tag = "6")]
    pub awareness_distance: Option<u32>,
    /// trafficDirection code.
    #[prost(uint32, optional, tag = "7")]
    pub traffic_direction: Option<u32>,
    /// Situation container.
    #[prost(message, optional, tag = "8")]
    pub situation: Option<SituationEntry>,
    /// Location container.
    #[prost(message, optional, tag = "9")]
    pub location: Option<LocationEntry>,
    /// timeToCollision, ms.
    #[prost(uint32, optional, tag = "10")]
    pub ttc_ms: Option<u32>,
    /// perceivedPreCrashObject.
    #[prost(message, optional, tag = "11")]
    pub pre_crash_object: Option<PathPointEntry>,
    /// Timestamp of the risk record the DENM was made from, Unix ms.
    #[prost(int64, tag = "12")]
    pub record_ms: i64,
}

/// A WGS84 position.
#[derive(Clone, Copy, PartialEq, prost::Message)]
pub struct Position {
    /// Latitude, degrees.
    #[prost(double, tag = "1")]
    pub lat_deg: f64,
    /// Longitude, degrees.
    #[prost(double, tag = "2")]
    pub lon_deg: f64,
}

/// The situation container.
#[derive(Clone, Copy, PartialEq, prost::Message)]
pub struct SituationEntry {
    /// informationQuality.
    #[prost(uint32, tag = "1")]
    pub information_quality: u32,
    /// causeCode.
    #[prost(uint32, tag = "2")]
    pub cause: u32,
    /// subCauseCode.
    #[prost(uint32, tag = "3")]
    pub sub_cause: u32,
}

/// One point of a predicted path.
#[derive(Clone, Copy, PartialEq, prost::Message)]
pub struct PathPointEntry {
    /// Time after the risk's timestamp, ms.
    #[prost(uint32, tag = "1")]
    pub delta_ms: u32,
    /// Position.
    #[prost(message, optional, tag = "2")]
    pub position: Option<Position>,
    /// 1-sigma uncertainty, m.
    #[prost(double, tag = "3")]
    pub sigma_m: f64,
}

/// One predicted path.
#[derive(Clone, PartialEq, prost::Message)]
pub struct PredictedPathEntry {
    /// Points in time order.
    #[prost(message, repeated, tag = "1")]
    pub points: Vec<PathPointEntry>,
    /// confidenceLevel.
    #[prost(uint32, tag = "2")]
    pub confidence: u32,
}

/// The location container.
#[derive(Clone, PartialEq, prost::Message)]
pub struct LocationEntry {
    /// detectionZonesToEventPosition.
    #[prost(message, repeated, tag = "1")]
    pub trace: Vec<Position>,
    /// predictedPaths.
    #[prost(message, repeated, tag = "2")]
    pub predicted_paths: Vec<PredictedPathEntry>,
}

/// State of one originating station.
#[derive(Clone, PartialEq, prost::Message)]
pub struct StationEntry {
    /// Next sequence number to try.
    #[prost(uint32, optional, tag = "1")]
    pub next_sequence: Option<u32>,
    /// Sequence numbers still reserved.
    #[prost(message, repeated, tag = "2")]
    pub reserved: Vec<Reservation>,
}

/// A reserved sequence number.
#[derive(Clone, Copy, PartialEq, prost::Message)]
pub struct Reservation {
    /// sequenceNumber.
    #[prost(uint32, tag = "1")]
    pub sequence: u32,
    /// Reserved until, Unix ms.
    #[prost(int64, tag = "2")]
    pub until_ms: i64,
}

fn position(p: Wgs84) -> Position {
    Position {
        lat_deg: p.lat_deg,
        lon_deg: p.lon_deg,
    }
}

fn path_point(p: &PathPoint) -> PathPointEntry {
    PathPointEntry {
        delta_ms: p.delta_ms,
        position: Some(position(p.position)),
        sigma_m: p.sigma_m,
    }
}

/// The serialisable form of a lifecycle.
pub(super) fn lifecycle_entry(l: &Lifecycle) -> LifecycleEntry {
    let d = &l.last;
    LifecycleEntry {
        station_id: l.action_id.station_id,
        sequence: u32::from(l.action_id.sequence),
        last_record_ms: l.last_record_ms,
        last: Some(DenmEntry {
            kind: match d.kind {
                DenmKind::New => 0,
                DenmKind::Update => 1,
                DenmKind::Cancel => 2,
            },
            detection_ms: d.detection_ms,
            reference_ms: d.reference_ms,
            validity_s: d.validity_s,
            event_position: Some(position(d.event_position)),
            awareness_distance: d.awareness_distance.map(u32::from),
            traffic_direction: d.traffic_direction.map(u32::from),
            situation: d.situation.map(|s| SituationEntry {
                information_quality: u32::from(s.information_quality),
                cause: u32::from(s.cause),
                sub_cause: u32::from(s.sub_cause),
            }),
            location: d.location.as_ref().map(|l| LocationEntry {
                trace: l.trace.iter().copied().map(position).collect(),
                predicted_paths: l
                    .predicted_paths
                    .iter()
                    .map(|p| PredictedPathEntry {
                        points: p.points.iter().map(path_point).collect(),
                        confidence: u32::from(p.confidence),
                    })
                    .collect(),
            }),
            ttc_ms: d.ttc_ms.map(u32::from),
            pre_crash_object: d.pre_crash_object.as_ref().map(path_point),
            record_ms: d.record_ms,
        }),
    }
}

/// Reads a lifecycle back; `key` is the risk id (for the DENM and for errors).
pub(super) fn lifecycle_from(key: &str, e: LifecycleEntry) -> Result<Lifecycle> {
    let bad = |reason: &str| Error::InvalidState {
        key: key.to_owned(),
        reason: reason.to_owned(),
    };
    let small = |v: u32, what: &str| u8::try_from(v).map_err(|_| bad(what));
    let wgs = |p: Option<Position>| {
        p.map(|p| Wgs84 {
            lat_deg: p.lat_deg,
            lon_deg: p.lon_deg,
        })
        .ok_or_else(|| bad("position missing"))
    };
    let point = |p: &PathPointEntry| -> Result<PathPoint> {
        Ok(PathPoint {
            delta_ms: p.delta_ms,
            position: wgs(p.position)?,
            sigma_m: p.sigma_m,
        })
    };
    let d = e.last.ok_or_else(|| bad("last DENM missing"))?;
    let action_id = ActionId {
        station_id: e.station_id,
        sequence: u16::try_from(e.sequence).map_err(|_| bad("sequence number above 65535"))?,
    };
    let location = match d.location {
        None => None,
        Some(l) => Some(EventLocation {
            trace: l
                .trace
                .into_iter()
                .map(|p| wgs(Some(p)))
                .collect::<Result<_>>()?,
            predicted_paths: l
                .predicted_paths
                .iter()
                .map(|p| {
                    Ok(PredictedPath {
                        points: p.points.iter().map(point).collect::<Result<_>>()?,
                        confidence: small(p.confidence, "confidence above 255")?,
                    })
                })
                .collect::<Result<_>>()?,
        }),
    };
    let last = DenmEvent {
        kind: match d.kind {
            0 => DenmKind::New,
            1 => DenmKind::Update,
            2 => DenmKind::Cancel,
            _ => return Err(bad("unknown DENM kind")),
        },
        action_id,
        risk_id: key.to_owned(),
        detection_ms: d.detection_ms,
        reference_ms: d.reference_ms,
        validity_s: d.validity_s,
        event_position: wgs(d.event_position)?,
        awareness_distance: d
            .awareness_distance
            .map(|v| small(v, "awarenessDistance above 255"))
            .transpose()?,
        traffic_direction: d
            .traffic_direction
            .map(|v| small(v, "trafficDirection above 255"))
            .transpose()?,
        situation: d
            .situation
            .map(|s| {
                Ok::<_, Error>(Situation {
                    information_quality: small(s.information_quality, "quality above 255")?,
                    cause: small(s.cause, "cause above 255")?,
                    sub_cause: small(s.sub_cause, "subCause above 255")?,
                })
            })
            .transpose()?,
        location,
        ttc_ms: d
            .ttc_ms
            .map(|v| u16::try_from(v).map_err(|_| bad("TTC above 65535 ms")))
            .transpose()?,
        pre_crash_object: d.pre_crash_object.as_ref().map(point).transpose()?,
        record_ms: d.record_ms,
    };
    Ok(Lifecycle {
        action_id,
        last_record_ms: e.last_record_ms,
        last,
    })
}
