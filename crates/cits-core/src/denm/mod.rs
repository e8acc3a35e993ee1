//! DENM sender: collision risks (`cits.risks`) → DENM lifecycles (`cits.denm`).
//!
//! # State machine
//! One DENM lifecycle per `risk_id`, on event time (`now_ms` is the caller's event
//! clock: the newest risk timestamp, advanced by wall time):
//! - **ACTIVE, no lifecycle** → **new**: a fresh actionId `{site station, sequence}`,
//!   detectionTime = `detected_ms`, referenceTime = now.
//! - **ACTIVE, lifecycle open** → **update** (same actionId, referenceTime strictly larger
//!   than the last one, detectionTime = the record's timestamp) when the event position
//!   moved ≥ [`POSITION_CHANGE_M`], the TTC changed ≥ [`TTC_CHANGE_MS`], or quality or
//!   subCause changed, and at least [`MIN_MESSAGE_INTERVAL_MS`] passed since the last
//!   message; an unchanged risk is re-sent as an update only every [`REFRESH_INTERVAL_MS`]
//!   so that receivers keep it valid. Everything else is suppressed.
//! - **ENDED, lifecycle open** → **cancel** (termination isCancellation, management
//!   container only, larger referenceTime); the id is remembered as cancelled for
//!   [`TOMBSTONE_MS`], so a duplicate ENDED or a late ACTIVE never resurrects it.
//! - **ENDED, no lifecycle** → nothing (receivers drop terminations for unknown actionIds).
//! - A record not newer than the last one handled for its id (redelivery, reordering) is
//!   a duplicate and changes nothing.
//! - **Expiry**: a lifecycle whose last DENM is past detectionTime + validityDuration is
//!   dropped by [`DenmSender::expire`] **without a cancellation**: receivers have dropped
//!   the DENM at that instant too, so a cancellation would refer to an unknown actionId.
//!   A later ACTIVE for that id starts a new lifecycle with a new actionId.
//!
//! validityDuration is the record's prediction horizon (latest path point, else
//! [`DEFAULT_HORIZON_MS`]) plus [`VALIDITY_MARGIN_MS`], rounded up to whole seconds — not
//! ETSI's 600 s default, which would keep a warning alive minutes after the risk.
//!
//! Sequence numbers count up per station and wrap from 65535 to 0, skipping every number
//! whose last DENM is still valid at receivers (plus [`REUSE_GUARD_MS`] for clock skew).
//! Memory is bounded: [`MAX_LIFECYCLES`] open lifecycles, [`MAX_RESERVED`] reserved
//! sequence numbers and [`MAX_TOMBSTONES`] cancelled ids (the oldest is forgotten first).
//!
//! # State that survives restarts
//! With [`DenmSender::with_change_tracking`] the sender remembers which risk ids and
//! stations changed; [`DenmSender::take_changes`] hands out their serialised state
//! ([`state`]) for the stage's changelog and [`DenmSender::restore`] puts it back, so a
//! restarted sender continues a lifecycle with the same actionId, still cancels it, and
//! never reuses a sequence number that is still valid at receivers.

mod compact;
mod event;
pub mod state;
pub mod uper;

use std::collections::{BTreeMap, BTreeSet, HashMap};

use cits_proto::{CollisionRisk, RiskState};

pub use event::{
    information_quality, standard_length_3b, sub_cause, ttc_ms, ActionId, DenmEvent, DenmKind,
    EventLocation, PathPoint, PredictedPath, Situation, CAUSE_COLLISION_RISK,
    CONFIDENCE_UNAVAILABLE, SUB_CAUSE_CYCLIST, SUB_CAUSE_MOTOR_VEHICLE, SUB_CAUSE_PEDESTRIAN,
    SUB_CAUSE_VULNERABLE_ROAD_USER, TRAFFIC_DIRECTION_ALL, TTC_RANGE_MS,
};
use event::{moved_m, risk_content, RiskContent};

use crate::changes::Changes;
use crate::{Error, Result};

