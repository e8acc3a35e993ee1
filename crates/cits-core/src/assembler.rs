//! Assembler: locations → per-object session windows (event time), emitted as
//! bounded sliding windows.
//!
//! # State machine
//! Per trajectory key there is at most one open session. For a pushed location:
//! - no session for the key → **open** a new session (its `session_start_ms` is this
//!   location's timestamp);
//! - timestamp more than `idle_timeout_ms` after the session's last point → the old
//!   session is **closed** (dropped: concluded trajectories are not needed downstream)
//!   and a new one is opened — this is how reused 8-bit object ids are told apart;
//! - timestamp more than `idle_timeout_ms` before the session's start → the location
//!   belongs to a session that is already gone: [`Error::LateLocation`];
//! - timestamp older than the session's newest point minus `window_ms` → **late, outside
//!   the window**: no update could carry it any more, so it is dropped and counted in
//!   `dropped_points` (the unchanged window is emitted, one output per input);
//! - otherwise → the point is **sorted in** (a point with the same timestamp replaces
//!   the old one; a new timestamp raises `point_count`), points that fell out of the
//!   window are **slid out** from the front, and the session's class/owner follow the
//!   latest location.
//!
//! # Windows
//! An update carries the session's identity (`trajectory_key` + `session_start_ms`), the
//! number of points the session has taken in (`point_count`) and only the points of the
//! last `window_ms` before its newest point (`window_ms` is set in every update), as the
//! thesis' assembler does with its time-based sliding window. So bytes and work per update
//! are constant however long an object stays in view; a consumer tells new points from
//! repeated ones by their timestamps. The window is also all the session keeps: late
//! points are accepted exactly as far back as the window reaches (the late-point
//! tolerance *is* the window), older ones could never be sent.
//!
//! `session_start_ms` is the identity of a session (the matcher keys its cache by it),
//! so it stays the timestamp of the location that opened the session even if a late
//! point sorts in before it.
//!
//! # Limits
//! Memory is bounded: at most `window_ms` of points and at most `max_points` points per
//! session (oldest dropped and counted: a guard against a sender far above 10 Hz), and
//! `max_open_sessions` sessions (the least recently updated is closed).
//! [`Assembler::evict_idle`] closes sessions idle longer than the timeout. Every
//! operation is O(log sessions) plus O(window points) for the sorted insert and the
//! emitted copy.
//!
//! # State that survives restarts
//! With [`Assembler::with_change_tracking`] the assembler remembers which sessions
//! changed; [`Assembler::take_changes`] hands out each one's serialised state (a protobuf
//! [`SessionState`], `None` once closed) for the stage's changelog topic, and
//! [`Assembler::restore`] puts a session back from those bytes, so a restarted stage
//! continues the same sessions (same `session_start_ms`, `point_count`, window).

use std::collections::{BTreeMap, BTreeSet, HashMap, VecDeque};

use cits_proto::{Location, Trace, Trajectory, TrajectoryPoint};

use crate::changes::Changes;
use crate::{Error, Result};

/// Default gap (ms) after which a session is closed: the thesis' 5 s, long enough to
/// bridge short occlusions at 8–10 Hz, short enough to split reused object ids.
pub const DEFAULT_IDLE_TIMEOUT_MS: i64 = 5_000;
/// Default window (ms) an update carries (`CITS_WINDOW_MS`): 10 s of history is more than
/// the map matcher's HMM and a 3–4 s prediction need (heading, speed, turn), and at 10 Hz
/// it is ~100 points, so one update stays below ~7 KB.
pub const DEFAULT_WINDOW_MS: i64 = 10_000;
/// Largest accepted window (ms): a minute is longer than any consumer looks back; beyond
/// it updates grow towards the unbounded whole-session messages the window replaced.
pub const MAX_WINDOW_MS: i64 = 60_000;
/// Default points per window: 256 = 10 s at 25 Hz, 2.5× the 10 Hz a CPM object is
/// reported at; it only bites for a misbehaving sender and keeps an update below ~17 KB.
pub const DEFAULT_MAX_POINTS: usize = 256;
/// Default open sessions: 8-bit object ids give ≤ 256 live objects per station; 1,024
/// covers four busy stations per instance and bounds the worst case to about
/// 1,024 × 256 points × ~64 B ≈ 17 MB.
pub const DEFAULT_MAX_OPEN_SESSIONS: usize = 1_024;

