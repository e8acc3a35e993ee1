//! `cits compile`: precompile a stage module to native code (`.cwasm`) for this
//! machine's CPU and this build of cits-host, so `cits run` skips compilation.

use std::path::PathBuf;
use std::time::Instant;

use anyhow::{Context, Result};
use cits_host::Runtime;

/// Arguments of `cits compile`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The `.wasm` module.
    pub input: PathBuf,
    /// Output file (default: the input with extension `.cwasm`).
    #[arg(short, long)]
    pub output: Option<PathBuf>,
}

/// Runs `cits compile`.
pub fn run(args: Args) -> Result<()> {
    let output = args
        .output
        .unwrap_or_else(|| args.input.with_extension("cwasm"));
    let started = Instant::now();
    let runtime = Runtime::new().context("setting up the Wasmtime host")?;
    runtime.precompile_file(&args.input, &output)?;
    let size = std::fs::metadata(&output).map(|m| m.len()).unwrap_or(0);
    eprintln!(
        "cits compile: {} -> {} ({size} bytes) in {:.1} ms",
        args.input.display(),
        output.display(),
        started.elapsed().as_secs_f64() * 1e3
    );
    Ok(())
}
