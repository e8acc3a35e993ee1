//! Matcher tests on a synthetic lane graph with seeded noise; expectations come from the
//! construction of the graph and the noise-free truth, never from the matcher's output.

use super::*;
use crate::geo::local_to_wgs84;
use crate::lanes::{LaneGraph, LaneSpec};

const REF: Wgs84 = Wgs84 {
    lat_deg: 47.8095,
    lon_deg: 13.0550,
};

fn at(east: f64, north: f64) -> Wgs84 {
    local_to_wgs84(REF, east, north)
}

/// Car lanes (local metres around REF):
/// 0 eastbound (-200, 0) -> (0, 0); 1 eastbound (0, 0) -> (200, 0);
/// 2 westbound (200, 3.5) -> (-200, 3.5), 3.5 m north of 0 and 1;
/// 3 right-turn connector (0, 0) -> (5, -5) -> (5, -200) southbound.
/// Bike lane 0: (-200, -10) -> (200, -10).
fn graph() -> Arc<LaneGraph> {
    Arc::new(LaneGraph::build(lane_specs()).expect("valid graph"))
}

/// The lanes of [`graph`], the bike lane last.
fn lane_specs() -> Vec<LaneSpec> {
    let car = |id: i64, pts: &[(f64, f64)]| LaneSpec {
        kind: RoadKind::CarLane,
        source_id: id,
        points: pts.iter().map(|&(e, n)| at(e, n)).collect(),
        successors: None,
    };
    vec![
        car(0, &[(-200.0, 0.0), (0.0, 0.0)]),
        car(1, &[(0.0, 0.0), (200.0, 0.0)]),
        car(2, &[(200.0, 3.5), (-200.0, 3.5)]),
        car(3, &[(0.0, 0.0), (5.0, -5.0), (5.0, -200.0)]),
        LaneSpec {
            kind: RoadKind::BikeLane,
            source_id: 0,
            points: vec![at(-200.0, -10.0), at(200.0, -10.0)],
            successors: None,
        },
    ]
}

/// Seeded normal noise (splitmix64 + Box–Muller).
struct Noise(u64);

impl Noise {
    fn uniform(&mut self) -> f64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        ((z ^ (z >> 31)) >> 11) as f64 / (1u64 << 53) as f64
    }
    fn normal(&mut self) -> f64 {
        let u = self.uniform().max(1e-12);
        let v = self.uniform();
        (-2.0 * u.ln()).sqrt() * (2.0 * std::f64::consts::PI * v).cos()
    }
}

fn point(ts: i64, east: f64, north: f64) -> TrajectoryPoint {
    let p = at(east, north);
    TrajectoryPoint {
        timestamp_ms: ts,
        position: Some(GeoPoint {
            latitude_deg: p.lat_deg,
            longitude_deg: p.lon_deg,
        }),
        speed_mps: None,
        heading_deg: None,
    }
}

fn trajectory(class: ObjectClass, points: Vec<TrajectoryPoint>) -> Trajectory {
    Trajectory {
        trajectory_key: "42/7".into(),
        session_start_ms: 0,
        object_class: class as i32,
        owner: "srfg_42".into(),
        point_count: points.len() as u32,
        points,
        ..Default::default()
    }
}

/// A route's true positions at 10 Hz with its lane at each point.
type Truth = Vec<(f64, f64, u32)>;

/// Eastbound on lane 0, then straight on lane 1 (turn = false) or right onto lane 3.
fn eastbound(turn: bool, speed: f64) -> Truth {
    let mut out = Vec::new();
    let step = speed / 10.0;
    let mut s = 0.0;
    while s < 300.0 {
        let e = -150.0 + s;
        if e < 0.0 {
            out.push((e, 0.0, 0));
        } else if !turn {
            out.push((e, 0.0, 1));
        } else {
            // Along lane 3: the diagonal (length 5√2), then south.
            let diag = 50f64.sqrt();
            let a = e;
            if a < diag {
                let f = a / diag;
                out.push((5.0 * f, -5.0 * f, 3));
            } else {
                out.push((5.0, -5.0 - (a - diag), 3));
            }
        }
        s += step;
    }
    out
}

