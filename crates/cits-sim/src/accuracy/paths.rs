//! Accuracy of predictions against the truth: each `Prediction` is compared with where
//! its road user really was (the truth rows of its true object id, interpolated in time)
//! and with the lanes it really took.
//!
//! Per class: top-1 path choice (cars and bikes on a lane ending at the junction's stop
//! line, at most [`MAX_DISTANCE_TO_LINE_M`] before it: the top hypothesis' lanes contain
//! the true next lane), ADE/FDE of the top hypothesis at 1–4 s, minADE over the
//! hypotheses and calibration (mean top-1 probability vs its hit rate).
//!
//! A lane ends at the stop line when its successors are the junction's connectors: lanes
//! that end where other lanes end too (they merge into an exit lane). Car approaches split
//! into turn lanes before the line, so a car's lane at the line may already identify its
//! turn (then the path choice is the map matcher's lane decision); where a lane splits
//! into lanes along the same arm is tallied apart (`split`).

use std::collections::HashMap;
use std::sync::Arc;

use cits_core::geo::{LocalFrame, Wgs84};
use cits_core::lanes::{LaneGraph, LaneIdx};
use cits_proto::{GeoPoint, PathHypothesis, Prediction, RoadKind};

use crate::truth::{Class, TruthRow};

/// Path choice is scored once the road user is this close (m) to the end of its approach
/// lane (issue 9: "once an object is 10 m before the stop line"); farther out the turn
/// signals of a real driver are not in a CPM and a turn is mostly the prior.
pub const MAX_DISTANCE_TO_LINE_M: f64 = 10.0;
/// "Constant speed": true speed change over the 4 s below this, m/s.
pub const CONSTANT_SPEED_MPS: f64 = 0.5;
/// Largest gap (ms) between truth rows that is interpolated; beyond it the object was
/// out of view and its position unknown.
pub const MAX_TRUTH_GAP_MS: i64 = 300;
/// Horizons the errors are reported at, s.
pub const HORIZONS_S: [u32; 4] = [1, 2, 3, 4];
/// Distance (m) before the line that splits the scored approach into two bins: 10–5 m and
/// 5–0 m, to show where along the approach the path choice is made.
pub const NEAR_LINE_M: f64 = 5.0;
/// True speed (m/s) below which a road user counts as standing: its motion carries no cue
/// of its path (a CPM has no turn indicator), so only the prior can choose.
pub const STANDING_MPS: f64 = 0.5;
/// Calibration (reliability) bins of the top-1 probability over [0, 1].
pub const CALIBRATION_BINS: usize = 5;
/// Tolerance of the probabilities' sum: they are normalised, so only rounding remains.
const PROBABILITY_SUM_TOLERANCE: f64 = 1e-9;

/// One true object's track: (time, local position, road), by time.
type Track = Vec<(i64, [f64; 2], Option<u32>)>;

/// What is known of one observation: true object, class, road.
#[derive(Debug, Clone, Copy)]
struct Observation {
    true_object_id: u32,
    class: Class,
    road: Option<u32>,
}

/// The scores of one class, all sums and counts (so tallies of runs or seeds add up with
/// [`Tally::merge`]).
#[derive(Debug, Clone, Default)]
pub struct Tally {
    /// Predictions scored.
    pub predictions: u64,
    /// Path choices scored (≤ [`MAX_DISTANCE_TO_LINE_M`] before the line).
    pub path_updates: u64,
    /// Of them, the top hypothesis held the true next lane.
    pub path_hits: u64,
    /// Scored updates per (approach lane, true next lane): the per-lane majority baseline.
    pub choices: HashMap<(u32, u32), u64>,
    /// Scored updates per (approach arm's first lane, true next lane): the per-arm
    /// majority baseline.
    pub arm_choices: HashMap<(u32, u32), u64>,
    /// Path choice ≤ 10 m before a lane split along an arm (cars' approach lanes ending
    /// at their turn lanes), (updates, hits): not part of the headline.
    pub split: (u64, u64),
    /// Sum of the top-1 probabilities of the scored path choices.
    pub top1_probability: f64,
    /// Path choice per place, (updates, hits): 10–5 m and 5–0 m before the line, inside
    /// the intersection (on a junction's connector; not part of the headline figure).
    pub places: [(u64, u64); 3],
    /// Path choice of standing road users on the approach, (updates, hits).
    pub standing: (u64, u64),
    /// Reliability of the top-1 probability on the approach: (updates, sum of p, hits).
    pub calibration: [(u64, f64, u64); CALIBRATION_BINS],
    /// Per horizon of [`HORIZONS_S`]: (count, sum of ADE, sum of FDE).
    pub errors: [(u64, f64, f64); 4],
    /// minADE at 4 s over all hypotheses: (count, sum).
    pub min_ade: (u64, f64),
    /// FDE at 4 s of road users at constant speed: (count, sum).
    pub constant_fde_4: (u64, f64),
}

