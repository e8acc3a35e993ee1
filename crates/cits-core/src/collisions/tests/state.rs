//! The detector restored from the changes it handed out continues exactly like one that
//! never stopped (the uninterrupted detector is the ground truth), at every point of a
//! scene with a raised risk, a risk that clears, and one that ends by eviction in a tick.

use super::*;
use crate::test_changelog::{
    assert_deferred_writes_end_alike, assert_restores_at_every_step, compact, Log,
};

/// What a stage does: a prediction, or a tick at a watermark.
#[derive(Debug, Clone)]
enum Step {
    Predict(Box<Prediction>),
    Tick(i64),
}

/// Two crossings 200 m apart at 10 Hz: car A and bike A collide at 4 s (a risk that
/// ends when bike A's track is lost at 3 s and evicted by a tick), car B and bike B pass
/// the crossing about 0.2 s apart (a risk that clears once the car is through), and a
/// pedestrian that pairs with nobody. A tick after every round, its watermark 150 ms
/// ahead (the event clock adds the wall time since the newest event).
fn scene() -> Vec<Step> {
    let mut steps = Vec::new();
    for k in 0..80i64 {
        let ts = T + 100 * k;
        let t = k as f64 / 10.0;
        let mut push = |key: &str, class, start: [f64; 2], v: [f64; 2], offset_ms: i64| {
            let at = [start[0] + v[0] * t, start[1] + v[1] * t];
            steps.push(Step::Predict(Box::new(cv(
                key,
                class,
                ts + offset_ms,
                at,
                v,
                0.3,
            ))));
        };
        push("1/1", ObjectClass::Car, [-40.0, 0.0], [10.0, 0.0], 0);
        if k < 30 {
            push("1/2", ObjectClass::Bicycle, [0.0, -20.0], [0.0, 5.0], 20);
        }
        push("1/3", ObjectClass::Car, [160.0, 0.0], [10.0, 0.0], 40);
        push("1/4", ObjectClass::Bicycle, [200.0, -24.0], [0.0, 5.0], 60);
        push(
            "1/5",
            ObjectClass::Pedestrian,
            [100.0, 50.0],
            [1.2, 0.0],
            80,
        );
        steps.push(Step::Tick(ts + 150));
    }
    steps.push(Step::Tick(T + 8_000 + 2_000));
    steps.push(Step::Predict(Box::new(cv(
        "1/5",
        ObjectClass::Pedestrian,
        T + 10_000,
        [112.0, 50.0],
        [1.2, 0.0],
        0.3,
    ))));
    steps
}

/// Runs one step the way the stage shell does: output, then the changes into the log.
fn step(det: &mut CollisionDetector, s: &Step, log: &mut Log) -> Vec<CollisionRisk> {
    let out = apply(det, s);
    compact(log, det.take_changes());
    out
}

/// One step without taking the changes.
fn apply(det: &mut CollisionDetector, s: &Step) -> Vec<CollisionRisk> {
    match s {
        Step::Predict(p) => det.process(p).expect("valid prediction"),
        Step::Tick(w) => {
            det.tick_and_hold(*w);
            Vec::new()
        }
    }
}

/// Told keys, state serialised every fifth step: the same log as after every step.
#[test]
fn changes_serialised_at_writes_only_end_like_those_after_every_step() {
    assert_deferred_writes_end_alike(
        &scene(),
        5,
        || CollisionDetector::new(CollisionConfig::default()).with_change_tracking(),
        |det, s| {
            apply(det, s);
        },
        CollisionDetector::take_changed_keys,
        CollisionDetector::take_changes,
    );
}

fn restored(log: &Log) -> CollisionDetector {
    let mut det = CollisionDetector::new(CollisionConfig::default()).with_change_tracking();
    for (key, value) in log {
        if let Some(bytes) = value {
            det.restore(key, bytes).expect("restore");
        }
    }
    assert!(
        det.take_changes().is_empty(),
        "restoring changes nothing to write"
    );
    det
}

#[test]
fn a_restored_detector_continues_exactly_like_the_uninterrupted_one() {
    let steps = scene();
    let mut truth = CollisionDetector::new(CollisionConfig::default()).with_change_tracking();
    let mut log = Log::new();
    let mut held_by_a_tick = false;
    let expected: Vec<Vec<CollisionRisk>> = steps
        .iter()
        .map(|s| {
            let out = step(&mut truth, s, &mut log);
            held_by_a_tick |= truth.held_count() > 0;
            out
        })
        .collect();
    let records: Vec<&CollisionRisk> = expected.iter().flatten().collect();
    let ids = |state: i32| -> BTreeSet<&str> {
        records
            .iter()
            .filter(|r| r.state == state)
            .map(|r| r.risk_id.as_str())
            .collect()
    };
    // The scene is what it claims: two risks raised, both end, one of them in a tick.
    assert_eq!(ids(ACTIVE).len(), 2, "{records:#?}");
    assert_eq!(ids(ACTIVE), ids(ENDED));
    assert!(
        held_by_a_tick,
        "a tick ends a risk, sent with the next output"
    );
    // Everything gone at the end: the compacted changelog holds only the last user.
    let live: Vec<&String> = log
        .iter()
        .filter(|(_, v)| v.is_some())
        .map(|(k, _)| k)
        .collect();
    assert_eq!(live.len(), 1, "{live:?}");

    assert_restores_at_every_step(
        &steps,
        &expected,
        || CollisionDetector::new(CollisionConfig::default()).with_change_tracking(),
        step,
        restored,
        |d| {
            (
                d.user_count(),
                d.pair_count(),
                d.active_count(),
                d.held_count(),
            )
        },
    );
}

#[test]
fn state_that_is_not_the_detectors_is_an_error_and_changes_nothing() {
    let mut truth = CollisionDetector::new(CollisionConfig::default()).with_change_tracking();
    let mut log = Log::new();
    for s in scene().iter().take(40) {
        step(&mut truth, s, &mut log);
    }
    let (user_key, user) = log
        .iter()
        .find_map(|(k, v)| Some((k, v.as_ref()?)).filter(|(k, _)| k.starts_with(USER_KEY_PREFIX)))
        .expect("a user in the log");
    let mut det = CollisionDetector::new(CollisionConfig::default()).with_change_tracking();
    // Undecodable bytes, an unknown prefix, a key naming another user.
    assert!(matches!(
        det.restore(user_key, &[0xff, 0xff, 0xff]),
        Err(Error::Protobuf { .. })
    ));
    assert!(matches!(
        det.restore("nobody|x", user),
        Err(Error::InvalidState { .. })
    ));
    assert!(matches!(
        det.restore(&format!("{user_key}0"), user),
        Err(Error::InvalidState { .. })
    ));
    // A prediction the detector would reject on arrival is rejected on restore.
    let mut state = <UserState as prost::Message>::decode(user.as_slice()).unwrap();
    state.prediction.as_mut().unwrap().hypotheses.clear();
    let bad = prost::Message::encode_to_vec(&state);
    assert!(matches!(
        det.restore(user_key, &bad),
        Err(Error::InvalidPrediction { .. })
    ));
    assert_eq!((det.user_count(), det.pair_count()), (0, 0));
    assert!(det.take_changes().is_empty());
    det.restore(user_key, user)
        .expect("the real state restores");
    assert_eq!(det.user_count(), 1);
}

#[test]
fn without_change_tracking_nothing_is_kept_for_the_changelog() {
    let mut det = CollisionDetector::new(CollisionConfig::default());
    let mut log = Log::new();
    for s in &scene() {
        step(&mut det, s, &mut log);
    }
    assert!(log.is_empty());
}
