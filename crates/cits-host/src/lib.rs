//! A deny-by-default Wasmtime host for cits-wasm stage modules.
//!
//! The stage modules are `wasm32-wasip1` programs built for WasmEdge: they talk
//! to Kafka through WasmEdge's socket extension (`sock_open`, `sock_connect`,
//! `sock_getaddrinfo`, ... in the `wasi_snapshot_preview1` namespace) and drive
//! tokio_wasi's reactor with `poll_oneoff`. This crate implements exactly that
//! subset of WASI preview 1 on Wasmtime, so the same `.wasm` files run without
//! WasmEdge:
//!
//! * network: TCP only; `sock_connect` succeeds only for addresses granted with
//!   [`NetGrant`]s (`HOST:PORT` or `HOST:*`); `sock_getaddrinfo` resolves literal
//!   IPv4 addresses and names that a grant names, nothing else;
//! * files: read-only, only below granted directories ([`DirGrant`]); absolute
//!   paths, `..` and symlinks that leave the grant are refused;
//! * environment and arguments: only what [`HostConfig`] lists;
//! * memory: capped ([`HostConfig::memory_bytes`], all of a module's memories together);
//! * CPU: a guest that runs longer than [`HostConfig::cpu_budget`] without calling
//!   the host (a loop that will not end) is trapped with [`Error::CpuBudget`];
//! * stdout/stderr: inherited; stdin reads as empty.
//!
//! Every denial returns an errno to the guest (`EACCES` for the network,
//! `ENOTCAPABLE`/`EROFS` for files) and logs a `warn` line through the `log`
//! crate naming what was denied. WASI functions the host does not provide are
//! linked as stubs returning `ENOSYS` (logged on first use).
//!
//! ```no_run
//! use cits_host::{HostConfig, Runtime};
//! let runtime = Runtime::new()?;
//! let module = runtime.load("modules/collector.wasm")?;
//! let config = HostConfig::new("collector")
//!     .env("CITS_BROKERS", "127.0.0.1:9092")
//!     .allow_net("127.0.0.1:9092".parse()?);
//! let exit_code = runtime.run(&module, &config)?;
//! # Ok::<(), cits_host::Error>(())
//! ```

mod abi;
mod error;
mod mem;
mod policy;
mod state;
mod wasi;

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use wasmtime::{Config, Engine, ExternType, Linker, Module, Store, Trap, Val, ValType};

pub use crate::error::{Error, Result};
pub use crate::policy::{DirGrant, NetGrant};
use crate::state::{Dir, Entry, FdTable, Host, Limits};

/// Default linear-memory cap: the stages need tens of MiB (the map matcher's
/// graphs are the largest state); 256 MiB leaves headroom without letting a
/// leaking module take the node down.
pub const DEFAULT_MEMORY_BYTES: usize = 256 * 1024 * 1024;

/// Default CPU budget: a stage handles a fetched batch in milliseconds and builds its
/// lane graph at start well under a second even on a Raspberry Pi, so five seconds
/// without one host call is a loop that will not end.
pub const DEFAULT_CPU_BUDGET: Duration = Duration::from_secs(5);

/// How often the runtime's ticker thread advances the engine epoch: the resolution of
/// the CPU budget and of stopping running Wasm code (Wasmtime checks the epoch at
/// function entries and loop headers, a few instructions each).
pub const EPOCH_TICK: Duration = Duration::from_millis(10);

/// The import module every supported import comes from.
pub const WASI_MODULE: &str = wasi::WASI;

/// Exit code reported when a module is stopped by a SIGINT-style request (128 + 2).
pub const EXIT_INTERRUPTED: i32 = 130;

/// What one module run is allowed to see and do.
#[derive(Clone, Debug)]
pub struct HostConfig {
    /// `argv` (the first entry is the program name).
    pub args: Vec<String>,
    /// Environment variables, the only ones the guest sees.
    pub env: Vec<(String, String)>,
    /// Addresses the guest may connect to.
    pub allow_net: Vec<NetGrant>,
    /// Directories the guest may read.
    pub dirs: Vec<DirGrant>,
    /// Linear-memory cap in bytes, over all of the module's memories together.
    pub memory_bytes: usize,
    /// Longest stretch the guest may run without calling the host (`None`: no bound).
    pub cpu_budget: Option<Duration>,
}

