//! Map matcher: trajectories matched onto the directed lane graph, online, with an HMM.
//!
//! The graph is a [`LaneGraph`] (lanes with successors, R*-tree per kind). Cars, trucks,
//! buses and motorcycles are matched onto car lanes, bicycles onto bike lanes; pedestrians
//! and unknown classes (and points with no lane within [`CANDIDATE_RADIUS_M`]) pass through
//! unmatched (road kind Unspecified, matched = original), so the predictor sees every road user.
//!
//! # The HMM (Newson & Krumm 2009)
//! States of a point are the lanes of its class within [`CANDIDATE_RADIUS_M`] (at most
//! [`MAX_CANDIDATES`]), each at the point's projection. Emission: Gaussian in the distance
//! ([`SIGMA_M`]) plus a heading term `HEADING_KAPPA · (1 − cos Δ)` when the object moves.
//! A lane more than [`MAX_LANE_HEADING_GAP_DEG`] off the reported heading of a road user
//! moving faster than [`MIN_SPEED_FOR_LANE_GATE_MPS`] is no state at all: only a position
//! jump brings a vehicle near a lane it would drive against, and the heading term alone
//! can lose to the distance term when the jump lands on that lane.
//! Transition: exponential in `|route distance − straight-line distance|` ([`BETA_M`]);
//! the route distance only follows successors, so a jump to a parallel lane of the other
//! direction or a disconnected lane is impossible. Small backward moves on a lane (a
//! standing object's noise) are allowed up to [`BACKWARD_TOLERANCE_M`]. When no transition
//! is possible or every possible one is far-fetched ([`BREAK_LOG_LIKELIHOOD`]; a break: the
//! object left the graph, a gap), the HMM restarts at that point.
//!
//! # Implausible jumps
//! A point farther from the session's last matched point than [`MAX_PLAUSIBLE_SPEED_MPS`]
//! allows (plus [`PLAUSIBLE_SLACK_M`] of noise) is a tracker glitch, not motion: it does not
//! enter the HMM and is matched onto the current best lane at the last matched position.
//! After [`MAX_IMPLAUSIBLE_IN_ROW`] such points the next one is taken (the object is there).
//!
//! # Online decisions, bounded state
//! Per session the matcher keeps the Viterbi columns of the last points (at most
//! [`LAG_POINTS`], none older than the newest by more than [`LAG_MS`]) and the decided
//! points still inside the input window. A column leaving the lag is decided by
//! backtracking from the best newest state and its successor column is pruned to that
//! decision (fixed-lag Viterbi). Newer points carry the current best path and may be
//! revised by later updates. An update costs O(new points · candidates²) plus copying the
//! window: independent of the session's length.
//!
//! # Input
//! An update carries the last `window_ms` of a session (or the whole session): a point is
//! new when it is newer than the session's last matched point; older points not in the
//! cache (late points sorted in) are matched alone (best emission, not entering the HMM).
//! Sessions are dropped after [`DEFAULT_IDLE_TIMEOUT_MS`] without points (`evict_idle`) or
//! least recently updated beyond [`DEFAULT_MAX_CACHED_SESSIONS`].

use std::collections::{BTreeMap, BTreeSet, HashMap, VecDeque};
use std::sync::Arc;

use cits_proto::{
    GeoPoint, MatchedPoint, MatchedTrajectory, ObjectClass, RoadKind, Trajectory, TrajectoryPoint,
};

use crate::changes::Changes;
use crate::geo::{normalize_deg, Wgs84};
use crate::lanes::{LaneGraph, LaneIdx, LaneProjection};
use crate::{Error, Result};

pub use crate::lanes::multilinestring_wkb;
pub use state::{ColumnState, LaneState, MatcherSessionState};

mod state;

