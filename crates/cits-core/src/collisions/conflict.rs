//! The conflict between two road users' predicted paths: time to collision (TTC),
//! predicted post-encroachment time (PET) and the probability that the footprints touch,
//! per hypothesis pair, combined over the hypotheses by their probabilities.
//!
//! Both predictions are resampled on one grid of absolute times, `SLICE_MS` apart,
//! starting at the later prediction's timestamp `t0` (the older one is interpolated
//! forward) and ending where the shorter prediction ends. Within a slice each footprint
//! (not inflated: uncertainty enters only through the probability) translates in a
//! straight line at the slice's mean velocity with the heading of the slice start:
//! - **TTC**: the first time the nominal footprints overlap, exact within the slice
//!   (continuous separating-axis test), measured from `t0`.
//! - **PET**: each slice's footprint motion sweeps a box; where a box of user A meets a
//!   box of user B lies part of the conflict area (the paths share it only when the
//!   footprints would meet). For each such cell, A occupies B's box during one interval
//!   and B occupies A's box during another (entry to exit of the moving footprints, exact
//!   within slices); the cell's PET is the gap between the two intervals. PET is the
//!   smallest gap over all cells. PET is a near-miss measure: when the footprints
//!   overlap, TTC describes the conflict and no PET is reported. Whether user A enters
//!   that cell second and could still stop before it ([`Outcome::a_can_yield`]) is
//!   reported for the right-of-way rule of [`assess`].
//! - **Contact probability** within a horizon: the largest encounter probability
//!   ([`super::probability`]) over the slices starting within it, from the combined
//!   uncertainty of both users at that time.

use super::geometry::heading_unit;
use super::geometry::{overlap_interval, overlaps, Obb, Vec2};
use super::probability::{encounter, Mover, Spread};

/// Time step of the common grid, ms: the predictor's 250 ms steps (DENM PathPredicted
/// uses 16 × 250 ms), so no grid point falls between two predicted points needlessly.
pub const SLICE_MS: i64 = 250;
/// Most grid slices compared per pair (16 s at 250 ms): bounds the work per pair when a
/// prediction is unusually long.
pub const MAX_SLICES: usize = 64;

/// Gaps closer than this are ties, s: far below the sensors' time resolution.
const TIE_S: f64 = 1e-6;

/// One state of a predicted path, in the site's local frame.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Sample {
    /// Absolute event time, Unix ms.
    pub t_ms: i64,
    /// Position (east, north), m.
    pub pos: Vec2,
    /// Degrees clockwise from north.
    pub heading_deg: f64,
    /// 1-sigma position uncertainty along the heading, m.
    pub sigma_m: f64,
    /// 1-sigma position uncertainty across the heading, m.
    pub sigma_across_m: f64,
}

/// One hypothesis of a road user, in the site's local frame.
#[derive(Debug, Clone, PartialEq)]
pub struct Track {
    /// Probability of the hypothesis (normalised over the prediction).
    pub probability: f64,
    /// The current state followed by the predicted states, strictly increasing in time.
    pub samples: Vec<Sample>,
}

/// A road user's body and hypotheses, as far as the conflict test needs them.
#[derive(Debug, Clone, PartialEq)]
pub struct Body {
    /// Footprint length, m.
    pub length_m: f64,
    /// Footprint width, m.
    pub width_m: f64,
    /// The hypotheses.
    pub tracks: Vec<Track>,
}

/// The outcome of one hypothesis pair.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Outcome {
    /// First overlap after `t0`, s, when the footprints overlap within both horizons.
    pub ttc_s: Option<f64>,
    /// Smallest post-encroachment time over the conflict area, s, when the swept paths
    /// meet but the footprints do not overlap.
    pub pet_s: Option<f64>,
    /// When the second user enters the conflict cell of `pet_s`, s from `t0`: a PET far
    /// ahead leaves both users time to adapt.
    pub pet_at_s: Option<f64>,
    /// Whether user A enters the conflict cell of `pet_s` after B and can still stop
    /// before it at [`Horizons::yield_decel_mps2`]: A is expected to give way.
    pub a_can_yield: bool,
    /// Probability that the footprints touch within the raise horizon (`Horizons::raise_s`).
    pub p_raise: f64,
    /// Probability that the footprints touch within the clear horizon (`Horizons::clear_s`).
    pub p_clear: f64,
    /// When the most probable encounter within the clear horizon happens, s from `t0`.
    pub encounter_s: Option<f64>,
    /// Centre of the first overlap (TTC), else of the closest-in-time conflict cell (PET),
    /// else of the most probable encounter.
    pub point: Vec2,
    /// Acute angle between the two paths there, degrees 0..=90.
    pub angle_deg: f64,
}

