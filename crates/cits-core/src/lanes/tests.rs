//! Unit tests of the lane graph on hand-built lanes, checked against closed-form geometry.

use super::*;
use crate::geo::local_to_wgs84;

const REF: Wgs84 = Wgs84 {
    lat_deg: 47.8095,
    lon_deg: 13.0550,
};

/// Local metres around REF as WGS84.
fn at(east: f64, north: f64) -> Wgs84 {
    local_to_wgs84(REF, east, north)
}

fn spec(kind: RoadKind, source_id: i64, points: &[(f64, f64)]) -> LaneSpec {
    LaneSpec {
        kind,
        source_id,
        points: points.iter().map(|&(e, n)| at(e, n)).collect(),
        successors: None,
    }
}

fn car(source_id: i64, points: &[(f64, f64)]) -> LaneSpec {
    spec(RoadKind::CarLane, source_id, points)
}

/// A point given around REF in the graph's frame (the graph centres its own frame).
fn local(g: &LaneGraph, east: f64, north: f64) -> [f64; 2] {
    let (e, n) = g.frame().to_local(at(east, north));
    [e, n]
}

fn close(a: f64, b: f64, tol: f64) -> bool {
    (a - b).abs() <= tol
}

/// Angular difference in degrees, in [0, 180].
fn angle_diff(a: f64, b: f64) -> f64 {
    let d = (a - b).rem_euclid(360.0);
    d.min(360.0 - d)
}

/// T junction (local metres around REF):
/// 0 A: (-100, 0) -> (0, 0) eastbound, into the junction
/// 1 B: (0, 0) -> (100, 0) eastbound, out of it
/// 2 C: (0, 0) -> (0, -100) right turn south (start 0.3 m off: within tolerance)
/// 3 D: (100, 3.5) -> (0, 3.5) westbound in
/// 4 E: (0, 3.5) -> (-100, 3.5) westbound out
/// 5 F: (1, 3.5) -> (1, 100) starts 1 m from D's end: not connected
fn t_junction() -> LaneGraph {
    LaneGraph::build(vec![
        car(10, &[(-100.0, 0.0), (0.0, 0.0)]),
        car(11, &[(0.0, 0.0), (100.0, 0.0)]),
        car(12, &[(0.3, 0.0), (0.0, -100.0)]),
        car(13, &[(100.0, 3.5), (0.0, 3.5)]),
        car(14, &[(0.0, 3.5), (-100.0, 3.5)]),
        car(15, &[(1.0, 3.5), (1.0, 100.0)]),
    ])
    .expect("valid graph")
}

const A: LaneIdx = LaneIdx(0);
const B: LaneIdx = LaneIdx(1);
const C: LaneIdx = LaneIdx(2);
const D: LaneIdx = LaneIdx(3);
const E: LaneIdx = LaneIdx(4);
const F: LaneIdx = LaneIdx(5);

#[test]
fn projection_matches_closed_form_geometry() {
    // An L: 100 m east, then 100 m north.
    let g = LaneGraph::build(vec![car(0, &[(0.0, 0.0), (100.0, 0.0), (100.0, 100.0)])])
        .expect("valid");
    let lane = g.lane(LaneIdx(0));
    assert!(close(lane.length_m(), 200.0, 1e-3), "{}", lane.length_m());

    // 3 m north of the eastbound leg: left of the travel direction.
    let p = lane.project(local(&g, 50.0, 3.0));
    assert!(close(p.arc_m, 50.0, 1e-3), "{p:?}");
    assert!(close(p.offset_m, 3.0, 1e-3) && close(p.distance_m, 3.0, 1e-3), "{p:?}");
    assert!(angle_diff(p.heading_deg, 90.0) < 1e-3, "{p:?}");
    let want = local(&g, 50.0, 0.0);
    assert!(close(p.point[0], want[0], 1e-3) && close(p.point[1], want[1], 1e-3));

    // 3 m east of the northbound leg: right of the travel direction.
    let p = lane.project(local(&g, 103.0, 50.0));
    assert!(close(p.arc_m, 150.0, 1e-3), "{p:?}");
    assert!(close(p.offset_m, -3.0, 1e-3), "{p:?}");
    assert!(angle_diff(p.heading_deg, 0.0) < 1e-3, "{p:?}");

    // Before the start: clamped to arc 0, distance to the start point.
    let p = lane.project(local(&g, -6.0, 8.0));
    assert!(close(p.arc_m, 0.0, 1e-9) && close(p.distance_m, 10.0, 1e-3), "{p:?}");

    // Inside the corner at (90, 5): 5 m from the first leg, 10 m from the second.
    let p = lane.project(local(&g, 90.0, 5.0));
    assert!(close(p.arc_m, 90.0, 1e-3) && close(p.distance_m, 5.0, 1e-3), "{p:?}");

    // A diagonal lane: the foot of the perpendicular, by the dot product.
    let g = LaneGraph::build(vec![car(0, &[(0.0, 0.0), (30.0, 40.0)])]).expect("valid");
    let p = g.lane(LaneIdx(0)).project(local(&g, 10.0, 0.0));
    // Unit direction (0.6, 0.8): arc = 10 * 0.6, distance = |10 * 0.8|, point right of it.
    assert!(close(p.arc_m, 6.0, 1e-3) && close(p.offset_m, -8.0, 1e-3), "{p:?}");
    assert!(angle_diff(p.heading_deg, 36.869_897_645_844_02) < 1e-3, "{p:?}");
}