/// Westbound on lane 2.
fn westbound(speed: f64) -> Truth {
    let step = speed / 10.0;
    (0..(300.0 / step) as usize)
        .map(|i| (150.0 - i as f64 * step, 3.5, 2))
        .collect()
}

/// Feeds a noisy truth through the matcher as windowed updates (the last `window` points)
/// and returns the final matched lane of every point (decided or current best).
fn run(truth: &Truth, sigma: f64, seed: u64, window: usize) -> Vec<MatchedPoint> {
    let mut noise = Noise(seed);
    let points: Vec<TrajectoryPoint> = truth
        .iter()
        .enumerate()
        .map(|(i, &(e, n, _))| {
            point(
                i as i64 * 100,
                e + sigma * noise.normal(),
                n + sigma * noise.normal(),
            )
        })
        .collect();
    let mut m = MapMatcher::new(graph());
    let mut out: BTreeMap<i64, MatchedPoint> = BTreeMap::new();
    for k in 1..=points.len() {
        let from = k.saturating_sub(window);
        let mut t = trajectory(ObjectClass::Car, points[from..k].to_vec());
        t.point_count = k as u32;
        let matched = m.process(&t).expect("valid");
        assert_eq!(matched.points.len(), k - from);
        assert_eq!(matched.point_count, k as u32);
        for p in matched.points {
            out.insert(p.timestamp_ms, p);
        }
    }
    out.into_values().collect()
}

/// Every matched point on a lane of the truth's direction, consecutive lanes connected.
fn check(truth: &Truth, matched: &[MatchedPoint], g: &LaneGraph) {
    assert_eq!(truth.len(), matched.len());
    let mut previous: Option<u32> = None;
    for (i, (t, m)) in truth.iter().zip(matched).enumerate() {
        assert_eq!(m.road_kind, RoadKind::CarLane as i32, "point {i}");
        // Lane 2 is the only westbound lane; the truth knows the direction.
        assert_eq!(
            m.segment_id == 2,
            t.2 == 2,
            "point {i}: wrong direction {m:?}"
        );
        if let Some(p) = previous.filter(|p| *p != m.segment_id) {
            let from = g.lane_by_id(RoadKind::CarLane, p).expect("lane");
            let to = g.lane_by_id(RoadKind::CarLane, m.segment_id).expect("lane");
            assert!(
                g.lane(from).successors.contains(&to),
                "point {i}: jumped from lane {p} to disconnected lane {}",
                m.segment_id
            );
        }
        previous = Some(m.segment_id);
    }
}

#[test]
fn noisy_trajectories_keep_direction_and_connectivity() {
    let g = graph();
    let mut correct = 0usize;
    let mut total = 0usize;
    for seed in 0..6u64 {
        for sigma in [0.3, 0.5] {
            for truth in [
                eastbound(false, 10.0),
                eastbound(true, 8.0),
                westbound(12.0),
            ] {
                let matched = run(&truth, sigma, seed * 31 + 7, 100);
                check(&truth, &matched, &g);
                total += truth.len();
                correct += truth
                    .iter()
                    .zip(&matched)
                    .filter(|(t, m)| t.2 == m.segment_id)
                    .count();
            }
        }
    }
    let share = correct as f64 / total as f64;
    println!(
        "{correct}/{total} points on the true lane ({:.2} %)",
        100.0 * share
    );
    assert!(share > 0.98, "{share}");
}

#[test]
fn matched_points_are_projections_with_arc_and_heading() {
    let truth = eastbound(false, 10.0);
    let matched = run(&truth, 0.0, 1, 20);
    let g = graph();
    for (t, m) in truth.iter().zip(&matched) {
        let lane = g.lane(g.lane_by_id(RoadKind::CarLane, t.2).expect("lane"));
        // Noise-free points on the centreline: the arc is the distance from the lane start.
        let (e0, _) = if t.2 == 0 { (-200.0, 0.0) } else { (0.0, 0.0) };
        assert!((m.arc_m - (t.0 - e0)).abs() < 1e-3, "{m:?} vs {t:?}");
        assert!(m.offset_m < 1e-3, "{m:?}");
        assert!((m.lane_heading_deg - 90.0).abs() < 1e-6, "{m:?}");
        assert!(m.arc_m <= lane.length_m() + 1e-9);
    }
}

