//! The street graph of the simulated intersection Weiserstraße / Gabelsbergstraße
//! in Salzburg, and the routes road users take through it.
//!
//! Geometry is approximate but to scale: two streets cross at a right angle. Every arm
//! has one 3.5 m outbound car lane and one inbound *approach* lane along the kerb side
//! that, [`POCKET_LENGTH_M`] before the stop line, splits into three lanes by movement (as
//! real junction approaches do): a left-turn pocket and the straight lane (both where the
//! hatched median is farther out, reached by a lane change to the left) and a right-turn
//! pocket (the approach lane's continuation); the outbound side has a parking strip. Beside the carriageway runs a 1.5 m bike lane and a 3 m sidewalk per
//! side. Everything is laid out in a *street frame* (metres; `u` along Gabelsbergstraße
//! towards the east arm, `v` along Weiserstraße towards the north arm, origin at the centre
//! of the crossing) and rotated by the street bearing into east/north before conversion to
//! WGS84.
//!
//! Road ids are the LineStrings' indices in their MultiLineString:
//!
//! | car graph | |
//! |---|---|
//! | `0..4` | approach lane of arm N, E, S, W (far end → where the turn lanes begin) |
//! | `4..8` | outbound lane of arm N, E, S, W (stop line → far end) |
//! | `8 + 3·arm + turn` | connector from that arm's turn lane over the junction; turn 0 = right, 1 = straight, 2 = left |
//! | `20 + 3·arm + turn` | turn lane of that arm (approach lane's end → stop line): 0 = right-turn pocket, 1 = straight lane, 2 = left-turn pocket |
//!
//! The approach lane has the three turn lanes as successors (a lane never branches
//! mid-way: the pockets begin with a [`TAPER_M`] lane change where the approach lane
//! ends), each turn lane has its one connector.
//!
//! | bike graph | |
//! |---|---|
//! | `0..4` | inbound bike lane of arm N, E, S, W |
//! | `4..8` | outbound bike lane of arm N, E, S, W |
//! | `8 + arm` | bike crossing straight over the intersection from that arm |
//! | `12 + arm` | right-turn connector from that arm |

use cits_core::geo::{local_to_wgs84, Wgs84};

