//! The collision detector's state as changelog records: explicit protobuf messages (the
//! codec the stage messages already use), one record per road user (its latest
//! prediction, [`UserState`]) and one per pair track ([`PairState`]: persistence history,
//! calm streak, the active risk, or an ENDED record not sent yet). Field numbers are the
//! format: never reuse one.
//!
//! A user is restored by running its latest prediction through the same validation and
//! conversion as on arrival, in the site frame it was written with, so the restored
//! detector computes bit for bit what the uninterrupted one would.

use cits_proto::{CollisionRisk, Prediction};

use super::{build_user, Active, CollisionDetector, Entry, PairTrack, Site, UserKey};
use crate::geo::{LocalFrame, Wgs84};
use crate::{Error, Result};
use std::collections::HashMap;

/// Prefix of a user's state key.
pub const USER_KEY_PREFIX: &str = "user|";
/// Prefix of a pair track's state key.
pub const PAIR_KEY_PREFIX: &str = "pair|";

/// The latest prediction of one road user and the frame of its site.
#[derive(Clone, PartialEq, prost::Message)]
pub struct UserState {
    /// Latitude of the site frame's reference point, degrees.
    #[prost(double, tag = "1")]
    pub frame_lat_deg: f64,
    /// Longitude of the site frame's reference point, degrees.
    #[prost(double, tag = "2")]
    pub frame_lon_deg: f64,
    /// The prediction as received.
    #[prost(message, optional, tag = "3")]
    pub prediction: Option<Prediction>,
}

/// Identity of a road user in a [`PairState`].
#[derive(Clone, PartialEq, prost::Message)]
pub struct UserRef {
    /// "<station_id>/<object_id>".
    #[prost(string, tag = "1")]
    pub trajectory_key: String,
    /// Session start, Unix ms.
    #[prost(int64, tag = "2")]
    pub session_start_ms: i64,
}

/// One pair track, or the ENDED record of one whose user was evicted by a tick and that
/// has not been sent yet (ticks produce no records; the next prediction's output does).
#[derive(Clone, PartialEq, prost::Message)]
pub struct PairState {
    /// The site.
    #[prost(string, tag = "1")]
    pub site: String,
    /// Latitude of the site frame's reference point, degrees.
    #[prost(double, tag = "2")]
    pub frame_lat_deg: f64,
    /// Longitude of the site frame's reference point, degrees.
    #[prost(double, tag = "3")]
    pub frame_lon_deg: f64,
    /// The vehicle (first of the pair).
    #[prost(message, optional, tag = "4")]
    pub vehicle: Option<UserRef>,
    /// The other road user.
    #[prost(message, optional, tag = "5")]
    pub other: Option<UserRef>,
    /// Alarm bits of the last cycles, newest in bit 0.
    #[prost(uint32, tag = "6")]
    pub history: u32,
    /// Consecutive calm cycles while active.
    #[prost(uint32, tag = "7")]
    pub calm_streak: u32,
    /// The last ACTIVE record of the raised risk, if raised.
    #[prost(message, optional, tag = "8")]
    pub active: Option<CollisionRisk>,
    /// Conflict point of `active` in the site frame, east, m.
    #[prost(double, tag = "9")]
    pub point_east_m: f64,
    /// Conflict point of `active` in the site frame, north, m.
    #[prost(double, tag = "10")]
    pub point_north_m: f64,
    /// An ENDED record still to be sent (then the track itself is gone).
    #[prost(message, optional, tag = "11")]
    pub ended: Option<CollisionRisk>,
}

/// A state key of the detector, before it is rendered as a string.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum StateKey {
    /// A road user of a site.
    User(String, UserKey),
    /// A pair track (or held ENDED record) of a site, vehicle first.
    Pair(String, UserKey, UserKey),
}

impl StateKey {
    /// The changelog key.
    pub(super) fn render(&self) -> String {
        match self {
            StateKey::User(site, u) => format!(
                "{USER_KEY_PREFIX}{site}|{}|{}",
                u.trajectory_key, u.session_start_ms
            ),
            StateKey::Pair(site, v, o) => format!(
                "{PAIR_KEY_PREFIX}{site}|{}|{}|{}|{}",
                v.trajectory_key, v.session_start_ms, o.trajectory_key, o.session_start_ms
            ),
        }
    }

    /// The key of the pair a risk record is about.
    pub(super) fn of_risk(risk: &CollisionRisk) -> Option<Self> {
        let user = |r: &Option<cits_proto::RoadUser>| {
            r.as_ref().map(|r| UserKey {
                trajectory_key: r.trajectory_key.clone(),
                session_start_ms: r.session_start_ms,
            })
        };
        Some(StateKey::Pair(
            risk.site.clone(),
            user(&risk.vehicle)?,
            user(&risk.other)?,
        ))
    }
}

