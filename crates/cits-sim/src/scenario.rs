//! The simulation: road users moving through the intersection, two cameras
//! observing them, and the CPMs and ground truth that come out.
//!
//! Time advances in [`TICK_MS`] steps. Every [`FRAME_PERIOD_MS`] each camera
//! takes a frame (camera 2 [`SENSOR_PHASE_MS`] later than camera 1) and the RSU
//! sends one CPM with that camera's objects, so the station sends 16 CPMs/s.
//! Each road user is tracked by the camera that watches its entry arm, for as
//! long as it is within [`CAMERA_RANGE_M`] of the RSU.

use cits_core::geo::{unix_ms_to_its_time, wgs84_to_local, Wgs84};
use cits_proto::{
    Cpm, ObjectClassification, PerceivedObject, ReferencePosition, SensorInformation,
};

use crate::error::{Error, Result};
use crate::graph::{inbound_id, Arm, Intersection, Network, Placement, Route, Turn, ARMS, V2};
use crate::rng::Rng;
use crate::truth::{Class, TruthRow};

/// Run length of the default data set: about the thesis recording's 3,323 CPMs at 16 CPMs/s.
pub const DEFAULT_MINUTES: f64 = 3.5;
/// Longest run accepted (a day): bounds memory, the whole data set is held in memory.
pub const MAX_MINUTES: f64 = 24.0 * 60.0;
/// Start of every run: 2021-09-24T08:00:00Z, a weekday morning (the date of the
/// Salzburg Lanelet2 map the thesis used), Unix epoch ms.
pub const START_UNIX_MS: i64 = 1_632_470_400_000;
/// Simulation step: fine enough for smooth braking, and both camera phases are multiples of it.
pub const TICK_MS: i64 = 5;
/// Camera frame period: 8 Hz, as the cameras of the thesis recording.
pub const FRAME_PERIOD_MS: i64 = 125;
/// Frame offset of each camera within the frame period (they are not synchronised).
pub const SENSOR_PHASE_MS: [i64; 2] = [0, 60];
/// Sensor ids of the two cameras in the CPMs.
pub const SENSOR_IDS: [u32; 2] = [1, 2];
/// ETSI station id of the RSU.
pub const STATION_ID: u32 = 30_001;
/// StationType roadSideUnit.
const STATION_TYPE_RSU: u32 = 15;
/// SensorType monovideo.
const SENSOR_TYPE_MONOVIDEO: u32 = 3;
/// CPM protocol version: ETSI TS 103 324 v2.1.1.
const CPM_PROTOCOL_VERSION: u32 = 2;
/// Where the RSU mast stands, street frame: the north-east corner behind the sidewalk.
pub const RSU_POSITION: V2 = V2::new(9.5, 9.5);
/// RSU antenna altitude, 0.01 m (Salzburg lies ~425 m above sea level, mast ~6 m).
const RSU_ALTITUDE_CM: i32 = 43_100;
/// Surveyed RSU position: 95 % confidence semi-axes, 0.01 m.
const RSU_POSITION_CONFIDENCE_CM: u32 = 10;
/// How far the cameras detect road users (from the RSU), m.
pub const CAMERA_RANGE_M: f64 = 60.0;
/// Camera detection range as sent in the sensor information, 0.1 m.
const CAMERA_RANGE_DM: u32 = (CAMERA_RANGE_M as u32) * 10;
/// 1-sigma Gaussian error of a detected position, per axis, m (typical of a calibrated traffic camera).
pub const POSITION_NOISE_M: f64 = 0.3;
/// CoordinateConfidence sent with every position: the 95 % bound (1.96 σ), 0.01 m.
const POSITION_CONFIDENCE_CM: u32 = 59;
/// 1-sigma error of a detected velocity component, m/s.
const VELOCITY_NOISE_MPS: f64 = 0.1;
/// 1-sigma error of a detected heading, degrees.
const HEADING_NOISE_DEG: f64 = 2.0;
/// ObjectPerceptionQuality of a camera track (0..15).
const PERCEPTION_QUALITY: u32 = 12;
/// Largest ObjectAge a v2 CPM can carry, ms (DeltaTimeMilliSecondSigned 0..2047).
const OBJECT_AGE_MAX_MS: i64 = 2047;
/// Delay between a frame and the CPM leaving the RSU: fixed part and random jitter, ms.
const SEND_DELAY_MS: i64 = 20;
const SEND_JITTER_MS: f64 = 15.0;
/// Object ids are 8 bit (thesis §2.6): ids 0..=255, shared by both cameras
/// because the collector keys objects by station and object id.
const OBJECT_ID_COUNT: usize = 256;
/// An object id is given out again only this long after its object was last
/// seen. The assembler closes a session after 5 s without a location
/// (`AssemblerConfig::default().idle_timeout_ms`); reusing an id sooner would
/// append the new object to the old object's trajectory. One extra second
/// covers the 125 ms frame spacing and inclusive/exclusive comparisons.
pub const ID_REUSE_AFTER_MS: i64 = 6_000;

