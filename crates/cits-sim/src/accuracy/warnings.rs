//! Event-level scoring of collision warnings against `conflicts.csv`, by the rules of
//! the README's "Collision warnings" (and `tests/warnings.rs`): a warning event is all
//! risks raised for one true (car, VRU) pair; it matches a true conflict of that pair when
//! a risk was raised from [`MATCH_BEFORE_MS`] before to [`MATCH_AFTER_MS`] after the
//! conflict's reference moment ([`reference_ms`]); lead time = that moment − the first
//! such risk. Risks of a pair outside every window form one unmatched event (a false
//! alarm); a risk whose road users have no truth is an unmatched event on its own.

use std::collections::{BTreeMap, HashMap};

use crate::conflicts::{ConflictRow, CONFLICT_PET_S, CONFLICT_TTC_S};
use crate::truth::TruthRow;

/// A risk may be raised this long before the reference moment and still match: the
/// warning should come early (issue 10 asks ≥ 2 s lead), 7 s covers the 4 s horizon plus
/// the persistence and approach before it.
pub const MATCH_BEFORE_MS: i64 = 7_000;
/// ... and this long after it (a late warning of a conflict still in progress).
pub const MATCH_AFTER_MS: i64 = 1_000;
/// A risk's timestamp may be this much after the truth row naming its trajectory key (the
/// key's object was last seen at most one CPM period before).
pub const TRUTH_LOOKUP_SLACK_MS: i64 = 100;

/// Which true object a trajectory key (`station/object`) named when.
pub struct TrueIds(HashMap<String, Vec<(i64, u32)>>);

impl TrueIds {
    /// The index of a data set's truth rows.
    pub fn new(truth: &[TruthRow]) -> Self {
        let mut index: HashMap<String, Vec<(i64, u32)>> = HashMap::new();
        for r in truth {
            index
                .entry(format!("{}/{}", r.station_id, r.object_id))
                .or_default()
                .push((r.time_ms, r.true_object_id));
        }
        for rows in index.values_mut() {
            rows.sort_unstable();
        }
        Self(index)
    }

    /// The true object `key` named at `t_ms` (object ids are reused over a run).
    pub fn at(&self, key: &str, t_ms: i64) -> Option<u32> {
        let rows = self.0.get(key)?;
        let i = rows.partition_point(|(t, _)| *t <= t_ms + TRUTH_LOOKUP_SLACK_MS);
        rows.get(i.checked_sub(1)?).map(|(_, id)| *id)
    }
}

/// One raised risk: the true (car, VRU) pair if both are known, and when it was raised.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Raised {
    /// (car, VRU) true object ids.
    pub pair: Option<(u32, u32)>,
    /// The risk's detection time (event time), Unix ms.
    pub raised_ms: i64,
}

/// The reference moment of a true conflict: the moment of the criterion that makes it one
/// — minimum TTC when that is within the TTC level, else the PET moment when the PET is
/// within its level (else minimum TTC, else PET, for rows that are not conflicts).
pub fn reference_ms(c: &ConflictRow) -> Option<i64> {
    let by_ttc = c.min_ttc.filter(|(_, ttc)| *ttc <= CONFLICT_TTC_S);
    let by_pet = c.pet.filter(|(_, pet)| *pet <= CONFLICT_PET_S);
    by_ttc.or(by_pet).or(c.min_ttc).or(c.pet).map(|(t, _)| t)
}

/// Event-level scores (sums and counts; several runs add up with [`WarningScores::merge`]).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct WarningScores {
    /// Per conflict kind: (true conflicts, warned, lead times s).
    pub per_kind: BTreeMap<&'static str, (u64, u64, Vec<f64>)>,
    /// Warning events.
    pub events: u64,
    /// Of them, matched to a true conflict.
    pub matched_events: u64,
}

impl WarningScores {
    /// Scores the risks raised over one data set against its conflicts.
    pub fn score(raised: &[Raised], conflicts: &[ConflictRow]) -> Self {
        let mut out = Self::default();
        let mut by_pair: HashMap<(u32, u32), Vec<i64>> = HashMap::new();
        for r in raised {
            match r.pair {
                Some(p) => by_pair.entry(p).or_default().push(r.raised_ms),
                None => out.events += 1,
            }
        }
        let window = |t_ref: i64| t_ref - MATCH_BEFORE_MS..=t_ref + MATCH_AFTER_MS;
        let true_conflicts: Vec<&ConflictRow> = conflicts.iter().filter(|c| c.conflict()).collect();
        for c in &true_conflicts {
            let entry = out.per_kind.entry(c.kind.name()).or_default();
            entry.0 += 1;
            let Some(t_ref) = reference_ms(c) else {
                continue;
            };
            let first = by_pair
                .get(&(c.car_true_object_id, c.vru_true_object_id))
                .into_iter()
                .flatten()
                .filter(|t| window(t_ref).contains(t))
                .min();
            if let Some(first) = first {
                entry.1 += 1;
                entry.2.push((t_ref - first) as f64 / 1000.0);
            }
        }
        for (pair, times) in &by_pair {
            let inside = |t: &i64| {
                true_conflicts.iter().any(|c| {
                    (c.car_true_object_id, c.vru_true_object_id) == *pair
                        && reference_ms(c).is_some_and(|r| window(r).contains(t))
                })
            };
            if times.iter().any(inside) {
                out.events += 1;
                out.matched_events += 1;
            }
            if !times.iter().all(inside) {
                out.events += 1;
            }
        }
        out
    }