/// Limits and windowing parameters of an [`Assembler`].
#[derive(Debug, Clone, PartialEq)]
pub struct AssemblerConfig {
    /// Gap in event time (ms) after which a session is closed.
    pub idle_timeout_ms: i64,
    /// Width (ms) of the window an update carries and a session keeps, counted back from
    /// the session's newest point.
    pub window_ms: i64,
    /// Points kept per window; older points are dropped and counted.
    pub max_points: usize,
    /// Sessions kept open; beyond it the least recently updated one is closed.
    pub max_open_sessions: usize,
}

impl Default for AssemblerConfig {
    fn default() -> Self {
        Self {
            idle_timeout_ms: DEFAULT_IDLE_TIMEOUT_MS,
            window_ms: DEFAULT_WINDOW_MS,
            max_points: DEFAULT_MAX_POINTS,
            max_open_sessions: DEFAULT_MAX_OPEN_SESSIONS,
        }
    }
}

/// One open session window.
#[derive(Debug)]
struct Session {
    /// Identity of the session: timestamp of the location that opened it.
    session_start_ms: i64,
    /// The window: points sorted by timestamp, unique timestamps, none older than
    /// `last_point_ms - window_ms`.
    points: VecDeque<TrajectoryPoint>,
    /// Points the session has taken in (distinct timestamps), in the window or not.
    point_count: u32,
    /// Points lost before the window aged them out: `max_points` overflow and late
    /// points already outside the window.
    dropped_points: u32,
    /// Class of the latest location (classification can improve over time).
    object_class: i32,
    /// Owner of the latest location.
    owner: String,
    /// Largest timestamp seen: the idle timeout counts from here.
    last_point_ms: i64,
    /// Update counter value of the last push: the LRU order.
    last_update: u64,
}

/// Session-window assembler (see the module docs for the state machine).
#[derive(Debug)]
pub struct Assembler {
    /// The limits.
    cfg: AssemblerConfig,
    /// Open sessions by trajectory key.
    sessions: HashMap<String, Session>,
    /// Keys by last update (counter value): the least recently updated comes first.
    by_update: BTreeMap<u64, String>,
    /// Keys by last point time: the idle eviction walks this from the front.
    by_last_point: BTreeSet<(i64, String)>,
    /// Monotonic counter of pushes, for the LRU order.
    updates: u64,
    /// Largest timestamp pushed so far: a natural watermark for `evict_idle`.
    max_timestamp_ms: Option<i64>,
    /// Sessions closed to stay within `max_open_sessions`.
    evicted_for_capacity: u64,
    /// Keys whose session changed (opened, updated or closed) since the last
    /// [`Assembler::take_changes`]; `None` unless change tracking is on, so a user that
    /// never takes the changes does not collect every key it ever saw.
    changed: Option<Changes<String>>,
}

/// The serialised state of one session in the changelog: everything [`Session`] holds,
/// explicitly, as protobuf (the codec the stage messages already use, so the modules
/// carry no second one). Field numbers are the format: never reuse one.
#[derive(Clone, PartialEq, prost::Message)]
pub struct SessionState {
    /// Identity of the session: timestamp of the location that opened it.
    #[prost(int64, tag = "1")]
    pub session_start_ms: i64,
    /// The window, sorted by timestamp.
    #[prost(message, repeated, tag = "2")]
    pub points: Vec<TrajectoryPoint>,
    /// Points the session has taken in.
    #[prost(uint32, tag = "3")]
    pub point_count: u32,
    /// Points lost before the window aged them out.
    #[prost(uint32, tag = "4")]
    pub dropped_points: u32,
    /// Class of the latest location.
    #[prost(int32, tag = "5")]
    pub object_class: i32,
    /// Owner of the latest location.
    #[prost(string, tag = "6")]
    pub owner: String,
    /// Largest timestamp seen.
    #[prost(int64, tag = "7")]
    pub last_point_ms: i64,
    /// Update counter value of the last push (the LRU order among restored sessions).
    #[prost(uint64, tag = "8")]
    pub last_update: u64,
}