/// Approximate centre of the crossing Weiserstraße / Gabelsbergstraße, Salzburg.
pub const CENTER: Wgs84 = Wgs84 {
    lat_deg: 47.810_6,
    lon_deg: 13.052_7,
};
/// Bearing of Weiserstraße (degrees clockwise from north); Gabelsbergstraße
/// crosses it at a right angle. Approximate: the streets run NNE–SSW / WNW–ESE.
pub const WEISERSTRASSE_BEARING_DEG: f64 = 28.0;
/// Car lane width (a typical urban lane): lanes are this far apart.
pub const CAR_LANE_WIDTH_M: f64 = 3.5;
/// Offset of the outbound lane's centreline from the street axis, m (positive: right of
/// a road user leaving by the arm; negative: right of one entering).
pub const OUTBOUND_OFFSET_M: f64 = CAR_LANE_WIDTH_M;
/// Offset of the left-turn pocket: on the street axis, beside the outbound lane.
pub const LEFT_POCKET_OFFSET_M: f64 = 0.0;
/// Offset of the straight lane: in line with the opposite arm's outbound lane.
pub const STRAIGHT_OFFSET_M: f64 = -CAR_LANE_WIDTH_M;
/// Offset of the right-turn pocket, beside the bike lane.
pub const RIGHT_POCKET_OFFSET_M: f64 = -2.0 * CAR_LANE_WIDTH_M;
/// Offset of the approach lane: along the kerb side, 2.5 m from the bike lane, where the
/// right-turn pocket continues it. So the lane changes at the split lead away from the
/// bike lane (a car tapering towards a bike beside it would be a near miss by TTC); the
/// hatched median between it and the outbound lane widens into the other turn lanes.
pub const APPROACH_OFFSET_M: f64 = RIGHT_POCKET_OFFSET_M;
/// Half width of the carriageway: the inbound side's three lanes reach 2.5 lane widths
/// from the axis; the outbound side has a parking strip beside its lane, as wide.
pub const CARRIAGEWAY_HALF_WIDTH_M: f64 = 2.5 * CAR_LANE_WIDTH_M;
/// Distance of a bike lane's centreline from the street axis: carriageway + half a 1.5 m bike lane.
pub const BIKE_LANE_OFFSET_M: f64 = CARRIAGEWAY_HALF_WIDTH_M + 0.75;
/// Width of a sidewalk, m.
pub const SIDEWALK_WIDTH_M: f64 = 3.0;
/// Distance of a sidewalk's centreline from the street axis (behind the bike lane).
pub const SIDEWALK_OFFSET_M: f64 = BIKE_LANE_OFFSET_M + 0.75 + SIDEWALK_WIDTH_M / 2.0;
/// Distance of the pedestrian crossings (zebras) from the centre: half a metre beyond the
/// crossing street's outer sidewalk edge (pedestrians step off at the corner).
pub const ZEBRA_M: f64 = SIDEWALK_OFFSET_M + SIDEWALK_WIDTH_M / 2.0 + 0.5;
/// Distance of the stop lines from the centre: turn lanes end, outbound lanes start here,
/// just behind the 3 m zebra centred at [`ZEBRA_M`].
pub const STOP_LINE_M: f64 = ZEBRA_M + 1.5;
/// Length of the turn lanes (stop line → where the approach lane splits), m: a long urban
/// turn pocket, so that even the left-turn lane keeps room for two queued cars after its
/// taper.
pub const POCKET_LENGTH_M: f64 = 45.0;
/// Length of the lane change at a turn lane's start (taper) per lane width sideways, m
/// (about 1:4; the straight lane moves one lane width, the left-turn pocket two).
pub const TAPER_M: f64 = 15.0;
/// Distance of the approach lanes' end (the split into turn lanes) from the centre.
pub const SPLIT_M: f64 = STOP_LINE_M + POCKET_LENGTH_M;
/// Length of every arm from the centre: beyond the cameras' range, so objects enter the view.
pub const ARM_LENGTH_M: f64 = 75.0;
/// Where pedestrians start and end on the sidewalks (they walk shorter distances than vehicles drive).
pub const SIDEWALK_LENGTH_M: f64 = 72.0;
/// Points per turning connector: enough for a curve within centimetres of a true arc.
const CONNECTOR_POINTS: usize = 17;
/// Points per pocket taper (a gentle S-curve; fewer than a connector's, so where a pocket
/// joins its connector the pocket's exactly straight last segment sets the Lanelet2 joint).
const TAPER_POINTS: usize = 9;

/// A 2-D vector / point in metres.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct V2 {
    /// First coordinate (street frame: `u`; east/north frame: east).
    pub x: f64,
    /// Second coordinate (street frame: `v`; east/north frame: north).
    pub y: f64,
}

impl V2 {
    /// A vector from its coordinates.
    pub const fn new(x: f64, y: f64) -> Self {
        Self { x, y }
    }
    fn add(self, o: Self) -> Self {
        Self::new(self.x + o.x, self.y + o.y)
    }
    fn sub(self, o: Self) -> Self {
        Self::new(self.x - o.x, self.y - o.y)
    }
    fn scale(self, k: f64) -> Self {
        Self::new(self.x * k, self.y * k)
    }
    /// Euclidean length.
    pub fn norm(self) -> f64 {
        self.x.hypot(self.y)
    }
    /// Distance to another point.
    pub fn dist(self, o: Self) -> f64 {
        self.sub(o).norm()
    }
}

/// The four arms of the crossing, in road-id order.
pub const ARMS: [Arm; 4] = [Arm::North, Arm::East, Arm::South, Arm::West];

