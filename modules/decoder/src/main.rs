//! The decoder stage: `cits.raw` (a [`CitsMessage`] wrapping a UPER or XER
//! ETSI CPM) → `cits.cpm` ([`Cpm`]), keyed by station id. Undecodable or
//! foreign messages go to the dead-letter topic (see `cits-stage`).

use cits_stage::proto::{CitsMessage, Cpm};
use cits_stage::{Now, Stage};

/// Counts live heap bytes for the stats line (`heap_kib`, see `cits_stage::heap`).
#[global_allocator]
static ALLOCATOR: cits_stage::heap::CountingAllocator = cits_stage::heap::CountingAllocator;

/// Decodes the ETSI CPM inside each wrapper; stateless.
struct Decoder;

impl Stage for Decoder {
    type Input = CitsMessage;
    type Output = Cpm;
    type Error = cits_core::Error;
    const NAME: &'static str = "decoder";

    fn process(&mut self, message: CitsMessage, _now: Now) -> Result<Vec<Cpm>, Self::Error> {
        cits_core::decoder::decode_cpm(&message).map(|cpm| vec![cpm])
    }
}

fn main() -> std::process::ExitCode {
    cits_stage::main(|_| Ok::<_, std::convert::Infallible>(Decoder))
}