/// Spawn rates per entry arm, 1/s. Cars: ~610 vehicles/h per approach
/// (a busy urban morning); tuned so a default run gives ~20,000 car and bike
/// observations, the number of matched trajectories the thesis reports.
const CAR_RATE_PER_ARM: f64 = 0.17;
/// Bikes per entry arm, 1/s.
const BIKE_RATE_PER_ARM: f64 = 0.03;
/// Pedestrians per entry arm, 1/s.
const PEDESTRIAN_RATE_PER_ARM: f64 = 0.025;
/// Spawn rates per class in [`Class::index`] order.
const SPAWN_RATES: [f64; 3] = [CAR_RATE_PER_ARM, BIKE_RATE_PER_ARM, PEDESTRIAN_RATE_PER_ARM];
/// Car turn weights: right, straight, left.
const CAR_TURN_WEIGHTS: [f64; 3] = [0.2, 0.6, 0.2];
/// Bike turn weights: right, straight (left turns are indirect, see `Intersection::bike_route`).
const BIKE_TURN_WEIGHTS: [f64; 3] = [0.3, 0.7, 0.0];
/// Cruise speed ranges, km/h (urban 50 km/h limit).
const CAR_CRUISE_KMH: (f64, f64) = (30.0, 50.0);
const BIKE_CRUISE_KMH: (f64, f64) = (15.0, 20.0);
/// Speed through a turn, km/h.
const CAR_RIGHT_TURN_KMH: (f64, f64) = (12.0, 18.0);
const CAR_LEFT_TURN_KMH: (f64, f64) = (18.0, 25.0);
const BIKE_RIGHT_TURN_KMH: (f64, f64) = (10.0, 13.0);
/// Walking speed: mean and spread, m/s, and the range it is clamped to.
const WALK_MPS: (f64, f64) = (1.3, 0.15);
const WALK_CLAMP_MPS: (f64, f64) = (0.9, 1.8);
/// Share of road users that stop at the stop line / kerb (red light, yielding), and how long, s.
const CAR_STOP_SHARE: f64 = 0.3;
const BIKE_STOP_SHARE: f64 = 0.2;
const PEDESTRIAN_WAIT_SHARE: f64 = 0.4;
const STOP_WAIT_S: (f64, f64) = (1.0, 10.0);
/// Acceleration and comfortable deceleration ranges, m/s².
const CAR_ACCEL: (f64, f64) = (1.5, 2.5);
const CAR_DECEL: (f64, f64) = (2.0, 3.0);
const BIKE_ACCEL: (f64, f64) = (0.8, 1.2);
const BIKE_DECEL: (f64, f64) = (1.5, 2.5);
const WALK_ACCEL: f64 = 1.0;
/// Where vehicles stop, metres before the end of their inbound lane.
const STOP_BEFORE_LINE_M: f64 = 1.0;
/// Distance within which a stopping road user counts as stopped at its point, m.
const STOP_REACHED_M: f64 = 0.1;
/// Bumper-to-bumper standstill distance (front to front) in a queue, m.
const CAR_MIN_GAP_M: f64 = 7.0;
const BIKE_MIN_GAP_M: f64 = 3.0;
/// A queue leader constrains its follower until it is this far past the stop line, m.
const FOLLOW_PAST_LINE_M: f64 = 15.0;

/// What to generate.
#[derive(Debug, Clone)]
pub struct Config {
    /// Seed of every random choice: the same seed gives byte-identical output.
    pub seed: u64,
    /// Run length, ms.
    pub duration_ms: i64,
}

impl Config {
    /// A run of `minutes` minutes (fractions allowed) with the given seed.
    pub fn new(seed: u64, minutes: f64) -> Result<Self> {
        if !(minutes.is_finite() && minutes > 0.0 && minutes <= MAX_MINUTES) {
            return Err(Error::Config(format!(
                "minutes must be in (0, {MAX_MINUTES}], got {minutes}"
            )));
        }
        Ok(Self {
            seed,
            duration_ms: (minutes * 60_000.0).round() as i64,
        })
    }

