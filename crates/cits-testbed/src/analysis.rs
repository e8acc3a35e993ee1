//! One run's measurements: per-message timings folded into thesis-style tables.

use std::collections::{BTreeMap, HashSet};

use cits_proto::{MatchedTrajectory, Trace};

use crate::stats::{Recorder, Summary};
use crate::trace::{MessageTiming, TraceError, PIPELINE_STAGES};

/// Relative difference allowed between the mean end-to-end latency and the sum
/// of the mean stage and hop times: they are equal by construction, so anything
/// above floating-point noise means a measurement bug.
pub const CONSISTENCY_TOLERANCE: f64 = 1e-6;

const NS_PER_S: f64 = 1e9;

/// The latency series of one run (or of several runs merged).
#[derive(Debug, Clone, Default)]
pub struct Breakdown {
    /// Publish → last stage's send.
    pub end_to_end: Recorder,
    /// Ingest's send → last stage's send (what the thesis measured).
    pub end_to_end_from_broker: Recorder,
    /// Processing time per stage, in path order.
    pub stages: Vec<(String, Recorder)>,
    /// Time between consecutive stages, in path order.
    pub hops: Vec<(String, Recorder)>,
}

impl Breakdown {
    fn record(&mut self, m: &MessageTiming) {
        self.end_to_end.record(m.end_to_end_ns());
        self.end_to_end_from_broker
            .record(m.end_to_end_from_broker_ns());
        for s in m.stages() {
            recorder_for(&mut self.stages, &s.stage).record(s.processing_ns());
        }
        for (name, ns) in m.hops() {
            recorder_for(&mut self.hops, &name).record(ns);
        }
    }

    /// Adds another breakdown's values (e.g. the three runs of a scenario).
    pub fn merge(&mut self, other: &Breakdown) {
        self.end_to_end.merge(&other.end_to_end);
        self.end_to_end_from_broker
            .merge(&other.end_to_end_from_broker);
        for (name, r) in &other.stages {
            recorder_for(&mut self.stages, name).merge(r);
        }
        for (name, r) in &other.hops {
            recorder_for(&mut self.hops, name).merge(r);
        }
    }

    /// The table of this breakdown.
    pub fn summary(&self) -> BreakdownSummary {
        let named = |list: &[(String, Recorder)]| {
            list.iter()
                .map(|(name, r)| NamedSummary {
                    name: name.clone(),
                    summary: r.summary(),
                })
                .collect()
        };
        BreakdownSummary {
            end_to_end: self.end_to_end.summary(),
            end_to_end_from_broker: self.end_to_end_from_broker.summary(),
            stages: named(&self.stages),
            hops: named(&self.hops),
            consistency: self.consistency(),
        }
    }

    /// Mean end-to-end vs the sum of the mean parts (exact sums, not buckets).
    pub fn consistency(&self) -> Consistency {
        let e2e = self.end_to_end.mean_ns();
        let parts: f64 = self
            .stages
            .iter()
            .chain(&self.hops)
            .map(|(_, r)| r.mean_ns())
            .sum();
        let relative_error = if e2e == 0.0 {
            (parts - e2e).abs()
        } else {
            ((parts - e2e) / e2e).abs()
        };
        Consistency {
            mean_end_to_end_ms: e2e / 1e6,
            sum_of_mean_parts_ms: parts / 1e6,
            relative_error,
            consistent: relative_error <= CONSISTENCY_TOLERANCE,
        }
    }
}

/// Keeps series in first-seen (path) order; paths are short, a linear scan is fine.
fn recorder_for<'a>(list: &'a mut Vec<(String, Recorder)>, name: &str) -> &'a mut Recorder {
    let pos = match list.iter().position(|(n, _)| n == name) {
        Some(pos) => pos,
        None => {
            list.push((name.to_owned(), Recorder::new()));
            list.len() - 1
        }
    };
    &mut list[pos].1
}

/// A summary with the name of its series.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct NamedSummary {
    /// Stage name, or hop name "from→to".
    pub name: String,
    /// The series' table column.
    #[serde(flatten)]
    pub summary: Summary,
}

/// Check that stages and hops add up to end-to-end.
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Consistency {
    /// Mean end-to-end latency.
    pub mean_end_to_end_ms: f64,
    /// Σ mean processing time + Σ mean hop time.
    pub sum_of_mean_parts_ms: f64,
    /// |parts − end-to-end| / end-to-end.
    pub relative_error: f64,
    /// `relative_error` within [`CONSISTENCY_TOLERANCE`].
    pub consistent: bool,
}