/// One arm of the crossing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Arm {
    /// Weiserstraße, north.
    North = 0,
    /// Gabelsbergstraße, east.
    East = 1,
    /// Weiserstraße, south.
    South = 2,
    /// Gabelsbergstraße, west.
    West = 3,
}

impl Arm {
    /// Index 0..4 (road id order).
    pub fn index(self) -> usize {
        self as usize
    }
    fn from_index(i: usize) -> Self {
        ARMS[i % 4]
    }
    /// Unit vector from the centre out along the arm (street frame).
    pub fn out(self) -> V2 {
        match self {
            Arm::North => V2::new(0.0, 1.0),
            Arm::East => V2::new(1.0, 0.0),
            Arm::South => V2::new(0.0, -1.0),
            Arm::West => V2::new(-1.0, 0.0),
        }
    }
    /// The arm a road user coming in on `self` leaves by for the given turn.
    pub fn exit(self, turn: Turn) -> Arm {
        // Coming in on N means driving south; a right turn then heads west.
        match turn {
            Turn::Right => Arm::from_index(self.index() + 3),
            Turn::Straight => Arm::from_index(self.index() + 2),
            Turn::Left => Arm::from_index(self.index() + 1),
        }
    }
    /// Point at distance `t` from the centre along the arm, `offset` metres to the
    /// right of a road user *leaving* by this arm (negative: right of one entering).
    fn at(self, t: f64, offset: f64) -> V2 {
        let d = self.out();
        // Right-hand normal of the outward direction.
        let right = V2::new(d.y, -d.x);
        d.scale(t).add(right.scale(offset))
    }
}

/// What a vehicle does at the crossing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Turn {
    /// Turn right.
    Right = 0,
    /// Go straight on.
    Straight = 1,
    /// Turn left.
    Left = 2,
}

/// The graph a road belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Network {
    /// Car lanes and their connectors.
    Car,
    /// Bike lanes, bike crossings and bike connectors.
    Bike,
}

/// Road id of an arm's inbound lane: the bike lane, or the car approach lane (which
/// ends where the turn lanes begin).
pub fn inbound_id(arm: Arm) -> u32 {
    arm.index() as u32
}
/// Road id of an arm's outbound lane (car or bike graph).
pub fn outbound_id(arm: Arm) -> u32 {
    4 + arm.index() as u32
}
/// Road id of a car connector.
pub fn car_connector_id(from: Arm, turn: Turn) -> u32 {
    8 + 3 * from.index() as u32 + turn as u32
}
/// Road id of a car turn lane (right-turn pocket, straight lane or left-turn pocket).
pub fn turn_lane_id(arm: Arm, turn: Turn) -> u32 {
    20 + 3 * arm.index() as u32 + turn as u32
}
/// Whether a car road id is a connector over the junction (else a lane along an arm).
pub fn is_car_connector(id: u32) -> bool {
    (8..20).contains(&id)
}
/// Offset of a car turn lane from the street axis ([`Arm`] offsets: negative is inbound).
pub fn turn_lane_offset(turn: Turn) -> f64 {
    match turn {
        Turn::Right => RIGHT_POCKET_OFFSET_M,
        Turn::Straight => STRAIGHT_OFFSET_M,
        Turn::Left => LEFT_POCKET_OFFSET_M,
    }
}
/// Road id of a bike crossing (straight) or right-turn connector.
pub fn bike_connector_id(from: Arm, turn: Turn) -> Option<u32> {
    match turn {
        Turn::Straight => Some(8 + from.index() as u32),
        Turn::Right => Some(12 + from.index() as u32),
        Turn::Left => None,
    }
}

