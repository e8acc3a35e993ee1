//! The map matcher's per-session state as changelog records: an explicit protobuf
//! message ([`MatcherSessionState`]: the undecided Viterbi columns with their lane states,
//! the decided points still in the window, the plausibility anchor), one record per
//! session. Lane states name lanes by their index in the lane graph, so a record carries
//! the graph's lane count and is refused by a matcher on another map. Field numbers are
//! the format: never reuse one.

use cits_proto::{MatchedPoint, RoadKind, TrajectoryPoint};

use super::{Column, MapMatcher, Session, SessionId, State};
use crate::assembler::StateChange;
use crate::lanes::{LaneIdx, LaneProjection};
use crate::{Error, Result};

/// The matching state of one session.
#[derive(Clone, PartialEq, prost::Message)]
pub struct MatcherSessionState {
    /// "<station_id>/<object_id>".
    #[prost(string, tag = "1")]
    pub trajectory_key: String,
    /// Session start, Unix ms.
    #[prost(int64, tag = "2")]
    pub session_start_ms: i64,
    /// Lanes in the graph the lane indices refer to.
    #[prost(uint32, tag = "3")]
    pub graph_lanes: u32,
    /// Lane kind matched on (`RoadKind`), absent when the session is passed through.
    #[prost(int32, optional, tag = "4")]
    pub kind: Option<i32>,
    /// Timestamp of the newest point run through the HMM.
    #[prost(int64, tag = "5")]
    pub newest_ms: i64,
    /// Local position (east, north) of the newest accepted point, if any.
    #[prost(double, repeated, tag = "6")]
    pub last_obs: Vec<f64>,
    /// Timestamp of that point.
    #[prost(int64, tag = "7")]
    pub last_obs_ms: i64,
    /// Points rejected as implausible since then.
    #[prost(uint32, tag = "8")]
    pub implausible_in_row: u32,
    /// Undecided columns, oldest first.
    #[prost(message, repeated, tag = "9")]
    pub pending: Vec<ColumnState>,
    /// Decided points still inside the window.
    #[prost(message, repeated, tag = "10")]
    pub decided: Vec<MatchedPoint>,
    /// Largest point timestamp seen.
    #[prost(int64, tag = "11")]
    pub last_point_ms: i64,
    /// Update counter value of the last update (the LRU order among restored sessions).
    #[prost(uint64, tag = "12")]
    pub last_update: u64,
}

/// One Viterbi column.
#[derive(Clone, PartialEq, prost::Message)]
pub struct ColumnState {
    /// The input point.
    #[prost(message, optional, tag = "1")]
    pub point: Option<TrajectoryPoint>,
    /// Its states.
    #[prost(message, repeated, tag = "2")]
    pub states: Vec<LaneState>,
}

/// One HMM state: a lane at the point's projection.
#[derive(Clone, PartialEq, prost::Message)]
pub struct LaneState {
    /// Index of the lane in the graph.
    #[prost(uint32, tag = "1")]
    pub lane: u32,
    /// Distance along the lane, m.
    #[prost(double, tag = "2")]
    pub arc_m: f64,
    /// Closest centreline point, local east, m.
    #[prost(double, tag = "3")]
    pub point_east_m: f64,
    /// Closest centreline point, local north, m.
    #[prost(double, tag = "4")]
    pub point_north_m: f64,
    /// Signed lateral offset, m.
    #[prost(double, tag = "5")]
    pub offset_m: f64,
    /// Distance of the point from the centreline, m.
    #[prost(double, tag = "6")]
    pub distance_m: f64,
    /// Lane heading at `arc_m`, degrees.
    #[prost(double, tag = "7")]
    pub heading_deg: f64,
    /// Log probability of the best path ending here.
    #[prost(double, tag = "8")]
    pub score: f64,
    /// Index of the best predecessor in the previous column.
    #[prost(uint32, tag = "9")]
    pub back: u32,
}

/// The changelog key of a session.
pub(super) fn state_key(id: &SessionId) -> String {
    format!("{}|{}", id.0, id.1)
}

fn lane_state(s: &State) -> LaneState {
    LaneState {
        lane: s.lane.0,
        arc_m: s.proj.arc_m,
        point_east_m: s.proj.point[0],
        point_north_m: s.proj.point[1],
        offset_m: s.proj.offset_m,
        distance_m: s.proj.distance_m,
        heading_deg: s.proj.heading_deg,
        score: s.score,
        back: u32::try_from(s.back).unwrap_or(u32::MAX),
    }
}

impl MapMatcher {
    /// Turns on change tracking for [`MapMatcher::take_changes`] (a stage with a changelog).
    pub fn with_change_tracking(mut self) -> Self {
        self.changed = Some(Default::default());
        self
    }

    /// The keys of the sessions that changed since the last call (or
    /// [`MapMatcher::take_changes`]), without serialising them.
    pub fn take_changed_keys(&mut self) -> Vec<String> {
        let ids = self.changed.as_mut().map(|c| c.take_fresh());
        ids.unwrap_or_default().iter().map(state_key).collect()
    }

