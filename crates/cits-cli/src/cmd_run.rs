//! `cits run` (being written).

/// Arguments of `cits run`.
#[derive(Debug, clap::Args)]
pub struct Args {}

/// Runs `cits run`.
pub fn run(_args: Args) -> anyhow::Result<()> {
    anyhow::bail!("`cits run` is not implemented yet")
}
