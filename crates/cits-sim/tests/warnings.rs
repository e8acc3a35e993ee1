//! Does the collision detector warn in time? The native core chain — decode → collect →
//! assemble → map-match → predict → collision detector → DENM lifecycle, the same pure
//! functions and defaults the modules use, the lane graph from the generated data — runs
//! over generated data sets of several seeds, and its risks are scored against
//! `conflicts.csv` (computed from the true trajectories, no detector code) at event level.
//!
//! # Matching a risk to a true conflict
//! A risk names two road users by trajectory key (`<station>/<CPM object id>`); the truth
//! row of that key at or just before the risk's timestamp gives the true object id (CPM
//! ids are reused only [`cits_sim::scenario::ID_REUSE_AFTER_MS`] after an object left,
//! so the last row before the risk is the object the detector saw). A **warning event**
//! is all risks of one true (car, VRU) pair; it **matches** a true conflict (a
//! `conflicts.csv` row with `conflict = true`) of the same pair when its first risk was
//! raised within [`MATCH_BEFORE_MS`] before to [`MATCH_AFTER_MS`] after the conflict's
//! reference moment (the moment of the criterion that makes it a conflict: minimum TTC
//! when within the TTC level, else the PET moment; see [`reference_ms`]). Each pair crosses once in these data
//! sets, so the pair identifies the interaction; the window only rejects warnings that
//! cannot be about it.
//!
//! - **Recall** = true conflicts matched by a warning event / true conflicts.
//! - **Precision** = warning events that match a true conflict / warning events. Risks
//!   whose road users have no truth row (never happens with these data) are their own
//!   unmatched events.
//! - **Lead time** of a detected conflict = its reference moment − the first risk's
//!   raise time (the DENM *new* goes out in the same detector cycle).
//! - **False alarms per hour** = unmatched warning events per simulated hour, over the
//!   mixed runs and over runs of safe-only traffic (no conflict episodes).
//!
//! The DENM lifecycle is checked over the whole run: referenceTime strictly increases per
//! actionId, every risk that ended got a cancellation, no actionId is reused while its
//! last DENM is valid, and every DENM decodes with `cits_etsi` (rasn, generated from the
//! ETSI ASN.1) to what was sent.

use std::collections::{BTreeMap, HashMap, HashSet};

use cits_core::collisions::{CollisionConfig, CollisionDetector};
use cits_core::denm::{ActionId, DenmConfig, DenmEvent, DenmKind, DenmSender, Outcome};
use cits_etsi::denm_2_2_1::DENM;
use cits_proto::{CollisionRisk, RiskState};
use cits_sim::accuracy::chain::{self, Step};
use cits_sim::conflicts::{
    ConflictRow, CONFLICT_PET_S, CONFLICT_TTC_S, RECORD_PET_MAX_S, RECORD_TTC_MAX_S,
};
use cits_sim::scenario::Realism;
use cits_sim::truth::TruthRow;
use cits_sim::{generate, Config};

/// Seeds of the mixed runs (scripted conflicts, safe interactions and ordinary traffic).
const SEEDS: [u64; 4] = [1, 2, 3, 4];
/// Length of each run, minutes: over three cycles of the nine scripted episodes, so each
/// seed has about ten scripted conflicts.
const MINUTES: f64 = 3.0;
/// Seeds of the safe-only runs (no conflict episodes) for the false alarms per hour.
const SAFE_SEEDS: [u64; 2] = [11, 12];
/// Held-out seeds, never looked at while choosing the detector's rules and defaults: the
/// same scoring on them shows whether the figures above are overfitted.
const HELD_OUT_SEEDS: [u64; 4] = [5, 6, 7, 8];
/// Held-out safe-only seeds.
const HELD_OUT_SAFE_SEEDS: [u64; 2] = [13, 14];
/// A warning raised this long before a conflict's reference moment can still be about
/// it, ms: the 4 s prediction horizon plus the 3 s TTC raise level.
const MATCH_BEFORE_MS: i64 = 7_000;
/// A warning raised this long after the reference moment still counts (too late to be
/// useful, which the lead time shows), ms.
const MATCH_AFTER_MS: i64 = 1_000;
/// A trajectory key's truth row may be this much newer than the risk's timestamp, ms:
/// camera 1's objects are measured 60 ms before the CPM's reference time.
const TRUTH_LOOKUP_SLACK_MS: i64 = 100;
/// Event-level precision and recall floors (issue 10).
const MIN_PRECISION: f64 = 0.9;
const MIN_RECALL: f64 = 0.9;
/// Median warning lead time floor, s (issue 10).
const MIN_MEDIAN_LEAD_S: f64 = 2.0;

