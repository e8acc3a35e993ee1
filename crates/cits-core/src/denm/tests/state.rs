//! The DENM sender restored from the changes it handed out continues exactly like one
//! that never stopped (the uninterrupted sender is the ground truth).

use super::*;
use crate::test_changelog::{assert_deferred_writes_end_alike, compact, Log};

fn restored(log: &Log) -> DenmSender {
    let mut b = DenmSender::new(DenmConfig::default()).with_change_tracking();
    for (key, value) in log {
        if let Some(bytes) = value {
            b.restore(key, bytes).expect("restore");
        }
    }
    assert!(
        b.take_changes().is_empty(),
        "restoring changes nothing to write"
    );
    b
}

/// Feeds `risk` to both senders and checks they answer the same; returns the answer.
fn both(a: &mut DenmSender, b: &mut DenmSender, risk: &CollisionRisk, now: i64) -> Outcome {
    let expected = a.on_risk(risk, now).expect("a");
    let got = b.on_risk(risk, now).expect("b");
    assert_eq!(
        got, expected,
        "restored vs uninterrupted for {}",
        risk.risk_id
    );
    got
}

fn sent(outcome: &Outcome) -> &DenmEvent {
    match outcome {
        Outcome::Send(denm) => denm,
        Outcome::Suppressed(why) => panic!("suppressed: {why:?}"),
    }
}

#[test]
fn a_lifecycle_continues_with_its_action_id_and_gets_its_cancellation() {
    let mut a = DenmSender::new(DenmConfig::default()).with_change_tracking();
    let mut log = Log::new();
    let new = a
        .on_risk(&active("r1", T0, ObjectClass::Bicycle, 0.0), T0)
        .expect("new");
    let action_id = sent(&new).action_id;
    // A second risk of the same site takes the next sequence number.
    a.on_risk(
        &active("r2", T0 + 50, ObjectClass::Pedestrian, 1.0),
        T0 + 50,
    )
    .expect("new r2");
    compact(&mut log, a.take_changes());
    assert!(log.contains_key("r1") && log.contains_key("r2"));
    assert!(log.contains_key(&format!("{}{SITE}", crate::denm::state::STATION_KEY_PREFIX)));

    let mut b = restored(&log);
    assert_eq!(b.lifecycle("r1"), a.lifecycle("r1"), "the whole lifecycle");
    // An update (the conflict point moved 2 m), then the end: same actionId, a cancellation.
    let update = both(
        &mut a,
        &mut b,
        &active("r1", T0 + 400, ObjectClass::Bicycle, 2.0),
        T0 + 400,
    );
    assert_eq!(sent(&update).kind, DenmKind::Update);
    assert_eq!(sent(&update).action_id, action_id);
    let cancel = both(&mut a, &mut b, &ended("r1", T0 + 800), T0 + 800);
    assert_eq!(sent(&cancel).kind, DenmKind::Cancel);
    assert_eq!(sent(&cancel).action_id, action_id);
}

#[test]
fn sequence_numbers_are_not_reused_and_cancelled_ids_stay_cancelled() {
    let mut a = DenmSender::new(DenmConfig::default()).with_change_tracking();
    let mut log = Log::new();
    let mut used = Vec::new();
    for (i, id) in ["r1", "r2", "r3"].into_iter().enumerate() {
        let t = T0 + i as i64 * 10;
        let out = a
            .on_risk(&active(id, t, ObjectClass::Bicycle, i as f64), t)
            .expect("new");
        used.push(sent(&out).action_id);
    }
    a.on_risk(&ended("r1", T0 + 500), T0 + 500)
        .expect("cancel r1");
    compact(&mut log, a.take_changes());

    let mut b = restored(&log);
    let out = both(
        &mut a,
        &mut b,
        &active("r4", T0 + 600, ObjectClass::Pedestrian, 3.0),
        T0 + 600,
    );
    assert!(
        !used.contains(&sent(&out).action_id),
        "{} reused (in use: {used:?})",
        sent(&out).action_id
    );
    // The cancelled id is remembered: a late ACTIVE does not resurrect it.
    let late = both(
        &mut a,
        &mut b,
        &active("r1", T0 + 700, ObjectClass::Bicycle, 0.0),
        T0 + 700,
    );
    assert_eq!(late, Outcome::Suppressed(Suppressed::Cancelled));
}

