//! The generated Lanelet2 map and the generated WKB graphs describe the same street
//! graph: `LaneGraph::from_lanelet2(map.osm)` and `LaneGraph::from_wkb(car, bike)` have
//! the same car and bike lanes (by wire id), corresponding successors and centrelines
//! within a few centimetres. The two loaders share no code path but `LaneGraph::build`:
//! WKB lanes are the centrelines themselves, Lanelet2 lanes are recomputed from bounds
//! offset by half a lane width, and their topology comes from shared nodes, not from
//! endpoint tolerance.

use cits_core::geo::LocalFrame;
use cits_core::lanes::{Lane, LaneGraph};
use cits_proto::RoadKind;
use cits_sim::graph::{Intersection, Network};
use cits_sim::lanelet::to_lanelet2;

/// Largest distance (m) between the two loaders' centrelines: the bounds are written
/// with 1e-10 degree (~1 cm / 1000) coordinates and the mean of the bounds is exact at
/// the vertices, so anything above a centimetre is a real difference.
const CENTRELINE_TOLERANCE_M: f64 = 0.01;

fn graphs() -> (LaneGraph, LaneGraph) {
    let x = Intersection::new();
    let wkb = LaneGraph::from_wkb(&x.to_wkb(Network::Car), &x.to_wkb(Network::Bike)).unwrap();
    let osm = LaneGraph::from_lanelet2(&to_lanelet2(&x)).unwrap();
    (wkb, osm)
}

fn lanes_of(g: &LaneGraph, kind: RoadKind) -> Vec<&Lane> {
    let mut v: Vec<&Lane> = g.lanes().iter().filter(|l| l.kind == kind).collect();
    v.sort_by_key(|l| l.id);
    v
}

/// Points of `lane` (in `from`'s frame) expressed in the frame `to`.
fn reframe(lane: &Lane, from: &LocalFrame, to: &LocalFrame) -> Vec<[f64; 2]> {
    lane.points
        .iter()
        .map(|p| {
            let (e, n) = to.to_local(from.to_wgs84(p[0], p[1]));
            [e, n]
        })
        .collect()
}

#[test]
fn same_lanes_successors_and_centrelines() {
    let (wkb, osm) = graphs();
    let x = Intersection::new();
    for (kind, roads) in [(RoadKind::CarLane, &x.car), (RoadKind::BikeLane, &x.bike)] {
        let (a, b) = (lanes_of(&wkb, kind), lanes_of(&osm, kind));
        assert_eq!(a.len(), roads.len());
        assert_eq!(b.len(), roads.len());
        for (la, lb) in a.iter().zip(&b) {
            assert_eq!(la.id, lb.id);
            let succ = |g: &LaneGraph, l: &Lane| -> Vec<u32> {
                l.successors.iter().map(|s| g.lane(*s).id).collect()
            };
            assert_eq!(succ(&wkb, la), succ(&osm, lb), "{kind:?} lane {}", la.id);
            // Every vertex of one centreline lies on the other, both ways round, and the
            // ends coincide (so the direction is the same too).
            let pb = reframe(lb, osm.frame(), wkb.frame());
            for p in &pb {
                let d = la.project(*p).distance_m;
                assert!(d < CENTRELINE_TOLERANCE_M, "{kind:?} lane {}: {d} m", la.id);
            }
            let pa = reframe(la, wkb.frame(), osm.frame());
            for p in &pa {
                let d = lb.project(*p).distance_m;
                assert!(d < CENTRELINE_TOLERANCE_M, "{kind:?} lane {}: {d} m", la.id);
            }
            let ends = |pts: &[[f64; 2]]| (pts[0], pts[pts.len() - 1]);
            let ((a0, an), (b0, bn)) = (ends(&la.points), ends(&pb));
            let dist = |p: [f64; 2], q: [f64; 2]| (p[0] - q[0]).hypot(p[1] - q[1]);
            assert!(dist(a0, b0) < CENTRELINE_TOLERANCE_M && dist(an, bn) < CENTRELINE_TOLERANCE_M);
            assert!((la.length_m() - lb.length_m()).abs() < CENTRELINE_TOLERANCE_M);
        }
    }
    // The WKB graphs have no crosswalks; the map has one bidirectional zebra per arm.
    assert!(lanes_of(&wkb, RoadKind::Crosswalk).is_empty());
    assert_eq!(lanes_of(&osm, RoadKind::Crosswalk).len(), 8);
}