/// Prediction horizon assumed when a risk carries no path points: the predictor's
/// default 16 × 250 ms.
pub const DEFAULT_HORIZON_MS: u32 = 4_000;
/// Added to the horizon for validityDuration: two seconds cover a late detector cycle
/// and transport, yet a stale warning disappears within seconds.
pub const VALIDITY_MARGIN_MS: u32 = 2_000;
/// No two messages of one actionId (new/update) closer than this: ETSI misbehaviour
/// detection (TS 103 759) flags repeats of one event less than 100 ms apart.
pub const MIN_MESSAGE_INTERVAL_MS: i64 = 100;
/// An unchanged risk is re-sent (as an update with a fresh detectionTime) this often, well
/// inside validityDuration, so receivers keep the warning while the risk lasts.
pub const REFRESH_INTERVAL_MS: i64 = 1_000;
/// Event position movement that makes an update: half a metre is below a car's
/// footprint yet above the conflict point's jitter between detector cycles.
pub const POSITION_CHANGE_M: f64 = 0.5;
/// TTC change that makes an update: 0.1 s, one predictor time step's resolution.
pub const TTC_CHANGE_MS: u16 = 100;
/// How long a cancelled risk id is remembered, ms: longer than any redelivery of its
/// records (at-least-once duplicates arrive within seconds).
pub const TOMBSTONE_MS: i64 = 30_000;
/// Extra time before an expired sequence number is reused, ms: receivers judge expiry on
/// their own clocks, which may lag ours.
pub const REUSE_GUARD_MS: i64 = 1_000;
/// Open lifecycles per sender: a site sees at most tens of simultaneous risks; 4,096
/// covers many sites per instance.
pub const MAX_LIFECYCLES: usize = 4_096;
/// Reserved (still valid) sequence numbers: open lifecycles plus recently ended ones.
pub const MAX_RESERVED: usize = 16_384;
/// Remembered cancelled ids.
pub const MAX_TOMBSTONES: usize = 16_384;
/// ETSI stationType of the originator: roadSideUnit.
pub const STATION_TYPE_RSU: u8 = 15;

/// Options of a [`DenmSender`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DenmConfig {
    /// Send subCause 4 (vulnerableRoadUser) instead of 5/6/7, for receivers older than
    /// CDD v2.2.1.
    pub legacy_sub_causes: bool,
}

/// Why a risk record produced no DENM.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Suppressed {
    /// Not newer than the last record handled for its id (redelivery, reordering).
    Duplicate,
    /// Unchanged, and the last message is younger than [`REFRESH_INTERVAL_MS`].
    Unchanged,
    /// Changed, but the last message is younger than [`MIN_MESSAGE_INTERVAL_MS`].
    TooSoon,
    /// ENDED for a risk without an open lifecycle.
    UnknownEnded,
    /// A record for a risk that was already cancelled.
    Cancelled,
    /// An ACTIVE record that is already past its own validity when it arrives.
    Stale,
}

/// What the sender did with one risk record.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    /// A DENM to send.
    Send(DenmEvent),
    /// Nothing to send, and why.
    Suppressed(Suppressed),
}

/// One open DENM lifecycle.
#[derive(Debug, Clone, PartialEq)]
pub struct Lifecycle {
    /// The lifecycle's actionId.
    pub action_id: ActionId,
    /// Timestamp of the last record handled, Unix ms (duplicate detection).
    pub last_record_ms: i64,
    /// The last DENM sent (new or update).
    pub last: DenmEvent,
}

impl Lifecycle {
    /// When receivers drop the last DENM: detectionTime + validityDuration, Unix ms.
    pub fn valid_until_ms(&self) -> i64 {
        valid_until(&self.last)
    }
}

fn valid_until(denm: &DenmEvent) -> i64 {
    denm.detection_ms
        .saturating_add(i64::from(denm.validity_s) * 1_000)
}

/// Counters for the stats line.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DenmCounters {
    /// New DENMs.
    pub new: u64,
    /// Updates.
    pub updates: u64,
    /// Cancellations.
    pub cancels: u64,
    /// Lifecycles dropped at expiry.
    pub expired: u64,
    /// Records that produced nothing.
    pub suppressed: u64,
}

/// The DENM lifecycles of the risks this instance owns. All state is plain data.
#[derive(Debug, Clone, Default)]
pub struct DenmSender {
    config: DenmConfig,
    /// Open lifecycles by risk id.
    open: HashMap<String, Lifecycle>,
    /// Cancelled risk ids → event time of the cancellation, Unix ms.
    cancelled: HashMap<String, i64>,
    /// Sequence numbers in use → until when they are reserved, Unix ms.
    reserved: BTreeMap<ActionId, i64>,
    /// Next sequence number to try, per station.
    next_sequence: HashMap<u32, u16>,
    counters: DenmCounters,
    /// State keys changed since the last [`DenmSender::take_changes`] (risk ids and
    /// station keys); `None` unless change tracking is on.
    changed: Option<Changes<String>>,
}

