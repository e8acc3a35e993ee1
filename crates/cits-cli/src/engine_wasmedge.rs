//! WasmEdge inside `cits` (wasmedge-sdk over libwasmedge; cargo feature `wasmedge`): the
//! engine of `cits run --engine wasmedge` and the AOT compiler of `cits compile --engine
//! wasmedge` and `cits image --aot`.
//!
//! The module gets WasmEdge's own WASI (`wasi_snapshot_preview1` of libwasmedge), which
//! includes the socket extension the stages' Kafka client uses — the same host functions
//! `wasmedge run`, crun and the containerd shim give it. What WasmEdge can restrict and
//! what it cannot is in `docs/wasmedge.md`: environment, arguments, directories
//! (read-only on request) and the memory cap yes; network destinations and CPU time no.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use anyhow::{bail, Context, Result};
use wasmedge_sdk::config::{
    CommonConfigOptions, CompilerConfigOptions, Config, ConfigBuilder, RuntimeConfigOptions,
};
use wasmedge_sdk::vm::SyncInst;
use wasmedge_sdk::wasi::WasiModule;
use wasmedge_sdk::{CompilerOptimizationLevel, CompilerOutputFormat, Module, RunMode, Store, Vm};

use crate::cmd_compile::OptLevel;

/// WasmEdge's linear-memory page size, bytes.
const PAGE_BYTES: usize = 64 * 1024;

/// Name of the custom section in which `wasmedge compile` stores native code inside a
/// universal Wasm file.
const AOT_SECTION: &str = "wasmedge";

/// The version of the linked libwasmedge, e.g. `0.17.1` (part of AOT cache keys: native
/// code from another WasmEdge is rejected at load time).
pub fn version() -> String {
    wasmedge_sdk::utils::CoreVersion::version_string()
}

/// How `cits run --engine wasmedge` runs a module.
#[derive(Debug, Clone)]
pub struct RunOptions {
    /// Program name and arguments the module sees (`argv`).
    pub args: Vec<String>,
    /// Environment of the module (nothing else of ours is passed).
    pub env: Vec<(String, String)>,
    /// Directories: host path, guest path, read-only.
    pub dirs: Vec<(PathBuf, String, bool)>,
    /// Linear-memory cap, bytes.
    pub memory_bytes: usize,
    /// Run the native code of an AOT-compiled file ([`is_aot`]) instead of interpreting.
    pub aot: bool,
}

/// What a run took: the load (parse, validate; `dlopen` of native code) and the run.
#[derive(Debug, Clone, Copy)]
pub struct Timings {
    /// Loading and validating the module.
    pub load: Duration,
    /// Instantiating and running `_start`.
    pub run: Duration,
}

/// Whether `path` holds native code WasmEdge runs in AOT mode: a shared library (ELF) from
/// `wasmedge compile … out.so`, or a universal Wasm file with the AOT custom section.
pub fn is_aot(path: &Path) -> Result<bool> {
    let bytes = std::fs::read(path).with_context(|| format!("reading {}", path.display()))?;
    Ok(bytes.starts_with(b"\x7fELF") || has_custom_section(&bytes, AOT_SECTION))
}

/// Whether the Wasm binary `bytes` has a custom section called `name` (false for anything
/// that is not a well-formed module up to that section).
fn has_custom_section(bytes: &[u8], name: &str) -> bool {
    wasmparser::Parser::new(0)
        .parse_all(bytes)
        .map_while(Result::ok)
        .any(|payload| matches!(payload, wasmparser::Payload::CustomSection(s) if s.name() == name))
}

/// Runs `module`'s `_start` in this process and returns its exit code.
pub fn run(module: &Path, options: &RunOptions) -> Result<(i32, Timings)> {
    let pages = u32::try_from(options.memory_bytes / PAGE_BYTES).unwrap_or(u32::MAX);
    let mode = if options.aot {
        RunMode::Aot
    } else {
        RunMode::Interpreter
    };
    let config = ConfigBuilder::new(CommonConfigOptions::default().run_mode(mode))
        .with_runtime_config(RuntimeConfigOptions::default().max_memory_pages(pages))
        .build()
        .map_err(|e| anyhow::anyhow!("configuring WasmEdge: {e}"))?;
    let args: Vec<&str> = options.args.iter().map(String::as_str).collect();
    let env: Vec<String> = options
        .env
        .iter()
        .map(|(k, v)| format!("{k}={v}"))
        .collect();
    // WasmEdge's preopen format: GUEST:HOST[:readonly].
    let dirs: Vec<String> = options
        .dirs
        .iter()
        .map(|(host, guest, read_only)| {
            let mode = if *read_only { ":readonly" } else { "" };
            format!("{guest}:{}{mode}", host.display())
        })
        .collect();
    for text in args.iter().copied().chain(env.iter().map(String::as_str)) {
        if text.contains('\0') {
            bail!("argument or variable {text:?} contains a NUL byte");
        }
    }
    let mut wasi = WasiModule::create(
        Some(args),
        Some(env.iter().map(String::as_str).collect()),
        Some(dirs.iter().map(String::as_str).collect()),
    )
    .map_err(|e| anyhow::anyhow!("creating WasmEdge's WASI module: {e}"))?;
    let loaded = Instant::now();
    let wasm = Module::from_file(Some(&config), module)
        .map_err(|e| anyhow::anyhow!("loading {}: {e}", module.display()))?;
    let load = loaded.elapsed();
    let started = Instant::now();
    let outcome = {
        let mut instances: HashMap<String, &mut dyn SyncInst> = HashMap::new();
        instances.insert(wasi.name().to_owned(), wasi.as_mut());
        let store = Store::new(Some(&config), instances)
            .map_err(|e| anyhow::anyhow!("creating the WasmEdge store: {e}"))?;
        let mut vm = Vm::new(store);
        vm.register_module(None, wasm)
            .map_err(|e| anyhow::anyhow!("instantiating {}: {e}", module.display()))?;
        vm.run_func(None, "_start", []).map(|_| ())
    };
    let timings = Timings {
        load,
        run: started.elapsed(),
    };
    match outcome {
        Ok(()) => Ok((exit_code(wasi.exit_code()), timings)),
        // `proc_exit` ends `_start` with WasmEdge's "terminated" error; the code is WASI's.
        Err(e) if is_terminated(&e) => Ok((exit_code(wasi.exit_code()), timings)),
        Err(e) => bail!("{} trapped: {e}", module.display()),
    }
}

