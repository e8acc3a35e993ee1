//! `cits up` (being written).

/// Arguments of `cits up`.
#[derive(Debug, clap::Args)]
pub struct Args {}

/// Runs `cits up`.
pub fn run(_args: Args) -> anyhow::Result<()> {
    anyhow::bail!("`cits up` is not implemented yet")
}
