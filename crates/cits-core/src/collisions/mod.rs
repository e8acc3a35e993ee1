//! Collision detector: `cits.predictions` ([`Prediction`]) → `cits.risks` ([`CollisionRisk`]).
//!
//! # State
//! Per site (the RSU the predictions come from) the latest prediction of every road user
//! (key: trajectory key + session start), in the site's local metric frame (tangent plane
//! at the site's first prediction, floored to a 0.01° grid), with an R*-tree over the users' swept bounding boxes
//! (all hypotheses over the whole horizon, grown by the footprint and `PAIRING_SIGMAS`·σ), and
//! one [`PairTrack`] per pair that has alarmed recently or holds an active risk.
//!
//! # On each prediction
//! 1. Users whose latest prediction is older than the newest event time minus
//!    `max_age_ms` are **evicted**; their active risks **end** (one ENDED record each).
//!    A prediction that is itself that old, or not newer than the user's stored one, is
//!    ignored (late or duplicate delivery).
//! 2. The prediction replaces the user's previous one. Beyond `max_users_per_site` or
//!    `max_users` the user with the oldest prediction is evicted (risks end).
//! 3. The users whose boxes intersect the new one's (and those it has a pair track with)
//!    are paired with it, if the classes form a pair of interest: a motor vehicle (car,
//!    truck, bus, motorcycle) and a vulnerable road user (bicycle, pedestrian); two motor
//!    vehicles only with `car_car`.
//! 4. Each pair is **assessed** from the later of the two timestamps ([`conflict`]): per
//!    hypothesis pair the nominal TTC and PET and the probability that the footprints
//!    touch within the TTC raise and clear horizons, from the two users' combined
//!    position uncertainty ([`probability`]; footprints are not inflated). A hypothesis
//!    pair conflicts at the raise level with its contact probability within
//!    `ttc_raise_s`, or certainly when its nominal PET ≤ `pet_raise_s`; the pair's
//!    probability is the hypothesis-weighted sum (likewise at the clear level with
//!    `ttc_clear_s`, `pet_clear_s`; with `yield_decel_mps2` a PET the vehicle reaches
//!    second while it can still stop before it does not conflict). One assessment is one
//!    *cycle* of the pair. A cycle **alarms** when both tracks are old enough
//!    (`min_point_count`) and the raise-level
//!    probability reaches `min_probability`; encounters and PET cells at a closing speed
//!    below `min_closing_speed_mps` do not count. A cycle is **calm** when a gate fails or the clear-level
//!    probability is below `min_probability`.
//! 5. Pair state machine: *idle* → **raised** when `persist_m` of the last `persist_n`
//!    cycles alarmed (ACTIVE record, `risk_id` fixed from now on) → *active*: an update
//!    (ACTIVE) only when TTC/PET/probability/kind/conflict point changed materially and
//!    `min_update_interval_ms` passed since the last record, or `refresh_interval_ms`
//!    passed → **ended** after `clear_cycles` consecutive calm cycles, or when either user
//!    is evicted (ENDED record, exactly once). An idle pair without alarms in its history
//!    is forgotten.
//!
//! [`CollisionDetector::tick`] runs step 1 with a watermark. Every operation costs
//! O(log users) for the index plus the exact assessment of the candidate pairs.

mod conflict;
mod geometry;
mod probability;
mod settings;
mod state;
#[cfg(test)]
mod tests;

pub use conflict::{path_angle_deg, MAX_SLICES, SLICE_MS};
pub use geometry::{overlap_interval, overlaps, Obb};
pub use probability::{encounter, phi, static_probability, Mover, Spread, MIN_RELATIVE_SPEED_MPS};
pub use settings::{MAX_PERSIST_N, SETTINGS_ENV};
pub use state::{PairState, UserRef, UserState, PAIR_KEY_PREFIX, USER_KEY_PREFIX};

use std::collections::{BTreeMap, BTreeSet, HashMap};

use cits_proto::{
    CollisionRisk, ConflictKind, GeoPoint, ObjectClass, PredictedPoint, Prediction,
    PredictionMethod, RiskState, RoadUser,
};
use rstar::primitives::{GeomWithData, Rectangle};
use rstar::{RTree, AABB};

use crate::changes::Changes;
use crate::geo::{LocalFrame, Wgs84};
use crate::{Error, Result};
use conflict::{assess, Assessment, Body, Horizons, Levels, Sample, Track};
use state::StateKey;