/// Tables of one breakdown.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct BreakdownSummary {
    /// Publish → last send.
    pub end_to_end: Summary,
    /// First send → last send (the thesis' definition).
    pub end_to_end_from_broker: Summary,
    /// Processing per stage.
    pub stages: Vec<NamedSummary>,
    /// Broker hops.
    pub hops: Vec<NamedSummary>,
    /// Parts vs whole.
    pub consistency: Consistency,
}

/// Work a stage did, as seen in the final records.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Throughput {
    /// Stage name.
    pub stage: String,
    /// Distinct records the stage sent that led to a final record (one CPM
    /// feeds several trajectories, so upstream stages count fewer).
    pub records: u64,
    /// First to last send of those records, s.
    pub span_s: f64,
    /// `records / span_s` (0 when the span is empty).
    pub per_second: f64,
}

/// Distinct (instance, received, sent) entries of one stage, with the first
/// and last send time seen.
type StageSeen = (HashSet<(String, u64, u64)>, u64, u64);

/// One run: every final record's timing plus the tables.
#[derive(Debug, Clone, Default)]
pub struct RunAnalysis {
    /// Valid messages in arrival order.
    pub messages: Vec<MessageTiming>,
    /// Messages whose trace could not be measured, with the reason.
    pub invalid: Vec<TraceError>,
    /// The latency series.
    pub breakdown: Breakdown,
    /// Distinct (stage, instance, received, sent) entries per stage: for throughput.
    seen: BTreeMap<String, StageSeen>,
    /// Stage path every trace must follow.
    expected: Vec<String>,
}

impl RunAnalysis {
    /// An empty run expecting the full pipeline path (ingest … predictor).
    pub fn new() -> Self {
        Self::with_path(&PIPELINE_STAGES)
    }

    /// An empty run expecting the given stage path (e.g. a partial pipeline).
    pub fn with_path(path: &[&str]) -> Self {
        Self {
            expected: path.iter().map(|s| (*s).to_owned()).collect(),
            ..Self::default()
        }
    }

    /// Adds one final record.
    pub fn push_matched(&mut self, matched: &MatchedTrajectory) {
        self.push_trace(&matched.trajectory_key, matched.trace.as_ref());
    }

    /// Adds one final record given by key and trace.
    pub fn push_trace(&mut self, key: &str, trace: Option<&Trace>) {
        let index = self.messages.len() + self.invalid.len();
        let expected: Vec<&str> = self.expected.iter().map(String::as_str).collect();
        match MessageTiming::from_trace(index, key, trace, &expected) {
            Ok(m) => {
                self.breakdown.record(&m);
                for s in m.stages() {
                    let entry = self
                        .seen
                        .entry(s.stage.clone())
                        .or_insert_with(|| (HashSet::new(), u64::MAX, 0));
                    entry
                        .0
                        .insert((s.instance.clone(), s.received_ns, s.sent_ns));
                    entry.1 = entry.1.min(s.sent_ns);
                    entry.2 = entry.2.max(s.sent_ns);
                }
                self.messages.push(m);
            }
            Err(e) => self.invalid.push(e),
        }
    }

