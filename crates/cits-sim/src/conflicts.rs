//! Ground truth of car–VRU interactions: `conflicts.csv`.
//!
//! Computed from the *true* trajectories only (no detector code), in the style
//! of SUMO's SSM device:
//!
//! - **TTC** at every [`SAMPLE_MS`] step at which both exist: both are
//!   extrapolated at their current true velocity; TTC is the first time within
//!   [`TTC_HORIZON_S`] at which their oriented footprints (class default
//!   dimensions) overlap — solved exactly with the separating axis theorem,
//!   each axis giving an interval of times. The minimum over the run and when
//!   it occurred are reported.
//! - **PET**: the conflict area is where the two swept footprints overlap; PET
//!   is the time from the first road user leaving it to the second entering it
//!   (0 when both are in it at once).
//! - **conflict** = min TTC ≤ [`CONFLICT_TTC_S`] or PET ≤ [`CONFLICT_PET_S`].
//!
//! A row is written for every scripted interaction (conflict and safe) that ended
//! before the run did (one still under way is judged like other traffic), and for
//! every other car–VRU pair with PET ≤ [`RECORD_PET_MAX_S`] or min TTC ≤
//! [`RECORD_TTC_MAX_S`].
//!
//! Columns: `kind,scenario,scripted_conflict,car_true_object_id,car_class,
//! vru_true_object_id,vru_class,lat,lon,min_ttc_time_ms,min_ttc_s,pet_time_ms,pet_s,conflict`
//! (`min_ttc_*` empty when the footprints are never on a collision course,
//! `pet_*` empty when the paths never share an area; `pet_time_ms` is when the
//! second road user entered the area; lat/lon is the conflict point).

use std::collections::HashMap;
use std::fmt::Write as _;

use crate::error::{Error, Result};
use crate::graph::V2;
use crate::truth::Class;

/// Step of the true trajectories used here, ms: a car at 50 km/h moves 0.7 m, well below its length.
pub const SAMPLE_MS: i64 = 50;
/// Longest look-ahead of the TTC extrapolation, s: beyond it constant velocity means nothing in a crossing.
pub const TTC_HORIZON_S: f64 = 5.0;
/// TTC at or below which an interaction is a conflict, s (typical SSM threshold for urban crossings).
pub const CONFLICT_TTC_S: f64 = 1.5;
/// PET at or below which an interaction is a conflict, s (common threshold for serious VRU conflicts).
pub const CONFLICT_PET_S: f64 = 1.0;
/// Unscripted pairs are written when their PET is at most this, s: "came close in time".
pub const RECORD_PET_MAX_S: f64 = 3.0;
/// Unscripted pairs are written when their min TTC is at most this, s.
pub const RECORD_TTC_MAX_S: f64 = 3.0;
/// TTC is only evaluated while the two are this close, m: farther apart nothing overlaps within the horizon at urban speeds.
const TTC_RANGE_M: f64 = 40.0;
/// Grid cell for finding overlapping footprints, m: larger than the largest sum of half-diagonals (car + bike 3.4 m).
const CELL_M: f64 = 4.0;
/// Axis projections below this are treated as parallel motion.
const PARALLEL_EPS: f64 = 1e-9;

/// Footprint of a passenger car: length × width, m.
pub const CAR_DIMS_M: (f64, f64) = (4.5, 1.8);
/// Footprint of a bicycle with rider, m.
pub const BIKE_DIMS_M: (f64, f64) = (1.8, 0.6);
/// Footprint of a pedestrian, m.
pub const PEDESTRIAN_DIMS_M: (f64, f64) = (0.5, 0.5);

/// The CSV header line.
pub const HEADER: &str = "kind,scenario,scripted_conflict,car_true_object_id,car_class,vru_true_object_id,vru_class,lat,lon,min_ttc_time_ms,min_ttc_s,pet_time_ms,pet_s,conflict";

/// Footprint (length, width) of a class, m.
pub fn dims(class: Class) -> (f64, f64) {
    match class {
        Class::Car => CAR_DIMS_M,
        Class::Bicycle => BIKE_DIMS_M,
        Class::Pedestrian => PEDESTRIAN_DIMS_M,
    }
}

