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