/// Interpolates a track at absolute time `t_ms`; `None` outside its time span.
fn sample_at(samples: &[Sample], t_ms: i64) -> Option<Sample> {
    let i = samples.partition_point(|s| s.t_ms < t_ms);
    let hi = samples.get(i)?;
    if hi.t_ms == t_ms {
        return Some(*hi);
    }
    let lo = samples.get(i.checked_sub(1)?)?;
    let f = (t_ms - lo.t_ms) as f64 / (hi.t_ms - lo.t_ms) as f64;
    let lerp = |a: f64, b: f64| a + (b - a) * f;
    // Heading turns the short way round.
    let turn = (hi.heading_deg - lo.heading_deg + 540.0).rem_euclid(360.0) - 180.0;
    Some(Sample {
        t_ms,
        pos: [lerp(lo.pos[0], hi.pos[0]), lerp(lo.pos[1], hi.pos[1])],
        heading_deg: lo.heading_deg + turn * f,
        sigma_m: lerp(lo.sigma_m, hi.sigma_m),
        sigma_across_m: lerp(lo.sigma_across_m, hi.sigma_across_m),
    })
}

/// Acute angle between two headings, degrees 0..=90 (a path is a line: opposite
/// directions are parallel paths).
pub fn path_angle_deg(a_deg: f64, b_deg: f64) -> f64 {
    let d = (a_deg - b_deg).rem_euclid(180.0);
    d.min(180.0 - d)
}

/// One slice of a user's motion on the grid.
struct Slice {
    /// Footprint at the slice start.
    footprint: Obb,
    /// Velocity during the slice, m/s.
    velocity: Vec2,
    /// Area the footprint sweeps during the slice.
    swept: Obb,
    /// Heading at the slice start.
    heading_deg: f64,
    /// Position uncertainty during the slice.
    spread: Spread,
}

/// The closing speed of two slices: the magnitude of their velocity difference, m/s.
fn closing(x: &Slice, y: &Slice) -> f64 {
    (x.velocity[0] - y.velocity[0]).hypot(x.velocity[1] - y.velocity[1])
}

impl Slice {
    fn mover(&self) -> Mover<'_> {
        Mover {
            footprint: &self.footprint,
            velocity: self.velocity,
            spread: &self.spread,
        }
    }
}

/// The slices of a track on the grid starting at `t0_ms`, `n` grid points long.
fn slices(body: &Body, track: &Track, t0_ms: i64, n: usize) -> Option<Vec<Slice>> {
    let dt = SLICE_MS as f64 / 1000.0;
    let states: Vec<Sample> = (0..n)
        .map(|k| sample_at(&track.samples, t0_ms + k as i64 * SLICE_MS))
        .collect::<Option<_>>()?;
    Some(
        states
            .windows(2)
            .map(|w| {
                let footprint =
                    Obb::footprint(w[0].pos, w[0].heading_deg, body.length_m, body.width_m, 0.0);
                let displacement = [w[1].pos[0] - w[0].pos[0], w[1].pos[1] - w[0].pos[1]];
                Slice {
                    footprint,
                    velocity: [displacement[0] / dt, displacement[1] / dt],
                    swept: footprint.swept(displacement),
                    heading_deg: w[0].heading_deg,
                    spread: Spread {
                        axis: heading_unit(w[0].heading_deg),
                        along: (w[0].sigma_m, w[1].sigma_m),
                        across: (w[0].sigma_across_m, w[1].sigma_across_m),
                    },
                }
            })
            .collect(),
    )
}

/// When (s from `t0`) the moving slices occupy the static box `area`: first entry and
/// last exit, or `None` if they never touch it.
fn occupancy(slices: &[Slice], area: &Obb) -> Option<(f64, f64)> {
    let dt = SLICE_MS as f64 / 1000.0;
    let mut span: Option<(f64, f64)> = None;
    for (k, s) in slices.iter().enumerate() {
        if let Some((t0, t1)) = overlap_interval(&s.footprint, s.velocity, area, [0.0, 0.0], dt) {
            let base = k as f64 * dt;
            span = Some(match span {
                None => (base + t0, base + t1),
                Some((a, b)) => (a.min(base + t0), b.max(base + t1)),
            });
        }
    }
    span
}

