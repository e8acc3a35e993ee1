//! What the page shows, as plain data: the latest state per road user, the collision risks,
//! the DENM log, rates and dead letters. Pure: records and the time come in, frames (JSON)
//! go out; no I/O, so the server's sampling and the tests drive it alike.
//!
//! Records are applied as they are consumed ([`ViewState::apply`]); the server takes a
//! [`Frame`] at most every frame interval ([`ViewState::delta`]): the road users and risks
//! that changed since the last frame (whole objects, so a client merges by key), the users
//! that went away, the new DENM events and the counters. A browser that connects gets
//! [`ViewState::snapshot`] first. So the browser never sees every record, only the state at
//! frame times, however fast the pipeline runs.
//!
//! Positions are metres east/north in one local frame: the street graph's
//! ([`cits_core::lanes::LaneGraph::frame`]), the frame the map matcher and predictor work
//! in, so a matched point lies on the lane the graph endpoint draws. Without a graph the
//! first position seen is the origin.
//!
//! Road users are keyed `<trajectory_key>@<session_start_ms>` (the 8-bit object id is
//! reused, the session start tells two objects apart) and go away [`USER_TIMEOUT_MS`] of
//! event time after their last update.

use std::collections::{BTreeMap, BTreeSet, VecDeque};

use cits_core::geo::{its_time_to_unix_ms, LocalFrame, Wgs84};
use cits_pipeline::denm::DenmTally;
use cits_proto::{
    CitsMessage, CollisionRisk, DeadLetter, GeoPoint, MatchedTrajectory, ObjectClass, Prediction,
    PredictionMethod, RiskState, RoadKind, Trace,
};
use prost::Message as _;
use serde::Serialize;

/// A road user not updated for this long (event time) is gone: the assembler closes a
/// session after 5 s without observations, so no update can follow.
pub const USER_TIMEOUT_MS: i64 = 5_000;
/// Points of a road user's recent trajectory kept: 10 s at the sample's 8 Hz, the window
/// the assembler sends.
pub const TRAIL_POINTS: usize = 80;
/// Road users kept at most: bounds memory and frame size against a flood of keys; far
/// more than one intersection holds.
pub const MAX_USERS: usize = 2_000;
/// Risk rows kept at most (the oldest ended ones go first): a screen's worth of history.
pub const MAX_RISKS: usize = 100;
/// DENM log entries kept at most (oldest go first).
pub const MAX_DENM_EVENTS: usize = 100;
/// Dead letters kept for display at most (oldest go first); all are counted.
pub const MAX_DEAD_LETTERS: usize = 20;
/// Window of the rates and latency percentiles, ms of wall time: "the last seconds".
pub const RATE_WINDOW_MS: u64 = 5_000;
/// Latency samples kept per window at most (bounds memory at high rates; the newest win).
const MAX_LATENCY_SAMPLES: usize = 10_000;
/// A frame is sent without changes this often (ms), so rates and latencies stay current.
pub const IDLE_FRAME_MS: u64 = 1_000;

/// The topics the view consumes; index into the counters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Matched trajectories (`cits.matched`): positions and trails.
    Matched = 0,
    /// Predictions (`cits.predictions`): predicted paths.
    Predictions = 1,
    /// Collision risks (`cits.risks`).
    Risks = 2,
    /// DENMs (`cits.denm`).
    Denm = 3,
    /// Dead letters (`cits.dlq`).
    Dlq = 4,
}

impl Kind {
    /// Every kind, in index order.
    pub const ALL: [Kind; 5] = [
        Kind::Matched,
        Kind::Predictions,
        Kind::Risks,
        Kind::Denm,
        Kind::Dlq,
    ];

    /// Short name, as on the page.
    pub fn name(self) -> &'static str {
        match self {
            Kind::Matched => "matched",
            Kind::Predictions => "predictions",
            Kind::Risks => "risks",
            Kind::Denm => "denm",
            Kind::Dlq => "dlq",
        }
    }
}

/// One predicted path of a road user.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Path {
    /// Probability of the hypothesis, 0..1.
    pub p: f64,
    /// `graph` or `cv` (constant velocity).
    pub method: &'static str,
    /// Predicted positions, local metres, in time order.
    pub points: Vec<[f64; 2]>,
}