/// False alarms and misses printed one by one by default (all are counted in the
/// breakdown); `CITS_WARNINGS_SHOWN` overrides it for a closer look.
const FALSE_ALARMS_SHOWN: usize = 20;
/// Environment variable with the number of false alarms and misses to print.
const SHOWN_ENV: &str = "CITS_WARNINGS_SHOWN";
/// Environment variable with detector settings over the defaults ([`tuned`]): the one the
/// collisions module reads, so a deploy setting can be scored before it is deployed.
const TUNE_ENV: &str = cits_core::collisions::SETTINGS_ENV;
/// Environment variable with another conflict definition to score against, a what-if
/// view for the planning of the floors ([`definition`]); the floors are asserted only
/// against the truth's own definition.
const CONFLICT_ENV: &str = "CITS_WARNINGS_CONFLICT";
/// Environment variable that, set to 1, generates the runs with perfect sensors
/// ([`Realism::NONE`]: no missed detections, occlusions, id switches or jumps) to show
/// how much of the scores the sensor imperfections cost.
const PERFECT_SENSORS_ENV: &str = "CITS_WARNINGS_PERFECT_SENSORS";

/// A run of `seed`, with perfect sensors when [`PERFECT_SENSORS_ENV`] says so.
fn config(seed: u64) -> Config {
    let mut config = Config::new(seed, MINUTES).unwrap();
    if std::env::var(PERFECT_SENSORS_ENV).is_ok_and(|v| v == "1") {
        config.realism = Realism::NONE;
    }
    config
}

/// Truth lookup: trajectory key → (time, true object id), by time.
type KeyIndex = HashMap<String, Vec<(i64, u32)>>;

fn key_index(truth: &[TruthRow]) -> KeyIndex {
    let mut index: KeyIndex = HashMap::new();
    for r in truth {
        index
            .entry(format!("{}/{}", r.station_id, r.object_id))
            .or_default()
            .push((r.time_ms, r.true_object_id));
    }
    for rows in index.values_mut() {
        rows.sort_unstable();
    }
    index
}

/// The true object a trajectory key named at `t_ms`.
fn true_id(index: &KeyIndex, key: &str, t_ms: i64) -> Option<u32> {
    let rows = index.get(key)?;
    let i = rows.partition_point(|(t, _)| *t <= t_ms + TRUTH_LOOKUP_SLACK_MS);
    rows.get(i.checked_sub(1)?).map(|(_, id)| *id)
}

/// One raised risk as the test sees it.
#[derive(Debug, Clone)]
struct Raised {
    risk_id: String,
    pair: Option<(u32, u32)>,
    raised_ms: i64,
    /// Whether the raising record had a TTC (else only a PET).
    by_ttc: bool,
    /// What the raising record said (for the false-alarm printout).
    what: String,
    /// What the car truly did around the raise ([`car_behaviour`]).
    car_next: &'static str,
}

/// What one run produced.
#[derive(Debug, Default)]
struct Run {
    hours: f64,
    conflicts: Vec<ConflictRow>,
    raised: Vec<Raised>,
    denms: [u64; 3],
    lifecycle_violations: Vec<String>,
}

/// A road user's predicted speed at the first point of its path, m/s.
fn speed(u: &Option<cits_proto::RoadUser>) -> f64 {
    u.as_ref()
        .and_then(|u| u.path.first())
        .map_or(f64::NAN, |p| p.speed_mps)
}

/// How far a road user's predicted path turns from its first to its last point, degrees.
fn turn(u: &Option<cits_proto::RoadUser>) -> f64 {
    u.as_ref()
        .and_then(|u| Some((u.path.first()?.heading_deg, u.path.last()?.heading_deg)))
        .map_or(f64::NAN, |(a, b)| (b - a + 540.0).rem_euclid(360.0) - 180.0)
}

/// The reference moment of a true conflict: the moment of the criterion that makes it one
/// — minimum TTC when that is within the TTC level, else the PET moment when the PET is
/// within its level. A pair that crosses 0.7 s apart after a momentary TTC of 2 s is a
/// conflict because of its PET, so a warning is measured against the encroachment, not
/// against the earlier, harmless TTC minimum. Rows that are not conflicts (printouts):
/// minimum TTC, else the PET moment.
fn reference_ms(c: &ConflictRow) -> Option<i64> {
    let (ttc_level, pet_level) = definition();
    let by_ttc = c.min_ttc.filter(|(_, ttc)| *ttc <= ttc_level);
    let by_pet = c.pet.filter(|(_, pet)| *pet <= pet_level);
    by_ttc.or(by_pet).or(c.min_ttc).or(c.pet).map(|(t, _)| t)
}

