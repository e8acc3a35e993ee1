//! `cits`: the one user-facing command of cits-wasm.

use anyhow::Result;
use clap::{Parser, Subcommand};

/// C-ITS stream processing on WebAssembly: CPMs in, matched trajectories out.
#[derive(Debug, Parser)]
#[command(name = "cits", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {}

fn main() -> Result<()> {
    let cli = Cli::parse();
    match cli.command {}
}
