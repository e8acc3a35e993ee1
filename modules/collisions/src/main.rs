//! The collision detector stage: `cits.predictions` ([`Prediction`]) → `cits.risks`
//! ([`CollisionRisk`]), keyed by `risk_id`. Defaults from
//! `cits_core::collisions::CollisionConfig`; `CITS_CAR_CAR=1` also pairs two motor vehicles.
//!
//! The shell's `tick` cannot produce records, so the ENDED records of users it evicts
//! are held and sent with the output of the next prediction.

use anyhow::Context;
use cits_core::collisions::{CollisionConfig, CollisionDetector};
use cits_stage::proto::{CollisionRisk, Prediction};
use cits_stage::{EventClock, Now, Stage, StageConfig};

/// Counts live heap bytes for the stats line (`heap_kib`, see `cits_stage::heap`).
#[global_allocator]
static ALLOCATOR: cits_stage::heap::CountingAllocator = cits_stage::heap::CountingAllocator;

/// The detector, the event clock that drives its eviction, and ENDED records from ticks.
struct CollisionStage {
    detector: CollisionDetector,
    clock: EventClock,
    /// ENDED records found by `tick`, sent with the next `process` output.
    pending: Vec<CollisionRisk>,
}

impl Stage for CollisionStage {
    type Input = Prediction;
    type Output = CollisionRisk;
    type Error = cits_core::Error;
    const NAME: &'static str = "collisions";

    fn process(
        &mut self,
        prediction: Prediction,
        now: Now,
    ) -> Result<Vec<CollisionRisk>, Self::Error> {
        self.clock.observe(prediction.timestamp_ms, now);
        let risks = self.detector.process(&prediction)?;
        let mut out = std::mem::take(&mut self.pending);
        out.extend(risks);
        Ok(out)
    }

    fn tick(&mut self, now: Now) -> Option<String> {
        if let Some(watermark) = self.clock.watermark(now) {
            let ended = self.detector.tick(watermark);
            self.pending.extend(ended);
        }
        let s = self.detector.stats();
        Some(format!(
            "users={} pairs={} active={} pending_ended={} evicted={} assessments={}",
            self.detector.user_count(),
            self.detector.pair_count(),
            self.detector.active_count(),
            self.pending.len(),
            s.evicted_stale + s.evicted_for_capacity,
            s.assessments
        ))
    }
}

fn load(_config: &StageConfig) -> anyhow::Result<CollisionStage> {
    let car_car = match std::env::var("CITS_CAR_CAR") {
        Ok(v) => matches!(v.trim(), "1" | "true" | "yes")
            .then_some(true)
            .or_else(|| matches!(v.trim(), "0" | "false" | "no" | "").then_some(false))
            .with_context(|| format!("CITS_CAR_CAR must be 1/true/yes or 0/false/no, got {v:?}"))?,
        Err(_) => false,
    };
    Ok(CollisionStage {
        detector: CollisionDetector::new(CollisionConfig {
            car_car,
            ..CollisionConfig::default()
        }),
        clock: EventClock::default(),
        pending: Vec::new(),
    })
}

fn main() -> anyhow::Result<()> {
    cits_stage::main(load)?;
    Ok(())
}