fn is_terminated(e: &wasmedge_sdk::error::WasmEdgeError) -> bool {
    matches!(
        e,
        wasmedge_sdk::error::WasmEdgeError::Core(wasmedge_sdk::error::CoreError::Common(
            wasmedge_sdk::error::CoreCommonError::Terminated
        ))
    )
}

/// A WASI exit status as a process exit code (WASI's are 0..=125 by convention).
fn exit_code(code: u32) -> i32 {
    i32::try_from(code).unwrap_or(i32::MAX)
}

/// The SDK's value of an optimisation level.
fn sdk_level(level: OptLevel) -> CompilerOptimizationLevel {
    match level {
        OptLevel::O0 => CompilerOptimizationLevel::O0,
        OptLevel::O1 => CompilerOptimizationLevel::O1,
        OptLevel::O2 => CompilerOptimizationLevel::O2,
        OptLevel::O3 => CompilerOptimizationLevel::O3,
        OptLevel::Os => CompilerOptimizationLevel::Os,
        OptLevel::Oz => CompilerOptimizationLevel::Oz,
    }
}

/// AOT-compiles `input` to `output` for this machine's CPU: a universal Wasm file (the
/// module with a native-code section; still a Wasm entrypoint for crun and the shim) when
/// `output` ends in `.wasm`, else a shared library. Written under a temporary name and
/// renamed, so an interrupted compile leaves nothing a later run would take for done.
pub fn compile(input: &Path, output: &Path, level: OptLevel) -> Result<()> {
    let universal = output.extension().is_some_and(|e| e == "wasm");
    let format = if universal {
        CompilerOutputFormat::Wasm
    } else {
        CompilerOutputFormat::Native
    };
    let config: Config = ConfigBuilder::new(CommonConfigOptions::default())
        .with_compiler_config(
            CompilerConfigOptions::default()
                .out_format(format)
                .optimization_level(sdk_level(level)),
        )
        .build()
        .map_err(|e| anyhow::anyhow!("configuring the WasmEdge compiler: {e}"))?;
    let compiler = wasmedge_sdk::Compiler::new(Some(&config))
        .map_err(|e| anyhow::anyhow!("creating the WasmEdge compiler: {e}"))?;
    let dir = match output.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_owned(),
        _ => PathBuf::from("."),
    };
    std::fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
    // The SDK names its output `<name>.so` in `dir`, whatever the format.
    let partial_name = format!(
        ".{}.partial-{}",
        output
            .file_name()
            .map_or_else(|| "out".into(), |n| n.to_string_lossy()),
        std::process::id()
    );
    let partial = compiler
        .compile_from_file(input, &partial_name, &dir)
        .map_err(|e| anyhow::anyhow!("compiling {}: {e}", input.display()))?;
    std::fs::rename(&partial, output).with_context(|| {
        let _ = std::fs::remove_file(&partial);
        format!("renaming {} to {}", partial.display(), output.display())
    })?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A minimal module: header, then a custom section named `name` with a payload.
    fn module_with_custom(name: &str) -> Vec<u8> {
        let mut body = vec![name.len() as u8];
        body.extend_from_slice(name.as_bytes());
        body.extend_from_slice(&[1, 2, 3]);
        let mut bytes = b"\0asm\x01\0\0\0".to_vec();
        // An empty type section first, as compilers write them.
        bytes.extend_from_slice(&[1, 1, 0]);
        bytes.push(0);
        bytes.push(body.len() as u8);
        bytes.extend(body);
        bytes
    }

    #[test]
    fn the_aot_section_is_found_by_name_only() {
        assert!(has_custom_section(
            &module_with_custom("wasmedge"),
            "wasmedge"
        ));
        assert!(!has_custom_section(&module_with_custom("name"), "wasmedge"));
        // Truncated or not Wasm at all: no section, no panic.
        let full = module_with_custom("wasmedge");
        for len in 0..full.len() {
            assert!(!has_custom_section(&full[..len], "wasmedge"), "{len}");
        }
        assert!(!has_custom_section(b"\x7fELF", "wasmedge"));
    }
}
