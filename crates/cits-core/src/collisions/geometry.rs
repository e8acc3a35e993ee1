//! Oriented footprints in a site's local metric frame (east, north), the separating-axis
//! test, and its continuous form for boxes that translate during a time slice.
//!
//! The continuous test projects both boxes onto the four candidate separating axes (the
//! two edge normals of each box). A translating box's projected centre moves linearly in
//! time, so each axis gives one time interval of overlap; the boxes overlap exactly when
//! all four intervals do. This yields the first-contact time inside a slice in closed
//! form instead of sampling it.

/// A 2-D vector or point, metres (east, north).
pub type Vec2 = [f64; 2];

/// Below this (in m/s along an axis) a box is treated as not moving along that axis, so
/// the interval computation never divides by a rounding residue.
const MIN_AXIS_SPEED: f64 = 1e-9;

/// Unit vector of a heading in degrees clockwise from north, as (east, north).
pub fn heading_unit(heading_deg: f64) -> Vec2 {
    let (s, c) = heading_deg.to_radians().sin_cos();
    [s, c]
}

/// Dot product.
pub fn dot(a: Vec2, b: Vec2) -> f64 {
    a[0] * b[0] + a[1] * b[1]
}

/// Difference `a − b`.
pub fn sub(a: Vec2, b: Vec2) -> Vec2 {
    [a[0] - b[0], a[1] - b[1]]
}

/// An oriented rectangle: centre, unit length axis, half extents.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Obb {
    /// Centre, m.
    pub centre: Vec2,
    /// Unit vector along the length (the travel direction).
    pub axis: Vec2,
    /// Half the length along `axis`, m.
    pub half_length: f64,
    /// Half the width across `axis`, m.
    pub half_width: f64,
}

impl Obb {
    /// A footprint of `length` × `width` at `centre` heading `heading_deg`, grown by
    /// `margin` on every side (the position uncertainty).
    pub fn footprint(centre: Vec2, heading_deg: f64, length: f64, width: f64, margin: f64) -> Self {
        Self {
            centre,
            axis: heading_unit(heading_deg),
            half_length: length / 2.0 + margin,
            half_width: width / 2.0 + margin,
        }
    }

    /// The unit normal of the long sides (the axis turned 90°).
    pub fn normal(&self) -> Vec2 {
        [-self.axis[1], self.axis[0]]
    }

    /// Half the extent of the box projected onto the unit vector `n`.
    pub fn radius_on(&self, n: Vec2) -> f64 {
        self.half_length * dot(self.axis, n).abs() + self.half_width * dot(self.normal(), n).abs()
    }

    /// The smallest box aligned with `direction` that covers this box moved from its
    /// centre by `displacement` (the area swept during one slice of straight motion).
    pub fn swept(&self, displacement: Vec2) -> Self {
        let len = displacement[0].hypot(displacement[1]);
        // A standing box sweeps itself; otherwise align with the motion so a long
        // straight sweep stays a thin box, not its axis-aligned bounding square.
        let axis = if len > 1e-6 {
            [displacement[0] / len, displacement[1] / len]
        } else {
            self.axis
        };
        let normal = [-axis[1], axis[0]];
        Self {
            centre: [
                self.centre[0] + displacement[0] / 2.0,
                self.centre[1] + displacement[1] / 2.0,
            ],
            axis,
            half_length: self.radius_on(axis) + len / 2.0,
            half_width: self.radius_on(normal),
        }
    }

    /// Axis-aligned bounds `(min, max)`.
    pub fn aabb(&self) -> (Vec2, Vec2) {
        let rx = self.radius_on([1.0, 0.0]);
        let ry = self.radius_on([0.0, 1.0]);
        (
            [self.centre[0] - rx, self.centre[1] - ry],
            [self.centre[0] + rx, self.centre[1] + ry],
        )
    }
}

/// Whether two oriented boxes overlap (touching counts), by the separating-axis theorem.
pub fn overlaps(a: &Obb, b: &Obb) -> bool {
    overlap_interval(a, [0.0, 0.0], b, [0.0, 0.0], 0.0).is_some()
}

