//! Predictor: where each road user will be over the next seconds, as weighted path
//! hypotheses (`cits.matched` → `cits.predictions`).
//!
//! Stateless: every [`MatchedTrajectory`] update carries the last window of points, which
//! is all the history the motion estimate uses ([`KINEMATICS_WINDOW_MS`]), so there is
//! nothing to keep, evict or restore across restarts.
//!
//! **Kinematics.** Speed and along-track acceleration come from a least-squares line
//! through the speeds of the last [`KINEMATICS_WINDOW_MS`] (the reported speeds, or
//! speeds from positions [`SPEED_BASELINE_MS`] apart when the sensor gave none); the
//! direction of motion from a line through the positions of the same window.
//!
//! **On the lane graph** (the newest point is matched to a car or bike lane): the start
//! lanes are the matched lane and the lanes of the same kind within
//! [`START_RADIUS_M`] of the observed position that the position lies on (not before
//! their start or past their end). From each, [`LaneGraph::paths_from`] lists the lane
//! sequences that reach `speed × horizon + PATH_MARGIN_M` (at least
//! [`MIN_REACH_M`]) ahead. Each path gets a log score:
//! - the turning prior: straight ([`STRAIGHT_PRIOR`]) is likelier than a turn
//!   ([`TURN_PRIOR`]), a generic prior, not any junction's counts;
//! - heading and lateral offset of the observation against the start lane (what decides
//!   once the road user is in the junction, where the connectors overlap at first);
//! - speed vs curvature ([`choice`]): the curves ahead allow about `sqrt(a_lat / κ)`
//!   ([`CarLimits::lateral_mps2`]); a driver brakes for them just in time, so the observed
//!   deceleration matches the one needed to reach that speed at the curve, or the road
//!   user still cruises because the curve is far enough. The alternative that it stops at
//!   the junction ([`STOP_PRIOR`], [`STOP_BEFORE_LINE_M`]) explains braking to the line,
//!   or harder (a queue), on every path alike.
//!
//! The same route seen from two start lanes (the approach and its connector, which
//! overlap at a junction's entry) is one hypothesis. A softmax turns the scores into
//! probabilities; hypotheses below
//! [`PredictorConfig::min_probability`] are pruned, at most
//! [`PredictorConfig::max_hypotheses`] kept, the rest renormalised. Each hypothesis moves
//! along its path polyline: at constant (clamped) acceleration, never faster than the
//! curves ahead allow at a comfortable deceleration, or braking to the stop line when
//! stopping explains the observed deceleration better. Heading comes from the lane.
//!
//! **Everything else** (pedestrians, unknown classes, unmatched points, crosswalks):
//! one constant-velocity hypothesis from the fitted position and velocity.
//!
//! Uncertainty: σ(t) = [`SIGMA0_M`] + k·t, with k = [`GRAPH_SIGMA_GROWTH_MPS`] on the
//! graph and the larger [`CV_SIGMA_GROWTH_MPS`] for constant velocity, except for
//! pedestrians: [`PEDESTRIAN_SIGMA_GROWTH_MPS`], calibrated on the measured errors.

pub mod choice;

use std::sync::Arc;

use cits_proto::{
    GeoPoint, MatchedTrajectory, ObjectClass, PathHypothesis, PredictedPoint, Prediction,
    PredictionMethod, RoadKind,
};

use crate::geo::{normalize_deg, Wgs84};
use crate::lanes::{LaneGraph, LaneIdx};
use crate::matcher::MAX_TRAJECTORY_POINTS;
use crate::{Error, Result};
use choice::{go_likelihood, stop_likelihood, Curve, MIN_BRAKE_DISTANCE_M};

/// Default prediction horizon, ms: 16 steps of 250 ms fill a DENM PathPredicted (16 points).
pub const DEFAULT_HORIZON_MS: u32 = 4_000;
/// Default step between predicted points, ms.
pub const DEFAULT_STEP_MS: u32 = 250;
/// Longest horizon accepted, ms: beyond 10 s a kinematic prediction says nothing useful
/// and the output grows linearly.
pub const MAX_HORIZON_MS: u32 = 10_000;
/// Shortest step accepted, ms: finer than the sensors' 8–10 Hz adds points, not information.
pub const MIN_STEP_MS: u32 = 50;
/// Default and largest number of hypotheses: a DENM's PredictedPaths holds 16.
pub const MAX_HYPOTHESES: usize = 16;
/// Default minimum probability of a hypothesis: below 2 % it would not change a warning.
pub const DEFAULT_MIN_PROBABILITY: f64 = 0.02;
/// Paths enumerated per start lane at most: an urban junction offers ≤ 4 ways per lane,
/// two junctions ahead ≤ 16; 32 leaves room and bounds the cost of a dense map.
const MAX_PATHS_PER_START: usize = 32;
/// Start lanes looked at per update at most (matched lane plus neighbours).
const MAX_START_LANES: usize = 4;
/// Lanes this close (m) to the observed position compete with the matched lane: a lane
/// width plus position noise, so overlapping connectors at a junction entry all count.
pub const START_RADIUS_M: f64 = 3.0;
/// Path length (m) beyond the distance covered within the horizon: the braking distance
/// to a curve just beyond the horizon matters now.
pub const PATH_MARGIN_M: f64 = 20.0;
/// Shortest path length (m) enumerated: a slow or waiting road user's alternatives at the
/// next junction are listed (and scored) although it covers little ground in 4 s.
pub const MIN_REACH_M: f64 = 30.0;
/// Time window (ms) of the speed/acceleration/direction fit: long enough to average the
/// sensor noise, short enough to follow braking.
pub const KINEMATICS_WINDOW_MS: i64 = 1_000;
/// Baseline (ms) between two positions turned into a speed when the sensor reported
/// none: 0.5 s keeps 0.3 m position noise below 1 m/s.
pub const SPEED_BASELINE_MS: i64 = 500;
/// Below this speed (m/s) the direction of motion is noise: the lane (or the last
/// reported heading) gives the heading instead.
pub const MIN_SPEED_FOR_HEADING_MPS: f64 = 0.5;
/// 1-sigma position uncertainty at the prediction's start, m (sensor noise after snapping).
pub const SIGMA0_M: f64 = 0.5;
/// Growth of σ per second of horizon on the graph, m/s: speed and timing errors
/// (±0.5 m/s over 4 s ≈ 2 m) dominate once the path is fixed.
pub const GRAPH_SIGMA_GROWTH_MPS: f64 = 0.5;
/// Growth of σ per second for constant velocity, m/s: unmatched vehicles and unknown
/// objects turn and stop freely.
pub const CV_SIGMA_GROWTH_MPS: f64 = 0.8;
/// Growth of σ per second for a pedestrian at constant velocity, m/s: the measured final
/// displacement error of this predictor's pedestrian predictions (README, prediction
/// accuracy: 0.58 / 0.97 / 1.38 / 1.86 m at 1 / 2 / 3 / 4 s) is that of an isotropic
/// Gaussian with σ = FDE / 1.25 (the mean of a Rayleigh distance is σ·√(π/2)) ≈ 0.46 /
/// 0.77 / 1.10 / 1.48 m; `SIGMA0_M` + 0.25·t stays at or above it at every horizon (0.8
/// overstated it by up to 1.9 m at 4 s).
pub const PEDESTRIAN_SIGMA_GROWTH_MPS: f64 = 0.25;
/// Prior weight of a path that goes (roughly) straight through its junctions: a generic
/// urban junction, where going straight is the most common choice.
pub const STRAIGHT_PRIOR: f64 = 0.5;
/// Prior weight of a path that turns: half as likely as going straight (each of left
/// and right), the generic prior, not this junction's counts.
pub const TURN_PRIOR: f64 = 0.25;
/// Heading change (degrees) along a path above which it counts as a turn.
pub const TURN_MIN_DEG: f64 = 30.0;
/// Prior share of approaches to a junction that stop at its line (red light, yielding,
/// a queue): about a quarter.
pub const STOP_PRIOR: f64 = 0.25;
/// Where a stopping road user halts, m before the end of its lane: drivers stop short of
/// the stop line, not on it.
pub const STOP_BEFORE_LINE_M: f64 = 1.0;
/// 1-sigma of the heading agreement term, degrees (sensor heading noise plus lane geometry).
const HEADING_SIGMA_DEG: f64 = 20.0;
/// 1-sigma of the lateral offset term, m (position noise plus lane width).
const OFFSET_SIGMA_M: f64 = 1.5;
/// Curvature (1/m) below which a vertex is not a curve (radius > 200 m).
const MIN_CURVATURE: f64 = 1.0 / 200.0;
/// A curve vertex's speed limit holds this far (m) past the vertex, so it covers the
/// curve up to the next vertex (curved lanes have vertices at most about 2 m apart).
const CURVE_HOLD_M: f64 = 2.0;
/// Integration step of the speed profile, s: 50 ms keeps the position error of the
/// explicit Euler step below a centimetre at urban speeds.
const PROFILE_DT_S: f64 = 0.05;