#[test]
fn point_at_walks_the_centreline() {
    let g = LaneGraph::build(vec![car(
        0,
        &[(0.0, 0.0), (100.0, 0.0), (100.0, 0.0), (100.0, 100.0)],
    )])
    .expect("valid");
    let lane = g.lane(LaneIdx(0));
    for (arc, (e, n), heading) in [
        (0.0, (0.0, 0.0), 90.0),
        (40.0, (40.0, 0.0), 90.0),
        (150.0, (100.0, 50.0), 0.0),
        (-5.0, (0.0, 0.0), 90.0),
        (500.0, (100.0, 100.0), 0.0),
    ] {
        let (p, h) = lane.point_at(arc);
        let want = local(&g, e, n);
        assert!(
            close(p[0], want[0], 1e-3) && close(p[1], want[1], 1e-3),
            "arc {arc}: {p:?} vs {want:?}"
        );
        assert!(angle_diff(h, heading) < 1e-3, "arc {arc}: heading {h}");
    }
    // The zero-length segment at the corner is not indexed.
    assert_eq!(g.segment_count(RoadKind::CarLane), 2);
}

#[test]
fn topology_of_a_t_junction() {
    let g = t_junction();
    assert_eq!(g.lane(A).successors, vec![B, C]);
    assert_eq!(g.lane(B).predecessors, vec![A]);
    assert_eq!(g.lane(C).predecessors, vec![A]);
    assert!(g.lane(B).successors.is_empty() && g.lane(C).successors.is_empty());
    assert_eq!(g.lane(D).successors, vec![E]);
    assert!(g.lane(F).predecessors.is_empty(), "1 m is beyond the tolerance");
    assert!(g.lane(A).predecessors.is_empty() && g.lane(D).predecessors.is_empty());
    assert_eq!(g.lane(C).source_id, 12);
    assert_eq!(g.lane_by_id(RoadKind::CarLane, 4), Some(E));
    assert_eq!(g.lane_by_id(RoadKind::CarLane, 6), None);
    assert_eq!(g.lane_by_id(RoadKind::BikeLane, 0), None);
}

#[test]
fn kinds_do_not_connect_and_have_their_own_ids() {
    let g = LaneGraph::build(vec![
        car(0, &[(0.0, 0.0), (10.0, 0.0)]),
        spec(RoadKind::BikeLane, 0, &[(10.0, 0.0), (20.0, 0.0)]),
        car(1, &[(10.0, 0.0), (20.0, 0.0)]),
    ])
    .expect("valid");
    assert_eq!(g.lane(LaneIdx(0)).successors, vec![LaneIdx(2)]);
    assert_eq!(g.lane(LaneIdx(1)).id, 0);
    assert_eq!(g.lane(LaneIdx(2)).id, 1);
    assert_eq!(g.lane_by_id(RoadKind::BikeLane, 0), Some(LaneIdx(1)));
    assert_eq!(g.lane_count(RoadKind::CarLane), 2);
}