/// The conflict definition scored against, (TTC level, PET level) in s: the truth's
/// ([`CONFLICT_TTC_S`], [`CONFLICT_PET_S`], as `conflicts.csv` marks them), or for a
/// what-if view the levels in [`CONFLICT_ENV`] (e.g. `ttc=3.0,pet=2.0`, the SUMO SSM
/// defaults of the reference facts), at most the levels `conflicts.csv` records rows to.
fn definition() -> (f64, f64) {
    let mut levels = (CONFLICT_TTC_S, CONFLICT_PET_S);
    if let Some(v) = what_if() {
        for kv in v.split(',').filter(|kv| !kv.trim().is_empty()) {
            let parsed = kv
                .split_once('=')
                .and_then(|(k, v)| Some((k, v.parse::<f64>().ok()?)));
            match parsed {
                Some(("ttc", f)) if f <= RECORD_TTC_MAX_S => levels.0 = f,
                Some(("pet", f)) if f <= RECORD_PET_MAX_S => levels.1 = f,
                _ => panic!(
                    "{CONFLICT_ENV}: `{kv}` is not ttc=<s ≤ {RECORD_TTC_MAX_S}> or \
                     pet=<s ≤ {RECORD_PET_MAX_S}>"
                ),
            }
        }
    }
    levels
}

/// The what-if conflict definition of [`CONFLICT_ENV`], when one is set.
fn what_if() -> Option<String> {
    std::env::var(CONFLICT_ENV)
        .ok()
        .filter(|v| !v.trim().is_empty())
}

/// Whether a row is a true conflict by [`definition`] (by default [`ConflictRow::conflict`]).
fn is_conflict(c: &ConflictRow) -> bool {
    let (ttc_level, pet_level) = definition();
    c.min_ttc.is_some_and(|(_, ttc)| ttc <= ttc_level)
        || c.pet.is_some_and(|(_, pet)| pet <= pet_level)
}

/// A car faster than this is moving, m/s; slower, it stands.
const MOVING_MPS: f64 = 1.0;
/// A car slower than this has stopped, m/s.
const STOPPED_MPS: f64 = 0.5;
/// How far after a raise the printout looks for the car stopping, ms: the 4 s horizon.
const BEHAVIOUR_AFTER_MS: i64 = 4_000;
/// Braking harder than this over the last [`SPEED_BASELINE_MS`] before a raise was
/// visible to the detector, m/s² (well above the sensors' speed noise over that span).
const VISIBLE_BRAKING_MPS2: f64 = 1.0;
/// Baseline of the true speeds the printout derives from true positions, ms.
const SPEED_BASELINE_MS: i64 = 500;

/// True speed over the [`SPEED_BASELINE_MS`] ending at `t_ms`, m/s.
fn true_speed(track: &[(i64, [f64; 2])], t_ms: i64) -> Option<f64> {
    let at = |t: i64| {
        let i = track.partition_point(|(ti, _)| *ti <= t);
        track.get(i.checked_sub(1)?).copied()
    };
    let (t1, p1) = at(t_ms)?;
    let (t0, p0) = at(t1 - SPEED_BASELINE_MS)?;
    (t1 > t0).then(|| (p1[0] - p0[0]).hypot(p1[1] - p0[1]) * 1000.0 / (t1 - t0) as f64)
}

/// What the car truly did around a raise at `t_ms`: the view that shows how much of a
/// false alarm was knowable then (a car that will yield looks like one that will not
/// until it brakes).
fn car_behaviour(track: Option<&Vec<(i64, [f64; 2])>>, t_ms: i64) -> &'static str {
    let Some(track) = track else {
        return "car without truth";
    };
    let Some(v) = true_speed(track, t_ms) else {
        return "car without truth";
    };
    if v <= MOVING_MPS {
        return "the car stood at the raise";
    }
    let stops = (t_ms..=t_ms + BEHAVIOUR_AFTER_MS)
        .step_by(100)
        .filter_map(|t| true_speed(track, t))
        .any(|v| v < STOPPED_MPS);
    let braking = true_speed(track, t_ms - SPEED_BASELINE_MS).is_some_and(|before| {
        (before - v) * 1000.0 / SPEED_BASELINE_MS as f64 >= VISIBLE_BRAKING_MPS2
    });
    match (stops, braking) {
        (true, true) => "the car stopped within 4 s, braking visible at the raise",
        (true, false) => "the car stopped within 4 s, not yet braking at the raise",
        (false, _) => "the car kept going",
    }
}