/// Driving limits of one kind of vehicle, used for speed vs curvature.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CarLimits {
    /// Comfortable lateral acceleration in a curve, m/s².
    pub lateral_mps2: f64,
    /// Comfortable deceleration, m/s²: how road users brake for a curve or a stop line.
    pub decel_mps2: f64,
    /// 1-sigma spread (m/s²) of the comfortable deceleration between road users.
    pub decel_spread_mps2: f64,
    /// Lowest free-flow speed, m/s: below it a road user going straight speeds up.
    pub free_speed_mps: f64,
    /// Gentlest acceleration (m/s²) of a road user speeding up to the speed its path allows.
    pub resume_accel_mps2: f64,
    /// Hardest acceleration / deceleration a prediction extrapolates, m/s².
    pub max_accel_mps2: f64,
    /// Acceleration back to speed after a curve, m/s².
    pub recover_mps2: f64,
}

/// Cars: 3 m/s² lateral is the usual comfort limit in urban turns; 2.5 m/s² ± 0.5 is a
/// normal service brake; urban traffic flows at 25 km/h or more (7 m/s) and drivers pull
/// away at 1 m/s² or more.
pub const CAR_LIMITS: CarLimits = CarLimits {
    lateral_mps2: 3.0,
    decel_mps2: 2.5,
    decel_spread_mps2: 0.5,
    free_speed_mps: 7.0,
    resume_accel_mps2: 1.0,
    max_accel_mps2: 4.0,
    recover_mps2: 1.5,
};
/// Bicycles: leaning cyclists stay near 2 m/s² lateral and brake more gently; they ride at
/// 13 km/h (3.6 m/s) or more and pull away at 0.8 m/s² or more.
pub const BIKE_LIMITS: CarLimits = CarLimits {
    lateral_mps2: 2.0,
    decel_mps2: 2.0,
    decel_spread_mps2: 0.5,
    free_speed_mps: 3.6,
    resume_accel_mps2: 0.8,
    max_accel_mps2: 3.0,
    recover_mps2: 1.0,
};

/// Horizon and output limits of a [`Predictor`].
#[derive(Debug, Clone, PartialEq)]
pub struct PredictorConfig {
    /// How far ahead to predict, ms.
    pub horizon_ms: u32,
    /// Time between predicted points, ms.
    pub step_ms: u32,
    /// Hypotheses kept at most (≤ [`MAX_HYPOTHESES`]).
    pub max_hypotheses: usize,
    /// Hypotheses less likely than this are pruned.
    pub min_probability: f64,
}

impl Default for PredictorConfig {
    fn default() -> Self {
        Self {
            horizon_ms: DEFAULT_HORIZON_MS,
            step_ms: DEFAULT_STEP_MS,
            max_hypotheses: MAX_HYPOTHESES,
            min_probability: DEFAULT_MIN_PROBABILITY,
        }
    }
}

impl PredictorConfig {
    /// A default configuration with this horizon and step; errors when the step is below
    /// [`MIN_STEP_MS`], the horizon above [`MAX_HORIZON_MS`] or shorter than one step.
    pub fn with_horizon(horizon_ms: u32, step_ms: u32) -> Result<Self> {
        let config = Self {
            horizon_ms,
            step_ms,
            ..Self::default()
        };
        config.validate()?;
        Ok(config)
    }

    /// Checks the limits (see [`PredictorConfig::with_horizon`]).
    pub fn validate(&self) -> Result<()> {
        let reason = if self.step_ms < MIN_STEP_MS {
            format!("step {} ms is below {MIN_STEP_MS} ms", self.step_ms)
        } else if self.horizon_ms > MAX_HORIZON_MS {
            format!("horizon {} ms exceeds {MAX_HORIZON_MS} ms", self.horizon_ms)
        } else if self.horizon_ms < self.step_ms {
            format!(
                "horizon {} ms is shorter than one step ({} ms)",
                self.horizon_ms, self.step_ms
            )
        } else if self.max_hypotheses == 0 || self.max_hypotheses > MAX_HYPOTHESES {
            format!(
                "max_hypotheses {} not in 1..={MAX_HYPOTHESES}",
                self.max_hypotheses
            )
        } else if !(0.0..1.0).contains(&self.min_probability) {
            format!("min_probability {} not in [0, 1)", self.min_probability)
        } else {
            return Ok(());
        };
        Err(Error::InvalidPredictorConfig { reason })
    }

    /// The time offsets of the predicted points, s.
    fn steps_s(&self) -> impl Iterator<Item = (u32, f64)> + '_ {
        (1..=self.horizon_ms / self.step_ms).map(|k| {
            let delta_ms = k * self.step_ms;
            (delta_ms, f64::from(delta_ms) / 1000.0)
        })
    }
}

/// Counters of a [`Predictor`], for logs and tests.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PredictorStats {
    /// Predictions along the lane graph.
    pub graph: u64,
    /// Constant-velocity predictions.
    pub constant_velocity: u64,
    /// Updates without a usable point (skipped).
    pub skipped: u64,
}

/// The predictor (see the module docs).
#[derive(Debug)]
pub struct Predictor {
    graph: Arc<LaneGraph>,
    config: PredictorConfig,
    stats: PredictorStats,
}

/// Softmax of log scores: probabilities proportional to `exp(score)`, summing to 1.
/// Shifted by the maximum so large scores do not overflow; empty in, empty out.
pub fn softmax(scores: &[f64]) -> Vec<f64> {
    let max = scores.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    if !max.is_finite() {
        // All -inf (or empty): nothing is preferred.
        let n = scores.len().max(1) as f64;
        return scores.iter().map(|_| 1.0 / n).collect();
    }
    let exp: Vec<f64> = scores.iter().map(|s| (s - max).exp()).collect();
    let sum: f64 = exp.iter().sum();
    exp.into_iter().map(|e| e / sum).collect()
}

/// 1-sigma position uncertainty after `t_s` seconds for a method.
pub fn sigma_m(method: PredictionMethod, t_s: f64) -> f64 {
    let k = match method {
        PredictionMethod::Graph => GRAPH_SIGMA_GROWTH_MPS,
        _ => CV_SIGMA_GROWTH_MPS,
    };
    SIGMA0_M + k * t_s.max(0.0)
}

/// Heading (degrees clockwise from north) of a direction vector (east, north).
fn bearing_deg(d: [f64; 2]) -> f64 {
    normalize_deg(d[0].atan2(d[1]).to_degrees())
}