/// What kind of car–VRU interaction.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    /// A right-turning car crossing the straight-on bike lane of its own arm.
    RightHook,
    /// A left-turning car crossing the path of oncoming straight-on bikes.
    LeftTurn,
    /// A car crossing a zebra a pedestrian uses.
    Pedestrian,
    /// Any other crossing of a car's and a VRU's paths.
    Crossing,
}

impl Kind {
    /// Name in `conflicts.csv`.
    pub fn name(self) -> &'static str {
        match self {
            Kind::RightHook => "right_hook",
            Kind::LeftTurn => "left_turn",
            Kind::Pedestrian => "pedestrian",
            Kind::Crossing => "crossing",
        }
    }
    fn parse(s: &str) -> Option<Self> {
        [
            Kind::RightHook,
            Kind::LeftTurn,
            Kind::Pedestrian,
            Kind::Crossing,
        ]
        .into_iter()
        .find(|k| k.name() == s)
    }
}

/// How an interaction came about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Scenario {
    /// Scripted: the car does not yield and the paths cross with a small time gap.
    Conflict,
    /// Scripted: the VRU comes first and the car yields (brakes / waits).
    SafeYield,
    /// Scripted: the car passes well before the VRU arrives.
    SafePass,
    /// Not scripted: ordinary traffic that came close.
    Random,
}

impl Scenario {
    /// Name in `conflicts.csv`.
    pub fn name(self) -> &'static str {
        match self {
            Scenario::Conflict => "conflict",
            Scenario::SafeYield => "safe_yield",
            Scenario::SafePass => "safe_pass",
            Scenario::Random => "random",
        }
    }
    fn parse(s: &str) -> Option<Self> {
        [
            Scenario::Conflict,
            Scenario::SafeYield,
            Scenario::SafePass,
            Scenario::Random,
        ]
        .into_iter()
        .find(|k| k.name() == s)
    }
    /// Whether the interaction was scripted at all.
    pub fn is_scripted(self) -> bool {
        self != Scenario::Random
    }
}

/// One true state of a road user, street frame.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Sample {
    /// Time, Unix ms (a multiple of [`SAMPLE_MS`] from the run start).
    pub t_ms: i64,
    /// Centre of the footprint, m.
    pub position: V2,
    /// Unit heading (footprint's long axis).
    pub direction: V2,
    /// Speed along `direction`, m/s.
    pub speed_mps: f64,
}

/// A road user's true trajectory.
#[derive(Debug, Clone)]
pub struct Track {
    /// Identity (truth.csv `true_object_id`).
    pub true_id: u32,
    /// Kind of road user.
    pub class: Class,
    /// Samples every [`SAMPLE_MS`], consecutive in time.
    pub samples: Vec<Sample>,
}

/// One row of `conflicts.csv`.
#[derive(Debug, Clone, PartialEq)]
pub struct ConflictRow {
    /// Kind of interaction.
    pub kind: Kind,
    /// Scripted variant or random.
    pub scenario: Scenario,
    /// The car's true_object_id.
    pub car_true_object_id: u32,
    /// The VRU's true_object_id.
    pub vru_true_object_id: u32,
    /// The VRU's class.
    pub vru_class: Class,
    /// Conflict point, WGS84 degrees.
    pub lat_deg: f64,
    /// Conflict point, WGS84 degrees.
    pub lon_deg: f64,
    /// Minimum TTC (s) and when it occurred (Unix ms).
    pub min_ttc: Option<(i64, f64)>,
    /// PET (s) and when the second road user entered the conflict area (Unix ms).
    pub pet: Option<(i64, f64)>,
}

impl ConflictRow {
    /// Whether the scenario was scripted to be a conflict.
    pub fn scripted_conflict(&self) -> bool {
        self.scenario == Scenario::Conflict
    }
    /// Whether the true trajectories make it a conflict (see the module doc).
    pub fn conflict(&self) -> bool {
        self.min_ttc.is_some_and(|(_, ttc)| ttc <= CONFLICT_TTC_S)
            || self.pet.is_some_and(|(_, pet)| pet <= CONFLICT_PET_S)
    }
}