/// One road user as drawn.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct User {
    /// `<trajectory_key>@<session_start_ms>`.
    pub key: String,
    /// `car`, `bicycle`, `pedestrian`, `motorcycle`, `truck`, `bus` or `unknown`.
    pub class: &'static str,
    /// Current position, metres east of the frame origin.
    pub x: f64,
    /// Current position, metres north of the frame origin.
    pub y: f64,
    /// Heading, degrees clockwise from north.
    pub heading: f64,
    /// Speed, m/s (0 when unknown).
    pub speed: f64,
    /// `car`, `bike`, `crosswalk` or `none` (not matched).
    pub road: &'static str,
    /// Lane id within its road kind, when matched.
    pub lane: Option<u32>,
    /// Recent matched positions, oldest first (the last one is the current position).
    pub trail: Vec<[f64; 2]>,
    /// Predicted paths, most probable first.
    pub paths: Vec<Path>,
    /// Event time of the newest observation, Unix ms.
    pub t: i64,
    /// Event time of the newest matched trajectory, Unix ms: road, lane and trail come only
    /// from those, and the topics are read concurrently, so a prediction newer than the
    /// matched update it was made from may arrive first.
    #[serde(skip)]
    matched_t: i64,
}

/// One collision risk as listed and drawn.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Risk {
    /// The detector's risk id (Kafka key).
    pub id: String,
    /// `active` or `ended`.
    pub state: &'static str,
    /// The motor vehicle's user key.
    pub vehicle: String,
    /// Its class.
    pub vehicle_class: &'static str,
    /// The other road user's key.
    pub other: String,
    /// Its class.
    pub other_class: &'static str,
    /// Conflict point, local metres.
    pub x: f64,
    /// Conflict point, local metres.
    pub y: f64,
    /// Latest predicted time to collision, s.
    pub ttc: Option<f64>,
    /// Latest predicted post-encroachment time, s.
    pub pet: Option<f64>,
    /// Probability 0..1.
    pub p: f64,
    /// Event time the risk was first raised, Unix ms.
    pub detected: i64,
    /// Event time of the latest record, Unix ms.
    pub t: i64,
    /// Lead time, s: from the first raise to the conflict moment the latest record predicts
    /// (its time + TTC, else the time the vehicle's path passes the conflict point).
    pub lead: Option<f64>,
    /// Records of this risk so far.
    pub records: u32,
}

/// One DENM as logged.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DenmEvent {
    /// referenceTime as Unix ms.
    pub t: i64,
    /// actionId `<station>/<sequence>`.
    pub action: String,
    /// `new`, `update` or `cancel`.
    pub step: &'static str,
    /// Event position, local metres.
    pub x: f64,
    /// Event position, local metres.
    pub y: f64,
    /// collisionRisk subCause (5 pedestrian, 6 cyclist, ...), when given.
    pub sub_cause: Option<u8>,
}

/// One dead letter as listed.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DeadLetterRow {
    /// The stage that rejected the record.
    pub stage: String,
    /// `<topic>/<partition>@<offset>` of the rejected record.
    pub source: String,
    /// Why.
    pub reason: String,
}

/// Records and rate of one topic.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TopicStats {
    /// Short name (see [`Kind::name`]).
    pub name: &'static str,
    /// Records consumed since the view started.
    pub total: u64,
    /// Records per second over the last [`RATE_WINDOW_MS`].
    pub rate: f64,
}

/// Records out of one stage and their rate: the log end of the stage's output topic,
/// read every [`crate::consumer::STAGE_PROBE_INTERVAL`] (the records are not fetched).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StageStats {
    /// Stage name (`decoder` … `denm`).
    pub stage: &'static str,
    /// Its output topic.
    pub topic: String,
    /// Records in the output topic (the sum of its partitions' log ends).
    pub total: u64,
    /// Records per second over the last [`RATE_WINDOW_MS`].
    pub rate: f64,
}

/// Percentiles of a latency window.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Default)]
pub struct Latency {
    /// Samples in the window.
    pub n: usize,
    /// Median, ms.
    pub p50: Option<f64>,
    /// 95th percentile, ms.
    pub p95: Option<f64>,
}

/// Counters of a frame.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Stats {
    /// Per consumed topic, in [`Kind`] order.
    pub topics: Vec<TopicStats>,
    /// Per stage, in pipeline order, once its output topic was probed.
    pub stages: Vec<StageStats>,
    /// DENMs per lifecycle step: new, update, cancel.
    pub denm_steps: [u64; 3],
    /// Dead letters per stage.
    pub dlq_by_stage: BTreeMap<String, u64>,
    /// The latest dead letters, oldest first.
    pub dead_letters: Vec<DeadLetterRow>,
    /// Replay ingest → predictor send, over the last [`RATE_WINDOW_MS`].
    pub latency_predictions: Latency,
    /// Replay ingest → DENM sender send, over the last [`RATE_WINDOW_MS`].
    pub latency_denm: Latency,
    /// Records that did not decode as their topic's type.
    pub undecodable: u64,
    /// Road users in view.
    pub users: usize,
    /// Risks currently active.
    pub active_risks: usize,
}