/// One changed state key and its serialised state; `None` means the key was deleted
/// (a changelog tombstone).
pub type StateChange = (String, Option<Vec<u8>>);

impl Assembler {
    /// An assembler with the given limits. Zero limits are raised to 1 (a cap of zero
    /// could never hold the point being pushed); the window is clamped to
    /// 0..=[`MAX_WINDOW_MS`].
    pub fn new(cfg: AssemblerConfig) -> Self {
        let cfg = AssemblerConfig {
            idle_timeout_ms: cfg.idle_timeout_ms.max(0),
            window_ms: cfg.window_ms.clamp(0, MAX_WINDOW_MS),
            max_points: cfg.max_points.max(1),
            max_open_sessions: cfg.max_open_sessions.max(1),
        };
        Self {
            cfg,
            sessions: HashMap::new(),
            by_update: BTreeMap::new(),
            by_last_point: BTreeSet::new(),
            updates: 0,
            max_timestamp_ms: None,
            evicted_for_capacity: 0,
            changed: None,
        }
    }

    /// Turns on change tracking for [`Assembler::take_changes`] (a stage with a changelog).
    pub fn with_change_tracking(mut self) -> Self {
        self.changed = Some(Changes::default());
        self
    }

    /// The keys of the sessions that changed since the last call (or
    /// [`Assembler::take_changes`]), without serialising them: for a shell that routes
    /// each key to a changelog partition after every input and serialises at its writes.
    pub fn take_changed_keys(&mut self) -> Vec<String> {
        self.changed
            .as_mut()
            .map(Changes::take_fresh)
            .unwrap_or_default()
    }

    /// The sessions that changed since the last call, each with its serialised
    /// [`SessionState`], or `None` if it was closed. Empty without change tracking.
    pub fn take_changes(&mut self) -> Vec<StateChange> {
        let Some(changed) = self.changed.as_mut() else {
            return Vec::new();
        };
        let keys = changed.take();
        keys.into_iter()
            .map(|key| {
                let state = self.sessions.get(&key).map(|s| {
                    use prost::Message as _;
                    SessionState {
                        session_start_ms: s.session_start_ms,
                        points: s.points.iter().cloned().collect(),
                        point_count: s.point_count,
                        dropped_points: s.dropped_points,
                        object_class: s.object_class,
                        owner: s.owner.clone(),
                        last_point_ms: s.last_point_ms,
                        last_update: s.last_update,
                    }
                    .encode_to_vec()
                });
                (key, state)
            })
            .collect()
    }

    /// Puts back the session of `key` from its serialised [`SessionState`] (replacing an
    /// open one). Bytes that do not decode are an [`Error::Protobuf`] and change nothing.
    /// A restored session is not reported by [`Assembler::take_changes`] (the changelog
    /// already holds it); the capacity limit applies to the next new session.
    pub fn restore(&mut self, key: &str, state: &[u8]) -> Result<()> {
        use prost::Message as _;
        let state = SessionState::decode(state).map_err(|source| Error::Protobuf {
            message: "assembler SessionState",
            source,
        })?;
        let mut points: Vec<TrajectoryPoint> = state.points;
        // The window invariant (sorted, unique timestamps) holds for anything we wrote;
        // restoring it keeps a hand-edited or foreign record from breaking the insert.
        points.sort_by_key(|p| p.timestamp_ms);
        points.dedup_by_key(|p| p.timestamp_ms);
        self.close(key);
        if let Some(changed) = self.changed.as_mut() {
            changed.remove(key);
        }
        self.updates = self.updates.max(state.last_update);
        // Two restored sessions never share an LRU slot: the later one takes the next.
        let mut last_update = state.last_update;
        while self.by_update.contains_key(&last_update) {
            last_update += 1;
            self.updates = self.updates.max(last_update);
        }
        self.by_update.insert(last_update, key.to_owned());
        self.by_last_point
            .insert((state.last_point_ms, key.to_owned()));
        self.max_timestamp_ms = Some(
            self.max_timestamp_ms
                .map_or(state.last_point_ms, |m| m.max(state.last_point_ms)),
        );
        self.sessions.insert(
            key.to_owned(),
            Session {
                session_start_ms: state.session_start_ms,
                points: points.into(),
                point_count: state.point_count,
                dropped_points: state.dropped_points,
                object_class: state.object_class,
                owner: state.owner,
                last_point_ms: state.last_point_ms,
                last_update,
            },
        );
        Ok(())
    }

