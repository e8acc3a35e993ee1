//! The assembler stage: `cits.locations` ([`Location`]) → `cits.trajectories`
//! (on every update, the last `CITS_WINDOW_MS` of the object's session as a
//! [`Trajectory`], default [`DEFAULT_WINDOW_MS`]).
//! Sessions run on event time; idle ones are evicted once a second against an
//! [`EventClock`] watermark (newest location time + wall time since).
//!
//! The sessions survive restarts: every changed session is written to the changelog
//! topic (`cits.assembler.changelog`, keyed by trajectory key, a tombstone when it
//! closes) and restored from it on start, so a restarted assembler continues the same
//! sessions.

use cits_core::assembler::{Assembler, AssemblerConfig, DEFAULT_WINDOW_MS};
use cits_stage::proto::{Location, Trajectory};
use cits_stage::{EventClock, Now, Stage, StateChange};

/// Counts live heap bytes for the stats line (`heap_kib`, see `cits_stage::heap`).
#[global_allocator]
static ALLOCATOR: cits_stage::heap::CountingAllocator = cits_stage::heap::CountingAllocator;

/// The session windows of the locations this instance owns.
struct AssemblerStage {
    assembler: Assembler,
    clock: EventClock,
}

impl Stage for AssemblerStage {
    type Input = Location;
    type Output = Trajectory;
    type Error = cits_core::Error;
    const NAME: &'static str = "assembler";

    fn process(&mut self, location: Location, now: Now) -> Result<Vec<Trajectory>, Self::Error> {
        self.clock.observe(location.timestamp_ms, now);
        self.assembler
            .push(location)
            .map(|trajectory| vec![trajectory])
    }

    fn tick(&mut self, now: Now) -> Option<String> {
        let evicted = self
            .clock
            .watermark(now)
            .map_or(0, |w| self.assembler.evict_idle(w));
        Some(format!(
            "sessions={} evicted={evicted}",
            self.assembler.open_sessions()
        ))
    }

    const STATEFUL: bool = true;

    fn take_changes(&mut self) -> Vec<StateChange> {
        self.assembler
            .take_changes()
            .into_iter()
            .map(StateChange::from)
            .collect()
    }

    fn take_changed_keys(&mut self) -> Option<Vec<String>> {
        Some(self.assembler.take_changed_keys())
    }

    fn restore(&mut self, key: &str, state: &[u8]) -> Result<(), Self::Error> {
        self.assembler.restore(key, state)
    }
}

fn main() -> std::process::ExitCode {
    cits_stage::main(|config| {
        let window_ms = config.window_ms.map_or(DEFAULT_WINDOW_MS, i64::from);
        Ok::<_, std::convert::Infallible>(AssemblerStage {
            assembler: Assembler::new(AssemblerConfig {
                window_ms,
                ..AssemblerConfig::default()
            })
            .with_change_tracking(),
            clock: EventClock::default(),
        })
    })
}
