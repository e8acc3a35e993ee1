//! The predictor stage: `cits.matched` ([`MatchedTrajectory`]) → `cits.predictions`
//! ([`Prediction`]): weighted path hypotheses on the lane graph read once at start from
//! `$CITS_GRAPH_DIR/{car,bike}.wkb`, constant velocity for everything off it. Horizon
//! and step come from `CITS_HORIZON_MS` / `CITS_STEP_MS` (default 4 s in 250 ms steps).
//!
//! Records are keyed by site, the RSU's station id from the trajectory key: all road
//! users of one intersection land in one partition, so one collision-detector instance
//! owns a site and sees every pair in it. The lane graph is one intersection's (site's)
//! map; a deployment covering several intersections runs one predictor per site graph.
//!
//! Stateless: each update carries the window the prediction needs, so a restart loses
//! nothing and there is nothing to evict.

use std::sync::Arc;

use cits_core::predictor::{Predictor, PredictorConfig};
use cits_stage::proto::{MatchedTrajectory, Prediction};
use cits_stage::{Now, Stage, StageConfig};

/// Counts live heap bytes for the stats line (`heap_kib`, see `cits_stage::heap`).
#[global_allocator]
static ALLOCATOR: cits_stage::heap::CountingAllocator = cits_stage::heap::CountingAllocator;

/// The predictor; no clock: it keeps no state to expire.
struct PredictorStage {
    predictor: Predictor,
}

impl Stage for PredictorStage {
    type Input = MatchedTrajectory;
    type Output = Prediction;
    type Error = cits_core::Error;
    const NAME: &'static str = "predictor";

    fn process(
        &mut self,
        matched: MatchedTrajectory,
        _now: Now,
    ) -> Result<Vec<Prediction>, Self::Error> {
        self.predictor
            .predict(&matched)
            .map(|prediction| prediction.into_iter().collect())
    }

    fn tick(&mut self, _now: Now) -> Option<String> {
        let s = self.predictor.stats();
        Some(format!(
            "graph={} cv={} skipped={}",
            s.graph, s.constant_velocity, s.skipped
        ))
    }
}

fn load(config: &StageConfig) -> cits_stage::Result<PredictorStage> {
    let graph = cits_stage::graph::required_lane_graph(config.graph_dir.as_deref())?;
    let defaults = PredictorConfig::default();
    let predictor_config = PredictorConfig::with_horizon(
        config.horizon_ms.unwrap_or(defaults.horizon_ms),
        config.step_ms.unwrap_or(defaults.step_ms),
    )
    .map_err(|e| cits_stage::Error::Setup(format!("CITS_HORIZON_MS / CITS_STEP_MS: {e}").into()))?;
    Ok(PredictorStage {
        predictor: Predictor::new(Arc::new(graph), predictor_config),
    })
}

fn main() -> std::process::ExitCode {
    cits_stage::main(load)
}
