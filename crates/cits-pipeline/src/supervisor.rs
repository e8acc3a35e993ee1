//! Stage instances as child processes: start, watch, kill, restart, reap.

use std::collections::{BTreeSet, VecDeque};
use std::ffi::OsString;
use std::fmt;
use std::fs::{File, OpenOptions};
use std::io::{BufRead, BufReader, Read, Write};
use std::os::unix::process::ExitStatusExt;
use std::path::PathBuf;
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crate::config::Stage;
use crate::error::{Error, Result};

/// Lines of an instance's output kept for the error report when it dies.
const LAST_LINES: usize = 20;

/// How long an instance gets to exit after SIGTERM before it is killed.
pub const STOP_GRACE: Duration = Duration::from_secs(3);

/// First wait before a crashed instance is started again: long enough not to spin on
/// an instance that dies at once, short enough that a one-off crash costs well under a
/// second of lag.
pub const RESTART_BACKOFF_INITIAL: Duration = Duration::from_millis(200);

/// Longest wait between restarts of an instance that keeps crashing (the wait doubles
/// per crash): a broker outage of a few seconds is ridden out without flooding the log.
pub const RESTART_BACKOFF_MAX: Duration = Duration::from_secs(5);

/// An instance that ran this long since its last start counts as healthy again: its
/// next crash waits [`RESTART_BACKOFF_INITIAL`] again.
pub const RESTART_BACKOFF_RESET: Duration = Duration::from_secs(30);

/// Restarts allowed per instance within [`RESTART_WINDOW`] before the run ends with an
/// error: a crash loop (a bad module, a record that kills the stage every time) must not
/// spin forever while looking alive.
pub const RESTART_BUDGET: usize = 5;

/// The window of [`RESTART_BUDGET`]: with the backoff doubling from 200 ms, five crashes
/// fit in about 6 s, so one minute catches a crash loop and forgives sporadic crashes.
pub const RESTART_WINDOW: Duration = Duration::from_secs(60);

/// Crashes in a row without a stats line in between after which an instance is restarted
/// in isolation mode (`CITS_ISOLATE=1`: it names each record before processing it). Two:
/// one crash may be a one-off; the same early death twice points at a record.
pub const POISON_CRASHES: u32 = 2;

/// Poll interval while waiting for processes.
const POLL: Duration = Duration::from_millis(50);

/// What a stage instance logs once it has a position in one of its input partitions
/// (the `cits-stage` shell's "<topic>/<partition>: starting at offset N" line). When
/// every owned partition has one, records produced from then on are not missed.
const READY_MARKER: &str = ": starting at offset";

/// What precedes the records-consumed count in the `cits-stage` shell's periodic stats line
/// (`stats in=N out=…`, every `cits_stage::STATS_INTERVAL`) and in its final
/// `stopped: in=N …` line. The shell prints it right after producing (and having
/// acknowledged) the output of every record it counts, so "in=N" means N input records
/// are fully processed by the current process (shown per instance in the summary; the
/// settle accounting uses the groups' committed offsets, which survive restarts).
const CONSUMED_MARKERS: [&str; 2] = [" stats in=", " stopped: in="];

/// The records-consumed count of a stats line, if `line` is one.
fn consumed_in(line: &str) -> Option<u64> {
    CONSUMED_MARKERS.iter().find_map(|marker| {
        let rest = &line[line.find(marker)? + marker.len()..];
        let digits = rest.split(|c: char| !c.is_ascii_digit()).next()?;
        digits.parse().ok()
    })
}

/// Which instance of which stage.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct InstanceId {
    /// The stage.
    pub stage: Stage,
    /// Its index i among the stage's N instances.
    pub index: u32,
}

impl fmt::Display for InstanceId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-{}", self.stage.name(), self.index)
    }
}

