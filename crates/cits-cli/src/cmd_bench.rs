//! `cits bench` (being written).

/// Arguments of `cits bench`.
#[derive(Debug, clap::Args)]
pub struct Args {}

/// Runs `cits bench`.
pub fn run(_args: Args) -> anyhow::Result<()> {
    anyhow::bail!("`cits bench` is not implemented yet")
}