#[test]
fn forgotten_ids_become_tombstones() {
    let mut a = DenmSender::new(DenmConfig::default()).with_change_tracking();
    a.on_risk(&active("r1", T0, ObjectClass::Bicycle, 0.0), T0)
        .expect("new");
    a.on_risk(&ended("r1", T0 + 100), T0 + 100).expect("cancel");
    a.take_changes();
    // Past the tombstone time and every validity: the id is forgotten, the station keeps
    // its next sequence number.
    a.expire(T0 + TOMBSTONE_MS + 60_000);
    let changes: BTreeMap<String, Option<Vec<u8>>> = a.take_changes().into_iter().collect();
    assert_eq!(changes.get("r1"), Some(&None), "{changes:?}");
    let station = format!("{}{SITE}", crate::denm::state::STATION_KEY_PREFIX);
    let bytes = changes
        .get(&station)
        .cloned()
        .flatten()
        .expect("station state");
    let mut b = DenmSender::new(DenmConfig::default());
    b.restore(&station, &bytes).expect("restore");
    let out = b
        .on_risk(
            &active("r9", T0 + 100_000, ObjectClass::Bicycle, 0.0),
            T0 + 100_000,
        )
        .expect("new");
    assert_eq!(
        sent(&out).action_id.sequence,
        1,
        "continues after sequence 0"
    );
}

#[test]
fn bad_state_is_an_error_and_changes_nothing() {
    use prost::Message as _;
    let mut b = DenmSender::new(DenmConfig::default());
    assert!(matches!(
        b.restore("r1", &[0x0a, 50, 1]),
        Err(Error::Protobuf { .. })
    ));
    let station = format!("{}{SITE}", crate::denm::state::STATION_KEY_PREFIX);
    let too_big = crate::denm::state::StationEntry {
        next_sequence: Some(70_000),
        reserved: vec![],
    }
    .encode_to_vec();
    assert!(matches!(
        b.restore(&station, &too_big),
        Err(Error::InvalidState { .. })
    ));
    assert_eq!(b.open_lifecycles(), 0);
    let out = b
        .on_risk(&active("r1", T0, ObjectClass::Bicycle, 0.0), T0)
        .expect("new");
    assert_eq!(sent(&out).action_id.sequence, 0);
}

/// Told keys, state serialised every third step (two lifecycles with updates, their
/// cancellations, then expiry past the tombstone time): the same log as after every step.
#[test]
fn changes_serialised_at_writes_only_end_like_those_after_every_step() {
    // (risk, now); no risk: expire at now.
    let mut steps: Vec<(Option<CollisionRisk>, i64)> = Vec::new();
    for k in 0..10i64 {
        let now = T0 + k * 200;
        steps.push((Some(active("r1", now, ObjectClass::Bicycle, k as f64)), now));
        steps.push((
            Some(active("r2", now + 50, ObjectClass::Pedestrian, 0.0)),
            now + 50,
        ));
    }
    steps.push((Some(ended("r1", T0 + 2_100)), T0 + 2_100));
    steps.push((Some(ended("r2", T0 + 2_200)), T0 + 2_200));
    steps.push((None, T0 + TOMBSTONE_MS + 60_000));
    assert_deferred_writes_end_alike(
        &steps,
        3,
        || DenmSender::new(DenmConfig::default()).with_change_tracking(),
        |a, (risk, now)| match risk {
            Some(risk) => {
                a.on_risk(risk, *now).expect("valid risk");
            }
            None => {
                a.expire(*now);
            }
        },
        DenmSender::take_changed_keys,
        DenmSender::take_changes,
    );
}