/// Default car footprint (length, width), m: a typical passenger car.
pub const CAR_SIZE_M: (f64, f64) = (4.5, 1.8);
/// Default bicycle footprint, m: an adult bicycle with rider.
pub const BICYCLE_SIZE_M: (f64, f64) = (1.8, 0.6);
/// Default pedestrian footprint, m: a walking person's body and stride.
pub const PEDESTRIAN_SIZE_M: (f64, f64) = (0.5, 0.5);
/// Default motorcycle footprint, m.
pub const MOTORCYCLE_SIZE_M: (f64, f64) = (2.2, 0.8);
/// Default truck footprint, m: a rigid delivery truck.
pub const TRUCK_SIZE_M: (f64, f64) = (10.0, 2.5);
/// Default bus footprint, m: a standard 12 m city bus.
pub const BUS_SIZE_M: (f64, f64) = (12.0, 2.55);
/// Footprint of an unclassified object, m: never paired, only indexed.
pub const UNKNOWN_SIZE_M: (f64, f64) = (1.0, 1.0);

/// Most hypotheses per prediction: DENM PathPredicted carries at most 16 paths.
pub const MAX_HYPOTHESES: usize = 16;
/// Most points per hypothesis: 64 × 250 ms = 16 s, far beyond any useful horizon.
pub const MAX_POINTS_PER_HYPOTHESIS: usize = 64;
/// Largest plausible dimension or uncertainty, m: anything larger is a sensor error and
/// would make every pair a candidate.
pub const MAX_PLAUSIBLE_SIZE_M: f64 = 50.0;
/// Grid of site frame origins, degrees (≈ 1.1 km): the tangent plane's error at that
/// distance is micrometres (`s³ / 6R²`, see `geo`), and a fixed grid makes the frame
/// independent of arrival order.
pub const SITE_FRAME_GRID_DEG: f64 = 0.01;
/// TTC change that makes an update material, s: two slices.
pub const MATERIAL_TTC_CHANGE_S: f64 = 0.5;
/// PET change that makes an update material, s.
pub const MATERIAL_PET_CHANGE_S: f64 = 0.5;
/// Probability change that makes an update material.
pub const MATERIAL_PROBABILITY_CHANGE: f64 = 0.2;
/// Conflict point movement that makes an update material, m: about a car width.
pub const MATERIAL_POINT_MOVE_M: f64 = 2.0;
/// A user's index box covers its predicted points grown by this many sigmas: beyond 3 σ
/// of combined uncertainty the contact probability is below 0.3 %, far under any
/// useful `min_probability`.
pub const PAIRING_SIGMAS: f64 = 3.0;
/// Largest 1-sigma position uncertainty across the heading of a hypothesis that follows
/// the lane graph, m: lane keeping holds a car or bike within about ±1 m of its lane's
/// centre line, while the predictor's σ (one number) grows with the speed error along it.
pub const LANE_ACROSS_SIGMA_M: f64 = 0.5;
/// Path angle above which a conflict is a crossing, degrees (warnings.md).
pub const CROSSING_MIN_DEG: f64 = 85.0;
/// Path angle below which a conflict is longitudinal (rear-end), degrees (warnings.md).
pub const LONGITUDINAL_MAX_DEG: f64 = 30.0;