/// Cubic Bézier from `a` (leaving along `da`) to `b` (arriving along `db`), `points` samples.
fn curve(a: V2, da: V2, b: V2, db: V2, points: usize) -> Vec<V2> {
    // Handles of ~0.55 × chord/√2 approximate a circular quarter arc for right angles.
    let handle = a.dist(b) * 0.39;
    let c1 = a.add(da.scale(handle));
    let c2 = b.sub(db.scale(handle));
    (0..points)
        .map(|i| {
            let t = i as f64 / (points - 1) as f64;
            let m = 1.0 - t;
            a.scale(m * m * m)
                .add(c1.scale(3.0 * m * m * t))
                .add(c2.scale(3.0 * m * t * t))
                .add(b.scale(t * t * t))
        })
        .collect()
}

/// The intersection: its graphs in the street frame and the frame's placement on Earth.
#[derive(Debug, Clone)]
pub struct Intersection {
    /// Car graph LineStrings (street frame), indexed by road id.
    pub car: Vec<Vec<V2>>,
    /// Bike graph LineStrings (street frame), indexed by road id.
    pub bike: Vec<Vec<V2>>,
    /// WGS84 position of the street frame's origin.
    pub center: Wgs84,
    /// Bearing of the street frame's `v` axis, degrees clockwise from north.
    pub bearing_deg: f64,
}

impl Default for Intersection {
    fn default() -> Self {
        Self::new()
    }
}

impl Intersection {
    /// The Weiserstraße / Gabelsbergstraße crossing.
    pub fn new() -> Self {
        let turns = [Turn::Right, Turn::Straight, Turn::Left];
        let mut car = Vec::new();
        let mut bike = Vec::new();
        for arm in ARMS {
            car.push(vec![
                arm.at(ARM_LENGTH_M, APPROACH_OFFSET_M),
                arm.at(SPLIT_M, APPROACH_OFFSET_M),
            ]);
            bike.push(vec![
                arm.at(ARM_LENGTH_M, -BIKE_LANE_OFFSET_M),
                arm.at(STOP_LINE_M, -BIKE_LANE_OFFSET_M),
            ]);
        }
        for arm in ARMS {
            car.push(vec![
                arm.at(STOP_LINE_M, OUTBOUND_OFFSET_M),
                arm.at(ARM_LENGTH_M, OUTBOUND_OFFSET_M),
            ]);
            bike.push(vec![
                arm.at(STOP_LINE_M, BIKE_LANE_OFFSET_M),
                arm.at(ARM_LENGTH_M, BIKE_LANE_OFFSET_M),
            ]);
        }
        // From the end of an inbound lane at `from_offset` to the start of the exit arm's
        // outbound lane at `to_offset`.
        let connector = |from: Arm, turn: Turn, from_offset: f64, to_offset: f64| {
            let to = from.exit(turn);
            let a = from.at(STOP_LINE_M, from_offset);
            let b = to.at(STOP_LINE_M, to_offset);
            if turn == Turn::Straight {
                vec![a, b]
            } else {
                curve(a, from.out().scale(-1.0), b, to.out(), CONNECTOR_POINTS)
            }
        };
        for from in ARMS {
            for turn in turns {
                car.push(connector(
                    from,
                    turn,
                    turn_lane_offset(turn),
                    OUTBOUND_OFFSET_M,
                ));
            }
        }
        for turn in [Turn::Straight, Turn::Right] {
            for from in ARMS {
                bike.push(connector(
                    from,
                    turn,
                    -BIKE_LANE_OFFSET_M,
                    BIKE_LANE_OFFSET_M,
                ));
            }
        }
        for arm in ARMS {
            let inward = arm.out().scale(-1.0);
            for turn in turns {
                let offset = turn_lane_offset(turn);
                let split = arm.at(SPLIT_M, APPROACH_OFFSET_M);
                let shift = (offset - APPROACH_OFFSET_M).abs() / CAR_LANE_WIDTH_M;
                let line = if shift == 0.0 {
                    vec![split, arm.at(STOP_LINE_M, offset)]
                } else {
                    // The lane change into the turn lane, then straight on to the stop line.
                    let mut line = curve(
                        split,
                        inward,
                        arm.at(SPLIT_M - TAPER_M * shift, offset),
                        inward,
                        TAPER_POINTS,
                    );
                    line.push(arm.at(STOP_LINE_M, offset));
                    line
                };
                car.push(line);
            }
        }
        Self {
            car,
            bike,
            center: CENTER,
            bearing_deg: WEISERSTRASSE_BEARING_DEG,
        }
    }

