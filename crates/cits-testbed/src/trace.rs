//! Per-message timings read out of a message's [`Trace`] (thesis §3.4).
//!
//! Every stage appends `{stage, instance, received_ns, sent_ns}` to the trace of
//! the record it derives, so one `cits.matched` record carries the whole path of
//! the observation it came from: ingest → decoder → collector → assembler →
//! map matcher. From that path this module computes, per message:
//! - the end-to-end latency: last `sent_ns` − the ingest entry's `received_ns`
//!   (the publish time: when replaying through MQTT the ingest entry spans MQTT
//!   transit plus the bridge, when replaying straight into `cits.raw` it is a
//!   point);
//! - the end-to-end latency as the thesis measured it: last `sent_ns` − first
//!   `sent_ns` (its decoder stamped the first entry right before sending to the
//!   broker);
//! - the processing time inside each stage: `sent_ns − received_ns`;
//! - the time between stages (a broker hop: producer, broker, consumer poll):
//!   next `received_ns` − previous `sent_ns`.
//!
//! By construction the end-to-end latency is the sum of all processing times and
//! hops; [`MessageTiming::residual_ns`] checks that on the measured values, so a
//! broken trace (clock going backwards, entries out of order) shows up instead of
//! skewing the tables.

use cits_proto::{Trace, TraceEntry};

/// Stage name of the first trace entry, stamped by the testbed at publish time.
pub const INGEST_STAGE: &str = "ingest";

/// The stages a `cits.predictions` record passes, in order (thesis Figure 13 plus our ingest).
pub const PIPELINE_STAGES: [&str; 6] = [
    INGEST_STAGE,
    "decoder",
    "collector",
    "assembler",
    "mapmatcher",
    "predictor",
];

/// Stage name of the egress bridge's trace entry (fetch from `cits.denm` → MQTT publish).
pub const EGRESS_STAGE: &str = "egress";

/// The stages a warning (a DENM published on MQTT) passes, in order: the prediction's
/// path, then the collision detector (the risk is caused by the pair's newest
/// prediction, whose trace the stage shell copies into it), the DENM sender (caused by
/// its risk) and the egress bridge.
pub const WARNING_STAGES: [&str; 9] = [
    INGEST_STAGE,
    "decoder",
    "collector",
    "assembler",
    "mapmatcher",
    "predictor",
    "collisions",
    "denm",
    EGRESS_STAGE,
];

/// Why a trace cannot be measured.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum TraceError {
    /// The record carried no trace or an empty one.
    #[error("message {index}: trace is empty")]
    Empty {
        /// Position of the message in the consumed stream.
        index: usize,
    },
    /// The stages are not the expected ones in the expected order.
    #[error("message {index}: stages {found:?} do not match the expected path {expected:?}")]
    UnexpectedStages {
        /// Position of the message in the consumed stream.
        index: usize,
        /// Stage names found in the trace.
        found: Vec<String>,
        /// Stage names expected.
        expected: Vec<String>,
    },
    /// A stage says it sent before it received.
    #[error(
        "message {index}: stage {stage} sent {sent_ns} ns before it received {received_ns} ns"
    )]
    SentBeforeReceived {
        /// Position of the message in the consumed stream.
        index: usize,
        /// The stage at fault.
        stage: String,
        /// Its receive stamp.
        received_ns: u64,
        /// Its send stamp.
        sent_ns: u64,
    },
    /// A stage received the record before the previous stage sent it.
    #[error(
        "message {index}: {to} received at {received_ns} ns, before {from} sent at {sent_ns} ns"
    )]
    ReceivedBeforeSent {
        /// Position of the message in the consumed stream.
        index: usize,
        /// The sending stage.
        from: String,
        /// The receiving stage.
        to: String,
        /// When `from` sent.
        sent_ns: u64,
        /// When `to` received.
        received_ns: u64,
    },
}

/// One stage visit of one message.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct StageTiming {
    /// Stage name, e.g. "collector".
    pub stage: String,
    /// Which instance handled it, e.g. "collector-0".
    pub instance: String,
    /// When the stage received the record, Unix ns.
    pub received_ns: u64,
    /// When the stage handed the derived record to the producer, Unix ns.
    pub sent_ns: u64,
}

impl StageTiming {
    /// Time spent inside the stage.
    pub fn processing_ns(&self) -> u64 {
        self.sent_ns - self.received_ns
    }
}

/// The measured path of one final record.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct MessageTiming {
    /// Position in the consumed stream (0-based), the x axis of the latency plots.
    pub index: usize,
    /// Trajectory key of the record, for finding it again in the raw data.
    pub key: String,
    /// The stage visits, in order; the first one is the ingest entry. Never
    /// empty: only [`MessageTiming::from_trace`] builds it.
    stages: Vec<StageTiming>,
}

