//! `cits run`: run one stage module on the cits-host Wasmtime host, like `wasmedge run`
//! (or, with `--engine wasmedge`, on WasmEdge inside this process).
//!
//! Deny by default: the module sees only the `--env` variables, may connect only
//! to `--allow-net` addresses and read only `--dir` directories. SIGTERM stops it
//! cleanly (exit 0), SIGINT too (exit 130); otherwise the module's exit code is ours.
//! WasmEdge cannot restrict network destinations or CPU time: with it, `--allow-net` and
//! `--cpu-budget-ms` are refused rather than silently not enforced.

use std::path::PathBuf;
use std::sync::atomic::{AtomicI32, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::{Context, Result};
use cits_host::{
    DirGrant, HostConfig, NetGrant, Runtime, DEFAULT_CPU_BUDGET, DEFAULT_MEMORY_BYTES,
    EXIT_INTERRUPTED,
};

/// The engine of `cits run` (and `cits compile`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Engine {
    /// Our Wasmtime-based host (cits-host): deny-by-default grants, CPU budget.
    #[default]
    Builtin,
    /// WasmEdge in this process (wasmedge-sdk; `cits` built with the `wasmedge` feature).
    Wasmedge,
}

/// Arguments of `cits run`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The module: a `.wasm` file, or a `.cwasm` made by `cits compile` (builtin); a
    /// `.wasm` or a WasmEdge AOT file (`.so`, or a universal `.wasm`) made by `cits compile
    /// --engine wasmedge` (wasmedge: AOT files run their native code).
    pub module: PathBuf,
    /// What runs the module.
    #[arg(long, value_enum, default_value_t = Engine::Builtin)]
    pub engine: Engine,
    /// An environment variable for the module (repeatable).
    #[arg(long = "env", value_name = "KEY=VALUE", value_parser = parse_env)]
    pub env: Vec<(String, String)>,
    /// Allow connecting to HOST:PORT (or HOST:* for any port); repeatable.
    #[arg(long = "allow-net", value_name = "HOST:PORT")]
    pub allow_net: Vec<NetGrant>,
    /// Let the module read HOST_DIR under the guest path GUEST_DIR (read-only); repeatable.
    #[arg(long = "dir", value_name = "HOST_DIR:GUEST_DIR")]
    pub dir: Vec<DirGrant>,
    /// Linear-memory cap of the module in MiB.
    #[arg(long = "memory-mb", value_name = "N", default_value_t = DEFAULT_MEMORY_BYTES / (1024 * 1024))]
    pub memory_mb: usize,
    /// Trap the module when it runs this long without calling the host (a loop that
    /// will not end); 0: no bound [default: 1000 on builtin; WasmEdge has none].
    #[arg(long = "cpu-budget-ms", value_name = "MS")]
    pub cpu_budget_ms: Option<u64>,
    /// Print load (compile or deserialize) and run times to stderr.
    #[arg(long)]
    pub timings: bool,
    /// Arguments passed to the module after its name.
    #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
    pub args: Vec<String>,
}

fn parse_env(s: &str) -> Result<(String, String), String> {
    s.split_once('=')
        .filter(|(k, _)| !k.is_empty())
        .map(|(k, v)| (k.to_owned(), v.to_owned()))
        .ok_or_else(|| format!("expected KEY=VALUE, got {s:?}"))
}

/// Runs `cits run`.
pub fn run(args: Args) -> Result<()> {
    if args.engine == Engine::Wasmedge {
        return run_wasmedge(args);
    }
    StderrLog::install();
    // Before any thread exists (Wasmtime compiles on a thread pool), so that
    // every thread inherits the blocked mask and only the watcher sees them.
    let signals = block_signals()?;
    let started = Instant::now();
    let runtime = Runtime::new().context("setting up the Wasmtime host")?;
    let module = runtime
        .load(&args.module)
        .with_context(|| format!("loading {}", args.module.display()))?;
    if args.timings {
        eprintln!(
            "cits run: loaded {} in {:.1} ms ({}), engine setup included: {:.1} ms",
            module.name(),
            module.load_time().as_secs_f64() * 1e3,
            if module.precompiled() {
                "precompiled .cwasm"
            } else {
                "compiled from .wasm"
            },
            started.elapsed().as_secs_f64() * 1e3
        );
    }
    let cpu_budget_ms = args
        .cpu_budget_ms
        .unwrap_or(DEFAULT_CPU_BUDGET.as_millis() as u64);
    let mut config = HostConfig::new(module.name())
        .memory_mb(args.memory_mb)
        .cpu_budget((cpu_budget_ms > 0).then(|| Duration::from_millis(cpu_budget_ms)));
    config.args.extend(args.args);
    config.env = args.env;
    config.allow_net = args.allow_net;
    config.dirs = args.dir;

    let signal = Arc::new(AtomicI32::new(0));
    let (stop, seen) = (runtime.stop_handle(), signal.clone());
    watch_signals(signals, move |sig| {
        seen.store(sig, Ordering::SeqCst);
        stop.stop();
    })?;
    let run_started = Instant::now();
    let outcome = runtime.run(&module, &config);
    if args.timings {
        eprintln!(
            "cits run: {} ran for {:.1} ms",
            module.name(),
            run_started.elapsed().as_secs_f64() * 1e3
        );
    }
    match outcome {
        Ok(code) => std::process::exit(code),
        Err(cits_host::Error::Stopped { .. }) => {
            let code = if signal.load(Ordering::SeqCst) == libc::SIGINT {
                EXIT_INTERRUPTED
            } else {
                0
            };
            eprintln!("cits run: {} stopped", module.name());
            std::process::exit(code)
        }
        Err(e) => Err(e.into()),
    }
}

