//! `cits image` (being written).

/// Arguments of `cits image`.
#[derive(Debug, clap::Args)]
pub struct Args {}

/// Runs `cits image`.
pub fn run(_args: Args) -> anyhow::Result<()> {
    anyhow::bail!("`cits image` is not implemented yet")
}