    /// Number of camera frames (= CPMs) the run produces.
    pub fn frame_count(&self) -> u64 {
        SENSOR_PHASE_MS
            .iter()
            .map(|phase| {
                if *phase >= self.duration_ms {
                    0
                } else {
                    ((self.duration_ms - phase - 1) / FRAME_PERIOD_MS + 1) as u64
                }
            })
            .sum()
    }
}

/// One generated CPM before encoding.
#[derive(Debug, Clone)]
pub struct Frame {
    /// When the RSU sent it, Unix epoch ms.
    pub send_ms: i64,
    /// The CPM.
    pub cpm: Cpm,
}

/// Counts describing a generated run.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Stats {
    /// CPMs generated.
    pub cpms: u64,
    /// CPMs without any object.
    pub empty_cpms: u64,
    /// Road users spawned per class (car, bicycle, pedestrian).
    pub spawned: [u64; 3],
    /// Road users that were observed at least once, per class.
    pub observed_objects: [u64; 3],
    /// Observations (one object in one CPM) per class.
    pub observations: [u64; 3],
    /// Spawns skipped because the entry lane was still occupied.
    pub spawns_blocked: u64,
    /// Road users never tracked because all 256 object ids were taken.
    pub untracked: u64,
    /// Object ids given out that had been used by an earlier object.
    pub id_reuses: u64,
    /// Most objects in one CPM.
    pub max_objects_per_cpm: u64,
}