impl HostConfig {
    /// A config granting nothing, with `argv = [program]`.
    pub fn new(program: &str) -> Self {
        HostConfig {
            args: vec![program.to_owned()],
            env: Vec::new(),
            allow_net: Vec::new(),
            dirs: Vec::new(),
            memory_bytes: DEFAULT_MEMORY_BYTES,
            cpu_budget: Some(DEFAULT_CPU_BUDGET),
        }
    }

    /// Adds an environment variable.
    pub fn env(mut self, key: &str, value: &str) -> Self {
        self.env.push((key.to_owned(), value.to_owned()));
        self
    }

    /// Grants connecting to an address.
    pub fn allow_net(mut self, grant: NetGrant) -> Self {
        self.allow_net.push(grant);
        self
    }

    /// Grants reading a directory.
    pub fn dir(mut self, grant: DirGrant) -> Self {
        self.dirs.push(grant);
        self
    }

    /// Sets the memory cap in MiB.
    pub fn memory_mb(mut self, mb: usize) -> Self {
        self.memory_bytes = mb.saturating_mul(1024 * 1024);
        self
    }

    /// Sets the CPU budget (`None`: unbounded).
    pub fn cpu_budget(mut self, budget: Option<Duration>) -> Self {
        self.cpu_budget = budget;
        self
    }

    /// Appends a program argument.
    pub fn arg(mut self, arg: &str) -> Self {
        self.args.push(arg.to_owned());
        self
    }
}

/// A compiled module, ready to run any number of times.
#[derive(Clone)]
pub struct LoadedModule {
    module: Module,
    name: String,
    precompiled: bool,
    load_time: Duration,
}

impl LoadedModule {
    /// The module's name (its file name) used in log lines and errors.
    pub fn name(&self) -> &str {
        &self.name
    }
    /// Whether it was loaded from a precompiled `.cwasm`.
    pub fn precompiled(&self) -> bool {
        self.precompiled
    }
    /// How long reading and compiling (or deserializing) took.
    pub fn load_time(&self) -> Duration {
        self.load_time
    }
}

impl std::fmt::Debug for LoadedModule {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LoadedModule")
            .field("name", &self.name)
            .field("precompiled", &self.precompiled)
            .field("load_time", &self.load_time)
            .finish()
    }
}

/// Asks every running module of a [`Runtime`] to stop (e.g. on SIGTERM).
///
/// Running Wasm code is interrupted within an [`EPOCH_TICK`] and blocked host
/// calls notice within [`wasi`]'s stop-check interval (50 ms); [`Runtime::run`]
/// then returns [`Error::Stopped`]. Stopping is permanent for that runtime.
#[derive(Clone)]
pub struct StopHandle {
    flag: Arc<AtomicBool>,
    engine: Engine,
}

impl StopHandle {
    /// Requests the stop.
    pub fn stop(&self) {
        self.flag.store(true, Ordering::SeqCst);
        // Do not wait for the ticker's next tick.
        self.engine.increment_epoch();
    }

    /// Whether a stop was requested.
    pub fn is_stopped(&self) -> bool {
        self.flag.load(Ordering::SeqCst)
    }
}

/// The Wasmtime engine plus the host functions; compile modules once, run them often.
pub struct Runtime {
    engine: Engine,
    linker: Linker<Host>,
    /// Names of the WASI functions `linker` provides (everything else gets an ENOSYS stub).
    provided: HashSet<String>,
    stop: Arc<AtomicBool>,
    /// Cleared when the runtime is dropped: ends the epoch ticker thread.
    ticking: Arc<AtomicBool>,
}

impl Drop for Runtime {
    fn drop(&mut self) {
        self.ticking.store(false, Ordering::Relaxed);
    }
}