#[test]
fn explicit_successors_replace_endpoint_tolerance() {
    let mut a = car(100, &[(0.0, 0.0), (10.0, 0.0)]);
    a.successors = Some(vec![300]);
    let mut b = car(200, &[(10.0, 0.0), (20.0, 0.0)]);
    b.successors = Some(vec![]);
    let c = car(300, &[(50.0, 50.0), (60.0, 50.0)]);
    let g = LaneGraph::build(vec![a.clone(), b, c]).expect("valid");
    assert_eq!(g.lane(LaneIdx(0)).successors, vec![LaneIdx(2)]);
    assert_eq!(g.lane(LaneIdx(2)).predecessors, vec![LaneIdx(0)]);

    a.successors = Some(vec![999]);
    let err = LaneGraph::build(vec![a]).expect_err("unknown successor");
    assert!(err.to_string().contains("999"), "{err}");
}

#[test]
fn candidates_are_nearest_first_within_the_radius() {
    let g = t_junction();
    // 1 m north of A (eastbound, n = 0), 2.5 m south of E (westbound, n = 3.5).
    let p = local(&g, -50.0, 1.0);
    let c = g.candidates(RoadKind::CarLane, p, 10.0, 8);
    let lanes: Vec<LaneIdx> = c.iter().map(|(l, _)| *l).collect();
    assert_eq!(lanes, vec![A, E]);
    assert!(close(c[0].1.distance_m, 1.0, 1e-3) && close(c[0].1.offset_m, 1.0, 1e-3));
    // E runs west, so the point (south of it) is on its left.
    assert!(close(c[1].1.offset_m, 2.5, 1e-3), "{:?}", c[1].1);
    assert!(close(c[1].1.arc_m, 50.0, 1e-3), "{:?}", c[1].1);
    // Each lane's projection is the same as projecting onto the whole lane.
    for (l, proj) in &c {
        assert_eq!(*proj, g.lane(*l).project(p));
    }
    assert_eq!(g.candidates(RoadKind::CarLane, p, 2.0, 8).len(), 1);
    assert_eq!(g.candidates(RoadKind::CarLane, p, 10.0, 1).len(), 1);
    assert!(g.candidates(RoadKind::BikeLane, p, 10.0, 8).is_empty());
    assert!(g.candidates(RoadKind::CarLane, [f64::NAN, 0.0], 10.0, 8).is_empty());
}

#[test]
fn route_distance_follows_successors_only() {
    let g = t_junction();
    let d = |from, to, max| g.route_distance(from, to, max);
    // Same lane, forward.
    assert!(close(d((A, 10.0), (A, 60.0), 1e3).expect("forward"), 50.0, 1e-9));
    // Across the junction: the rest of A plus the arc on the next lane.
    let ab = d((A, 90.0), (B, 10.0), 1e3).expect("straight");
    assert!(close(ab, 20.0, 1e-3), "{ab}");
    let ac = d((A, 10.0), (C, 50.0), 1e3).expect("right turn");
    assert!(close(ac, 90.0 + 50.0, 1e-3), "{ac}");
    // Against the travel direction and between directions: impossible.
    assert_eq!(d((B, 10.0), (A, 90.0), 1e3), None);
    assert_eq!(d((A, 50.0), (A, 10.0), 1e3), None);
    assert_eq!(d((A, 50.0), (E, 50.0), 1e3), None);
    assert_eq!(d((D, 50.0), (F, 10.0), 1e3), None);
    // Bounded.
    assert_eq!(d((A, 10.0), (C, 50.0), 100.0), None);
    assert_eq!(d((A, 10.0), (A, 60.0), 40.0), None);
}

#[test]
fn route_distance_goes_around_a_loop() {
    // A square ring of four 100 m lanes, counter-clockwise.
    let corners = [(0.0, 0.0), (100.0, 0.0), (100.0, 100.0), (0.0, 100.0)];
    let lanes = (0..4)
        .map(|i| car(i as i64, &[corners[i], corners[(i + 1) % 4]]))
        .collect();
    let g = LaneGraph::build(lanes).expect("valid");
    let r = g
        .route_distance((LaneIdx(0), 50.0), (LaneIdx(0), 10.0), 1e3)
        .expect("around the ring");
    assert!(close(r, 360.0, 1e-3), "{r}");
    let r = g
        .route_distance((LaneIdx(1), 0.0), (LaneIdx(0), 0.0), 1e3)
        .expect("three lanes on");
    assert!(close(r, 300.0, 1e-3), "{r}");
    // Paths around a ring stop before revisiting a lane.
    let paths = g.paths_from(LaneIdx(0), 0.0, 1e4, 10);
    assert_eq!(
        paths,
        vec![vec![LaneIdx(0), LaneIdx(1), LaneIdx(2), LaneIdx(3)]]
    );
}