    /// The limits in effect.
    pub fn config(&self) -> &AssemblerConfig {
        &self.cfg
    }

    /// Adds a location and returns the current window of its session.
    pub fn push(&mut self, location: Location) -> Result<Trajectory> {
        let key = location.trajectory_key;
        let ts = location.timestamp_ms;
        let invalid = |reason| Error::InvalidLocation {
            key: key.clone(),
            timestamp_ms: ts,
            reason,
        };
        let position = location.position.ok_or_else(|| invalid("no position"))?;
        let valid = position.latitude_deg.is_finite()
            && position.longitude_deg.is_finite()
            && position.latitude_deg.abs() <= 90.0
            && position.longitude_deg.abs() <= 180.0;
        if !valid {
            return Err(invalid("position out of range"));
        }
        let point = TrajectoryPoint {
            timestamp_ms: ts,
            position: Some(position),
            speed_mps: location.speed_mps.filter(|v| v.is_finite()),
            heading_deg: location.heading_deg.filter(|v| v.is_finite()),
        };

        // Decide the transition before touching any state, so an error leaves it unchanged.
        let open_new = match self.sessions.get(&key) {
            None => true,
            Some(s) if ts.saturating_sub(s.last_point_ms) > self.cfg.idle_timeout_ms => true,
            Some(s) if s.session_start_ms.saturating_sub(ts) > self.cfg.idle_timeout_ms => {
                return Err(Error::LateLocation {
                    key,
                    timestamp_ms: ts,
                    session_start_ms: s.session_start_ms,
                });
            }
            Some(_) => false,
        };
        if open_new {
            self.close(&key);
            while self.sessions.len() >= self.cfg.max_open_sessions {
                let Some((_, lru)) = self.by_update.pop_first() else {
                    break;
                };
                self.close(&lru);
                self.evicted_for_capacity += 1;
            }
            self.sessions.insert(
                key.clone(),
                Session {
                    session_start_ms: ts,
                    points: VecDeque::new(),
                    point_count: 0,
                    dropped_points: 0,
                    object_class: location.object_class,
                    owner: String::new(),
                    last_point_ms: ts,
                    last_update: 0,
                },
            );
            self.by_last_point.insert((ts, key.clone()));
        }

        self.updates += 1;
        self.max_timestamp_ms = Some(self.max_timestamp_ms.map_or(ts, |m| m.max(ts)));
        let max_points = self.cfg.max_points;
        let Some(session) = self.sessions.get_mut(&key) else {
            // Unreachable: the session was found or inserted above.
            return Err(invalid("session vanished"));
        };

        // Re-index the session under its new recency and last point.
        self.by_update.remove(&session.last_update);
        session.last_update = self.updates;
        self.by_update.insert(self.updates, key.clone());
        if ts > session.last_point_ms {
            self.by_last_point
                .remove(&(session.last_point_ms, key.clone()));
            session.last_point_ms = ts;
            self.by_last_point.insert((ts, key.clone()));
        }

        if ts < session.last_point_ms.saturating_sub(self.cfg.window_ms) {
            // Late and outside the window: no update could carry it.
            session.dropped_points = session.dropped_points.saturating_add(1);
        } else {
            // Sorted insert; the common in-order case appends at the back.
            let idx = session.points.partition_point(|p| p.timestamp_ms < ts);
            match session.points.get_mut(idx) {
                Some(existing) if existing.timestamp_ms == ts => *existing = point,
                _ => {
                    session.points.insert(idx, point);
                    session.point_count = session.point_count.saturating_add(1);
                }
            }
            // Slide: what is older than the window is never sent again.
            let oldest = session.last_point_ms.saturating_sub(self.cfg.window_ms);
            while session
                .points
                .front()
                .is_some_and(|p| p.timestamp_ms < oldest)
            {
                session.points.pop_front();
            }
            while session.points.len() > max_points {
                session.points.pop_front();
                session.dropped_points = session.dropped_points.saturating_add(1);
            }
        }
        session.object_class = location.object_class;
        session.owner = location.owner;
        if let Some(changed) = self.changed.as_mut() {
            changed.insert(key.clone());
        }

        Ok(Trajectory {
            trajectory_key: key,
            session_start_ms: session.session_start_ms,
            object_class: session.object_class,
            owner: session.owner.clone(),
            points: session.points.iter().cloned().collect(),
            dropped_points: session.dropped_points,
            point_count: session.point_count,
            window_ms: u32::try_from(self.cfg.window_ms).unwrap_or(u32::MAX),
            trace: location.trace.or_else(|| Some(Trace::default())),
        })
    }

