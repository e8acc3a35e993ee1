//! The simulator's generated street graphs follow the lane graph contract (README, "Street
//! graph contract"): each LineString is a directed lane, lanes connect end → start within
//! `CONNECT_TOLERANCE_M`, connectors are lanes of their own. Expected topology comes from
//! the simulator's road-id scheme (`cits_sim::graph`), not from the lane graph.

use cits_core::lanes::{LaneGraph, LaneIdx};
use cits_proto::RoadKind;
use cits_sim::graph::{
    bike_connector_id, car_connector_id, inbound_id, outbound_id, turn_lane_id, Turn, ARMS,
};
use cits_sim::{generate, Config};

const TURNS: [Turn; 3] = [Turn::Right, Turn::Straight, Turn::Left];

fn graph() -> LaneGraph {
    let data = generate(&Config::new(1, 0.05).unwrap(), &mut |_, _| {}).unwrap();
    LaneGraph::from_wkb(&data.car_wkb, &data.bike_wkb).expect("valid graphs")
}

/// Wire ids of a lane's successors.
fn successors(g: &LaneGraph, kind: RoadKind, id: u32) -> Vec<u32> {
    let lane = g.lane(g.lane_by_id(kind, id).expect("lane exists"));
    let mut ids: Vec<u32> = lane.successors.iter().map(|&s| g.lane(s).id).collect();
    ids.sort_unstable();
    ids
}

fn sorted(mut v: Vec<u32>) -> Vec<u32> {
    v.sort_unstable();
    v
}

#[test]
fn car_lanes_connect_approach_to_turn_lanes_to_connectors_to_outbound() {
    let g = graph();
    let car = RoadKind::CarLane;
    assert_eq!(g.lane_count(car), 8 + 12 + 12);
    for arm in ARMS {
        let turn_lanes = sorted(TURNS.map(|t| turn_lane_id(arm, t)).to_vec());
        assert_eq!(successors(&g, car, inbound_id(arm)), turn_lanes, "{arm:?}");
        for turn in TURNS {
            // A turn lane leads to its connector only: the lane identifies the turn.
            assert_eq!(
                successors(&g, car, turn_lane_id(arm, turn)),
                vec![car_connector_id(arm, turn)],
                "{arm:?} {turn:?}"
            );
            assert_eq!(
                successors(&g, car, car_connector_id(arm, turn)),
                vec![outbound_id(arm.exit(turn))],
                "{arm:?} {turn:?}"
            );
        }
        assert!(successors(&g, car, outbound_id(arm)).is_empty(), "{arm:?}");
    }
}

#[test]
fn bike_lanes_connect_to_their_crossing_and_right_turn() {
    let g = graph();
    let bike = RoadKind::BikeLane;
    for arm in ARMS {
        let inbound = successors(&g, bike, inbound_id(arm));
        for turn in [Turn::Straight, Turn::Right] {
            let connector = bike_connector_id(arm, turn).expect("bike connector");
            assert!(
                inbound.contains(&connector),
                "{arm:?} {turn:?}: {inbound:?}"
            );
            assert_eq!(
                successors(&g, bike, connector),
                vec![outbound_id(arm.exit(turn))],
                "{arm:?} {turn:?}"
            );
        }
    }
}

#[test]
fn no_lane_is_disconnected() {
    let g = graph();
    for (i, lane) in g.lanes().iter().enumerate() {
        assert!(
            !lane.successors.is_empty() || !lane.predecessors.is_empty(),
            "{:?} lane {} (index {i}) has no connection",
            lane.kind,
            lane.id
        );
        assert!(!lane.successors.contains(&LaneIdx(i as u32)), "self loop");
    }
}