/// Thresholds, persistence and limits of a [`CollisionDetector`]. The balance of recall,
/// precision and lead time is settable as `key=value` pairs
/// ([`CollisionConfig::from_settings`]).
#[derive(Debug, Clone, PartialEq)]
pub struct CollisionConfig {
    /// Raise at TTC ≤ this, s. 2.5 s, below SUMO SSM's default 3.0 s: calibrated on the
    /// training seeds of `cits-sim`'s warnings test (the most precise setting that keeps
    /// recall ≥ 0.9 and the median lead ≥ 2 s), checked on its held-out seeds.
    pub ttc_raise_s: f64,
    /// Raise at predicted PET ≤ this, s. 1.0 s, the PET of a serious conflict (SUMO SSM's
    /// default is 2.0 s), calibrated with `ttc_raise_s`.
    pub pet_raise_s: f64,
    /// A cycle is calm only with TTC above this, s (hysteresis: 1.5 s above the raise level).
    pub ttc_clear_s: f64,
    /// A cycle is calm only with PET above this, s (field studies count car–bike PET up to 3 s).
    pub pet_clear_s: f64,
    /// Least probability of a conflict (hypothesis-weighted contact probability within
    /// the TTC level, or nominal PET within the PET level) of an alarm; below it at the
    /// clear level a cycle is calm. 0.5: a warning only when a conflict is more likely
    /// than not.
    pub min_probability: f64,
    /// Alarming cycles needed among the last `persist_n` to raise (M of N). 6 of 8: a pair
    /// is assessed on every prediction of either user (about 16 per second here), so this
    /// asks for an alarm lasting about 0.4 s, riding out two flickering path choices
    /// (calibrated with `ttc_raise_s`; 3 of 4 raised more short-lived false alarms).
    pub persist_m: u32,
    /// Window of the persistence rule, cycles (at most 32).
    pub persist_n: u32,
    /// Consecutive calm cycles that end an active risk.
    pub clear_cycles: u32,
    /// Least points a track must have had (track age) before it can alarm: young tracks
    /// have noisy headings and speeds.
    pub min_point_count: u32,
    /// Least closing speed (the magnitude of the two predicted velocities' difference) of
    /// an encounter or PET conflict cell that counts, m/s: below a brisk walk a contact
    /// is a bump, not a collision (a pedestrian walking into a parked car, a car creeping
    /// up to a standing pedestrian), while a cyclist riding into a car stopped across its
    /// path, or a turning car cutting across a cyclist, is a conflict.
    pub min_closing_speed_mps: f64,
    /// Right of way, m/s² (0: off, the default): a vehicle that reaches the conflict
    /// area of a predicted PET after the VRU, and can still stop before it at this
    /// deceleration, is expected to give way (turning vehicles yield to crossing cyclists
    /// and pedestrians, StVO §9 (3), §26), so that PET does not conflict until the
    /// vehicle can no longer stop comfortably. Off by default: on the warnings test's
    /// training seeds 2.5 m/s² (a normal service brake) raises precision from 83.1 to
    /// 85.5 % but recall falls from 92.5 to 88.8 % (vehicles that came second and did
    /// not yield look the same as those that will, until they brake).
    pub yield_decel_mps2: f64,
    /// Also pair two motor vehicles (off by default: the warnings are about VRUs).
    pub car_car: bool,
    /// A user whose latest prediction is older than the newest event time by this is
    /// gone, ms: several missed updates at the sensors' 10 Hz.
    pub max_age_ms: i64,
    /// Most road users per site: 8-bit CPM object ids give at most 256 per station.
    pub max_users_per_site: usize,
    /// Most road users over all sites of this instance.
    pub max_users: usize,
    /// Most pair tracks over all sites; beyond it new alarming pairs are not tracked.
    pub max_pairs: usize,
    /// Least time between two records of one risk, ms (ETSI misbehaviour detection flags
    /// repetitions less than 100 ms apart).
    pub min_update_interval_ms: i64,
    /// An active risk is re-sent after this long even without material change, ms.
    pub refresh_interval_ms: i64,
}

impl Default for CollisionConfig {
    fn default() -> Self {
        Self {
            ttc_raise_s: 2.5,
            pet_raise_s: 1.0,
            ttc_clear_s: 4.0,
            pet_clear_s: 3.0,
            min_probability: 0.5,
            persist_m: 6,
            persist_n: 8,
            clear_cycles: 3,
            min_point_count: 5,
            min_closing_speed_mps: 2.0,
            yield_decel_mps2: 0.0,
            car_car: false,
            max_age_ms: 1_500,
            max_users_per_site: 256,
            max_users: 4_096,
            max_pairs: 16_384,
            min_update_interval_ms: 100,
            refresh_interval_ms: 1_000,
        }
    }
}

/// Identity of a road user: trajectory key and session start.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct UserKey {
    /// "<station_id>/<object_id>".
    pub trajectory_key: String,
    /// Session start, Unix ms.
    pub session_start_ms: i64,
}

/// The latest prediction of one road user.
#[derive(Debug, Clone)]
struct User {
    key: UserKey,
    class: ObjectClass,
    timestamp_ms: i64,
    point_count: u32,
    body: Body,
    /// The hypotheses' points as received, for the risk records.
    paths: Vec<Vec<PredictedPoint>>,
    /// Swept bounding box in the site frame (its R*-tree entry).
    bounds: Rectangle<[f64; 2]>,
    /// The prediction as received, kept only with change tracking (the changelog
    /// record of the user).
    source: Option<Prediction>,
}

/// An R*-tree entry: a user's bounding box.
type Entry = GeomWithData<Rectangle<[f64; 2]>, UserKey>;

/// A raised risk.
#[derive(Debug, Clone)]
struct Active {
    /// The last record sent (ACTIVE).
    last: CollisionRisk,
    /// Conflict point of `last` in the site frame.
    point: [f64; 2],
}

/// Persistence and hysteresis state of one pair (vehicle first).
#[derive(Debug, Clone, Default)]
struct PairTrack {
    /// Alarm bits of the last cycles, newest in bit 0.
    history: u32,
    /// Consecutive calm cycles while active.
    calm_streak: u32,
    /// The risk, once raised.
    active: Option<Active>,
}

/// All road users of one site.
#[derive(Debug)]
struct Site {
    frame: LocalFrame,
    users: HashMap<UserKey, User>,
    tree: RTree<Entry>,
    /// Pair tracks keyed (vehicle, other).
    pairs: HashMap<(UserKey, UserKey), PairTrack>,
}

/// Counters for the stats line.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CollisionStats {
    /// Users evicted for age.
    pub evicted_stale: u64,
    /// Users evicted to stay within the caps.
    pub evicted_for_capacity: u64,
    /// Predictions ignored as late or duplicate.
    pub ignored_late: u64,
    /// Alarming pairs not tracked because of `max_pairs`.
    pub pairs_dropped: u64,
    /// Exact pair assessments made.
    pub assessments: u64,
}

