//! Hostile input never panics a stage (issue 12 item 7). Every stage's core is fed what its
//! module's shell hands it — the protobuf of its input topic, decoded with prost — made
//! from **realistic records** (a generated run's own messages at every stage boundary, and
//! the stateful stages' changelog states) that are **truncated, bit-flipped, spliced,
//! repeated or replaced by random bytes**. One long-lived instance of each stage takes all
//! cases in turn, as a running module would. Properties:
//!
//! - no stage panics (proptest turns a panic into a failing, shrunk case);
//! - the state of every stage stays within its documented caps, however much garbage came;
//! - every DENM the sender emits for a hostile risk encodes to UPER that an independent
//!   decoder (rasn, types generated from the ETSI ASN.1 by `cits-etsi`) reads back with the
//!   same actionId — a garbage risk must not become an unreadable message on the air.
//!
//! The fuzz target (`crates/cits-core/fuzz`, `make fuzz`) covers the ASN.1 decoder with
//! coverage guidance; this test covers the stages behind it, which a fuzzer of the CPM
//! bytes never reaches with odd values (a decoded CPM is already checked).

use std::cell::RefCell;
use std::sync::Arc;

use cits_core::assembler::{Assembler, AssemblerConfig};
use cits_core::collector::{collect, collect_checked, StationClocks};
use cits_core::collisions::{CollisionConfig, CollisionDetector};
use cits_core::decoder::{decode_cpm, decode_cpm_payload};
use cits_core::denm::{DenmConfig, DenmSender, Outcome, MAX_LIFECYCLES};
use cits_core::lanes::LaneGraph;
use cits_core::matcher::MapMatcher;
use cits_core::predictor::{Predictor, PredictorConfig};
use cits_etsi::denm_2_2_1::DENM;
use cits_proto::{
    CitsMessage, CollisionRisk, Cpm, Encoding, Location, MatchedTrajectory, MessageKind,
    Prediction, Trajectory,
};
use cits_sim::{generate, Config};
use proptest::prelude::*;
use proptest::test_runner::{Config as RunnerConfig, TestCaseError, TestRunner};
use prost::Message as _;

/// Length of the generated run the realistic records come from, minutes: one cycle of the
/// scripted conflict episodes, so risks and DENM states are among them.
const CORPUS_MINUTES: f64 = 1.0;
/// Most records kept per kind (evenly sampled): enough variety, little memory.
const CORPUS_PER_KIND: usize = 2_000;
/// Hostile cases per run: each costs microseconds to a millisecond (matcher, predictor),
/// so the test stays within seconds in release builds while every kind gets over ten thousand.
const HOSTILE_CASES: u32 = 100_000;
/// Longest random byte string of a case, bytes: beyond the largest realistic record here
/// (a trajectory window or a prediction), small enough to keep cases fast.
const MAX_RANDOM_BYTES: usize = 4_096;

/// What a case feeds, in pipeline order; the last four are changelog states.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Raw,
    Cpm,
    Location,
    Trajectory,
    Matched,
    Prediction,
    Risk,
    AssemblerState,
    MatcherState,
    DetectorState,
    DenmState,
}

const KINDS: [Kind; 11] = [
    Kind::Raw,
    Kind::Cpm,
    Kind::Location,
    Kind::Trajectory,
    Kind::Matched,
    Kind::Prediction,
    Kind::Risk,
    Kind::AssemblerState,
    Kind::MatcherState,
    Kind::DetectorState,
    Kind::DenmState,
];

/// How a realistic record is made hostile.
#[derive(Debug, Clone)]
enum Mutation {
    /// Cut at this fraction of its length.
    Truncate(f64),
    /// Flip these bits (positions taken modulo the length).
    FlipBits(Vec<usize>),
    /// The head of this record up to a cut, then the tail of another record of the kind.
    Splice(prop::sample::Index, f64),
    /// The record twice in a row (a repeated field or a duplicated frame).
    Doubled,
    /// Random bytes instead of the record.
    Random(Vec<u8>),
    /// Set this byte (position modulo the length) to this value: varint lengths and
    /// tags run wild.
    SetByte(usize, u8),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        (0.0..1.0f64).prop_map(Mutation::Truncate),
        prop::collection::vec(any::<usize>(), 1..8).prop_map(Mutation::FlipBits),
        (any::<prop::sample::Index>(), 0.0..1.0f64).prop_map(|(i, f)| Mutation::Splice(i, f)),
        Just(Mutation::Doubled),
        prop::collection::vec(any::<u8>(), 0..MAX_RANDOM_BYTES).prop_map(Mutation::Random),
        (any::<usize>(), any::<u8>()).prop_map(|(p, b)| Mutation::SetByte(p, b)),
    ]
}