    /// The sessions that changed since the last call, each with its serialised
    /// [`MatcherSessionState`] (key `"<trajectory key>|<session start>"`), or `None` once
    /// dropped. Empty without change tracking.
    pub fn take_changes(&mut self) -> Vec<StateChange> {
        use prost::Message as _;
        let Some(changed) = self.changed.as_mut() else {
            return Vec::new();
        };
        let ids = changed.take();
        let graph_lanes = u32::try_from(self.graph.lanes().len()).unwrap_or(u32::MAX);
        ids.into_iter()
            .map(|id| {
                let state = self.sessions.get(&id).map(|s| {
                    MatcherSessionState {
                        trajectory_key: id.0.clone(),
                        session_start_ms: id.1,
                        graph_lanes,
                        kind: s.kind.map(|k| k as i32),
                        newest_ms: s.newest_ms,
                        last_obs: s.last_obs.map(Vec::from).unwrap_or_default(),
                        last_obs_ms: s.last_obs_ms,
                        implausible_in_row: s.implausible_in_row,
                        pending: s
                            .pending
                            .iter()
                            .map(|c| ColumnState {
                                point: Some(c.point),
                                states: c.states.iter().map(lane_state).collect(),
                            })
                            .collect(),
                        decided: s.decided.values().copied().collect(),
                        last_point_ms: s.last_point_ms,
                        last_update: s.last_update,
                    }
                    .encode_to_vec()
                });
                (state_key(&id), state)
            })
            .collect()
    }

    /// Puts back the session of `key` from its serialised [`MatcherSessionState`]
    /// (replacing one in the cache). Bytes that do not decode, a key that is not the
    /// session's, or lanes of another graph are an error and change nothing. A restored
    /// session is not reported by [`MapMatcher::take_changes`]; the cache cap applies to
    /// the next new session.
    pub fn restore(&mut self, key: &str, bytes: &[u8]) -> Result<()> {
        use prost::Message as _;
        let state = MatcherSessionState::decode(bytes).map_err(|source| Error::Protobuf {
            message: "map matcher MatcherSessionState",
            source,
        })?;
        let invalid = |reason: String| Error::InvalidState {
            key: key.to_owned(),
            reason,
        };
        let id: SessionId = (state.trajectory_key.clone(), state.session_start_ms);
        if state_key(&id) != key {
            return Err(invalid("key does not name the session".into()));
        }
        let lanes = self.graph.lanes().len();
        if usize::try_from(state.graph_lanes).ok() != Some(lanes) {
            return Err(invalid(format!(
                "written for a graph of {} lanes, this one has {lanes}: another map",
                state.graph_lanes
            )));
        }
        let kind = state
            .kind
            .map(|k| RoadKind::try_from(k).map_err(|_| invalid(format!("road kind {k}"))))
            .transpose()?;
        let last_obs = match state.last_obs.as_slice() {
            [] => None,
            &[e, n] => Some([e, n]),
            other => return Err(invalid(format!("last_obs of {} numbers", other.len()))),
        };
        let mut pending = std::collections::VecDeque::with_capacity(state.pending.len());
        let mut previous_states = 0usize;
        for (i, c) in state.pending.into_iter().enumerate() {
            let point = c
                .point
                .ok_or_else(|| invalid(format!("column {i} without a point")))?;
            let mut states = Vec::with_capacity(c.states.len());
            for s in c.states {
                let back = usize::try_from(s.back).unwrap_or(usize::MAX);
                if usize::try_from(s.lane).map_or(true, |l| l >= lanes)
                    || (i > 0 && back >= previous_states)
                {
                    return Err(invalid(format!(
                        "column {i} refers past its lanes or states"
                    )));
                }
                states.push(State {
                    lane: LaneIdx(s.lane),
                    proj: LaneProjection {
                        arc_m: s.arc_m,
                        point: [s.point_east_m, s.point_north_m],
                        offset_m: s.offset_m,
                        distance_m: s.distance_m,
                        heading_deg: s.heading_deg,
                    },
                    score: s.score,
                    back,
                });
            }
            previous_states = states.len();
            pending.push_back(Column { point, states });
        }
        let session = Session {
            kind,
            newest_ms: state.newest_ms,
            last_obs,
            last_obs_ms: state.last_obs_ms,
            implausible_in_row: state.implausible_in_row,
            pending,
            decided: state
                .decided
                .into_iter()
                .map(|m| (m.timestamp_ms, m))
                .collect(),
            last_point_ms: state.last_point_ms,
            last_update: state.last_update,
        };
        self.take(&id);
        // Two restored sessions never share an LRU slot: the later one takes the next.
        let mut last_update = session.last_update;
        while self.by_update.contains_key(&last_update) {
            last_update += 1;
        }
        self.updates = self.updates.max(last_update);
        self.by_update.insert(last_update, id.clone());
        self.by_last_point
            .insert((session.last_point_ms, id.clone()));
        self.sessions.insert(
            id.clone(),
            Session {
                last_update,
                ..session
            },
        );
        if let Some(changed) = self.changed.as_mut() {
            changed.remove(&id);
        }
        Ok(())
    }

    /// Records that a session's state changed (with change tracking on).
    pub(super) fn mark(&mut self, id: &SessionId) {
        if let Some(changed) = self.changed.as_mut() {
            changed.insert(id.clone());
        }
    }
}