    /// Closes every session whose last point is more than the idle timeout before
    /// `watermark_ms` (event time). Returns how many were closed.
    pub fn evict_idle(&mut self, watermark_ms: i64) -> usize {
        let mut closed = 0;
        while let Some((last, key)) = self.by_last_point.first().cloned() {
            if watermark_ms.saturating_sub(last) <= self.cfg.idle_timeout_ms {
                break;
            }
            self.close(&key);
            closed += 1;
        }
        closed
    }

    /// Number of open sessions.
    pub fn open_sessions(&self) -> usize {
        self.sessions.len()
    }

    /// Total number of points held over all open sessions.
    pub fn buffered_points(&self) -> usize {
        self.sessions.values().map(|s| s.points.len()).sum()
    }

    /// The largest timestamp pushed so far (a watermark for [`Assembler::evict_idle`]).
    pub fn max_timestamp_ms(&self) -> Option<i64> {
        self.max_timestamp_ms
    }

    /// Sessions closed so far because `max_open_sessions` was reached.
    pub fn evicted_for_capacity(&self) -> u64 {
        self.evicted_for_capacity
    }

    /// Removes a session and its index entries (no-op for an unknown key).
    fn close(&mut self, key: &str) {
        if let Some(s) = self.sessions.remove(key) {
            self.by_update.remove(&s.last_update);
            self.by_last_point
                .remove(&(s.last_point_ms, key.to_owned()));
            if let Some(changed) = self.changed.as_mut() {
                changed.insert(key.to_owned());
            }
        }
    }
}

#[cfg(test)]
mod state_tests;

#[cfg(test)]
mod tests {
    use super::*;
    use cits_proto::Message as _;
    use cits_proto::{GeoPoint, ObjectClass};

    fn loc(key: &str, ts: i64, lat: f64) -> Location {
        let mut trace = Trace::default();
        trace.push("collector", "collector-0", ts as u64, ts as u64 + 1);
        Location {
            trajectory_key: key.into(),
            timestamp_ms: ts,
            owner: "srfg_42".into(),
            object_class: ObjectClass::Car as i32,
            position: Some(GeoPoint {
                latitude_deg: lat,
                longitude_deg: 13.0,
            }),
            trace: Some(trace),
            ..Default::default()
        }
    }

    fn times(t: &Trajectory) -> Vec<i64> {
        t.points.iter().map(|p| p.timestamp_ms).collect()
    }

    #[test]
    fn in_order_points_accumulate_with_latest_metadata() {
        let mut a = Assembler::new(AssemblerConfig::default());
        a.push(loc("1/1", 1_000, 47.0)).expect("push");
        let mut second = loc("1/1", 1_100, 47.1);
        second.object_class = ObjectClass::Bus as i32;
        second.owner = "other_1".into();
        let t = a.push(second.clone()).expect("push");
        assert_eq!(times(&t), vec![1_000, 1_100]);
        assert_eq!(t.session_start_ms, 1_000);
        assert_eq!(t.object_class, ObjectClass::Bus as i32);
        assert_eq!(t.owner, "other_1");
        assert_eq!(t.trace, second.trace);
        assert_eq!(t.dropped_points, 0);
    }