/// Smallest absolute difference of two headings, degrees in [0, 180].
pub fn heading_diff_deg(a: f64, b: f64) -> f64 {
    let d = (a - b).rem_euclid(360.0);
    d.min(360.0 - d)
}

/// A polyline with arc lengths: the concatenated centrelines of a path.
#[derive(Debug, Clone, PartialEq)]
pub struct Polyline {
    points: Vec<[f64; 2]>,
    cumulative: Vec<f64>,
}

impl Polyline {
    /// A polyline through `points`; zero-length segments are dropped. `None` with
    /// fewer than two distinct points.
    pub fn new(points: impl IntoIterator<Item = [f64; 2]>) -> Option<Self> {
        let mut line = Self {
            points: Vec::new(),
            cumulative: Vec::new(),
        };
        for p in points {
            line.push(p);
        }
        (line.points.len() >= 2).then_some(line)
    }

    fn push(&mut self, p: [f64; 2]) {
        match self.points.last() {
            None => {
                self.points.push(p);
                self.cumulative.push(0.0);
            }
            Some(last) => {
                let d = (p[0] - last[0]).hypot(p[1] - last[1]);
                if d > 1e-6 {
                    let s = self.cumulative.last().copied().unwrap_or(0.0) + d;
                    self.points.push(p);
                    self.cumulative.push(s);
                }
            }
        }
    }

    /// Total length, m.
    pub fn length_m(&self) -> f64 {
        self.cumulative.last().copied().unwrap_or(0.0)
    }

    /// Point and heading (degrees clockwise from north) at arc length `s`, clamped to the
    /// polyline.
    pub fn at(&self, s: f64) -> ([f64; 2], f64) {
        let s = s.clamp(0.0, self.length_m());
        // Index of the segment containing s: the first cumulative >= s, minus one.
        let i = self
            .cumulative
            .partition_point(|c| *c < s)
            .clamp(1, self.points.len() - 1);
        let (a, b) = (self.points[i - 1], self.points[i]);
        let len = self.cumulative[i] - self.cumulative[i - 1];
        let f = ((s - self.cumulative[i - 1]) / len).clamp(0.0, 1.0);
        (
            [a[0] + f * (b[0] - a[0]), a[1] + f * (b[1] - a[1])],
            bearing_deg([b[0] - a[0], b[1] - a[1]]),
        )
    }

    /// Speed limits from curvature on `(from_s, to_s]`: `(s, v_max)` at every vertex
    /// whose curvature exceeds 1/200 m, with `v_max = sqrt(lateral / κ)`. The curvature
    /// at a vertex is its turning angle over the mean length of its two segments.
    pub fn curve_limits(&self, from_s: f64, to_s: f64, lateral_mps2: f64) -> Vec<(f64, f64)> {
        let mut limits = Vec::new();
        for i in 1..self.points.len().saturating_sub(1) {
            let s = self.cumulative[i];
            if s <= from_s || s > to_s {
                continue;
            }
            let (a, b, c) = (self.points[i - 1], self.points[i], self.points[i + 1]);
            let turn = heading_diff_deg(
                bearing_deg([b[0] - a[0], b[1] - a[1]]),
                bearing_deg([c[0] - b[0], c[1] - b[1]]),
            )
            .to_radians();
            let mean_len = (self.cumulative[i + 1] - self.cumulative[i - 1]) / 2.0;
            let kappa = turn / mean_len;
            if kappa > MIN_CURVATURE {
                limits.push((s, (lateral_mps2 / kappa).sqrt()));
            }
        }
        limits
    }
}

/// The largest speed allowed at `s` by the curve limits ahead when braking at `decel`
/// (a limit also holds [`CURVE_HOLD_M`] past its vertex).
fn speed_limit_at(limits: &[(f64, f64)], s: f64, decel: f64) -> f64 {
    limits
        .iter()
        .filter(|(at, _)| *at >= s - CURVE_HOLD_M)
        .map(|(at, v)| (v * v + 2.0 * decel * (at - s).max(0.0)).sqrt())
        .fold(f64::INFINITY, f64::min)
}

/// The constant deceleration (m/s², ≥ 0) needed at `s` with speed `v` to respect every
/// curve limit ahead.
fn required_decel(limits: &[(f64, f64)], s: f64, v: f64) -> f64 {
    limits
        .iter()
        .filter(|(at, _)| *at >= s)
        .map(|(at, vmax)| {
            let d = (at - s).max(MIN_BRAKE_DISTANCE_M);
            ((v * v - vmax * vmax) / (2.0 * d)).max(0.0)
        })
        .fold(0.0, f64::max)
}

/// How a hypothesis moves along its path.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Motion {
    /// Constant acceleration `accel` (braking no lower than `floor`, never below 0), never
    /// faster than the curve limits allow when braking at `decel`, back to speed at
    /// `recover` after them.
    Go {
        /// Acceleration of the free motion, m/s².
        accel: f64,
        /// Speed braking stops at, m/s (a curve's speed when braking for it, else 0).
        floor: f64,
        /// Comfortable deceleration for the curves ahead, m/s².
        decel: f64,
        /// Acceleration after a curve, m/s².
        recover: f64,
    },
    /// Constant deceleration to a standstill at arc length `at_s` (the stop line).
    Stop {
        /// Where the road user comes to a stop, m along the path.
        at_s: f64,
    },
}

/// Arc length and speed at each time of `times_s` (increasing), starting at `s0` with
/// speed `v0`, never beyond the end of the path `end_s`.
pub fn speed_profile(
    motion: Motion,
    limits: &[(f64, f64)],
    s0: f64,
    v0: f64,
    end_s: f64,
    times_s: &[f64],
) -> Vec<(f64, f64)> {
    let mut out = Vec::with_capacity(times_s.len());
    match motion {
        Motion::Stop { at_s } => {
            // Closed form: v(t) = v0 − b·t with b = v0² / (2·distance).
            let distance = (at_s - s0).max(0.0);
            let b = if distance > 0.0 {
                v0 * v0 / (2.0 * distance)
            } else {
                f64::INFINITY
            };
            for &t in times_s {
                let t_stop = if b.is_finite() { v0 / b } else { 0.0 };
                let te = t.min(t_stop);
                let s = (s0 + v0 * te - 0.5 * b.min(1e12) * te * te).min(at_s.max(s0));
                let v = (v0 - b * t).max(0.0);
                out.push((s.min(end_s), if v.is_finite() { v } else { 0.0 }));
            }
        }
        Motion::Go {
            accel,
            floor,
            decel,
            recover,
        } => {
            let (mut t, mut s, mut v) = (0.0, s0, v0.max(0.0));
            for &target in times_s {
                while t < target - 1e-9 {
                    let dt = PROFILE_DT_S.min(target - t);
                    let free = if accel < 0.0 {
                        (v0 + accel * (t + dt)).max(floor.min(v0)).max(0.0)
                    } else {
                        v0 + accel * (t + dt)
                    };
                    let next = (v + recover.max(accel) * dt)
                        .min(free)
                        .min(speed_limit_at(limits, s, decel))
                        .max(0.0);
                    s = (s + 0.5 * (v + next) * dt).min(end_s);
                    v = next;
                    t += dt;
                }
                out.push((s, v));
            }
        }
    }
    out
}

/// Speed, acceleration and direction of motion estimated from the window.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Kinematics {
    /// Fitted position at the newest point (local metres).
    pub position: [f64; 2],
    /// Ground speed at the newest point, m/s (≥ 0).
    pub speed_mps: f64,
    /// Along-track acceleration, m/s² (0 when the window is too short).
    pub accel_mps2: f64,
    /// Direction of motion (degrees clockwise from north), when moving.
    pub heading_deg: Option<f64>,
}

