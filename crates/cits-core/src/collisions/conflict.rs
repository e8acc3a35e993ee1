//! The conflict between two road users' predicted paths: time to collision (TTC) and
//! predicted post-encroachment time (PET) per hypothesis pair, combined over the
//! hypotheses by their probabilities.
//!
//! Both predictions are resampled on one grid of absolute times, `SLICE_MS` apart,
//! starting at the later prediction's timestamp `t0` (the older one is interpolated
//! forward) and ending where the shorter prediction ends. Within a slice each footprint
//! translates in a straight line at the slice's mean velocity with the heading of the
//! slice start, grown by `k·sigma` (the larger sigma of the slice's two ends):
//! - **TTC**: the first time two footprints overlap, exact within the slice
//!   (continuous separating-axis test), measured from `t0`.
//! - **PET**: each slice's footprint motion sweeps a box; where a box of user A meets a
//!   box of user B lies part of the conflict area. For each such cell, A occupies B's
//!   box during one interval and B occupies A's box during another (entry to exit of
//!   the moving footprints, exact within slices); the cell's PET is the gap between the
//!   two intervals (0 when they overlap). PET is the smallest gap over all cells, so
//!   crossing and following paths both get the time between one user leaving and the
//!   other arriving. PET is a near-miss measure: when the footprints overlap, TTC
//!   describes the conflict and no PET is reported.

use super::geometry::{overlap_interval, overlaps, Obb, Vec2};

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
    /// 1-sigma position uncertainty, m.
    pub sigma_m: f64,
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
    /// Centre of the first overlap (TTC), else of the closest-in-time conflict cell (PET).
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
}

/// The slices of a track on the grid starting at `t0_ms`, `n` grid points long.
fn slices(body: &Body, track: &Track, t0_ms: i64, n: usize, k_sigma: f64) -> Option<Vec<Slice>> {
    let dt = SLICE_MS as f64 / 1000.0;
    let states: Vec<Sample> = (0..n)
        .map(|k| sample_at(&track.samples, t0_ms + k as i64 * SLICE_MS))
        .collect::<Option<_>>()?;
    Some(
        states
            .windows(2)
            .map(|w| {
                let margin = k_sigma * w[0].sigma_m.max(w[1].sigma_m);
                let footprint = Obb::footprint(
                    w[0].pos,
                    w[0].heading_deg,
                    body.length_m,
                    body.width_m,
                    margin,
                );
                let displacement = [w[1].pos[0] - w[0].pos[0], w[1].pos[1] - w[0].pos[1]];
                Slice {
                    footprint,
                    velocity: [displacement[0] / dt, displacement[1] / dt],
                    swept: footprint.swept(displacement),
                    heading_deg: w[0].heading_deg,
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

/// TTC and PET of one hypothesis pair from `t0_ms` (see the module docs).
pub fn analyse(
    a: &Body,
    ta: &Track,
    b: &Body,
    tb: &Track,
    t0_ms: i64,
    k_sigma: f64,
) -> Option<Outcome> {
    let end_ms = ta.samples.last()?.t_ms.min(tb.samples.last()?.t_ms);
    let n = usize::try_from((end_ms - t0_ms) / SLICE_MS + 1)
        .ok()?
        .min(MAX_SLICES);
    if n < 2 {
        return None;
    }
    let sa = slices(a, ta, t0_ms, n, k_sigma)?;
    let sb = slices(b, tb, t0_ms, n, k_sigma)?;
    let dt = SLICE_MS as f64 / 1000.0;
    let mid = |p: Vec2, q: Vec2| [(p[0] + q[0]) / 2.0, (p[1] + q[1]) / 2.0];

    let mut first_contact = None;
    for (k, (x, y)) in sa.iter().zip(&sb).enumerate() {
        if let Some((t, _)) =
            overlap_interval(&x.footprint, x.velocity, &y.footprint, y.velocity, dt)
        {
            let at = |s: &Slice| {
                [
                    s.footprint.centre[0] + s.velocity[0] * t,
                    s.footprint.centre[1] + s.velocity[1] * t,
                ]
            };
            first_contact = Some((
                k as f64 * dt + t,
                mid(at(x), at(y)),
                path_angle_deg(x.heading_deg, y.heading_deg),
            ));
            break;
        }
    }

    if let Some((ttc, point, angle)) = first_contact {
        return Some(Outcome {
            ttc_s: Some(ttc),
            pet_s: None,
            point,
            angle_deg: angle,
        });
    }
    // Occupancy intervals are cached per box: each is needed by many cells.
    let mut a_in_b: Vec<Option<Option<(f64, f64)>>> = vec![None; sb.len()];
    let mut b_in_a: Vec<Option<Option<(f64, f64)>>> = vec![None; sa.len()];
    let mut closest: Option<(f64, Vec2, f64)> = None;
    for (i, x) in sa.iter().enumerate() {
        for (j, y) in sb.iter().enumerate() {
            if !overlaps(&x.swept, &y.swept) {
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
            if closest.is_none_or(|(g, _, _)| gap < g - TIE_S) {
                closest = Some((
                    gap,
                    mid(x.swept.centre, y.swept.centre),
                    path_angle_deg(x.heading_deg, y.heading_deg),
                ));
            }
        }
    }

    closest.map(|(pet, point, angle)| Outcome {
        ttc_s: None,
        pet_s: Some(pet),
        point,
        angle_deg: angle,
    })
}

/// The conflict of two road users over all hypothesis pairs.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Assessment {
    /// Sum of `p_a · p_b` over the hypothesis pairs in conflict.
    pub probability: f64,
    /// Outcome of the most probable conflicting pair and its hypothesis indices.
    pub best: Option<(Outcome, usize, usize)>,
}

/// Assesses all hypothesis pairs from `t0_ms`. A pair is in conflict when `conflict`
/// says so of its outcome (the detector's clear thresholds).
pub fn assess(
    a: &Body,
    b: &Body,
    t0_ms: i64,
    k_sigma: f64,
    conflict: impl Fn(&Outcome) -> bool,
) -> Assessment {
    let mut probability = 0.0;
    let mut best: Option<(Outcome, usize, usize, f64)> = None;
    for (i, ta) in a.tracks.iter().enumerate() {
        for (j, tb) in b.tracks.iter().enumerate() {
            let Some(outcome) = analyse(a, ta, b, tb, t0_ms, k_sigma) else {
                continue;
            };
            if !conflict(&outcome) {
                continue;
            }
            let p = ta.probability * tb.probability;
            probability += p;
            if best.is_none_or(|(_, _, _, q)| p > q) {
                best = Some((outcome, i, j, p));
            }
        }
    }
    Assessment {
        probability: probability.min(1.0),
        best: best.map(|(o, i, j, _)| (o, i, j)),
    }
}