/// How to start one instance.
#[derive(Debug, Clone)]
pub(crate) struct Launch {
    pub(crate) id: InstanceId,
    pub(crate) program: PathBuf,
    pub(crate) args: Vec<OsString>,
    pub(crate) env: Vec<(String, String)>,
    /// Input partitions this instance owns (it is ready once it positioned all of them).
    pub(crate) owned_partitions: usize,
    /// Whether the module's environment goes into `args` as `--env K=V` before the last
    /// argument (the module path: `cits run`, `wasmedge`) instead of the process's.
    pub(crate) env_in_args: bool,
}

impl Launch {
    /// Arguments and process environment with `extra` module variables added.
    fn with_module_env(
        &self,
        extra: &[(String, String)],
    ) -> (Vec<OsString>, Vec<(String, String)>) {
        let (mut args, mut env) = (self.args.clone(), self.env.clone());
        if self.env_in_args {
            let at = args.len().saturating_sub(1);
            for (i, (k, v)) in extra.iter().enumerate() {
                args.insert(at + 2 * i, "--env".into());
                args.insert(at + 2 * i + 1, format!("{k}={v}").into());
            }
        } else {
            env.extend(extra.iter().cloned());
        }
        (args, env)
    }
}

/// A running (or stopped) instance.
struct Instance {
    launch: Launch,
    child: Option<Child>,
    /// Input partitions the current process has positioned.
    positioned: Arc<AtomicUsize>,
    /// Input records the current process reported as consumed (its last stats line).
    consumed: Arc<AtomicU64>,
    /// Its last lines of output.
    last_lines: Arc<Mutex<VecDeque<String>>>,
    /// Times it was restarted.
    restarts: u32,
    /// When the current process was started.
    started_at: Instant,
    /// Crash restarts within the last [`RESTART_WINDOW`].
    recent_crashes: VecDeque<Instant>,
    /// The wait before the next crash restart.
    backoff: Duration,
    /// When a crashed instance is due to be started again.
    restart_due: Option<Instant>,
    /// Crashes in a row in which the process printed no stats line ([`POISON_CRASHES`]).
    early_crashes: u32,
    /// Whether the current process runs in isolation mode (`CITS_ISOLATE=1`).
    isolate: bool,
    /// Input records that crashed it in isolation mode: dead-lettered unprocessed
    /// (`CITS_SKIP`) by every later process.
    skip: BTreeSet<(i32, i64)>,
    /// The record the current process last announced in isolation mode.
    isolating: Arc<Mutex<Option<(i32, i64)>>>,
    /// Output streams of the current process still open (its last lines not read yet).
    open_streams: Arc<AtomicUsize>,
}

impl Instance {
    /// The module variables the supervisor adds: isolation mode and records to skip.
    fn supervisor_env(&self) -> Vec<(String, String)> {
        let mut env = Vec::new();
        if self.isolate {
            env.push(("CITS_ISOLATE".to_owned(), "1".to_owned()));
        }
        if !self.skip.is_empty() {
            let list: Vec<String> = self.skip.iter().map(|(p, o)| format!("{p}@{o}")).collect();
            env.push(("CITS_SKIP".to_owned(), list.join(",")));
        }
        env
    }

    /// After a crash (not a kill): counts early crashes, and decides on isolation mode or
    /// on skipping the record an isolated process died on.
    fn after_crash(&mut self) {
        if self.consumed.load(Ordering::Relaxed) == 0 {
            self.early_crashes += 1;
        } else {
            self.early_crashes = 1;
        }
        let died_on = self.isolating.lock().ok().and_then(|mut at| at.take());
        if let (true, Some((partition, offset))) = (self.isolate, died_on) {
            eprintln!(
                "cits up: {} crashed in isolation mode on input {partition}@{offset}: that record goes to the dead-letter topic unprocessed from now on (CITS_SKIP)",
                self.launch.id
            );
            self.skip.insert((partition, offset));
            self.isolate = false;
            self.early_crashes = 0;
        } else if !self.isolate && self.early_crashes >= POISON_CRASHES {
            eprintln!(
                "cits up: {} crashed {} times in a row before its first stats line: restarting it in isolation mode (CITS_ISOLATE=1) to find the record",
                self.launch.id, self.early_crashes
            );
            self.isolate = true;
        }
    }
}

