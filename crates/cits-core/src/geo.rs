//! Geodesy for the stages: local metric offsets ↔ WGS84, frame rotation, ETSI time.
//!
//! # The local frame
//! A local frame is the plane tangent to the WGS84 ellipsoid at a reference point, with
//! axes east and north (metres). A local `(east, north)` maps to the point *on the
//! ellipsoid* whose orthogonal projection onto that plane is `(east, north)`: the
//! vertical through the plane point is intersected with the ellipsoid (a quadratic), and
//! the surface point's latitude follows in closed form. The inverse is a dot product of
//! the ECEF difference with the frame axes. Both directions are exact on the ellipsoid,
//! so a round trip returns the input to nanometres.
//!
//! The distance measured in the plane differs from the geodesic distance by about
//! `s³ / (6 R²)`: 0.1 µm at 300 m, 0.5 mm at 5 km. Azimuths are preserved to the same
//! order. The tests compare against Karney's geodesic direct/inverse problems
//! (`geographiclib-rs`). Heights are ignored (points are placed on the ellipsoid): a
//! station 500 m above the ellipsoid would scale offsets by `1 + 500 m / R`, i.e. 2 cm
//! at 300 m — below the sensors' accuracy, and it keeps every stage on one convention.

/// WGS84 semi-major axis, m.
const WGS84_A: f64 = 6_378_137.0;
/// WGS84 flattening.
const WGS84_F: f64 = 1.0 / 298.257_223_563;
/// WGS84 first eccentricity squared, `f (2 - f)`.
const WGS84_E2: f64 = WGS84_F * (2.0 - WGS84_F);
/// WGS84 semi-minor axis, m.
const WGS84_B: f64 = WGS84_A * (1.0 - WGS84_F);

/// Unix time (ms) of the ETSI epoch 2004-01-01T00:00:00Z.
pub const ITS_EPOCH_UNIX_MS: i64 = 1_072_915_200_000;
/// Leap seconds inserted between 2004-01-01 and now (2005-12-31, 2008-12-31, 2012-06-30,
/// 2015-06-30, 2016-12-31). TimestampIts counts them, Unix time does not. Times before
/// 2017 are therefore off by up to 5 s; recorded data of this project is newer.
pub const LEAP_SECONDS_SINCE_ITS_EPOCH: i64 = 5;

/// A WGS84 (EPSG:4326) position in degrees.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Wgs84 {
    /// Geodetic latitude, degrees north.
    pub lat_deg: f64,
    /// Longitude, degrees east.
    pub lon_deg: f64,
}

impl Wgs84 {
    /// Whether both coordinates are finite and in range (|lat| ≤ 90°, |lon| ≤ 180°).
    pub fn is_valid(&self) -> bool {
        self.lat_deg.is_finite()
            && self.lon_deg.is_finite()
            && self.lat_deg.abs() <= 90.0
            && self.lon_deg.abs() <= 180.0
    }
}

/// A local tangent-plane frame at a reference point, with the axes precomputed so that
/// many conversions around the same point (one CPM, one street graph) are cheap.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LocalFrame {
    reference: Wgs84,
    /// ECEF position of the reference point, m.
    origin: [f64; 3],
    /// Unit vectors of the east, north and up axes in ECEF.
    east: [f64; 3],
    north: [f64; 3],
    up: [f64; 3],
}

fn dot(a: [f64; 3], b: [f64; 3]) -> f64 {
    a[0] * b[0] + a[1] * b[1] + a[2] * b[2]
}

/// `sum(w_i a_i b_i)` with the ellipsoid's weights `(1/a², 1/a², 1/b²)`.
fn ellipsoid_dot(a: [f64; 3], b: [f64; 3]) -> f64 {
    (a[0] * b[0] + a[1] * b[1]) / (WGS84_A * WGS84_A) + a[2] * b[2] / (WGS84_B * WGS84_B)
}

/// ECEF coordinates of a point on the ellipsoid (height 0).
fn to_ecef(p: Wgs84) -> [f64; 3] {
    let (sin_lat, cos_lat) = p.lat_deg.to_radians().sin_cos();
    let (sin_lon, cos_lon) = p.lon_deg.to_radians().sin_cos();
    let n = WGS84_A / (1.0 - WGS84_E2 * sin_lat * sin_lat).sqrt();
    [
        n * cos_lat * cos_lon,
        n * cos_lat * sin_lon,
        n * (1.0 - WGS84_E2) * sin_lat,
    ]
}

