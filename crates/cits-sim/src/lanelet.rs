//! The simulated intersection as a Lanelet2 map (`graph/map.osm`).
//!
//! One lanelet per road of the street graph ([`crate::graph`]), in road-id order: the car
//! lanes and connectors (`subtype=road`), then the bike lanes, crossings and connectors
//! (`subtype=bicycle_lane`), then one zebra crossing per arm (`subtype=crosswalk`,
//! `one_way=no`). So the n-th car (bike) lanelet is car (bike) road n, the same wire id a
//! WKB graph gives.
//!
//! Bounds lie half a lane width left and right of the centreline, along the normal of
//! the direction at each vertex. Where roads join, both use the same direction (that of
//! the straight road at the joint: the connectors' Bézier curves leave and arrive along
//! their lanes), so the joined lanelets' bound ends are the same points, and points are
//! written once as shared nodes: Lanelet2 routing (B follows A when B's bounds start at
//! A's end nodes) then finds exactly the street graph's connections, without tolerance.

use std::collections::HashMap;
use std::fmt::Write;

use crate::graph::{
    is_car_connector, Intersection, Network, ARMS, CAR_LANE_WIDTH_M, SIDEWALK_OFFSET_M, V2, ZEBRA_M,
};

/// Bike lane width: the bike lane's centreline lies 0.75 m inside its outer edge
/// (see [`crate::graph::BIKE_LANE_OFFSET_M`]).
pub const BIKE_LANE_WIDTH_M: f64 = 1.5;
/// Width of a zebra crossing: centred at [`ZEBRA_M`], it then reaches the stop line.
pub const ZEBRA_WIDTH_M: f64 = 3.0;
/// Points closer than this (m) are one node: far below any distance between distinct
/// bound points, far above the rounding of the offset computation.
const NODE_MERGE_M: f64 = 1e-6;

/// One lanelet to write: centreline (street frame), width and tags.
struct Piece<'a> {
    line: &'a [V2],
    width_m: f64,
    subtype: &'static str,
    one_way: bool,
    /// `subtype` of the bound lines (solid: not to be crossed, dashed: may be).
    left_line: &'static str,
    right_line: &'static str,
}

/// The node pool: one id per distinct point, in first-use order.
#[derive(Default)]
struct Nodes {
    ids: HashMap<(i64, i64), u64>,
    points: Vec<(u64, V2)>,
}

impl Nodes {
    fn id(&mut self, p: V2, next_id: &mut u64) -> u64 {
        let key = (
            (p.x / NODE_MERGE_M).round() as i64,
            (p.y / NODE_MERGE_M).round() as i64,
        );
        *self.ids.entry(key).or_insert_with(|| {
            *next_id += 1;
            self.points.push((*next_id, p));
            *next_id
        })
    }
}

/// `a - b` (V2's own arithmetic is private to graph.rs).
trait Minus {
    fn minus(self, o: Self) -> Self;
}

impl Minus for V2 {
    fn minus(self, o: Self) -> Self {
        V2::new(self.x - o.x, self.y - o.y)
    }
}

fn unit(d: V2) -> V2 {
    let n = d.norm();
    if n > 0.0 {
        V2::new(d.x / n, d.y / n)
    } else {
        V2::new(0.0, 1.0)
    }
}

/// Direction at each joint (a road end or start): that of the road with the fewest
/// points there (a straight road is exact, a sampled curve only approximates its tangent).
fn joint_directions(roads: &[Vec<V2>]) -> HashMap<(i64, i64), V2> {
    let key = |p: V2| {
        (
            (p.x / NODE_MERGE_M).round() as i64,
            (p.y / NODE_MERGE_M).round() as i64,
        )
    };
    let mut best: HashMap<(i64, i64), (usize, V2)> = HashMap::new();
    for line in roads.iter().filter(|l| l.len() >= 2) {
        let n = line.len();
        let ends = [
            (line[0], unit(line[1].minus(line[0]))),
            (line[n - 1], unit(line[n - 1].minus(line[n - 2]))),
        ];
        for (p, d) in ends {
            let e = best.entry(key(p)).or_insert((n, d));
            if n < e.0 {
                *e = (n, d);
            }
        }
    }
    best.into_iter().map(|(k, (_, d))| (k, d)).collect()
}