impl Tally {
    /// Top-1 path-choice accuracy, if any choice was scored.
    pub fn top1(&self) -> Option<f64> {
        ratio(self.path_hits, self.path_updates)
    }

    /// Mean (ADE, FDE) of the top hypothesis at horizon `HORIZONS_S[i]`.
    pub fn ade_fde(&self, i: usize) -> Option<(f64, f64)> {
        let (n, ade, fde) = self.errors[i];
        (n > 0).then(|| (ade / n as f64, fde / n as f64))
    }

    /// Mean FDE at 4 s of road users at constant speed.
    pub fn constant_speed_fde_4s(&self) -> Option<f64> {
        let (n, sum) = self.constant_fde_4;
        (n > 0).then(|| sum / n as f64)
    }

    /// Majority baseline per approach arm: always predicting each arm's most frequent exit
    /// (a predictor that knows the turning shares but not the road user).
    pub fn baseline_per_arm(&self) -> Option<f64> {
        self.majority(&self.arm_choices)
    }

    /// Majority baseline per approach lane: 100 % in a turn lane that leads one way only.
    pub fn baseline_per_lane(&self) -> Option<f64> {
        self.majority(&self.choices)
    }

    fn majority(&self, choices: &HashMap<(u32, u32), u64>) -> Option<f64> {
        let mut best: HashMap<u32, u64> = HashMap::new();
        for (&(road, _), &n) in choices {
            let b = best.entry(road).or_default();
            *b = (*b).max(n);
        }
        ratio(best.values().sum(), self.path_updates)
    }

    /// Adds another tally (another run or seed) to this one.
    pub fn merge(&mut self, o: &Tally) {
        self.predictions += o.predictions;
        self.path_updates += o.path_updates;
        self.path_hits += o.path_hits;
        for (k, n) in &o.choices {
            *self.choices.entry(*k).or_default() += n;
        }
        for (k, n) in &o.arm_choices {
            *self.arm_choices.entry(*k).or_default() += n;
        }
        add2(&mut self.split, o.split);
        self.top1_probability += o.top1_probability;
        for (a, b) in self.places.iter_mut().zip(o.places) {
            add2(a, b);
        }
        add2(&mut self.standing, o.standing);
        for (a, b) in self.calibration.iter_mut().zip(o.calibration) {
            a.0 += b.0;
            a.1 += b.1;
            a.2 += b.2;
        }
        for (a, b) in self.errors.iter_mut().zip(o.errors) {
            a.0 += b.0;
            a.1 += b.1;
            a.2 += b.2;
        }
        self.min_ade.0 += o.min_ade.0;
        self.min_ade.1 += o.min_ade.1;
        self.constant_fde_4.0 += o.constant_fde_4.0;
        self.constant_fde_4.1 += o.constant_fde_4.1;
    }
}

fn add2<T: std::ops::AddAssign>(a: &mut (u64, T), b: (u64, T)) {
    a.0 += b.0;
    a.1 += b.1;
}

fn ratio(a: u64, b: u64) -> Option<f64> {
    (b > 0).then(|| a as f64 / b as f64)
}

