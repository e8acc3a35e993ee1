//! Changelog state of the assembler: an assembler restored from the changes it handed
//! out continues exactly like one that never stopped (the uninterrupted run is the
//! ground truth, not a value copied from the code).

use super::*;
use crate::test_changelog::{assert_deferred_writes_end_alike, compact};
use cits_proto::{GeoPoint, ObjectClass};

fn loc(key: &str, ts: i64, lat: f64) -> Location {
    Location {
        trajectory_key: key.into(),
        timestamp_ms: ts,
        owner: format!("owner-{ts}"),
        object_class: ObjectClass::Bicycle as i32,
        position: Some(GeoPoint {
            latitude_deg: lat,
            longitude_deg: 13.0,
        }),
        speed_mps: Some(ts as f64 / 1_000.0),
        ..Default::default()
    }
}

/// The output without its trace (the trace is the input's, not state).
fn untraced(mut t: Trajectory) -> Trajectory {
    t.trace = None;
    t
}

fn restored(cfg: &AssemblerConfig, log: &BTreeMap<String, Option<Vec<u8>>>) -> Assembler {
    let mut b = Assembler::new(cfg.clone()).with_change_tracking();
    for (key, state) in log {
        if let Some(bytes) = state {
            b.restore(key, bytes).expect("restore");
        }
    }
    b
}

#[test]
fn a_restored_assembler_continues_the_same_sessions() {
    let cfg = AssemblerConfig {
        window_ms: 500,
        max_points: 4,
        ..AssemblerConfig::default()
    };
    let mut a = Assembler::new(cfg.clone()).with_change_tracking();
    let mut log = BTreeMap::new();
    // Two objects, one with a late point inside the window, one overflowing max_points.
    for i in 0..8i64 {
        a.push(loc("1/1", 1_000 + i * 100, 47.0 + i as f64 * 1e-5))
            .expect("push");
        a.push(loc("1/2", 2_000 + i * 50, 48.0)).expect("push");
    }
    a.push(loc("1/1", 1_650, 47.5))
        .expect("late point inside the window");
    compact(&mut log, a.take_changes());
    assert_eq!(
        log.keys().collect::<Vec<_>>(),
        ["1/1", "1/2"],
        "both sessions are in the changelog"
    );
    let mut b = restored(&cfg, &log);
    assert_eq!(b.open_sessions(), a.open_sessions());
    assert_eq!(b.buffered_points(), a.buffered_points());
    assert_eq!(b.max_timestamp_ms(), a.max_timestamp_ms());

    // The same inputs after the "restart": identical outputs, in-order, late and new.
    let next = [
        loc("1/1", 1_800, 47.2),
        loc("1/2", 2_400, 48.1),
        loc("1/1", 1_750, 47.3),
        loc("1/1", 1_000, 47.3), // late, outside the window: dropped and counted
        loc("1/3", 5_000, 49.0), // a new session
    ];
    for location in next {
        let expected = untraced(a.push(location.clone()).expect("push a"));
        let got = untraced(b.push(location).expect("push b"));
        assert_eq!(got, expected);
    }
    // The idle timeout counts from the restored last points.
    assert_eq!(b.evict_idle(7_300), a.evict_idle(7_300));
    assert_eq!(b.open_sessions(), a.open_sessions());
}

#[test]
fn closed_sessions_become_tombstones_and_are_not_restored() {
    let cfg = AssemblerConfig::default();
    let mut a = Assembler::new(cfg.clone()).with_change_tracking();
    let mut log = BTreeMap::new();
    a.push(loc("1/1", 1_000, 47.0)).expect("push");
    a.push(loc("1/2", 9_000, 47.0)).expect("push");
    compact(&mut log, a.take_changes());
    assert_eq!(a.evict_idle(9_000), 1, "1/1 is idle for 8 s");
    let changes = a.take_changes();
    assert_eq!(changes, vec![("1/1".to_owned(), None)]);
    compact(&mut log, changes);
    assert!(a.take_changes().is_empty(), "nothing changed since");

    let mut b = restored(&cfg, &log);
    assert_eq!(b.open_sessions(), 1);
    // 1/1 opens a new session in both; 1/2 continues its old one in both.
    for location in [loc("1/1", 9_100, 47.0), loc("1/2", 9_100, 47.0)] {
        let expected = untraced(a.push(location.clone()).expect("push a"));
        let got = untraced(b.push(location).expect("push b"));
        assert_eq!(got, expected);
    }
    assert_eq!(
        b.push(loc("1/2", 9_200, 47.0))
            .expect("push")
            .session_start_ms,
        9_000
    );
}

#[test]
fn undecodable_state_is_an_error_and_changes_nothing() {
    let mut a = Assembler::new(AssemblerConfig::default()).with_change_tracking();
    a.push(loc("1/1", 1_000, 47.0)).expect("push");
    let before = untraced(a.push(loc("1/1", 1_100, 47.0)).expect("push"));
    // A length-delimited field (tag 2) claiming 100 bytes with only one present.
    let err = a
        .restore("1/1", &[0x12, 100, 1])
        .expect_err("truncated state");
    assert!(matches!(err, Error::Protobuf { .. }), "{err}");
    let after = untraced(a.push(loc("1/1", 1_100, 47.0)).expect("push"));
    assert_eq!(after, before, "the open session is untouched");
}

#[test]
fn without_change_tracking_nothing_is_collected() {
    let mut a = Assembler::new(AssemblerConfig::default());
    a.push(loc("1/1", 1_000, 47.0)).expect("push");
    a.evict_idle(100_000);
    assert!(a.take_changes().is_empty());
}

/// Told keys, state serialised every fourth step (pushes of three objects, one of which
/// goes idle and is closed by a later eviction): the same log as after every step.
#[test]
fn changes_serialised_at_writes_only_end_like_those_after_every_step() {
    // (key, timestamp) pushes; key "" evicts idle sessions at that watermark.
    let mut steps: Vec<(&str, i64)> = Vec::new();
    for i in 0..120i64 {
        let ts = 1_000 + i * 100;
        steps.push(("1/1", ts));
        steps.push(("1/2", ts + 30));
        if i < 5 {
            steps.push(("1/3", ts + 60));
        }
        if i % 10 == 9 {
            steps.push(("", ts + 100));
        }
    }
    assert_deferred_writes_end_alike(
        &steps,
        4,
        || Assembler::new(AssemblerConfig::default()).with_change_tracking(),
        |a, (key, ts)| {
            if key.is_empty() {
                a.evict_idle(*ts);
            } else {
                a.push(loc(key, *ts, 47.0 + *ts as f64 * 1e-7))
                    .expect("push");
            }
        },
        Assembler::take_changed_keys,
        Assembler::take_changes,
    );
}
