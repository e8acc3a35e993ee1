//! A pass-through stage on the shell: `Location` in, the same `Location` out
//! (re-keyed, traced). Shows the shell's whole API and measures it without any
//! stage logic: its `.wasm` size is the shell's cost, and it runs under
//! `cits run` against a broker without `cits-core`.

use cits_stage::proto::Location;
use cits_stage::{Now, Stage};

/// Forwards every location unchanged.
struct Echo;

impl Stage for Echo {
    type Input = Location;
    type Output = Location;
    type Error = std::convert::Infallible;
    const NAME: &'static str = "echo";

    fn process(&mut self, location: Location, _now: Now) -> Result<Vec<Location>, Self::Error> {
        Ok(vec![location])
    }
}

fn main() -> std::process::ExitCode {
    cits_stage::main(|_| Ok::<_, std::convert::Infallible>(Echo))
}