#[test]
fn whole_session_and_windowed_input_agree() {
    let truth = eastbound(true, 8.0);
    let windowed = run(&truth, 0.4, 99, 100);
    let whole = run(&truth, 0.4, 99, usize::MAX);
    let lanes = |v: &[MatchedPoint]| v.iter().map(|p| p.segment_id).collect::<Vec<_>>();
    assert_eq!(lanes(&windowed), lanes(&whole));
}

#[test]
fn pedestrians_and_off_graph_points_pass_through() {
    let mut m = MapMatcher::new(graph());
    let mut p = point(0, 10.0, 50.0);
    p.heading_deg = Some(33.0);
    p.speed_mps = Some(1.2);
    let out = m
        .process(&trajectory(
            ObjectClass::Pedestrian,
            vec![p, point(100, 10.0, 1.0)],
        ))
        .expect("valid");
    assert_eq!(out.points.len(), 2);
    for q in &out.points {
        assert_eq!(q.road_kind, RoadKind::Unspecified as i32);
        assert_eq!(q.matched, q.original);
        assert_eq!(q.offset_m, 0.0);
    }
    assert_eq!(out.points[0].lane_heading_deg, 33.0);
    assert_eq!(out.points[0].speed_mps, Some(1.2));
    // A car 50 m from every lane is off the graph.
    let out = m
        .process(&trajectory(ObjectClass::Car, vec![point(0, 10.0, 50.0)]))
        .expect("valid");
    assert_eq!(out.points[0].road_kind, RoadKind::Unspecified as i32);
    // Bikes use the bike layer: 1 m from the bike lane, 9 m from the car lanes.
    let out = m
        .process(&trajectory(
            ObjectClass::Bicycle,
            vec![point(0, 10.0, -9.0)],
        ))
        .expect("valid");
    assert_eq!(out.points[0].road_kind, RoadKind::BikeLane as i32);
}

#[test]
fn a_break_restarts_the_hmm() {
    // Eastbound on lane 0, off the graph for a second, then westbound on lane 2 behind the
    // last eastbound point: no route leads there, so the HMM must restart.
    let mut pts: Vec<TrajectoryPoint> = (0..20)
        .map(|i| point(i * 100, -100.0 + i as f64, 0.0))
        .collect();
    pts.extend((20..30).map(|i| point(i * 100, -100.0, 50.0)));
    pts.extend((30..50).map(|i| {
        let mut p = point(i * 100, -150.0 - (i - 30) as f64, 3.5);
        p.heading_deg = Some(270.0);
        p
    }));
    let mut m = MapMatcher::new(graph());
    let out = m
        .process(&trajectory(ObjectClass::Car, pts))
        .expect("valid");
    let kind = |p: &MatchedPoint| (p.road_kind, p.segment_id);
    let car = RoadKind::CarLane as i32;
    assert!(out.points[..20].iter().all(|p| kind(p) == (car, 0)));
    assert!(out.points[20..30].iter().all(|p| p.road_kind == 0));
    assert!(out.points[30..].iter().all(|p| kind(p) == (car, 2)));
    assert_eq!(m.stats().breaks, 1);
}