/// What goes to the browser: the whole state (`snapshot`) or what changed (`delta`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Frame {
    /// `snapshot` or `delta`.
    pub kind: &'static str,
    /// Frame number: a delta with seq n follows the frame n - 1.
    pub seq: u64,
    /// Newest event time seen, Unix ms (0 before any record).
    pub event_ms: i64,
    /// Local frame origin, degrees (lat, lon), once known.
    pub origin: Option<[f64; 2]>,
    /// Road users: all (snapshot) or those changed since the last frame (delta).
    pub users: Vec<User>,
    /// Keys of road users gone since the last frame (delta only).
    pub gone: Vec<String>,
    /// Risks: all kept (snapshot) or those changed (delta).
    pub risks: Vec<Risk>,
    /// DENM log: all kept (snapshot) or the new ones (delta), oldest first.
    pub denms: Vec<DenmEvent>,
    /// Counters.
    pub stats: Stats,
}

/// Wall-clock samples of one counter for its rate.
#[derive(Debug, Default)]
struct Counter {
    total: u64,
    /// (wall ms, total) at each frame, within the window.
    history: VecDeque<(u64, u64)>,
}

impl Counter {
    fn rate(&mut self, now_ms: u64) -> f64 {
        self.history.push_back((now_ms, self.total));
        while let Some(&(t, _)) = self.history.front() {
            if now_ms.saturating_sub(t) > RATE_WINDOW_MS && self.history.len() > 2 {
                self.history.pop_front();
            } else {
                break;
            }
        }
        match self.history.front() {
            Some(&(t0, n0)) if now_ms > t0 => {
                (self.total - n0) as f64 * 1000.0 / (now_ms - t0) as f64
            }
            _ => 0.0,
        }
    }
}

/// Latency samples with their wall time.
#[derive(Debug, Default)]
struct LatencyWindow {
    samples: VecDeque<(u64, f64)>,
}

impl LatencyWindow {
    fn push(&mut self, now_ms: u64, trace: Option<&Trace>) {
        if let Some(ms) = cits_pipeline::json::end_to_end_ms(trace) {
            if self.samples.len() >= MAX_LATENCY_SAMPLES {
                self.samples.pop_front();
            }
            self.samples.push_back((now_ms, ms));
        }
    }

    fn percentiles(&mut self, now_ms: u64) -> Latency {
        while let Some(&(t, _)) = self.samples.front() {
            if now_ms.saturating_sub(t) > RATE_WINDOW_MS {
                self.samples.pop_front();
            } else {
                break;
            }
        }
        let mut v: Vec<f64> = self.samples.iter().map(|s| s.1).collect();
        v.sort_by(f64::total_cmp);
        // Nearest-rank percentile.
        let at = |q: f64| {
            let rank = ((q * v.len() as f64).ceil() as usize).clamp(1, v.len());
            v.get(rank - 1).copied()
        };
        if v.is_empty() {
            return Latency::default();
        }
        Latency {
            n: v.len(),
            p50: at(0.5),
            p95: at(0.95),
        }
    }
}

/// The view's state (see the module docs).
#[derive(Debug, Default)]
pub struct ViewState {
    frame: Option<LocalFrame>,
    users: BTreeMap<String, User>,
    risks: BTreeMap<String, Risk>,
    denms: VecDeque<DenmEvent>,
    tally: DenmTally,
    dead_letters: VecDeque<DeadLetterRow>,
    dlq_by_stage: BTreeMap<String, u64>,
    counters: [Counter; 5],
    /// Stage name, output topic and its log-end counter, in pipeline order.
    stage_outputs: Vec<(&'static str, String, Counter)>,
    latency_predictions: LatencyWindow,
    latency_denm: LatencyWindow,
    undecodable: u64,
    event_ms: i64,
    seq: u64,
    /// Changed since the last frame.
    dirty_users: BTreeSet<String>,
    gone: BTreeSet<String>,
    dirty_risks: BTreeSet<String>,
    new_denms: usize,
    last_frame_ms: Option<u64>,
}

/// Rounds to centimetres: the sensors are not better, and the JSON stays small.
fn cm(v: f64) -> f64 {
    (v * 100.0).round() / 100.0
}

fn class_name(code: i32) -> &'static str {
    match ObjectClass::try_from(code).unwrap_or(ObjectClass::Unknown) {
        ObjectClass::Car => "car",
        ObjectClass::Bicycle => "bicycle",
        ObjectClass::Pedestrian => "pedestrian",
        ObjectClass::Motorcycle => "motorcycle",
        ObjectClass::Truck => "truck",
        ObjectClass::Bus => "bus",
        ObjectClass::Unknown => "unknown",
    }
}