/// Largest trajectory accepted: 4× the assembler's default point cap, so honest input
/// always fits and hostile input cannot make one update arbitrarily expensive.
pub const MAX_TRAJECTORY_POINTS: usize = 8_192;
/// Lanes farther than this (m) from a point are no candidates: several σ of position noise
/// plus half a lane width; a point beyond it is off the graph.
pub const CANDIDATE_RADIUS_M: f64 = 10.0;
/// Candidate lanes per point at most: an intersection has about this many lanes near a
/// point; the transition cost grows with its square.
pub const MAX_CANDIDATES: usize = 8;
/// Emission σ (m): position noise of the sensors plus the deviation of a vehicle from
/// the lane centreline.
pub const SIGMA_M: f64 = 0.5;
/// Weight of the heading term: 1/σ² for a heading σ of about 20°, so a lane of the
/// opposite direction costs as much as 5.7 σ of distance.
pub const HEADING_KAPPA: f64 = 8.2;
/// Transition β (m): typical |route − straight-line distance| between points 0.1–1 s apart.
pub const BETA_M: f64 = 2.0;
/// Route distances beyond the straight-line distance plus this (m) are impossible
/// transitions: 15 β, and it bounds the route search.
pub const ROUTE_SLACK_M: f64 = 30.0;
/// Backward move (m) along the lanes still accepted between two points: noise of a
/// standing object (3 σ).
pub const BACKWARD_TOLERANCE_M: f64 = 3.0;
/// A continuation less likely than e^-this relative to the previous column's best path
/// (previous score plus transition) is a break: the path would have to explain the points
/// by something far-fetched, e.g. driving backwards on a lane of the other direction.
pub const BREAK_LOG_LIKELIHOOD: f64 = 30.0;
/// Points of an undecided lag at most: keeps the per-session state and the revision of
/// older points bounded.
pub const LAG_POINTS: usize = 10;
/// Points older than the newest by more than this (ms) are decided.
pub const LAG_MS: i64 = 1_000;
/// Fastest plausible motion of a road user between two of its points, m/s (90 km/h: above
/// any urban road user, below a tracker latching onto another object, which moves a point
/// by metres within one 125 ms frame).
pub const MAX_PLAUSIBLE_SPEED_MPS: f64 = 25.0;
/// Distance (m) always plausible between two points, whatever the time between them: the
/// position noise of both (several σ).
pub const PLAUSIBLE_SLACK_M: f64 = 2.0;
/// Implausible points in a row after which the newest one is taken as the truth (the
/// earlier anchor was the outlier, or the object really was elsewhere).
pub const MAX_IMPLAUSIBLE_IN_ROW: u32 = 2;
/// Below this speed (m/s) a reported heading is noise and is not used.
const MIN_SPEED_FOR_HEADING_MPS: f64 = 0.5;
/// A lane whose direction differs from a moving road user's reported heading by more than
/// this (degrees) is no candidate: the lanes are directed and vehicles drive forwards along
/// them, so such a lane only comes near through a position jump (e.g. onto the lane of the
/// other direction), which no heading noise (a few degrees) explains.
pub const MAX_LANE_HEADING_GAP_DEG: f64 = 90.0;
/// Speed (m/s) from which a reported heading rules lanes out ([`MAX_LANE_HEADING_GAP_DEG`]):
/// above walking pace a tracker's heading of a vehicle follows its motion; below it a
/// standing or creeping vehicle's heading estimate can flip.
pub const MIN_SPEED_FOR_LANE_GATE_MPS: f64 = 2.0;
/// Smallest move (m) between consecutive points that gives a usable direction.
const MIN_MOVE_FOR_HEADING_M: f64 = 1.0;
/// Default idle time (ms, event time) after which a cached session is dropped: the
/// assembler closes sessions after 5 s, so no further update for it can come.
pub const DEFAULT_IDLE_TIMEOUT_MS: i64 = 5_000;
/// Default number of cached sessions: the assembler's default open-session cap.
pub const DEFAULT_MAX_CACHED_SESSIONS: usize = 1_024;

/// The lane kind a class is matched on; `None` = not matched (pedestrians, unknown).
pub fn road_kind_for(class: ObjectClass) -> Option<RoadKind> {
    match class {
        ObjectClass::Car | ObjectClass::Truck | ObjectClass::Bus | ObjectClass::Motorcycle => {
            Some(RoadKind::CarLane)
        }
        ObjectClass::Bicycle => Some(RoadKind::BikeLane),
        ObjectClass::Pedestrian | ObjectClass::Unknown => None,
    }
}

/// Limits of a [`MapMatcher`].
#[derive(Debug, Clone, PartialEq)]
pub struct MatcherConfig {
    /// Event-time gap (ms) after which a session's cache is dropped by `evict_idle`.
    pub idle_timeout_ms: i64,
    /// Sessions cached at most; beyond it the least recently updated is dropped.
    pub max_cached_sessions: usize,
}

