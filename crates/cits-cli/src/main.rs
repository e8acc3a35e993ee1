//! `cits`: the one user-facing command of cits-wasm.

use anyhow::Result;
use clap::{Parser, Subcommand};

mod bench_chaos;
mod bench_soak;
mod cmd_bench;
mod cmd_broker;
mod cmd_compile;
mod cmd_generate;
mod cmd_image;
mod cmd_run;
mod cmd_up;
mod cmd_view;
#[cfg(feature = "wasmedge")]
mod engine_wasmedge;

/// What `--engine wasmedge` says in a `cits` built without WasmEdge.
#[cfg(not(feature = "wasmedge"))]
const NO_WASMEDGE: &str = "this cits was built without WasmEdge: build it with \
    `cargo build --release -p cits-cli --features wasmedge` (needs libwasmedge 0.17.1, e.g. \
    from `make deps`, WASMEDGE_DIR pointing at it, and libclang), or use --engine builtin";

/// C-ITS stream processing on WebAssembly: CPMs in, predicted paths of road users out.
#[derive(Debug, Parser)]
#[command(name = "cits", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Write a deterministic intersection data set (recording, street graph, ground truth).
    Generate(cmd_generate::Args),
    /// Run one stage module (.wasm), like `wasmedge run`.
    Run(cmd_run::Args),
    /// Precompile a module (.wasm -> .cwasm; with --engine wasmedge WasmEdge AOT code).
    Compile(cmd_compile::Args),
    /// Run the whole pipeline locally (embedded broker unless --brokers is given).
    Up(cmd_up::Args),
    /// Run only the embedded Kafka-compatible broker (tansu, in-memory) until Ctrl-C.
    Broker(cmd_broker::Args),
    /// Measure the pipeline as the thesis did and write a report.
    Bench(cmd_bench::Args),
    /// Write OCI images of the stage modules without a container engine.
    Image(cmd_image::Args),
    /// Serve a live map of a running pipeline (road users, predicted paths, warnings).
    View(cmd_view::Args),
}

fn main() -> Result<()> {
    match Cli::parse().command {
        Command::Generate(args) => cmd_generate::run(args),
        Command::Run(args) => cmd_run::run(args),
        Command::Compile(args) => cmd_compile::run(args),
        Command::Up(args) => cmd_up::run(args),
        Command::Broker(args) => cmd_broker::run(args),
        Command::Bench(args) => cmd_bench::run(args),
        Command::Image(args) => cmd_image::run(args),
        Command::View(args) => cmd_view::run(args),
    }
}