/// Least-squares line through `(x, y)`: value at `x_at` and slope. `None` for fewer
/// than two distinct x.
fn fit_line(samples: &[(f64, f64)], x_at: f64) -> Option<(f64, f64)> {
    let n = samples.len() as f64;
    if samples.len() < 2 {
        return None;
    }
    let mx = samples.iter().map(|(x, _)| x).sum::<f64>() / n;
    let my = samples.iter().map(|(_, y)| y).sum::<f64>() / n;
    let sxx: f64 = samples.iter().map(|(x, _)| (x - mx) * (x - mx)).sum();
    if sxx <= 1e-12 {
        return None;
    }
    let sxy: f64 = samples.iter().map(|(x, y)| (x - mx) * (y - my)).sum();
    let slope = sxy / sxx;
    Some((my + slope * (x_at - mx), slope))
}

/// Estimates the kinematics from timed local positions and (optional) reported speeds,
/// ordered by time; only the last [`KINEMATICS_WINDOW_MS`] are used. `None` when empty.
pub fn estimate_kinematics(points: &[(i64, [f64; 2], Option<f64>)]) -> Option<Kinematics> {
    let &(t_last, p_last, v_last) = points.last()?;
    let first = points.partition_point(|(t, ..)| *t < t_last - KINEMATICS_WINDOW_MS);
    let window = &points[first..];
    let secs = |t: i64| (t - t_last) as f64 / 1000.0;
    // Position fit: smoothed position and velocity vector.
    let fit_e: Vec<(f64, f64)> = window.iter().map(|(t, p, _)| (secs(*t), p[0])).collect();
    let fit_n: Vec<(f64, f64)> = window.iter().map(|(t, p, _)| (secs(*t), p[1])).collect();
    let (position, velocity) = match (fit_line(&fit_e, 0.0), fit_line(&fit_n, 0.0)) {
        (Some((e, ve)), Some((n, vn))) => ([e, n], Some([ve, vn])),
        _ => (p_last, None),
    };
    // Speed samples: reported, or from positions a baseline apart.
    let mut speeds: Vec<(f64, f64)> = Vec::with_capacity(window.len());
    if window.iter().all(|(.., v)| v.is_some_and(f64::is_finite)) {
        speeds.extend(window.iter().map(|(t, _, v)| (secs(*t), v.unwrap_or(0.0))));
    } else {
        let from = points
            .partition_point(|(t, ..)| *t < t_last - KINEMATICS_WINDOW_MS - SPEED_BASELINE_MS);
        let span = &points[from..];
        let mut j = 0;
        for (i, (t, p, _)) in span.iter().enumerate() {
            while j < i && span[j + 1].0 <= t - SPEED_BASELINE_MS {
                j += 1;
            }
            let (tj, pj, _) = span[j];
            if t - tj >= SPEED_BASELINE_MS {
                let v = (p[0] - pj[0]).hypot(p[1] - pj[1]) / ((t - tj) as f64 / 1000.0);
                // The difference quotient is the speed at the middle of the baseline.
                speeds.push((secs((t + tj) / 2), v));
            }
        }
    }
    let (speed_mps, accel_mps2) = match fit_line(&speeds, 0.0) {
        Some((v, a)) => (v.max(0.0), a),
        None => match (v_last.filter(|v| v.is_finite()), velocity) {
            (Some(v), _) => (v.max(0.0), 0.0),
            (None, Some(vel)) => (vel[0].hypot(vel[1]), 0.0),
            (None, None) => (speeds.last().map_or(0.0, |s| s.1), 0.0),
        },
    };
    let heading_deg = velocity
        .filter(|v| v[0].hypot(v[1]) >= MIN_SPEED_FOR_HEADING_MPS)
        .map(bearing_deg);
    Some(Kinematics {
        position,
        speed_mps,
        accel_mps2,
        heading_deg,
    })
}

/// The driving limits of a lane kind.
fn limits_for(kind: RoadKind) -> CarLimits {
    match kind {
        RoadKind::BikeLane => BIKE_LIMITS,
        _ => CAR_LIMITS,
    }
}

/// One candidate path before pruning.
#[derive(Debug)]
struct Candidate {
    lanes: Vec<LaneIdx>,
    score: f64,
    line: Polyline,
    s0: f64,
    motion: Motion,
    limits: Vec<(f64, f64)>,
}

impl Predictor {
    /// A predictor on `graph` (shared with other stages of the process).
    pub fn new(graph: Arc<LaneGraph>, config: PredictorConfig) -> Self {
        Self {
            graph,
            config,
            stats: PredictorStats::default(),
        }
    }

    /// The configuration.
    pub fn config(&self) -> &PredictorConfig {
        &self.config
    }

    /// Counters since start.
    pub fn stats(&self) -> PredictorStats {
        self.stats
    }

    /// Predicts one road user from its newest matched update. `Ok(None)`: no point to
    /// start from (counted as skipped). Errors: a key without a station id, invalid or
    /// too many points.
    pub fn predict(&mut self, m: &MatchedTrajectory) -> Result<Option<Prediction>> {
        let invalid = |reason: String| Error::InvalidTrajectory {
            key: m.trajectory_key.clone(),
            session_start_ms: m.session_start_ms,
            reason,
        };
        if m.points.len() > MAX_TRAJECTORY_POINTS {
            return Err(invalid(format!(
                "{} points, limit {MAX_TRAJECTORY_POINTS}",
                m.points.len()
            )));
        }
        let site = m
            .trajectory_key
            .split_once('/')
            .and_then(|(s, _)| s.parse::<u32>().ok())
            .ok_or_else(|| invalid("key is not \"<station_id>/<object_id>\"".into()))?;
        let Some(last) = m.points.last() else {
            self.stats.skipped += 1;
            return Ok(None);
        };
        let frame = *self.graph.frame();
        // Only the kinematics window (plus the speed baseline) is converted: the cost of
        // an update does not grow with the window the assembler sends.
        let from_ms = last.timestamp_ms - KINEMATICS_WINDOW_MS - SPEED_BASELINE_MS;
        let first = m.points.partition_point(|p| p.timestamp_ms < from_ms);
        let mut samples = Vec::with_capacity(m.points.len() - first);
        for (i, p) in m.points[first..].iter().enumerate() {
            let g = p
                .original
                .as_ref()
                .map(|g| Wgs84 {
                    lat_deg: g.latitude_deg,
                    lon_deg: g.longitude_deg,
                })
                .filter(Wgs84::is_valid)
                .ok_or_else(|| invalid(format!("point {} has no valid position", first + i)))?;
            if samples
                .last()
                .is_some_and(|(t, ..): &(i64, [f64; 2], Option<f64>)| *t > p.timestamp_ms)
            {
                return Err(invalid("points are not ordered by time".into()));
            }
            let (e, n) = frame.to_local(g);
            samples.push((p.timestamp_ms, [e, n], p.speed_mps));
        }
        let Some(kin) = estimate_kinematics(&samples) else {
            self.stats.skipped += 1;
            return Ok(None);
        };
        let observed = samples.last().map_or(kin.position, |s| s.1);

        let kind = RoadKind::try_from(last.road_kind).unwrap_or(RoadKind::Unspecified);
        let graph_prediction = match kind {
            RoadKind::CarLane | RoadKind::BikeLane => self
                .graph
                .lane_by_id(kind, last.segment_id)
                .and_then(|lane| self.graph_hypotheses(kind, lane, observed, &kin)),
            _ => None,
        };
        let (position, heading_deg, hypotheses, sigma) = match graph_prediction {
            Some((position, heading, hypotheses)) => {
                self.stats.graph += 1;
                (position, heading, hypotheses, SIGMA0_M)
            }
            None => {
                self.stats.constant_velocity += 1;
                let heading = kin
                    .heading_deg
                    .or_else(|| last.speed_mps.map(|_| last.lane_heading_deg))
                    .unwrap_or(0.0);
                let growth = if m.object_class == ObjectClass::Pedestrian as i32 {
                    PEDESTRIAN_SIGMA_GROWTH_MPS
                } else {
                    CV_SIGMA_GROWTH_MPS
                };
                let hypothesis =
                    self.constant_velocity(kin.position, kin.speed_mps, heading, growth);
                (kin.position, heading, vec![hypothesis], SIGMA0_M)
            }
        };
        Ok(Some(Prediction {
            site: site.to_string(),
            trajectory_key: m.trajectory_key.clone(),
            session_start_ms: m.session_start_ms,
            object_class: m.object_class,
            owner: m.owner.clone(),
            timestamp_ms: last.timestamp_ms,
            position: Some(self.geo(position)),
            speed_mps: kin.speed_mps,
            heading_deg,
            sigma_m: sigma,
            length_m: None,
            width_m: None,
            point_count: m.point_count,
            hypotheses,
            trace: None,
        }))
    }