impl Default for MatcherConfig {
    fn default() -> Self {
        Self {
            idle_timeout_ms: DEFAULT_IDLE_TIMEOUT_MS,
            max_cached_sessions: DEFAULT_MAX_CACHED_SESSIONS,
        }
    }
}

/// Counters of a [`MapMatcher`], for benchmarks and logs.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct MatcherStats {
    /// New points run through the HMM.
    pub matched_points: u64,
    /// Points answered from a session's state instead.
    pub reused_points: u64,
    /// Late points matched alone.
    pub late_points: u64,
    /// Points passed through unmatched (pedestrians, unknown classes, off the graph).
    pub unmatched_points: u64,
    /// HMM restarts because no transition was possible.
    pub breaks: u64,
    /// Points rejected as implausible jumps (matched onto the session's current lane).
    pub implausible_points: u64,
    /// Sessions dropped because of the cache cap.
    pub evicted_for_capacity: u64,
}

/// Identity of a session: trajectory key and session start.
type SessionId = (String, i64);

/// One HMM state: a lane at the point's projection.
#[derive(Debug, Clone, Copy)]
struct State {
    lane: LaneIdx,
    proj: LaneProjection,
    /// Log probability of the best path ending here (normalized: column max = 0).
    score: f64,
    /// Index of the best predecessor in the previous column.
    back: usize,
}

/// One Viterbi column: a point and its states.
#[derive(Debug, Clone)]
struct Column {
    /// The input point.
    point: TrajectoryPoint,
    states: Vec<State>,
}

/// The matching state of one session (see the module docs).
#[derive(Debug)]
struct Session {
    /// Lane kind matched on (a class change resets the session).
    kind: Option<RoadKind>,
    /// Timestamp of the newest point run through the HMM.
    newest_ms: i64,
    /// Local position of the newest point the HMM accepted, for the straight-line
    /// distance, the heading and the plausibility of the next point.
    last_obs: Option<[f64; 2]>,
    /// Timestamp of that point.
    last_obs_ms: i64,
    /// Points rejected as implausible since then.
    implausible_in_row: u32,
    /// Undecided columns, oldest first.
    pending: VecDeque<Column>,
    /// Decided points still inside the window, by timestamp.
    decided: BTreeMap<i64, MatchedPoint>,
    /// Largest point timestamp seen, for the idle eviction.
    last_point_ms: i64,
    /// Update counter value of the last update, for the LRU order.
    last_update: u64,
}

impl Session {
    fn new(kind: Option<RoadKind>) -> Self {
        Self {
            kind,
            newest_ms: i64::MIN,
            last_obs: None,
            last_obs_ms: i64::MIN,
            implausible_in_row: 0,
            pending: VecDeque::new(),
            decided: BTreeMap::new(),
            last_point_ms: i64::MIN,
            last_update: 0,
        }
    }
}

/// Online HMM map matcher (see the module docs).
#[derive(Debug)]
pub struct MapMatcher {
    /// The shared lane graph (parsed once per process).
    graph: Arc<LaneGraph>,
    /// Limits.
    cfg: MatcherConfig,
    /// State per session.
    sessions: HashMap<SessionId, Session>,
    /// Sessions by last update: least recently updated first.
    by_update: BTreeMap<u64, SessionId>,
    /// Sessions by last point time: idle eviction walks this from the front.
    by_last_point: BTreeSet<(i64, SessionId)>,
    /// Monotonic update counter.
    updates: u64,
    /// Counters.
    stats: MatcherStats,
    /// Sessions changed since the last [`MapMatcher::take_changes`]; `None` unless change
    /// tracking is on, so a user that never takes the changes does not collect them.
    changed: Option<Changes<SessionId>>,
}

/// A trajectory point's position, when valid.
fn position(p: &TrajectoryPoint) -> Option<Wgs84> {
    let g = p.position.as_ref()?;
    Some(Wgs84 {
        lat_deg: g.latitude_deg,
        lon_deg: g.longitude_deg,
    })
    .filter(Wgs84::is_valid)
}

/// Angle between two headings, radians in [0, π].
fn heading_gap_rad(a_deg: f64, b_deg: f64) -> f64 {
    let d = normalize_deg(a_deg - b_deg);
    d.min(360.0 - d).to_radians()
}