impl LocalFrame {
    /// The frame tangent to the ellipsoid at `reference`.
    pub fn new(reference: Wgs84) -> Self {
        let (sin_lat, cos_lat) = reference.lat_deg.to_radians().sin_cos();
        let (sin_lon, cos_lon) = reference.lon_deg.to_radians().sin_cos();
        Self {
            reference,
            origin: to_ecef(reference),
            east: [-sin_lon, cos_lon, 0.0],
            north: [-sin_lat * cos_lon, -sin_lat * sin_lon, cos_lat],
            up: [cos_lat * cos_lon, cos_lat * sin_lon, sin_lat],
        }
    }

    /// The reference point of the frame.
    pub fn reference(&self) -> Wgs84 {
        self.reference
    }

    /// The WGS84 position of the local offset `(east_m, north_m)`.
    ///
    /// Offsets farther than about one Earth radius have no surface point below them;
    /// the result is then the horizon point in that direction (never NaN for finite input).
    pub fn to_wgs84(&self, east_m: f64, north_m: f64) -> Wgs84 {
        // Offset within the tangent plane, in ECEF.
        let d = [
            east_m * self.east[0] + north_m * self.north[0],
            east_m * self.east[1] + north_m * self.north[1],
            east_m * self.east[2] + north_m * self.north[2],
        ];
        // Solve |origin + d + t·up|_w = 1 for the root t near 0. The constant term is
        // |d|_w² because origin lies on the ellipsoid and d is tangent there (w·origin ∥ up),
        // which avoids the cancellation of computing |origin + d|_w² - 1.
        let qa = ellipsoid_dot(self.up, self.up);
        let qb = 2.0 * ellipsoid_dot(self.origin, self.up) + 2.0 * ellipsoid_dot(d, self.up);
        let qc = ellipsoid_dot(d, d);
        let disc = (qb * qb - 4.0 * qa * qc).max(0.0);
        let t = -2.0 * qc / (qb + disc.sqrt());
        let p = [
            self.origin[0] + d[0] + t * self.up[0],
            self.origin[1] + d[1] + t * self.up[1],
            self.origin[2] + d[2] + t * self.up[2],
        ];
        // On the ellipsoid, z / p = (1 - e²) tan(lat) holds exactly: no iteration needed.
        let horizontal = p[0].hypot(p[1]);
        Wgs84 {
            lat_deg: p[2].atan2((1.0 - WGS84_E2) * horizontal).to_degrees(),
            lon_deg: p[1].atan2(p[0]).to_degrees(),
        }
    }

    /// The local offset `(east_m, north_m)` of `point` (projected onto the tangent plane).
    pub fn to_local(&self, point: Wgs84) -> (f64, f64) {
        let p = to_ecef(point);
        let d = [
            p[0] - self.origin[0],
            p[1] - self.origin[1],
            p[2] - self.origin[2],
        ];
        (dot(d, self.east), dot(d, self.north))
    }
}

/// The WGS84 position at `(east_m, north_m)` from `reference` (see the module docs).
pub fn local_to_wgs84(reference: Wgs84, east_m: f64, north_m: f64) -> Wgs84 {
    LocalFrame::new(reference).to_wgs84(east_m, north_m)
}

/// The local offset `(east_m, north_m)` of `point` from `reference` (see the module docs).
pub fn wgs84_to_local(reference: Wgs84, point: Wgs84) -> (f64, f64) {
    LocalFrame::new(reference).to_local(point)
}

/// Rotates a vector given in a station's frame into east/north.
///
/// `orientation_deg` is the direction of the frame's x axis, degrees clockwise from
/// north (the CPM's `orientation_angle`); y points to the left of x. With no orientation
/// (an RSU) the frame already is east/north. Returns `(east, north)`.
pub fn rotate_to_east_north(x: f64, y: f64, orientation_deg: Option<f64>) -> (f64, f64) {
    match orientation_deg {
        None => (x, y),
        Some(theta) => {
            // x axis = (sin θ, cos θ) in (east, north); y axis = x axis turned 90° left.
            let (sin_t, cos_t) = theta.to_radians().sin_cos();
            (x * sin_t - y * cos_t, x * cos_t + y * sin_t)
        }
    }
}