/// The collision detector (see the module docs for the state machine).
#[derive(Debug)]
pub struct CollisionDetector {
    cfg: CollisionConfig,
    sites: HashMap<String, Site>,
    /// (timestamp, site, user) of every user: eviction walks it from the front.
    by_time: BTreeSet<(i64, String, UserKey)>,
    /// Pair tracks over all sites.
    pair_count: usize,
    /// Newest prediction timestamp seen.
    newest_ms: Option<i64>,
    stats: CollisionStats,
    /// State keys changed since the last [`CollisionDetector::take_changes`]; `None`
    /// unless change tracking is on.
    changed: Option<Changes<StateKey>>,
    /// ENDED records held by [`CollisionDetector::tick_and_hold`] for the next output.
    held: BTreeMap<StateKey, CollisionRisk>,
}

/// Footprint defaults by class.
fn default_size(class: ObjectClass) -> (f64, f64) {
    match class {
        ObjectClass::Car => CAR_SIZE_M,
        ObjectClass::Bicycle => BICYCLE_SIZE_M,
        ObjectClass::Pedestrian => PEDESTRIAN_SIZE_M,
        ObjectClass::Motorcycle => MOTORCYCLE_SIZE_M,
        ObjectClass::Truck => TRUCK_SIZE_M,
        ObjectClass::Bus => BUS_SIZE_M,
        ObjectClass::Unknown => UNKNOWN_SIZE_M,
    }
}

fn is_vehicle(class: ObjectClass) -> bool {
    matches!(
        class,
        ObjectClass::Car | ObjectClass::Truck | ObjectClass::Bus | ObjectClass::Motorcycle
    )
}

fn is_vulnerable(class: ObjectClass) -> bool {
    matches!(class, ObjectClass::Bicycle | ObjectClass::Pedestrian)
}

/// Conflict kind from the acute angle between the paths.
pub fn conflict_kind(angle_deg: f64) -> ConflictKind {
    if angle_deg > CROSSING_MIN_DEG {
        ConflictKind::Crossing
    } else if angle_deg < LONGITUDINAL_MAX_DEG {
        ConflictKind::Longitudinal
    } else {
        ConflictKind::Lateral
    }
}

/// Severity 0..1: `probability · max(1 − TTC/ttc_clear, 1 − PET/pet_clear)`, each term
/// clamped to 0..1 and 0 when absent. A collision now with certainty is 1; a conflict at
/// the clear thresholds is 0.
pub fn severity(cfg: &CollisionConfig, ttc_s: Option<f64>, pet_s: Option<f64>, p: f64) -> f64 {
    let term = |v: Option<f64>, limit: f64| v.map_or(0.0, |v| (1.0 - v / limit).clamp(0.0, 1.0));
    (p * term(ttc_s, cfg.ttc_clear_s).max(term(pet_s, cfg.pet_clear_s))).clamp(0.0, 1.0)
}

impl CollisionDetector {
    /// A detector with the given configuration; `persist_n` is clamped to 1..=32 and
    /// `persist_m` to 1..=`persist_n`, caps to at least 1.
    pub fn new(cfg: CollisionConfig) -> Self {
        let persist_n = cfg.persist_n.clamp(1, MAX_PERSIST_N);
        let cfg = CollisionConfig {
            persist_n,
            persist_m: cfg.persist_m.clamp(1, persist_n),
            clear_cycles: cfg.clear_cycles.max(1),
            max_users_per_site: cfg.max_users_per_site.max(1),
            max_users: cfg.max_users.max(1),
            max_age_ms: cfg.max_age_ms.max(0),
            ..cfg
        };
        Self {
            cfg,
            sites: HashMap::new(),
            by_time: BTreeSet::new(),
            pair_count: 0,
            newest_ms: None,
            stats: CollisionStats::default(),
            changed: None,
            held: BTreeMap::new(),
        }
    }

    /// The configuration in effect.
    pub fn config(&self) -> &CollisionConfig {
        &self.cfg
    }

    /// Road users held over all sites.
    pub fn user_count(&self) -> usize {
        self.by_time.len()
    }

    /// Pair tracks held over all sites.
    pub fn pair_count(&self) -> usize {
        self.pair_count
    }

    /// Risks currently active.
    pub fn active_count(&self) -> usize {
        self.sites
            .values()
            .flat_map(|s| s.pairs.values())
            .filter(|p| p.active.is_some())
            .count()
    }

    /// The counters.
    pub fn stats(&self) -> CollisionStats {
        self.stats
    }

