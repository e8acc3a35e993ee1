//! The collision detector stage: `cits.predictions` ([`Prediction`]) → `cits.risks`
//! ([`CollisionRisk`]), keyed by `risk_id`. Defaults from
//! `cits_core::collisions::CollisionConfig`, with the `key=value,…` pairs of
//! `CITS_COLLISION_CONFIG` over them (the balance of recall, precision and lead time, e.g.
//! `ttc_raise_s=2.0,min_probability=0.7`); `CITS_CAR_CAR=1` also pairs two motor vehicles.
//!
//! The ENDED records of the risks of users a `tick` evicts go out right after it
//! (`Stage::take_tick_outputs`), not only with the next prediction's output: at the end
//! of traffic there may be none.
//!
//! The state survives restarts: every changed road user (its latest prediction), pair
//! track (persistence history, calm streak, active risk) and held ENDED record is written
//! to the changelog topic (`cits.collisions.changelog`, a tombstone once gone) and
//! restored on start, so an active risk keeps its `risk_id` and still ends with an ENDED
//! record (and its DENM with a cancellation).

use cits_core::collisions::{CollisionConfig, CollisionDetector};
use cits_stage::proto::{CollisionRisk, Prediction};
use cits_stage::{EventClock, Now, Stage, StageConfig, StateChange};

/// Counts live heap bytes for the stats line (`heap_kib`, see `cits_stage::heap`).
#[global_allocator]
static ALLOCATOR: cits_stage::heap::CountingAllocator = cits_stage::heap::CountingAllocator;

/// The detector (with the ENDED records of its ticks) and the event clock that drives
/// its eviction.
struct CollisionStage {
    detector: CollisionDetector,
    clock: EventClock,
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
        self.detector.process(&prediction)
    }

    fn tick(&mut self, now: Now) -> Option<String> {
        if let Some(watermark) = self.clock.watermark(now) {
            self.detector.tick_and_hold(watermark);
        }
        let s = self.detector.stats();
        Some(format!(
            "users={} pairs={} active={} tick_ended={} evicted={} assessments={}",
            self.detector.user_count(),
            self.detector.pair_count(),
            self.detector.active_count(),
            self.detector.held_count(),
            s.evicted_stale + s.evicted_for_capacity,
            s.assessments
        ))
    }

    fn take_tick_outputs(&mut self) -> Vec<CollisionRisk> {
        self.detector.take_held()
    }

    const STATEFUL: bool = true;

    fn take_changes(&mut self) -> Vec<StateChange> {
        self.detector
            .take_changes()
            .into_iter()
            .map(StateChange::from)
            .collect()
    }

    fn take_changed_keys(&mut self) -> Option<Vec<String>> {
        Some(self.detector.take_changed_keys())
    }

    fn restore(&mut self, key: &str, state: &[u8]) -> Result<(), Self::Error> {
        self.detector.restore(key, state)
    }
}

/// Settings over the detector defaults: `key=value,…` (`CollisionConfig::from_settings`).
/// `cits_core::collisions::SETTINGS_ENV`, spelled out: `.ci/validate-deploy.sh` reads a
/// module's variables off its string literals.
const SETTINGS_ENV: &str = "CITS_COLLISION_CONFIG";

fn load(_config: &StageConfig) -> cits_stage::Result<CollisionStage> {
    let car_car = match std::env::var("CITS_CAR_CAR") {
        Ok(v) => match v.trim() {
            "1" | "true" | "yes" => true,
            "0" | "false" | "no" | "" => false,
            _ => {
                return Err(cits_stage::Error::InvalidEnv {
                    var: "CITS_CAR_CAR",
                    value: v,
                    reason: "must be 1/true/yes or 0/false/no".to_owned(),
                })
            }
        },
        Err(_) => false,
    };
    let settings = std::env::var(SETTINGS_ENV).unwrap_or_default();
    let config =
        CollisionConfig::from_settings(&settings).map_err(|e| cits_stage::Error::InvalidEnv {
            var: SETTINGS_ENV,
            value: settings.clone(),
            reason: e.to_string(),
        })?;
    let config = CollisionConfig { car_car, ..config };
    cits_stage::log::log(
        cits_stage::log::Level::Info,
        "collisions",
        format_args!("detector {} car_car={car_car}", config.settings()),
    );
    Ok(CollisionStage {
        detector: CollisionDetector::new(config).with_change_tracking(),
        clock: EventClock::default(),
    })
}

fn main() -> std::process::ExitCode {
    cits_stage::main(load)
}