/// The horizons of the contact probabilities, s from `t0`, and the least closing speed
/// of an encounter or conflict cell that counts.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Horizons {
    /// Encounters and PET cells where the two users' velocities differ by less than this,
    /// m/s, do not count (no contact probability, no PET).
    pub min_closing_speed_mps: f64,
    /// Encounters starting up to this count for [`Outcome::p_raise`] (the TTC raise level).
    pub raise_s: f64,
    /// Encounters starting up to this count for [`Outcome::p_clear`] (the TTC clear level).
    pub clear_s: f64,
    /// Deceleration user A can comfortably stop at, m/s², for [`Outcome::a_can_yield`]
    /// (0: never).
    pub yield_decel_mps2: f64,
}

/// Distance the slices cover from their start until `until_s`, m.
fn distance_until(slices: &[Slice], until_s: f64) -> f64 {
    let dt = SLICE_MS as f64 / 1000.0;
    slices
        .iter()
        .enumerate()
        .map(|(k, s)| {
            let covered = (until_s - k as f64 * dt).clamp(0.0, dt);
            s.velocity[0].hypot(s.velocity[1]) * covered
        })
        .sum()
}

/// TTC, PET and contact probabilities of one hypothesis pair from `t0_ms` (see the
/// module docs). `None` when the pair shares less than one slice of time.
pub fn analyse(
    a: &Body,
    ta: &Track,
    b: &Body,
    tb: &Track,
    t0_ms: i64,
    horizons: Horizons,
) -> Option<Outcome> {
    let end_ms = ta.samples.last()?.t_ms.min(tb.samples.last()?.t_ms);
    let n = usize::try_from((end_ms - t0_ms) / SLICE_MS + 1)
        .ok()?
        .min(MAX_SLICES);
    if n < 2 {
        return None;
    }
    let sa = slices(a, ta, t0_ms, n)?;
    let sb = slices(b, tb, t0_ms, n)?;
    let dt = SLICE_MS as f64 / 1000.0;
    let mid = |p: Vec2, q: Vec2| [(p[0] + q[0]) / 2.0, (p[1] + q[1]) / 2.0];
    let at = |s: &Slice, t: f64| {
        [
            s.footprint.centre[0] + s.velocity[0] * t,
            s.footprint.centre[1] + s.velocity[1] * t,
        ]
    };

    let mut first_contact = None;
    let (mut p_raise, mut p_clear) = (0.0_f64, 0.0_f64);
    let mut peak: Option<(f64, f64, Vec2, f64)> = None;
    for (k, (x, y)) in sa.iter().zip(&sb).enumerate() {
        let base = k as f64 * dt;
        if first_contact.is_none() {
            if let Some((t, _)) =
                overlap_interval(&x.footprint, x.velocity, &y.footprint, y.velocity, dt)
            {
                first_contact = Some((
                    base + t,
                    mid(at(x, t), at(y, t)),
                    path_angle_deg(x.heading_deg, y.heading_deg),
                ));
            }
        }
        if base > horizons.clear_s {
            continue;
        }
        if closing(x, y) < horizons.min_closing_speed_mps {
            continue;
        }
        let Some((p, tau)) = encounter(x.mover(), y.mover(), dt) else {
            continue;
        };
        p_clear = p_clear.max(p);
        if base <= horizons.raise_s {
            p_raise = p_raise.max(p);
        }
        if peak.is_none_or(|(q, ..)| p > q) {
            peak = Some((
                p,
                base + tau,
                mid(at(x, tau), at(y, tau)),
                path_angle_deg(x.heading_deg, y.heading_deg),
            ));
        }
    }
    let encounter_s = peak.map(|(_, t, _, _)| t);

    if let Some((ttc, point, angle)) = first_contact {
        return Some(Outcome {
            ttc_s: Some(ttc),
            pet_s: None,
            pet_at_s: None,
            a_can_yield: false,
            p_raise,
            p_clear,
            encounter_s,
            point,
            angle_deg: angle,
        });
    }
    // Occupancy intervals are cached per box: each is needed by many cells.
    let mut a_in_b: Vec<Option<Option<(f64, f64)>>> = vec![None; sb.len()];
    let mut b_in_a: Vec<Option<Option<(f64, f64)>>> = vec![None; sa.len()];
    let mut closest: Option<(f64, f64, Vec2, f64, bool)> = None;
    for (i, x) in sa.iter().enumerate() {
        for (j, y) in sb.iter().enumerate() {
            if !overlaps(&x.swept, &y.swept) || closing(x, y) < horizons.min_closing_speed_mps {
                continue;
            }
            let ia = *a_in_b[j].get_or_insert_with(|| occupancy(&sa, &y.swept));
            let ib = *b_in_a[i].get_or_insert_with(|| occupancy(&sb, &x.swept));
            let (Some(ia), Some(ib)) = (ia, ib) else {
                continue;
            };
            let gap = (ib.0 - ia.1).max(ia.0 - ib.1).max(0.0);
            // Near-equal gaps keep the first cell in grid order, so rounding noise
            // cannot pick another cell (and conflict point).
            if closest.is_none_or(|(g, ..)| gap < g - TIE_S) {
                closest = Some((
                    gap,
                    ia.0.max(ib.0),
                    mid(x.swept.centre, y.swept.centre),
                    path_angle_deg(x.heading_deg, y.heading_deg),
                    ia.0 > ib.0,
                ));
            }
        }
    }

    let (pet_s, pet_at_s, point, angle_deg, a_second) = match (closest, peak) {
        (Some((pet, at, point, angle, a_second)), _) => {
            (Some(pet), Some(at), point, angle, a_second)
        }
        (None, Some((_, _, point, angle))) => (None, None, point, angle, false),
        (None, None) => return None,
    };
    // A second into the cell stops before it when its braking distance fits.
    let a_can_yield = a_second
        && horizons.yield_decel_mps2 > 0.0
        && pet_at_s.is_some_and(|at| {
            let v = sa[0].velocity[0].hypot(sa[0].velocity[1]);
            distance_until(&sa, at) >= v * v / (2.0 * horizons.yield_decel_mps2)
        });
    Some(Outcome {
        ttc_s: None,
        pet_s,
        pet_at_s,
        a_can_yield,
        p_raise,
        p_clear,
        encounter_s,
        point,
        angle_deg,
    })
}