impl MapMatcher {
    /// A matcher on `graph` with the default limits.
    pub fn new(graph: Arc<LaneGraph>) -> Self {
        Self::with_config(graph, MatcherConfig::default())
    }

    /// A matcher with explicit limits (a cache cap of 0 is raised to 1).
    pub fn with_config(graph: Arc<LaneGraph>, cfg: MatcherConfig) -> Self {
        Self {
            graph,
            cfg: MatcherConfig {
                idle_timeout_ms: cfg.idle_timeout_ms.max(0),
                max_cached_sessions: cfg.max_cached_sessions.max(1),
            },
            sessions: HashMap::new(),
            by_update: BTreeMap::new(),
            by_last_point: BTreeSet::new(),
            updates: 0,
            stats: MatcherStats::default(),
            changed: None,
        }
    }

    /// Matches a trajectory update (see the module docs). Errors (a point without valid
    /// position, too many points) leave the session's state unchanged.
    pub fn process(&mut self, trajectory: &Trajectory) -> Result<MatchedTrajectory> {
        let id: SessionId = (
            trajectory.trajectory_key.clone(),
            trajectory.session_start_ms,
        );
        let invalid = |reason: String| Error::InvalidTrajectory {
            key: trajectory.trajectory_key.clone(),
            session_start_ms: trajectory.session_start_ms,
            reason,
        };
        if trajectory.points.len() > MAX_TRAJECTORY_POINTS {
            return Err(invalid(format!(
                "{} points, limit {MAX_TRAJECTORY_POINTS}",
                trajectory.points.len()
            )));
        }
        let mut local = Vec::with_capacity(trajectory.points.len());
        for (i, p) in trajectory.points.iter().enumerate() {
            let w = position(p).ok_or_else(|| {
                invalid(format!(
                    "point {i} at {} ms has no valid position",
                    p.timestamp_ms
                ))
            })?;
            let (e, n) = self.graph.frame().to_local(w);
            local.push([e, n]);
        }
        let class = ObjectClass::try_from(trajectory.object_class).unwrap_or(ObjectClass::Unknown);
        let kind = road_kind_for(class).filter(|k| self.graph.segment_count(*k) > 0);

        let mut session = self
            .take(&id)
            .filter(|s| s.kind == kind)
            .unwrap_or_else(|| Session::new(kind));
        // New points: newer than the last matched one, in time order.
        let mut order: Vec<usize> = (0..trajectory.points.len()).collect();
        order.sort_by_key(|&i| trajectory.points[i].timestamp_ms);
        if let Some(kind) = kind {
            for &i in &order {
                let p = &trajectory.points[i];
                if p.timestamp_ms > session.newest_ms {
                    self.step(&mut session, kind, p, local[i]);
                    self.stats.matched_points += 1;
                }
            }
        }
        let current = self.current(&session);
        let mut points = Vec::with_capacity(trajectory.points.len());
        for (i, p) in trajectory.points.iter().enumerate() {
            let known = current
                .get(&p.timestamp_ms)
                .or_else(|| session.decided.get(&p.timestamp_ms))
                .filter(|m| m.original == p.position);
            let m = match (known, kind) {
                (Some(m), _) => {
                    self.stats.reused_points += 1;
                    *m
                }
                (None, Some(kind)) => {
                    self.stats.late_points += 1;
                    self.alone(kind, p, local[i], None)
                }
                (None, None) => unmatched(p),
            };
            if m.road_kind == RoadKind::Unspecified as i32 {
                self.stats.unmatched_points += 1;
            }
            points.push(m);
        }
        // Decided points older than this window are never asked for again.
        if let Some(first) = trajectory.points.iter().map(|p| p.timestamp_ms).min() {
            session.decided = session.decided.split_off(&first);
        }
        let newest = trajectory.points.iter().map(|p| p.timestamp_ms).max();
        session.last_point_ms = session.last_point_ms.max(newest.unwrap_or(i64::MIN));
        let result = MatchedTrajectory {
            trajectory_key: trajectory.trajectory_key.clone(),
            session_start_ms: trajectory.session_start_ms,
            object_class: trajectory.object_class,
            owner: trajectory.owner.clone(),
            points,
            point_count: trajectory.point_count,
            trace: trajectory.trace.clone(),
        };
        self.store(id, session);
        Ok(result)
    }