/// Whether `status` is a crash of the process itself (an error exit, a fatal signal of
/// its own such as SIGABRT or SIGSEGV) rather than a stop or kill from outside.
fn is_crash(status: ExitStatus) -> bool {
    match (status.code(), status.signal()) {
        (Some(code), _) => code != 0,
        (None, Some(signal)) => ![libc::SIGKILL, libc::SIGTERM, libc::SIGINT].contains(&signal),
        (None, None) => false,
    }
}

/// Status of one instance, for summaries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InstanceStatus {
    /// Which instance.
    pub id: InstanceId,
    /// Whether its process is running.
    pub running: bool,
    /// How often it was restarted.
    pub restarts: u32,
    /// Its process id while it runs.
    pub pid: Option<u32>,
    /// Input records the current process reported as processed (its last stats line).
    pub consumed: u64,
}

/// All stage instances of a pipeline.
pub(crate) struct Supervisor {
    instances: Vec<Instance>,
    log_dir: Option<PathBuf>,
}

impl Supervisor {
    /// Starts every instance.
    pub(crate) fn start(launches: Vec<Launch>, log_dir: Option<PathBuf>) -> Result<Self> {
        if let Some(dir) = &log_dir {
            std::fs::create_dir_all(dir).map_err(|source| Error::Io {
                action: "create",
                path: dir.clone(),
                source,
            })?;
        }
        let mut supervisor = Self {
            instances: Vec::new(),
            log_dir,
        };
        for launch in launches {
            let mut instance = Instance {
                launch,
                child: None,
                positioned: Arc::new(AtomicUsize::new(0)),
                consumed: Arc::new(AtomicU64::new(0)),
                last_lines: Arc::new(Mutex::new(VecDeque::new())),
                restarts: 0,
                started_at: Instant::now(),
                recent_crashes: VecDeque::new(),
                backoff: RESTART_BACKOFF_INITIAL,
                restart_due: None,
                early_crashes: 0,
                isolate: false,
                skip: BTreeSet::new(),
                isolating: Arc::new(Mutex::new(None)),
                open_streams: Arc::new(AtomicUsize::new(0)),
            };
            supervisor.spawn(&mut instance)?;
            supervisor.instances.push(instance);
        }
        Ok(supervisor)
    }

    fn spawn(&self, instance: &mut Instance) -> Result<()> {
        spawn(self.log_dir.as_deref(), instance)
    }

    fn find(&mut self, id: InstanceId) -> Result<&mut Instance> {
        self.instances
            .iter_mut()
            .find(|i| i.launch.id == id)
            .ok_or_else(|| Error::NoSuchInstance(id.to_string()))
    }

    /// Supervises the instances: an instance that exited although nobody stopped it (a
    /// crash, a kill -9) is logged, counted and started again after an exponential
    /// backoff ([`RESTART_BACKOFF_INITIAL`] doubling to [`RESTART_BACKOFF_MAX`]); it
    /// resumes from its group's committed offsets. Fails once an instance crashed more
    /// than [`RESTART_BUDGET`] times within [`RESTART_WINDOW`], or cannot be started.
    /// Call it regularly (it does not block).
    pub(crate) fn check(&mut self) -> Result<()> {
        let now = Instant::now();
        let log_dir = self.log_dir.as_deref();
        for instance in &mut self.instances {
            if let Some(child) = &mut instance.child {
                // An exited process's last lines may still be in its pipes: decided once
                // they are read (the isolation line names the record it died on).
                let status = child
                    .try_wait()
                    .ok()
                    .flatten()
                    .filter(|_| instance.open_streams.load(Ordering::Acquire) == 0);
                if let Some(status) = status {
                    instance.child = None;
                    if is_crash(status) {
                        instance.after_crash();
                    }
                    while instance
                        .recent_crashes
                        .front()
                        .is_some_and(|t| now.duration_since(*t) > RESTART_WINDOW)
                    {
                        instance.recent_crashes.pop_front();
                    }
                    if instance.recent_crashes.len() >= RESTART_BUDGET {
                        let mut error = exited(instance, status);
                        if let Error::InstanceExited { status, .. } = &mut error {
                            status.push_str(&format!(
                                "; restart budget of {RESTART_BUDGET} restarts in {RESTART_WINDOW:?} exhausted"
                            ));
                        }
                        return Err(error);
                    }
                    if now.duration_since(instance.started_at) >= RESTART_BACKOFF_RESET {
                        instance.backoff = RESTART_BACKOFF_INITIAL;
                    }
                    let wait = instance.backoff;
                    instance.backoff = (instance.backoff * 2).min(RESTART_BACKOFF_MAX);
                    instance.recent_crashes.push_back(now);
                    instance.restart_due = Some(now + wait);
                    eprintln!(
                        "cits up: {} exited unexpectedly ({status}); restarting in {wait:?} (crash {} of {RESTART_BUDGET} allowed in {RESTART_WINDOW:?})",
                        instance.launch.id,
                        instance.recent_crashes.len()
                    );
                }
            }
            if instance.restart_due.is_some_and(|due| now >= due) {
                instance.restart_due = None;
                instance.restarts += 1;
                spawn(log_dir, instance)?;
            }
        }
        Ok(())
    }