/// Alarm levels of an assessment: a hypothesis pair *conflicts at a level* with the
/// probability that its footprints touch within the level's TTC horizon, or with
/// certainty when its nominal PET is at most the level's PET and the second user enters
/// the conflict cell within the level's TTC horizon (a near miss further ahead leaves both
/// time to adapt), unless that second user is A and can still stop before the cell
/// ([`Horizons::yield_decel_mps2`], right of way).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Levels {
    /// TTC horizons of the raise and clear levels, s.
    pub horizons: Horizons,
    /// PET of the raise level, s.
    pub pet_raise_s: f64,
    /// PET of the clear level, s.
    pub pet_clear_s: f64,
}

/// The conflict of two road users over all hypothesis pairs.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Assessment {
    /// Probability of a conflict at the raise level: Σ `p_a · p_b · c_raise` over the
    /// hypothesis pairs.
    pub probability: f64,
    /// The same at the clear level (≥ `probability`: the clear level is wider).
    pub probability_clear: f64,
    /// Outcome of the hypothesis pair that contributes most at the clear level, and its
    /// hypothesis indices.
    pub best: Option<(Outcome, usize, usize)>,
}

/// Assesses all hypothesis pairs from `t0_ms` (see [`Levels`]).
pub fn assess(a: &Body, b: &Body, t0_ms: i64, levels: Levels) -> Assessment {
    let (mut raise, mut clear) = (0.0, 0.0);
    let mut best: Option<(Outcome, usize, usize, f64)> = None;
    for (i, ta) in a.tracks.iter().enumerate() {
        for (j, tb) in b.tracks.iter().enumerate() {
            let Some(o) = analyse(a, ta, b, tb, t0_ms, levels.horizons) else {
                continue;
            };
            let by_pet = |limit: f64, horizon: f64| {
                let near = o.pet_s.is_some_and(|p| p <= limit)
                    && o.pet_at_s.is_some_and(|t| t <= horizon)
                    && !o.a_can_yield;
                f64::from(u8::from(near))
            };
            let h = levels.horizons;
            let c_raise = o.p_raise.max(by_pet(levels.pet_raise_s, h.raise_s));
            let c_clear = o
                .p_clear
                .max(by_pet(levels.pet_clear_s, h.clear_s))
                .max(c_raise);
            let p = ta.probability * tb.probability;
            raise += p * c_raise;
            clear += p * c_clear;
            if c_clear > 0.0 && best.is_none_or(|(_, _, _, q)| p * c_clear > q) {
                best = Some((o, i, j, p * c_clear));
            }
        }
    }
    Assessment {
        probability: raise.min(1.0),
        probability_clear: clear.min(1.0),
        best: best.map(|(o, i, j, _)| (o, i, j)),
    }
}