fn user_ref(key: &UserKey) -> UserRef {
    UserRef {
        trajectory_key: key.trajectory_key.clone(),
        session_start_ms: key.session_start_ms,
    }
}

fn user_key(r: Option<UserRef>, key: &str) -> Result<UserKey> {
    let r = r.ok_or_else(|| invalid(key, "pair without both users"))?;
    Ok(UserKey {
        trajectory_key: r.trajectory_key,
        session_start_ms: r.session_start_ms,
    })
}

fn invalid(key: &str, reason: &str) -> Error {
    Error::InvalidState {
        key: key.to_owned(),
        reason: reason.to_owned(),
    }
}

/// A valid frame reference point or an error.
fn frame_of(key: &str, lat_deg: f64, lon_deg: f64) -> Result<LocalFrame> {
    let reference = Wgs84 { lat_deg, lon_deg };
    if reference.is_valid() {
        Ok(LocalFrame::new(reference))
    } else {
        Err(invalid(key, "site frame reference out of range"))
    }
}

impl CollisionDetector {
    /// Turns on change tracking for [`CollisionDetector::take_changes`] (a stage with a
    /// changelog). Users then keep their latest prediction as received.
    pub fn with_change_tracking(mut self) -> Self {
        self.changed = Some(Default::default());
        self
    }

    /// Evicts stale users like [`CollisionDetector::tick`], but holds the ENDED records
    /// (as state, so a restart does not lose them) and returns them at the front of the
    /// next [`CollisionDetector::process`] output: for a shell whose ticks cannot produce
    /// records. Returns how many are held.
    pub fn tick_and_hold(&mut self, watermark_ms: i64) -> usize {
        for risk in self.tick(watermark_ms) {
            if let Some(key) = StateKey::of_risk(&risk) {
                self.mark(key.clone());
                self.held.insert(key, risk);
            }
        }
        self.held.len()
    }

    /// ENDED records held by [`CollisionDetector::tick_and_hold`].
    pub fn held_count(&self) -> usize {
        self.held.len()
    }

    /// Takes the ENDED records held by [`CollisionDetector::tick_and_hold`] out, for a
    /// shell that can produce records after a tick (then none wait for a prediction).
    pub fn take_held(&mut self) -> Vec<CollisionRisk> {
        let held = std::mem::take(&mut self.held);
        let mut out = Vec::with_capacity(held.len());
        for (key, risk) in held {
            self.mark(key);
            out.push(risk);
        }
        out
    }

    /// The keys of the users and pair tracks that changed since the last call (or
    /// [`CollisionDetector::take_changes`]), without serialising them.
    pub fn take_changed_keys(&mut self) -> Vec<String> {
        let keys = self.changed.as_mut().map(|c| c.take_fresh());
        keys.unwrap_or_default()
            .iter()
            .map(StateKey::render)
            .collect()
    }

    /// The users and pair tracks that changed since the last call, with their serialised
    /// state ([`UserState`] / [`PairState`], keys [`USER_KEY_PREFIX`]… /
    /// [`PAIR_KEY_PREFIX`]…), `None` once gone. Empty without change tracking.
    pub fn take_changes(&mut self) -> Vec<crate::assembler::StateChange> {
        use prost::Message as _;
        let Some(changed) = self.changed.as_mut() else {
            return Vec::new();
        };
        let keys = changed.take();
        let mut out = Vec::with_capacity(keys.len());
        for key in keys {
            let value = match &key {
                StateKey::User(site_name, user_key) => {
                    let Some(site) = self.sites.get_mut(site_name) else {
                        out.push((key.render(), None));
                        continue;
                    };
                    let frame = site.frame.reference();
                    let Some(user) = site.users.get_mut(user_key) else {
                        out.push((key.render(), None));
                        continue;
                    };
                    // Without its prediction (cannot happen with tracking on from the start)
                    // the user is not written rather than deleted.
                    let Some(prediction) = user.source.take() else {
                        continue;
                    };
                    // Lent to the record and put back: no second copy per prediction.
                    let mut state = UserState {
                        frame_lat_deg: frame.lat_deg,
                        frame_lon_deg: frame.lon_deg,
                        prediction: Some(prediction),
                    };
                    let bytes = state.encode_to_vec();
                    user.source = state.prediction.take();
                    Some(bytes)
                }
                StateKey::Pair(site_name, v, o) => {
                    let site = self.sites.get(site_name);
                    let track = site.and_then(|s| s.pairs.get(&(v.clone(), o.clone())));
                    let frame = site.map(|s| s.frame.reference());
                    let mut state = PairState {
                        site: site_name.clone(),
                        vehicle: Some(user_ref(v)),
                        other: Some(user_ref(o)),
                        ..PairState::default()
                    };
                    if let (Some(track), Some(frame)) = (track, frame) {
                        state.frame_lat_deg = frame.lat_deg;
                        state.frame_lon_deg = frame.lon_deg;
                        state.history = track.history;
                        state.calm_streak = track.calm_streak;
                        if let Some(active) = &track.active {
                            state.active = Some(active.last.clone());
                            state.point_east_m = active.point[0];
                            state.point_north_m = active.point[1];
                        }
                        Some(state.encode_to_vec())
                    } else if let Some(ended) = self.held.get(&key) {
                        state.ended = Some(ended.clone());
                        Some(state.encode_to_vec())
                    } else {
                        None
                    }
                }
            };
            out.push((key.render(), value));
        }
        out
    }

