//! Probability that two footprints touch, from the combined position uncertainty.
//!
//! Each road user's predicted position is Gaussian around its predicted point with a
//! [`Spread`]: 1-sigma σ along its heading and across it (a user following a lane deviates
//! far less across it than along it). The separation of the two centres is then Gaussian
//! (independent errors) with, along a unit direction n, σ_c(n)² = Σ σ_along²·(e·n)² +
//! σ_across²·(1 − (e·n)²) over both users (e their heading). The footprints touch when the
//! separation lies in their Minkowski sum, whose half-width along n is the summed
//! half-extents r(n) = r_a(n) + r_b(n).
//!
//! - **Encounter** (the users move relative to each other): the short-encounter model of
//!   conjunction analysis (Chan; Akella & Alfriend). An error along the relative velocity
//!   only shifts *when* the footprints meet; *whether* they meet depends on the miss
//!   distance m across the relative velocity, so P = Φ((r − m)/σ_c) − Φ((−r − m)/σ_c) with r
//!   taken across the relative velocity (exact for the line of relative motion meeting the
//!   convex Minkowski sum). A slice holds an encounter when the nominal relative motion
//!   passes the Minkowski sum's extent along the motion within the slice; σ_c is taken at
//!   the moment the centres pass each other.
//! - **Static** (relative speed below [`MIN_RELATIVE_SPEED_MPS`]): the product of the two
//!   interval probabilities along the axes of one footprint's frame (the rectangle that
//!   covers the Minkowski sum), the smaller over the two frames.
//!
//! σ_c = 0 is the nominal geometry: 1 when the footprints touch, else 0.

use super::geometry::{dot, sub, Obb, Vec2};

/// Position uncertainty of one road user during a slice: 1-sigma along and across its
/// heading at the slice's start and end (linear in between).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Spread {
    /// Unit heading (east, north).
    pub axis: Vec2,
    /// σ along the heading at the start and end, m.
    pub along: (f64, f64),
    /// σ across the heading at the start and end, m.
    pub across: (f64, f64),
}

impl Spread {
    /// The same σ in every direction.
    pub fn isotropic(axis: Vec2, sigma: (f64, f64)) -> Self {
        Self {
            axis,
            along: sigma,
            across: sigma,
        }
    }

    /// Variance along the unit direction `n` at fraction `f` (0..1) of the slice.
    fn variance_on(&self, n: Vec2, f: f64) -> f64 {
        let lerp = |(a, b): (f64, f64)| a + (b - a) * f;
        let c = dot(self.axis, n);
        lerp(self.along).powi(2) * c * c + lerp(self.across).powi(2) * (1.0 - c * c).max(0.0)
    }
}

/// Combined σ of the separation of two users along `n` at fraction `f` of the slice.
fn combined(a: &Spread, b: &Spread, n: Vec2, f: f64) -> f64 {
    (a.variance_on(n, f) + b.variance_on(n, f)).sqrt()
}

/// Below this relative speed, m/s, two users are treated as not moving relative to each
/// other (the encounter direction is undefined): a walking pace difference is well above.
pub const MIN_RELATIVE_SPEED_MPS: f64 = 0.1;
/// Below this σ_c, m, the probability is the nominal geometry's 0 or 1 (no division by a
/// rounding residue).
const MIN_SIGMA_M: f64 = 1e-9;

/// Standard normal distribution function.
pub fn phi(x: f64) -> f64 {
    0.5 * libm::erfc(-x / std::f64::consts::SQRT_2)
}

/// Probability that a Gaussian offset `m + N(0, σ²)` lies within `[−r, r]`.
pub fn interval(r: f64, m: f64, sigma: f64) -> f64 {
    if sigma < MIN_SIGMA_M {
        f64::from(u8::from(m.abs() <= r))
    } else {
        (phi((r - m) / sigma) - phi((-r - m) / sigma)).clamp(0.0, 1.0)
    }
}

/// Probability that two footprints not moving relative to each other overlap, with the
/// uncertainty at the slice's end (the larger).
pub fn static_probability(a: &Obb, sa: &Spread, b: &Obb, sb: &Spread) -> f64 {
    let d = sub(b.centre, a.centre);
    [a, b]
        .iter()
        .map(|frame| {
            [frame.axis, frame.normal()]
                .iter()
                .map(|&n| {
                    let sigma = combined(sa, sb, n, 1.0);
                    interval(a.radius_on(n) + b.radius_on(n), dot(d, n), sigma)
                })
                .product::<f64>()
        })
        .fold(1.0, f64::min)
}

