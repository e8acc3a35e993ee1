//! The collector stage: `cits.cpm` ([`Cpm`]) → `cits.locations` (one WGS84
//! [`Location`] per perceived object), keyed by trajectory key
//! "<station_id>/<object_id>" so one object stays in one partition.

use cits_stage::proto::{Cpm, Location};
use cits_stage::{Now, Stage};

/// Turns each CPM's perceived objects into locations; stateless.
struct Collector;

impl Stage for Collector {
    type Input = Cpm;
    type Output = Location;
    type Error = cits_core::Error;
    const NAME: &'static str = "collector";

    fn process(&mut self, cpm: Cpm, _now: Now) -> Result<Vec<Location>, Self::Error> {
        cits_core::collector::collect(&cpm)
    }
}

fn main() -> anyhow::Result<()> {
    cits_stage::main(|_| Ok::<_, std::convert::Infallible>(Collector))?;
    Ok(())
}
