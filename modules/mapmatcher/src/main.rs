//! The map matcher stage: `cits.trajectories` ([`Trajectory`]) →
//! `cits.matched` ([`MatchedTrajectory`]): cars and bikes matched onto the directed
//! lane graph read once at start from `$CITS_GRAPH_DIR/{car,bike}.wkb` by an online
//! HMM (`cits_core::matcher`). Pedestrians and unknown classes pass through
//! unmatched, so the predictor sees every road user; `tick` logs the counters.
//!
//! The sessions' matching state survives restarts: every changed session (its undecided
//! Viterbi columns, decided points, plausibility anchor) is written to the changelog
//! topic (`cits.mapmatcher.changelog`, keyed by trajectory key and session start, a
//! tombstone when dropped) and restored on start, so a restarted matcher continues each
//! session's HMM where it stopped instead of re-matching its window from scratch.

use std::sync::Arc;

use cits_core::matcher::MapMatcher;
use cits_stage::proto::{MatchedTrajectory, Trajectory};
use cits_stage::{EventClock, Now, Stage, StageConfig, StateChange};

/// Counts live heap bytes for the stats line (`heap_kib`, see `cits_stage::heap`).
#[global_allocator]
static ALLOCATOR: cits_stage::heap::CountingAllocator = cits_stage::heap::CountingAllocator;

/// The matcher and the event clock that drives its idle eviction.
struct MapMatcherStage {
    matcher: MapMatcher,
    clock: EventClock,
}

impl Stage for MapMatcherStage {
    type Input = Trajectory;
    type Output = MatchedTrajectory;
    type Error = cits_core::Error;
    const NAME: &'static str = "mapmatcher";

    fn process(
        &mut self,
        trajectory: Trajectory,
        now: Now,
    ) -> Result<Vec<MatchedTrajectory>, Self::Error> {
        if let Some(last) = trajectory.points.last() {
            self.clock.observe(last.timestamp_ms, now);
        }
        self.matcher
            .process(&trajectory)
            .map(|matched| vec![matched])
    }

    fn tick(&mut self, now: Now) -> Option<String> {
        let evicted = self
            .clock
            .watermark(now)
            .map_or(0, |w| self.matcher.evict_idle(w));
        let s = self.matcher.stats();
        Some(format!(
            "evicted={evicted} matched={} reused={} late={} unmatched={} breaks={}",
            s.matched_points, s.reused_points, s.late_points, s.unmatched_points, s.breaks
        ))
    }

    const STATEFUL: bool = true;

    fn take_changes(&mut self) -> Vec<StateChange> {
        self.matcher
            .take_changes()
            .into_iter()
            .map(StateChange::from)
            .collect()
    }

    fn take_changed_keys(&mut self) -> Option<Vec<String>> {
        Some(self.matcher.take_changed_keys())
    }

    fn restore(&mut self, key: &str, state: &[u8]) -> Result<(), Self::Error> {
        self.matcher.restore(key, state)
    }
}

fn load(config: &StageConfig) -> cits_stage::Result<MapMatcherStage> {
    let graph = cits_stage::graph::required_lane_graph(config.graph_dir.as_deref())?;
    Ok(MapMatcherStage {
        matcher: MapMatcher::new(Arc::new(graph)).with_change_tracking(),
        clock: EventClock::default(),
    })
}

fn main() -> std::process::ExitCode {
    cits_stage::main(load)
}