    /// The heading a point gives: its own when it moves (or speed is unknown), else the
    /// direction from the previous point when far enough.
    fn observed_heading(
        p: &TrajectoryPoint,
        here: [f64; 2],
        previous: Option<[f64; 2]>,
    ) -> Option<f64> {
        let moving = p.speed_mps.is_none_or(|v| v >= MIN_SPEED_FOR_HEADING_MPS);
        if let Some(h) = p.heading_deg.filter(|h| h.is_finite() && moving) {
            return Some(h);
        }
        let prev = previous?;
        let (de, dn) = (here[0] - prev[0], here[1] - prev[1]);
        (de.hypot(dn) >= MIN_MOVE_FOR_HEADING_M).then(|| normalize_deg(de.atan2(dn).to_degrees()))
    }

    /// Log emission probability of a projection (up to a constant).
    /// The lanes of `kind` near `here` as HMM states scored by their emission alone.
    fn candidate_states(
        &self,
        kind: RoadKind,
        here: [f64; 2],
        heading: Option<f64>,
    ) -> impl Iterator<Item = State> {
        self.graph
            .candidates(kind, here, CANDIDATE_RADIUS_M, MAX_CANDIDATES)
            .into_iter()
            .map(move |(lane, proj)| State {
                lane,
                proj,
                score: Self::emission(&proj, heading),
                back: 0,
            })
    }

    fn emission(proj: &LaneProjection, heading: Option<f64>) -> f64 {
        let z = proj.distance_m / SIGMA_M;
        let h = heading.map_or(0.0, |h| {
            HEADING_KAPPA * (1.0 - heading_gap_rad(h, proj.heading_deg).cos())
        });
        -0.5 * z * z - h
    }

    /// Signed distance along the lanes from `a` to `b` (negative: a small move back on the
    /// same lane; never back across a lane boundary), or None when impossible.
    fn route(&self, a: &State, b: &State, max_m: f64) -> Option<f64> {
        let back = a.proj.arc_m - b.proj.arc_m;
        if a.lane == b.lane && back > 0.0 {
            return (back <= BACKWARD_TOLERANCE_M).then_some(-back);
        }
        self.graph
            .route_distance((a.lane, a.proj.arc_m), (b.lane, b.proj.arc_m), max_m)
    }

    /// A point farther from the session's last matched one than the road user could have
    /// moved ([`MAX_PLAUSIBLE_SPEED_MPS`]): matched onto the lane of the current best path
    /// at the last matched position, without entering the HMM, so a jump cannot pull the
    /// session onto another lane. Returns false when the point is plausible, when the last
    /// [`MAX_IMPLAUSIBLE_IN_ROW`] were not (then this one is taken), when the last point
    /// was off the graph or this one is (then the HMM's break handling decides).
    fn reject_implausible(
        &mut self,
        s: &mut Session,
        kind: RoadKind,
        p: &TrajectoryPoint,
        here: [f64; 2],
    ) -> bool {
        let Some(anchor) = s.last_obs else {
            return false;
        };
        let anchored = s
            .pending
            .back()
            .is_some_and(|c| c.point.timestamp_ms == s.last_obs_ms);
        if !anchored
            || self
                .graph
                .candidates(kind, here, CANDIDATE_RADIUS_M, 1)
                .is_empty()
        {
            return false;
        }
        let dt_s = p.timestamp_ms.saturating_sub(s.last_obs_ms) as f64 / 1000.0;
        let moved = (here[0] - anchor[0]).hypot(here[1] - anchor[1]);
        if moved <= MAX_PLAUSIBLE_SPEED_MPS * dt_s + PLAUSIBLE_SLACK_M
            || s.implausible_in_row >= MAX_IMPLAUSIBLE_IN_ROW
        {
            s.implausible_in_row = 0;
            return false;
        }
        let Some(best) = s.pending.back().and_then(|c| {
            c.states
                .iter()
                .max_by(|a, b| a.score.total_cmp(&b.score))
                .copied()
        }) else {
            return false;
        };
        s.implausible_in_row += 1;
        s.newest_ms = p.timestamp_ms;
        let proj = self.graph.lane(best.lane).project(anchor);
        let st = State { proj, ..best };
        s.decided.insert(p.timestamp_ms, self.matched(p, &st));
        self.stats.implausible_points += 1;
        true
    }