/// Half extent of a footprint projected on axis `n`.
fn radius(n: V2, dir: V2, (length, width): (f64, f64)) -> f64 {
    let along = n.x * dir.x + n.y * dir.y;
    let across = n.x * -dir.y + n.y * dir.x;
    length / 2.0 * along.abs() + width / 2.0 * across.abs()
}

/// First time in `[0, horizon_s]` at which the footprints of `a` and `b`,
/// moving on at constant velocity, overlap (0 when they overlap already).
pub fn time_to_collision(
    a: &Sample,
    a_dims: (f64, f64),
    b: &Sample,
    b_dims: (f64, f64),
    horizon_s: f64,
) -> Option<f64> {
    let d = V2::new(b.position.x - a.position.x, b.position.y - a.position.y);
    let v = V2::new(
        b.direction.x * b.speed_mps - a.direction.x * a.speed_mps,
        b.direction.y * b.speed_mps - a.direction.y * a.speed_mps,
    );
    let (mut lo, mut hi) = (0.0f64, horizon_s);
    let axes = [
        a.direction,
        V2::new(-a.direction.y, a.direction.x),
        b.direction,
        V2::new(-b.direction.y, b.direction.x),
    ];
    for n in axes {
        let r = radius(n, a.direction, a_dims) + radius(n, b.direction, b_dims);
        let p = n.x * d.x + n.y * d.y;
        let q = n.x * v.x + n.y * v.y;
        if q.abs() < PARALLEL_EPS {
            if p.abs() > r {
                return None;
            }
            continue;
        }
        let (t1, t2) = ((-r - p) / q, (r - p) / q);
        lo = lo.max(t1.min(t2));
        hi = hi.min(t1.max(t2));
        if lo > hi {
            return None;
        }
    }
    Some(lo)
}

/// Whether two footprints overlap now.
fn overlap(a: &Sample, a_dims: (f64, f64), b: &Sample, b_dims: (f64, f64)) -> bool {
    let still = |s: &Sample| Sample {
        speed_mps: 0.0,
        ..*s
    };
    time_to_collision(&still(a), a_dims, &still(b), b_dims, 0.0).is_some()
}

fn cell(p: V2) -> (i64, i64) {
    ((p.x / CELL_M).floor() as i64, (p.y / CELL_M).floor() as i64)
}

/// Post-encroachment time of two tracks: PET (s), when the second entered the
/// conflict area (Unix ms), and the conflict point (street frame). None when
/// their swept footprints never overlap.
pub fn post_encroachment(a: &Track, b: &Track) -> Option<(f64, i64, V2)> {
    let (a_dims, b_dims) = (dims(a.class), dims(b.class));
    let mut grid: HashMap<(i64, i64), Vec<usize>> = HashMap::new();
    for (j, s) in b.samples.iter().enumerate() {
        grid.entry(cell(s.position)).or_default().push(j);
    }
    // First and last sample index of each in the conflict area, and the
    // closest-in-time overlapping pair (its midpoint is the conflict point).
    let mut a_in: Option<(usize, usize)> = None;
    let mut b_in: Option<(usize, usize)> = None;
    let mut closest: Option<(i64, V2)> = None;
    let widen = |range: &mut Option<(usize, usize)>, i: usize| {
        *range = Some(range.map_or((i, i), |(f, l)| (f.min(i), l.max(i))));
    };
    for (i, sa) in a.samples.iter().enumerate() {
        let (cx, cy) = cell(sa.position);
        for dx in -1..=1 {
            for dy in -1..=1 {
                for &j in grid.get(&(cx + dx, cy + dy)).into_iter().flatten() {
                    let sb = &b.samples[j];
                    if overlap(sa, a_dims, sb, b_dims) {
                        widen(&mut a_in, i);
                        widen(&mut b_in, j);
                        let gap = (sa.t_ms - sb.t_ms).abs();
                        if closest.is_none_or(|(g, _)| gap < g) {
                            let mid = V2::new(
                                (sa.position.x + sb.position.x) / 2.0,
                                (sa.position.y + sb.position.y) / 2.0,
                            );
                            closest = Some((gap, mid));
                        }
                    }
                }
            }
        }
    }
    let ((af, al), (bf, bl), (_, point)) = (a_in?, b_in?, closest?);
    let t = |track: &Track, i: usize| track.samples[i].t_ms;
    let (first_exit, second_enter) = if t(a, af) <= t(b, bf) {
        (t(a, al), t(b, bf))
    } else {
        (t(b, bl), t(a, af))
    };
    let pet_ms = (second_enter - first_exit).max(0);
    Some((pet_ms as f64 / 1000.0, second_enter, point))
}