/// Runs the chain over one generated data set.
fn run(config: &Config) -> Run {
    let data = generate(config, &mut |_, _| {}).unwrap();
    let index = key_index(&data.truth);
    let tracks = cits_sim::truth::local_tracks(&data.truth);
    let mut detector = CollisionDetector::new(tuned());
    let mut sender = DenmSender::new(DenmConfig::default());
    let mut checker = LifecycleChecker::default();
    let mut out = Run {
        hours: config.duration_ms as f64 / 3_600_000.0,
        conflicts: data.conflicts.clone(),
        ..Run::default()
    };
    let mut handle = |risks: Vec<CollisionRisk>,
                      now_ms: i64,
                      out: &mut Run,
                      sender: &mut DenmSender| {
        for risk in risks {
            checker.risk(&risk);
            if risk.state == RiskState::Active as i32
                && !out.raised.iter().any(|r| r.risk_id == risk.risk_id)
            {
                let user = |u: &Option<cits_proto::RoadUser>| {
                    u.as_ref()
                        .and_then(|u| true_id(&index, &u.trajectory_key, risk.timestamp_ms))
                };
                let pair = user(&risk.vehicle).zip(user(&risk.other));
                let class =
                    |u: &Option<cits_proto::RoadUser>| u.as_ref().map_or(0, |u| u.object_class);
                out.raised.push(Raised {
                    risk_id: risk.risk_id.clone(),
                    pair,
                    raised_ms: risk.detected_ms,
                    by_ttc: risk.ttc_s.is_some(),
                    car_next: pair.map_or("car without truth", |(car, _)| {
                        car_behaviour(tracks.get(&car), risk.detected_ms)
                    }),
                    what: format!(
                        "raised with ttc {:?} pet {:?} p {:.2} kind {} vru class {} speeds {:.1}/{:.1} turns {:.0}°/{:.0}°",
                        risk.ttc_s.map(|t| (t * 100.0).round() / 100.0),
                        risk.pet_s.map(|t| (t * 100.0).round() / 100.0),
                        risk.probability,
                        risk.kind,
                        class(&risk.other),
                        speed(&risk.vehicle),
                        speed(&risk.other),
                        turn(&risk.vehicle),
                        turn(&risk.other)
                    ),
                });
            }
            match sender.on_risk(&risk, now_ms.max(risk.timestamp_ms)) {
                Ok(Outcome::Send(denm)) => {
                    out.denms[denm.kind as usize] += 1;
                    checker.denm(&denm);
                }
                Ok(Outcome::Suppressed(_)) => {}
                Err(e) => checker.violation(format!("risk {} rejected: {e}", risk.risk_id)),
            }
        }
    };
    let mut watermark = i64::MIN;
    for step in chain::predictions(&data).unwrap() {
        match step {
            Step::Prediction {
                prediction,
                watermark_ms,
            } => {
                let risks = detector.process(&prediction).unwrap();
                handle(risks, watermark_ms, &mut out, &mut sender);
            }
            Step::EndOfCpm { watermark_ms } => {
                watermark = watermark_ms;
                let ended = detector.tick(watermark);
                handle(ended, watermark, &mut out, &mut sender);
                sender.expire(watermark);
            }
        }
    }
    // End of the recording: every road user leaves, every open risk ends.
    let end = watermark + CollisionConfig::default().max_age_ms + 1;
    let ended = detector.tick(end);
    handle(ended, end, &mut out, &mut sender);
    out.lifecycle_violations = checker.finish();
    out
}

/// The detector's configuration: the defaults, or for exploring the trade-offs the
/// settings in `CITS_COLLISION_CONFIG` (e.g. `ttc=2.0,pet=1.0,p=0.7`, read as the
/// collisions module reads it: `CollisionConfig::from_settings`). The printed table says
/// which was used.
fn tuned() -> CollisionConfig {
    let settings = std::env::var(TUNE_ENV).unwrap_or_default();
    CollisionConfig::from_settings(&settings).unwrap_or_else(|e| panic!("{TUNE_ENV}: {e}"))
}

/// The DENM lifecycle rules, checked as the DENMs go out.
#[derive(Default)]
struct LifecycleChecker {
    /// Risk ids that ended, and those whose DENM lifecycle was cancelled.
    ended: HashSet<String>,
    announced: HashSet<String>,
    cancelled: HashSet<String>,
    /// Last referenceTime per actionId, and until when its last DENM is valid.
    last_reference: HashMap<ActionId, i64>,
    valid_until: HashMap<ActionId, i64>,
    /// The risk each actionId currently belongs to.
    owner: HashMap<ActionId, String>,
    violations: Vec<String>,
    decoded: u64,
}

impl LifecycleChecker {
    fn violation(&mut self, v: String) {
        if self.violations.len() < 20 {
            self.violations.push(v);
        }
    }

