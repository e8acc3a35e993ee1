//! Change tracking of the state machines that a stage keeps in a changelog.
//!
//! A shell learns after every input which keys it changed ([`Changes::take_fresh`], no
//! serialising: enough to route each key to the changelog partition of the input that
//! changed it) and serialises the changed keys' state only when it writes the changelog
//! ([`Changes::take`], at each commit). A key updated five times between two commits is
//! serialised once, as Kafka Streams' record cache writes the latest value per key.

use std::borrow::Borrow;
use std::collections::BTreeSet;

/// The keys changed since the last [`Changes::take`], and since the last
/// [`Changes::take_fresh`].
#[derive(Debug, Clone)]
pub(crate) struct Changes<K> {
    /// Changed since the last `take`: whose state the next changelog write serialises.
    pending: BTreeSet<K>,
    /// Changed since the last `take_fresh` or `take` (a set, like `pending`: no sort
    /// code of its own in a module).
    fresh: BTreeSet<K>,
}

impl<K> Default for Changes<K> {
    fn default() -> Self {
        Self {
            pending: BTreeSet::new(),
            fresh: BTreeSet::new(),
        }
    }
}

impl<K: Ord + Clone> Changes<K> {
    /// Records that `key`'s state changed.
    pub(crate) fn insert(&mut self, key: K) {
        self.fresh.insert(key.clone());
        self.pending.insert(key);
    }

    /// Forgets a change of `key` (its state came from the changelog: nothing to write).
    pub(crate) fn remove<Q>(&mut self, key: &Q)
    where
        K: Borrow<Q>,
        Q: Ord + ?Sized,
    {
        self.pending.remove(key);
        self.fresh.remove(key);
    }

    /// The keys changed since the last call (or [`Changes::take`]), each once.
    pub(crate) fn take_fresh(&mut self) -> Vec<K> {
        std::mem::take(&mut self.fresh).into_iter().collect()
    }

    /// The keys changed since the last call, for serialising; the fresh ones with them.
    pub(crate) fn take(&mut self) -> BTreeSet<K> {
        self.fresh.clear();
        std::mem::take(&mut self.pending)
    }
}

#[cfg(test)]
mod tests {
    use super::Changes;

    #[test]
    fn fresh_keys_are_told_once_and_pending_ones_wait_for_the_write() {
        let mut c = Changes::<String>::default();
        c.insert("b".into());
        c.insert("a".into());
        c.insert("b".into());
        assert_eq!(c.take_fresh(), ["a", "b"]);
        assert!(c.take_fresh().is_empty(), "told already");
        c.insert("c".into());
        c.insert("d".into());
        c.remove("d");
        assert_eq!(c.take_fresh(), ["c"], "a restored key is not a change");
        // The write serialises every key changed since the last write, each once.
        let pending: Vec<String> = c.take().into_iter().collect();
        assert_eq!(pending, ["a", "b", "c"]);
        c.insert("e".into());
        assert_eq!(c.take().into_iter().collect::<Vec<_>>(), ["e"]);
        assert!(
            c.take_fresh().is_empty(),
            "a write takes the fresh keys too"
        );
    }
}