    #[test]
    fn out_of_order_points_are_sorted_in_and_duplicates_replace() {
        let mut a = Assembler::new(AssemblerConfig::default());
        for ts in [1_000, 1_300, 1_200, 1_100] {
            a.push(loc("k", ts, 47.0)).expect("push");
        }
        let t = a.push(loc("k", 1_200, 48.0)).expect("push");
        assert_eq!(times(&t), vec![1_000, 1_100, 1_200, 1_300]);
        let replaced = t.points[2].position.unwrap_or_default();
        assert_eq!(replaced.latitude_deg, 48.0);
        // A late point before the start (within the timeout) sorts in; the identity stays.
        let t = a.push(loc("k", 900, 47.0)).expect("push");
        assert_eq!(times(&t)[0], 900);
        assert_eq!(t.session_start_ms, 1_000);
    }

    #[test]
    fn gap_longer_than_timeout_starts_a_new_session() {
        let mut a = Assembler::new(AssemblerConfig::default());
        a.push(loc("k", 1_000, 47.0)).expect("push");
        // Exactly the timeout still belongs to the session.
        let t = a.push(loc("k", 6_000, 47.0)).expect("push");
        assert_eq!(t.session_start_ms, 1_000);
        assert_eq!(t.points.len(), 2);
        let t = a.push(loc("k", 11_001, 47.0)).expect("push");
        assert_eq!(t.session_start_ms, 11_001);
        assert_eq!(times(&t), vec![11_001]);
        assert_eq!(a.open_sessions(), 1);
    }

    #[test]
    fn reused_object_id_after_timeout_is_a_new_trajectory() {
        let mut a = Assembler::new(AssemblerConfig::default());
        for i in 0..10 {
            a.push(loc("9/200", 1_000 + i * 100, 47.0)).expect("push");
        }
        // The sensor reuses id 200 for another object 20 s later.
        let t = a.push(loc("9/200", 22_000, 46.0)).expect("push");
        assert_eq!(t.session_start_ms, 22_000);
        assert_eq!(t.points.len(), 1);
        // A straggler of the old object is now too late and reported, not merged.
        let err = a.push(loc("9/200", 1_950, 47.0)).expect_err("late");
        assert!(
            matches!(
                err,
                Error::LateLocation {
                    session_start_ms: 22_000,
                    ..
                }
            ),
            "{err}"
        );
        // The error left the session untouched.
        let t = a.push(loc("9/200", 22_100, 46.0)).expect("push");
        assert_eq!(times(&t), vec![22_000, 22_100]);
    }

    #[test]
    fn point_cap_drops_oldest_and_counts() {
        let mut a = Assembler::new(AssemblerConfig {
            max_points: 3,
            ..AssemblerConfig::default()
        });
        let mut t = Trajectory::default();
        for i in 0..5 {
            t = a.push(loc("k", i * 100, 47.0)).expect("push");
        }
        assert_eq!(times(&t), vec![200, 300, 400]);
        assert_eq!(t.dropped_points, 2);
        // A late point older than everything kept is dropped right away, and counted.
        let t = a.push(loc("k", 50, 47.0)).expect("push");
        assert_eq!(times(&t), vec![200, 300, 400]);
        assert_eq!(t.dropped_points, 3);
    }