impl Runtime {
    /// Sets up the engine (Cranelift, epoch interruption for stopping and the CPU
    /// budget, advanced by a ticker thread every [`EPOCH_TICK`]) and the host functions.
    pub fn new() -> Result<Self> {
        let mut config = Config::new();
        config.epoch_interruption(true);
        let engine = Engine::new(&config).map_err(|e| Error::Engine(e.to_string()))?;
        let ticking = Arc::new(AtomicBool::new(true));
        let ticker = {
            let (engine, ticking) = (engine.clone(), ticking.clone());
            move || {
                while ticking.load(Ordering::Relaxed) {
                    std::thread::sleep(EPOCH_TICK);
                    engine.increment_epoch();
                }
            }
        };
        std::thread::Builder::new()
            .name("cits-host-epoch".into())
            .spawn(ticker)
            .map_err(|e| Error::Engine(format!("cannot start the epoch ticker: {e}")))?;
        let mut linker = Linker::new(&engine);
        wasi::add_to_linker(&mut linker).map_err(|e| Error::Engine(e.to_string()))?;
        let mut store = Store::new(&engine, dummy_host());
        let provided = linker
            .iter(&mut store)
            .map(|(_, name, _)| name.to_owned())
            .collect();
        Ok(Runtime {
            engine,
            linker,
            provided,
            stop: Arc::new(AtomicBool::new(false)),
            ticking,
        })
    }

    /// A handle to stop running modules from another thread or a signal handler thread.
    pub fn stop_handle(&self) -> StopHandle {
        StopHandle {
            flag: self.stop.clone(),
            engine: self.engine.clone(),
        }
    }

    /// Loads a `.wasm` module (compiling it) or a `.cwasm` precompiled by
    /// [`Runtime::precompile`] with the same Wasmtime version and settings.
    pub fn load(&self, path: impl AsRef<Path>) -> Result<LoadedModule> {
        let path = path.as_ref();
        let started = Instant::now();
        let name = path.file_name().map_or_else(
            || path.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        );
        let compile_err = |e: wasmtime::Error| Error::Compile {
            path: path.to_owned(),
            message: format!("{e:#}"),
        };
        let precompiled = !is_wasm_binary(path).map_err(|source| Error::Read {
            path: path.to_owned(),
            source,
        })?;
        let module = if precompiled {
            // SAFETY: `.cwasm` files are trusted like native code: they must come
            // from `cits compile` (Engine::precompile_module). Wasmtime checks the
            // header, version and settings before using the code.
            unsafe { Module::deserialize_file(&self.engine, path) }.map_err(compile_err)?
        } else {
            let bytes = std::fs::read(path).map_err(|source| Error::Read {
                path: path.to_owned(),
                source,
            })?;
            Module::from_binary(&self.engine, &bytes).map_err(compile_err)?
        };
        Ok(LoadedModule {
            module,
            name,
            precompiled,
            load_time: started.elapsed(),
        })
    }

    /// Compiles in-memory `.wasm` bytes (for tests and embedding).
    pub fn load_bytes(&self, name: &str, bytes: &[u8]) -> Result<LoadedModule> {
        let started = Instant::now();
        let module = Module::from_binary(&self.engine, bytes).map_err(|e| Error::Compile {
            path: PathBuf::from(name),
            message: format!("{e:#}"),
        })?;
        Ok(LoadedModule {
            module,
            name: name.to_owned(),
            precompiled: false,
            load_time: started.elapsed(),
        })
    }

    /// Compiles `.wasm` bytes to a `.cwasm` artifact for this runtime's settings and CPU.
    pub fn precompile(&self, wasm: &[u8]) -> Result<Vec<u8>> {
        self.engine
            .precompile_module(wasm)
            .map_err(|e| Error::Compile {
                path: PathBuf::from("<bytes>"),
                message: format!("{e:#}"),
            })
    }

    /// Reads `input` (`.wasm`), precompiles it and writes `output` (`.cwasm`).
    pub fn precompile_file(&self, input: &Path, output: &Path) -> Result<()> {
        let wasm = std::fs::read(input).map_err(|source| Error::Read {
            path: input.to_owned(),
            source,
        })?;
        let cwasm = self.precompile(&wasm).map_err(|e| match e {
            Error::Compile { message, .. } => Error::Compile {
                path: input.to_owned(),
                message,
            },
            other => other,
        })?;
        std::fs::write(output, cwasm).map_err(|source| Error::Write {
            path: output.to_owned(),
            source,
        })
    }