    /// Waits until every running instance has positioned all its input partitions, or
    /// until `timeout`. Returns the instances that did not report readiness in time (they
    /// may simply log differently; with `CITS_START=earliest` nothing is lost either way).
    pub(crate) async fn wait_ready(&mut self, timeout: Duration) -> Result<Vec<InstanceId>> {
        let deadline = Instant::now() + timeout;
        loop {
            self.check()?;
            let pending: Vec<InstanceId> = self
                .instances
                .iter()
                .filter(|i| i.child.is_some())
                .filter(|i| i.positioned.load(Ordering::Relaxed) < i.launch.owned_partitions)
                .map(|i| i.launch.id)
                .collect();
            if pending.is_empty() || Instant::now() >= deadline {
                return Ok(pending);
            }
            tokio::time::sleep(POLL).await;
        }
    }

    /// Kills one instance (SIGKILL, as a crash would) and reaps it.
    pub(crate) fn kill(&mut self, id: InstanceId) -> Result<()> {
        let instance = self.find(id)?;
        // Stopped on purpose: not a crash to restart.
        instance.restart_due = None;
        if let Some(mut child) = instance.child.take() {
            // The process may already be gone; reaping below settles it either way.
            let _ = child.kill();
            let _ = child.wait();
        }
        Ok(())
    }

    /// Starts a stopped (or killed) instance again; a running one is killed first.
    pub(crate) fn restart(&mut self, id: InstanceId) -> Result<()> {
        self.kill(id)?;
        let mut instance = {
            let index = self
                .instances
                .iter()
                .position(|i| i.launch.id == id)
                .ok_or_else(|| Error::NoSuchInstance(id.to_string()))?;
            self.instances.swap_remove(index)
        };
        instance.restarts += 1;
        let spawned = self.spawn(&mut instance);
        self.instances.push(instance);
        self.instances.sort_by_key(|i| i.launch.id);
        spawned
    }

    /// The instances and whether they run.
    pub(crate) fn status(&mut self) -> Vec<InstanceStatus> {
        self.instances
            .iter_mut()
            .map(|i| {
                let running = i
                    .child
                    .as_mut()
                    .is_some_and(|c| matches!(c.try_wait(), Ok(None)));
                InstanceStatus {
                    id: i.launch.id,
                    running,
                    restarts: i.restarts,
                    pid: i.child.as_ref().filter(|_| running).map(Child::id),
                    consumed: i.consumed.load(Ordering::Relaxed),
                }
            })
            .collect()
    }

    /// Stops every instance: SIGTERM, then SIGKILL after [`STOP_GRACE`]; reaps all.
    pub(crate) fn stop_all(&mut self) {
        self.terminate_all();
        let deadline = Instant::now() + STOP_GRACE;
        while self.reap_exited() && Instant::now() < deadline {
            std::thread::sleep(POLL);
        }
        self.kill_all();
    }

