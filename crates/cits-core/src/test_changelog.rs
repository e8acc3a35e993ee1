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
