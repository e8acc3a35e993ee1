import sys
root='/work/wt/pipeline/'
p=root+'crates/cits-pipeline/tests/common/mod.rs'
s=open(p).read()
rep=[
('use cits_core::matcher::{MapMatcher, StreetGraph};','use cits_core::lanes::LaneGraph;\nuse cits_core::matcher::{MapMatcher, StreetGraph};\nuse cits_core::predictor::{Predictor, PredictorConfig};'),
('use cits_proto::MatchedTrajectory;','use cits_proto::{MatchedTrajectory, Prediction};'),
('pub const MODULES: [&str; 4] = ["decoder", "collector", "assembler", "mapmatcher"];',
 'pub const MODULES: [&str; 5] = ["decoder", "collector", "assembler", "mapmatcher", "predictor"];'),
('''    /// Matched trajectory updates.
    pub matched: Vec<MatchedTrajectory>,
}''','''    /// Matched trajectory updates.
    pub matched: Vec<MatchedTrajectory>,
    /// Matched updates the predictor rejects.
    pub predictor_rejects: u64,
    /// Matched updates the predictor skips (counted in its stats).
    pub prediction_skips: u64,
    /// Predictions.
    pub predictions: Vec<Prediction>,
}'''),
('''/// Runs decoder → collector → assembler → matcher in process''','''/// Runs decoder → collector → assembler → matcher → predictor in process'''),
('''    let mut matcher = MapMatcher::new(graph);''','''    let mut matcher = MapMatcher::new(graph);
    let lanes = Arc::new(LaneGraph::from_wkb(&car, &bike).expect("lane graph"));
    let mut predictor = Predictor::new(lanes, PredictorConfig::default());'''),
('''                Ok(Some(matched)) => out.matched.push(matched),''','''                Ok(Some(matched)) => {
                    match predictor.predict(&matched) {
                        Ok(Some(prediction)) => out.predictions.push(prediction),
                        Ok(None) => out.prediction_skips += 1,
                        Err(_) => out.predictor_rejects += 1,
                    }
                    out.matched.push(matched);
                }'''),
]
for a,b in rep:
    assert a in s, a[:70]
    s=s.replace(a,b)
s+='''
/// What identifies a prediction exactly: (key, session, observation time, class, number of
/// hypotheses and their methods). Floats are compared by the predictor's own tests.
pub type PredictionKey = (String, i64, i64, i32, String, Vec<i32>);

/// The sorted identities of `items`, duplicates (re-deliveries) removed when `dedup`.
pub fn prediction_keys(items: &[Prediction], dedup: bool) -> Vec<PredictionKey> {
    let mut keys: Vec<PredictionKey> = items
        .iter()
        .map(|p| {
            (
                p.trajectory_key.clone(),
                p.session_start_ms,
                p.timestamp_ms,
                p.object_class,
                p.site.clone(),
                p.hypotheses.iter().map(|h| h.method).collect(),
            )
        })
        .collect();
    keys.sort();
    if dedup {
        keys.dedup();
    }
    keys
}
'''
open(p,'w').write(s)

p=root+'crates/cits-pipeline/tests/e2e.rs'
s=open(p).read()
rep=[
('use common::{assert_same_matched, canonical, native, sample, serial, DRAIN_TIMEOUT};',
 'use common::{\n    assert_same_matched, canonical, native, prediction_keys, sample, serial, DRAIN_TIMEOUT,\n};'),
('''    // The matched updates are the native ones (traces aside).
    assert_same_matched(
        &canonical(&outputs.matched, false),
        &canonical(&expected.matched, false),
    );
''','''    // The matched updates are the native ones (traces aside).
    assert_same_matched(
        &canonical(&outputs.matched, false),
        &canonical(&expected.matched, false),
    );

    // Every matched update yields a prediction, a counted skip or a dead letter, as natively.
    let predictor_dead = dead_letters_of(dead, Stage::Predictor) as u64;
    assert_eq!(predictor_dead, expected.predictor_rejects, "predictor dead letters");
    assert_eq!(
        counts.predictions,
        expected.predictions.len() as u64,
        "predictions"
    );
    let skipped = counts.matched - counts.predictions - predictor_dead;
    assert_eq!(
        skipped, expected.prediction_skips,
        "matched {} = predictions {} + skipped + dead letters {predictor_dead}",
        counts.matched, counts.predictions
    );
    assert_eq!(outputs.predictions_count, counts.predictions, "every prediction consumed");
    assert_eq!(
        prediction_keys(&outputs.predictions, false),
        prediction_keys(&expected.predictions, false),
        "the predictions are the native ones"
    );
    assert!(outputs
        .predictions
        .iter()
        .all(|p| p.trajectory_key.split('/').next() == Some(p.site.as_str())));
'''),
('''    let dlq_text = std::fs::read_to_string(export.path().join("dlq.jsonl")).expect("dlq.jsonl");
    assert_eq!(dlq_text.lines().count() as u64, outputs.dlq_count);
}''','''    let dlq_text = std::fs::read_to_string(export.path().join("dlq.jsonl")).expect("dlq.jsonl");
    assert_eq!(dlq_text.lines().count() as u64, outputs.dlq_count);
    let text = std::fs::read_to_string(export.path().join("predictions.jsonl"))
        .expect("predictions.jsonl");
    let lines: Vec<serde_json::Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).expect("predictions.jsonl line is JSON"))
        .collect();
    assert_eq!(lines.len() as u64, outputs.predictions_count);
    assert!(lines
        .iter()
        .all(|l| l["site"].is_string() && l["hypotheses"].is_array()));
}'''),
('''    assert_same_matched(
        &canonical(&outputs.matched, true),
        &canonical(&expected.matched, true),
    );
}''','''    assert_same_matched(
        &canonical(&outputs.matched, true),
        &canonical(&expected.matched, true),
    );
    assert_eq!(
        prediction_keys(&outputs.predictions, true),
        prediction_keys(&expected.predictions, true),
        "at-least-once: every native prediction is there"
    );
}'''),
]
for a,b in rep:
    assert a in s, a[:70]
    s=s.replace(a,b,1)
open(p,'w').write(s)
print("patched")
