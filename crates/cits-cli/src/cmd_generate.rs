//! `cits generate` (being written).

/// Arguments of `cits generate`.
#[derive(Debug, clap::Args)]
pub struct Args {}

/// Runs `cits generate`.
pub fn run(_args: Args) -> anyhow::Result<()> {
    anyhow::bail!("`cits generate` is not implemented yet")
}