    /// LineStrings of one network, indexed by road id.
    pub fn roads(&self, network: Network) -> &[Vec<V2>] {
        match network {
            Network::Car => &self.car,
            Network::Bike => &self.bike,
        }
    }

    /// Street frame → east/north metres from the centre.
    pub fn to_east_north(&self, p: V2) -> V2 {
        let (s, c) = self.bearing_deg.to_radians().sin_cos();
        // v axis points along the bearing, u axis 90° clockwise from it.
        V2::new(p.x * c + p.y * s, -p.x * s + p.y * c)
    }

    /// Street frame → WGS84.
    pub fn to_wgs84(&self, p: V2) -> Wgs84 {
        let en = self.to_east_north(p);
        local_to_wgs84(self.center, en.x, en.y)
    }

    /// Bearing (degrees clockwise from north, 0..360) of a street-frame direction.
    pub fn bearing_of(&self, dir: V2) -> f64 {
        let en = self.to_east_north(dir);
        en.x.atan2(en.y).to_degrees().rem_euclid(360.0)
    }

    /// One network as a little-endian WKB MultiLineString in WGS84 (x = longitude, y = latitude).
    pub fn to_wkb(&self, network: Network) -> Vec<u8> {
        let lines: Vec<Vec<Wgs84>> = self
            .roads(network)
            .iter()
            .map(|line| line.iter().map(|p| self.to_wgs84(*p)).collect())
            .collect();
        multilinestring_wkb(&lines)
    }
}

/// WKB geometry type codes (OGC Simple Features, 2-D).
const WKB_LINESTRING: u32 = 2;
const WKB_MULTILINESTRING: u32 = 5;
/// WKB byte-order flag for little endian (NDR).
const WKB_LITTLE_ENDIAN: u8 = 1;

/// Encodes LineStrings of WGS84 points as a 2-D little-endian WKB MultiLineString.
pub fn multilinestring_wkb(lines: &[Vec<Wgs84>]) -> Vec<u8> {
    let mut out = Vec::new();
    out.push(WKB_LITTLE_ENDIAN);
    out.extend_from_slice(&WKB_MULTILINESTRING.to_le_bytes());
    out.extend_from_slice(&(lines.len() as u32).to_le_bytes());
    for line in lines {
        out.push(WKB_LITTLE_ENDIAN);
        out.extend_from_slice(&WKB_LINESTRING.to_le_bytes());
        out.extend_from_slice(&(line.len() as u32).to_le_bytes());
        for p in line {
            out.extend_from_slice(&p.lon_deg.to_le_bytes());
            out.extend_from_slice(&p.lat_deg.to_le_bytes());
        }
    }
    out
}

/// One piece of a route: a stretch of one road (or of no road, for pedestrians).
#[derive(Debug, Clone)]
struct Segment {
    a: V2,
    b: V2,
    /// Route distance at `a`.
    start_m: f64,
    length_m: f64,
    road: Option<u32>,
}

/// A path through the intersection with the road each part of it lies on.
#[derive(Debug, Clone)]
pub struct Route {
    segments: Vec<Segment>,
    length_m: f64,
}

/// Where a route puts a road user at some distance.
#[derive(Debug, Clone, Copy)]
pub struct Placement {
    /// Position, street frame.
    pub position: V2,
    /// Unit direction of travel, street frame.
    pub direction: V2,
    /// Road id in the road user's network (None: not on a graph road).
    pub road: Option<u32>,
}