/// Converts an ETSI TimestampIts (ms since 2004-01-01, leap seconds counted) to Unix ms.
/// Saturates instead of overflowing on absurd input.
pub fn its_time_to_unix_ms(its_ms: u64) -> i64 {
    i64::try_from(its_ms)
        .unwrap_or(i64::MAX)
        .saturating_add(ITS_EPOCH_UNIX_MS - LEAP_SECONDS_SINCE_ITS_EPOCH * 1000)
}

/// Converts Unix ms to an ETSI TimestampIts; times before the ETSI epoch saturate to 0.
pub fn unix_ms_to_its_time(unix_ms: i64) -> u64 {
    let its = unix_ms.saturating_sub(ITS_EPOCH_UNIX_MS - LEAP_SECONDS_SINCE_ITS_EPOCH * 1000);
    u64::try_from(its).unwrap_or(0)
}

/// Normalizes an angle in degrees to `[0, 360)`.
pub fn normalize_deg(deg: f64) -> f64 {
    let r = deg.rem_euclid(360.0);
    // rem_euclid can round up to exactly 360.0 for tiny negative input.
    if r >= 360.0 {
        0.0
    } else {
        r
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use geographiclib_rs::{DirectGeodesic, Geodesic, InverseGeodesic};

    const SALZBURG: Wgs84 = Wgs84 {
        lat_deg: 47.809_490,
        lon_deg: 13.055_010,
    };

    /// References around the globe, including high latitudes and the antimeridian.
    fn references() -> Vec<Wgs84> {
        vec![
            SALZBURG,
            Wgs84 {
                lat_deg: 0.0,
                lon_deg: 0.0,
            },
            Wgs84 {
                lat_deg: -33.86,
                lon_deg: 151.21,
            },
            Wgs84 {
                lat_deg: 69.65,
                lon_deg: 18.96,
            },
            Wgs84 {
                lat_deg: 37.77,
                lon_deg: -122.42,
            },
            Wgs84 {
                lat_deg: 10.0,
                lon_deg: 179.999,
            },
        ]
    }

    /// Geodesic distance between two points, m.
    fn geodesic_distance(a: Wgs84, b: Wgs84) -> f64 {
        let s: f64 = Geodesic::wgs84().inverse(a.lat_deg, a.lon_deg, b.lat_deg, b.lon_deg);
        s
    }

    /// Error of `local_to_wgs84` against the geodesic direct problem (azimuth = direction
    /// of the offset, length = its norm), in m.
    fn error_vs_geodesic(reference: Wgs84, east: f64, north: f64) -> f64 {
        let ours = local_to_wgs84(reference, east, north);
        let azimuth = east.atan2(north).to_degrees();
        let (lat, lon): (f64, f64) = Geodesic::wgs84().direct(
            reference.lat_deg,
            reference.lon_deg,
            azimuth,
            east.hypot(north),
        );
        geodesic_distance(
            ours,
            Wgs84 {
                lat_deg: lat,
                lon_deg: lon,
            },
        )
    }

    #[test]
    fn matches_geodesic_reference_within_a_millimetre_at_300_m() {
        let mut worst: f64 = 0.0;
        for reference in references() {
            for step in 0..36 {
                let bearing = f64::from(step * 10).to_radians();
                for radius in [1.0, 30.0, 300.0] {
                    let err = error_vs_geodesic(
                        reference,
                        radius * bearing.sin(),
                        radius * bearing.cos(),
                    );
                    worst = worst.max(err);
                }
            }
        }
        println!("worst error vs geodesic within 300 m: {worst:.3e} m");
        assert!(worst < 1e-3, "worst error {worst} m");
    }

    #[test]
    fn matches_geodesic_reference_at_cpm_range_and_graph_scale() {
        // CPM coordinates reach ±1310.72 m; street graphs span a few km.
        for reference in references() {
            for (east, north) in [(1310.72, -1310.72), (-5000.0, 0.0), (0.0, 5000.0)] {
                let err = error_vs_geodesic(reference, east, north);
                assert!(err < 2e-3, "{reference:?} ({east}, {north}): {err} m");
            }
        }
    }

    #[test]
    fn inverse_agrees_with_geodesic_inverse() {
        let geod = Geodesic::wgs84();
        for reference in references() {
            for (azimuth, distance) in [(0.0, 250.0), (63.0, 300.0), (-120.0, 1000.0)] {
                let (lat, lon): (f64, f64) =
                    geod.direct(reference.lat_deg, reference.lon_deg, azimuth, distance);
                let (east, north) = wgs84_to_local(
                    reference,
                    Wgs84 {
                        lat_deg: lat,
                        lon_deg: lon,
                    },
                );
                let azimuth_rad = f64::to_radians(azimuth);
                let expected = (distance * azimuth_rad.sin(), distance * azimuth_rad.cos());
                let err = (east - expected.0).hypot(north - expected.1);
                assert!(err < 1e-3, "{reference:?} az {azimuth}: {err} m");
            }
        }
    }

    #[test]
    fn round_trip_is_exact_to_micrometres() {
        for reference in references() {
            for (east, north) in [
                (0.0, 0.0),
                (12.34, -56.78),
                (-1310.72, 1310.71),
                (4000.0, 3000.0),
            ] {
                let p = local_to_wgs84(reference, east, north);
                let (e, n) = wgs84_to_local(reference, p);
                assert!(
                    (e - east).abs() < 1e-6 && (n - north).abs() < 1e-6,
                    "{e} {n}"
                );
            }
        }
    }

    #[test]
    fn origin_maps_to_reference() {
        let p = local_to_wgs84(SALZBURG, 0.0, 0.0);
        assert!((p.lat_deg - SALZBURG.lat_deg).abs() < 1e-12);
        assert!((p.lon_deg - SALZBURG.lon_deg).abs() < 1e-12);
    }

    #[test]
    fn north_offset_increases_latitude_east_offset_increases_longitude() {
        let n = local_to_wgs84(SALZBURG, 0.0, 100.0);
        let e = local_to_wgs84(SALZBURG, 100.0, 0.0);
        assert!(n.lat_deg > SALZBURG.lat_deg && (n.lon_deg - SALZBURG.lon_deg).abs() < 1e-12);
        assert!(e.lon_deg > SALZBURG.lon_deg);
    }

    #[test]
    fn rotation_follows_the_cpm_convention() {
        let close =
            |a: (f64, f64), b: (f64, f64)| (a.0 - b.0).abs() < 1e-9 && (a.1 - b.1).abs() < 1e-9;
        // RSU: x east, y north.
        assert!(close(rotate_to_east_north(3.0, 4.0, None), (3.0, 4.0)));
        // Heading east (90°): x east, y (left) north — same as the RSU frame.
        assert!(close(
            rotate_to_east_north(3.0, 4.0, Some(90.0)),
            (3.0, 4.0)
        ));
        // Heading north: x north, y (left) west.
        assert!(close(
            rotate_to_east_north(3.0, 4.0, Some(0.0)),
            (-4.0, 3.0)
        ));
        // Heading south-west (225°): x points south-west.
        let (e, n) = rotate_to_east_north(1.0, 0.0, Some(225.0));
        assert!(close((e, n), (-(0.5f64.sqrt()), -(0.5f64.sqrt()))));
        // Rotation keeps lengths.
        let (e, n) = rotate_to_east_north(3.0, 4.0, Some(123.4));
        assert!((e.hypot(n) - 5.0).abs() < 1e-12);
    }

    #[test]
    fn its_time_conversion() {
        // The conversion applies today's leap-second count to every time (documented), so
        // ITS time 0 lands 5 s before the epoch.
        assert_eq!(its_time_to_unix_ms(0), ITS_EPOCH_UNIX_MS - 5_000);
        // 2026-01-01T00:00:00Z = Unix 1_767_225_600_000 ms; ITS counts 5 leap seconds more.
        let unix = 1_767_225_600_000;
        let its = unix_ms_to_its_time(unix);
        assert_eq!(its, (unix - ITS_EPOCH_UNIX_MS + 5_000) as u64);
        assert_eq!(its_time_to_unix_ms(its), unix);
        assert_eq!(unix_ms_to_its_time(0), 0);
        assert_eq!(its_time_to_unix_ms(u64::MAX), i64::MAX);
    }

    #[test]
    fn normalize_keeps_range() {
        assert_eq!(normalize_deg(-90.0), 270.0);
        assert_eq!(normalize_deg(720.0), 0.0);
        assert!(normalize_deg(-1e-18) < 360.0);
    }
}
