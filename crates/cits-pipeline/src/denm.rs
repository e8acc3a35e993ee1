//! What the DENMs on `cits.denm` say, for the run summary and the export: each record is
//! a `CitsMessage` (kind DENM) whose payload is a UPER DENM of ETSI TS 103 831 v2.2.1,
//! decoded here with the generated ETSI types (`cits-etsi`), independently of the DENM
//! sender's own bookkeeping.
//!
//! A DENM is a **cancellation** when its management container has `termination`; otherwise
//! it is **new** when its actionId has no open lifecycle (never seen, or cancelled), and an
//! **update** when it has (same actionId, later referenceTime).

use std::collections::HashSet;

use cits_etsi::cdd_2_2_1::etsi_its_cdd::CauseCodeChoice;
use cits_etsi::denm_2_2_1::DENM;
use cits_proto::{CitsMessage, MessageKind};

use crate::error::{Error, Result};

/// The lifecycle step a DENM is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DenmKind {
    /// First DENM of an actionId (or first after its cancellation).
    New,
    /// A later DENM of an open actionId.
    Update,
    /// Termination (cancellation or negation): management container only.
    Cancel,
}

impl DenmKind {
    /// Lower-case name, as in the export.
    pub fn name(self) -> &'static str {
        match self {
            DenmKind::New => "new",
            DenmKind::Update => "update",
            DenmKind::Cancel => "cancel",
        }
    }
}

/// The fields of one DENM the summary and the export show.
#[derive(Debug, Clone, PartialEq)]
pub struct DenmInfo {
    /// actionId: originating station.
    pub station_id: u32,
    /// actionId: sequence number.
    pub sequence: u16,
    /// detectionTime, ms since 2004-01-01 (TimestampIts).
    pub detection_time: u64,
    /// referenceTime, ms since 2004-01-01 (TimestampIts).
    pub reference_time: u64,
    /// Whether the management container carries `termination`.
    pub termination: bool,
    /// validityDuration, s.
    pub validity_s: u32,
    /// Event position, degrees (latitude, longitude).
    pub position_deg: (f64, f64),
    /// Situation: the subCauseCode when the cause is 97 collisionRisk (5 pedestrian,
    /// 6 cyclist, ...); `None` for a cancellation or another cause.
    pub sub_cause: Option<u8>,
    /// Situation: informationQuality 0..7.
    pub information_quality: Option<u8>,
}

/// causeCode 97, collisionRisk.
pub const CAUSE_COLLISION_RISK: u8 = 97;

/// Decodes the DENM carried by a `cits.denm` record's value.
pub fn decode(value: &[u8]) -> Result<DenmInfo> {
    use prost::Message as _;
    let message =
        CitsMessage::decode(value).map_err(|e| Error::Denm(format!("not a CitsMessage: {e}")))?;
    decode_message(&message)
}

/// Decodes the DENM a `CitsMessage` of kind DENM carries.
pub fn decode_message(message: &CitsMessage) -> Result<DenmInfo> {
    if message.kind != MessageKind::Denm as i32 {
        return Err(Error::Denm(format!(
            "a CitsMessage of kind {}, not DENM",
            message.kind
        )));
    }
    let denm: DENM = rasn::uper::decode(&message.payload)
        .map_err(|e| Error::Denm(format!("payload does not decode as a UPER DENM: {e}")))?;
    let m = &denm.denm.management;
    let sub_cause = denm
        .denm
        .situation
        .as_ref()
        .and_then(|s| match &s.event_type.cc_and_scc {
            CauseCodeChoice::collisionRisk97(sub) => Some(sub.0),
            _ => None,
        });
    Ok(DenmInfo {
        station_id: m.action_id.originating_station_id.0,
        sequence: m.action_id.sequence_number.0,
        detection_time: m.detection_time.0,
        reference_time: m.reference_time.0,
        termination: m.termination.is_some(),
        validity_s: m.validity_duration.0,
        position_deg: (
            f64::from(m.event_position.latitude.0) / 1e7,
            f64::from(m.event_position.longitude.0) / 1e7,
        ),
        sub_cause,
        information_quality: denm
            .denm
            .situation
            .as_ref()
            .map(|s| s.information_quality.0),
    })
}

/// Counts DENMs per lifecycle step, following which actionIds are open.
#[derive(Debug, Clone, Default)]
pub struct DenmTally {
    /// actionIds (station, sequence) with an open lifecycle: seen, not cancelled.
    open: HashSet<(u32, u16)>,
    /// New DENMs.
    pub new: u64,
    /// Updates.
    pub update: u64,
    /// Cancellations.
    pub cancel: u64,
}