#[test]
fn an_implausible_jump_does_not_move_the_session_onto_another_lane() {
    // Eastbound on lane 0 at 10 m/s; one point 12 m north (8.5 m beyond the westbound
    // lane 2, out of lane 0's candidate radius): 12 m in 0.1 s is no motion.
    let mut pts: Vec<TrajectoryPoint> = (0..40)
        .map(|i| point(i * 100, -100.0 + i as f64, 0.0))
        .collect();
    pts[20] = point(2_000, -80.0, 12.0);
    let mut m = MapMatcher::new(graph());
    let out = m
        .process(&trajectory(ObjectClass::Car, pts))
        .expect("valid");
    let car = RoadKind::CarLane as i32;
    assert!(
        out.points
            .iter()
            .all(|p| (p.road_kind, p.segment_id) == (car, 0)),
        "{:?}",
        out.points.iter().map(|p| p.segment_id).collect::<Vec<_>>()
    );
    assert_eq!(m.stats().implausible_points, 1);
    assert_eq!(m.stats().breaks, 0);
}

#[test]
fn sessions_are_bounded_and_evicted() {
    let mut m = MapMatcher::with_config(
        graph(),
        MatcherConfig {
            idle_timeout_ms: 1_000,
            max_cached_sessions: 2,
        },
    );
    for k in 0..3 {
        let mut t = trajectory(ObjectClass::Car, vec![point(k * 10, -50.0, 0.0)]);
        t.trajectory_key = format!("k{k}");
        m.process(&t).expect("valid");
    }
    assert_eq!(m.cached_sessions(), 2);
    assert_eq!(m.stats().evicted_for_capacity, 1);
    assert_eq!(m.evict_idle(1_000), 0);
    assert_eq!(m.evict_idle(1_100), 2);
    assert_eq!(m.cached_sessions(), 0);
}

#[test]
fn invalid_trajectories_are_errors() {
    let mut m = MapMatcher::new(graph());
    let mut bad = point(0, 0.0, 0.0);
    bad.position = None;
    assert!(m.process(&trajectory(ObjectClass::Car, vec![bad])).is_err());
    let many = vec![point(0, 0.0, 0.0); MAX_TRAJECTORY_POINTS + 1];
    assert!(m.process(&trajectory(ObjectClass::Car, many)).is_err());
    assert_eq!(m.cached_sessions(), 0);
}

#[test]
fn a_first_point_jumped_onto_the_other_direction_does_not_take_the_session_there() {
    // Eastbound on lane 0 at 10 m/s, 8 Hz, heading reported. The session's first point is
    // a position jump 10 m ahead onto the westbound lane 2: nearest to lane 2, and the
    // next points are too far from it to be motion (9.4 m in 125 ms), so without a
    // direction rule they would be matched onto lane 2 at the jump's position.
    let eastbound = |ts: i64, e: f64, n: f64| {
        let mut p = point(ts, e, n);
        p.speed_mps = Some(10.0);
        p.heading_deg = Some(90.0);
        p
    };
    let mut pts = vec![eastbound(0, -90.0, 3.5)];
    pts.extend((1..30).map(|i| eastbound(i * 125, -100.0 + 1.25 * i as f64, 0.0)));
    let car = RoadKind::CarLane as i32;
    // Online, as the assembler sends it. The only lane of the car's direction within
    // reach of the jumped point is lane 0 (3.5 m away), the car's true lane: every point of
    // every update is on it.
    let mut m = MapMatcher::new(graph());
    for k in 1..=pts.len() {
        let out = m
            .process(&trajectory(ObjectClass::Car, pts[..k].to_vec()))
            .expect("valid");
        for (i, p) in out.points.iter().enumerate() {
            assert_eq!(
                (p.road_kind, p.segment_id),
                (car, 0),
                "update {k}, point {i}: {p:?}"
            );
        }
    }
    // A slow point reports no usable direction: the lane of the other direction stays a
    // candidate (standing vehicles' heading estimates can flip).
    let mut slow = point(0, -50.0, 3.5);
    slow.speed_mps = Some(0.3);
    slow.heading_deg = Some(90.0);
    let out = MapMatcher::new(graph())
        .process(&trajectory(ObjectClass::Car, vec![slow]))
        .expect("valid");
    assert_eq!(
        (out.points[0].road_kind, out.points[0].segment_id),
        (car, 2)
    );
}

/// Serialise/restore round-trips of the session state (changelog).
mod state;