/// Short name of a road kind, as on the page and in the graph endpoint.
pub fn road_name(kind: RoadKind) -> &'static str {
    match kind {
        RoadKind::CarLane => "car",
        RoadKind::BikeLane => "bike",
        RoadKind::Crosswalk => "crosswalk",
        RoadKind::Unspecified => "none",
    }
}

fn user_key(trajectory_key: &str, session_start_ms: i64) -> String {
    format!("{trajectory_key}@{session_start_ms}")
}

impl ViewState {
    /// An empty state whose positions are in `frame` (the street graph's), or in a frame at
    /// the first position seen when `None`.
    pub fn new(frame: Option<LocalFrame>) -> Self {
        Self {
            frame,
            ..Self::default()
        }
    }

    /// Local metres of a WGS84 point, rounded to cm; `None` for a missing or invalid point.
    fn local(&mut self, p: Option<&GeoPoint>) -> Option<[f64; 2]> {
        let p = p?;
        let w = Wgs84 {
            lat_deg: p.latitude_deg,
            lon_deg: p.longitude_deg,
        };
        if !w.is_valid() {
            return None;
        }
        let frame = *self.frame.get_or_insert_with(|| LocalFrame::new(w));
        let (x, y) = frame.to_local(w);
        Some([cm(x), cm(y)])
    }

    /// Sets the records `stage` has written to `topic` so far (its log end); stages are
    /// listed in the order they first report.
    pub fn set_stage_output(&mut self, stage: &'static str, topic: &str, total: u64) {
        match self.stage_outputs.iter_mut().find(|(s, _, _)| *s == stage) {
            Some((_, t, counter)) => {
                counter.total = total;
                if t != topic {
                    *t = topic.to_string();
                }
            }
            None => self.stage_outputs.push((
                stage,
                topic.to_string(),
                Counter {
                    total,
                    ..Counter::default()
                },
            )),
        }
    }

    /// Applies one record of `kind` consumed at wall time `now_ms` (any monotonic ms). A
    /// record that does not decode is counted as undecodable, nothing else.
    pub fn apply(&mut self, kind: Kind, value: &[u8], now_ms: u64) {
        self.counters[kind as usize].total += 1;
        let ok = match kind {
            Kind::Matched => MatchedTrajectory::decode(value)
                .map(|m| self.matched(&m))
                .is_ok(),
            Kind::Predictions => Prediction::decode(value)
                .map(|p| {
                    self.latency_predictions.push(now_ms, p.trace.as_ref());
                    self.prediction(&p);
                })
                .is_ok(),
            Kind::Risks => CollisionRisk::decode(value).map(|r| self.risk(&r)).is_ok(),
            Kind::Denm => match CitsMessage::decode(value) {
                Ok(m) => {
                    self.latency_denm.push(now_ms, m.trace.as_ref());
                    self.denm(&m)
                }
                Err(_) => false,
            },
            Kind::Dlq => DeadLetter::decode(value)
                .map(|d| self.dead_letter(&d))
                .is_ok(),
        };
        if !ok {
            self.undecodable += 1;
        }
    }

    /// The user with `key`, created if new (unless [`MAX_USERS`] are there).
    fn user_mut(&mut self, key: String, class: i32) -> Option<&mut User> {
        if !self.users.contains_key(&key) && self.users.len() >= MAX_USERS {
            return None;
        }
        self.gone.remove(&key);
        self.dirty_users.insert(key.clone());
        Some(self.users.entry(key.clone()).or_insert_with(|| User {
            key,
            class: class_name(class),
            x: 0.0,
            y: 0.0,
            heading: 0.0,
            speed: 0.0,
            road: "none",
            lane: None,
            trail: Vec::new(),
            paths: Vec::new(),
            t: i64::MIN,
            matched_t: i64::MIN,
        }))
    }