/// Left and right bound of a centreline, `half` metres off it.
fn bounds(line: &[V2], half: f64, joints: &HashMap<(i64, i64), V2>) -> (Vec<V2>, Vec<V2>) {
    let n = line.len();
    let key = |p: V2| {
        (
            (p.x / NODE_MERGE_M).round() as i64,
            (p.y / NODE_MERGE_M).round() as i64,
        )
    };
    let mut left = Vec::with_capacity(n);
    let mut right = Vec::with_capacity(n);
    for i in 0..n {
        let d = if i == 0 || i == n - 1 {
            joints
                .get(&key(line[i]))
                .copied()
                .unwrap_or_else(|| unit(line[(i + 1).min(n - 1)].minus(line[i.saturating_sub(1)])))
        } else {
            unit(line[i + 1].minus(line[i - 1]))
        };
        // Left normal of the direction (the street frame is right-handed like east/north).
        let nl = V2::new(-d.y * half, d.x * half);
        left.push(V2::new(line[i].x + nl.x, line[i].y + nl.y));
        right.push(V2::new(line[i].x - nl.x, line[i].y - nl.y));
    }
    (left, right)
}

/// The Lanelet2 OSM XML of the intersection.
pub fn to_lanelet2(x: &Intersection) -> String {
    let zebras: Vec<Vec<V2>> = ARMS
        .iter()
        .map(|arm| {
            // Across the arm from one sidewalk's centreline to the other's, as pedestrians walk.
            let d = arm.out();
            let right = V2::new(d.y, -d.x);
            let at = |o: f64| V2::new(d.x * ZEBRA_M + right.x * o, d.y * ZEBRA_M + right.y * o);
            vec![at(SIDEWALK_OFFSET_M), at(-SIDEWALK_OFFSET_M)]
        })
        .collect();
    let mut pieces = Vec::new();
    for (i, line) in x.roads(Network::Car).iter().enumerate() {
        // Lanes along the arms are separated from the oncoming lane by a dashed centre
        // line and from the bike lane by a solid line; connectors have no markings, so
        // their bounds are dashed (crossable).
        let straight = !is_car_connector(i as u32);
        pieces.push(Piece {
            line,
            width_m: CAR_LANE_WIDTH_M,
            subtype: "road",
            one_way: true,
            left_line: "dashed",
            right_line: if straight { "solid" } else { "dashed" },
        });
    }
    for line in x.roads(Network::Bike) {
        pieces.push(Piece {
            line,
            width_m: BIKE_LANE_WIDTH_M,
            subtype: "bicycle_lane",
            one_way: true,
            left_line: "solid",
            right_line: "solid",
        });
    }
    for line in &zebras {
        pieces.push(Piece {
            line,
            width_m: ZEBRA_WIDTH_M,
            subtype: "crosswalk",
            one_way: false,
            left_line: "solid",
            right_line: "solid",
        });
    }
    // Joints only join roads of one network; crossings touch nothing.
    let car_joints = joint_directions(x.roads(Network::Car));
    let bike_joints = joint_directions(x.roads(Network::Bike));
    let none = HashMap::new();
    let car_count = x.roads(Network::Car).len();
    let bike_count = x.roads(Network::Bike).len();

    let mut next_id = 0u64;
    let mut nodes = Nodes::default();
    let mut ways = String::new();
    let mut relations = String::new();
    let mut way_ids = Vec::new();
    for (i, piece) in pieces.iter().enumerate() {
        let joints = if i < car_count {
            &car_joints
        } else if i < car_count + bike_count {
            &bike_joints
        } else {
            &none
        };
        let (left, right) = bounds(piece.line, piece.width_m / 2.0, joints);
        let mut way = |points: &[V2], line_subtype: &str, nodes: &mut Nodes| {
            let refs: Vec<u64> = points.iter().map(|p| nodes.id(*p, &mut next_id)).collect();
            next_id += 1;
            let id = next_id;
            let _ = write!(ways, "  <way id=\"{id}\" version=\"1\">");
            for r in refs {
                let _ = write!(ways, "<nd ref=\"{r}\"/>");
            }
            let _ = writeln!(
                ways,
                "<tag k=\"type\" v=\"line_thin\"/><tag k=\"subtype\" v=\"{line_subtype}\"/></way>"
            );
            id
        };
        let l = way(&left, piece.left_line, &mut nodes);
        let r = way(&right, piece.right_line, &mut nodes);
        way_ids.push((l, r));
    }
    for (piece, (l, r)) in pieces.iter().zip(way_ids) {
        next_id += 1;
        let _ = writeln!(
            relations,
            "  <relation id=\"{next_id}\" version=\"1\"><member type=\"way\" role=\"left\" ref=\"{l}\"/>\
             <member type=\"way\" role=\"right\" ref=\"{r}\"/><tag k=\"type\" v=\"lanelet\"/>\
             <tag k=\"subtype\" v=\"{}\"/><tag k=\"location\" v=\"urban\"/>\
             <tag k=\"one_way\" v=\"{}\"/></relation>",
            piece.subtype,
            if piece.one_way { "yes" } else { "no" }
        );
    }
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<osm version=\"0.6\" generator=\"cits-sim\">\n",
    );
    for (id, p) in &nodes.points {
        let g = x.to_wgs84(*p);
        let _ = writeln!(
            out,
            "  <node id=\"{id}\" version=\"1\" lat=\"{:.10}\" lon=\"{:.10}\"/>",
            g.lat_deg, g.lon_deg
        );
    }
    out += &ways;
    out += &relations;
    out += "</osm>\n";
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graph::{
        bike_connector_id, car_connector_id, inbound_id, outbound_id, turn_lane_id, Turn,
    };
    use cits_core::lanelet2::parse_lanelet2;
    use cits_proto::RoadKind;

    #[test]
    fn writer_output_parses_with_one_lanelet_per_road_and_four_crosswalks() {
        let x = Intersection::new();
        let map = parse_lanelet2(&to_lanelet2(&x)).unwrap();
        let count = |k| map.lanes.iter().filter(|l| l.kind == k).count();
        assert_eq!(count(RoadKind::CarLane), x.car.len());
        assert_eq!(count(RoadKind::BikeLane), x.bike.len());
        // Four bidirectional zebras.
        assert_eq!(count(RoadKind::Crosswalk), 8);
        assert!(map.ignored.is_empty());
    }

    #[test]
    fn successors_are_the_street_graphs_connections() {
        let x = Intersection::new();
        let map = parse_lanelet2(&to_lanelet2(&x)).unwrap();
        // Road id -> lanelet id, and the successors as road ids, per network.
        let roads = |kind| -> Vec<Vec<usize>> {
            let lanes: Vec<_> = map.lanes.iter().filter(|l| l.kind == kind).collect();
            let pos = |id: i64| lanes.iter().position(|l| l.source_id == id).unwrap();
            lanes
                .iter()
                .map(|l| {
                    let mut s: Vec<usize> =
                        l.successors.clone().unwrap().into_iter().map(pos).collect();
                    s.sort_unstable();
                    s
                })
                .collect()
        };
        let (car, bike) = (roads(RoadKind::CarLane), roads(RoadKind::BikeLane));
        // Expected from the road-id scheme of graph.rs, not from geometry.
        for arm in ARMS {
            let mut c: Vec<usize> = [Turn::Right, Turn::Straight, Turn::Left]
                .iter()
                .map(|t| turn_lane_id(arm, *t) as usize)
                .collect();
            c.sort_unstable();
            assert_eq!(car[inbound_id(arm) as usize], c);
            assert!(car[outbound_id(arm) as usize].is_empty());
            let mut b: Vec<usize> = [Turn::Right, Turn::Straight]
                .iter()
                .filter_map(|t| bike_connector_id(arm, *t).map(|i| i as usize))
                .collect();
            b.sort_unstable();
            assert_eq!(bike[inbound_id(arm) as usize], b);
            for turn in [Turn::Right, Turn::Straight, Turn::Left] {
                assert_eq!(
                    car[turn_lane_id(arm, turn) as usize],
                    vec![car_connector_id(arm, turn) as usize]
                );
                let out = vec![outbound_id(arm.exit(turn)) as usize];
                assert_eq!(car[car_connector_id(arm, turn) as usize], out);
                if let Some(id) = bike_connector_id(arm, turn) {
                    assert_eq!(bike[id as usize], out);
                }
            }
        }
    }

    #[test]
    fn output_is_deterministic() {
        let x = Intersection::new();
        assert_eq!(to_lanelet2(&x), to_lanelet2(&x));
    }
}