/// Scores predictions of one data set against its truth, per class.
pub struct PredictionScorer {
    lanes: Arc<LaneGraph>,
    frame: LocalFrame,
    by_obs: HashMap<(i64, String), Observation>,
    tracks: HashMap<u32, Track>,
    tallies: [Tally; 3],
    /// Predictions without a truth row of their (time, trajectory key).
    pub unscored: u64,
    /// Predictions whose hypotheses' probabilities do not sum to 1 or are not sorted by
    /// probability (a contract violation; still scored).
    pub malformed: u64,
}

impl PredictionScorer {
    /// A scorer for the data set whose truth rows are `truth` and street graph `lanes`.
    pub fn new(truth: &[TruthRow], lanes: Arc<LaneGraph>) -> Self {
        let frame = *lanes.frame();
        let by_obs = truth
            .iter()
            .map(|r| {
                (
                    (r.time_ms, format!("{}/{}", r.station_id, r.object_id)),
                    Observation {
                        true_object_id: r.true_object_id,
                        class: r.class,
                        road: r.road,
                    },
                )
            })
            .collect();
        let mut tracks: HashMap<u32, Track> = HashMap::new();
        for r in truth {
            let p = local(
                &frame,
                Wgs84 {
                    lat_deg: r.lat_deg,
                    lon_deg: r.lon_deg,
                },
            );
            tracks
                .entry(r.true_object_id)
                .or_default()
                .push((r.time_ms, p, r.road));
        }
        for track in tracks.values_mut() {
            track.sort_by_key(|(t, ..)| *t);
            track.dedup_by_key(|(t, ..)| *t);
        }
        Self {
            lanes,
            frame,
            by_obs,
            tracks,
            tallies: Default::default(),
            unscored: 0,
            malformed: 0,
        }
    }

    /// The scores of `class` so far.
    pub fn tally(&self, class: Class) -> &Tally {
        &self.tallies[class.index()]
    }

    /// Scores one prediction (the observation it was made at is its timestamp and key).
    pub fn score(&mut self, prediction: &Prediction) {
        let key = (prediction.timestamp_ms, prediction.trajectory_key.clone());
        let Some(obs) = self.by_obs.get(&key).copied() else {
            self.unscored += 1;
            return;
        };
        let Some(top) = prediction.hypotheses.first() else {
            self.unscored += 1;
            return;
        };
        let sum: f64 = prediction.hypotheses.iter().map(|h| h.probability).sum();
        let sorted = prediction
            .hypotheses
            .windows(2)
            .all(|w| w[0].probability >= w[1].probability);
        if (sum - 1.0).abs() > PROBABILITY_SUM_TOLERANCE || !sorted {
            self.malformed += 1;
        }
        let track = &self.tracks[&obs.true_object_id];
        let tally = &mut self.tallies[obs.class.index()];
        tally.predictions += 1;
        let t0 = prediction.timestamp_ms;
        score_path(&self.lanes, obs, track, top, t0, tally);
        score_errors(&self.frame, prediction, track, top, t0, tally);
    }
}

