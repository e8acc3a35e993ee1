//! The collector stage: `cits.cpm` ([`Cpm`]) → `cits.locations` (one WGS84
//! [`Location`] per perceived object), keyed by trajectory key
//! "<station_id>/<object_id>" so one object stays in one partition. A CPM
//! whose measurement time is implausible for its station is dead-lettered
//! (`cits_core::collector::StationClocks`).

use cits_core::collector::{collect_checked, StationClocks};
use cits_stage::proto::{Cpm, Location};
use cits_stage::{Now, Stage};

/// Counts live heap bytes for the stats line (`heap_kib`, see `cits_stage::heap`).
#[global_allocator]
static ALLOCATOR: cits_stage::heap::CountingAllocator = cits_stage::heap::CountingAllocator;

/// Turns each CPM's perceived objects into locations; the only state is each
/// station's recent measurement time.
#[derive(Default)]
struct Collector {
    clocks: StationClocks,
}

impl Stage for Collector {
    type Input = Cpm;
    type Output = Location;
    type Error = cits_core::Error;
    const NAME: &'static str = "collector";

    fn process(&mut self, cpm: Cpm, now: Now) -> Result<Vec<Location>, Self::Error> {
        collect_checked(&cpm, &mut self.clocks, now.unix_ms())
    }
}

fn main() -> std::process::ExitCode {
    cits_stage::main(|_| Ok::<_, std::convert::Infallible>(Collector::default()))
}