impl Route {
    /// Builds a route from consecutive legs `(road, polyline)`; legs must join end to start.
    pub fn new(legs: &[(Option<u32>, &[V2])]) -> Self {
        let mut segments = Vec::new();
        let mut s = 0.0;
        for (road, line) in legs {
            for pair in line.windows(2) {
                let (a, b) = (pair[0], pair[1]);
                let length_m = a.dist(b);
                if length_m > 0.0 {
                    segments.push(Segment {
                        a,
                        b,
                        start_m: s,
                        length_m,
                        road: *road,
                    });
                    s += length_m;
                }
            }
        }
        Self {
            segments,
            length_m: s,
        }
    }

    /// Total length, m.
    pub fn length_m(&self) -> f64 {
        self.length_m
    }

    /// The road ids the route runs over, in travel order (empty off the graph).
    pub fn roads(&self) -> Vec<u32> {
        let mut ids: Vec<u32> = Vec::new();
        for road in self.segments.iter().filter_map(|seg| seg.road) {
            if ids.last() != Some(&road) {
                ids.push(road);
            }
        }
        ids
    }

    /// Route distance where the leg of `road` starts, if the route uses it.
    pub fn road_start_m(&self, road: u32) -> Option<f64> {
        self.segments
            .iter()
            .find(|seg| seg.road == Some(road))
            .map(|seg| seg.start_m)
    }

    /// Route distance where the leg of `road` ends, if the route uses it.
    pub fn road_end_m(&self, road: u32) -> Option<f64> {
        self.segments
            .iter()
            .rev()
            .find(|seg| seg.road == Some(road))
            .map(|seg| seg.start_m + seg.length_m)
    }

    /// Position, direction and road at route distance `s` (clamped to the route).
    pub fn place(&self, s: f64) -> Placement {
        let i = self
            .segments
            .partition_point(|seg| seg.start_m <= s)
            .saturating_sub(1);
        match self.segments.get(i) {
            Some(seg) => {
                let t = ((s - seg.start_m) / seg.length_m).clamp(0.0, 1.0);
                let dir = seg.b.sub(seg.a).scale(1.0 / seg.length_m);
                Placement {
                    position: seg.a.add(seg.b.sub(seg.a).scale(t)),
                    direction: dir,
                    road: seg.road,
                }
            }
            None => Placement {
                position: V2::new(0.0, 0.0),
                direction: V2::new(0.0, 1.0),
                road: None,
            },
        }
    }
}

impl Intersection {
    /// Route of a car entering by `from` and turning `turn`.
    pub fn car_route(&self, from: Arm, turn: Turn) -> Route {
        let to = from.exit(turn);
        let ids = [
            inbound_id(from),
            turn_lane_id(from, turn),
            car_connector_id(from, turn),
            outbound_id(to),
        ];
        self.route_over(Network::Car, &ids)
    }

    /// Route of a bike entering by `from`; bikes go straight or turn right
    /// (left turns are made indirectly as two crossings, not simulated).
    pub fn bike_route(&self, from: Arm, turn: Turn) -> Route {
        let turn = if turn == Turn::Left {
            Turn::Straight
        } else {
            turn
        };
        let to = from.exit(turn);
        let connector = bike_connector_id(from, turn).unwrap_or(8 + from.index() as u32);
        self.route_over(
            Network::Bike,
            &[inbound_id(from), connector, outbound_id(to)],
        )
    }

    fn route_over(&self, network: Network, ids: &[u32]) -> Route {
        let roads = self.roads(network);
        let legs: Vec<(Option<u32>, &[V2])> = ids
            .iter()
            .filter_map(|id| {
                roads
                    .get(*id as usize)
                    .map(|line| (Some(*id), line.as_slice()))
            })
            .collect();
        Route::new(&legs)
    }