fn mutate(record: &[u8], mutation: &Mutation, same_kind: &[Vec<u8>]) -> Vec<u8> {
    let cut = |f: f64, len: usize| ((len as f64 * f) as usize).min(len);
    match mutation {
        Mutation::Truncate(f) => record[..cut(*f, record.len())].to_vec(),
        Mutation::FlipBits(bits) => {
            let mut out = record.to_vec();
            if !out.is_empty() {
                for bit in bits {
                    let at = (bit / 8) % out.len();
                    out[at] ^= 1 << (bit % 8);
                }
            }
            out
        }
        Mutation::Splice(other, f) => {
            let other = other.get(same_kind);
            let mut out = record[..cut(*f, record.len())].to_vec();
            out.extend_from_slice(&other[cut(*f, other.len())..]);
            out
        }
        Mutation::Doubled => [record, record].concat(),
        Mutation::Random(bytes) => bytes.clone(),
        Mutation::SetByte(at, value) => {
            let mut out = record.to_vec();
            if !out.is_empty() {
                let at = at % out.len();
                out[at] = *value;
            }
            out
        }
    }
}

/// Realistic encoded records per kind, and state keys of the stateful stages.
#[derive(Default)]
struct Corpus {
    records: Vec<Vec<Vec<u8>>>,
    assembler_keys: Vec<String>,
    matcher_keys: Vec<String>,
    detector_keys: Vec<String>,
    denm_keys: Vec<String>,
}

/// Keeps about `CORPUS_PER_KIND` of `all`, evenly spread.
fn sample<T>(all: Vec<T>) -> Vec<T> {
    let step = all.len().div_ceil(CORPUS_PER_KIND).max(1);
    all.into_iter().step_by(step).collect()
}

/// Runs the native chain over a generated data set and keeps every message it passes on.
fn corpus(lanes: &Arc<LaneGraph>, data: &cits_sim::Dataset) -> Corpus {
    let mut assembler = Assembler::new(AssemblerConfig::default()).with_change_tracking();
    let mut matcher = MapMatcher::new(lanes.clone()).with_change_tracking();
    let mut predictor = Predictor::new(lanes.clone(), PredictorConfig::default());
    let mut detector = CollisionDetector::new(CollisionConfig::default()).with_change_tracking();
    let mut sender = DenmSender::new(DenmConfig::default()).with_change_tracking();
    let mut all: Vec<Vec<Vec<u8>>> = vec![Vec::new(); KINDS.len()];
    let mut keys = (Vec::new(), Vec::new());
    let (mut matcher_keys, mut detector_keys) = (Vec::new(), Vec::new());
    let mut push = |kind: Kind, bytes: Vec<u8>| all[kind as usize].push(bytes);
    for entry in &data.recording {
        let raw = CitsMessage {
            kind: MessageKind::Cpm as i32,
            encoding: Encoding::Uper as i32,
            send_time_ms: entry.timestamp_ms,
            payload: entry.bytes.clone(),
            ..CitsMessage::default()
        };
        push(Kind::Raw, raw.encode_to_vec());
        let cpm = decode_cpm_payload(&entry.bytes, Encoding::Uper).expect("generated CPM");
        push(Kind::Cpm, cpm.encode_to_vec());
        for location in collect(&cpm).expect("generated CPM collects") {
            push(Kind::Location, location.encode_to_vec());
            let Ok(trajectory) = assembler.push(location) else {
                continue;
            };
            for (key, state) in assembler.take_changes() {
                if let Some(state) = state {
                    keys.0.push(key);
                    push(Kind::AssemblerState, state);
                }
            }
            push(Kind::Trajectory, trajectory.encode_to_vec());
            let Ok(matched) = matcher.process(&trajectory) else {
                continue;
            };
            for (key, state) in matcher.take_changes() {
                if let Some(state) = state {
                    matcher_keys.push(key);
                    push(Kind::MatcherState, state);
                }
            }
            push(Kind::Matched, matched.encode_to_vec());
            let Ok(Some(prediction)) = predictor.predict(&matched) else {
                continue;
            };
            push(Kind::Prediction, prediction.encode_to_vec());
            let risks = detector.process(&prediction).unwrap_or_default();
            for (key, state) in detector.take_changes() {
                if let Some(state) = state {
                    detector_keys.push(key);
                    push(Kind::DetectorState, state);
                }
            }
            for risk in risks {
                push(Kind::Risk, risk.encode_to_vec());
                if sender.on_risk(&risk, risk.timestamp_ms).is_ok() {
                    for (key, state) in sender.take_changes() {
                        if let Some(state) = state {
                            keys.1.push(key);
                            push(Kind::DenmState, state);
                        }
                    }
                }
            }
        }
    }
    for kind in KINDS {
        assert!(
            !all[kind as usize].is_empty(),
            "the generated run has no {kind:?} record to start from"
        );
    }
    Corpus {
        records: all.into_iter().map(sample).collect(),
        // The same sampling as the states', so a state's key is the one it was written
        // under (a restore checks that for the matcher and the detector).
        assembler_keys: sample(keys.0),
        matcher_keys: sample(matcher_keys),
        detector_keys: sample(detector_keys),
        denm_keys: sample(keys.1),
    }
}