/// Minimum TTC over the common samples of two tracks: (when, TTC s).
pub fn min_time_to_collision(a: &Track, b: &Track) -> Option<(i64, f64)> {
    let (a_dims, b_dims) = (dims(a.class), dims(b.class));
    let (a0, b0) = (a.samples.first()?.t_ms, b.samples.first()?.t_ms);
    let mut best: Option<(i64, f64)> = None;
    for sa in &a.samples {
        let j = (sa.t_ms - b0) / SAMPLE_MS;
        let Some(sb) = usize::try_from(j).ok().and_then(|j| b.samples.get(j)) else {
            continue;
        };
        if sb.t_ms != sa.t_ms || sa.position.dist(sb.position) > TTC_RANGE_M {
            continue;
        }
        if let Some(ttc) = time_to_collision(sa, a_dims, sb, b_dims, TTC_HORIZON_S) {
            if best.is_none_or(|(_, b)| ttc < b) {
                best = Some((sa.t_ms, ttc));
            }
        }
    }
    let _ = a0;
    best
}

/// Renders rows as `conflicts.csv` text (header included).
pub fn to_csv(rows: &[ConflictRow]) -> String {
    let mut out = String::with_capacity(rows.len() * 120 + HEADER.len() + 1);
    out.push_str(HEADER);
    out.push('\n');
    let opt_ms = |v: Option<(i64, f64)>| v.map(|(t, _)| t.to_string()).unwrap_or_default();
    let opt_s = |v: Option<(i64, f64)>| v.map(|(_, s)| format!("{s:.3}")).unwrap_or_default();
    for r in rows {
        // Writing into a String cannot fail.
        let _ = writeln!(
            out,
            "{},{},{},{},{},{},{},{:.9},{:.9},{},{},{},{},{}",
            r.kind.name(),
            r.scenario.name(),
            r.scripted_conflict(),
            r.car_true_object_id,
            Class::Car.name(),
            r.vru_true_object_id,
            r.vru_class.name(),
            r.lat_deg,
            r.lon_deg,
            opt_ms(r.min_ttc),
            opt_s(r.min_ttc),
            opt_ms(r.pet),
            opt_s(r.pet),
            r.conflict()
        );
    }
    out
}

/// Parses `conflicts.csv` text (the `scripted_conflict` and `conflict`
/// columns are checked against the values the other columns imply).
pub fn parse_csv(text: &str) -> Result<Vec<ConflictRow>> {
    let bad = |line: usize, reason: String| Error::Conflicts { line, reason };
    let mut lines = text.lines().enumerate();
    match lines.next() {
        Some((_, header)) if header.trim() == HEADER => {}
        _ => return Err(bad(1, format!("expected the header `{HEADER}`"))),
    }
    let mut rows = Vec::new();
    for (index, line) in lines {
        if line.trim().is_empty() {
            continue;
        }
        rows.push(parse_row(line).map_err(|reason| bad(index + 1, reason))?);
    }
    Ok(rows)
}