    fn matched(&mut self, m: &MatchedTrajectory) {
        let Some(last) = m.points.last() else { return };
        let mut trail: Vec<[f64; 2]> = Vec::new();
        let skip = m.points.len().saturating_sub(TRAIL_POINTS);
        for p in &m.points[skip..] {
            if let Some(xy) = self.local(p.matched.as_ref().or(p.original.as_ref())) {
                trail.push(xy);
            }
        }
        let Some(&[x, y]) = trail.last() else { return };
        self.event_ms = self.event_ms.max(last.timestamp_ms);
        let road = RoadKind::try_from(last.road_kind).unwrap_or(RoadKind::Unspecified);
        let key = user_key(&m.trajectory_key, m.session_start_ms);
        let Some(user) = self.user_mut(key, m.object_class) else {
            return;
        };
        if last.timestamp_ms < user.matched_t {
            return; // an older matched update arriving late
        }
        user.matched_t = last.timestamp_ms;
        user.road = road_name(road);
        user.lane = (road != RoadKind::Unspecified).then_some(last.segment_id);
        user.trail = trail;
        if last.timestamp_ms < user.t {
            // A newer prediction already moved the user: keep its position at the trail's end.
            if user.trail.last() != Some(&[user.x, user.y]) {
                user.trail.push([user.x, user.y]);
                if user.trail.len() > TRAIL_POINTS {
                    user.trail.remove(0);
                }
            }
            return;
        }
        user.x = x;
        user.y = y;
        user.t = last.timestamp_ms;
        user.heading = last.lane_heading_deg;
        if let Some(speed) = last.speed_mps {
            user.speed = speed;
        }
    }

    fn path_points(&mut self, points: &[cits_proto::PredictedPoint]) -> Vec<[f64; 2]> {
        points
            .iter()
            .filter_map(|p| self.local(p.position.as_ref()))
            .collect()
    }

    fn prediction(&mut self, p: &Prediction) {
        let Some([x, y]) = self.local(p.position.as_ref()) else {
            return;
        };
        self.event_ms = self.event_ms.max(p.timestamp_ms);
        let mut paths: Vec<Path> = Vec::new();
        for h in &p.hypotheses {
            let points = self.path_points(&h.points);
            let method = match PredictionMethod::try_from(h.method) {
                Ok(PredictionMethod::Graph) => "graph",
                Ok(PredictionMethod::ConstantVelocity) => "cv",
                _ => "other",
            };
            paths.push(Path {
                p: (h.probability * 1000.0).round() / 1000.0,
                method,
                points,
            });
        }
        paths.sort_by(|a, b| b.p.total_cmp(&a.p));
        let key = user_key(&p.trajectory_key, p.session_start_ms);
        let Some(user) = self.user_mut(key, p.object_class) else {
            return;
        };
        if p.timestamp_ms < user.t {
            return;
        }
        user.paths = paths;
        user.t = p.timestamp_ms;
        user.x = x;
        user.y = y;
        user.speed = p.speed_mps;
        user.heading = p.heading_deg;
        if user.trail.last() != Some(&[x, y]) {
            user.trail.push([x, y]);
            if user.trail.len() > TRAIL_POINTS {
                user.trail.remove(0);
            }
        }
    }

    fn risk(&mut self, r: &CollisionRisk) {
        let Some([x, y]) = self.local(r.conflict_point.as_ref()) else {
            return;
        };
        self.event_ms = self.event_ms.max(r.timestamp_ms);
        let conflict_ms = match r.ttc_s {
            Some(ttc) => Some(r.timestamp_ms + (ttc * 1000.0).round() as i64),
            None => r.vehicle.as_ref().and_then(|v| {
                // The vehicle's predicted point nearest the conflict point.
                v.path
                    .iter()
                    .filter_map(|p| Some((self.local(p.position.as_ref())?, p.delta_ms)))
                    .min_by(|a, b| {
                        let d = |q: [f64; 2]| (q[0] - x).hypot(q[1] - y);
                        d(a.0).total_cmp(&d(b.0))
                    })
                    .map(|(_, delta)| r.timestamp_ms + i64::from(delta))
            }),
        };
        let who = |u: Option<&cits_proto::RoadUser>| match u {
            Some(u) => (
                user_key(&u.trajectory_key, u.session_start_ms),
                class_name(u.object_class),
            ),
            None => (String::new(), "unknown"),
        };
        let (vehicle, vehicle_class) = who(r.vehicle.as_ref());
        let (other, other_class) = who(r.other.as_ref());
        let state = match RiskState::try_from(r.state) {
            Ok(RiskState::Ended) => "ended",
            _ => "active",
        };
        let records = self.risks.get(&r.risk_id).map_or(0, |old| old.records) + 1;
        self.risks.insert(
            r.risk_id.clone(),
            Risk {
                id: r.risk_id.clone(),
                state,
                vehicle,
                vehicle_class,
                other,
                other_class,
                x,
                y,
                ttc: r.ttc_s.map(|v| (v * 100.0).round() / 100.0),
                pet: r.pet_s.map(|v| (v * 100.0).round() / 100.0),
                p: (r.probability * 1000.0).round() / 1000.0,
                detected: r.detected_ms,
                t: r.timestamp_ms,
                lead: conflict_ms.map(|c| (c - r.detected_ms) as f64 / 1000.0),
                records,
            },
        );
        self.dirty_risks.insert(r.risk_id.clone());
        while self.risks.len() > MAX_RISKS {
            // Oldest ended risk first; if all are active, the oldest.
            let victim = self
                .risks
                .values()
                .filter(|r| r.state == "ended")
                .min_by_key(|r| r.t)
                .or_else(|| self.risks.values().min_by_key(|r| r.t))
                .map(|r| r.id.clone());
            match victim {
                Some(id) => {
                    self.risks.remove(&id);
                    self.dirty_risks.remove(&id);
                }
                None => break,
            }
        }
    }