    /// Route of a pedestrian: in along a sidewalk of arm `from` on `side`
    /// (+1: right of someone leaving by that arm, −1: left), over the zebra of
    /// that arm, round the corner and out along the neighbouring arm.
    /// Returns the route and the distance at which the zebra starts (where
    /// pedestrians may wait at the kerb).
    pub fn pedestrian_route(&self, from: Arm, side: f64) -> (Route, f64) {
        let o = SIDEWALK_OFFSET_M * side;
        let start = from.at(SIDEWALK_LENGTH_M, o);
        let kerb = from.at(ZEBRA_M, o);
        let across = from.at(ZEBRA_M, -o);
        let corner = from.at(SIDEWALK_OFFSET_M, -o);
        // The corner is shared with the neighbouring arm on the far side.
        let next = if side > 0.0 {
            Arm::from_index(from.index() + 3)
        } else {
            Arm::from_index(from.index() + 1)
        };
        // The corner lies on the neighbouring arm's sidewalk at the same signed offset.
        let end = next.at(SIDEWALK_LENGTH_M, o);
        let points = [start, kerb, across, corner, end];
        let route = Route::new(&[(None, &points)]);
        (route, start.dist(kerb))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn car_graph_has_lanes_and_connectors() {
        let x = Intersection::new();
        assert_eq!(x.car.len(), 32);
        assert_eq!(x.bike.len(), 16);
    }

    #[test]
    fn connectors_join_their_lanes() {
        let x = Intersection::new();
        for from in ARMS {
            for turn in [Turn::Right, Turn::Straight, Turn::Left] {
                let c = &x.car[car_connector_id(from, turn) as usize];
                let lane = &x.car[turn_lane_id(from, turn) as usize];
                let approach = &x.car[inbound_id(from) as usize];
                let outbound = &x.car[outbound_id(from.exit(turn)) as usize];
                assert!(lane[0].dist(*approach.last().unwrap()) < 1e-9);
                assert!(c[0].dist(*lane.last().unwrap()) < 1e-9);
                assert!(c.last().unwrap().dist(outbound[0]) < 1e-9);
                assert!(!is_car_connector(turn_lane_id(from, turn)));
                assert!(is_car_connector(car_connector_id(from, turn)));
            }
        }
    }

    #[test]
    fn right_hand_traffic() {
        // Entering from the north means driving south on the west half of Weiserstraße.
        let x = Intersection::new();
        let inbound_north = &x.car[inbound_id(Arm::North) as usize];
        assert!(inbound_north[0].x < 0.0 && inbound_north[0].y > inbound_north[1].y);
        // Its left-turn pocket lies left (east) of the straight lane, the right-turn pocket right.
        let end = |turn| {
            *x.car[turn_lane_id(Arm::North, turn) as usize]
                .last()
                .unwrap()
        };
        assert!(end(Turn::Left).x > end(Turn::Straight).x);
        assert!(end(Turn::Right).x < end(Turn::Straight).x);
        // Lanes are a lane width apart, and the pockets lie inside the carriageway.
        assert!((end(Turn::Left).dist(end(Turn::Straight)) - CAR_LANE_WIDTH_M).abs() < 1e-9);
        assert!(end(Turn::Right).x.abs() + CAR_LANE_WIDTH_M / 2.0 <= CARRIAGEWAY_HALF_WIDTH_M);
        // A right turn from the north leaves westwards.
        assert_eq!(Arm::North.exit(Turn::Right), Arm::West);
    }

    #[test]
    fn pedestrian_route_is_continuous_and_off_road() {
        let x = Intersection::new();
        for arm in ARMS {
            for side in [1.0, -1.0] {
                let (route, kerb) = x.pedestrian_route(arm, side);
                assert!(route.length_m() > 100.0);
                assert!(kerb > 50.0 && kerb < route.length_m());
                assert_eq!(route.place(10.0).road, None);
            }
        }
    }

    #[test]
    fn street_frame_rotation_keeps_lengths() {
        let x = Intersection::new();
        let p = x.to_east_north(V2::new(3.0, 4.0));
        assert!((p.norm() - 5.0).abs() < 1e-12);
        // The v axis points along the Weiserstraße bearing.
        assert!((x.bearing_of(V2::new(0.0, 1.0)) - WEISERSTRASSE_BEARING_DEG).abs() < 1e-9);
    }
}