    /// Runs the module's `_start` to completion on the calling thread.
    ///
    /// Returns the exit code (0 when `_start` returns, the `proc_exit` code
    /// otherwise). A trap is [`Error::Trap`] (its message says when the memory
    /// cap was the cause), running past the CPU budget [`Error::CpuBudget`], a stop
    /// request [`Error::Stopped`].
    pub fn run(&self, module: &LoadedModule, config: &HostConfig) -> Result<i32> {
        let name = module.name.clone();
        if self.stop.load(Ordering::SeqCst) {
            return Err(Error::Stopped { module: name });
        }
        let linker = self.linker_for(module)?;
        let host = build_host(module, config, self.stop.clone())?;
        let mut store = Store::new(&self.engine, host);
        store.limiter(|h| &mut h.limits);
        // Every tick: a stop request or an exhausted CPU budget ends the run,
        // otherwise the guest runs on until the next tick.
        let budget = config.cpu_budget;
        store.set_epoch_deadline(1);
        store.epoch_deadline_callback(move |ctx| {
            let host = ctx.data();
            if host.stopping() {
                return Err(wasmtime::Error::new(wasi::StopRequested));
            }
            if let Some(budget) = budget {
                if host.guest_since.elapsed() > budget {
                    return Err(wasmtime::Error::new(wasi::CpuBudgetExceeded));
                }
            }
            Ok(wasmtime::UpdateDeadline::Continue(1))
        });

        let outcome = linker
            .instantiate(&mut store, &module.module)
            .and_then(|instance| {
                let start = instance.get_typed_func::<(), ()>(&mut store, "_start")?;
                start.call(&mut store, ())
            });
        match outcome {
            Ok(()) => Ok(0),
            Err(e) => {
                if let Some(exit) = e.downcast_ref::<wasi::ProcExit>() {
                    return Ok(exit.0);
                }
                if e.downcast_ref::<wasi::StopRequested>().is_some()
                    || (matches!(e.downcast_ref::<Trap>(), Some(Trap::Interrupt))
                        && self.stop.load(Ordering::SeqCst))
                {
                    return Err(Error::Stopped { module: name });
                }
                if e.downcast_ref::<wasi::CpuBudgetExceeded>().is_some() {
                    return Err(Error::CpuBudget {
                        module: name,
                        budget_ms: config
                            .cpu_budget
                            .map_or(0, |b| u64::try_from(b.as_millis()).unwrap_or(u64::MAX)),
                    });
                }
                let mut message = format!("{e:#}");
                if let Some((current, desired)) = store.data().limits.refused {
                    message.push_str(&format!(
                        " (the memory cap of {} MiB was reached: growing linear memory from {current} to {desired} bytes was refused)",
                        config.memory_bytes / (1024 * 1024)
                    ));
                }
                Err(Error::Trap {
                    module: name,
                    message,
                })
            }
        }
    }

    /// The shared linker plus `ENOSYS` stubs for WASI functions we do not provide.
    fn linker_for(&self, module: &LoadedModule) -> Result<Linker<Host>> {
        let mut linker = self.linker.clone();
        let mut stubbed = HashSet::new();
        for import in module.module.imports() {
            let (m, n) = (import.module(), import.name());
            let unsupported = || Error::UnsupportedImport {
                module: module.name.clone(),
                import: format!("{m}.{n}"),
            };
            if m != WASI_MODULE {
                return Err(unsupported());
            }
            let ExternType::Func(ty) = import.ty() else {
                return Err(unsupported());
            };
            if self.provided.contains(n) || !stubbed.insert(n.to_owned()) {
                continue;
            }
            let returns_errno =
                ty.results().len() == 1 && ty.results().all(|r| matches!(r, ValType::I32));
            let call_name = n.to_owned();
            let module_name = module.name.clone();
            let warned = Arc::new(AtomicBool::new(false));
            linker
                .func_new(m, n, ty, move |_caller, _params, results| {
                    if !warned.swap(true, Ordering::Relaxed) {
                        log::warn!("cits-host: {module_name}: WASI call {call_name} is not provided by this host (ENOSYS)");
                    }
                    match results.first_mut() {
                        Some(slot) if returns_errno => {
                            *slot = Val::I32(i32::from(abi::Errno::NOSYS.0));
                            Ok(())
                        }
                        _ => Err(wasmtime::Error::msg(format!("unsupported WASI call {call_name}"))),
                    }
                })
                .map_err(|e| Error::Engine(e.to_string()))?;
        }
        Ok(linker)
    }
}