/// One changed state key and its serialised state (`None`: deleted).
pub type StateChange = (String, Option<Vec<u8>>);

impl DenmSender {
    /// An empty sender.
    pub fn new(config: DenmConfig) -> Self {
        Self {
            config,
            ..Self::default()
        }
    }

    /// Turns on change tracking for [`DenmSender::take_changes`] (a stage with a changelog).
    pub fn with_change_tracking(mut self) -> Self {
        self.changed = Some(Changes::default());
        self
    }

    /// The keys (risk ids, stations) whose state changed since the last call (or
    /// [`DenmSender::take_changes`]), without serialising them.
    pub fn take_changed_keys(&mut self) -> Vec<String> {
        self.changed
            .as_mut()
            .map(Changes::take_fresh)
            .unwrap_or_default()
    }

    /// The risk ids and stations whose state changed since the last call, with their
    /// serialised state ([`state::RiskEntry`] / [`state::StationEntry`], keys
    /// `<risk id>` / [`state::STATION_KEY_PREFIX`]`<station>`), `None` once a risk id is
    /// forgotten. Empty without change tracking.
    pub fn take_changes(&mut self) -> Vec<StateChange> {
        use prost::Message as _;
        let Some(changed) = self.changed.as_mut() else {
            return Vec::new();
        };
        let keys = changed.take();
        keys.into_iter()
            .map(|key| {
                let value = if let Some(station) = station_of_key(&key) {
                    let reserved: Vec<state::Reservation> = self
                        .reserved
                        .range(station_range(station))
                        .map(|(id, until)| state::Reservation {
                            sequence: u32::from(id.sequence),
                            until_ms: *until,
                        })
                        .collect();
                    let next = self.next_sequence.get(&station).copied();
                    (next.is_some() || !reserved.is_empty()).then(|| {
                        state::StationEntry {
                            next_sequence: next.map(u32::from),
                            reserved,
                        }
                        .encode_to_vec()
                    })
                } else {
                    let lifecycle = self.open.get(&key).map(state::lifecycle_entry);
                    let cancelled_at_ms = self.cancelled.get(&key).copied();
                    (lifecycle.is_some() || cancelled_at_ms.is_some()).then(|| {
                        state::RiskEntry {
                            lifecycle,
                            cancelled_at_ms,
                        }
                        .encode_to_vec()
                    })
                };
                (key, value)
            })
            .collect()
    }

    /// Puts back the state of one key written by [`DenmSender::take_changes`]. Bytes
    /// that do not decode or hold out-of-range values are an error and change nothing.
    pub fn restore(&mut self, key: &str, bytes: &[u8]) -> Result<()> {
        use prost::Message as _;
        if let Some(station) = station_of_key(key) {
            let entry = state::StationEntry::decode(bytes).map_err(|source| Error::Protobuf {
                message: "DENM StationEntry",
                source,
            })?;
            let bad = || Error::InvalidState {
                key: key.to_owned(),
                reason: "sequence number above 65535".to_owned(),
            };
            let next = entry
                .next_sequence
                .map(|n| u16::try_from(n).map_err(|_| bad()))
                .transpose()?;
            let reserved = entry
                .reserved
                .iter()
                .map(|r| {
                    let sequence = u16::try_from(r.sequence).map_err(|_| bad())?;
                    Ok((
                        ActionId {
                            station_id: station,
                            sequence,
                        },
                        r.until_ms,
                    ))
                })
                .collect::<Result<Vec<_>>>()?;
            if let Some(next) = next {
                self.next_sequence.insert(station, next);
            }
            for (id, until) in reserved {
                self.reserve(id, until);
            }
        } else {
            let entry = state::RiskEntry::decode(bytes).map_err(|source| Error::Protobuf {
                message: "DENM RiskEntry",
                source,
            })?;
            let lifecycle = entry
                .lifecycle
                .map(|l| state::lifecycle_from(key, l))
                .transpose()?;
            if let Some(lifecycle) = lifecycle {
                self.open.insert(key.to_owned(), lifecycle);
            }
            if let Some(at) = entry.cancelled_at_ms {
                self.cancelled.insert(key.to_owned(), at);
            }
        }
        if let Some(changed) = self.changed.as_mut() {
            // The changelog already holds it (`reserve` above marked the station).
            changed.remove(key);
        }
        Ok(())
    }