    fn geo(&self, p: [f64; 2]) -> GeoPoint {
        let w = self.graph.frame().to_wgs84(p[0], p[1]);
        GeoPoint {
            latitude_deg: w.lat_deg,
            longitude_deg: w.lon_deg,
        }
    }

    /// One constant-velocity hypothesis from `position` at `speed` along `heading_deg`,
    /// σ growing by `sigma_growth_mps`.
    fn constant_velocity(
        &self,
        position: [f64; 2],
        speed: f64,
        heading_deg: f64,
        sigma_growth_mps: f64,
    ) -> PathHypothesis {
        let (sin, cos) = heading_deg.to_radians().sin_cos();
        let points = self
            .config
            .steps_s()
            .map(|(delta_ms, t)| PredictedPoint {
                delta_ms,
                position: Some(
                    self.geo([position[0] + sin * speed * t, position[1] + cos * speed * t]),
                ),
                heading_deg: normalize_deg(heading_deg),
                speed_mps: speed,
                sigma_m: SIGMA0_M + sigma_growth_mps * t,
            })
            .collect();
        PathHypothesis {
            probability: 1.0,
            method: PredictionMethod::ConstantVelocity as i32,
            road_kind: RoadKind::Unspecified as i32,
            lanes: Vec::new(),
            points,
        }
    }

    /// Start lanes: the matched lane and the neighbours the observation lies on.
    fn start_lanes(
        &self,
        kind: RoadKind,
        matched: LaneIdx,
        observed: [f64; 2],
    ) -> Vec<(LaneIdx, f64, f64)> {
        let g = &self.graph;
        let project = |idx: LaneIdx| {
            let p = g.lane(idx).project(observed);
            (idx, p.arc_m, p.offset_m)
        };
        let mut starts = vec![project(matched)];
        for (idx, p) in g.candidates(kind, observed, START_RADIUS_M, MAX_START_LANES * 2) {
            if starts.len() >= MAX_START_LANES {
                break;
            }
            let length = g.lane(idx).length_m();
            // Before its start or past its end the observation is on a neighbour.
            let inside = p.arc_m > 1e-6 && p.arc_m < length - 1e-6;
            if inside && starts.iter().all(|(s, ..)| *s != idx) {
                starts.push((idx, p.arc_m, p.offset_m));
            }
        }
        starts
    }