    /// Evicts every user whose latest prediction is older than `watermark_ms − max_age_ms`
    /// and returns the ENDED records of their active risks.
    pub fn tick(&mut self, watermark_ms: i64) -> Vec<CollisionRisk> {
        let cutoff = watermark_ms.saturating_sub(self.cfg.max_age_ms);
        let mut out = Vec::new();
        while let Some((ts, site, key)) = self.by_time.first().cloned() {
            if ts >= cutoff {
                break;
            }
            self.stats.evicted_stale += 1;
            self.evict(&site, &key, watermark_ms, &mut out);
        }
        out
    }

    /// Takes a new prediction and returns the risk records it causes (see the module docs),
    /// after the ENDED records held by [`CollisionDetector::tick_and_hold`]. An invalid
    /// prediction is an error and keeps the held records for the next one.
    pub fn process(&mut self, prediction: &Prediction) -> Result<Vec<CollisionRisk>> {
        let out = self.process_prediction(prediction)?;
        if self.held.is_empty() {
            return Ok(out);
        }
        let mut all = self.take_held();
        all.extend(out);
        Ok(all)
    }

    fn process_prediction(&mut self, prediction: &Prediction) -> Result<Vec<CollisionRisk>> {
        let ts = prediction.timestamp_ms;
        let newest = self.newest_ms.map_or(ts, |n| n.max(ts));
        self.newest_ms = Some(newest);
        let mut out = self.tick(newest);
        if ts < newest.saturating_sub(self.cfg.max_age_ms) {
            self.stats.ignored_late += 1;
            return Ok(out);
        }
        let key = UserKey {
            trajectory_key: prediction.trajectory_key.clone(),
            session_start_ms: prediction.session_start_ms,
        };
        let origin = position(prediction, &prediction.position, "position")?;
        let site_name = prediction.site.clone();
        let frame = self
            .sites
            .get(&site_name)
            .map_or_else(|| site_frame(origin), |s| s.frame);
        let mut user = build_user(prediction, key.clone(), &frame)?;
        if self.changed.is_some() {
            user.source = Some(prediction.clone());
        }
        let site = self.sites.entry(site_name.clone()).or_insert_with(|| Site {
            frame,
            users: HashMap::new(),
            tree: RTree::new(),
            pairs: HashMap::new(),
        });
        if let Some(old) = site.users.get(&key) {
            if old.timestamp_ms >= ts {
                self.stats.ignored_late += 1;
                return Ok(out);
            }
            let entry = Entry::new(old.bounds, key.clone());
            site.tree.remove(&entry);
            self.by_time
                .remove(&(old.timestamp_ms, site_name.clone(), key.clone()));
        }
        site.tree.insert(Entry::new(user.bounds, key.clone()));
        site.users.insert(key.clone(), user);
        self.by_time.insert((ts, site_name.clone(), key.clone()));
        self.mark(StateKey::User(site_name.clone(), key.clone()));
        self.enforce_caps(&site_name, &key, newest, &mut out);
        self.evaluate_user(&site_name, &key, &mut out);
        Ok(out)
    }

    /// Evicts the oldest users (never `keep`) while a cap is exceeded.
    fn enforce_caps(
        &mut self,
        site_name: &str,
        keep: &UserKey,
        now_ms: i64,
        out: &mut Vec<CollisionRisk>,
    ) {
        loop {
            let site_full = self
                .sites
                .get(site_name)
                .is_some_and(|s| s.users.len() > self.cfg.max_users_per_site);
            let victim = if site_full {
                self.by_time
                    .iter()
                    .find(|(_, s, k)| s == site_name && k != keep)
                    .cloned()
            } else if self.by_time.len() > self.cfg.max_users {
                self.by_time.iter().find(|(_, _, k)| k != keep).cloned()
            } else {
                None
            };
            let Some((_, site, key)) = victim else { break };
            self.stats.evicted_for_capacity += 1;
            self.evict(&site, &key, now_ms, out);
        }
    }

    /// Removes one user; its active risks end, its pair tracks go.
    fn evict(&mut self, site_name: &str, key: &UserKey, now_ms: i64, out: &mut Vec<CollisionRisk>) {
        let Some(site) = self.sites.get_mut(site_name) else {
            return;
        };
        let Some(user) = site.users.remove(key) else {
            return;
        };
        site.tree.remove(&Entry::new(user.bounds, key.clone()));
        self.by_time
            .remove(&(user.timestamp_ms, site_name.to_string(), key.clone()));
        // Sorted, so the ENDED records come out in the same order in every process.
        let mut gone: Vec<(UserKey, UserKey)> = site
            .pairs
            .keys()
            .filter(|(v, o)| v == key || o == key)
            .cloned()
            .collect();
        gone.sort();
        let mut removed = Vec::with_capacity(gone.len());
        for pair in gone {
            if let Some(track) = site.pairs.remove(&pair) {
                self.pair_count -= 1;
                if let Some(active) = track.active {
                    out.push(ended(active.last, now_ms));
                }
                removed.push(pair);
            }
        }
        if site.users.is_empty() {
            self.sites.remove(site_name);
        }
        self.mark(StateKey::User(site_name.to_owned(), key.clone()));
        for (v, o) in removed {
            self.mark(StateKey::Pair(site_name.to_owned(), v, o));
        }
    }