    /// [`Supervisor::stop_all`] without blocking the async runtime while waiting.
    pub(crate) async fn stop_all_async(&mut self) {
        self.terminate_all();
        let deadline = Instant::now() + STOP_GRACE;
        while self.reap_exited() && Instant::now() < deadline {
            tokio::time::sleep(POLL).await;
        }
        self.kill_all();
    }

    fn terminate_all(&mut self) {
        for instance in &mut self.instances {
            if let Some(child) = &instance.child {
                terminate(child);
            }
        }
    }

    /// Reaps exited instances; true while some still run.
    fn reap_exited(&mut self) -> bool {
        let mut running = false;
        for instance in &mut self.instances {
            if let Some(child) = &mut instance.child {
                match child.try_wait() {
                    Ok(Some(_)) | Err(_) => instance.child = None,
                    Ok(None) => running = true,
                }
            }
        }
        running
    }

    fn kill_all(&mut self) {
        for instance in &mut self.instances {
            if let Some(mut child) = instance.child.take() {
                // Already gone is fine; wait() reaps it either way.
                let _ = child.kill();
                let _ = child.wait();
            }
        }
    }
}

impl Drop for Supervisor {
    fn drop(&mut self) {
        self.stop_all();
    }
}

/// Starts `instance`'s process, its output forwarded to `log_dir` (or our stderr).
fn spawn(log_dir: Option<&std::path::Path>, instance: &mut Instance) -> Result<()> {
    let launch = &instance.launch;
    let name = launch.id.to_string();
    let (args, env) = launch.with_module_env(&instance.supervisor_env());
    let mut command = Command::new(&launch.program);
    command
        .args(&args)
        .envs(env.iter().map(|(k, v)| (k, v)))
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    // Own process group: a Ctrl-C in the terminal reaches only the supervisor, which
    // then stops the instances in order instead of racing their deaths.
    std::os::unix::process::CommandExt::process_group(&mut command, 0);
    let mut child = command.spawn().map_err(|source| Error::Spawn {
        instance: name.clone(),
        program: launch.program.clone(),
        source,
    })?;
    // A fresh counter per process: a restarted instance must position again.
    instance.positioned = Arc::new(AtomicUsize::new(0));
    instance.consumed = Arc::new(AtomicU64::new(0));
    instance.isolating = Arc::new(Mutex::new(None));
    instance.open_streams = Arc::new(AtomicUsize::new(0));
    let counters = Counters {
        positioned: Arc::clone(&instance.positioned),
        consumed: Arc::clone(&instance.consumed),
        isolating: Arc::clone(&instance.isolating),
        open_streams: Arc::clone(&instance.open_streams),
    };
    let sink = match log_dir {
        Some(dir) => {
            let path = dir.join(format!("{name}.log"));
            let file = OpenOptions::new()
                .create(true)
                .append(true)
                .open(&path)
                .map_err(|source| Error::Io {
                    action: "open",
                    path: path.clone(),
                    source,
                })?;
            LineSink::File(Arc::new(Mutex::new(file)))
        }
        None => LineSink::Stderr,
    };
    if let Some(out) = child.stdout.take() {
        forward(
            out,
            &name,
            sink.clone(),
            counters.clone(),
            &instance.last_lines,
        );
    }
    if let Some(err) = child.stderr.take() {
        forward(err, &name, sink, counters, &instance.last_lines);
    }
    instance.child = Some(child);
    instance.started_at = Instant::now();
    Ok(())
}

fn exited(instance: &Instance, status: ExitStatus) -> Error {
    let last_output = instance
        .last_lines
        .lock()
        .map(|lines| lines.iter().cloned().collect::<Vec<_>>().join("\n"))
        .unwrap_or_default();
    Error::InstanceExited {
        instance: instance.launch.id.to_string(),
        status: status.to_string(),
        last_output,
    }
}