    fn risk(&mut self, risk: &CollisionRisk) {
        if risk.state == RiskState::Ended as i32 {
            self.ended.insert(risk.risk_id.clone());
        }
    }

    fn denm(&mut self, denm: &DenmEvent) {
        let id = denm.action_id;
        match denm.kind {
            DenmKind::New => {
                self.announced.insert(denm.risk_id.clone());
                if let Some(until) = self.valid_until.get(&id) {
                    if *until > denm.reference_ms {
                        self.violation(format!(
                            "actionId {id} reused at {} while valid until {until}",
                            denm.reference_ms
                        ));
                    }
                }
                self.owner.insert(id, denm.risk_id.clone());
            }
            DenmKind::Update | DenmKind::Cancel => {
                if self.owner.get(&id) != Some(&denm.risk_id) {
                    self.violation(format!("{:?} of {id} for a foreign risk", denm.kind));
                }
                match self.last_reference.get(&id) {
                    Some(last) if denm.reference_ms > *last => {}
                    last => self.violation(format!(
                        "{:?} of {id}: referenceTime {} after {last:?}",
                        denm.kind, denm.reference_ms
                    )),
                }
                if denm.kind == DenmKind::Cancel {
                    self.cancelled.insert(denm.risk_id.clone());
                }
            }
        }
        self.last_reference.insert(id, denm.reference_ms);
        self.valid_until
            .insert(id, denm.detection_ms + i64::from(denm.validity_s) * 1_000);
        self.decode(denm);
    }

    /// Decodes the DENM with the ETSI types and compares what the lifecycle depends on.
    fn decode(&mut self, denm: &DenmEvent) {
        let bytes = match cits_core::denm::uper::encode(denm) {
            Ok(b) => b,
            Err(e) => return self.violation(format!("{} does not encode: {e}", denm.action_id)),
        };
        let etsi: DENM = match rasn::uper::decode(&bytes) {
            Ok(d) => d,
            Err(e) => return self.violation(format!("{} does not decode: {e}", denm.action_id)),
        };
        self.decoded += 1;
        let m = &etsi.denm.management;
        // TimestampIts: ms since 2004-01-01T00:00:00Z plus the 5 leap seconds since.
        let its = |unix_ms: i64| u64::try_from(unix_ms - 1_072_915_200_000 + 5_000).unwrap();
        let ok = m.action_id.originating_station_id.0 == denm.action_id.station_id
            && m.action_id.sequence_number.0 == denm.action_id.sequence
            && m.reference_time.0 == its(denm.reference_ms)
            && m.detection_time.0 == its(denm.detection_ms)
            && m.termination.is_some() == (denm.kind == DenmKind::Cancel)
            && etsi.denm.situation.is_some() == (denm.kind != DenmKind::Cancel);
        if !ok {
            self.violation(format!(
                "{} {:?} decodes to something else",
                denm.action_id, denm.kind
            ));
        }
    }

    fn finish(mut self) -> Vec<String> {
        let mut missing: Vec<&String> = self
            .announced
            .iter()
            .filter(|r| !self.cancelled.contains(*r))
            .collect();
        missing.sort();
        let missing: Vec<String> = missing.into_iter().cloned().collect();
        for r in missing {
            let why = if self.ended.contains(&r) {
                "ended"
            } else {
                "never ended"
            };
            self.violation(format!("risk {r} ({why}) got no cancellation"));
        }
        if self.decoded == 0 {
            self.violation("no DENM at all".into());
        }
        self.violations
    }
}

/// Event-level scores of a set of runs.
#[derive(Debug, Default)]
struct Scores {
    /// Per kind: (true conflicts, detected, lead times s).
    per_kind: BTreeMap<&'static str, (u64, u64, Vec<f64>)>,
    events: u64,
    matched_events: u64,
    hours: f64,
    /// Unmatched events with what they were about (for the printout).
    false_alarms: Vec<String>,
    /// Scripted and unscripted true conflicts: (true conflicts, detected).
    by_origin: BTreeMap<&'static str, (u64, u64)>,
    /// True conflicts no warning matched, with the pair's risks (for the printout).
    missed: Vec<String>,
    /// Unmatched events by what raised them and what the truth says about the pair.
    breakdown: BTreeMap<String, u64>,
    /// Unmatched events by how close the pair truly came ([`closeness`]): an extra view,
    /// not the scoring (a false alarm is one by the strict conflict definition).
    closeness: BTreeMap<&'static str, u64>,
    /// Unmatched events by what the car truly did around the raise ([`car_behaviour`]).
    car_next: BTreeMap<&'static str, u64>,
    /// Missed true conflicts by cause ([`miss_cause`]).
    miss_causes: BTreeMap<&'static str, u64>,
    denms: [u64; 3],
    violations: Vec<String>,
}