impl MessageTiming {
    /// Validates a trace against the expected stage path and builds the timing.
    ///
    /// `expected` lists the stage names in order; the trace must contain exactly
    /// those (one instance each). Timestamps must not go backwards.
    pub fn from_trace(
        index: usize,
        key: &str,
        trace: Option<&Trace>,
        expected: &[&str],
    ) -> Result<Self, TraceError> {
        let entries: &[TraceEntry] = trace.map(|t| t.entries.as_slice()).unwrap_or_default();
        if entries.is_empty() {
            return Err(TraceError::Empty { index });
        }
        let names_match = entries.len() == expected.len()
            && entries
                .iter()
                .zip(expected)
                .all(|(e, want)| e.stage == *want);
        if !names_match {
            return Err(TraceError::UnexpectedStages {
                index,
                found: entries.iter().map(|e| e.stage.clone()).collect(),
                expected: expected.iter().map(|s| (*s).to_owned()).collect(),
            });
        }
        let mut stages = Vec::with_capacity(entries.len());
        let mut previous: Option<&TraceEntry> = None;
        for entry in entries {
            if entry.sent_ns < entry.received_ns {
                return Err(TraceError::SentBeforeReceived {
                    index,
                    stage: entry.stage.clone(),
                    received_ns: entry.received_ns,
                    sent_ns: entry.sent_ns,
                });
            }
            if let Some(prev) = previous {
                if entry.received_ns < prev.sent_ns {
                    return Err(TraceError::ReceivedBeforeSent {
                        index,
                        from: prev.stage.clone(),
                        to: entry.stage.clone(),
                        sent_ns: prev.sent_ns,
                        received_ns: entry.received_ns,
                    });
                }
            }
            stages.push(StageTiming {
                stage: entry.stage.clone(),
                instance: entry.instance.clone(),
                received_ns: entry.received_ns,
                sent_ns: entry.sent_ns,
            });
            previous = Some(entry);
        }
        Ok(Self {
            index,
            key: key.to_owned(),
            stages,
        })
    }

    /// The stage visits, in path order.
    pub fn stages(&self) -> &[StageTiming] {
        &self.stages
    }

    fn first(&self) -> &StageTiming {
        // `from_trace` guarantees at least one entry; an empty path measures as zero.
        &self.stages[0]
    }

    fn last(&self) -> &StageTiming {
        &self.stages[self.stages.len() - 1]
    }

    /// Publish time of the message (the ingest entry's receive stamp), Unix ns.
    pub fn published_ns(&self) -> u64 {
        self.first().received_ns
    }

    /// End-to-end latency from publishing to the last stage's send.
    pub fn end_to_end_ns(&self) -> u64 {
        self.last().sent_ns - self.first().received_ns
    }

    /// End-to-end latency as the thesis measured it: from the ingest service's
    /// send to the broker to the last stage's send (MQTT transit excluded).
    pub fn end_to_end_from_broker_ns(&self) -> u64 {
        self.last().sent_ns - self.first().sent_ns
    }

    /// Time between consecutive stages, labelled "from→to", in path order.
    pub fn hops(&self) -> impl Iterator<Item = (String, u64)> + '_ {
        self.stages.windows(2).map(|pair| {
            (
                hop_name(&pair[0].stage, &pair[1].stage),
                pair[1].received_ns - pair[0].sent_ns,
            )
        })
    }

    /// End-to-end latency minus (all processing + all hops): zero for a
    /// consistent trace. Kept signed so a bug in the arithmetic shows its sign.
    pub fn residual_ns(&self) -> i128 {
        let processing: i128 = self
            .stages
            .iter()
            .map(|s| i128::from(s.processing_ns()))
            .sum();
        let hops: i128 = self.hops().map(|(_, ns)| i128::from(ns)).sum();
        i128::from(self.end_to_end_ns()) - processing - hops
    }
}