    /// Assesses every pair of `key` with the users near it or tracked with it.
    fn evaluate_user(&mut self, site_name: &str, key: &UserKey, out: &mut Vec<CollisionRisk>) {
        let Some(site) = self.sites.get(site_name) else {
            return;
        };
        let Some(me) = site.users.get(key) else {
            return;
        };
        let env = AABB::from_corners(me.bounds.lower(), me.bounds.upper());
        let mut partners: BTreeSet<UserKey> = site
            .tree
            .locate_in_envelope_intersecting(env)
            .map(|e| e.data.clone())
            .filter(|k| k != key)
            .collect();
        partners.extend(site.pairs.keys().filter_map(|(v, o)| {
            (v == key)
                .then(|| o.clone())
                .or_else(|| (o == key).then(|| v.clone()))
        }));
        for other in partners {
            if let Some((v, o)) = self.evaluate_pair(site_name, key, &other, out) {
                self.mark(StateKey::Pair(site_name.to_owned(), v, o));
            }
        }
    }

    /// One cycle of one pair (see the module docs, steps 4 and 5).
    fn evaluate_pair(
        &mut self,
        site_name: &str,
        a: &UserKey,
        b: &UserKey,
        out: &mut Vec<CollisionRisk>,
    ) -> Option<(UserKey, UserKey)> {
        let cfg = &self.cfg;
        let site = self.sites.get_mut(site_name)?;
        let (Some(ua), Some(ub)) = (site.users.get(a), site.users.get(b)) else {
            return None;
        };
        // Vehicle first; two vehicles in key order, so arrival order does not matter.
        let (veh, oth) = match (is_vehicle(ua.class), is_vehicle(ub.class)) {
            (true, false) if is_vulnerable(ub.class) => (ua, ub),
            (false, true) if is_vulnerable(ua.class) => (ub, ua),
            (true, true) if cfg.car_car => {
                if ua.key <= ub.key {
                    (ua, ub)
                } else {
                    (ub, ua)
                }
            }
            _ => return None,
        };
        let t0 = veh.timestamp_ms.max(oth.timestamp_ms);
        self.stats.assessments += 1;
        let levels = Levels {
            horizons: Horizons {
                min_closing_speed_mps: cfg.min_closing_speed_mps,
                raise_s: cfg.ttc_raise_s,
                clear_s: cfg.ttc_clear_s,
                yield_decel_mps2: cfg.yield_decel_mps2,
            },
            pet_raise_s: cfg.pet_raise_s,
            pet_clear_s: cfg.pet_clear_s,
        };
        let Assessment {
            probability,
            probability_clear,
            best,
        } = assess(&veh.body, &oth.body, t0, levels);
        let gates =
            veh.point_count >= cfg.min_point_count && oth.point_count >= cfg.min_point_count;
        let alarm = gates && probability >= cfg.min_probability;
        let calm = !gates || probability_clear < cfg.min_probability;
        // Without a nominal overlap the TTC reported is the time of the most probable
        // encounter, when that encounter alone is a likely contact.
        let ttc_of = |o: &conflict::Outcome| {
            o.ttc_s.or_else(|| {
                (o.p_clear >= cfg.min_probability)
                    .then_some(o.encounter_s)
                    .flatten()
            })
        };
        let pair_key = (veh.key.clone(), oth.key.clone());
        let record = best.map(|(o, i, j)| {
            let ttc_s = ttc_of(&o);
            let point = site.frame.to_wgs84(o.point[0], o.point[1]);
            let road_user = |u: &User, h: usize| RoadUser {
                trajectory_key: u.key.trajectory_key.clone(),
                session_start_ms: u.key.session_start_ms,
                object_class: u.class as i32,
                path: u.paths.get(h).cloned().unwrap_or_default(),
            };
            let risk = CollisionRisk {
                site: site_name.to_string(),
                risk_id: String::new(),
                state: RiskState::Active as i32,
                vehicle: Some(road_user(veh, i)),
                other: Some(road_user(oth, j)),
                timestamp_ms: t0,
                detected_ms: t0,
                conflict_point: Some(GeoPoint {
                    latitude_deg: point.lat_deg,
                    longitude_deg: point.lon_deg,
                }),
                ttc_s,
                pet_s: o.pet_s,
                probability,
                severity: severity(cfg, ttc_s, o.pet_s, probability),
                kind: conflict_kind(o.angle_deg) as i32,
                trace: None,
            };
            (risk, o.point)
        });

        let mask = if cfg.persist_n >= 32 {
            u32::MAX
        } else {
            (1u32 << cfg.persist_n) - 1
        };
        let exists = site.pairs.contains_key(&pair_key);
        if !exists {
            if !alarm {
                return None;
            }
            if self.pair_count >= cfg.max_pairs {
                self.stats.pairs_dropped += 1;
                return None;
            }
            self.pair_count += 1;
        }
        let track = site.pairs.entry(pair_key.clone()).or_default();
        track.history = ((track.history << 1) | u32::from(alarm)) & mask;
        match &mut track.active {
            None => {
                if track.history.count_ones() >= cfg.persist_m {
                    if let Some((mut risk, point)) = record {
                        risk.risk_id = risk_id(site_name, &pair_key.0, &pair_key.1, t0);
                        track.calm_streak = 0;
                        track.active = Some(Active {
                            last: risk.clone(),
                            point,
                        });
                        out.push(risk);
                    }
                } else if track.history == 0 {
                    site.pairs.remove(&pair_key);
                    self.pair_count -= 1;
                }
            }
            Some(active) => {
                track.calm_streak = if calm { track.calm_streak + 1 } else { 0 };
                if track.calm_streak >= cfg.clear_cycles {
                    let last = active.last.clone();
                    site.pairs.remove(&pair_key);
                    self.pair_count -= 1;
                    out.push(ended(last, t0));
                    return Some(pair_key);
                }
                let Some((mut risk, point)) = record else {
                    return Some(pair_key);
                };
                let since = t0 - active.last.timestamp_ms;
                let material = changed(&active.last, active.point, &risk, point);
                if (material && since >= cfg.min_update_interval_ms)
                    || since >= cfg.refresh_interval_ms
                {
                    risk.risk_id = active.last.risk_id.clone();
                    risk.detected_ms = active.last.detected_ms;
                    active.last = risk.clone();
                    active.point = point;
                    out.push(risk);
                }
            }
        }
        Some(pair_key)
    }
}