/// Asks a child to stop (SIGTERM), as `docker stop` or Kubernetes would.
fn terminate(child: &Child) {
    let Ok(pid) = libc::pid_t::try_from(child.id()) else {
        return;
    };
    // SAFETY: kill(2) has no memory-safety preconditions; `pid` is our own unreaped
    // child, so it cannot name a recycled process.
    unsafe {
        libc::kill(pid, libc::SIGTERM);
    }
}

/// What the log threads of one process count from its lines.
#[derive(Clone)]
struct Counters {
    /// Input partitions positioned ([`READY_MARKER`] lines).
    positioned: Arc<AtomicUsize>,
    /// Input records processed (the last [`CONSUMED_MARKERS`] line).
    consumed: Arc<AtomicU64>,
    /// The record of the last isolation line (`cits_stage::ISOLATING_MARKER`).
    isolating: Arc<Mutex<Option<(i32, i64)>>>,
    /// Streams whose end was not read yet.
    open_streams: Arc<AtomicUsize>,
}

/// The record (partition, offset) of an isolation line `… isolating <topic>/<p>@<o>`.
fn isolated_record(line: &str) -> Option<(i32, i64)> {
    let rest =
        &line[line.find(cits_stage::ISOLATING_MARKER)? + cits_stage::ISOLATING_MARKER.len()..];
    let position = rest.rsplit_once('/')?.1;
    cits_stage::config::parse_position("isolation line", position.trim()).ok()
}

/// Where an instance's lines go.
#[derive(Clone)]
enum LineSink {
    /// Prefixed with the instance name on our stderr.
    Stderr,
    /// Into the instance's log file.
    File(Arc<Mutex<File>>),
}

/// Forwards a child's stream line by line on its own thread (the reads block).
fn forward(
    stream: impl Read + Send + 'static,
    name: &str,
    sink: LineSink,
    counters: Counters,
    last_lines: &Arc<Mutex<VecDeque<String>>>,
) {
    let instance = name.to_owned();
    let name = name.to_owned();
    let last_lines = Arc::clone(last_lines);
    counters.open_streams.fetch_add(1, Ordering::AcqRel);
    let open_streams = Arc::clone(&counters.open_streams);
    let spawned = std::thread::Builder::new()
        .name(format!("log-{name}"))
        .spawn(move || {
            let _closed = StreamEnd(Arc::clone(&counters.open_streams));
            let mut reader = BufReader::new(stream);
            let mut buf = Vec::new();
            loop {
                buf.clear();
                match reader.read_until(b'\n', &mut buf) {
                    Ok(0) | Err(_) => break,
                    Ok(_) => {}
                }
                let line = String::from_utf8_lossy(&buf);
                let line = line.trim_end();
                if line.contains(READY_MARKER) {
                    counters.positioned.fetch_add(1, Ordering::Relaxed);
                }
                if let Some(consumed) = consumed_in(line) {
                    counters.consumed.store(consumed, Ordering::Relaxed);
                }
                if let Some(record) = isolated_record(line) {
                    if let Ok(mut at) = counters.isolating.lock() {
                        *at = Some(record);
                    }
                }
                if let Ok(mut last) = last_lines.lock() {
                    if last.len() >= LAST_LINES {
                        last.pop_front();
                    }
                    last.push_back(line.to_owned());
                }
                // A failing log write must not stop the child (its pipe would fill up).
                match &sink {
                    LineSink::Stderr => {
                        let _ = writeln!(std::io::stderr().lock(), "[{name}] {line}");
                    }
                    LineSink::File(file) => {
                        if let Ok(mut file) = file.lock() {
                            let _ = writeln!(file, "{line}");
                        }
                    }
                }
            }
        });
    // Without the thread the child's output pipe is never read: report and carry on,
    // the child then blocks on a full pipe and shows up as stuck, not as lost data.
    if let Err(e) = spawned {
        open_streams.fetch_sub(1, Ordering::AcqRel);
        eprintln!("cannot start a log thread of {instance}: {e}");
    }
}