/// Path choice on an approach lane (one that ends at a junction), inside the junction on
/// one of its connectors, and before a lane split along an arm.
fn score_path(
    lanes: &LaneGraph,
    obs: Observation,
    track: &Track,
    top: &PathHypothesis,
    t0: i64,
    tally: &mut Tally,
) {
    let kind = match obs.class {
        Class::Car => RoadKind::CarLane,
        Class::Bicycle => RoadKind::BikeLane,
        Class::Pedestrian => return,
    };
    let Some(road) = obs.road else { return };
    let Some(idx) = lanes.lane_by_id(kind, road) else {
        return;
    };
    let Some(here) = truth_at(track, t0) else {
        return;
    };
    let lane = lanes.lane(idx);
    let to_line = lane.length_m() - lane.project(here).arc_m;
    let is_connector = lane
        .predecessors
        .iter()
        .any(|p| ends_at_junction(lanes, *p));
    if ends_at_junction(lanes, idx) && to_line <= MAX_DISTANCE_TO_LINE_M {
        let Some(next) = next_road(track, road) else {
            return;
        };
        let hit = top.lanes.contains(&next);
        tally.path_updates += 1;
        tally.path_hits += u64::from(hit);
        *tally.choices.entry((road, next)).or_default() += 1;
        // The next lane is a connector: it names the exit too.
        *tally
            .arm_choices
            .entry((approach_root(lanes, idx), next))
            .or_default() += 1;
        tally.top1_probability += top.probability;
        let place = usize::from(to_line <= NEAR_LINE_M);
        tally.places[place].0 += 1;
        tally.places[place].1 += u64::from(hit);
        if truth_speed(track, t0).is_some_and(|v| v < STANDING_MPS) {
            tally.standing.0 += 1;
            tally.standing.1 += u64::from(hit);
        }
        let bin = ((top.probability * CALIBRATION_BINS as f64) as usize).min(CALIBRATION_BINS - 1);
        tally.calibration[bin].0 += 1;
        tally.calibration[bin].1 += top.probability;
        tally.calibration[bin].2 += u64::from(hit);
    } else if is_connector {
        tally.places[2].0 += 1;
        tally.places[2].1 += u64::from(top.lanes.contains(&road));
    } else if lane.successors.len() > 1 && to_line <= MAX_DISTANCE_TO_LINE_M {
        if let Some(next) = next_road(track, road) {
            tally.split.0 += 1;
            tally.split.1 += u64::from(top.lanes.contains(&next));
        }
    }
}

/// Displacement errors of the top hypothesis, and minADE over all of them.
fn score_errors(
    frame: &LocalFrame,
    prediction: &Prediction,
    track: &Track,
    top: &PathHypothesis,
    t0: i64,
    tally: &mut Tally,
) {
    let errors = |h: &PathHypothesis, horizon_ms: u32| -> Option<(f64, f64)> {
        let mut sum = 0.0;
        let mut n = 0;
        let mut last = 0.0;
        for p in h.points.iter().filter(|p| p.delta_ms <= horizon_ms) {
            let truth = truth_at(track, t0 + i64::from(p.delta_ms))?;
            last = dist(geo_local(frame, &p.position)?, truth);
            sum += last;
            n += 1;
        }
        (n > 0).then(|| (sum / f64::from(n), last))
    };
    for (i, h) in HORIZONS_S.iter().enumerate() {
        let Some((ade, fde)) = errors(top, h * 1000) else {
            continue;
        };
        tally.errors[i].0 += 1;
        tally.errors[i].1 += ade;
        tally.errors[i].2 += fde;
        if *h == 4 {
            let min_ade = prediction
                .hypotheses
                .iter()
                .filter_map(|h| errors(h, 4_000))
                .map(|(ade, _)| ade)
                .fold(f64::INFINITY, f64::min);
            tally.min_ade.0 += 1;
            tally.min_ade.1 += min_ade;
            let constant = truth_speed(track, t0)
                .zip(truth_speed(track, t0 + 4_000))
                .is_some_and(|(a, b)| (a - b).abs() < CONSTANT_SPEED_MPS);
            if constant {
                tally.constant_fde_4.0 += 1;
                tally.constant_fde_4.1 += fde;
            }
        }
    }
}

fn local(frame: &LocalFrame, p: Wgs84) -> [f64; 2] {
    let (e, n) = frame.to_local(p);
    [e, n]
}

fn geo_local(frame: &LocalFrame, g: &Option<GeoPoint>) -> Option<[f64; 2]> {
    let g = g.as_ref()?;
    Some(local(
        frame,
        Wgs84 {
            lat_deg: g.latitude_deg,
            lon_deg: g.longitude_deg,
        },
    ))
}

fn dist(a: [f64; 2], b: [f64; 2]) -> f64 {
    (a[0] - b[0]).hypot(a[1] - b[1])
}