    /// Puts back the state of one key written by [`CollisionDetector::take_changes`].
    /// Bytes that do not decode, a key that is not the state's own, or a prediction that
    /// would be rejected on arrival are an error and change nothing. The event time the
    /// detector has seen is the newest restored prediction's.
    pub fn restore(&mut self, key: &str, bytes: &[u8]) -> Result<()> {
        use prost::Message as _;
        if key.starts_with(USER_KEY_PREFIX) {
            let state = UserState::decode(bytes).map_err(|source| Error::Protobuf {
                message: "collision detector UserState",
                source,
            })?;
            let prediction = state
                .prediction
                .ok_or_else(|| invalid(key, "user without a prediction"))?;
            let user_key = UserKey {
                trajectory_key: prediction.trajectory_key.clone(),
                session_start_ms: prediction.session_start_ms,
            };
            let site_name = prediction.site.clone();
            let state_key = StateKey::User(site_name.clone(), user_key.clone());
            if state_key.render() != key {
                return Err(invalid(key, "key does not name the prediction's user"));
            }
            let frame = match self.sites.get(&site_name) {
                Some(site) => site.frame,
                None => frame_of(key, state.frame_lat_deg, state.frame_lon_deg)?,
            };
            let mut user = build_user(&prediction, user_key.clone(), &frame)?;
            let ts = user.timestamp_ms;
            if self.changed.is_some() {
                user.source = Some(prediction);
            }
            let site = self.site_mut(&site_name, frame);
            if let Some(old) = site.users.remove(&user_key) {
                site.tree.remove(&Entry::new(old.bounds, user_key.clone()));
                self.by_time
                    .remove(&(old.timestamp_ms, site_name.clone(), user_key.clone()));
            }
            let site = self.site_mut(&site_name, frame);
            site.tree.insert(Entry::new(user.bounds, user_key.clone()));
            site.users.insert(user_key.clone(), user);
            self.by_time.insert((ts, site_name, user_key));
            self.newest_ms = Some(self.newest_ms.map_or(ts, |n| n.max(ts)));
        } else if key.starts_with(PAIR_KEY_PREFIX) {
            let state = PairState::decode(bytes).map_err(|source| Error::Protobuf {
                message: "collision detector PairState",
                source,
            })?;
            let vehicle = user_key(state.vehicle, key)?;
            let other = user_key(state.other, key)?;
            let state_key = StateKey::Pair(state.site.clone(), vehicle.clone(), other.clone());
            if state_key.render() != key {
                return Err(invalid(key, "key does not name the pair's site and users"));
            }
            if let Some(ended) = state.ended {
                self.held.insert(state_key, ended);
                return Ok(());
            }
            let frame = match self.sites.get(&state.site) {
                Some(site) => site.frame,
                None => frame_of(key, state.frame_lat_deg, state.frame_lon_deg)?,
            };
            let mask = if self.cfg.persist_n >= 32 {
                u32::MAX
            } else {
                (1u32 << self.cfg.persist_n) - 1
            };
            let track = PairTrack {
                history: state.history & mask,
                calm_streak: state.calm_streak,
                active: state.active.map(|last| Active {
                    last,
                    point: [state.point_east_m, state.point_north_m],
                }),
            };
            let site = self.site_mut(&state.site, frame);
            if site.pairs.insert((vehicle, other), track).is_none() {
                self.pair_count += 1;
            }
        } else {
            return Err(invalid(key, "not a collision detector state key"));
        }
        Ok(())
    }

    /// The site `name`, created with `frame` if new.
    fn site_mut(&mut self, name: &str, frame: LocalFrame) -> &mut Site {
        self.sites.entry(name.to_owned()).or_insert_with(|| Site {
            frame,
            users: HashMap::new(),
            tree: rstar::RTree::new(),
            pairs: HashMap::new(),
        })
    }

    /// Records that a key's state changed (with change tracking on).
    pub(super) fn mark(&mut self, key: StateKey) {
        if let Some(changed) = self.changed.as_mut() {
            changed.insert(key);
        }
    }
}