    /// Every update carries exactly the pushed points of the last `window_ms` (computed
    /// here from the pushed timestamps), the session's point count and the window width.
    #[test]
    fn updates_carry_the_window_and_the_point_count() {
        let cfg = AssemblerConfig::default();
        let mut a = Assembler::new(cfg.clone());
        let pushed: Vec<i64> = (0..300).map(|i| 1_000 + i * 100).collect(); // 30 s at 10 Hz
        for (i, &ts) in pushed.iter().enumerate() {
            let t = a.push(loc("k", ts, 47.0)).expect("push");
            let want: Vec<i64> = pushed[..=i]
                .iter()
                .copied()
                .filter(|&p| p >= ts - cfg.window_ms)
                .collect();
            assert_eq!(times(&t), want, "window after {ts}");
            assert_eq!(t.point_count as usize, i + 1);
            assert_eq!(i64::from(t.window_ms), cfg.window_ms);
            assert_eq!(t.session_start_ms, 1_000);
            assert_eq!(t.dropped_points, 0);
        }
        // 10 s at 10 Hz, both ends included.
        assert_eq!(a.buffered_points(), 101);
    }

    #[test]
    fn late_points_inside_the_window_sort_in_older_ones_are_dropped_and_counted() {
        let mut a = Assembler::new(AssemblerConfig {
            window_ms: 1_000,
            ..AssemblerConfig::default()
        });
        for ts in [0, 500, 1_000, 2_000] {
            a.push(loc("k", ts, 47.0)).expect("push");
        }
        // Window is [1_000, 2_000]: a late 1_500 sorts in, and counts.
        let t = a.push(loc("k", 1_500, 47.0)).expect("push");
        assert_eq!(times(&t), vec![1_000, 1_500, 2_000]);
        assert_eq!((t.point_count, t.dropped_points), (5, 0));
        // The window's oldest edge is inclusive; a repeat replaces and does not count.
        let t = a.push(loc("k", 1_000, 48.0)).expect("push");
        assert_eq!(times(&t), vec![1_000, 1_500, 2_000]);
        assert_eq!(t.points[0].position.unwrap_or_default().latitude_deg, 48.0);
        assert_eq!((t.point_count, t.dropped_points), (5, 0));
        // 999 is outside the window: not kept, not sent, counted as dropped.
        let t = a.push(loc("k", 999, 47.0)).expect("push");
        assert_eq!(times(&t), vec![1_000, 1_500, 2_000]);
        assert_eq!((t.point_count, t.dropped_points), (5, 1));
        assert_eq!(t.session_start_ms, 0);
    }

    /// The point of the window: an update's size does not grow with the session's age.
    #[test]
    fn update_size_stays_constant_over_a_long_session() {
        let mut a = Assembler::new(AssemblerConfig::default());
        let mut sizes = Vec::new();
        // 10 minutes at 10 Hz: the old whole-session updates would reach 2,048 points.
        for i in 0..6_000i64 {
            let t = a
                .push(loc("k", i * 100, 47.0 + i as f64 * 1e-6))
                .expect("push");
            if i % 600 == 599 {
                sizes.push(t.encoded_len());
            }
        }
        let first = sizes[0];
        assert!(first > 0);
        // Coordinates and timestamps vary a little in varint/trace length, not with age.
        assert!(
            sizes.iter().all(|&s| s.abs_diff(first) * 20 < first),
            "update sizes {sizes:?}"
        );
        assert_eq!(a.buffered_points(), 101);
    }

    #[test]
    fn session_cap_evicts_least_recently_updated() {
        let mut a = Assembler::new(AssemblerConfig {
            max_open_sessions: 2,
            ..AssemblerConfig::default()
        });
        a.push(loc("a", 1_000, 47.0)).expect("push");
        a.push(loc("b", 1_000, 47.0)).expect("push");
        a.push(loc("a", 1_100, 47.0)).expect("push"); // b is now least recently updated
        a.push(loc("c", 1_200, 47.0)).expect("push");
        assert_eq!(a.open_sessions(), 2);
        assert_eq!(a.evicted_for_capacity(), 1);
        // a survived with its points; b starts over.
        assert_eq!(a.push(loc("a", 1_300, 47.0)).expect("push").points.len(), 3);
        let b = a.push(loc("b", 1_300, 47.0)).expect("push");
        assert_eq!((b.points.len(), b.session_start_ms), (1, 1_300));
    }

