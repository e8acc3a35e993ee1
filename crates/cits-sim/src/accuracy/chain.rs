//! The native core chain the accuracy tests and tools replay a data set through: decode →
//! collect → assemble → map-match → predict, with the modules' functions and defaults and
//! the lane graph from the data set, CPM by CPM in send order. What comes out is what a
//! collision detector is fed, in the order the pipeline feeds it, so detector settings can
//! be compared on one recording of the predictions.

use std::sync::Arc;

use cits_core::assembler::{Assembler, AssemblerConfig};
use cits_core::lanes::LaneGraph;
use cits_core::matcher::MapMatcher;
use cits_core::predictor::{Predictor, PredictorConfig};
use cits_proto::{Encoding, Prediction};

use crate::Dataset;

/// One step of the replay.
#[derive(Debug, Clone, PartialEq)]
pub enum Step {
    /// A road user's new prediction, and the event-time watermark when it was made (the
    /// newest location time so far).
    Prediction {
        /// The predictor's output.
        prediction: Box<Prediction>,
        /// Newest event time seen, Unix ms.
        watermark_ms: i64,
    },
    /// A CPM was fully processed (the stages evicted idle state): the watermark after it.
    EndOfCpm {
        /// Newest event time seen, Unix ms.
        watermark_ms: i64,
    },
}

/// Runs `data`'s recording through the chain up to the predictor.
pub fn predictions(data: &Dataset) -> Result<Vec<Step>, cits_core::Error> {
    let lanes = Arc::new(LaneGraph::from_wkb(&data.car_wkb, &data.bike_wkb)?);
    let mut assembler = Assembler::new(AssemblerConfig::default());
    let mut matcher = MapMatcher::new(lanes.clone());
    let mut predictor = Predictor::new(lanes, PredictorConfig::default());
    let mut steps = Vec::new();
    let mut watermark_ms = i64::MIN;
    for entry in &data.recording {
        let cpm = cits_core::decoder::decode_cpm_payload(&entry.bytes, Encoding::Uper)?;
        for location in cits_core::collector::collect(&cpm)? {
            watermark_ms = watermark_ms.max(location.timestamp_ms);
            let trajectory = assembler.push(location)?;
            let matched = matcher.process(&trajectory)?;
            if let Some(prediction) = predictor.predict(&matched)? {
                steps.push(Step::Prediction {
                    prediction: Box::new(prediction),
                    watermark_ms,
                });
            }
        }
        assembler.evict_idle(watermark_ms);
        matcher.evict_idle(watermark_ms);
        steps.push(Step::EndOfCpm { watermark_ms });
    }
    Ok(steps)
}