/// `cits run --engine wasmedge`: the module on WasmEdge in this process, native code when
/// the file is AOT-compiled. SIGTERM/SIGINT end the process at once (exit 0 / 130):
/// WasmEdge has no stop handle we could use from the signal thread, and the stages
/// commit only what their outputs acknowledged, so nothing is lost.
#[cfg(feature = "wasmedge")]
fn run_wasmedge(args: Args) -> Result<()> {
    use crate::engine_wasmedge::{self, RunOptions};
    anyhow::ensure!(
        args.allow_net.is_empty(),
        "WasmEdge cannot restrict where a module connects: drop --allow-net (the module \
         may then connect anywhere) or use --engine builtin"
    );
    anyhow::ensure!(
        args.cpu_budget_ms.is_none_or(|ms| ms == 0),
        "WasmEdge has no CPU budget per host call: drop --cpu-budget-ms or use --engine builtin"
    );
    watch_signals(block_signals()?, |sig| {
        let code = if sig == libc::SIGINT {
            EXIT_INTERRUPTED
        } else {
            0
        };
        eprintln!("cits run: stopped");
        // SAFETY: ends the process without running exit handlers, which could race with
        // WasmEdge still executing on the main thread.
        unsafe { libc::_exit(code) };
    })?;
    let aot = engine_wasmedge::is_aot(&args.module)?;
    let name = args
        .module
        .file_stem()
        .map_or_else(|| "module".to_owned(), |s| s.to_string_lossy().into_owned());
    let mut argv = vec![name];
    argv.extend(args.args);
    let options = RunOptions {
        args: argv,
        env: args.env,
        dirs: args
            .dir
            .iter()
            .map(|d| (d.host.clone(), d.guest.clone(), true))
            .collect(),
        memory_bytes: args.memory_mb * 1024 * 1024,
        aot,
    };
    let (code, timings) = engine_wasmedge::run(&args.module, &options)?;
    if args.timings {
        eprintln!(
            "cits run: loaded {} in {:.1} ms (WasmEdge {}, {}), ran for {:.1} ms",
            args.module.display(),
            timings.load.as_secs_f64() * 1e3,
            engine_wasmedge::version(),
            if aot { "AOT" } else { "interpreter" },
            timings.run.as_secs_f64() * 1e3
        );
    }
    std::process::exit(code)
}

#[cfg(not(feature = "wasmedge"))]
fn run_wasmedge(_: Args) -> Result<()> {
    anyhow::bail!(crate::NO_WASMEDGE)
}

/// Blocks SIGINT/SIGTERM in this thread (and so in threads spawned later).
fn block_signals() -> Result<libc::sigset_t> {
    // SAFETY: plain libc signal-set manipulation on a local, initialized set.
    unsafe {
        let mut set: libc::sigset_t = std::mem::zeroed();
        libc::sigemptyset(&mut set);
        libc::sigaddset(&mut set, libc::SIGINT);
        libc::sigaddset(&mut set, libc::SIGTERM);
        let rc = libc::pthread_sigmask(libc::SIG_BLOCK, &set, std::ptr::null_mut());
        anyhow::ensure!(rc == 0, "cannot block SIGINT/SIGTERM: error {rc}");
        Ok(set)
    }
}

/// Waits for the blocked signals on a thread and hands the first to `on_signal` (sigwait
/// avoids doing work inside a signal handler).
fn watch_signals(
    set: libc::sigset_t,
    on_signal: impl FnOnce(libc::c_int) + Send + 'static,
) -> Result<()> {
    std::thread::Builder::new()
        .name("cits-signals".to_owned())
        .spawn(move || {
            let mut sig: libc::c_int = 0;
            // SAFETY: `set` is a valid signal set, `sig` a valid out-pointer.
            if unsafe { libc::sigwait(&set, &mut sig) } == 0 {
                on_signal(sig);
            }
        })
        .context("spawning the signal thread")?;
    Ok(())
}

/// Host log lines (denials, ENOSYS calls) go to stderr; `CITS_HOST_LOG=debug|info|warn|error`.
struct StderrLog;

impl StderrLog {
    fn install() {
        static LOGGER: StderrLog = StderrLog;
        let level = match std::env::var("CITS_HOST_LOG").as_deref() {
            Ok("error") => log::LevelFilter::Error,
            Ok("info") => log::LevelFilter::Info,
            Ok("debug") => log::LevelFilter::Debug,
            _ => log::LevelFilter::Warn,
        };
        if log::set_logger(&LOGGER).is_ok() {
            log::set_max_level(level);
        }
    }
}

impl log::Log for StderrLog {
    fn enabled(&self, metadata: &log::Metadata<'_>) -> bool {
        metadata.level() <= log::max_level()
    }
    fn log(&self, record: &log::Record<'_>) {
        if self.enabled(record.metadata()) {
            eprintln!("[{}] {}", record.level(), record.args());
        }
    }
    fn flush(&self) {}
}
