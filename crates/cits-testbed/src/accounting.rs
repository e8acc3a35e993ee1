//! What the pipeline should output for a recording: one matched record per
//! perceived object (every location updates its trajectory, and every trajectory
//! update is matched: cars and bicycles onto their lanes, pedestrians and unknown
//! classes passed through unmatched for the predictor).
//!
//! Uses the same `cits-core` code as the stages, so "expected" follows the
//! stages' own classification.

use cits_proto::Encoding;
use cits_sim::recording::Entry;

/// Expected output of a recording.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct Expected {
    /// Messages in the recording.
    pub messages: usize,
    /// Messages the decoder or collector rejects (they end as one dead letter each).
    pub rejected_messages: usize,
    /// Perceived objects in the accepted messages.
    pub objects: usize,
    /// Objects of a class the map matcher skips: none since it passes pedestrians and
    /// unknown classes through unmatched (kept so reports keep their columns).
    pub skipped_objects: usize,
}

impl Expected {
    /// Matched records the pipeline should produce.
    pub fn matched(&self) -> usize {
        self.objects - self.skipped_objects
    }
}

/// Counts what `entries` (UPER CPMs) should yield.
pub fn expected(entries: &[Entry]) -> Expected {
    let mut e = Expected {
        messages: entries.len(),
        ..Expected::default()
    };
    for entry in entries {
        let locations = cits_core::decoder::decode_cpm_payload(&entry.bytes, Encoding::Uper)
            .and_then(|cpm| cits_core::collector::collect(&cpm));
        match locations {
            Ok(locations) => {
                e.objects += locations.len();
            }
            Err(_) => e.rejected_messages += 1,
        }
    }
    e
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn garbage_is_rejected_not_counted() {
        let entries = vec![Entry {
            timestamp_ms: 0,
            bytes: vec![0xff; 3],
        }];
        let e = expected(&entries);
        assert_eq!(
            e,
            Expected {
                messages: 1,
                rejected_messages: 1,
                objects: 0,
                skipped_objects: 0
            }
        );
        assert_eq!(e.matched(), 0);
    }

    #[test]
    fn generated_recording_is_classified_like_the_simulator_did() {
        // Two minutes: long enough that pedestrians (0.1/s over four arms) are in view.
        let config = cits_sim::Config::new(7, 2.0).expect("config");
        let data = cits_sim::generate(&config, &mut |_, _| {}).expect("generate");
        let e = expected(&data.recording);
        assert_eq!(e.messages, data.recording.len());
        assert_eq!(e.rejected_messages, 0);
        // Every observation the simulator put in is found again ...
        assert_eq!(
            e.objects as u64,
            data.stats.observations.iter().sum::<u64>(),
            "{e:?}"
        );
        // ... and every one of them is expected on cits.matched (pedestrians unmatched).
        assert_eq!(e.matched(), e.objects, "{e:?}");
        assert!(
            data.stats.matchable_observations() < e.objects as u64,
            "the run should contain pedestrians, which are expected on cits.matched too: {:?}",
            data.stats.observations
        );
    }
}