impl Scores {
    fn add(&mut self, seed: u64, run: &Run) {
        self.hours += run.hours;
        for (total, n) in self.denms.iter_mut().zip(run.denms) {
            *total += n;
        }
        self.violations.extend(
            run.lifecycle_violations
                .iter()
                .map(|v| format!("seed {seed}: {v}")),
        );
        // Warning events: risks grouped by true pair (unknown pairs each on their own).
        let mut by_pair: HashMap<(u32, u32), Vec<&Raised>> = HashMap::new();
        for r in &run.raised {
            match r.pair {
                Some(p) => by_pair.entry(p).or_default().push(r),
                None => {
                    self.events += 1;
                    self.false_alarms
                        .push(format!("seed {seed}: {} (no truth)", r.risk_id));
                }
            }
        }
        let true_conflicts: Vec<&ConflictRow> =
            run.conflicts.iter().filter(|c| is_conflict(c)).collect();
        for c in &true_conflicts {
            let kind = c.kind.name();
            let entry = self.per_kind.entry(kind).or_default();
            entry.0 += 1;
            let origin = self
                .by_origin
                .entry(if c.scenario.is_scripted() {
                    "scripted"
                } else {
                    "unscripted"
                })
                .or_default();
            origin.0 += 1;
            let Some(t_ref) = reference_ms(c) else {
                continue;
            };
            let first = by_pair
                .get(&(c.car_true_object_id, c.vru_true_object_id))
                .into_iter()
                .flatten()
                .map(|r| r.raised_ms)
                .filter(|t| (t_ref - MATCH_BEFORE_MS..=t_ref + MATCH_AFTER_MS).contains(t))
                .min();
            if let Some(first) = first {
                entry.1 += 1;
                entry.2.push((t_ref - first) as f64 / 1000.0);
                origin.1 += 1;
            } else {
                let pair_risks = by_pair
                    .get(&(c.car_true_object_id, c.vru_true_object_id))
                    .map_or(0, Vec::len);
                *self
                    .miss_causes
                    .entry(miss_cause(c, pair_risks))
                    .or_default() += 1;
                let raised: Vec<i64> = by_pair
                    .get(&(c.car_true_object_id, c.vru_true_object_id))
                    .into_iter()
                    .flatten()
                    .map(|r| (r.raised_ms - t_ref) / 100)
                    .collect();
                self.missed.push(format!(
                    "seed {seed}: {kind} {} car {} vru {} at {t_ref}: ttc {:?} pet {:?}; risks of \
                     the pair at (0.1 s from it) {raised:?}",
                    c.scenario.name(),
                    c.car_true_object_id,
                    c.vru_true_object_id,
                    c.min_ttc.map(|m| m.1),
                    c.pet.map(|p| p.1)
                ));
            }
        }
        for (pair, risks) in &by_pair {
            // Risks inside a conflict's window form one matched event; the others one
            // unmatched event per pair.
            let (inside, outside): (Vec<&&Raised>, Vec<&&Raised>) = risks.iter().partition(|r| {
                true_conflicts.iter().any(|c| {
                    (c.car_true_object_id, c.vru_true_object_id) == *pair
                        && reference_ms(c).is_some_and(|t| {
                            (t - MATCH_BEFORE_MS..=t + MATCH_AFTER_MS).contains(&r.raised_ms)
                        })
                })
            });
            if !inside.is_empty() {
                self.events += 1;
                self.matched_events += 1;
            }
            if let Some(first) = outside.iter().min_by_key(|r| r.raised_ms) {
                self.events += 1;
                let row = run
                    .conflicts
                    .iter()
                    .find(|c| (c.car_true_object_id, c.vru_true_object_id) == *pair);
                let about = row.map_or("not in conflicts.csv".to_string(), |c| {
                    format!(
                        "{} {} ttc {:?} pet {:?}",
                        c.kind.name(),
                        c.scenario.name(),
                        c.min_ttc,
                        c.pet
                    )
                });
                self.false_alarms.push(format!(
                    "seed {seed}: car {} vru {} at {}: {}; truth: {about}",
                    pair.0, pair.1, first.raised_ms, first.what
                ));
                let truth = row.map_or(
                    "no close approach (not in conflicts.csv)".to_string(),
                    |c| format!("{} {}", c.kind.name(), c.scenario.name()),
                );
                *self.closeness.entry(closeness(row)).or_default() += 1;
                *self.car_next.entry(first.car_next).or_default() += 1;
                let trigger = if first.by_ttc { "TTC" } else { "PET" };
                *self
                    .breakdown
                    .entry(format!("raised by {trigger}, truth: {truth}"))
                    .or_default() += 1;
            }
        }
    }

