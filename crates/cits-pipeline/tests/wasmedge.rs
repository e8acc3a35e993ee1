//! The shipped `.wasm` stage modules on real WasmEdge — `wasmedge` processes, and the
//! WasmEdge inside `cits` (wasmedge-sdk, `cits run --engine wasmedge`) — interpreted and
//! AOT-compiled, against the same embedded broker and sample as `e2e.rs`, with the same
//! accounting against the native run. Needs WasmEdge 0.17.1 (`$CITS_WASMEDGE`, see
//! `common::wasmedge_modules`; `make deps` builds it) and a `cits` built with the
//! `wasmedge` feature (`make unit`); either missing fails loudly.

// See e2e.rs: `serial()` holds a std Mutex across awaits on purpose.
#![allow(clippy::await_holding_lock)]

mod common;

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use cits_pipeline::replay::ReplayOptions;
use cits_pipeline::wasmedge::{self, FALLBACK_MARKERS};
use cits_pipeline::{Error, Modules, Pipeline, Speed, Stage, SETTLE_PERIOD};

use common::{
    assert_accounted_as_native, native, sample, serial, wasmedge_modules, wasmedge_sdk_modules,
    DRAIN_TIMEOUT,
};

/// Records replayed into the interpreted pipeline: the interpreter is slow (about 20× the
/// AOT code per record), so it gets a prefix of the sample, long enough that the map
/// matcher falls behind at replay speed `max` (what the settle accounting must survive).
const INTERPRETED_RECORDS: usize = 120;

/// How long to wait after the settle for every instance's own processed count: the shell
/// prints it every 10 s (stats line), while the settle is decided earlier, from the
/// committed offsets; the stage's count is the second, independent witness.
const STATS_WAIT: Duration = Duration::from_secs(15);

/// Runs `entries` through the pipeline on `modules` at speed `max` and checks the
/// accounting against the native run; returns the pipeline's instance statuses and the log
/// directory's path for further checks. `probe` runs while the instances are still up.
async fn run_and_account(
    modules: Modules,
    test: &str,
    entries: Vec<cits_sim::recording::Entry>,
    probe: impl FnOnce(&mut Pipeline),
) -> std::path::PathBuf {
    let data = sample();
    let options = ReplayOptions {
        speed: Speed::Max,
        ..ReplayOptions::default()
    };
    let expected = native(&entries, &data.dir.join("graph"), &options);
    assert!(
        !expected.matched.is_empty(),
        "the records must produce matched trajectories natively"
    );
    let config = common::config_with(modules, &data, test);
    let logs = config.log_dir.clone().expect("log dir");
    let mut pipeline = Pipeline::start(config).await.expect("pipeline starts");
    let report = pipeline
        .replayer()
        .replay(&entries, &options)
        .await
        .expect("replay");
    assert_eq!(report.messages, entries.len() as u64);

    // Right after the replay the newest raw records cannot be in any stats line yet: a
    // wait without time must report what lags instead of declaring the pipeline settled.
    match pipeline
        .wait_settled(SETTLE_PERIOD, Duration::ZERO, |_| {})
        .await
    {
        Err(Error::NotSettled { lagging, .. }) => {
            eprintln!("right after the replay: {lagging}");
            assert!(
                lagging.contains("stage decoder lagging"),
                "the decoder has not reported the last raw records yet: {lagging}"
            );
        }
        other => panic!("no time to settle must be reported as not settled, got {other:?}"),
    }
    let started = Instant::now();
    let counts = pipeline
        .wait_settled(SETTLE_PERIOD, DRAIN_TIMEOUT, |_| {})
        .await
        .expect("pipeline settles: every stage processed its whole input");
    eprintln!(
        "settled {:.1} s after the replay",
        started.elapsed().as_secs_f64()
    );
    let stats_deadline = Instant::now() + STATS_WAIT;
    while Instant::now() < stats_deadline
        && pipeline
            .instances()
            .iter()
            .any(|i| i.consumed < counts.stage(i.id.stage).0)
    {
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
    probe(&mut pipeline);
    let summary = pipeline.shutdown().await.expect("clean shutdown");
    eprintln!("{summary}");
    for instance in &summary.instances {
        assert!(instance.running, "{} died", instance.id);
        let input = counts.stage(instance.id.stage).0;
        assert_eq!(
            instance.consumed, input,
            "{} reported {} records processed, its input topic holds {input}",
            instance.id, instance.consumed
        );
    }
    assert_accounted_as_native(&counts, &summary, &expected);
    logs
}

/// Every instance's log, with no line saying WasmEdge fell back to its interpreter.
fn assert_no_interpreter_fallback(logs: &Path) {
    for stage in Stage::ALL {
        let path = logs.join(format!("{}-0.log", stage.name()));
        let text = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("instance log {}: {e}", path.display()));
        for marker in FALLBACK_MARKERS {
            assert!(
                !text.contains(marker),
                "{}: WasmEdge fell back to the interpreter ({marker:?})",
                path.display()
            );
        }
    }
}