    #[test]
    fn evict_idle_uses_the_watermark() {
        let mut a = Assembler::new(AssemblerConfig::default());
        a.push(loc("a", 1_000, 47.0)).expect("push");
        a.push(loc("b", 3_000, 47.0)).expect("push");
        a.push(loc("a", 2_000, 47.0)).expect("push");
        assert_eq!(
            a.evict_idle(7_000),
            0,
            "a's last point is 2_000: idle exactly 5 s"
        );
        assert_eq!(a.evict_idle(7_001), 1);
        assert_eq!(a.open_sessions(), 1);
        assert_eq!(a.max_timestamp_ms(), Some(3_000));
        assert_eq!(a.evict_idle(i64::MAX), 1);
        assert_eq!(a.open_sessions(), 0);
        assert_eq!(a.evict_idle(i64::MIN), 0);
    }

    #[test]
    fn invalid_locations_are_errors() {
        let mut a = Assembler::new(AssemblerConfig::default());
        let mut l = loc("k", 0, 47.0);
        l.position = None;
        assert!(matches!(a.push(l), Err(Error::InvalidLocation { .. })));
        assert!(matches!(
            a.push(loc("k", 0, f64::NAN)),
            Err(Error::InvalidLocation { .. })
        ));
        assert!(matches!(
            a.push(loc("k", 0, 91.0)),
            Err(Error::InvalidLocation { .. })
        ));
        assert_eq!(a.open_sessions(), 0);
        // Extreme timestamps do not overflow.
        a.push(loc("k", i64::MIN, 47.0)).expect("push");
        let t = a.push(loc("k", i64::MAX, 47.0)).expect("push");
        assert_eq!(t.session_start_ms, i64::MAX);
    }

    /// The thesis' Wasm assembler ran out of memory: with eviction, a long stream of
    /// reused ids stays within the configured bounds.
    #[test]
    fn long_stream_keeps_state_bounded() {
        let cfg = AssemblerConfig {
            max_points: 64,
            max_open_sessions: 300,
            ..AssemblerConfig::default()
        };
        let mut a = Assembler::new(cfg.clone());
        let mut max_sessions = 0;
        let mut max_points = 0;
        // 2 stations with 8 objects in view at a time, 10 Hz, 30 minutes of event time;
        // each object is seen for 20 s, then after a 10 s gap the next id (mod 256, so ids
        // are reused) appears in its slot.
        for step in 0..18_000i64 {
            let ts = step * 100;
            for station in 0..2 {
                for slot in 0..8 {
                    let object = (step / 300 * 8 + slot) % 256;
                    if step % 300 < 200 {
                        let key = format!("{station}/{object}");
                        a.push(loc(&key, ts, 47.0)).expect("push");
                    }
                }
            }
            if step % 10 == 0 {
                a.evict_idle(ts);
            }
            max_sessions = max_sessions.max(a.open_sessions());
            max_points = max_points.max(a.buffered_points());
        }
        println!("max open sessions {max_sessions}, max buffered points {max_points}");
        assert!(max_sessions <= cfg.max_open_sessions);
        assert!(max_points <= cfg.max_open_sessions * cfg.max_points);
        // The window bounds each session to 10 s at 10 Hz (101 points), below the cap.
        assert!(max_points <= max_sessions * 101, "{max_points}");
        // Only the 16 live objects are open once idle sessions are evicted.
        a.evict_idle(a.max_timestamp_ms().unwrap_or_default());
        assert!(a.open_sessions() <= 16, "{}", a.open_sessions());
    }

    #[test]
    fn session_cap_alone_bounds_memory_without_evict_idle() {
        let cfg = AssemblerConfig {
            max_points: 16,
            max_open_sessions: 50,
            ..AssemblerConfig::default()
        };
        let mut a = Assembler::new(cfg.clone());
        for i in 0..100_000i64 {
            a.push(loc(&format!("s/{}", i % 5_000), i, 47.0))
                .expect("push");
            assert!(a.open_sessions() <= cfg.max_open_sessions);
        }
        assert!(a.buffered_points() <= cfg.max_open_sessions * cfg.max_points);
        assert!(a.evicted_for_capacity() > 0);
    }
}
