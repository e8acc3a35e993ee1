//! A compacted changelog for the state tests: the latest value per key, as a
//! `cleanup.policy=compact` topic keeps it.

use std::collections::BTreeMap;

use crate::assembler::StateChange;

/// The latest value per key (`None`: a tombstone).
pub(crate) type Log = BTreeMap<String, Option<Vec<u8>>>;

/// Applies the changes to the log (the last value per key wins).
pub(crate) fn compact(log: &mut Log, changes: Vec<StateChange>) {
    log.extend(changes);
}

/// Cuts a run at every step: a fresh core takes the steps before the cut (its changes
/// into a fresh log); one restored from that log must hold the same state (`summary`)
/// and produce exactly `expected`, the uninterrupted run's outputs, from there on.
pub(crate) fn assert_restores_at_every_step<C, S, O, K>(
    steps: &[S],
    expected: &[O],
    fresh: impl Fn() -> C,
    step: impl Fn(&mut C, &S, &mut Log) -> O,
    restored: impl Fn(&Log) -> C,
    summary: impl Fn(&C) -> K,
) where
    O: PartialEq + std::fmt::Debug,
    K: PartialEq + std::fmt::Debug,
{
    for cut in 0..=steps.len() {
        let mut first = fresh();
        let mut log = Log::new();
        for s in &steps[..cut] {
            step(&mut first, s, &mut log);
        }
        let mut second = restored(&log);
        assert_eq!(summary(&second), summary(&first), "restored at step {cut}");
        for (i, s) in steps.iter().enumerate().skip(cut) {
            assert_eq!(
                step(&mut second, s, &mut log),
                expected[i],
                "step {i} after a restore at step {cut}"
            );
        }
    }
}

/// A shell that writes its changelog only every `every` steps: after every step it is
/// told the changed keys (`take_keys`), at a write it takes the serialised changes. Every
/// key a write serialises must have been told since the previous write (the shell routes
/// keys by what it was told), and the log must end exactly like the one written after
/// every step.
pub(crate) fn assert_deferred_writes_end_alike<C, S>(
    steps: &[S],
    every: usize,
    fresh: impl Fn() -> C,
    apply: impl Fn(&mut C, &S),
    take_keys: impl Fn(&mut C) -> Vec<String>,
    take_changes: impl Fn(&mut C) -> Vec<StateChange>,
) {
    let (mut each, mut deferred) = (fresh(), fresh());
    let (mut each_log, mut deferred_log) = (Log::new(), Log::new());
    let mut told = std::collections::BTreeSet::new();
    let mut writes = 0;
    for (i, s) in steps.iter().enumerate() {
        apply(&mut each, s);
        compact(&mut each_log, take_changes(&mut each));
        apply(&mut deferred, s);
        told.extend(take_keys(&mut deferred));
        if (i + 1) % every == 0 || i + 1 == steps.len() {
            let changes = take_changes(&mut deferred);
            for (key, _) in &changes {
                assert!(told.contains(key), "step {i}: {key} written, never told");
            }
            compact(&mut deferred_log, changes);
            told.clear();
            writes += 1;
        }
    }
    assert!(writes < steps.len(), "the writes were deferred");
    assert!(!each_log.is_empty(), "the steps changed something");
    assert_eq!(deferred_log, each_log);
}