/// Whether a new assessment differs materially from the last record sent.
fn changed(
    last: &CollisionRisk,
    last_point: [f64; 2],
    new: &CollisionRisk,
    point: [f64; 2],
) -> bool {
    let differs = |a: Option<f64>, b: Option<f64>, tol: f64| match (a, b) {
        (Some(a), Some(b)) => (a - b).abs() > tol,
        (None, None) => false,
        _ => true,
    };
    differs(last.ttc_s, new.ttc_s, MATERIAL_TTC_CHANGE_S)
        || differs(last.pet_s, new.pet_s, MATERIAL_PET_CHANGE_S)
        || (last.probability - new.probability).abs() > MATERIAL_PROBABILITY_CHANGE
        || last.kind != new.kind
        || (last_point[0] - point[0]).hypot(last_point[1] - point[1]) > MATERIAL_POINT_MOVE_M
}

/// The ENDED record of a risk, from its last ACTIVE record.
fn ended(mut last: CollisionRisk, at_ms: i64) -> CollisionRisk {
    last.state = RiskState::Ended as i32;
    last.timestamp_ms = at_ms.max(last.timestamp_ms);
    last
}

/// Stable id of a risk: site, both users (vehicle first) and the time it was raised.
fn risk_id(site: &str, vehicle: &UserKey, other: &UserKey, detected_ms: i64) -> String {
    format!(
        "{site}|{}@{}|{}@{}|{detected_ms}",
        vehicle.trajectory_key,
        vehicle.session_start_ms,
        other.trajectory_key,
        other.session_start_ms
    )
}

/// The local frame of a site first seen at `origin`: tangent at `origin` floored to the
/// `SITE_FRAME_GRID_DEG` grid, so the frame (and the rounding of every result) does not
/// depend on which road user arrived first.
fn site_frame(origin: Wgs84) -> LocalFrame {
    let floor = |v: f64| (v / SITE_FRAME_GRID_DEG).floor() * SITE_FRAME_GRID_DEG;
    LocalFrame::new(Wgs84 {
        lat_deg: floor(origin.lat_deg).clamp(-90.0, 90.0),
        lon_deg: floor(origin.lon_deg).clamp(-180.0, 180.0),
    })
}

fn invalid(p: &Prediction, reason: String) -> Error {
    Error::InvalidPrediction {
        site: p.site.clone(),
        key: p.trajectory_key.clone(),
        session_start_ms: p.session_start_ms,
        reason,
    }
}

/// A valid WGS84 position or an error naming `what`.
fn position(p: &Prediction, point: &Option<GeoPoint>, what: &str) -> Result<Wgs84> {
    let g = point
        .as_ref()
        .ok_or_else(|| invalid(p, format!("no {what}")))?;
    let w = Wgs84 {
        lat_deg: g.latitude_deg,
        lon_deg: g.longitude_deg,
    };
    if w.is_valid() {
        Ok(w)
    } else {
        Err(invalid(p, format!("{what} out of range")))
    }
}