fn parse_row(line: &str) -> std::result::Result<ConflictRow, String> {
    let f: Vec<&str> = line.split(',').collect();
    let [kind, scenario, scripted_conflict, car, car_class, vru, vru_class, lat, lon, ttc_t, ttc, pet_t, pet, conflict] =
        f.as_slice()
    else {
        return Err(format!("expected 14 fields, got {}", f.len()));
    };
    fn num<T: std::str::FromStr>(name: &str, value: &str) -> std::result::Result<T, String> {
        value
            .parse()
            .map_err(|_| format!("{name} `{value}` is not a valid number"))
    }
    let pair = |t: &str, v: &str, name: &str| -> std::result::Result<Option<(i64, f64)>, String> {
        if t.is_empty() && v.is_empty() {
            Ok(None)
        } else {
            Ok(Some((num(name, t)?, num(name, v)?)))
        }
    };
    if *car_class != Class::Car.name() {
        return Err(format!("car_class `{car_class}` is not car"));
    }
    let row = ConflictRow {
        kind: Kind::parse(kind).ok_or_else(|| format!("unknown kind `{kind}`"))?,
        scenario: Scenario::parse(scenario)
            .ok_or_else(|| format!("unknown scenario `{scenario}`"))?,
        car_true_object_id: num("car_true_object_id", car)?,
        vru_true_object_id: num("vru_true_object_id", vru)?,
        vru_class: crate::truth::Class::parse_name(vru_class)
            .ok_or_else(|| format!("unknown class `{vru_class}`"))?,
        lat_deg: num("lat", lat)?,
        lon_deg: num("lon", lon)?,
        min_ttc: pair(ttc_t, ttc, "min_ttc")?,
        pet: pair(pet_t, pet, "pet")?,
    };
    if scripted_conflict.parse::<bool>().ok() != Some(row.scripted_conflict())
        || conflict.parse::<bool>().ok() != Some(row.conflict())
    {
        return Err("scripted_conflict / conflict disagree with the other columns".into());
    }
    Ok(row)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(x: f64, y: f64, dir: (f64, f64), speed: f64) -> Sample {
        Sample {
            t_ms: 0,
            position: V2::new(x, y),
            direction: V2::new(dir.0, dir.1),
            speed_mps: speed,
        }
    }

    #[test]
    fn head_on_ttc_is_the_gap_over_the_closing_speed() {
        // Car at the origin heading +x at 10 m/s, bike 20 m ahead heading -x at 5 m/s:
        // the gap between front ends is 20 - 2.25 - 0.9 = 16.85 m, closing at 15 m/s.
        let car = at(0.0, 0.0, (1.0, 0.0), 10.0);
        let bike = at(20.0, 0.0, (-1.0, 0.0), 5.0);
        let ttc = time_to_collision(&car, CAR_DIMS_M, &bike, BIKE_DIMS_M, 10.0).unwrap();
        assert!((ttc - 16.85 / 15.0).abs() < 1e-9, "{ttc}");
        // Offset sideways by more than the half widths: never.
        let beside = at(20.0, 1.21, (-1.0, 0.0), 5.0);
        assert_eq!(
            time_to_collision(&car, CAR_DIMS_M, &beside, BIKE_DIMS_M, 10.0),
            None
        );
    }

    #[test]
    fn crossing_ttc_matches_closed_form() {
        // Car heading +x from x = -20; pedestrian heading +y crossing x = 0 from y = -5 at 1 m/s.
        // The car's front reaches the pedestrian's near edge (x = -0.25) at (20 - 2.25 - 0.25)/10 = 1.75 s;
        // by then the pedestrian is at y = -3.25, its far edge at -3.0: not yet in the car's
        // band |y| <= 0.9 (+0.25). Overlap needs y_p + 0.25 >= -0.9 → t >= 3.85 s, when the
        // car (x = 18.5 at its centre) has long passed: no collision.
        let car = at(-20.0, 0.0, (1.0, 0.0), 10.0);
        let ped = at(0.0, -5.0, (0.0, 1.0), 1.0);
        assert_eq!(
            time_to_collision(&car, CAR_DIMS_M, &ped, PEDESTRIAN_DIMS_M, 10.0),
            None
        );
        // Pedestrian 1.0 m from the car's side band: enters it at (1.0 - 0.9 - 0.25)... choose y = -1.5.
        // Band overlap in y from t = (1.5 - 1.15)/1 = 0.35 s to 2.65 s; in x from t = 1.75 s to 2.25 s.
        let ped = at(0.0, -1.5, (0.0, 1.0), 1.0);
        let ttc = time_to_collision(&car, CAR_DIMS_M, &ped, PEDESTRIAN_DIMS_M, 10.0).unwrap();
        assert!((ttc - 1.75).abs() < 1e-9, "{ttc}");
    }

    fn straight(
        id: u32,
        class: Class,
        from: V2,
        dir: V2,
        speed: f64,
        t0_ms: i64,
        n: usize,
    ) -> Track {
        let samples = (0..n)
            .map(|k| {
                let t = k as f64 * SAMPLE_MS as f64 / 1000.0;
                Sample {
                    t_ms: t0_ms + k as i64 * SAMPLE_MS,
                    position: V2::new(from.x + dir.x * speed * t, from.y + dir.y * speed * t),
                    direction: dir,
                    speed_mps: speed,
                }
            })
            .collect();
        Track {
            true_id: id,
            class,
            samples,
        }
    }

    #[test]
    fn pet_of_perpendicular_paths_is_exit_to_entry() {
        // Car along y = 0 heading +x at 10 m/s, centre at x = 0 at t = 2 s.
        // Bike along x = 0 heading +y at 5 m/s, centre at y = 0 at t = 2 s + g.
        // Conflict area: |x| <= 0.3, |y| <= 0.9. Car leaves it when its rear passes
        // x = 0.3: centre at 2.55 → t = 2 + 0.255 s. Bike enters when its front reaches
        // y = -0.9: centre at -1.8 → t = 2 + g - 0.36 s. PET = g - 0.615 s.
        let car = straight(
            1,
            Class::Car,
            V2::new(-20.0, 0.0),
            V2::new(1.0, 0.0),
            10.0,
            0,
            100,
        );
        for g_ms in [1_000i64, 2_000, 3_000] {
            let start = 2_000 + g_ms - 2_000; // bike centre 10 m before the crossing 2 s earlier
            let bike = straight(
                2,
                Class::Bicycle,
                V2::new(0.0, -10.0),
                V2::new(0.0, 1.0),
                5.0,
                start,
                200,
            );
            let (pet, _, point) = post_encroachment(&car, &bike).unwrap();
            let expected = g_ms as f64 / 1000.0 - 0.615;
            // Sampling at 50 ms quantises entry and exit.
            assert!(
                (pet - expected).abs() <= 0.1,
                "g {g_ms}: {pet} vs {expected}"
            );
            assert!(point.norm() < 2.0);
        }
        // Parallel paths 2.5 m apart never share an area.
        let bike = straight(
            3,
            Class::Bicycle,
            V2::new(-20.0, 2.5),
            V2::new(1.0, 0.0),
            5.0,
            0,
            200,
        );
        assert!(post_encroachment(&car, &bike).is_none());
    }

    #[test]
    fn csv_round_trip() {
        let rows = vec![
            ConflictRow {
                kind: Kind::RightHook,
                scenario: Scenario::Conflict,
                car_true_object_id: 3,
                vru_true_object_id: 4,
                vru_class: Class::Bicycle,
                lat_deg: 47.810_612_345,
                lon_deg: 13.052_798_765,
                min_ttc: Some((1_632_470_401_000, 0.35)),
                pet: Some((1_632_470_401_250, 0.2)),
            },
            ConflictRow {
                kind: Kind::Crossing,
                scenario: Scenario::Random,
                car_true_object_id: 5,
                vru_true_object_id: 6,
                vru_class: Class::Pedestrian,
                lat_deg: 47.8,
                lon_deg: 13.0,
                min_ttc: None,
                pet: Some((1_632_470_402_000, 2.5)),
            },
        ];
        let text = to_csv(&rows);
        assert!(text.contains(",true,") && text.contains(",false\n"));
        assert_eq!(parse_csv(&text).unwrap(), rows);
        assert!(parse_csv("x\n").is_err());
    }
}
