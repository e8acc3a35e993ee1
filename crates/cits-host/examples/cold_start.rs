//! Cold-start numbers: compiling a `.wasm` vs loading its precompiled `.cwasm`.
//!
//! `cargo run --release -p cits-host --example cold_start -- MODULE.wasm...`
//! Prints, per module: size, Cranelift compile time, precompile time, `.cwasm`
//! size and deserialize time (median of `ROUNDS` fresh runtimes each).

use std::path::PathBuf;
use std::time::{Duration, Instant};

use cits_host::Runtime;

/// Repetitions per measurement: enough for a stable median on a busy machine.
const ROUNDS: usize = 5;

fn median(mut samples: Vec<Duration>) -> f64 {
    samples.sort();
    samples
        .get(samples.len() / 2)
        .map_or(0.0, |d| d.as_secs_f64() * 1e3)
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let modules: Vec<PathBuf> = std::env::args_os().skip(1).map(PathBuf::from).collect();
    if modules.is_empty() {
        return Err("usage: cold_start MODULE.wasm...".into());
    }
    let out_dir = std::env::temp_dir().join(format!("cits-cold-start-{}", std::process::id()));
    std::fs::create_dir_all(&out_dir)?;
    println!("module,wasm_bytes,engine_ms,compile_ms,precompile_ms,cwasm_bytes,deserialize_ms");
    for path in modules {
        let wasm_bytes = std::fs::metadata(&path)?.len();
        let mut engine = Vec::new();
        let mut compile = Vec::new();
        let mut deserialize = Vec::new();
        let cwasm = out_dir.join(
            path.with_extension("cwasm")
                .file_name()
                .ok_or("bad module path")?,
        );
        let started = Instant::now();
        Runtime::new()?.precompile_file(&path, &cwasm)?;
        let precompile = started.elapsed();
        for _ in 0..ROUNDS {
            let t = Instant::now();
            let runtime = Runtime::new()?;
            engine.push(t.elapsed());
            compile.push(runtime.load(&path)?.load_time());
            let runtime = Runtime::new()?;
            let module = runtime.load(&cwasm)?;
            assert!(module.precompiled());
            deserialize.push(module.load_time());
        }
        println!(
            "{},{wasm_bytes},{:.2},{:.1},{:.1},{},{:.2}",
            path.display(),
            median(engine),
            median(compile),
            precompile.as_secs_f64() * 1e3,
            std::fs::metadata(&cwasm)?.len(),
            median(deserialize)
        );
    }
    std::fs::remove_dir_all(&out_dir)?;
    Ok(())
}