    fn denm(&mut self, m: &CitsMessage) -> bool {
        let Ok(info) = cits_pipeline::denm::decode_message(m) else {
            return false;
        };
        let step = self.tally.count(&info);
        let (lat, lon) = info.position_deg;
        let [x, y] = self
            .local(Some(&GeoPoint {
                latitude_deg: lat,
                longitude_deg: lon,
            }))
            .unwrap_or([0.0, 0.0]);
        let t = its_time_to_unix_ms(info.reference_time);
        self.event_ms = self.event_ms.max(t);
        if self.denms.len() >= MAX_DENM_EVENTS {
            self.denms.pop_front();
        }
        self.denms.push_back(DenmEvent {
            t,
            action: format!("{}/{}", info.station_id, info.sequence),
            step: step.name(),
            x,
            y,
            sub_cause: info.sub_cause,
        });
        self.new_denms = (self.new_denms + 1).min(MAX_DENM_EVENTS);
        true
    }

    fn dead_letter(&mut self, d: &DeadLetter) {
        *self.dlq_by_stage.entry(d.stage.clone()).or_default() += 1;
        if self.dead_letters.len() >= MAX_DEAD_LETTERS {
            self.dead_letters.pop_front();
        }
        self.dead_letters.push_back(DeadLetterRow {
            stage: d.stage.clone(),
            source: format!("{}/{}@{}", d.topic, d.partition, d.offset),
            reason: d.reason.clone(),
        });
    }

    /// Removes road users not updated for [`USER_TIMEOUT_MS`] of event time.
    fn expire(&mut self) {
        let cutoff = self.event_ms - USER_TIMEOUT_MS;
        let old: Vec<String> = self
            .users
            .values()
            .filter(|u| u.t < cutoff)
            .map(|u| u.key.clone())
            .collect();
        for key in old {
            self.users.remove(&key);
            self.dirty_users.remove(&key);
            self.gone.insert(key);
        }
    }

    fn stats(&mut self, now_ms: u64) -> Stats {
        let topics = Kind::ALL
            .iter()
            .map(|k| TopicStats {
                name: k.name(),
                total: self.counters[*k as usize].total,
                rate: (self.counters[*k as usize].rate(now_ms) * 10.0).round() / 10.0,
            })
            .collect();
        let stages = self
            .stage_outputs
            .iter_mut()
            .map(|(stage, topic, counter)| StageStats {
                stage,
                topic: topic.clone(),
                total: counter.total,
                rate: (counter.rate(now_ms) * 10.0).round() / 10.0,
            })
            .collect();
        Stats {
            topics,
            stages,
            denm_steps: [self.tally.new, self.tally.update, self.tally.cancel],
            dlq_by_stage: self.dlq_by_stage.clone(),
            dead_letters: self.dead_letters.iter().cloned().collect(),
            latency_predictions: self.latency_predictions.percentiles(now_ms),
            latency_denm: self.latency_denm.percentiles(now_ms),
            undecodable: self.undecodable,
            users: self.users.len(),
            active_risks: self.risks.values().filter(|r| r.state == "active").count(),
        }
    }

    fn origin(&self) -> Option<[f64; 2]> {
        self.frame.map(|f| {
            let r = f.reference();
            [r.lat_deg, r.lon_deg]
        })
    }

    /// The frame number of the last delta (0 before the first).
    pub fn seq(&self) -> u64 {
        self.seq
    }

    /// The whole state, for a browser that just connected; `seq` is the last delta's, so
    /// the next delta it receives is `seq + 1`.
    pub fn snapshot(&mut self, now_ms: u64) -> Frame {
        Frame {
            kind: "snapshot",
            seq: self.seq,
            event_ms: self.event_ms,
            origin: self.origin(),
            users: self.users.values().cloned().collect(),
            gone: Vec::new(),
            risks: self.risks.values().cloned().collect(),
            denms: self.denms.iter().cloned().collect(),
            stats: self.stats(now_ms),
        }
    }