/// The true position at `t`, interpolated between the truth rows around it.
fn truth_at(track: &Track, t: i64) -> Option<[f64; 2]> {
    let i = track.partition_point(|(tt, ..)| *tt < t);
    let after = track.get(i)?;
    if after.0 == t {
        return Some(after.1);
    }
    let before = track.get(i.checked_sub(1)?)?;
    if after.0 - before.0 > MAX_TRUTH_GAP_MS {
        return None;
    }
    let f = (t - before.0) as f64 / (after.0 - before.0) as f64;
    Some([
        before.1[0] + f * (after.1[0] - before.1[0]),
        before.1[1] + f * (after.1[1] - before.1[1]),
    ])
}

/// The true speed at `t` from the truth rows around it (exact positions, 125 ms apart).
fn truth_speed(track: &Track, t: i64) -> Option<f64> {
    let i = track.partition_point(|(tt, ..)| *tt < t);
    let (a, b) = (track.get(i.checked_sub(1)?)?, track.get(i + 1)?);
    if b.0 - a.0 > 2 * MAX_TRUTH_GAP_MS {
        return None;
    }
    Some(dist(a.1, b.1) / ((b.0 - a.0) as f64 / 1000.0))
}

/// The road after `road` on the track, if the object reached one.
fn next_road(track: &Track, road: u32) -> Option<u32> {
    let i = track.iter().position(|(.., r)| *r == Some(road))?;
    track[i..]
        .iter()
        .filter_map(|(.., r)| *r)
        .find(|r| *r != road)
}

/// Whether a lane ends at the junction's stop line: its successors are connectors, lanes
/// that end on an exit lane other lanes end on too (without turn lanes: the lanes with
/// more than one successor).
fn ends_at_junction(lanes: &LaneGraph, idx: LaneIdx) -> bool {
    lanes.lane(idx).successors.iter().any(|s| {
        lanes
            .lane(*s)
            .successors
            .iter()
            .any(|exit| lanes.lane(*exit).predecessors.len() > 1)
    })
}

/// The wire id of the lane an approach starts on: back along single predecessors (a turn
/// lane's approach lane; a lane without turn lanes is its own).
fn approach_root(lanes: &LaneGraph, mut idx: LaneIdx) -> u32 {
    while let [p] = lanes.lane(idx).predecessors.as_slice() {
        idx = *p;
    }
    lanes.lane(idx).id
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Two 10 m lanes in a row: positions along east, 1 m/s.
    fn track() -> Track {
        (0..=20)
            .map(|i| (i * 1000, [i as f64, 0.0], Some(if i < 10 { 1 } else { 2 })))
            .collect()
    }

    #[test]
    fn truth_is_interpolated_and_gaps_are_unknown() {
        let t = track();
        assert_eq!(truth_at(&t, 2_500), None, "1 s rows are beyond the gap");
        let dense: Track = (0..=8)
            .map(|i| (i * 125, [i as f64 * 0.125, 0.0], None))
            .collect();
        let p = truth_at(&dense, 190).unwrap();
        assert!((p[0] - 0.19).abs() < 1e-12, "{p:?}");
        assert!((truth_speed(&dense, 500).unwrap() - 1.0).abs() < 1e-12);
        assert_eq!(next_road(&t, 1), Some(2));
        assert_eq!(next_road(&t, 2), None);
    }

    #[test]
    fn tallies_merge_to_the_pooled_ratio_not_the_mean_of_ratios() {
        let mut a = Tally {
            path_updates: 10,
            path_hits: 9,
            ..Tally::default()
        };
        a.arm_choices.insert((1, 2), 6);
        a.arm_choices.insert((1, 3), 4);
        let mut b = Tally {
            path_updates: 90,
            path_hits: 45,
            ..Tally::default()
        };
        b.arm_choices.insert((1, 3), 90);
        a.merge(&b);
        assert_eq!(a.top1(), Some(0.54));
        // Arm 1: exit 3 taken 94 times of 100.
        assert_eq!(a.baseline_per_arm(), Some(0.94));
        assert_eq!(Tally::default().top1(), None);
    }
}