/// Counts a forwarded stream as ended when its thread finishes, however it finishes.
struct StreamEnd(Arc<AtomicUsize>);

impl Drop for StreamEnd {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::AcqRel);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shell_launch(script: &str) -> Launch {
        Launch {
            id: InstanceId {
                stage: Stage::ALL[0],
                index: 0,
            },
            program: PathBuf::from("/bin/sh"),
            args: vec!["-c".into(), script.into()],
            env: Vec::new(),
            owned_partitions: 0,
            env_in_args: false,
        }
    }

    /// A record that kills the stage every time: after [`POISON_CRASHES`] early crashes
    /// the instance runs in isolation mode, dies again naming the record, and is started
    /// with that record (only that one) to skip.
    #[test]
    fn a_record_that_crashes_the_instance_is_isolated_and_skipped() {
        let script = r#"
            if [ -n "$CITS_SKIP" ]; then echo "INFO s-0: skipping $CITS_SKIP" >&2; exec sleep 60; fi
            if [ "$CITS_ISOLATE" = 1 ]; then
              echo "WARN s-0: isolating t.in/0@5" >&2
              echo "WARN s-0: isolating t.in/1@7" >&2
            fi
            exit 3"#;
        let mut supervisor = Supervisor::start(vec![shell_launch(script)], None).expect("start");
        poll(&mut supervisor, Duration::from_secs(10), |s| {
            s.status()[0].running && s.instances[0].skip.contains(&(1, 7))
        })
        .expect("restarts within budget");
        let instance = &supervisor.instances[0];
        assert_eq!(
            instance.skip,
            BTreeSet::from([(1, 7)]),
            "only the last record"
        );
        assert!(!instance.isolate, "isolation ends once the record is known");
        assert_eq!(instance.restarts, POISON_CRASHES + 1);
        std::thread::sleep(Duration::from_millis(300));
        let lines = instance.last_lines.lock().expect("lines").clone();
        assert!(
            lines.iter().any(|l| l.contains("skipping 1@7")),
            "the skip list reaches the process: {lines:?}"
        );
    }

    /// Stops and kills from outside are no crashes; error exits and fatal signals are.
    #[test]
    fn kills_from_outside_are_not_crashes() {
        assert!(is_crash(ExitStatus::from_raw(3 << 8)));
        assert!(is_crash(ExitStatus::from_raw(libc::SIGABRT)));
        assert!(is_crash(ExitStatus::from_raw(libc::SIGSEGV)));
        assert!(!is_crash(ExitStatus::from_raw(libc::SIGKILL)));
        assert!(!is_crash(ExitStatus::from_raw(libc::SIGTERM)));
        assert!(!is_crash(ExitStatus::from_raw(0)));
    }

    /// Module variables go before the module path for `cits run` / `wasmedge`.
    #[test]
    fn module_variables_go_before_the_module_path() {
        let mut launch = shell_launch("");
        launch.args = vec!["run".into(), "--env".into(), "A=1".into(), "m.wasm".into()];
        launch.env_in_args = true;
        let extra = [("CITS_SKIP".to_owned(), "0@1".to_owned())];
        let (args, env) = launch.with_module_env(&extra);
        let args: Vec<&str> = args.iter().map(|a| a.to_str().expect("utf-8")).collect();
        assert_eq!(
            args,
            ["run", "--env", "A=1", "--env", "CITS_SKIP=0@1", "m.wasm"]
        );
        assert!(env.is_empty());
        launch.env_in_args = false;
        let (args, env) = launch.with_module_env(&extra);
        assert_eq!(args.len(), 4);
        assert_eq!(env, extra);
    }

    #[test]
    fn isolation_lines_name_partition_and_offset() {
        assert_eq!(
            isolated_record("WARN collector-0: isolating cits.cpm/3@1234"),
            Some((3, 1234))
        );
        assert_eq!(isolated_record("INFO collector-0: stats in=5"), None);
        assert_eq!(isolated_record("WARN x: isolating cits.cpm/x@1"), None);
    }

    /// Polls `check` like `cits up` does until `until` holds or `timeout` passes.
    fn poll(
        supervisor: &mut Supervisor,
        timeout: Duration,
        mut until: impl FnMut(&mut Supervisor) -> bool,
    ) -> Result<()> {
        let deadline = Instant::now() + timeout;
        while Instant::now() < deadline {
            supervisor.check()?;
            if until(supervisor) {
                return Ok(());
            }
            std::thread::sleep(POLL);
        }
        Ok(())
    }

    /// A process killed with SIGKILL from outside is restarted once, after the backoff.
    #[test]
    fn a_killed_instance_is_restarted() {
        let mut supervisor =
            Supervisor::start(vec![shell_launch("exec sleep 60")], None).expect("start");
        let pid = supervisor.status()[0].pid.expect("running");
        let killed = Command::new("kill")
            .args(["-9", &pid.to_string()])
            .status()
            .expect("kill");
        assert!(killed.success());
        poll(&mut supervisor, Duration::from_secs(10), |s| {
            s.status()[0].restarts == 1 && s.status()[0].running
        })
        .expect("no error while restarting");
        let status = &supervisor.status()[0];
        assert_eq!(status.restarts, 1);
        assert!(status.running);
        assert_ne!(status.pid, Some(pid), "a new process");
        supervisor.stop_all();
    }

    /// A crash loop ends with an error once the budget is spent, after exactly
    /// RESTART_BUDGET restarts with growing waits.
    #[test]
    fn a_crash_loop_exhausts_the_restart_budget() {
        let mut supervisor =
            Supervisor::start(vec![shell_launch("echo dying; exit 3")], None).expect("start");
        let started = Instant::now();
        let result = poll(&mut supervisor, Duration::from_secs(30), |_| false);
        let elapsed = started.elapsed();
        let Err(Error::InstanceExited {
            status,
            last_output,
            ..
        }) = result
        else {
            panic!("expected the budget error, got {result:?}");
        };
        assert!(status.contains("restart budget"), "{status}");
        assert!(last_output.contains("dying"), "{last_output}");
        assert_eq!(supervisor.status()[0].restarts as usize, RESTART_BUDGET);
        // Waits 200 + 400 + 800 + 1600 + 3200 ms before the 5 restarts.
        let waits: Duration = (0..RESTART_BUDGET as u32)
            .map(|i| (RESTART_BACKOFF_INITIAL * 2u32.pow(i)).min(RESTART_BACKOFF_MAX))
            .sum();
        assert!(elapsed >= waits, "{elapsed:?} < {waits:?}: no backoff");
    }

    /// The lines are the ones `cits-stage` prints (`run.rs`: `stats {Stats}` and
    /// `stopped: {Stats}`, with `Stats`' Display `in=… out=… dlq=…`).
    #[test]
    fn consumed_counts_come_from_the_stats_and_stopped_lines() {
        assert_eq!(
            consumed_in(
                "INFO mapmatcher-0: stats in=1234 out=1100 dlq=0 filtered=134 lag=0 reconnects=0"
            ),
            Some(1234)
        );
        assert_eq!(
            consumed_in("INFO decoder-0: stopped: in=7 out=7 dlq=0 filtered=0 lag=0 reconnects=0"),
            Some(7)
        );
        assert_eq!(
            consumed_in("INFO decoder-0: cits.raw/0: starting at offset 0 (Earliest)"),
            None
        );
        assert_eq!(
            consumed_in("WARN x: dead letter cits.raw/0@3: stats in=garbage"),
            None
        );
    }

    /// The marker strings match what the stage shell really prints.
    #[test]
    fn the_markers_match_the_stage_shell() {
        let stats = cits_stage::Stats {
            records_in: 42,
            ..Default::default()
        };
        assert_eq!(
            consumed_in(&format!("INFO predictor-1: stats {stats} status")),
            Some(42)
        );
        assert_eq!(
            consumed_in(&format!("INFO predictor-1: stopped: {stats}")),
            Some(42)
        );
    }
}