    /// Marks a risk id's state as changed.
    fn touch(&mut self, risk_id: &str) {
        if let Some(changed) = self.changed.as_mut() {
            changed.insert(risk_id.to_owned());
        }
    }

    /// Marks a station's state as changed.
    fn touch_station(&mut self, station_id: u32) {
        if let Some(changed) = self.changed.as_mut() {
            changed.insert(format!("{}{station_id}", state::STATION_KEY_PREFIX));
        }
    }

    /// Open lifecycles.
    pub fn open_lifecycles(&self) -> usize {
        self.open.len()
    }

    /// The open lifecycle of a risk, if any.
    pub fn lifecycle(&self, risk_id: &str) -> Option<&Lifecycle> {
        self.open.get(risk_id)
    }

    /// Counters since the start.
    pub fn counters(&self) -> DenmCounters {
        self.counters
    }

    /// Handles one risk record at event time `now_ms`.
    pub fn on_risk(&mut self, risk: &CollisionRisk, now_ms: i64) -> Result<Outcome> {
        let outcome = self.handle(risk, now_ms)?;
        match &outcome {
            Outcome::Send(denm) => match denm.kind {
                DenmKind::New => self.counters.new += 1,
                DenmKind::Update => self.counters.updates += 1,
                DenmKind::Cancel => self.counters.cancels += 1,
            },
            Outcome::Suppressed(_) => self.counters.suppressed += 1,
        }
        Ok(outcome)
    }

    fn handle(&mut self, risk: &CollisionRisk, now_ms: i64) -> Result<Outcome> {
        let invalid = |reason: &str| Error::InvalidRisk {
            risk_id: risk.risk_id.clone(),
            reason: reason.to_owned(),
        };
        if risk.risk_id.is_empty() {
            return Err(invalid("empty risk_id"));
        }
        let station_id: u32 = risk
            .site
            .parse()
            .map_err(|_| invalid("site is not a decimal station id"))?;
        let state = RiskState::try_from(risk.state).unwrap_or(RiskState::Unspecified);
        if self.cancelled.contains_key(&risk.risk_id) {
            return Ok(Outcome::Suppressed(Suppressed::Cancelled));
        }
        if self
            .open
            .get(&risk.risk_id)
            .is_some_and(|l| l.valid_until_ms() <= now_ms)
        {
            // Expired at receivers before `expire` ran: the same as expired.
            self.open.remove(&risk.risk_id);
            self.touch(&risk.risk_id);
            self.counters.expired += 1;
        }
        if let Some(lifecycle) = self.open.get(&risk.risk_id) {
            let newer = risk.timestamp_ms > lifecycle.last_record_ms
                || (state == RiskState::Ended && risk.timestamp_ms == lifecycle.last_record_ms);
            if !newer {
                return Ok(Outcome::Suppressed(Suppressed::Duplicate));
            }
        }
        match state {
            RiskState::Active => {
                let content = risk_content(risk, self.config.legacy_sub_causes)
                    .ok_or_else(|| invalid("ACTIVE without a valid conflict point"))?;
                Ok(self.on_active(risk, station_id, content, now_ms))
            }
            RiskState::Ended => Ok(self.on_ended(risk, now_ms)),
            RiskState::Unspecified => Err(invalid("state unspecified")),
        }
    }