/// The time interval within `[0, duration]` (s) during which box `a` moving at
/// `velocity_a` and box `b` moving at `velocity_b` (m/s) overlap, both translating
/// without rotating from their positions at time 0. `None` when they never overlap then.
pub fn overlap_interval(
    a: &Obb,
    velocity_a: Vec2,
    b: &Obb,
    velocity_b: Vec2,
    duration: f64,
) -> Option<(f64, f64)> {
    let offset = sub(a.centre, b.centre);
    let velocity = sub(velocity_a, velocity_b);
    let (mut start, mut end) = (0.0_f64, duration);
    for n in [a.axis, a.normal(), b.axis, b.normal()] {
        let reach = a.radius_on(n) + b.radius_on(n);
        let d0 = dot(offset, n);
        let dv = dot(velocity, n);
        if dv.abs() < MIN_AXIS_SPEED {
            if d0.abs() > reach {
                return None;
            }
            continue;
        }
        // |d0 + dv·t| <= reach  <=>  t between the two roots.
        let t1 = (-reach - d0) / dv;
        let t2 = (reach - d0) / dv;
        start = start.max(t1.min(t2));
        end = end.min(t1.max(t2));
        if start > end {
            return None;
        }
    }
    Some((start, end))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn square(centre: Vec2, side: f64, heading: f64) -> Obb {
        Obb::footprint(centre, heading, side, side, 0.0)
    }

    #[test]
    fn axis_aligned_overlap_matches_interval_arithmetic() {
        let a = Obb::footprint([0.0, 0.0], 0.0, 4.0, 2.0, 0.0); // north-south 4 m, east-west 2 m
                                                                // Overlap in x needs |dx| <= 1 + 0.5, in y |dy| <= 2 + 0.5.
        for (dx, dy, expect) in [
            (1.49, 0.0, true),
            (1.51, 0.0, false),
            (0.0, 2.49, true),
            (0.0, 2.51, false),
            (1.4, 2.4, true),
        ] {
            let b = square([dx, dy], 1.0, 0.0);
            assert_eq!(overlaps(&a, &b), expect, "dx {dx} dy {dy}");
        }
    }

    #[test]
    fn rotated_square_corner_touches_at_half_diagonal() {
        // A unit square turned 45° reaches sqrt(0.5) along x: it touches a unit square
        // at distance 0.5 + sqrt(0.5).
        let a = square([0.0, 0.0], 1.0, 0.0);
        let reach = 0.5 + 0.5_f64.sqrt();
        assert!(overlaps(&a, &square([reach - 1e-6, 0.0], 1.0, 45.0)));
        assert!(!overlaps(&a, &square([reach + 1e-6, 0.0], 1.0, 45.0)));
    }

    #[test]
    fn diagonal_gap_found_by_the_rotated_axis() {
        // Two 45° squares side by side along the diagonal: their AABBs overlap, but the
        // rotated axis separates them when the distance exceeds the side length.
        let a = square([0.0, 0.0], 1.0, 45.0);
        let d = 1.05 / 2.0_f64.sqrt();
        assert!(!overlaps(&a, &square([d, d], 1.0, 45.0)));
        let d = 0.95 / 2.0_f64.sqrt();
        assert!(overlaps(&a, &square([d, d], 1.0, 45.0)));
    }

    #[test]
    fn moving_box_first_contact_in_closed_form() {
        // Box of half-length 1 approaching a unit square at 2 m/s from 10 m away:
        // contact when the gap 10 - 1 - 0.5 = 8.5 m is closed, at 4.25 s; leaves when it
        // has passed by 10 + 1.5 m, at 5.75 s.
        let a = Obb::footprint([-10.0, 0.0], 90.0, 2.0, 1.0, 0.0);
        let b = square([0.0, 0.0], 1.0, 0.0);
        let (t0, t1) = overlap_interval(&a, [2.0, 0.0], &b, [0.0, 0.0], 10.0).unwrap();
        assert!(
            (t0 - 4.25).abs() < 1e-9 && (t1 - 5.75).abs() < 1e-9,
            "{t0} {t1}"
        );
        // The same with both moving towards each other at 1 m/s each.
        let (t0, _) = overlap_interval(&a, [1.0, 0.0], &b, [-1.0, 0.0], 10.0).unwrap();
        assert!((t0 - 4.25).abs() < 1e-9);
        // Within a shorter window there is no contact.
        assert!(overlap_interval(&a, [2.0, 0.0], &b, [0.0, 0.0], 4.0).is_none());
    }

    #[test]
    fn swept_box_covers_start_and_end() {
        let a = Obb::footprint([0.0, 0.0], 0.0, 4.0, 2.0, 0.0);
        let s = a.swept([0.0, 3.0]);
        assert!((s.half_length - 3.5).abs() < 1e-12 && (s.half_width - 1.0).abs() < 1e-12);
        assert_eq!(s.centre, [0.0, 1.5]);
        let (lo, hi) = s.aabb();
        assert!((lo[1] + 2.0).abs() < 1e-12 && (hi[1] - 5.0).abs() < 1e-12);
    }
}