    fn recall(&self) -> f64 {
        let (n, hit) = self
            .per_kind
            .values()
            .fold((0, 0), |(n, h), (a, b, _)| (n + a, h + b));
        ratio(hit, n)
    }

    fn precision(&self) -> f64 {
        ratio(self.matched_events, self.events)
    }

    fn leads(&self) -> Vec<f64> {
        let mut all: Vec<f64> = self.per_kind.values().flat_map(|v| v.2.clone()).collect();
        all.sort_by(f64::total_cmp);
        all
    }

    fn false_alarms_per_hour(&self) -> f64 {
        (self.events - self.matched_events) as f64 / self.hours
    }
}

/// How close a falsely alarmed pair truly came, by its true min TTC / PET (the
/// reference levels 3 s / 2 s the detector raises at, the 3 s recording levels of
/// `conflicts.csv`, or not at all).
fn closeness(row: Option<&ConflictRow>) -> &'static str {
    let Some(c) = row else {
        return "never close (not in conflicts.csv)";
    };
    let ttc = c.min_ttc.map_or(f64::INFINITY, |(_, t)| t);
    let pet = c.pet.map_or(f64::INFINITY, |(_, p)| p);
    if ttc <= 3.0 || pet <= 2.0 {
        "near conflict (true TTC <= 3 s or PET <= 2 s)"
    } else {
        "came close (true TTC or PET <= 3 s, beyond the above)"
    }
}

/// Why a true conflict was missed: the pair had no risk at all, or only outside the
/// matching window; and whether its footprints truly overlapped (TTC 0).
fn miss_cause(c: &ConflictRow, pair_risks: usize) -> &'static str {
    let contact = c.min_ttc.is_some_and(|(_, t)| t == 0.0);
    match (pair_risks > 0, contact) {
        (false, true) => "no risk, footprints overlapped (true TTC 0)",
        (false, false) => "no risk",
        (true, true) => "risks only outside the window, true TTC 0",
        (true, false) => "risks only outside the window",
    }
}

fn ratio(a: u64, b: u64) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