    /// Runs one new point through the HMM of a session.
    fn step(&mut self, s: &mut Session, kind: RoadKind, p: &TrajectoryPoint, here: [f64; 2]) {
        if self.reject_implausible(s, kind, p, here) {
            return;
        }
        let heading = Self::observed_heading(p, here, s.last_obs);
        let mut states: Vec<State> = self
            .candidate_states(kind, here, heading)
            .filter(|st| lane_fits_heading(p, st))
            .collect();
        let straight = s.last_obs.map(|o| (here[0] - o[0]).hypot(here[1] - o[1]));
        s.newest_ms = p.timestamp_ms;
        s.last_obs = Some(here);
        s.last_obs_ms = p.timestamp_ms;
        if states.is_empty() {
            // Off the graph: the point is unmatched, the HMM goes on from its last column.
            s.decided.insert(p.timestamp_ms, unmatched(p));
            return;
        }
        let mut connected = false;
        if let (Some(prev), Some(d)) = (s.pending.back(), straight) {
            for st in &mut states {
                let mut best: Option<(f64, usize)> = None;
                for (k, from) in prev.states.iter().enumerate() {
                    if !from.score.is_finite() {
                        continue;
                    }
                    let Some(r) = self.route(from, st, d + ROUTE_SLACK_M) else {
                        continue;
                    };
                    let score = from.score - (r - d).abs() / BETA_M;
                    if best.is_none_or(|(b, _)| score > b) {
                        best = Some((score, k));
                    }
                }
                match best.filter(|(score, _)| *score >= -BREAK_LOG_LIKELIHOOD) {
                    Some((score, k)) => {
                        st.score += score;
                        st.back = k;
                        connected = true;
                    }
                    None => st.score = f64::NEG_INFINITY,
                }
            }
        }
        if !connected {
            // A break (or the first point): decide everything pending, restart here.
            if !s.pending.is_empty() {
                self.stats.breaks += 1;
            }
            while !s.pending.is_empty() {
                self.decide_front(s);
            }
            for st in &mut states {
                st.score = Self::emission(&st.proj, heading);
                st.back = 0;
            }
        }
        let max = states
            .iter()
            .map(|st| st.score)
            .fold(f64::NEG_INFINITY, f64::max);
        for st in &mut states {
            st.score -= max;
        }
        s.pending.push_back(Column { point: *p, states });
        while s.pending.len() > LAG_POINTS
            || s.pending
                .front()
                .is_some_and(|c| p.timestamp_ms.saturating_sub(c.point.timestamp_ms) > LAG_MS)
        {
            self.decide_front(s);
        }
    }

    /// Best path through the pending columns: a state index per column.
    fn backtrack(pending: &VecDeque<Column>) -> Vec<usize> {
        let mut path = vec![0; pending.len()];
        let Some(last) = pending.back() else {
            return path;
        };
        let mut idx = last
            .states
            .iter()
            .enumerate()
            .max_by(|a, b| a.1.score.total_cmp(&b.1.score))
            .map_or(0, |(i, _)| i);
        for k in (0..pending.len()).rev() {
            path[k] = idx;
            idx = pending[k].states.get(idx).map_or(0, |st| st.back);
        }
        path
    }

    /// Decides the oldest pending column and prunes the next one to that decision.
    fn decide_front(&self, s: &mut Session) {
        let path = Self::backtrack(&s.pending);
        let Some(front) = s.pending.pop_front() else {
            return;
        };
        let chosen = path.first().copied().unwrap_or(0);
        if let Some(next) = s.pending.front_mut() {
            for st in &mut next.states {
                if st.back != chosen {
                    st.score = f64::NEG_INFINITY;
                }
            }
        }
        if let Some(st) = front.states.get(chosen) {
            s.decided
                .insert(front.point.timestamp_ms, self.matched(&front.point, st));
        }
    }

    /// The current best decisions of the pending columns, by timestamp.
    fn current(&self, s: &Session) -> BTreeMap<i64, MatchedPoint> {
        let path = Self::backtrack(&s.pending);
        s.pending
            .iter()
            .zip(path)
            .filter_map(|(c, i)| {
                let st = c.states.get(i)?;
                Some((c.point.timestamp_ms, self.matched(&c.point, st)))
            })
            .collect()
    }

