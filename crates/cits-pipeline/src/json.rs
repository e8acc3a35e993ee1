//! Human-readable JSON of the pipeline's outputs (one object per line in the exports).

use base64::Engine as _;
use cits_proto::{
    CollisionRisk, ConflictKind, DeadLetter, GeoPoint, MatchedTrajectory, ObjectClass, Prediction,
    PredictionMethod, RiskState, RoadKind, RoadUser, Trace,
};

use crate::denm::{DenmInfo, DenmKind};
use serde_json::{json, Value};

/// Bytes of a dead letter's original record shown in the export (base64); the rest is
/// only counted. Enough to recognise a message, small enough to keep the file readable.
pub const DLQ_ORIGINAL_PREVIEW_BYTES: usize = 256;

fn point(p: Option<&GeoPoint>) -> Value {
    match p {
        Some(p) => json!({ "lat": p.latitude_deg, "lon": p.longitude_deg }),
        None => Value::Null,
    }
}

fn trace(trace: Option<&Trace>) -> Value {
    let entries = trace.map(|t| t.entries.as_slice()).unwrap_or_default();
    Value::Array(
        entries
            .iter()
            .map(|e| {
                json!({
                    "stage": e.stage,
                    "instance": e.instance,
                    "received_ns": e.received_ns,
                    "sent_ns": e.sent_ns,
                })
            })
            .collect(),
    )
}

/// End-to-end latency of a traced message in ms: from the first entry's send (ingest)
/// to the last entry's send.
pub fn end_to_end_ms(trace: Option<&Trace>) -> Option<f64> {
    let entries = trace?.entries.as_slice();
    let first = entries.first()?.sent_ns;
    let last = entries.last()?.sent_ns;
    Some(last.checked_sub(first)? as f64 / 1e6)
}

/// A matched trajectory as JSON.
pub fn matched(m: &MatchedTrajectory) -> Value {
    json!({
        "trajectory_key": m.trajectory_key,
        "session_start_ms": m.session_start_ms,
        "object_class": ObjectClass::try_from(m.object_class)
            .map(|c| c.as_str_name())
            .unwrap_or("UNKNOWN_VALUE"),
        "owner": m.owner,
        "points": m.points.iter().map(|p| json!({
            "timestamp_ms": p.timestamp_ms,
            "original": point(p.original.as_ref()),
            "matched": point(p.matched.as_ref()),
            "road_kind": RoadKind::try_from(p.road_kind)
                .map(|k| k.as_str_name())
                .unwrap_or("UNKNOWN_VALUE"),
            "segment_id": p.segment_id,
            "offset_m": p.offset_m,
        })).collect::<Vec<_>>(),
        "latency_ms": end_to_end_ms(m.trace.as_ref()),
        "trace": trace(m.trace.as_ref()),
    })
}

/// A prediction as JSON.
pub fn prediction(p: &Prediction) -> Value {
    json!({
        "site": p.site,
        "trajectory_key": p.trajectory_key,
        "session_start_ms": p.session_start_ms,
        "object_class": ObjectClass::try_from(p.object_class)
            .map(|c| c.as_str_name())
            .unwrap_or("UNKNOWN_VALUE"),
        "timestamp_ms": p.timestamp_ms,
        "position": point(p.position.as_ref()),
        "speed_mps": p.speed_mps,
        "heading_deg": p.heading_deg,
        "sigma_m": p.sigma_m,
        "point_count": p.point_count,
        "hypotheses": p.hypotheses.iter().map(|h| json!({
            "probability": h.probability,
            "method": PredictionMethod::try_from(h.method)
                .map(|m| m.as_str_name())
                .unwrap_or("UNKNOWN_VALUE"),
            "road_kind": RoadKind::try_from(h.road_kind)
                .map(|k| k.as_str_name())
                .unwrap_or("UNKNOWN_VALUE"),
            "lanes": h.lanes,
            "points": h.points.iter().map(|q| json!({
                "delta_ms": q.delta_ms,
                "position": point(q.position.as_ref()),
                "sigma_m": q.sigma_m,
            })).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
        "latency_ms": end_to_end_ms(p.trace.as_ref()),
        "trace": trace(p.trace.as_ref()),
    })
}

fn road_user(u: Option<&RoadUser>) -> Value {
    match u {
        Some(u) => json!({
            "trajectory_key": u.trajectory_key,
            "session_start_ms": u.session_start_ms,
            "object_class": ObjectClass::try_from(u.object_class)
                .map(|c| c.as_str_name())
                .unwrap_or("UNKNOWN_VALUE"),
            "path_points": u.path.len(),
        }),
        None => Value::Null,
    }
}

/// A collision risk as JSON (the road users' paths only counted).
pub fn risk(r: &CollisionRisk) -> Value {
    json!({
        "site": r.site,
        "risk_id": r.risk_id,
        "state": RiskState::try_from(r.state)
            .map(|s| s.as_str_name())
            .unwrap_or("UNKNOWN_VALUE"),
        "vehicle": road_user(r.vehicle.as_ref()),
        "other": road_user(r.other.as_ref()),
        "timestamp_ms": r.timestamp_ms,
        "detected_ms": r.detected_ms,
        "conflict_point": point(r.conflict_point.as_ref()),
        "ttc_s": r.ttc_s,
        "pet_s": r.pet_s,
        "probability": r.probability,
        "severity": r.severity,
        "kind": ConflictKind::try_from(r.kind)
            .map(|k| k.as_str_name())
            .unwrap_or("UNKNOWN_VALUE"),
        "latency_ms": end_to_end_ms(r.trace.as_ref()),
        "trace": trace(r.trace.as_ref()),
    })
}

/// A DENM as JSON: what its UPER bytes say, its lifecycle step, and the record (base64).
pub fn denm(key: Option<&[u8]>, d: &DenmInfo, step: DenmKind, record: &[u8]) -> Value {
    let b64 = base64::engine::general_purpose::STANDARD;
    json!({
        "key": key.map(|k| String::from_utf8_lossy(k).into_owned()),
        "step": step.name(),
        "action_id": { "station_id": d.station_id, "sequence_number": d.sequence },
        "detection_time": d.detection_time,
        "reference_time": d.reference_time,
        "termination": d.termination,
        "validity_s": d.validity_s,
        "event_position": { "lat": d.position_deg.0, "lon": d.position_deg.1 },
        "cause_code": d.sub_cause.map(|_| crate::denm::CAUSE_COLLISION_RISK),
        "sub_cause_code": d.sub_cause,
        "information_quality": d.information_quality,
        "record_base64": b64.encode(record),
    })
}

/// A dead letter as JSON; the original record is shown as base64 (first
/// [`DLQ_ORIGINAL_PREVIEW_BYTES`]) plus its length.
pub fn dead_letter(d: &DeadLetter) -> Value {
    let b64 = base64::engine::general_purpose::STANDARD;
    let preview = d
        .original
        .get(..DLQ_ORIGINAL_PREVIEW_BYTES)
        .unwrap_or(&d.original);
    json!({
        "stage": d.stage,
        "instance": d.instance,
        "reason": d.reason,
        "topic": d.topic,
        "partition": d.partition,
        "offset": d.offset,
        "timestamp_ms": d.timestamp_ms,
        "key": d.key.as_ref().map(|k| String::from_utf8_lossy(k).into_owned()),
        "original_bytes": d.original.len(),
        "original_base64": b64.encode(preview),
    })
}