/// Label of the hop between two stages, as used in tables and CSV headers.
pub fn hop_name(from: &str, to: &str) -> String {
    format!("{from}→{to}")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A trace with the given (stage, received, sent) entries.
    fn trace(entries: &[(&str, u64, u64)]) -> Trace {
        let mut t = Trace::default();
        for (i, (stage, r, s)) in entries.iter().enumerate() {
            t.push(stage, &format!("{stage}-{i}"), *r, *s);
        }
        t
    }

    fn full_path() -> Trace {
        trace(&[
            ("ingest", 1_000, 1_500),
            ("decoder", 2_000, 2_100),
            ("collector", 3_000, 3_050),
            ("assembler", 4_000, 4_020),
            ("mapmatcher", 6_000, 6_400),
            ("predictor", 7_000, 7_100),
        ])
    }

    #[test]
    fn computes_end_to_end_stages_and_hops() {
        let t = full_path();
        let m = MessageTiming::from_trace(7, "1/2", Some(&t), &PIPELINE_STAGES).unwrap();
        assert_eq!(m.index, 7);
        assert_eq!(m.end_to_end_ns(), 7_100 - 1_000);
        assert_eq!(m.end_to_end_from_broker_ns(), 7_100 - 1_500);
        let processing: Vec<u64> = m.stages().iter().map(StageTiming::processing_ns).collect();
        assert_eq!(processing, vec![500, 100, 50, 20, 400, 100]);
        let hops: Vec<(String, u64)> = m.hops().collect();
        assert_eq!(
            hops,
            vec![
                ("ingest→decoder".to_owned(), 500),
                ("decoder→collector".to_owned(), 900),
                ("collector→assembler".to_owned(), 950),
                ("assembler→mapmatcher".to_owned(), 1_980),
                ("mapmatcher→predictor".to_owned(), 600),
            ]
        );
        assert_eq!(m.residual_ns(), 0);
    }

    #[test]
    fn rejects_missing_and_empty_traces() {
        assert_eq!(
            MessageTiming::from_trace(3, "k", None, &PIPELINE_STAGES),
            Err(TraceError::Empty { index: 3 })
        );
        let empty = Trace::default();
        assert!(matches!(
            MessageTiming::from_trace(0, "k", Some(&empty), &PIPELINE_STAGES),
            Err(TraceError::Empty { .. })
        ));
    }

    #[test]
    fn rejects_wrong_stage_path() {
        let t = trace(&[("ingest", 1, 1), ("collector", 2, 3)]);
        let err = MessageTiming::from_trace(0, "k", Some(&t), &PIPELINE_STAGES).unwrap_err();
        assert!(
            matches!(err, TraceError::UnexpectedStages { ref found, .. } if found == &["ingest", "collector"])
        );
        // Same stages but swapped.
        let t = trace(&[("decoder", 1, 1), ("ingest", 2, 3)]);
        assert!(MessageTiming::from_trace(0, "k", Some(&t), &["ingest", "decoder"]).is_err());
    }

    #[test]
    fn rejects_time_going_backwards() {
        let t = trace(&[("ingest", 10, 10), ("decoder", 20, 19)]);
        assert!(matches!(
            MessageTiming::from_trace(0, "k", Some(&t), &["ingest", "decoder"]),
            Err(TraceError::SentBeforeReceived { ref stage, .. }) if stage == "decoder"
        ));
        let t = trace(&[("ingest", 10, 30), ("decoder", 20, 40)]);
        assert!(matches!(
            MessageTiming::from_trace(0, "k", Some(&t), &["ingest", "decoder"]),
            Err(TraceError::ReceivedBeforeSent { ref from, ref to, .. }) if from == "ingest" && to == "decoder"
        ));
    }

    #[test]
    fn direct_ingest_is_a_point() {
        // Replaying straight into cits.raw stamps received == sent for ingest.
        let t = trace(&[("ingest", 100, 100), ("decoder", 300, 350)]);
        let m = MessageTiming::from_trace(0, "k", Some(&t), &["ingest", "decoder"]).unwrap();
        assert_eq!(m.end_to_end_ns(), m.end_to_end_from_broker_ns());
        assert_eq!(m.end_to_end_ns(), 250);
        assert_eq!(m.published_ns(), 100);
    }

    mod prop {
        use super::*;
        use proptest::prelude::*;

        proptest! {
            /// For any monotone trace, stages + hops add up to end-to-end exactly.
            #[test]
            fn parts_add_up(start in 0u64..1u64 << 60, gaps in proptest::collection::vec(0u64..1_000_000_000, 2 * PIPELINE_STAGES.len())) {
                let mut now = start;
                let mut t = Trace::default();
                for (i, stage) in PIPELINE_STAGES.iter().enumerate() {
                    let received = now + gaps[2 * i];
                    let sent = received + gaps[2 * i + 1];
                    t.push(stage, "x", received, sent);
                    now = sent;
                }
                let m = MessageTiming::from_trace(0, "k", Some(&t), &PIPELINE_STAGES).unwrap();
                prop_assert_eq!(m.residual_ns(), 0);
                let proc_sum: u64 = m.stages().iter().map(StageTiming::processing_ns).sum();
                let hop_sum: u64 = m.hops().map(|(_, h)| h).sum();
                prop_assert_eq!(m.end_to_end_ns(), proc_sum + hop_sum);
            }
        }
    }
}