    fn on_active(
        &mut self,
        risk: &CollisionRisk,
        station_id: u32,
        content: RiskContent,
        now_ms: i64,
    ) -> Outcome {
        let horizon_ms = content.horizon_ms.unwrap_or(DEFAULT_HORIZON_MS);
        let validity_s = (horizon_ms.saturating_add(VALIDITY_MARGIN_MS)).div_ceil(1_000);
        let validity_s = validity_s.clamp(1, 86_400);
        let Some(lifecycle) = self.open.get(&risk.risk_id) else {
            let detected = if risk.detected_ms > 0 {
                risk.detected_ms.min(risk.timestamp_ms)
            } else {
                risk.timestamp_ms
            };
            if risk
                .timestamp_ms
                .saturating_add(i64::from(validity_s) * 1_000)
                <= now_ms
            {
                return Outcome::Suppressed(Suppressed::Stale);
            }
            if self.open.len() >= MAX_LIFECYCLES {
                // Full: the oldest lifecycle gives way (it is dropped like an expired one).
                self.drop_oldest();
            }
            let Some(action_id) = self.allocate(station_id, now_ms) else {
                return Outcome::Suppressed(Suppressed::Stale);
            };
            let denm = build(
                DenmKind::New,
                action_id,
                risk,
                content,
                detected,
                now_ms.max(detected),
                validity_s,
            );
            self.reserved
                .insert(action_id, valid_until(&denm) + REUSE_GUARD_MS);
            self.touch_station(station_id);
            self.touch(&risk.risk_id);
            self.open.insert(
                risk.risk_id.clone(),
                Lifecycle {
                    action_id,
                    last_record_ms: risk.timestamp_ms,
                    last: denm.clone(),
                },
            );
            return Outcome::Send(denm);
        };
        let last = &lifecycle.last;
        let reference_ms = now_ms.max(last.reference_ms + 1).max(risk.timestamp_ms);
        let since_ms = reference_ms - last.reference_ms;
        let changed = changed(last, &content);
        let action_id = lifecycle.action_id;
        let suppressed = if changed && since_ms < MIN_MESSAGE_INTERVAL_MS {
            Some(Suppressed::TooSoon)
        } else if !changed && since_ms < REFRESH_INTERVAL_MS {
            Some(Suppressed::Unchanged)
        } else {
            None
        };
        let denm = build(
            DenmKind::Update,
            action_id,
            risk,
            content,
            risk.timestamp_ms,
            reference_ms,
            validity_s,
        );
        let until_ms = valid_until(&denm) + REUSE_GUARD_MS;
        if let Some(lifecycle) = self.open.get_mut(&risk.risk_id) {
            lifecycle.last_record_ms = risk.timestamp_ms;
            if suppressed.is_none() {
                lifecycle.last = denm.clone();
            }
        }
        self.touch(&risk.risk_id);
        if let Some(reason) = suppressed {
            return Outcome::Suppressed(reason);
        }
        self.reserve(action_id, until_ms);
        Outcome::Send(denm)
    }

    fn on_ended(&mut self, risk: &CollisionRisk, now_ms: i64) -> Outcome {
        let Some(lifecycle) = self.open.remove(&risk.risk_id) else {
            return Outcome::Suppressed(Suppressed::UnknownEnded);
        };
        self.touch(&risk.risk_id);
        self.remember_cancelled(risk.risk_id.clone(), risk.timestamp_ms);
        let last = lifecycle.last;
        let detection_ms = risk.timestamp_ms.max(last.detection_ms);
        let denm = DenmEvent {
            kind: DenmKind::Cancel,
            action_id: lifecycle.action_id,
            risk_id: risk.risk_id.clone(),
            detection_ms,
            reference_ms: now_ms.max(last.reference_ms + 1).max(detection_ms),
            validity_s: last.validity_s,
            event_position: last.event_position,
            awareness_distance: None,
            traffic_direction: None,
            situation: None,
            location: None,
            ttc_ms: None,
            pre_crash_object: None,
            record_ms: risk.timestamp_ms,
        };
        self.reserve(lifecycle.action_id, valid_until(&denm) + REUSE_GUARD_MS);
        Outcome::Send(denm)
    }

    /// Drops what is past its validity at event time `now_ms`: open lifecycles (no
    /// cancellation, see the module doc), sequence number reservations and cancelled ids
    /// older than [`TOMBSTONE_MS`]. Returns the number of lifecycles dropped.
    pub fn expire(&mut self, now_ms: i64) -> usize {
        let before = self.open.len();
        let mut touched = Vec::new();
        let tracking = self.changed.is_some();
        self.open.retain(|id, l| {
            let keep = l.valid_until_ms() > now_ms;
            if !keep && tracking {
                touched.push(id.clone());
            }
            keep
        });
        let expired = before - self.open.len();
        self.counters.expired += expired as u64;
        let mut stations = BTreeSet::new();
        self.reserved.retain(|id, until| {
            let keep = *until > now_ms;
            if !keep && tracking {
                stations.insert(id.station_id);
            }
            keep
        });
        self.cancelled.retain(|id, at| {
            let keep = at.saturating_add(TOMBSTONE_MS) > now_ms;
            if !keep && tracking {
                touched.push(id.clone());
            }
            keep
        });
        for id in touched {
            self.touch(&id);
        }
        for station in stations {
            self.touch_station(station);
        }
        expired
    }