/// The first [`INTERPRETED_RECORDS`] of the sample through `modules` (interpreted):
/// accounted for like the native run.
async fn interpreted_prefix_is_accounted_for(modules: Modules, test: &str) {
    let _serial = serial();
    let data = sample();
    let entries: Vec<_> = data
        .entries
        .iter()
        .take(INTERPRETED_RECORDS)
        .cloned()
        .collect();
    run_and_account(modules, test, entries, |_| {}).await;
}

/// The whole sample through `modules` (AOT): accounted for like the native run, every
/// instance's process has the library `library(stage, module)` mapped executable, and no
/// instance log reports a fallback to the interpreter.
async fn aot_whole_sample_runs_native_code(
    modules: Modules,
    test: &str,
    library: impl Fn(Stage, &Path) -> std::path::PathBuf,
) {
    let _serial = serial();
    let data = sample();
    let dir = match &modules {
        Modules::WasmEdge { dir, .. } | Modules::WasmEdgeSdk { dir, .. } => dir.clone(),
        other => panic!("not a WasmEdge engine: {other:?}"),
    };
    let logs = run_and_account(modules, test, data.entries.clone(), |pipeline| {
        for instance in pipeline.instances() {
            let stage = instance.id.stage;
            let library = library(stage, &dir.join(format!("{}.wasm", stage.name())));
            let pid = instance.pid.expect("a running instance has a pid");
            assert!(
                wasmedge::maps_library(pid, &library).expect("read /proc/PID/maps"),
                "{} (pid {pid}) does not have {} mapped: not running AOT code",
                instance.id,
                library.display()
            );
        }
    })
    .await;
    assert_no_interpreter_fallback(&logs);
}

/// (a) The seven modules interpreted by `wasmedge`: the outputs equal the native run's, and
/// the pipeline settles only once the slow stages have processed everything (the issue's
/// repro: it used to stop while the map matcher lagged 139 records).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn interpreted_by_wasmedge_every_object_is_accounted_for_and_matches_native() {
    interpreted_prefix_is_accounted_for(wasmedge_modules(false), "wasmedge-interpreter").await;
}

/// (b) The seven modules AOT-compiled by `wasmedge compile` (to `.so`, cached by content in
/// the target dir) and run with `--run-mode=aot`, on the whole sample: the outputs equal
/// the native run's, and every instance runs native code: its process has its `.so`
/// mapped executable (WasmEdge keeps the library open only in AOT mode, see
/// `cits_pipeline::wasmedge`) and no log line reports a fallback to the interpreter.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn aot_compiled_by_wasmedge_every_object_is_accounted_for_and_runs_native_code() {
    let modules = wasmedge_modules(true);
    let Modules::WasmEdge { wasmedge, dir, .. } = &modules else {
        unreachable!()
    };
    let version = wasmedge::version(wasmedge).expect("wasmedge --version");
    let cache = dir.join(wasmedge::AOT_CACHE_DIR);
    aot_whole_sample_runs_native_code(modules.clone(), "wasmedge-aot", |stage, wasm| {
        wasmedge::aot_path(&cache, stage, wasm, &version).expect("AOT path")
    })
    .await;
}