    /// What changed since the last delta, or `None` when nothing did and the last frame is
    /// younger than [`IDLE_FRAME_MS`]. Expires road users first.
    pub fn delta(&mut self, now_ms: u64) -> Option<Frame> {
        self.expire();
        let changed = !self.dirty_users.is_empty()
            || !self.gone.is_empty()
            || !self.dirty_risks.is_empty()
            || self.new_denms > 0;
        let idle = self
            .last_frame_ms
            .is_none_or(|t| now_ms.saturating_sub(t) >= IDLE_FRAME_MS);
        if !changed && !idle {
            return None;
        }
        self.seq += 1;
        self.last_frame_ms = Some(now_ms);
        let users = std::mem::take(&mut self.dirty_users)
            .iter()
            .filter_map(|k| self.users.get(k).cloned())
            .collect();
        let risks = std::mem::take(&mut self.dirty_risks)
            .iter()
            .filter_map(|k| self.risks.get(k).cloned())
            .collect();
        let skip = self.denms.len().saturating_sub(self.new_denms);
        let denms = self.denms.iter().skip(skip).cloned().collect();
        self.new_denms = 0;
        Some(Frame {
            kind: "delta",
            seq: self.seq,
            event_ms: self.event_ms,
            origin: self.origin(),
            users,
            gone: std::mem::take(&mut self.gone).into_iter().collect(),
            risks,
            denms,
            stats: self.stats(now_ms),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use cits_proto::MatchedPoint;

    const ORIGIN: Wgs84 = Wgs84 {
        lat_deg: 47.81,
        lon_deg: 13.05,
    };

    /// A matched update of `key` with one point `east_m` east of the origin at time `t`.
    fn matched(key: &str, east_m: f64, t: i64) -> Vec<u8> {
        let frame = LocalFrame::new(ORIGIN);
        let w = frame.to_wgs84(east_m, 0.0);
        let p = GeoPoint {
            latitude_deg: w.lat_deg,
            longitude_deg: w.lon_deg,
        };
        MatchedTrajectory {
            trajectory_key: key.into(),
            session_start_ms: 1,
            object_class: ObjectClass::Pedestrian as i32,
            points: vec![MatchedPoint {
                timestamp_ms: t,
                original: Some(p),
                matched: Some(p),
                ..Default::default()
            }],
            ..Default::default()
        }
        .encode_to_vec()
    }

    #[test]
    fn a_delta_carries_only_what_changed_and_users_expire_in_event_time() {
        let mut s = ViewState::new(Some(LocalFrame::new(ORIGIN)));
        s.apply(Kind::Matched, &matched("a", 1.0, 1_000), 0);
        s.apply(Kind::Matched, &matched("b", 2.0, 1_000), 0);
        let d1 = s.delta(100).expect("first delta");
        assert_eq!((d1.seq, d1.users.len()), (1, 2));
        assert_eq!(d1.users[0].key, "a@1");
        assert!((d1.users[0].x - 1.0).abs() < 0.005 && d1.users[0].y.abs() < 0.005);
        // Nothing changed, last frame young: no frame; after IDLE_FRAME_MS one with no users.
        assert!(s.delta(200).is_none());
        let idle = s.delta(100 + IDLE_FRAME_MS).expect("idle frame");
        assert!(idle.users.is_empty() && idle.gone.is_empty());
        // Only b moves on; once event time passes a's last update by the timeout, a goes.
        s.apply(
            Kind::Matched,
            &matched("b", 3.0, 1_000 + USER_TIMEOUT_MS + 1),
            1_300,
        );
        let d = s.delta(1_400).expect("delta");
        assert_eq!(
            d.users.iter().map(|u| u.key.as_str()).collect::<Vec<_>>(),
            ["b@1"]
        );
        assert_eq!(d.gone, ["a@1"]);
        assert_eq!(d.seq, idle.seq + 1);
        let snap = s.snapshot(1_500);
        assert_eq!(snap.users.len(), 1);
        assert_eq!(
            snap.users[0].trail.len(),
            1,
            "the update's window is the trail"
        );
        assert_eq!(snap.seq, d.seq);
    }

    #[test]
    fn a_late_update_does_not_move_a_user_back() {
        let mut s = ViewState::new(Some(LocalFrame::new(ORIGIN)));
        s.apply(Kind::Matched, &matched("a", 5.0, 2_000), 0);
        s.apply(Kind::Matched, &matched("a", 1.0, 1_000), 0);
        let u = &s.snapshot(0).users[0];
        assert!((u.x - 5.0).abs() < 0.005, "{u:?}");
    }

    /// The view reads the topics concurrently: a prediction may arrive before the (older)
    /// matched update it was made from. The user keeps the prediction's position and still
    /// gets the matched update's road, lane and trail.
    #[test]
    fn a_prediction_read_before_its_matched_update_keeps_the_lane() {
        let mut s = ViewState::new(Some(LocalFrame::new(ORIGIN)));
        let w = LocalFrame::new(ORIGIN).to_wgs84(6.0, 0.0);
        let prediction = Prediction {
            trajectory_key: "a".into(),
            session_start_ms: 1,
            object_class: ObjectClass::Car as i32,
            timestamp_ms: 2_000,
            position: Some(GeoPoint {
                latitude_deg: w.lat_deg,
                longitude_deg: w.lon_deg,
            }),
            ..Default::default()
        };
        s.apply(Kind::Predictions, &prediction.encode_to_vec(), 0);
        let mut m = MatchedTrajectory::decode(matched("a", 5.0, 1_750).as_slice()).unwrap();
        m.points[0].road_kind = RoadKind::CarLane as i32;
        m.points[0].segment_id = 3;
        s.apply(Kind::Matched, &m.encode_to_vec(), 0);
        let u = &s.snapshot(0).users[0];
        assert_eq!((u.road, u.lane, u.t), ("car", Some(3), 2_000), "{u:?}");
        assert!((u.x - 6.0).abs() < 0.005, "the newer position stays: {u:?}");
        let end = u.trail.last().expect("trail");
        assert!(
            (end[0] - 6.0).abs() < 0.005,
            "the trail ends where the user is: {u:?}"
        );
        // An even older matched update changes nothing.
        m.points[0].segment_id = 9;
        m.points[0].timestamp_ms = 1_500;
        s.apply(Kind::Matched, &m.encode_to_vec(), 0);
        assert_eq!(s.snapshot(0).users[0].lane, Some(3));
    }

    #[test]
    fn stage_outputs_are_listed_in_report_order_with_their_rates() {
        let mut s = ViewState::new(Some(LocalFrame::new(ORIGIN)));
        s.set_stage_output("decoder", "cits.cpm", 100);
        s.set_stage_output("collector", "cits.locations", 40);
        assert_eq!(s.snapshot(0).stats.stages[0].rate, 0.0);
        // 2 s later the decoder wrote 60 more records (30/s), the collector none.
        s.set_stage_output("decoder", "cits.cpm", 160);
        let stages = s.snapshot(2_000).stats.stages;
        let names: Vec<&str> = stages.iter().map(|st| st.stage).collect();
        assert_eq!(names, ["decoder", "collector"]);
        assert_eq!(
            (stages[0].total, stages[0].topic.as_str()),
            (160, "cits.cpm")
        );
        assert!((stages[0].rate - 30.0).abs() < 1e-9, "{}", stages[0].rate);
        assert_eq!(stages[1].rate, 0.0);
    }

    #[test]
    fn garbage_is_counted_and_rates_follow_wall_time() {
        let mut s = ViewState::new(None);
        s.apply(Kind::Risks, &[0xff, 0x01], 0);
        assert_eq!(s.snapshot(0).stats.undecodable, 1);
        for i in 0..10u64 {
            s.apply(Kind::Matched, &matched("a", 1.0, 1_000 + i as i64), i * 100);
            let _ = s.delta(i * 100);
        }
        // 10 records over the 900 ms between the first and the last frame sample.
        let stats = s.snapshot(1_000).stats;
        let matched = &stats.topics[Kind::Matched as usize];
        assert_eq!(matched.total, 10);
        assert!((matched.rate - 9.0).abs() < 1.01, "rate {}", matched.rate);
        // Without a graph the first position is the origin.
        assert_eq!(s.snapshot(1_000).users[0].x, 0.0);
    }

    #[test]
    fn latency_percentiles_are_nearest_rank() {
        let mut w = LatencyWindow::default();
        for ms in 1..=100u64 {
            let trace = Trace {
                entries: vec![
                    cits_proto::TraceEntry {
                        sent_ns: 0,
                        ..Default::default()
                    },
                    cits_proto::TraceEntry {
                        sent_ns: ms * 1_000_000,
                        ..Default::default()
                    },
                ],
            };
            w.push(0, Some(&trace));
        }
        let l = w.percentiles(10);
        assert_eq!((l.n, l.p50, l.p95), (100, Some(50.0), Some(95.0)));
        // Older than the window: gone.
        assert_eq!(w.percentiles(RATE_WINDOW_MS + 1).n, 0);
    }
}
