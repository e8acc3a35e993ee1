//! Path choice from motion: how well going along a path, or stopping at the junction
//! ahead, explains a road user's observed speed and acceleration.
//!
//! The model is the one a driver follows: cruise, and when a curve ahead allows less
//! than the current speed, brake once the deceleration needed to reach the curve's speed
//! (`a_req = (v² − v_t²) / 2d`) reaches one's own comfortable deceleration — on that
//! braking curve the observed deceleration *equals* `a_req`. The curve speed `v_t` a
//! driver chooses is spread around the lateral-comfort speed `sqrt(a_lat · R)`
//! ([`TURN_SPEED_FACTORS`]), the braking deceleration around
//! [`CarLimits::decel_mps2`] ([`CarLimits::decel_spread_mps2`]). A stop is the same
//! with `v_t = 0` at the line, or anywhere before it (a queue). Gentle early braking
//! (less than `a_req`) is accepted too, since people do not all brake just in time.
//! A road user well below the speed its path allows (a straight path: the free-flow speed
//! [`CarLimits::free_speed_mps`]) is expected to speed up ([`CarLimits::resume_accel_mps2`]):
//! holding a low speed near a junction is what turning road users do.
//!
//! Likelihoods are Gaussian kernels `exp(−z²/2)` of how many sigmas an observation is
//! off (no normalisation: the same kernels score every path of one update).

use super::CarLimits;

/// Curve speeds drivers choose, as factors of the lateral-comfort speed, with weights: a
/// ±15 % (1σ) spread sampled at five points (−2σ … +2σ).
pub const TURN_SPEED_FACTORS: [(f64, f64); 5] = [
    (0.70, 0.06),
    (0.85, 0.24),
    (1.00, 0.40),
    (1.15, 0.24),
    (1.30, 0.06),
];
/// 1-sigma (m/s²) of the acceleration estimate against a driver's intent: the 1 s fit's
/// noise plus the lag of a fit over a changing deceleration.
pub const ACCEL_SIGMA_MPS2: f64 = 0.6;
/// 1-sigma (m/s) of the speed in a curve above the speed chosen for it.
pub const CURVE_SPEED_SIGMA_MPS: f64 = 0.8;
/// How far (m/s) below the speed its path allows a road user may hold its speed: sensor
/// noise plus drivers who settle a little below the limit.
pub const SPEED_SLACK_MPS: f64 = 0.5;
/// Closest distance (m) a required deceleration is evaluated at, so a curve or line just
/// reached does not demand an unbounded deceleration from position noise.
pub const MIN_BRAKE_DISTANCE_M: f64 = 2.0;

/// Unnormalised Gaussian kernel: 1 at `x = 0`.
fn kernel(x: f64, sigma: f64) -> f64 {
    let z = x / sigma;
    (-0.5 * z * z).exp()
}

/// Standard normal CDF, logistic approximation (within 0.01 everywhere): ample for a
/// probability of having started braking.
pub fn normal_cdf(z: f64) -> f64 {
    1.0 / (1.0 + (-1.702 * z).exp())
}

/// The speed limit that binds a road user at the position it is at: `distance_m` ahead
/// (≤ 0: already in the curve) a curve allows `v_max_mps`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Curve {
    /// Distance to the curve, m (≤ 0 inside it).
    pub distance_m: f64,
    /// The lateral-comfort speed of the curve, m/s.
    pub v_max_mps: f64,
}

/// Probability that a driver needing `a_req` has started braking: its comfortable
/// deceleration is at most `a_req`.
fn braking_share(a_req: f64, lim: &CarLimits) -> f64 {
    normal_cdf((a_req - lim.decel_mps2) / lim.decel_spread_mps2)
}

/// Free motion: any acceleration, deceleration is unexplained.
fn free(a: f64) -> f64 {
    kernel((-a).max(0.0), ACCEL_SIGMA_MPS2)
}

/// Below the speed its path allows (by more than [`SPEED_SLACK_MPS`]), a road user speeds
/// up at [`CarLimits::resume_accel_mps2`] or more; holding or losing speed is unexplained.
fn resume(v: f64, a: f64, target: f64, lim: &CarLimits) -> f64 {
    if v < target - SPEED_SLACK_MPS {
        kernel((lim.resume_accel_mps2 - a).max(0.0), ACCEL_SIGMA_MPS2)
    } else {
        1.0
    }
}

/// Likelihood of speed `v` and acceleration `a` for a road user going along a path whose
/// binding curve is `curve` (`None`: nothing ahead needs slowing).
pub fn go_likelihood(v: f64, a: f64, curve: Option<Curve>, lim: &CarLimits) -> f64 {
    let Some(curve) = curve else {
        return free(a) * resume(v, a, lim.free_speed_mps, lim);
    };
    TURN_SPEED_FACTORS
        .iter()
        .map(|(factor, weight)| {
            let v_t = factor * curve.v_max_mps;
            let l = if curve.distance_m <= 0.0 {
                // In the curve: at most its speed, and braking to it is still explained.
                kernel((v - v_t).max(0.0), CURVE_SPEED_SIGMA_MPS)
                    * kernel((-a - lim.decel_mps2).max(0.0), ACCEL_SIGMA_MPS2)
            } else {
                let d = curve.distance_m.max(MIN_BRAKE_DISTANCE_M);
                let a_req = ((v * v - v_t * v_t) / (2.0 * d)).max(0.0);
                let braking = braking_share(a_req, lim);
                // Braking just in time: a = −a_req. Before that: cruising, or braking
                // early and gently (no harder than a_req).
                braking * kernel(a + a_req, ACCEL_SIGMA_MPS2)
                    + (1.0 - braking) * kernel((-a - a_req).max(0.0), ACCEL_SIGMA_MPS2)
            };
            weight * l * resume(v, a, v_t.min(lim.free_speed_mps), lim)
        })
        .sum()
}