impl Stats {
    /// Car and bike observations: what the map matcher turns into matched trajectories.
    pub fn matchable_observations(&self) -> u64 {
        self.observations[Class::Car.index()] + self.observations[Class::Bicycle.index()]
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum StopState {
    None,
    Approaching { at_m: f64, wait_s: f64 },
    Waiting { left_s: f64 },
    Done,
}

#[derive(Debug, Clone)]
struct SpeedPlan {
    cruise: f64,
    accel: f64,
    decel: f64,
    /// (from_m, to_m, max speed m/s): slow zones such as turns.
    zones: Vec<(f64, f64, f64)>,
}

#[derive(Debug, Clone)]
struct Agent {
    true_id: u32,
    class: Class,
    /// Index of the tracking camera (0 or 1).
    camera: usize,
    route: Route,
    plan: SpeedPlan,
    stop: StopState,
    s: f64,
    v: f64,
    /// The road user ahead on the same entry lane, and where that lane ends.
    leader: Option<usize>,
    lane_end_m: f64,
    min_gap_m: f64,
    object_id: Option<u8>,
    first_seen_ms: Option<i64>,
    last_seen_ms: i64,
    /// Finished: left the view or the route.
    gone: bool,
}

impl Agent {
    fn network(&self) -> Option<Network> {
        match self.class {
            Class::Car => Some(Network::Car),
            Class::Bicycle => Some(Network::Bike),
            Class::Pedestrian => None,
        }
    }
}

/// The 8-bit object ids of the station.
#[derive(Debug, Clone)]
struct IdPool {
    /// Per id: None = never used, Some(None) = in use, Some(Some(t)) = free since last seen at t.
    state: Vec<Option<Option<i64>>>,
}

impl IdPool {
    fn new() -> Self {
        Self {
            state: vec![None; OBJECT_ID_COUNT],
        }
    }

    /// The lowest id that is free at `now_ms`, and whether it was used before.
    /// Lowest-first makes ids come back as soon as allowed, as camera trackers
    /// do, so the assembler's reuse handling is exercised constantly.
    fn take(&mut self, now_ms: i64) -> Option<(u8, bool)> {
        let (index, reused) = self.state.iter().enumerate().find_map(|(i, s)| match s {
            None => Some((i, false)),
            Some(Some(last_seen)) if now_ms - last_seen > ID_REUSE_AFTER_MS => Some((i, true)),
            _ => None,
        })?;
        let id = u8::try_from(index).ok()?;
        if let Some(slot) = self.state.get_mut(index) {
            *slot = Some(None);
        }
        Some((id, reused))
    }

    fn release(&mut self, id: u8, last_seen_ms: i64) {
        if let Some(slot) = self.state.get_mut(usize::from(id)) {
            *slot = Some(Some(last_seen_ms));
        }
    }
}

/// The whole simulated world.
struct World {
    x: Intersection,
    traffic: Rng,
    sensor: Rng,
    agents: Vec<Agent>,
    active: Vec<usize>,
    /// Last agent spawned per (network, arm), for queueing.
    last_on_lane: [[Option<usize>; 4]; 2],
    next_spawn_ms: [[f64; 4]; 3],
    ids: IdPool,
    stats: Stats,
    reference: ReferencePosition,
    reference_wgs84: Wgs84,
}

fn kmh(range: (f64, f64), rng: &mut Rng) -> f64 {
    rng.range(range.0, range.1) / 3.6
}

fn turn_from(index: usize) -> Turn {
    match index {
        0 => Turn::Right,
        2 => Turn::Left,
        _ => Turn::Straight,
    }
}

/// Camera tracking the road users that enter by `arm`.
fn camera_of(arm: Arm) -> usize {
    match arm {
        Arm::North | Arm::East => 0,
        Arm::South | Arm::West => 1,
    }
}

/// Degrees to 1e-7-degree ETSI units.
fn to_e7(deg: f64) -> i32 {
    (deg * 1e7).round() as i32
}

impl World {
    fn new(seed: u64) -> Self {
        let x = Intersection::new();
        let rsu = x.to_wgs84(RSU_POSITION);
        let reference = ReferencePosition {
            latitude: to_e7(rsu.lat_deg),
            longitude: to_e7(rsu.lon_deg),
            altitude: RSU_ALTITUDE_CM,
            semi_major_confidence: RSU_POSITION_CONFIDENCE_CM,
            semi_minor_confidence: RSU_POSITION_CONFIDENCE_CM,
            semi_major_orientation: 0,
        };
        // Offsets are computed from the position as transmitted (1e-7° steps),
        // so the collector recovers exactly the positions the truth file names.
        let reference_wgs84 = Wgs84 {
            lat_deg: f64::from(reference.latitude) / 1e7,
            lon_deg: f64::from(reference.longitude) / 1e7,
        };
        let mut traffic = Rng::new(seed);
        // The sensor noise has its own stream, so traffic does not change with noise settings.
        let sensor = Rng::new(seed ^ 0x5EED_CA3E_5A5A_0001);
        let mut next_spawn_ms = [[0.0; 4]; 3];
        for (per_arm, rate) in next_spawn_ms.iter_mut().zip(SPAWN_RATES) {
            for slot in per_arm.iter_mut() {
                *slot = traffic.exponential(rate) * 1000.0;
            }
        }
        Self {
            x,
            traffic,
            sensor,
            agents: Vec::new(),
            active: Vec::new(),
            last_on_lane: [[None; 4]; 2],
            next_spawn_ms,
            ids: IdPool::new(),
            stats: Stats::default(),
            reference,
            reference_wgs84,
        }
    }

    fn spawn_due(&mut self, now_ms: i64) {
        for class in [Class::Car, Class::Bicycle, Class::Pedestrian] {
            let ci = class.index();
            for arm in ARMS {
                while self.next_spawn_ms[ci][arm.index()] <= now_ms as f64 {
                    self.spawn(class, arm);
                    self.next_spawn_ms[ci][arm.index()] +=
                        self.traffic.exponential(SPAWN_RATES[ci]) * 1000.0;
                }
            }
        }
    }

    fn spawn(&mut self, class: Class, arm: Arm) {
        let rng = &mut self.traffic;
        let (route, plan, stop, gap) = match class {
            Class::Car => {
                let turn = turn_from(rng.weighted(&CAR_TURN_WEIGHTS));
                let route = self.x.car_route(arm, turn);
                let mut zones = Vec::new();
                let connector = crate::graph::car_connector_id(arm, turn);
                if let (Some(a), Some(b)) =
                    (route.road_start_m(connector), route.road_end_m(connector))
                {
                    match turn {
                        Turn::Right => zones.push((a, b, kmh(CAR_RIGHT_TURN_KMH, rng))),
                        Turn::Left => zones.push((a, b, kmh(CAR_LEFT_TURN_KMH, rng))),
                        Turn::Straight => {}
                    }
                }
                let plan = SpeedPlan {
                    cruise: kmh(CAR_CRUISE_KMH, rng),
                    accel: rng.range(CAR_ACCEL.0, CAR_ACCEL.1),
                    decel: rng.range(CAR_DECEL.0, CAR_DECEL.1),
                    zones,
                };
                let stop = stop_plan(rng, CAR_STOP_SHARE, route.road_end_m(inbound_id(arm)));
                (route, plan, stop, CAR_MIN_GAP_M)
            }
            Class::Bicycle => {
                let turn = turn_from(rng.weighted(&BIKE_TURN_WEIGHTS));
                let route = self.x.bike_route(arm, turn);
                let mut zones = Vec::new();
                if turn == Turn::Right {
                    if let Some(id) = crate::graph::bike_connector_id(arm, turn) {
                        if let (Some(a), Some(b)) = (route.road_start_m(id), route.road_end_m(id)) {
                            zones.push((a, b, kmh(BIKE_RIGHT_TURN_KMH, rng)));
                        }
                    }
                }
                let plan = SpeedPlan {
                    cruise: kmh(BIKE_CRUISE_KMH, rng),
                    accel: rng.range(BIKE_ACCEL.0, BIKE_ACCEL.1),
                    decel: rng.range(BIKE_DECEL.0, BIKE_DECEL.1),
                    zones,
                };
                let stop = stop_plan(rng, BIKE_STOP_SHARE, route.road_end_m(inbound_id(arm)));
                (route, plan, stop, BIKE_MIN_GAP_M)
            }
            Class::Pedestrian => {
                let side = if rng.chance(0.5) { 1.0 } else { -1.0 };
                let (route, kerb_m) = self.x.pedestrian_route(arm, side);
                let walk = rng
                    .gaussian(WALK_MPS.0, WALK_MPS.1)
                    .clamp(WALK_CLAMP_MPS.0, WALK_CLAMP_MPS.1);
                let plan = SpeedPlan {
                    cruise: walk,
                    accel: WALK_ACCEL,
                    decel: WALK_ACCEL,
                    zones: Vec::new(),
                };
                let stop = if rng.chance(PEDESTRIAN_WAIT_SHARE) {
                    StopState::Approaching {
                        at_m: kerb_m,
                        wait_s: rng.range(STOP_WAIT_S.0, STOP_WAIT_S.1),
                    }
                } else {
                    StopState::None
                };
                (route, plan, stop, 0.0)
            }
        };
        let index = self.agents.len();
        let lane = match class {
            Class::Car => Some(0),
            Class::Bicycle => Some(1),
            Class::Pedestrian => None,
        };
        let mut leader = None;
        let mut lane_end_m = 0.0;
        if let Some(net) = lane {
            lane_end_m = route.road_end_m(inbound_id(arm)).unwrap_or(0.0);
            leader = self.last_on_lane[net][arm.index()]
                .filter(|l| self.agents.get(*l).is_some_and(|a| !a.gone));
            // The entry is blocked while the last road user is still within a gap of it.
            if let Some(a) = leader.and_then(|l| self.agents.get(l)) {
                if a.s < 2.0 * gap {
                    self.stats.spawns_blocked += 1;
                    return;
                }
            }
            self.last_on_lane[net][arm.index()] = Some(index);
        }
        self.stats.spawned[class.index()] += 1;
        self.agents.push(Agent {
            true_id: index as u32 + 1,
            class,
            camera: camera_of(arm),
            v: plan.cruise,
            route,
            plan,
            stop,
            s: 0.0,
            leader,
            lane_end_m,
            min_gap_m: gap,
            object_id: None,
            first_seen_ms: None,
            last_seen_ms: 0,
            gone: false,
        });
        self.active.push(index);
    }

    fn step(&mut self, dt_s: f64) {
        for k in 0..self.active.len() {
            let Some(&i) = self.active.get(k) else {
                continue;
            };
            // The leader moved first this tick (spawned earlier, lower index).
            let leader_limit = self.agents.get(i).and_then(|a| {
                let l = self.agents.get(a.leader?)?;
                (!l.gone && l.s < a.lane_end_m + FOLLOW_PAST_LINE_M && a.s < a.lane_end_m)
                    .then_some(l.s - a.min_gap_m)
            });
            if let Some(a) = self.agents.get_mut(i) {
                advance(a, leader_limit, dt_s);
            }
        }
    }

    /// Takes camera `camera`'s frame at `t_ms` (run-relative) and builds its CPM.
    fn observe(
        &mut self,
        camera: usize,
        t_ms: i64,
        start_ms: i64,
        truth: &mut Vec<TruthRow>,
    ) -> Frame {
        let now_ms = start_ms + t_ms;
        let rsu = RSU_POSITION;
        let mut objects = Vec::new();
        let mut rows = Vec::new();
        for k in 0..self.active.len() {
            let Some(&i) = self.active.get(k) else {
                continue;
            };
            let Some(agent) = self.agents.get(i) else {
                continue;
            };
            if agent.camera != camera || agent.gone {
                continue;
            }
            let place = agent.route.place(agent.s);
            let finished = agent.s >= agent.route.length_m();
            let in_view = !finished && place.position.dist(rsu) <= CAMERA_RANGE_M;
            match (in_view, agent.object_id) {
                (false, Some(id)) => {
                    self.ids.release(id, agent.last_seen_ms);
                    if let Some(a) = self.agents.get_mut(i) {
                        a.gone = true;
                    }
                    continue;
                }
                (false, None) => {
                    if finished {
                        if let Some(a) = self.agents.get_mut(i) {
                            a.gone = true;
                        }
                    }
                    continue;
                }
                (true, None) => match self.ids.take(now_ms) {
                    Some((id, reused)) => {
                        self.stats.id_reuses += u64::from(reused);
                        self.stats.observed_objects[agent.class.index()] += 1;
                        if let Some(a) = self.agents.get_mut(i) {
                            a.object_id = Some(id);
                            a.first_seen_ms = Some(now_ms);
                        }
                    }
                    None => {
                        self.stats.untracked += 1;
                        if let Some(a) = self.agents.get_mut(i) {
                            a.gone = true;
                        }
                        continue;
                    }
                },
                (true, Some(_)) => {}
            }
            let Some(agent) = self.agents.get_mut(i) else {
                continue;
            };
            let Some(id) = agent.object_id else { continue };
            agent.last_seen_ms = now_ms;
            let class = agent.class;
            let (object, row) = detect(
                &self.x,
                &mut self.sensor,
                self.reference_wgs84,
                agent,
                Detection {
                    id,
                    place,
                    now_ms,
                    camera,
                },
            );
            self.stats.observations[class.index()] += 1;
            objects.push(object);
            rows.push(row);
        }
        self.active
            .retain(|i| self.agents.get(*i).is_some_and(|a| !a.gone));
        // Trackers list objects by id; it also makes the output independent of spawn order.
        let mut paired: Vec<(PerceivedObject, TruthRow)> = objects.into_iter().zip(rows).collect();
        paired.sort_by_key(|(o, _)| o.object_id);
        self.stats.cpms += 1;
        self.stats.empty_cpms += u64::from(paired.is_empty());
        self.stats.max_objects_per_cpm = self.stats.max_objects_per_cpm.max(paired.len() as u64);
        let mut cpm_objects = Vec::with_capacity(paired.len());
        for (o, r) in paired {
            cpm_objects.push(o);
            truth.push(r);
        }
        let send_ms = now_ms + SEND_DELAY_MS + (self.sensor.uniform() * SEND_JITTER_MS) as i64;
        let sensor_id = SENSOR_IDS.get(camera).copied().unwrap_or(0);
        Frame {
            send_ms,
            cpm: Cpm {
                protocol_version: CPM_PROTOCOL_VERSION,
                station_id: STATION_ID,
                reference_time: unix_ms_to_its_time(now_ms),
                station_type: STATION_TYPE_RSU,
                reference_position: Some(self.reference),
                orientation_angle: None,
                sensors: vec![SensorInformation {
                    sensor_id,
                    sensor_type: SENSOR_TYPE_MONOVIDEO,
                    opening_angle_start: None,
                    opening_angle_end: None,
                    range: Some(CAMERA_RANGE_DM),
                }],
                objects: cpm_objects,
                ..Cpm::default()
            },
        }
    }
}

/// What one detection is about.
struct Detection {
    id: u8,
    place: Placement,
    now_ms: i64,
    camera: usize,
}

/// One noisy detection of `agent` and its truth row.
fn detect(
    x: &Intersection,
    rng: &mut Rng,
    reference: Wgs84,
    agent: &Agent,
    d: Detection,
) -> (PerceivedObject, TruthRow) {
    let Detection {
        id,
        place,
        now_ms,
        camera,
    } = d;
    let true_en = x.to_east_north(place.position);
    let seen = cits_core::geo::local_to_wgs84(
        x.center,
        true_en.x + rng.gaussian(0.0, POSITION_NOISE_M),
        true_en.y + rng.gaussian(0.0, POSITION_NOISE_M),
    );
    let (east, north) = wgs84_to_local(reference, seen);
    let dir_en = x.to_east_north(place.direction);
    let vx = agent.v * dir_en.x + rng.gaussian(0.0, VELOCITY_NOISE_MPS);
    let vy = agent.v * dir_en.y + rng.gaussian(0.0, VELOCITY_NOISE_MPS);
    let bearing = x.bearing_of(place.direction) + rng.gaussian(0.0, HEADING_NOISE_DEG);
    // ETSI zAngle: counter-clockwise from the station frame's x axis (east).
    let z_angle_deg = (90.0 - bearing).rem_euclid(360.0);
    let heading = ((z_angle_deg * 10.0).round() as u32) % 3600;
    let age = agent
        .first_seen_ms
        .map_or(0, |t| (now_ms - t).clamp(0, OBJECT_AGE_MAX_MS));
    let (class_kind, sub_class) = agent.class.etsi_code();
    let confidence = 70 + (rng.uniform() * 30.0) as u32;
    let sensor_id = SENSOR_IDS.get(camera).copied().unwrap_or(0);
    let object = PerceivedObject {
        object_id: u32::from(id),
        measurement_delta_time: 0,
        x_coordinate: (east * 100.0).round() as i32,
        y_coordinate: (north * 100.0).round() as i32,
        z_coordinate: None,
        x_confidence: POSITION_CONFIDENCE_CM,
        y_confidence: POSITION_CONFIDENCE_CM,
        x_velocity: Some((vx * 100.0).round() as i32),
        y_velocity: Some((vy * 100.0).round() as i32),
        heading: Some(heading),
        object_age: Some(age as u32),
        perception_quality: Some(PERCEPTION_QUALITY),
        sensor_ids: vec![sensor_id],
        classification: vec![ObjectClassification {
            class_kind,
            sub_class,
            confidence,
        }],
    };
    let truth_position = x.to_wgs84(place.position);
    let row = TruthRow {
        time_ms: now_ms,
        station_id: STATION_ID,
        sensor_id,
        object_id: id,
        true_object_id: agent.true_id,
        class: agent.class,
        lat_deg: truth_position.lat_deg,
        lon_deg: truth_position.lon_deg,
        road: agent.network().and(place.road),
    };
    (object, row)
}

fn stop_plan(rng: &mut Rng, share: f64, lane_end_m: Option<f64>) -> StopState {
    match lane_end_m {
        Some(end) if rng.chance(share) => StopState::Approaching {
            at_m: end - STOP_BEFORE_LINE_M,
            wait_s: rng.range(STOP_WAIT_S.0, STOP_WAIT_S.1),
        },
        _ => StopState::None,
    }
}

/// Moves one road user by one tick: speed towards the most restrictive target,
/// braking early enough for slow zones, stop points and the road user ahead.
fn advance(a: &mut Agent, leader_limit_m: Option<f64>, dt: f64) {
    let plan = &a.plan;
    let brake_to =
        |v_end: f64, distance: f64| (v_end * v_end + 2.0 * plan.decel * distance.max(0.0)).sqrt();
    let mut target = plan.cruise;
    for (from, to, v_max) in &plan.zones {
        if a.s >= *from && a.s < *to {
            target = target.min(*v_max);
        } else if a.s < *from {
            target = target.min(brake_to(*v_max, from - a.s));
        }
    }
    let mut hard_limit = f64::INFINITY;
    match a.stop {
        StopState::Approaching { at_m, wait_s } => {
            if at_m - a.s <= STOP_REACHED_M {
                a.v = 0.0;
                a.stop = StopState::Waiting { left_s: wait_s };
                return;
            }
            target = target.min(brake_to(0.0, at_m - a.s));
            hard_limit = at_m;
        }
        StopState::Waiting { left_s } => {
            a.v = 0.0;
            let left_s = left_s - dt;
            a.stop = if left_s <= 0.0 {
                StopState::Done
            } else {
                StopState::Waiting { left_s }
            };
            return;
        }
        StopState::None | StopState::Done => {}
    }
    if let Some(limit) = leader_limit_m {
        target = target.min(brake_to(0.0, limit - a.s));
        hard_limit = hard_limit.min(limit.max(a.s));
    }
    a.v = if a.v < target {
        (a.v + plan.accel * dt).min(target)
    } else {
        // Emergency-strength braking is allowed to follow the braking curve exactly.
        (a.v - 2.0 * plan.decel * dt).max(target)
    };
    a.s = (a.s + a.v * dt).min(hard_limit);
}

/// Runs the simulation. `progress(done, total)` is called after each frame.
pub fn simulate(
    config: &Config,
    progress: &mut dyn FnMut(u64, u64),
) -> (Vec<Frame>, Vec<TruthRow>, Stats) {
    let mut world = World::new(config.seed);
    let total = config.frame_count();
    let mut frames = Vec::with_capacity(usize::try_from(total).unwrap_or(0));
    let mut truth = Vec::new();
    let dt = TICK_MS as f64 / 1000.0;
    let mut t_ms = 0;
    while t_ms < config.duration_ms {
        world.spawn_due(t_ms);
        for (camera, phase) in SENSOR_PHASE_MS.iter().enumerate() {
            if t_ms % FRAME_PERIOD_MS == *phase {
                frames.push(world.observe(camera, t_ms, START_UNIX_MS, &mut truth));
                progress(frames.len() as u64, total);
            }
        }
        world.step(dt);
        t_ms += TICK_MS;
    }
    // Send order, as the RSU's radio put them on air (frame order breaks ties).
    frames.sort_by_key(|f| f.send_ms);
    (frames, truth, world.stats)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_come_back_lowest_first_after_the_reuse_gap() {
        let mut pool = IdPool::new();
        assert_eq!(pool.take(0), Some((0, false)));
        assert_eq!(pool.take(0), Some((1, false)));
        pool.release(0, 1_000);
        // Not yet: the assembler could still have the old session open.
        assert_eq!(pool.take(1_000 + ID_REUSE_AFTER_MS), Some((2, false)));
        assert_eq!(pool.take(1_001 + ID_REUSE_AFTER_MS), Some((0, true)));
    }

    #[test]
    fn pool_is_exhausted_after_256_live_objects() {
        let mut pool = IdPool::new();
        for expected in 0..=255u8 {
            assert_eq!(pool.take(0).map(|(id, _)| id), Some(expected));
        }
        assert_eq!(pool.take(1_000_000), None);
    }

    fn agent(stop: StopState) -> Agent {
        let x = Intersection::new();
        Agent {
            true_id: 1,
            class: Class::Car,
            camera: 0,
            route: x.car_route(Arm::North, Turn::Straight),
            plan: SpeedPlan {
                cruise: 12.0,
                accel: 2.0,
                decel: 2.5,
                zones: vec![(70.0, 80.0, 4.0)],
            },
            stop,
            s: 0.0,
            v: 12.0,
            leader: None,
            lane_end_m: 65.0,
            min_gap_m: CAR_MIN_GAP_M,
            object_id: None,
            first_seen_ms: None,
            last_seen_ms: 0,
            gone: false,
        }
    }

    #[test]
    fn a_stopping_car_halts_at_its_point_waits_and_goes_on() {
        let mut a = agent(StopState::Approaching {
            at_m: 64.0,
            wait_s: 2.0,
        });
        let dt = TICK_MS as f64 / 1000.0;
        let mut waited = 0.0;
        for _ in 0..10_000 {
            advance(&mut a, None, dt);
            assert!(
                a.s <= 64.0 || a.stop == StopState::Done,
                "no running the stop line"
            );
            if matches!(a.stop, StopState::Waiting { .. }) {
                waited += dt;
                assert!((a.s - 64.0).abs() <= STOP_REACHED_M);
            }
        }
        assert!((waited - 2.0).abs() < 0.02, "waited {waited} s");
        assert!(a.s > 100.0, "drove on after the stop");
    }

    #[test]
    fn a_turning_car_is_slow_in_the_turn_zone_and_a_follower_keeps_its_gap() {
        let mut a = agent(StopState::None);
        let dt = TICK_MS as f64 / 1000.0;
        while a.s < 75.0 {
            advance(&mut a, None, dt);
            // Braking follows the curve to the zone within a tick or two.
            if a.s >= 71.0 {
                assert!(a.v <= 4.0 + 1e-9, "{} m/s at {} m", a.v, a.s);
            }
        }
        let mut follower = agent(StopState::None);
        for _ in 0..2_000 {
            advance(&mut follower, Some(30.0 - CAR_MIN_GAP_M), dt);
        }
        assert!(follower.s <= 30.0 - CAR_MIN_GAP_M + 1e-9);
        assert!(follower.v < 0.1);
    }

    #[test]
    fn frame_count_matches_the_simulation() {
        let config = Config::new(9, 0.1).unwrap();
        let (frames, _, stats) = simulate(&config, &mut |_, _| {});
        assert_eq!(frames.len() as u64, config.frame_count());
        assert_eq!(stats.cpms, config.frame_count());
        assert_eq!(config.frame_count(), 96); // 6 s at 2 × 8 Hz
    }

    #[test]
    fn config_rejects_nonsense_minutes() {
        for minutes in [0.0, -1.0, f64::NAN, f64::INFINITY, MAX_MINUTES + 1.0] {
            assert!(Config::new(1, minutes).is_err(), "{minutes}");
        }
    }
}