    /// The route a path takes beyond its start: without a start lane that branches, so the
    /// same route seen from the approach and from its connector compares equal.
    fn route_tail<'a>(&self, lanes: &'a [LaneIdx]) -> &'a [LaneIdx] {
        match lanes.first() {
            Some(first) if lanes.len() > 1 && self.graph.lane(*first).successors.len() > 1 => {
                &lanes[1..]
            }
            _ => lanes,
        }
    }

    /// Merges candidates that take the same route from different start lanes (near a
    /// junction's entry the approach and its connectors all compete): they are one
    /// hypothesis whose weight is the sum, with the geometry of the likelier one.
    fn merge_routes(&self, mut candidates: Vec<Candidate>) -> Vec<Candidate> {
        candidates.sort_by(|a, b| b.score.total_cmp(&a.score));
        let mut kept: Vec<Candidate> = Vec::with_capacity(candidates.len());
        for c in candidates {
            let tail = self.route_tail(&c.lanes);
            let same = kept.iter_mut().find(|k| {
                let kt = self.route_tail(&k.lanes);
                kt.starts_with(tail) || tail.starts_with(kt)
            });
            match same {
                // log(e^a + e^b) with a ≥ b (kept in descending order).
                Some(k) => k.score += (c.score - k.score).exp().ln_1p(),
                None => kept.push(c),
            }
        }
        kept
    }

    /// Hypotheses along the lane graph: (start position, heading, hypotheses), or `None`
    /// when no path could be built (then constant velocity takes over).
    fn graph_hypotheses(
        &self,
        kind: RoadKind,
        matched: LaneIdx,
        observed: [f64; 2],
        kin: &Kinematics,
    ) -> Option<([f64; 2], f64, Vec<PathHypothesis>)> {
        let g = &self.graph;
        let lim = limits_for(kind);
        let horizon_s = f64::from(self.config.horizon_ms) / 1000.0;
        let v0 = kin.speed_mps;
        let a_obs = kin
            .accel_mps2
            .clamp(-lim.max_accel_mps2, lim.max_accel_mps2);
        let reach = (v0 * horizon_s + 0.5 * a_obs.max(0.0) * horizon_s * horizon_s + PATH_MARGIN_M)
            .max(MIN_REACH_M);
        let mut candidates: Vec<Candidate> = Vec::new();
        for (start, arc, offset) in self.start_lanes(kind, matched, observed) {
            let start_lane = g.lane(start);
            let (_, lane_heading) = start_lane.point_at(arc);
            let mut base = -0.5 * (offset / OFFSET_SIGMA_M).powi(2);
            if let Some(h) = kin.heading_deg {
                base -= 0.5 * (heading_diff_deg(h, lane_heading) / HEADING_SIGMA_DEG).powi(2);
            }
            // Stopping is possible at the end of the current lane when it is a junction
            // (also a turn lane's end at the stop line: one successor, over the junction).
            let to_stop = start_lane.length_m() - STOP_BEFORE_LINE_M - arc;
            let stop_possible = g.ends_at_junction(start) && to_stop <= reach;
            let stop_l = if stop_possible {
                stop_likelihood(v0, a_obs, to_stop, &lim)
            } else {
                0.0
            };
            for lanes in g.paths_from(start, arc, reach, MAX_PATHS_PER_START) {
                let Some(line) =
                    Polyline::new(lanes.iter().flat_map(|l| g.lane(*l).points.iter().copied()))
                else {
                    continue;
                };
                // Vertices just behind count: the road user may be in the curve already.
                let limits = line.curve_limits(arc - CURVE_HOLD_M, arc + reach, lim.lateral_mps2);
                // The junction choice is the path's heading change from its first lane's
                // start, so a road user halfway through a turn is still on a turn.
                let (_, h0) = line.at(0.0);
                let (_, h1) = line.at(arc + reach);
                let prior = if heading_diff_deg(h0, h1) > TURN_MIN_DEG {
                    TURN_PRIOR
                } else {
                    STRAIGHT_PRIOR
                };
                // Speed vs curvature: the curve whose braking envelope is lowest binds.
                let curve = limits
                    .iter()
                    .map(|&(at, v_max)| Curve {
                        distance_m: at - arc,
                        v_max_mps: v_max,
                    })
                    .min_by(|x, y| {
                        let envelope = |c: &Curve| {
                            c.v_max_mps.powi(2) + 2.0 * lim.decel_mps2 * c.distance_m.max(0.0)
                        };
                        envelope(x).total_cmp(&envelope(y))
                    });
                let go = (1.0 - STOP_PRIOR) * go_likelihood(v0, a_obs, curve, &lim);
                let stop = STOP_PRIOR * stop_l;
                let a_req = required_decel(&limits, arc, v0);
                let motion = if stop > go {
                    Motion::Stop {
                        at_s: (start_lane.length_m() - STOP_BEFORE_LINE_M).max(arc),
                    }
                } else {
                    // Braking for a curve ends at the curve's speed.
                    let floor = if a_req > 0.0 {
                        limits.iter().map(|(_, v)| *v).fold(f64::INFINITY, f64::min)
                    } else {
                        0.0
                    };
                    Motion::Go {
                        accel: a_obs,
                        floor,
                        decel: lim.decel_mps2,
                        recover: lim.recover_mps2,
                    }
                };
                let score = base + prior.ln() + (go + stop).max(1e-300).ln();
                candidates.push(Candidate {
                    lanes,
                    score,
                    line,
                    s0: arc,
                    motion,
                    limits,
                });
            }
        }
        if candidates.is_empty() {
            return None;
        }
        let candidates = self.merge_routes(candidates);
        let probabilities = softmax(&candidates.iter().map(|c| c.score).collect::<Vec<_>>());
        let mut ranked: Vec<(f64, Candidate)> = probabilities.into_iter().zip(candidates).collect();
        ranked.sort_by(|a, b| b.0.total_cmp(&a.0));
        let keep = ranked
            .iter()
            .take(self.config.max_hypotheses)
            .take_while(|(p, _)| *p >= self.config.min_probability)
            .count()
            .max(1);
        ranked.truncate(keep);
        let total: f64 = ranked.iter().map(|(p, _)| p).sum();
        let times: Vec<(u32, f64)> = self.config.steps_s().collect();
        let times_s: Vec<f64> = times.iter().map(|(_, t)| *t).collect();
        let (start_point, start_heading) = ranked[0].1.line.at(ranked[0].1.s0);
        let hypotheses = ranked
            .into_iter()
            .map(|(p, c)| {
                let profile =
                    speed_profile(c.motion, &c.limits, c.s0, v0, c.line.length_m(), &times_s);
                let points = times
                    .iter()
                    .zip(profile)
                    .map(|((delta_ms, t), (s, v))| {
                        let (point, heading) = c.line.at(s);
                        PredictedPoint {
                            delta_ms: *delta_ms,
                            position: Some(self.geo(point)),
                            heading_deg: heading,
                            speed_mps: v,
                            sigma_m: sigma_m(PredictionMethod::Graph, *t),
                        }
                    })
                    .collect();
                PathHypothesis {
                    probability: p / total,
                    method: PredictionMethod::Graph as i32,
                    road_kind: kind as i32,
                    lanes: c.lanes.iter().map(|l| g.lane(*l).id).collect(),
                    points,
                }
            })
            .collect();
        Some((start_point, start_heading, hypotheses))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Points on a circle of radius r (centre origin), from angle a0 to a1 (radians,
    /// counter-clockwise from east), n segments.
    fn arc(r: f64, a0: f64, a1: f64, n: usize) -> Vec<[f64; 2]> {
        (0..=n)
            .map(|i| {
                let a = a0 + (a1 - a0) * i as f64 / n as f64;
                [r * a.cos(), r * a.sin()]
            })
            .collect()
    }

    #[test]
    fn softmax_matches_the_definition_and_survives_large_scores() {
        let p = softmax(&[0.0, 1.0_f64.ln(), 2.0_f64.ln(), 3.0_f64.ln()]);
        // exp(ln w) = w: weights 1, 1, 2, 3 of 7.
        for (got, want) in p.iter().zip([1.0, 1.0, 2.0, 3.0]) {
            assert!((got - want / 7.0).abs() < 1e-12, "{p:?}");
        }
        let big = softmax(&[1000.0, 999.0]);
        let e = (-1.0f64).exp();
        assert!((big[0] - 1.0 / (1.0 + e)).abs() < 1e-12, "{big:?}");
        assert_eq!(softmax(&[f64::NEG_INFINITY; 2]), vec![0.5, 0.5]);
        assert!(softmax(&[]).is_empty());
    }

    #[test]
    fn polyline_points_and_headings_follow_the_geometry() {
        // East 10 m, then north 10 m.
        let line = Polyline::new([[0.0, 0.0], [10.0, 0.0], [10.0, 0.0], [10.0, 10.0]]).unwrap();
        assert_eq!(line.length_m(), 20.0);
        let (p, h) = line.at(4.0);
        assert!((p[0] - 4.0).abs() < 1e-12 && p[1].abs() < 1e-12);
        assert!((h - 90.0).abs() < 1e-9, "east is 90°: {h}");
        let (p, h) = line.at(15.0);
        assert!((p[0] - 10.0).abs() < 1e-12 && (p[1] - 5.0).abs() < 1e-12);
        assert!(h.abs() < 1e-9, "north is 0°: {h}");
        assert_eq!(line.at(99.0).0, [10.0, 10.0]);
        assert_eq!(line.at(-5.0).0, [0.0, 0.0]);
        assert!(Polyline::new([[1.0, 1.0], [1.0, 1.0]]).is_none());
    }

    #[test]
    fn curve_limits_give_the_circular_speed_of_an_arc() {
        // A quarter circle of radius 8 m: v_max = sqrt(a_lat · r).
        let r = 8.0;
        let line = Polyline::new(arc(r, 0.0, std::f64::consts::FRAC_PI_2, 32)).unwrap();
        let limits = line.curve_limits(0.0, 100.0, 3.0);
        assert_eq!(limits.len(), 31, "every interior vertex is a curve");
        let want = (3.0 * r).sqrt();
        for (_, v) in &limits {
            // The chord polygon's curvature is within 0.1 % of the circle's.
            assert!((v - want).abs() / want < 1e-3, "{v} vs {want}");
        }
        let straight = Polyline::new([[0.0, 0.0], [50.0, 0.0], [100.0, 0.5]]).unwrap();
        assert!(straight.curve_limits(0.0, 100.0, 3.0).is_empty());
    }

    #[test]
    fn go_profile_without_curves_is_constant_acceleration() {
        let times = [0.5, 1.0, 2.0, 4.0];
        let motion = Motion::Go {
            accel: 1.0,
            floor: 0.0,
            decel: 2.5,
            recover: 1.5,
        };
        let profile = speed_profile(motion, &[], 3.0, 10.0, 1_000.0, &times);
        for ((s, v), t) in profile.iter().zip(times) {
            assert!((v - (10.0 + t)).abs() < 1e-9);
            assert!(
                (s - (3.0 + 10.0 * t + 0.5 * t * t)).abs() < 1e-6,
                "{s} at {t}"
            );
        }
        // Braking does not reverse: v0 = 2 m/s at −1 m/s² stops after 2 m.
        let braking = Motion::Go {
            accel: -1.0,
            floor: 0.0,
            decel: 2.5,
            recover: 1.5,
        };
        let profile = speed_profile(braking, &[], 0.0, 2.0, 1_000.0, &times);
        let (s, v) = profile[3];
        assert_eq!(v, 0.0);
        assert!((s - 2.0).abs() < 0.01, "{s}");
        // The end of the path is a wall.
        let short = speed_profile(motion, &[], 0.0, 10.0, 12.0, &times);
        assert!(short.iter().all(|(s, _)| *s <= 12.0));
    }

    #[test]
    fn go_profile_brakes_for_a_curve_and_holds_its_speed_limit() {
        // A 4 m/s limit 30 m ahead, approached at 12 m/s with 2.5 m/s² braking.
        let limits: Vec<(f64, f64)> = (30..=35).map(|s| (f64::from(s), 4.0)).collect();
        let times: Vec<f64> = (1..=80).map(|k| f64::from(k) * 0.05).collect();
        let motion = Motion::Go {
            accel: 0.0,
            floor: 0.0,
            decel: 2.5,
            recover: 1.5,
        };
        let profile = speed_profile(motion, &limits, 0.0, 12.0, 1_000.0, &times);
        for (s, v) in &profile {
            let allowed = speed_limit_at(&limits, *s, 2.5);
            assert!(*v <= allowed + 0.15, "{v} m/s at {s} m exceeds {allowed}");
            if (30.0..=35.0).contains(s) {
                assert!(*v <= 4.0 + 0.15);
            }
        }
        // Closed form: cruise until the braking curve, s_b = 30 − (12² − 4²)/(2·2.5) =
        // 4.4 m at t_b = 4.4/12 s, brake for (12 − 4)/2.5 = 3.2 s to reach 30 m at 4 m/s,
        // then hold 4 m/s in the curve until t = 4 s.
        let t_b = 4.4 / 12.0;
        let want = 30.0 + 4.0 * (4.0 - t_b - 3.2);
        let (s_end, v_end) = *profile.last().unwrap();
        assert!((s_end - want).abs() < 0.3, "{s_end} vs {want}");
        assert!((v_end - 4.0).abs() < 0.15, "{v_end}");
    }

    #[test]
    fn stop_profile_stops_at_the_line() {
        let times = [1.0, 2.0, 3.0, 4.0, 6.0];
        // 10 m/s, 20 m to the line: b = 2.5 m/s², stops after 4 s.
        let profile = speed_profile(Motion::Stop { at_s: 25.0 }, &[], 5.0, 10.0, 100.0, &times);
        for ((s, v), t) in profile.iter().zip(times) {
            let te = t.min(4.0);
            assert!((s - (5.0 + 10.0 * te - 1.25 * te * te)).abs() < 1e-9, "{s}");
            assert!((v - (10.0 - 2.5 * t).max(0.0)).abs() < 1e-9);
        }
        assert_eq!(profile[4], (25.0, 0.0));
        // Already at the line.
        let at_line = speed_profile(Motion::Stop { at_s: 5.0 }, &[], 5.0, 3.0, 100.0, &times);
        assert!(at_line.iter().all(|(s, v)| *s == 5.0 && *v == 0.0));
    }

    #[test]
    fn kinematics_recover_speed_acceleration_and_heading() {
        // Heading 60° (east-north-east), v(t) = 8 + 1.5 t, 100 ms samples over 2 s.
        let dir = [60f64.to_radians().sin(), 60f64.to_radians().cos()];
        let track = |reported: bool| -> Vec<(i64, [f64; 2], Option<f64>)> {
            (0..=20)
                .map(|k| {
                    let t = f64::from(k) * 0.1;
                    let s = 8.0 * t + 0.75 * t * t;
                    let v = 8.0 + 1.5 * t;
                    (
                        1_000 + i64::from(k) * 100,
                        [dir[0] * s, dir[1] * s],
                        reported.then_some(v),
                    )
                })
                .collect()
        };
        for reported in [true, false] {
            let k = estimate_kinematics(&track(reported)).unwrap();
            // True speed at t = 2 s is 11 m/s, acceleration 1.5 m/s².
            assert!((k.speed_mps - 11.0).abs() < 0.05, "{reported}: {k:?}");
            assert!((k.accel_mps2 - 1.5).abs() < 0.05, "{reported}: {k:?}");
            assert!(
                heading_diff_deg(k.heading_deg.unwrap(), 60.0) < 0.5,
                "{k:?}"
            );
        }
        // A standing object has no direction; a single point has no acceleration.
        let still: Vec<_> = (0..10)
            .map(|k| (i64::from(k) * 100, [3.0, 4.0], None))
            .collect();
        let k = estimate_kinematics(&still).unwrap();
        assert_eq!(k.heading_deg, None);
        assert!(k.speed_mps.abs() < 1e-9);
        let one = estimate_kinematics(&[(0, [1.0, 2.0], Some(4.0))]).unwrap();
        assert_eq!(
            (one.speed_mps, one.accel_mps2, one.position),
            (4.0, 0.0, [1.0, 2.0])
        );
        assert!(estimate_kinematics(&[]).is_none());
    }

    #[test]
    fn sigma_grows_linearly_and_faster_for_constant_velocity() {
        for t in [0.0, 1.0, 4.0] {
            assert_eq!(
                sigma_m(PredictionMethod::Graph, t),
                SIGMA0_M + GRAPH_SIGMA_GROWTH_MPS * t
            );
            assert!(
                sigma_m(PredictionMethod::ConstantVelocity, t)
                    >= sigma_m(PredictionMethod::Graph, t)
            );
        }
    }

    #[test]
    fn config_limits() {
        assert!(PredictorConfig::with_horizon(4_000, 250).is_ok());
        assert_eq!(PredictorConfig::default().steps_s().count(), 16);
        for (h, s) in [(4_000, 10), (60_000, 250), (100, 250)] {
            assert!(matches!(
                PredictorConfig::with_horizon(h, s),
                Err(Error::InvalidPredictorConfig { .. })
            ));
        }
    }

    // ---- on a lane graph: a junction approached from the south ----

    use crate::geo::local_to_wgs84;
    use crate::matcher::multilinestring_wkb;
    use cits_proto::{MatchedPoint, ObjectClass};

    const REF: Wgs84 = Wgs84 {
        lat_deg: 47.8106,
        lon_deg: 13.0527,
    };
    /// Approach lane x (m east of the reference); stop line at y = −10 m.
    const X: f64 = 1.75;
    const RIGHT_R: f64 = 8.25;
    const LEFT_R: f64 = 11.75;

    fn at(e: f64, n: f64) -> Wgs84 {
        local_to_wgs84(REF, e, n)
    }

    fn quarter(r: f64, sign: f64) -> Vec<Wgs84> {
        (0..=16)
            .map(|i| {
                let a = std::f64::consts::FRAC_PI_2 * f64::from(i) / 16.0;
                at(X + sign * r * (1.0 - a.cos()), -10.0 + r * a.sin())
            })
            .collect()
    }

    /// Car lanes: 0 approach, 1 straight, 2 right, 3 left connector, 4–6 their exits.
    fn junction() -> Arc<LaneGraph> {
        let car = vec![
            (0..=10)
                .map(|i| at(X, -200.0 + 19.0 * f64::from(i)))
                .collect(),
            vec![at(X, -10.0), at(X, 10.0)],
            quarter(RIGHT_R, 1.0),
            quarter(LEFT_R, -1.0),
            vec![at(X, 10.0), at(X, 200.0)],
            vec![at(X + RIGHT_R, -10.0 + RIGHT_R), at(200.0, -10.0 + RIGHT_R)],
            vec![at(X - LEFT_R, -10.0 + LEFT_R), at(-200.0, -10.0 + LEFT_R)],
        ];
        let bike = vec![vec![at(6.0, -200.0), at(6.0, 200.0)]];
        Arc::new(
            LaneGraph::from_wkb(&multilinestring_wkb(&car), &multilinestring_wkb(&bike)).unwrap(),
        )
    }

    /// `n` points at 10 Hz northwards on lane 0 ending at y = `y_end`, speed v(t) =
    /// `v_end` − `a`·(t_end − t).
    fn approach(n: usize, y_end: f64, v_end: f64, a: f64, kind: RoadKind) -> MatchedTrajectory {
        let points = (0..n)
            .map(|k| {
                let back = (n - 1 - k) as f64 * 0.1;
                let y = y_end - (v_end * back - 0.5 * a * back * back);
                let p = at(X, y);
                let g = Some(GeoPoint {
                    latitude_deg: p.lat_deg,
                    longitude_deg: p.lon_deg,
                });
                MatchedPoint {
                    timestamp_ms: 10_000 + k as i64 * 100,
                    original: g,
                    matched: g,
                    road_kind: kind as i32,
                    segment_id: 0,
                    speed_mps: Some(v_end - a * back),
                    ..Default::default()
                }
            })
            .collect();
        MatchedTrajectory {
            trajectory_key: "30001/7".into(),
            session_start_ms: 10_000,
            object_class: ObjectClass::Car as i32,
            owner: "test".into(),
            points,
            point_count: n as u32,
            trace: None,
        }
    }

    fn local_of(g: &Option<GeoPoint>) -> [f64; 2] {
        let g = g.as_ref().unwrap();
        let (e, n) = crate::geo::wgs84_to_local(
            REF,
            Wgs84 {
                lat_deg: g.latitude_deg,
                lon_deg: g.longitude_deg,
            },
        );
        [e, n]
    }

    #[test]
    fn a_cruising_car_goes_straight_at_its_speed() {
        let mut p = Predictor::new(junction(), PredictorConfig::default());
        let prediction = p
            .predict(&approach(20, -60.0, 12.0, 0.0, RoadKind::CarLane))
            .unwrap()
            .unwrap();
        assert_eq!(prediction.site, "30001");
        assert_eq!(prediction.hypotheses.len(), 3, "straight, right, left");
        let top = &prediction.hypotheses[0];
        assert_eq!(
            top.lanes,
            vec![0, 1],
            "68 m ahead ends on the straight connector"
        );
        let sum: f64 = prediction.hypotheses.iter().map(|h| h.probability).sum();
        assert!((sum - 1.0).abs() < 1e-12);
        // 50 m before the junction the turns need only gentle braking yet (about
        // 1.2 m/s², half a driver's usual), so cruising is consistent with every path and
        // the prior decides: straight's share of the prior, within a few per cent.
        let prior = STRAIGHT_PRIOR / (STRAIGHT_PRIOR + 2.0 * TURN_PRIOR);
        assert!(
            top.probability >= prior - 1e-9 && top.probability < prior + 0.03,
            "{}",
            top.probability
        );
        assert_eq!(top.points.len(), 16);
        for q in &top.points {
            let t = f64::from(q.delta_ms) / 1000.0;
            let pos = local_of(&q.position);
            // Constant velocity along the straight lane: y = −60 + 12 t.
            assert!(
                (pos[0] - X).abs() < 0.01 && (pos[1] - (-60.0 + 12.0 * t)).abs() < 0.05,
                "{pos:?} at {t}"
            );
            assert!((q.speed_mps - 12.0).abs() < 1e-6);
            assert!(heading_diff_deg(q.heading_deg, 0.0) < 0.1);
            assert!((q.sigma_m - sigma_m(PredictionMethod::Graph, t)).abs() < 1e-12);
        }
    }

    #[test]
    fn braking_for_a_turn_makes_the_turn_likely_and_slows_in_it() {
        let mut p = Predictor::new(junction(), PredictorConfig::default());
        // 25 m before the line at 9 m/s, braking at 1.6 m/s²: a right turn (v_max =
        // sqrt(3 · 8.25) = 5 m/s) needs (81 − 25)/(2 · 25) = 1.1 m/s², stopping at the line
        // 1.6 m/s²; a straight car has no reason to brake.
        let prediction = p
            .predict(&approach(20, -35.0, 9.0, -1.6, RoadKind::CarLane))
            .unwrap()
            .unwrap();
        let straight = prediction
            .hypotheses
            .iter()
            .find(|h| h.lanes.contains(&1))
            .unwrap();
        let right = prediction
            .hypotheses
            .iter()
            .find(|h| h.lanes.contains(&2))
            .unwrap();
        assert!(
            straight.probability < STRAIGHT_PRIOR,
            "{}",
            straight.probability
        );
        // Along the right turn the speed never exceeds the curve's limit in the curve.
        let vmax = (CAR_LIMITS.lateral_mps2 * RIGHT_R).sqrt();
        for q in &right.points {
            let pos = local_of(&q.position);
            if pos[1] > -9.0 && pos[0] > X + 0.5 {
                assert!(
                    q.speed_mps <= vmax + 0.2,
                    "{} m/s in the curve",
                    q.speed_mps
                );
            }
        }
    }

    #[test]
    fn a_route_seen_from_the_approach_and_its_connector_is_one_hypothesis() {
        let mut p = Predictor::new(junction(), PredictorConfig::default());
        // 1 m past the line, where the three connectors overlap the approach's end.
        let prediction = p
            .predict(&approach(20, -9.0, 6.0, 0.0, RoadKind::CarLane))
            .unwrap()
            .unwrap();
        for connector in [1, 2, 3] {
            let n = prediction
                .hypotheses
                .iter()
                .filter(|h| h.lanes.contains(&connector))
                .count();
            assert!(n <= 1, "connector {connector} in {n} hypotheses");
        }
        let sum: f64 = prediction.hypotheses.iter().map(|h| h.probability).sum();
        assert!((sum - 1.0).abs() < 1e-12);
    }

    #[test]
    fn pedestrians_move_at_constant_velocity() {
        let mut p = Predictor::new(junction(), PredictorConfig::default());
        let mut walker = approach(20, -30.0, 1.4, 0.0, RoadKind::Unspecified);
        walker.object_class = ObjectClass::Pedestrian as i32;
        let prediction = p.predict(&walker).unwrap().unwrap();
        assert_eq!(prediction.hypotheses.len(), 1);
        let h = &prediction.hypotheses[0];
        assert_eq!(h.method, PredictionMethod::ConstantVelocity as i32);
        assert!(h.lanes.is_empty());
        for q in &h.points {
            let t = f64::from(q.delta_ms) / 1000.0;
            let pos = local_of(&q.position);
            assert!(
                (pos[0] - X).abs() < 0.01 && (pos[1] - (-30.0 + 1.4 * t)).abs() < 0.01,
                "{pos:?}"
            );
            // σ = 0.5 m + 0.25 m/s · t: 1.5 m at 4 s.
            assert!((q.sigma_m - (0.5 + 0.25 * t)).abs() < 1e-12);
        }
        assert!((h.points.last().unwrap().sigma_m - 1.5).abs() < 1e-12);
        assert_eq!(p.stats().constant_velocity, 1);
    }

    #[test]
    fn bad_input_is_an_error_and_empty_input_a_skip() {
        let mut p = Predictor::new(junction(), PredictorConfig::default());
        let mut no_station = approach(3, -60.0, 10.0, 0.0, RoadKind::CarLane);
        no_station.trajectory_key = "garbage".into();
        assert!(matches!(
            p.predict(&no_station),
            Err(Error::InvalidTrajectory { .. })
        ));
        let mut nan = approach(3, -60.0, 10.0, 0.0, RoadKind::CarLane);
        nan.points[2].original = Some(GeoPoint {
            latitude_deg: f64::NAN,
            longitude_deg: 0.0,
        });
        assert!(matches!(
            p.predict(&nan),
            Err(Error::InvalidTrajectory { .. })
        ));
        let mut empty = approach(1, -60.0, 10.0, 0.0, RoadKind::CarLane);
        empty.points.clear();
        assert_eq!(p.predict(&empty).unwrap(), None);
        assert_eq!(p.stats().skipped, 1);
        // An unknown lane id falls back to constant velocity.
        let mut unknown = approach(5, -60.0, 10.0, 0.0, RoadKind::CarLane);
        unknown.points.iter_mut().for_each(|q| q.segment_id = 999);
        let prediction = p.predict(&unknown).unwrap().unwrap();
        assert_eq!(
            prediction.hypotheses[0].method,
            PredictionMethod::ConstantVelocity as i32
        );
    }
}