/// Likelihood of speed `v` and acceleration `a` for a road user that will stop at most
/// `to_stop_m` ahead (at the line, or earlier behind a queue).
pub fn stop_likelihood(v: f64, a: f64, to_stop_m: f64, lim: &CarLimits) -> f64 {
    let a_req = v * v / (2.0 * to_stop_m.max(MIN_BRAKE_DISTANCE_M));
    let braking = braking_share(a_req, lim);
    // Braking at least as hard as the line needs (stopping there or before it), or
    // not braking yet while the line is still far enough to stop comfortably.
    kernel((a + a_req).max(0.0), ACCEL_SIGMA_MPS2).max((1.0 - braking) * free(a))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::predictor::CAR_LIMITS;

    #[test]
    fn normal_cdf_is_close_to_the_table() {
        // Φ(0) = 0.5, Φ(1) = 0.8413, Φ(2) = 0.9772 (standard normal table).
        for (z, want) in [(0.0, 0.5), (1.0, 0.8413), (2.0, 0.9772), (-1.0, 0.1587)] {
            assert!((normal_cdf(z) - want).abs() < 0.01, "{z}");
        }
    }

    #[test]
    fn weights_sum_to_one() {
        let total: f64 = TURN_SPEED_FACTORS.iter().map(|(_, w)| w).sum();
        assert!((total - 1.0).abs() < 1e-12);
    }

    /// A right turn of radius 8.25 m allows sqrt(3 · 8.25) ≈ 5 m/s.
    fn right_turn(distance_m: f64) -> Option<Curve> {
        Some(Curve {
            distance_m,
            v_max_mps: (CAR_LIMITS.lateral_mps2 * 8.25).sqrt(),
        })
    }

    #[test]
    fn braking_just_in_time_for_a_curve_explains_a_turn_not_going_straight() {
        // On the braking curve to 5 m/s with 2.5 m/s²: v² = 25 + 2 · 2.5 · 12 at 12 m.
        let v = (25.0_f64 + 5.0 * 12.0).sqrt();
        let turn = go_likelihood(v, -2.5, right_turn(12.0), &CAR_LIMITS);
        let straight = go_likelihood(v, -2.5, None, &CAR_LIMITS);
        assert!(turn > 0.3, "{turn}");
        assert!(straight < 1e-3, "{straight}");
    }

    #[test]
    fn cruising_fast_close_to_a_curve_rules_the_turn_out() {
        // 13 m/s 10 m before a 5 m/s curve needs (169 − 25)/20 = 7.2 m/s²: not a turn.
        let turn = go_likelihood(13.0, 0.0, right_turn(10.0), &CAR_LIMITS);
        assert!(turn < 1e-3, "{turn}");
        assert!((go_likelihood(13.0, 0.0, None, &CAR_LIMITS) - 1.0).abs() < 1e-12);
        // Far away, cruising says nothing yet.
        let far = go_likelihood(13.0, 0.0, right_turn(80.0), &CAR_LIMITS);
        assert!(far > 0.9, "{far}");
    }

    #[test]
    fn in_the_curve_the_speed_must_fit_it() {
        assert!(go_likelihood(4.5, 0.0, right_turn(-3.0), &CAR_LIMITS) > 0.6);
        assert!(go_likelihood(10.0, 0.0, right_turn(-3.0), &CAR_LIMITS) < 1e-3);
    }

    #[test]
    fn holding_a_low_speed_near_the_junction_is_a_turn() {
        // 5 m/s steady, 4 m before a right turn (≈ 5 m/s): a turning driver holds its
        // speed, one going straight would pull away towards the free-flow speed.
        let turn = go_likelihood(5.0, 0.0, right_turn(4.0), &CAR_LIMITS);
        let straight = go_likelihood(5.0, 0.0, None, &CAR_LIMITS);
        assert!(turn > 0.7, "{turn}");
        assert!(straight < 0.5 * turn, "{straight} vs {turn}");
        // Pulling away at 2 m/s² is what both do.
        assert!(go_likelihood(5.0, 2.0, None, &CAR_LIMITS) > 0.99);
    }

    #[test]
    fn a_stop_explains_braking_to_the_line_or_before_it() {
        // 8 m/s, 12.8 m to the line: 2.5 m/s² stops exactly there.
        assert!(stop_likelihood(8.0, -2.5, 12.8, &CAR_LIMITS) > 0.99);
        // Harder braking: stopping short of the line behind a queue.
        assert!(stop_likelihood(8.0, -3.5, 12.8, &CAR_LIMITS) > 0.99);
        // Cruising at 10 m/s 12.8 m before the line cannot end in a comfortable stop
        // (3.9 m/s² needed).
        assert!(stop_likelihood(10.0, 0.0, 12.8, &CAR_LIMITS) < 0.05);
        // Standing at the line is a stop.
        assert!(stop_likelihood(0.0, 0.0, 1.0, &CAR_LIMITS) > 0.99);
    }
}