    /// Adds another run's scores.
    pub fn merge(&mut self, o: &WarningScores) {
        for (kind, (n, hit, leads)) in &o.per_kind {
            let e = self.per_kind.entry(kind).or_default();
            e.0 += n;
            e.1 += hit;
            e.2.extend(leads);
        }
        self.events += o.events;
        self.matched_events += o.matched_events;
    }

    /// True conflicts and how many were warned in their window.
    pub fn conflicts_warned(&self) -> (u64, u64) {
        self.per_kind
            .values()
            .fold((0, 0), |(n, h), (a, b, _)| (n + a, h + b))
    }

    /// Share of true conflicts warned in time (None without conflicts).
    pub fn recall(&self) -> Option<f64> {
        let (n, hit) = self.conflicts_warned();
        (n > 0).then(|| hit as f64 / n as f64)
    }

    /// Share of warning events that matched a true conflict (None without events).
    pub fn precision(&self) -> Option<f64> {
        (self.events > 0).then(|| self.matched_events as f64 / self.events as f64)
    }

    /// Median lead time of the warned conflicts, s.
    pub fn median_lead_s(&self) -> Option<f64> {
        let mut all: Vec<f64> = self.per_kind.values().flat_map(|v| v.2.clone()).collect();
        all.sort_by(f64::total_cmp);
        let n = all.len();
        (n > 0).then(|| {
            if n % 2 == 1 {
                all[n / 2]
            } else {
                (all[n / 2 - 1] + all[n / 2]) / 2.0
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::conflicts::{Kind, Scenario};
    use crate::truth::Class;

    fn conflict(car: u32, vru: u32, ttc_at: i64, ttc: f64) -> ConflictRow {
        ConflictRow {
            kind: Kind::RightHook,
            scenario: Scenario::Random,
            car_true_object_id: car,
            vru_true_object_id: vru,
            vru_class: Class::Bicycle,
            lat_deg: 0.0,
            lon_deg: 0.0,
            min_ttc: Some((ttc_at, ttc)),
            pet: None,
        }
    }

    #[test]
    fn events_match_inside_the_window_only() {
        // Pair (1, 2) is a conflict at 10 s (TTC 1 s); pair (3, 4) came close (TTC 2 s),
        // which is no conflict.
        let conflicts = [conflict(1, 2, 10_000, 1.0), conflict(3, 4, 20_000, 2.0)];
        let raised = [
            // 2.5 s and 1 s before: one matched event, lead 2.5 s.
            Raised {
                pair: Some((1, 2)),
                raised_ms: 7_500,
            },
            Raised {
                pair: Some((1, 2)),
                raised_ms: 9_000,
            },
            // The same pair 8 s before the moment: outside, one more (unmatched) event.
            Raised {
                pair: Some((1, 2)),
                raised_ms: 2_000,
            },
            // Not a conflict: a false alarm.
            Raised {
                pair: Some((3, 4)),
                raised_ms: 19_000,
            },
            // No truth for its road users: a false alarm of its own.
            Raised {
                pair: None,
                raised_ms: 5_000,
            },
        ];
        let s = WarningScores::score(&raised, &conflicts);
        assert_eq!(s.conflicts_warned(), (1, 1));
        assert_eq!((s.events, s.matched_events), (4, 1));
        assert_eq!(s.precision(), Some(0.25));
        assert_eq!(s.recall(), Some(1.0));
        assert_eq!(s.median_lead_s(), Some(2.5));
        // A risk 1.5 s after the moment is too late.
        let late = WarningScores::score(
            &[Raised {
                pair: Some((1, 2)),
                raised_ms: 11_500,
            }],
            &conflicts,
        );
        assert_eq!(late.recall(), Some(0.0));
        assert_eq!(late.precision(), Some(0.0));
        assert_eq!(late.median_lead_s(), None);
    }

    #[test]
    fn object_ids_are_reused_so_the_key_is_resolved_at_the_time() {
        let row = |t: i64, true_id: u32| TruthRow {
            time_ms: t,
            station_id: 7,
            sensor_id: 1,
            object_id: 3,
            true_object_id: true_id,
            class: Class::Car,
            lat_deg: 0.0,
            lon_deg: 0.0,
            road: None,
            route: Vec::new(),
        };
        let ids = TrueIds::new(&[row(1_000, 10), row(2_000, 10), row(5_000, 11)]);
        assert_eq!(ids.at("7/3", 500), None);
        assert_eq!(ids.at("7/3", 2_050), Some(10));
        assert_eq!(ids.at("7/3", 4_950), Some(11), "within the lookup slack");
        assert_eq!(ids.at("7/4", 2_000), None);
    }
}