fn median(sorted: &[f64]) -> Option<f64> {
    let n = sorted.len();
    (n > 0).then(|| {
        if n % 2 == 1 {
            sorted[n / 2]
        } else {
            (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0
        }
    })
}

/// Runs the mixed and the safe-only seeds and prints the table.
fn evaluate(seeds: &[u64], safe_seeds: &[u64]) -> (Scores, Scores) {
    let mut mixed = Scores::default();
    for &seed in seeds {
        mixed.add(seed, &run(&config(seed)));
    }
    let mut safe = Scores::default();
    for &seed in safe_seeds {
        let mut config = config(seed);
        config.conflict_episodes = false;
        safe.add(seed, &run(&config));
    }
    if std::env::var(PERFECT_SENSORS_ENV).is_ok_and(|v| v == "1") {
        println!("sensors: perfect ({PERFECT_SENSORS_ENV}=1)");
    }
    if let Some(v) = what_if() {
        let (ttc, pet) = definition();
        println!("what-if: true conflict = TTC ≤ {ttc} s or PET ≤ {pet} s ({CONFLICT_ENV}={v})");
    }
    println!(
        "detector: {} ({})",
        std::env::var(TUNE_ENV).map_or("defaults".to_string(), |v| format!("{TUNE_ENV}={v}")),
        tuned().settings()
    );
    println!(
        "seeds {seeds:?} × {MINUTES} min (mixed), {safe_seeds:?} × {MINUTES} min (safe only); \
         window {MATCH_BEFORE_MS} ms before .. {MATCH_AFTER_MS} ms after the reference moment"
    );
    println!(
        "{:<12} {:>9} {:>8} {:>7} {:>12} {:>12}",
        "kind", "conflicts", "warned", "recall", "median lead", "min lead"
    );
    for (kind, (n, hit, leads)) in &mixed.per_kind {
        let mut leads = leads.clone();
        leads.sort_by(f64::total_cmp);
        println!(
            "{kind:<12} {n:>9} {hit:>8} {:>6.1}% {:>11} {:>11}",
            100.0 * ratio(*hit, *n),
            median(&leads).map_or("-".into(), |m| format!("{m:.2} s")),
            leads.first().map_or("-".into(), |m| format!("{m:.2} s")),
        );
    }
    for (origin, (n, hit)) in &mixed.by_origin {
        println!(
            "{origin} conflicts: {hit} of {n} warned ({:.1} %)",
            100.0 * ratio(*hit, *n)
        );
    }
    let leads = mixed.leads();
    println!(
        "all: recall {:.1} %, precision {:.1} % ({} of {} warning events), median lead {}, \
         false alarms {:.1}/h mixed, {:.1}/h safe-only ({} events in {:.2} h)",
        100.0 * mixed.recall(),
        100.0 * mixed.precision(),
        mixed.matched_events,
        mixed.events,
        median(&leads).map_or("-".into(), |m| format!("{m:.2} s")),
        mixed.false_alarms_per_hour(),
        safe.false_alarms_per_hour(),
        safe.events - safe.matched_events,
        safe.hours,
    );
    println!(
        "DENMs: {} new, {} updates, {} cancellations (mixed); {} new (safe only)",
        mixed.denms[0], mixed.denms[1], mixed.denms[2], safe.denms[0]
    );
    let mut breakdown = mixed.breakdown.clone();
    for (k, n) in &safe.breakdown {
        *breakdown.entry(k.clone()).or_default() += n;
    }
    let mut breakdown: Vec<(String, u64)> = breakdown.into_iter().collect();
    breakdown.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    println!("false alarms (mixed and safe-only) by cause:");
    for (k, n) in breakdown {
        println!("  {n:>5} {k}");
    }
    let mut closeness = mixed.closeness.clone();
    for (k, n) in &safe.closeness {
        *closeness.entry(k).or_default() += n;
    }
    println!("false alarms (mixed and safe-only) by the pair's true closeness (not the scoring):");
    for (k, n) in &closeness {
        println!("  {n:>5} {k}");
    }
    let mut car_next = mixed.car_next.clone();
    for (k, n) in &safe.car_next {
        *car_next.entry(k).or_default() += n;
    }
    println!("false alarms (mixed and safe-only) by what the car truly did (not the scoring):");
    for (k, n) in &car_next {
        println!("  {n:>5} {k}");
    }
    println!("missed conflicts by cause:");
    for (k, n) in &mixed.miss_causes {
        println!("  {n:>5} {k}");
    }
    let shown = std::env::var(SHOWN_ENV)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(FALSE_ALARMS_SHOWN);
    for m in mixed.missed.iter().take(shown) {
        println!("  missed: {m}");
    }
    for fa in mixed
        .false_alarms
        .iter()
        .chain(&safe.false_alarms)
        .take(shown)
    {
        println!("  false alarm: {fa}");
    }
    (mixed, safe)
}

/// What holds today: every DENM encodes, decodes with the ETSI types and follows the
/// lifecycle rules, and the detector finds conflicts at all.
#[test]
fn denm_lifecycle_holds_over_generated_runs() {
    let (mixed, safe) = evaluate(&SEEDS, &SAFE_SEEDS);
    let violations: Vec<&String> = mixed.violations.iter().chain(&safe.violations).collect();
    assert!(
        violations.is_empty(),
        "lifecycle violations: {violations:#?}"
    );
    assert!(mixed.denms[0] > 0, "no DENM");
    assert_eq!(
        mixed.denms[0], mixed.denms[2],
        "every new DENM is cancelled by the end of the run"
    );
}

/// Issue 10's floors: event-level precision and recall ≥ 0.9, median lead ≥ 2 s.
#[test]
#[ignore = "pending (issue 10): precision 83.1 % < 0.9 and median lead 1.94 s < 2 s on the training seeds (recall 92.5 %; README, collision warnings)"]
fn detector_warns_in_time() {
    let (mixed, _) = evaluate(&SEEDS, &SAFE_SEEDS);
    assert_floors(&mixed);
}

/// The same floors on held-out seeds (overfitting check).
#[test]
#[ignore = "pending (issue 10): precision 77.5 % < 0.9 on the held-out seeds (recall 91.9 %, median lead 2.04 s)"]
fn detector_warns_in_time_on_held_out_seeds() {
    let (mixed, _) = evaluate(&HELD_OUT_SEEDS, &HELD_OUT_SAFE_SEEDS);
    assert_floors(&mixed);
}

fn assert_floors(mixed: &Scores) {
    assert!(
        what_if().is_none(),
        "{CONFLICT_ENV} is a what-if view: the floors hold against the truth's definition only"
    );
    let lead = median(&mixed.leads()).unwrap_or(0.0);
    assert!(
        mixed.recall() >= MIN_RECALL,
        "recall {:.3} < {MIN_RECALL}",
        mixed.recall()
    );
    assert!(
        mixed.precision() >= MIN_PRECISION,
        "precision {:.3} < {MIN_PRECISION}",
        mixed.precision()
    );
    assert!(
        lead >= MIN_MEDIAN_LEAD_S,
        "median lead {lead:.2} s < {MIN_MEDIAN_LEAD_S} s"
    );
}