/// (c) The AOT signal discriminates: the same cached `.so` started without
/// `--run-mode=aot` is interpreted and does not keep the library mapped, with it it does.
#[test]
fn a_wasmedge_library_stays_mapped_only_in_aot_mode() {
    let _serial = serial();
    let Modules::WasmEdge { wasmedge, dir, .. } = wasmedge_modules(true) else {
        unreachable!()
    };
    let wasm = dir.join("collector.wasm");
    let library = wasmedge::ensure_aot(
        &wasmedge,
        &dir.join(wasmedge::AOT_CACHE_DIR),
        Stage::Collector,
        &wasm,
    )
    .expect("AOT compile (cached)");
    let mapped = |aot: bool| {
        let mut command = Command::new(&wasmedge);
        if let Some((k, v)) = wasmedge::library_path(&wasmedge) {
            command.env(k, v);
        }
        if aot {
            command.arg("--run-mode=aot");
        }
        // No broker listens on port 1: the stage retries connecting until it is killed.
        let mut child = command
            .args([
                "--env",
                "CITS_BROKERS=127.0.0.1:1",
                "--env",
                "CITS_INPUT_TOPIC=t.in",
            ])
            .args(["--env", "CITS_OUTPUT_TOPIC=t.out"])
            .arg(&library)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start wasmedge");
        // Loading finishes long before the stage's first connect attempt is reported;
        // poll until it has run guest code (a log line) or died.
        let deadline = Instant::now() + Duration::from_secs(60);
        let mut stderr = child.stderr.take().expect("stderr");
        let first_line = std::thread::spawn(move || {
            use std::io::BufRead as _;
            let mut line = String::new();
            let _ = std::io::BufReader::new(&mut stderr).read_line(&mut line);
            line
        });
        while !first_line.is_finished() && Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(50));
        }
        let alive = matches!(child.try_wait(), Ok(None));
        let result = alive && wasmedge::maps_library(child.id(), &library).unwrap_or(false);
        let _ = child.kill();
        let _ = child.wait();
        let line = first_line.join().unwrap_or_default();
        assert!(alive, "wasmedge (aot {aot}) exited early: {line}");
        eprintln!(
            "aot {aot}: first guest line {:?}, .so mapped: {result}",
            line.trim()
        );
        result
    };
    assert!(mapped(true), "--run-mode=aot keeps the .so mapped");
    assert!(!mapped(false), "the interpreter closes the .so again");
}

/// (d) The seven modules interpreted by the WasmEdge inside `cits` (one `cits run --engine
/// wasmedge` process per instance): the outputs equal the native run's.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn interpreted_by_wasmedge_inside_cits_every_object_is_accounted_for() {
    interpreted_prefix_is_accounted_for(wasmedge_sdk_modules(false), "wasmedge-sdk-interpreter")
        .await;
}

/// (e) The seven modules AOT-compiled by `cits compile --engine wasmedge` (cached by content
/// in the target dir) and run by `cits run --engine wasmedge`, on the whole sample: the
/// outputs equal the native run's, and every instance has its `.so` mapped executable
/// (the SDK, like the CLI, keeps the library open only when it runs its native code).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn aot_compiled_by_wasmedge_inside_cits_every_object_is_accounted_for_and_runs_native_code() {
    let modules = wasmedge_sdk_modules(true);
    let Modules::WasmEdgeSdk { cits_exe, dir, .. } = &modules else {
        unreachable!()
    };
    let cache = dir.join(wasmedge::AOT_CACHE_DIR);
    aot_whole_sample_runs_native_code(modules.clone(), "wasmedge-sdk-aot", |stage, wasm| {
        wasmedge::ensure_aot_sdk(cits_exe, &cache, stage, wasm)
            .expect("the AOT library the pipeline compiled (cached)")
    })
    .await;
}