    /// Throughput per stage, in path order.
    pub fn throughput(&self) -> Vec<Throughput> {
        self.expected
            .iter()
            .filter_map(|stage| {
                let (set, first, last) = self.seen.get(stage)?;
                let span_s = last.saturating_sub(*first) as f64 / NS_PER_S;
                let records = set.len() as u64;
                let per_second = if span_s > 0.0 {
                    records as f64 / span_s
                } else {
                    0.0
                };
                Some(Throughput {
                    stage: stage.clone(),
                    records,
                    span_s,
                    per_second,
                })
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A six-stage trace starting at `t0` ns, one CPM (ingest+decoder shared) per `cpm`.
    fn trace(cpm: u64, t0: u64, assembler_ns: u64, hop_ns: u64) -> Trace {
        let mut t = Trace::default();
        let ingest = cpm * 1_000_000;
        t.push("ingest", "ingest-0", ingest, ingest + 100);
        t.push(
            "decoder",
            "decoder-0",
            ingest + 100 + hop_ns,
            ingest + 200 + hop_ns,
        );
        let c0 = ingest + 200 + 2 * hop_ns;
        t.push("collector", "collector-0", c0, c0 + 50);
        let a0 = c0 + 50 + hop_ns + t0;
        t.push("assembler", "assembler-0", a0, a0 + assembler_ns);
        let m0 = a0 + assembler_ns + hop_ns;
        t.push("mapmatcher", "mapmatcher-0", m0, m0 + 300);
        let p0 = m0 + 300 + hop_ns;
        t.push("predictor", "predictor-0", p0, p0 + 200);
        t
    }

    #[test]
    fn tables_and_consistency_from_synthetic_traces() {
        let mut run = RunAnalysis::new();
        // 10 CPMs with 3 objects each; object i waits i*10 µs extra in the assembler queue.
        for cpm in 0..10 {
            for obj in 0..3u64 {
                let t = trace(cpm, obj * 10_000, 1_000, 2_000_000);
                run.push_trace(&format!("7/{obj}"), Some(&t));
            }
        }
        assert_eq!(run.messages.len(), 30);
        assert!(run.invalid.is_empty());
        let s = run.breakdown.summary();
        assert_eq!(s.end_to_end.count, 30);
        let stage_names: Vec<&str> = s.stages.iter().map(|n| n.name.as_str()).collect();
        assert_eq!(stage_names, PIPELINE_STAGES);
        assert_eq!(s.hops.len(), 5);
        // Each hop is 2 ms except collector→assembler, which adds the queue wait.
        let hop = |name: &str| s.hops.iter().find(|h| h.name == name).unwrap().summary;
        assert_eq!(hop("decoder→collector").mean_ms, 2.0);
        assert!((hop("collector→assembler").mean_ms - 2.01).abs() < 1e-9);
        assert!(s.consistency.consistent, "{:?}", s.consistency);
        // e2e = 100+hop+100+hop+50+hop+t0+1000+hop+300+hop+200 ns.
        assert!((s.end_to_end.mean_ms - (10_000_000.0 + 1_750.0 + 10_000.0) / 1e6).abs() < 1e-9);

        let tp = run.throughput();
        let records: Vec<(&str, u64)> = tp.iter().map(|t| (t.stage.as_str(), t.records)).collect();
        // ingest/decoder/collector entries are shared by the 3 objects of a CPM in this
        // synthetic trace; assembler and map matcher saw 30 distinct records.
        assert_eq!(
            records,
            vec![
                ("ingest", 10),
                ("decoder", 10),
                ("collector", 10),
                ("assembler", 30),
                ("mapmatcher", 30),
                ("predictor", 30)
            ]
        );
        // 10 ingest sends spread over 9 ms → about 1111/s.
        assert!((tp[0].per_second - 10.0 / 0.009).abs() < 1e-6);
    }

    #[test]
    fn invalid_traces_are_kept_apart_not_dropped() {
        let mut run = RunAnalysis::new();
        run.push_trace("a", Some(&trace(0, 0, 10, 10)));
        run.push_trace("b", None);
        run.push_trace("c", Some(&trace(1, 0, 10, 10)));
        assert_eq!(run.messages.len(), 2);
        assert_eq!(run.invalid, vec![TraceError::Empty { index: 1 }]);
        assert_eq!(run.messages[1].index, 2);
    }

    #[test]
    fn merged_runs_add_counts() {
        let mut a = RunAnalysis::new();
        let mut b = RunAnalysis::new();
        for i in 0..5 {
            a.push_trace("k", Some(&trace(i, 0, 100, 1_000)));
            b.push_trace("k", Some(&trace(i, 0, 100, 3_000)));
        }
        let mut all = a.breakdown.clone();
        all.merge(&b.breakdown);
        let s = all.summary();
        assert_eq!(s.end_to_end.count, 10);
        assert!(s.consistency.consistent);
        let hop = &s.hops[0].summary;
        assert_eq!((hop.min_ms, hop.max_ms), (0.001, 0.003));
    }

    #[test]
    fn partial_path() {
        let mut run = RunAnalysis::with_path(&["ingest", "decoder"]);
        let mut t = Trace::default();
        t.push("ingest", "i", 10, 10);
        t.push("decoder", "d", 30, 40);
        run.push_trace("k", Some(&t));
        assert_eq!(run.messages.len(), 1);
        assert_eq!(run.breakdown.summary().end_to_end.max_ms, 30e-6);
    }
}