/// One long-lived instance of every stage, as the modules hold them.
struct Stages {
    clocks: StationClocks,
    assembler: Assembler,
    matcher: MapMatcher,
    predictor: Predictor,
    detector: CollisionDetector,
    sender: DenmSender,
    /// Event time: the newest timestamp seen, moved on by every case.
    now_ms: i64,
    /// DENMs emitted for hostile risks and read back by rasn.
    denms_decoded: u64,
}

impl Stages {
    fn new(lanes: &Arc<LaneGraph>, start_ms: i64) -> Self {
        Self {
            clocks: StationClocks::default(),
            assembler: Assembler::new(AssemblerConfig::default()).with_change_tracking(),
            matcher: MapMatcher::new(lanes.clone()),
            predictor: Predictor::new(lanes.clone(), PredictorConfig::default()),
            detector: CollisionDetector::new(CollisionConfig::default()),
            sender: DenmSender::new(DenmConfig::default()).with_change_tracking(),
            now_ms: start_ms,
            denms_decoded: 0,
        }
    }

    /// What the module's shell does with one input record of `kind`: prost-decode it (a
    /// failure is a dead letter) and hand it to the stage; errors are dead letters too.
    fn feed(&mut self, kind: Kind, bytes: &[u8], key: &str) -> Result<(), TestCaseError> {
        self.now_ms += 10;
        match kind {
            Kind::Raw => {
                if let Ok(m) = CitsMessage::decode(bytes) {
                    let _ = decode_cpm(&m);
                }
            }
            Kind::Cpm => {
                if let Ok(cpm) = Cpm::decode(bytes) {
                    let _ = collect_checked(&cpm, &mut self.clocks, self.now_ms);
                }
            }
            Kind::Location => {
                if let Ok(l) = Location::decode(bytes) {
                    let _ = self.assembler.push(l);
                    let _ = self.assembler.take_changes();
                }
            }
            Kind::Trajectory => {
                if let Ok(t) = Trajectory::decode(bytes) {
                    let _ = self.matcher.process(&t);
                }
            }
            Kind::Matched => {
                if let Ok(m) = MatchedTrajectory::decode(bytes) {
                    let _ = self.predictor.predict(&m);
                }
            }
            Kind::Prediction => {
                if let Ok(p) = Prediction::decode(bytes) {
                    let _ = self.detector.process(&p);
                }
            }
            Kind::Risk => {
                if let Ok(risk) = CollisionRisk::decode(bytes) {
                    if let Ok(Outcome::Send(denm)) = self.sender.on_risk(&risk, self.now_ms) {
                        // The module drops a DENM that does not encode (an error, logged);
                        // one that encodes goes on the air and must be readable.
                        if let Ok(uper) = cits_core::denm::uper::encode(&denm) {
                            let etsi: DENM = rasn::uper::decode(&uper).map_err(|e| {
                                TestCaseError::fail(format!(
                                    "DENM {} from a hostile risk does not decode: {e}",
                                    denm.action_id
                                ))
                            })?;
                            prop_assert_eq!(
                                etsi.denm.management.action_id.sequence_number.0,
                                denm.action_id.sequence
                            );
                            self.denms_decoded += 1;
                        }
                    }
                    let _ = self.sender.take_changes();
                }
            }
            Kind::AssemblerState => {
                let _ = self.assembler.restore(key, bytes);
            }
            Kind::MatcherState => {
                let _ = self.matcher.restore(key, bytes);
            }
            Kind::DetectorState => {
                let _ = self.detector.restore(key, bytes);
            }
            Kind::DenmState => {
                let _ = self.sender.restore(key, bytes);
            }
        }
        // The modules' ticks, with the event time the cases moved on.
        self.assembler.evict_idle(self.now_ms);
        self.matcher.evict_idle(self.now_ms);
        let _ = self.detector.tick(self.now_ms);
        self.sender.expire(self.now_ms);
        Ok(())
    }
}