/// Validates a prediction and converts it into the site frame.
fn build_user(p: &Prediction, key: UserKey, frame: &LocalFrame) -> Result<User> {
    let class = ObjectClass::try_from(p.object_class).unwrap_or(ObjectClass::Unknown);
    let plausible = |v: f64| v.is_finite() && (0.0..=MAX_PLAUSIBLE_SIZE_M).contains(&v);
    let (dl, dw) = default_size(class);
    let length_m = p
        .length_m
        .filter(|v| plausible(*v) && *v > 0.0)
        .unwrap_or(dl);
    let width_m = p
        .width_m
        .filter(|v| plausible(*v) && *v > 0.0)
        .unwrap_or(dw);
    if p.site.is_empty() {
        return Err(invalid(p, "empty site".into()));
    }
    if !plausible(p.sigma_m) || !p.heading_deg.is_finite() || !p.speed_mps.is_finite() {
        return Err(invalid(
            p,
            "non-finite or implausible sigma, heading or speed".into(),
        ));
    }
    if p.hypotheses.is_empty() || p.hypotheses.len() > MAX_HYPOTHESES {
        return Err(invalid(
            p,
            format!("{} hypotheses (1..={MAX_HYPOTHESES})", p.hypotheses.len()),
        ));
    }
    let (x, y) = frame.to_local(position(p, &p.position, "position")?);
    let start = Sample {
        t_ms: p.timestamp_ms,
        pos: [x, y],
        heading_deg: p.heading_deg,
        sigma_m: p.sigma_m,
        sigma_across_m: p.sigma_m,
    };
    let total: f64 = p.hypotheses.iter().map(|h| h.probability).sum();
    let mut tracks = Vec::with_capacity(p.hypotheses.len());
    for h in &p.hypotheses {
        if !h.probability.is_finite() || h.probability < 0.0 {
            return Err(invalid(
                p,
                format!("hypothesis probability {}", h.probability),
            ));
        }
        if h.points.len() > MAX_POINTS_PER_HYPOTHESIS {
            return Err(invalid(
                p,
                format!(
                    "{} points in a hypothesis (max {MAX_POINTS_PER_HYPOTHESIS})",
                    h.points.len()
                ),
            ));
        }
        let on_lanes = h.method == PredictionMethod::Graph as i32;
        let mut samples = Vec::with_capacity(h.points.len() + 1);
        samples.push(Sample {
            sigma_across_m: if on_lanes {
                start.sigma_m.min(LANE_ACROSS_SIGMA_M)
            } else {
                start.sigma_m
            },
            ..start
        });
        for q in &h.points {
            let t_ms = p.timestamp_ms.saturating_add(i64::from(q.delta_ms));
            if samples.last().is_some_and(|s: &Sample| s.t_ms >= t_ms) {
                return Err(invalid(
                    p,
                    "predicted points not strictly increasing in delta_ms".into(),
                ));
            }
            if !plausible(q.sigma_m) || !q.heading_deg.is_finite() {
                return Err(invalid(p, "non-finite predicted heading or sigma".into()));
            }
            let (x, y) = frame.to_local(position(p, &q.position, "predicted position")?);
            samples.push(Sample {
                t_ms,
                pos: [x, y],
                heading_deg: q.heading_deg,
                sigma_m: q.sigma_m,
                sigma_across_m: if on_lanes {
                    q.sigma_m.min(LANE_ACROSS_SIGMA_M)
                } else {
                    q.sigma_m
                },
            });
        }
        // Hypotheses should sum to 1; normalise so a sloppy producer cannot inflate risk.
        let probability = if total > 0.0 {
            h.probability / total
        } else {
            1.0 / p.hypotheses.len() as f64
        };
        tracks.push(Track {
            probability,
            samples,
        });
    }
    let reach = (length_m / 2.0).hypot(width_m / 2.0);
    let (mut lo, mut hi) = ([f64::INFINITY; 2], [f64::NEG_INFINITY; 2]);
    for s in tracks.iter().flat_map(|t| &t.samples) {
        let r = reach + PAIRING_SIGMAS * s.sigma_m;
        lo = [lo[0].min(s.pos[0] - r), lo[1].min(s.pos[1] - r)];
        hi = [hi[0].max(s.pos[0] + r), hi[1].max(s.pos[1] + r)];
    }
    Ok(User {
        key,
        class,
        timestamp_ms: p.timestamp_ms,
        point_count: p.point_count,
        body: Body {
            length_m,
            width_m,
            tracks,
        },
        paths: p.hypotheses.iter().map(|h| h.points.clone()).collect(),
        bounds: Rectangle::from_corners(lo, hi),
        source: None,
    })
}