#[test]
fn paths_enumerate_the_branches() {
    let g = t_junction();
    assert_eq!(g.paths_from(A, 50.0, 100.0, 10), vec![vec![A, B], vec![A, C]]);
    assert_eq!(g.paths_from(A, 50.0, 10.0, 10), vec![vec![A]]);
    assert_eq!(g.paths_from(A, 50.0, 100.0, 1), vec![vec![A, B]]);
    // Longer than the graph: each path ends at a lane without successors.
    assert_eq!(g.paths_from(A, 0.0, 1e4, 10), vec![vec![A, B], vec![A, C]]);
    assert_eq!(g.paths_from(B, 0.0, 1e4, 10), vec![vec![B]]);
    assert!(g.paths_from(LaneIdx(99), 0.0, 10.0, 10).is_empty());
}

#[test]
fn bad_input_is_an_error() {
    let err = |specs: Vec<LaneSpec>| LaneGraph::build(specs).expect_err("invalid").to_string();
    assert!(err(vec![]).contains("no lanes"));
    assert!(err(vec![car(7, &[(0.0, 0.0)])]).contains("lane 7"));
    let mut bad = car(3, &[(0.0, 0.0), (1.0, 0.0)]);
    bad.points[1].lat_deg = 91.0;
    assert!(err(vec![bad]).contains("lane 3"));
    let mut nan = car(4, &[(0.0, 0.0), (1.0, 0.0)]);
    nan.points[0].lon_deg = f64::NAN;
    assert!(err(vec![nan]).contains("lane 4"));
    assert!(err(vec![spec(RoadKind::Unspecified, 5, &[(0.0, 0.0), (1.0, 0.0)])])
        .contains("Unspecified"));
    let far = car(6, &[(0.0, 0.0), (300_000.0, 0.0)]);
    assert!(err(vec![far]).contains("km"));

    let ok = multilinestring_wkb(&[vec![at(0.0, 0.0), at(1.0, 0.0)]]);
    assert!(matches!(
        LaneGraph::from_wkb(b"garbage", &ok),
        Err(Error::InvalidWkb { graph: "car", .. })
    ));
    let point = {
        let mut out = Vec::new();
        wkb::writer::write_point(
            &mut out,
            &geo_types::Point::new(13.0, 47.0),
            &wkb::writer::WriteOptions::default(),
        )
        .expect("write");
        out
    };
    assert!(matches!(
        LaneGraph::from_wkb(&ok, &point),
        Err(Error::InvalidGraph { graph: "bike", .. })
    ));
}

#[test]
fn wkb_lanes_get_line_indices_as_ids_and_connect_by_tolerance() {
    let car = multilinestring_wkb(&[
        vec![at(0.0, 0.0), at(50.0, 0.0)],
        vec![at(50.2, 0.1), at(100.0, 0.0)],
    ]);
    let bike = multilinestring_wkb(&[vec![at(0.0, -5.0), at(100.0, -5.0)]]);
    let g = LaneGraph::from_wkb(&car, &bike).expect("valid");
    assert_eq!(g.lanes().len(), 3);
    let second = g.lane_by_id(RoadKind::CarLane, 1).expect("car lane 1");
    assert_eq!(g.lane(LaneIdx(0)).successors, vec![second]);
    let bike = g.lane_by_id(RoadKind::BikeLane, 0).expect("bike lane 0");
    assert_eq!((g.lane(bike).kind, g.lane(bike).source_id), (RoadKind::BikeLane, 0));
    // An empty bike graph is fine as long as there are lanes at all.
    let empty = multilinestring_wkb(&[]);
    assert_eq!(
        LaneGraph::from_wkb(&car, &empty).expect("valid").lanes().len(),
        2
    );
    assert!(LaneGraph::from_wkb(&empty, &empty).is_err());
}