impl DenmTally {
    /// Classifies and counts one DENM.
    pub fn count(&mut self, denm: &DenmInfo) -> DenmKind {
        let id = (denm.station_id, denm.sequence);
        let kind = if denm.termination {
            self.open.remove(&id);
            DenmKind::Cancel
        } else if self.open.insert(id) {
            DenmKind::New
        } else {
            DenmKind::Update
        };
        match kind {
            DenmKind::New => self.new += 1,
            DenmKind::Update => self.update += 1,
            DenmKind::Cancel => self.cancel += 1,
        }
        kind
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use cits_core::denm::{DenmConfig, DenmSender, Outcome};
    use cits_proto::{CollisionRisk, GeoPoint, ObjectClass, PredictedPoint, RiskState, RoadUser};
    use prost::Message as _;

    const SITE: u32 = 4711;
    const T0: i64 = 1_764_000_000_000;

    /// `n` points 250 ms apart going north from (lat, lon) at about 10 m/s.
    fn path(lat: f64, lon: f64) -> Vec<PredictedPoint> {
        (1..=16u32)
            .map(|i| PredictedPoint {
                delta_ms: i * 250,
                position: Some(GeoPoint {
                    latitude_deg: lat + f64::from(i) * 2.5e-5,
                    longitude_deg: lon,
                }),
                heading_deg: 0.0,
                speed_mps: 10.0,
                sigma_m: 0.5,
            })
            .collect()
    }

    fn risk(ts: i64, state: RiskState, shift_deg: f64) -> CollisionRisk {
        let user = |key: &str, class: ObjectClass| RoadUser {
            trajectory_key: key.into(),
            session_start_ms: T0 - 10_000,
            object_class: class as i32,
            path: path(47.8 + shift_deg, 13.04),
        };
        CollisionRisk {
            site: SITE.to_string(),
            risk_id: "r".into(),
            state: state as i32,
            vehicle: Some(user("4711/1", ObjectClass::Car)),
            other: Some(user("4711/2", ObjectClass::Bicycle)),
            timestamp_ms: ts,
            detected_ms: T0,
            conflict_point: Some(GeoPoint {
                latitude_deg: 47.8 + shift_deg,
                longitude_deg: 13.04,
            }),
            ttc_s: Some(2.0),
            pet_s: Some(0.5),
            probability: 0.5,
            severity: 0.8,
            kind: cits_proto::ConflictKind::Crossing as i32,
            trace: None,
        }
    }

    /// The record the DENM stage writes: the UPER DENM in a `CitsMessage`.
    fn record(outcome: Outcome) -> Vec<u8> {
        let Outcome::Send(denm) = outcome else {
            panic!("expected a DENM: {outcome:?}")
        };
        CitsMessage {
            kind: MessageKind::Denm as i32,
            payload: cits_core::denm::uper::encode(&denm).expect("encode"),
            station_id: SITE,
            ..Default::default()
        }
        .encode_to_vec()
    }

    /// A lifecycle made by the DENM sender (new, updates as the conflict moves, cancel)
    /// is classified from the bytes alone as the sender's counters say.
    #[test]
    fn a_lifecycle_is_classified_from_the_uper_bytes() {
        let mut sender = DenmSender::new(DenmConfig::default());
        let mut records = vec![record(
            sender
                .on_risk(&risk(T0, RiskState::Active, 0.0), T0)
                .unwrap(),
        )];
        for i in 1..=3 {
            let ts = T0 + i * 200;
            let moved = risk(ts, RiskState::Active, i as f64 * 1e-5);
            records.push(record(sender.on_risk(&moved, ts).unwrap()));
        }
        let end = T0 + 1_000;
        records.push(record(
            sender
                .on_risk(&risk(end, RiskState::Ended, 0.0), end)
                .unwrap(),
        ));
        let mut tally = DenmTally::default();
        let kinds: Vec<DenmKind> = records
            .iter()
            .map(|r| tally.count(&decode(r).expect("decodes")))
            .collect();
        use DenmKind::*;
        assert_eq!(kinds, [New, Update, Update, Update, Cancel]);
        let c = sender.counters();
        assert_eq!(
            (tally.new, tally.update, tally.cancel),
            (c.new, c.updates, c.cancels)
        );
        let first = decode(&records[0]).unwrap();
        assert_eq!(first.station_id, SITE);
        assert_eq!(first.sub_cause, Some(6), "collisionRisk with a cyclist");
        let last = decode(&records[4]).unwrap();
        assert!(last.termination && last.sub_cause.is_none());
        assert!(last.reference_time > first.reference_time);
    }

    #[test]
    fn garbage_and_other_kinds_are_errors() {
        assert!(decode(&[0xff; 8]).is_err());
        let cpm = CitsMessage {
            kind: MessageKind::Cpm as i32,
            payload: vec![1, 2, 3],
            ..Default::default()
        };
        assert!(decode(&cpm.encode_to_vec()).is_err());
        let bad = CitsMessage {
            kind: MessageKind::Denm as i32,
            payload: vec![0x55; 3],
            ..Default::default()
        };
        assert!(decode(&bad.encode_to_vec()).is_err());
    }
}
