//! `cits compile`: precompile a stage module to native code for this machine's CPU —
//! a `.cwasm` for this build of cits-host (so `cits run` skips compilation), or with
//! `--engine wasmedge` WasmEdge's AOT code (what `wasmedge compile` writes).

use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::{Context, Result};
use cits_host::Runtime;

use crate::cmd_run::Engine;

/// An optimisation level of WasmEdge's AOT compiler (`wasmedge compile --optimize`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum OptLevel {
    /// `0`
    #[value(name = "0")]
    O0,
    /// `1`
    #[value(name = "1")]
    O1,
    /// `2`
    #[value(name = "2")]
    O2,
    /// `3` (WasmEdge's default)
    #[value(name = "3")]
    O3,
    /// `s`: size (what the decoder and the DENM sender need: LLVM 19 crashes on them at 2/3)
    #[value(name = "s")]
    Os,
    /// `z`: smallest
    #[value(name = "z")]
    Oz,
}

impl OptLevel {
    /// The level `cits_pipeline::wasmedge::optimize_level` uses for a stage (`s` or `3`).
    pub fn for_module(path: &Path) -> Self {
        let stage = path.file_stem().and_then(|s| s.to_str()).and_then(|name| {
            cits_pipeline::Stage::ALL
                .into_iter()
                .find(|s| s.name() == name)
        });
        match stage.map(cits_pipeline::wasmedge::optimize_level) {
            Some("s") => OptLevel::Os,
            _ => OptLevel::O3,
        }
    }
}

/// Arguments of `cits compile`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The `.wasm` module.
    #[arg(required_unless_present = "print_version")]
    pub input: Option<PathBuf>,
    /// Output file (default: the input with extension `.cwasm`; with --engine wasmedge
    /// `.so`, a shared library — name it `.wasm` for a universal Wasm file, the module with
    /// its native code in a custom section, which crun and the containerd shim accept).
    #[arg(short, long)]
    pub output: Option<PathBuf>,
    /// Whose native code: our host's (Wasmtime) or WasmEdge's.
    #[arg(long, value_enum, default_value_t = Engine::Builtin)]
    pub engine: Engine,
    /// WasmEdge's optimisation level [default: `s` for the decoder and the DENM sender,
    /// on which LLVM 19 crashes at 2 and 3; `3` otherwise].
    #[arg(long, value_enum)]
    pub optimize: Option<OptLevel>,
    /// Print the engine's version and exit (with --engine wasmedge: libwasmedge's, part of
    /// AOT cache keys).
    #[arg(long)]
    pub print_version: bool,
}

/// Runs `cits compile`.
pub fn run(args: Args) -> Result<()> {
    if args.print_version {
        println!("{}", engine_version(args.engine)?);
        return Ok(());
    }
    let Some(input) = args.input.clone() else {
        anyhow::bail!("no module given");
    };
    let started = Instant::now();
    let output = match args.engine {
        Engine::Builtin => {
            let output = args
                .output
                .clone()
                .unwrap_or_else(|| input.with_extension("cwasm"));
            let runtime = Runtime::new().context("setting up the Wasmtime host")?;
            runtime.precompile_file(&input, &output)?;
            output
        }
        Engine::Wasmedge => {
            let level = args
                .optimize
                .unwrap_or_else(|| OptLevel::for_module(&input));
            let output = args
                .output
                .clone()
                .unwrap_or_else(|| input.with_extension("so"));
            compile_wasmedge(&input, &output, level)?;
            output
        }
    };
    let size = std::fs::metadata(&output).map(|m| m.len()).unwrap_or(0);
    eprintln!(
        "cits compile: {} -> {} ({size} bytes) in {:.1} ms",
        input.display(),
        output.display(),
        started.elapsed().as_secs_f64() * 1e3
    );
    Ok(())
}

/// The version of the engine whose native code `cits compile` writes.
fn engine_version(engine: Engine) -> Result<String> {
    match engine {
        Engine::Builtin => Ok(format!("cits-host {}", env!("CARGO_PKG_VERSION"))),
        #[cfg(feature = "wasmedge")]
        Engine::Wasmedge => Ok(crate::engine_wasmedge::version()),
        #[cfg(not(feature = "wasmedge"))]
        Engine::Wasmedge => anyhow::bail!(crate::NO_WASMEDGE),
    }
}

#[cfg(feature = "wasmedge")]
fn compile_wasmedge(input: &Path, output: &Path, level: OptLevel) -> Result<()> {
    crate::engine_wasmedge::compile(input, output, level)
}

#[cfg(not(feature = "wasmedge"))]
fn compile_wasmedge(_: &Path, _: &Path, _: OptLevel) -> Result<()> {
    anyhow::bail!(crate::NO_WASMEDGE)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stages_that_crash_llvm_at_o3_compile_at_s() {
        assert_eq!(
            OptLevel::for_module(Path::new("m/decoder.wasm")),
            OptLevel::Os
        );
        assert_eq!(OptLevel::for_module(Path::new("denm.wasm")), OptLevel::Os);
        assert_eq!(
            OptLevel::for_module(Path::new("collector.wasm")),
            OptLevel::O3
        );
        assert_eq!(OptLevel::for_module(Path::new("other.wasm")), OptLevel::O3);
    }
}