    fn reserve(&mut self, action_id: ActionId, until_ms: i64) {
        let entry = self.reserved.entry(action_id).or_insert(until_ms);
        *entry = (*entry).max(until_ms);
        self.touch_station(action_id.station_id);
    }

    /// The next sequence number of `station_id` that is not reserved at `now_ms`.
    fn allocate(&mut self, station_id: u32, now_ms: i64) -> Option<ActionId> {
        if self.reserved.len() >= MAX_RESERVED {
            let before: BTreeSet<u32> = self.reserved.keys().map(|id| id.station_id).collect();
            self.reserved.retain(|_, until| *until > now_ms);
            for station in before {
                self.touch_station(station);
            }
            if self.reserved.len() >= MAX_RESERVED {
                return None;
            }
        }
        let start = self.next_sequence.get(&station_id).copied().unwrap_or(0);
        let mut sequence = start;
        loop {
            let candidate = ActionId {
                station_id,
                sequence,
            };
            let free = self
                .reserved
                .get(&candidate)
                .is_none_or(|until| *until <= now_ms);
            if free {
                self.next_sequence
                    .insert(station_id, sequence.wrapping_add(1));
                self.touch_station(station_id);
                return Some(candidate);
            }
            sequence = sequence.wrapping_add(1);
            if sequence == start {
                return None;
            }
        }
    }

    fn drop_oldest(&mut self) {
        let oldest = self
            .open
            .iter()
            .min_by_key(|(_, l)| l.last.reference_ms)
            .map(|(id, _)| id.clone());
        if let Some(id) = oldest {
            self.open.remove(&id);
            self.touch(&id);
            self.counters.expired += 1;
        }
    }

    fn remember_cancelled(&mut self, risk_id: String, at_ms: i64) {
        if self.cancelled.len() >= MAX_TOMBSTONES {
            let oldest = self
                .cancelled
                .iter()
                .min_by_key(|(_, at)| **at)
                .map(|(id, _)| id.clone());
            if let Some(id) = oldest {
                self.cancelled.remove(&id);
                self.touch(&id);
            }
        }
        self.touch(&risk_id);
        self.cancelled.insert(risk_id, at_ms);
    }
}

/// The station of a station state key.
fn station_of_key(key: &str) -> Option<u32> {
    key.strip_prefix(state::STATION_KEY_PREFIX)?.parse().ok()
}

/// All actionIds of one station.
fn station_range(station_id: u32) -> std::ops::RangeInclusive<ActionId> {
    ActionId {
        station_id,
        sequence: 0,
    }..=ActionId {
        station_id,
        sequence: u16::MAX,
    }
}

fn changed(last: &DenmEvent, content: &RiskContent) -> bool {
    let ttc_changed = match (last.ttc_ms, content.ttc_ms) {
        (Some(a), Some(b)) => a.abs_diff(b) >= TTC_CHANGE_MS,
        (a, b) => a.is_some() != b.is_some(),
    };
    moved_m(last.event_position, content.event_position) >= POSITION_CHANGE_M
        || ttc_changed
        || last.situation != Some(content.situation)
        || last.awareness_distance != Some(content.awareness_distance)
}

fn build(
    kind: DenmKind,
    action_id: ActionId,
    risk: &CollisionRisk,
    content: RiskContent,
    detection_ms: i64,
    reference_ms: i64,
    validity_s: u32,
) -> DenmEvent {
    DenmEvent {
        kind,
        action_id,
        risk_id: risk.risk_id.clone(),
        detection_ms,
        reference_ms,
        validity_s,
        event_position: content.event_position,
        awareness_distance: Some(content.awareness_distance),
        traffic_direction: Some(TRAFFIC_DIRECTION_ALL),
        situation: Some(content.situation),
        location: Some(content.location),
        ttc_ms: content.ttc_ms,
        pre_crash_object: content.pre_crash_object,
        record_ms: risk.timestamp_ms,
    }
}

#[cfg(test)]
mod tests;