/// Whether `path` starts with the WebAssembly magic (`\0asm`); anything else is
/// treated as a precompiled artifact, which Wasmtime validates on load.
fn is_wasm_binary(path: &Path) -> std::io::Result<bool> {
    use std::io::Read;
    let mut magic = [0u8; 4];
    let mut file = std::fs::File::open(path)?;
    let n = file.read(&mut magic)?;
    Ok(n == magic.len() && &magic == b"\0asm")
}

fn dummy_host() -> Host {
    Host {
        fds: FdTable::default(),
        args: Vec::new(),
        env: Vec::new(),
        net: policy::NetPolicy::default(),
        limits: Limits::new(0, String::new()),
        stop: Arc::new(AtomicBool::new(false)),
        module: String::new(),
        guest_since: Instant::now(),
    }
}

fn build_host(module: &LoadedModule, config: &HostConfig, stop: Arc<AtomicBool>) -> Result<Host> {
    let mut fds = FdTable::default();
    for entry in [Entry::Stdin, Entry::Stdout, Entry::Stderr] {
        fds.insert(entry)
            .map_err(|_| Error::Engine("fd table full".to_owned()))?;
    }
    for grant in &config.dirs {
        let root = grant.host.canonicalize().map_err(|source| Error::Preopen {
            path: grant.host.clone(),
            source,
        })?;
        if !root.is_dir() {
            return Err(Error::Preopen {
                path: grant.host.clone(),
                source: std::io::Error::new(std::io::ErrorKind::NotADirectory, "not a directory"),
            });
        }
        fds.insert(Entry::Dir(Dir {
            root: root.clone(),
            path: root,
            preopen: Some(grant.guest.clone()),
        }))
        .map_err(|_| Error::Engine("fd table full".to_owned()))?;
    }
    let nul = |s: String| {
        let mut b = s.into_bytes();
        b.push(0);
        b
    };
    Ok(Host {
        fds,
        args: config.args.iter().cloned().map(nul).collect(),
        env: config
            .env
            .iter()
            .map(|(k, v)| nul(format!("{k}={v}")))
            .collect(),
        net: policy::NetPolicy::new(config.allow_net.clone()),
        limits: Limits::new(config.memory_bytes, module.name.clone()),
        stop,
        module: module.name.clone(),
        guest_since: Instant::now(),
    })
}

/// One import of a module.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Import {
    /// Import module, e.g. `wasi_snapshot_preview1`.
    pub module: String,
    /// Field name, e.g. `sock_open`.
    pub name: String,
}

/// Lists a `.wasm` binary's imports, e.g. to check that a stage module imports
/// only from `wasi_snapshot_preview1`.
pub fn imports(bytes: &[u8]) -> Result<Vec<Import>> {
    use wasmtime::wasmparser::{Parser, Payload};
    let mut out = Vec::new();
    for payload in Parser::new(0).parse_all(bytes) {
        if let Payload::ImportSection(section) = payload.map_err(|e| Error::Parse(e.to_string()))? {
            for import in section.into_imports() {
                let import = import.map_err(|e| Error::Parse(e.to_string()))?;
                out.push(Import {
                    module: import.module.to_owned(),
                    name: import.name.to_owned(),
                });
            }
        }
    }
    Ok(out)
}

/// The imports of `bytes` that do not come from `wasi_snapshot_preview1` (empty = fine).
pub fn foreign_imports(bytes: &[u8]) -> Result<Vec<Import>> {
    Ok(imports(bytes)?
        .into_iter()
        .filter(|i| i.module != WASI_MODULE)
        .collect())
}