#[test]
fn hostile_records_never_panic_a_stage_nor_grow_its_state() {
    let data = generate(&Config::new(1, CORPUS_MINUTES).unwrap(), &mut |_, _| {}).unwrap();
    let lanes = Arc::new(LaneGraph::from_wkb(&data.car_wkb, &data.bike_wkb).unwrap());
    let corpus = corpus(&lanes, &data);
    let start_ms = data.recording.first().map_or(0, |e| e.timestamp_ms as i64);
    let stages = RefCell::new(Stages::new(&lanes, start_ms));
    let fed = RefCell::new([0u64; KINDS.len()]);
    let case = (
        prop::sample::select(KINDS.to_vec()),
        any::<prop::sample::Index>(),
        mutation(),
    );
    let mut runner = TestRunner::new(RunnerConfig {
        cases: HOSTILE_CASES,
        failure_persistence: None,
        ..RunnerConfig::default()
    });
    runner
        .run(&case, |(kind, index, mutation)| {
            let records = &corpus.records[kind as usize];
            let i = index.index(records.len());
            let hostile = mutate(&records[i], &mutation, records);
            let key = match kind {
                Kind::AssemblerState => {
                    corpus.assembler_keys[i % corpus.assembler_keys.len()].clone()
                }
                Kind::MatcherState => corpus.matcher_keys[i % corpus.matcher_keys.len()].clone(),
                Kind::DetectorState => corpus.detector_keys[i % corpus.detector_keys.len()].clone(),
                Kind::DenmState => corpus.denm_keys[i % corpus.denm_keys.len()].clone(),
                _ => String::new(),
            };
            fed.borrow_mut()[kind as usize] += 1;
            stages.borrow_mut().feed(kind, &hostile, &key)
        })
        .unwrap();

    let stages = stages.into_inner();
    let fed = fed.into_inner();
    println!(
        "hostile cases per kind {:?}: {fed:?}; DENMs from hostile risks decoded by rasn: {}",
        KINDS, stages.denms_decoded
    );
    for (kind, n) in KINDS.iter().zip(fed) {
        assert!(n > 0, "no case fed {kind:?}");
    }
    assert!(
        stages.denms_decoded > 0,
        "no hostile risk became a DENM: the DENM property was never checked"
    );
    let assembler_cap = AssemblerConfig::default().max_open_sessions;
    assert!(
        stages.assembler.open_sessions() <= assembler_cap,
        "assembler sessions {} > cap {assembler_cap}",
        stages.assembler.open_sessions()
    );
    let users_cap = CollisionConfig::default().max_users;
    assert!(
        stages.detector.user_count() <= users_cap,
        "detector users {} > cap {users_cap}",
        stages.detector.user_count()
    );
    assert!(
        stages.sender.open_lifecycles() <= MAX_LIFECYCLES,
        "DENM lifecycles {} > cap {MAX_LIFECYCLES}",
        stages.sender.open_lifecycles()
    );
}