/// One road user during a slice: footprint at the start, velocity, uncertainty.
#[derive(Debug, Clone, Copy)]
pub struct Mover<'a> {
    /// Footprint at the slice start.
    pub footprint: &'a Obb,
    /// Velocity during the slice, m/s.
    pub velocity: Vec2,
    /// Position uncertainty during the slice.
    pub spread: &'a Spread,
}

/// The encounter of two moving footprints during `[0, duration]` s: (probability that
/// they touch, s from the slice start when their centres pass each other along the
/// relative motion), or `None` when the relative motion does not pass the other
/// footprint within the slice.
pub fn encounter(a: Mover<'_>, b: Mover<'_>, duration: f64) -> Option<(f64, f64)> {
    let (sa, sb) = (a.spread, b.spread);
    let (va, vb) = (a.velocity, b.velocity);
    let (a, b) = (a.footprint, b.footprint);
    let d = sub(b.centre, a.centre);
    let v = sub(vb, va);
    let speed = v[0].hypot(v[1]);
    if speed < MIN_RELATIVE_SPEED_MPS {
        return Some((static_probability(a, sa, b, sb), 0.0));
    }
    let u = [v[0] / speed, v[1] / speed];
    let n = [-u[1], u[0]];
    let along = dot(d, u);
    let reach_along = a.radius_on(u) + b.radius_on(u);
    let (enter, leave) = (
        (-reach_along - along) / speed,
        (reach_along - along) / speed,
    );
    if leave < 0.0 || enter > duration {
        return None;
    }
    let tau = (-along / speed).clamp(0.0, duration);
    let f = if duration > 0.0 { tau / duration } else { 0.0 };
    let sigma = combined(sa, sb, n, f);
    let reach_across = a.radius_on(n) + b.radius_on(n);
    Some((interval(reach_across, dot(d, n), sigma), tau))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phi_matches_tabulated_values() {
        // Standard normal table: Φ(0) = 0.5, Φ(1) = 0.841345, Φ(1.96) = 0.975002.
        assert!((phi(0.0) - 0.5).abs() < 1e-12);
        assert!((phi(1.0) - 0.841_344_746).abs() < 1e-8);
        assert!((phi(1.96) - 0.975_002_105).abs() < 1e-8);
        assert!((phi(-1.0) - 0.158_655_254).abs() < 1e-8);
    }

    /// A mover with isotropic σ.
    fn iso(sigma: f64) -> Spread {
        Spread::isotropic([0.0, 1.0], (sigma, sigma))
    }

    fn enc(a: &Obb, va: Vec2, sa: f64, b: &Obb, vb: Vec2, sb: f64, dt: f64) -> Option<(f64, f64)> {
        let (sa, sb) = (iso(sa), iso(sb));
        encounter(
            Mover {
                footprint: a,
                velocity: va,
                spread: &sa,
            },
            Mover {
                footprint: b,
                velocity: vb,
                spread: &sb,
            },
            dt,
        )
    }

    #[test]
    fn head_on_crossing_probability_is_the_two_sided_interval() {
        // A car (4.5 × 1.8) driving east, a pedestrian (0.5 × 0.5) walking north straight
        // into its path: the relative motion is diagonal, the miss distance 0. Across the
        // relative velocity u = (−10, 1.5)/|·| the Minkowski half-width is
        // 2.25·|u_y| + 0.9·|u_x| + 0.25·(|u_x| + |u_y|).
        let car = Obb::footprint([-20.0, 0.0], 90.0, 4.5, 1.8, 0.0);
        let ped = Obb::footprint([0.0, -3.0], 0.0, 0.5, 0.5, 0.0);
        let (p, tau) = enc(&car, [10.0, 0.0], 1.0, &ped, [0.0, 1.5], 0.0, 4.0).unwrap();
        let len = 10.0_f64.hypot(1.5);
        let (ux, uy) = (10.0 / len, 1.5 / len);
        let r = 2.25 * uy + 0.9 * ux + 0.25 * (ux + uy);
        // σ_c = 1 m: P = Φ(r) − Φ(−r).
        let expect = 2.0 * phi(r) - 1.0;
        assert!((p - expect).abs() < 1e-9, "p {p} expect {expect}");
        assert!(p > 0.86 && p < 0.87, "p {p}");
        // The centres pass each other at 2 s (car at x = 0, pedestrian at y = 0).
        assert!((tau - 2.0).abs() < 1e-9, "tau {tau}");
    }

    #[test]
    fn parallel_paths_five_metres_apart_are_unlikely_to_touch() {
        // A car overtaking a bicycle on a parallel path 5 m to the side, σ 1.5 m and 2 m
        // (σ_c = 2.5 m):
        // across the motion the half-widths are 0.9 + 0.3 = 1.2 m,
        // P = Φ((1.2 − 5)/2.5) − Φ((−1.2 − 5)/2.5) = Φ(−1.52) − Φ(−2.48) = 0.0643 − 0.0066.
        let car = Obb::footprint([-10.0, 0.0], 90.0, 4.5, 1.8, 0.0);
        let bike = Obb::footprint([0.0, 5.0], 90.0, 1.8, 0.6, 0.0);
        let (p, _) = enc(&car, [10.0, 0.0], 1.5, &bike, [4.0, 0.0], 2.0, 4.0).unwrap();
        assert!((p - (0.064_255 - 0.006_569)).abs() < 1e-4, "p {p}");
        // Without uncertainty they never touch.
        let (p, _) = enc(&car, [10.0, 0.0], 0.0, &bike, [4.0, 0.0], 0.0, 4.0).unwrap();
        assert_eq!(p, 0.0);
    }

    #[test]
    fn no_encounter_when_the_relative_motion_passes_outside_the_slice() {
        // The car is 30 m behind the pedestrian's crossing point at 10 m/s: within 1 s it
        // does not reach the pedestrian's along-track extent.
        let car = Obb::footprint([-30.0, 0.0], 90.0, 4.5, 1.8, 0.0);
        let ped = Obb::footprint([0.0, 0.0], 0.0, 0.5, 0.5, 0.0);
        assert!(enc(&car, [10.0, 0.0], 1.0, &ped, [0.0, 0.0], 0.0, 1.0).is_none());
        // Moving away: no encounter either.
        assert!(enc(&car, [-10.0, 0.0], 1.0, &ped, [0.0, 0.0], 0.0, 10.0).is_none());
    }

    #[test]
    fn static_overlap_is_the_product_of_the_axis_intervals() {
        // Two axis-aligned unit squares 1.5 m apart in x, σ 0.3 and 0.4 (σ_c = 0.5): reach
        // 1 m on each axis,
        // P = [Φ(−1) − Φ(−5)]·[Φ(2) − Φ(−2)] = 0.158655·0.954500.
        let a = Obb::footprint([0.0, 0.0], 0.0, 1.0, 1.0, 0.0);
        let b = Obb::footprint([1.5, 0.0], 0.0, 1.0, 1.0, 0.0);
        let (sa, sb) = (iso(0.3), iso(0.4));
        let p = static_probability(&a, &sa, &b, &sb);
        assert!((p - 0.158_655 * 0.954_500).abs() < 1e-5, "p {p}");
        let (q, _) = enc(&a, [0.0, 0.0], 0.3, &b, [0.0, 0.0], 0.4, 1.0).unwrap();
        assert_eq!(p, q);
    }

    #[test]
    fn lane_keeping_narrows_the_miss_distance_spread() {
        // The parallel overtaking of the test above, but both users keep their lanes:
        // σ across the heading 0.3 and 0.4 m (σ_c across = 0.5 m), along unchanged. The miss
        // distance is across the headings: P = Φ((1.2 − 5)/0.5) − … = Φ(−7.6) ≈ 1.5e−14.
        let car = Obb::footprint([-10.0, 0.0], 90.0, 4.5, 1.8, 0.0);
        let bike = Obb::footprint([0.0, 5.0], 90.0, 1.8, 0.6, 0.0);
        let east = [1.0, 0.0];
        let sa = Spread {
            axis: east,
            along: (1.5, 1.5),
            across: (0.3, 0.3),
        };
        let sb = Spread {
            axis: east,
            along: (2.0, 2.0),
            across: (0.4, 0.4),
        };
        let m = |f, v, s| Mover {
            footprint: f,
            velocity: v,
            spread: s,
        };
        let (p, _) = encounter(m(&car, [10.0, 0.0], &sa), m(&bike, [4.0, 0.0], &sb), 4.0).unwrap();
        assert!(p < 1e-12, "p {p}");
        // On a collision course (miss distance 0: both reach the origin at 1 s) a smaller
        // spread across the headings can only raise the probability, P = 2Φ(r/σ_c) − 1.
        let north = Spread {
            axis: [0.0, 1.0],
            along: (2.0, 2.0),
            across: (0.4, 0.4),
        };
        let bike = Obb::footprint([0.0, -5.0], 0.0, 1.8, 0.6, 0.0);
        let (p_aniso, _) =
            encounter(m(&car, [10.0, 0.0], &sa), m(&bike, [0.0, 5.0], &north), 4.0).unwrap();
        let (p_iso, _) = enc(&car, [10.0, 0.0], 1.5, &bike, [0.0, 5.0], 2.0, 4.0).unwrap();
        assert!(p_aniso > p_iso && p_iso > 0.5, "{p_aniso} {p_iso}");
    }
}