    /// A point matched alone: the candidate with the best emission.
    fn alone(
        &self,
        kind: RoadKind,
        p: &TrajectoryPoint,
        here: [f64; 2],
        previous: Option<[f64; 2]>,
    ) -> MatchedPoint {
        let heading = Self::observed_heading(p, here, previous);
        self.candidate_states(kind, here, heading)
            .filter(|st| lane_fits_heading(p, st))
            .max_by(|a, b| a.score.total_cmp(&b.score))
            .map_or_else(|| unmatched(p), |st| self.matched(p, &st))
    }

    /// The output point for a state.
    fn matched(&self, p: &TrajectoryPoint, st: &State) -> MatchedPoint {
        let lane = self.graph.lane(st.lane);
        let m = self
            .graph
            .frame()
            .to_wgs84(st.proj.point[0], st.proj.point[1]);
        MatchedPoint {
            timestamp_ms: p.timestamp_ms,
            original: p.position,
            matched: Some(GeoPoint {
                latitude_deg: m.lat_deg,
                longitude_deg: m.lon_deg,
            }),
            road_kind: lane.kind as i32,
            segment_id: lane.id,
            offset_m: st.proj.distance_m,
            arc_m: st.proj.arc_m,
            lane_heading_deg: st.proj.heading_deg,
            speed_mps: p.speed_mps,
        }
    }

    /// Drops the state of every session whose last point is more than the idle timeout
    /// before `watermark_ms` (event time). Returns how many were dropped.
    pub fn evict_idle(&mut self, watermark_ms: i64) -> usize {
        let mut dropped = 0;
        while let Some((last, id)) = self.by_last_point.first().cloned() {
            if watermark_ms.saturating_sub(last) <= self.cfg.idle_timeout_ms {
                break;
            }
            self.take(&id);
            dropped += 1;
        }
        dropped
    }

    /// Number of sessions with state.
    pub fn cached_sessions(&self) -> usize {
        self.sessions.len()
    }

    /// Counters since creation.
    pub fn stats(&self) -> MatcherStats {
        self.stats
    }

    /// The lane graph in use.
    pub fn graph(&self) -> &Arc<LaneGraph> {
        &self.graph
    }

    /// Stores a session's state and indexes it, evicting the LRU session if full.
    fn store(&mut self, id: SessionId, mut session: Session) {
        self.take(&id);
        while self.sessions.len() >= self.cfg.max_cached_sessions {
            let Some((_, lru)) = self.by_update.pop_first() else {
                break;
            };
            self.take(&lru);
            self.stats.evicted_for_capacity += 1;
        }
        self.updates += 1;
        session.last_update = self.updates;
        self.by_update.insert(self.updates, id.clone());
        self.by_last_point
            .insert((session.last_point_ms, id.clone()));
        self.mark(&id);
        self.sessions.insert(id, session);
    }

    /// Removes a session's state and index entries and returns the state.
    fn take(&mut self, id: &SessionId) -> Option<Session> {
        let s = self.sessions.remove(id)?;
        self.by_update.remove(&s.last_update);
        self.by_last_point.remove(&(s.last_point_ms, id.clone()));
        self.mark(id);
        Some(s)
    }
}

/// Whether a state's lane direction is compatible with the point's reported heading (see
/// [`MAX_LANE_HEADING_GAP_DEG`]); always true when the point is slow or reports no heading.
fn lane_fits_heading(p: &TrajectoryPoint, st: &State) -> bool {
    let gated = p
        .speed_mps
        .is_some_and(|v| v >= MIN_SPEED_FOR_LANE_GATE_MPS);
    match p.heading_deg.filter(|h| h.is_finite() && gated) {
        Some(h) => heading_gap_rad(h, st.proj.heading_deg) <= MAX_LANE_HEADING_GAP_DEG.to_radians(),
        None => true,
    }
}

/// A point passed through unmatched: matched = original, offset 0, observed heading.
fn unmatched(p: &TrajectoryPoint) -> MatchedPoint {
    MatchedPoint {
        timestamp_ms: p.timestamp_ms,
        original: p.position,
        matched: p.position,
        road_kind: RoadKind::Unspecified as i32,
        segment_id: 0,
        offset_m: 0.0,
        arc_m: 0.0,
        lane_heading_deg: p.heading_deg.filter(|h| h.is_finite()).unwrap_or(0.0),
        speed_mps: p.speed_mps,
    }
}

#[cfg(test)]
mod tests;
