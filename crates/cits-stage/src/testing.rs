//! Test support (feature `testing`): a real tansu broker on a free loopback
//! port, unique topic names, and produce/consume helpers.
//!
//! The helpers panic with a clear message on failure: they are only for tests,
//! where a panic is the failure report. A missing tansu binary is a loud
//! failure, never a skip.

use std::collections::BTreeMap;
use std::net::{TcpListener, TcpStream};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::{Duration, Instant};

use rskafka::client::partition::{Compression, OffsetAt, UnknownTopicHandling};
use rskafka::client::{Client, ClientBuilder};
use rskafka::record::Record;

use crate::TYPE_HEADER;

/// rskafka, for the record and client types the helpers take and return.
pub use rskafka;

/// How long a freshly started broker may take to accept connections.
pub const BROKER_START_TIMEOUT: Duration = Duration::from_secs(30);

/// Ports [`Tansu::start`] tries: a picked port taken before the broker binds it costs one.
const BROKER_PORT_ATTEMPTS: usize = 3;

/// Environment variable naming the broker binary: `tansu` itself, or `cits`, whose
/// `cits broker` takes the same flags and runs tansu with the fetch fix of vendor/README.md.
pub const TANSU_BIN_ENV: &str = "CITS_TANSU_BIN";

/// The broker binary: `$CITS_TANSU_BIN` (`make test` sets it to `cits`), else
/// `~/.cargo/bin/tansu`, else `tansu` on `PATH`.
pub fn tansu_binary() -> PathBuf {
    if let Some(path) = std::env::var_os(TANSU_BIN_ENV) {
        return PathBuf::from(path);
    }
    if let Some(home) = std::env::var_os("HOME") {
        let path = PathBuf::from(home).join(".cargo/bin/tansu");
        if path.exists() {
            return path;
        }
    }
    PathBuf::from("tansu")
}

/// A tansu broker process with in-memory storage, killed on drop.
pub struct Tansu {
    child: Child,
    port: u16,
    log: PathBuf,
}

impl Tansu {
    /// Starts tansu on a free loopback port and waits until it accepts
    /// connections. Panics (failing the test) if it cannot be started. A port taken
    /// between [`free_port`] and the broker's bind makes the broker exit: the next free
    /// port will do.
    pub fn start() -> Self {
        let mut failures = Vec::new();
        for _ in 0..BROKER_PORT_ATTEMPTS {
            let mut broker = Self::spawn(free_port());
            match broker.wait_ready() {
                Ok(()) => return broker,
                Err(failure) => failures.push(failure),
            }
        }
        panic!("{}", failures.join("\n"));
    }

    /// Starts the broker process on `port`, output to its log file.
    fn spawn(port: u16) -> Self {
        let binary = tansu_binary();
        let url = format!("tcp://127.0.0.1:{port}");
        let log = std::env::temp_dir().join(format!("cits-stage-tansu-{port}.log"));
        let log_file = std::fs::File::create(&log)
            .unwrap_or_else(|e| panic!("cannot create {}: {e}", log.display()));
        let log_err = log_file
            .try_clone()
            .unwrap_or_else(|e| panic!("cannot clone log file handle: {e}"));
        let child = Command::new(&binary)
            .args(["broker", "--storage-engine", "memory://tansu/"])
            .args(["--listener-url", &url, "--advertised-listener-url", &url])
            .env_remove("STORAGE_ENGINE")
            .env_remove("LISTENER_URL")
            .env_remove("ADVERTISED_LISTENER_URL")
            .stdin(Stdio::null())
            .stdout(log_file)
            .stderr(log_err)
            .spawn()
            .unwrap_or_else(|e| {
                panic!(
                    "cannot start the tansu broker {} ({e}); set {TANSU_BIN_ENV} to \
                     the `cits` binary (`make cits`) or install tansu with \
                     `cargo install tansu --features dynostore`",
                    binary.display()
                )
            });
        Self { child, port, log }
    }

    /// `127.0.0.1:PORT`.
    pub fn addr(&self) -> String {
        format!("127.0.0.1:{}", self.port)
    }

    /// The broker's log so far (for failure messages).
    pub fn log(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }

    /// Kills the broker (e.g. to test reconnects); [`Tansu::restart`] brings it back.
    pub fn kill(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }

    /// Starts a new broker process on the same port (empty: memory storage).
    pub fn restart(&mut self) {
        self.kill();
        let url = format!("tcp://127.0.0.1:{}", self.port);
        let log_file = std::fs::OpenOptions::new()
            .append(true)
            .open(&self.log)
            .unwrap_or_else(|e| panic!("cannot open {}: {e}", self.log.display()));
        let log_err = log_file
            .try_clone()
            .unwrap_or_else(|e| panic!("cannot clone log file handle: {e}"));
        self.child = Command::new(tansu_binary())
            .args(["broker", "--storage-engine", "memory://tansu/"])
            .args(["--listener-url", &url, "--advertised-listener-url", &url])
            .stdin(Stdio::null())
            .stdout(log_file)
            .stderr(log_err)
            .spawn()
            .unwrap_or_else(|e| panic!("cannot restart tansu: {e}"));
        if let Err(failure) = self.wait_ready() {
            panic!("{failure}");
        }
    }

    /// Waits until the broker accepts connections; `Err` with its log if it exited first
    /// or did not within [`BROKER_START_TIMEOUT`] (the process is then killed).
    fn wait_ready(&mut self) -> Result<(), String> {
        let deadline = Instant::now() + BROKER_START_TIMEOUT;
        loop {
            if let Ok(Some(status)) = self.child.try_wait() {
                return Err(format!(
                    "tansu on port {} exited with {status} before accepting connections:\n{}",
                    self.port,
                    self.log()
                ));
            }
            if accepts_connections(self.port) {
                return Ok(());
            }
            if Instant::now() > deadline {
                self.kill();
                return Err(format!(
                    "tansu did not accept connections on port {} within {BROKER_START_TIMEOUT:?}:\n{}",
                    self.port,
                    self.log()
                ));
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

impl Drop for Tansu {
    fn drop(&mut self) {
        self.kill();
    }
}

/// Whether something other than the connecting socket itself listens on `port` of
/// 127.0.0.1. A bare connect to a free port of the ephemeral range can succeed by TCP
/// self-connect (the kernel picks that very port as the source), and that socket then
/// holds the port the broker is about to bind: so a connection to itself is not an answer.
pub fn accepts_connections(port: u16) -> bool {
    TcpStream::connect(("127.0.0.1", port))
        .and_then(|stream| stream.local_addr())
        .is_ok_and(|local| local.port() != port)
}

/// A port that was free a moment ago (bind to port 0, read it, release it).
pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .unwrap_or_else(|e| panic!("cannot find a free port: {e}"))
}

/// A topic name no other test (or test run) uses.
pub fn unique_topic(prefix: &str) -> String {
    static COUNTER: AtomicU32 = AtomicU32::new(0);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.subsec_nanos())
        .unwrap_or(0);
    format!(
        "{prefix}-{}-{nanos}-{}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed)
    )
}

/// A client for `addr`.
pub async fn client(addr: &str) -> Client {
    ClientBuilder::new(vec![addr.to_owned()])
        .build()
        .await
        .unwrap_or_else(|e| panic!("cannot connect to {addr}: {e}"))
}

/// Creates `topic` with `partitions` partitions.
pub async fn create_topic(client: &Client, topic: &str, partitions: i32) {
    client
        .controller_client()
        .unwrap_or_else(|e| panic!("no controller client: {e}"))
        .create_topic(topic, partitions, 1, 5_000)
        .await
        .unwrap_or_else(|e| panic!("cannot create topic {topic}: {e}"));
}

/// A record with `key`, `value` and, if given, the [`TYPE_HEADER`].
pub fn record(key: Option<&[u8]>, value: Vec<u8>, type_name: Option<&str>) -> Record {
    let mut headers = BTreeMap::new();
    if let Some(t) = type_name {
        headers.insert(TYPE_HEADER.to_owned(), t.as_bytes().to_vec());
    }
    Record {
        key: key.map(<[u8]>::to_vec),
        value: Some(value),
        headers,
        timestamp: chrono::DateTime::from_timestamp_millis(0).unwrap_or_default(),
    }
}

/// Produces `records` to `topic`/`partition`.
pub async fn produce(client: &Client, topic: &str, partition: i32, records: Vec<Record>) {
    client
        .partition_client(topic, partition, UnknownTopicHandling::Retry)
        .await
        .unwrap_or_else(|e| panic!("no client for {topic}/{partition}: {e}"))
        .produce(records, Compression::NoCompression)
        .await
        .unwrap_or_else(|e| panic!("cannot produce to {topic}/{partition}: {e}"));
}

/// Reads `topic` (all `partitions`) from the start until at least `count`
/// records arrived or `timeout` passed; returns them with their partition.
pub async fn consume(
    client: &Client,
    topic: &str,
    partitions: i32,
    count: usize,
    timeout: Duration,
) -> Vec<(i32, Record)> {
    let deadline = Instant::now() + timeout;
    let mut clients = Vec::new();
    for p in 0..partitions {
        let c = client
            .partition_client(topic, p, UnknownTopicHandling::Retry)
            .await
            .unwrap_or_else(|e| panic!("no client for {topic}/{p}: {e}"));
        let start = c
            .get_offset(OffsetAt::Earliest)
            .await
            .unwrap_or_else(|e| panic!("no offsets for {topic}/{p}: {e}"));
        clients.push((p, c, start));
    }
    let mut out = Vec::new();
    while out.len() < count && Instant::now() < deadline {
        for (p, c, offset) in &mut clients {
            let (records, _) = c
                .fetch_records(*offset, 1..10_000_000, 50)
                .await
                .unwrap_or_else(|e| panic!("cannot fetch {topic}/{p}: {e}"));
            for r in records {
                *offset = r.offset + 1;
                out.push((*p, r.record));
            }
        }
    }
    out
}

/// How long a stopped module may take to finish its last batch and exit.
pub const MODULE_STOP_TIMEOUT: Duration = Duration::from_secs(15);

/// A stage module's native binary running as a child process, its stderr
/// captured to a file. Stopped with SIGTERM (graceful: it prints its final
/// stats) by [`ModuleProcess::stop`], killed on drop otherwise.
pub struct ModuleProcess {
    child: Child,
    stderr: PathBuf,
}

impl ModuleProcess {
    /// Starts `binary` with exactly the `CITS_*` variables in `env` (the
    /// parent's `CITS_*` variables are removed).
    pub fn spawn(binary: &str, env: &[(&str, &str)]) -> Self {
        Self::spawn_with_args(binary, &[], env)
    }

    /// Like [`ModuleProcess::spawn`], with command-line arguments (e.g. `cits run
    /// MODULE.wasm --env K=V`, where the variables travel as arguments).
    pub fn spawn_with_args(binary: &str, args: &[String], env: &[(&str, &str)]) -> Self {
        let name = std::path::Path::new(binary)
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let stderr = std::env::temp_dir().join(format!(
            "cits-module-{name}-{}-{}.log",
            std::process::id(),
            free_port()
        ));
        let file = std::fs::File::create(&stderr)
            .unwrap_or_else(|e| panic!("cannot create {}: {e}", stderr.display()));
        let mut command = Command::new(binary);
        for (key, _) in std::env::vars_os() {
            if key.to_string_lossy().starts_with("CITS_") {
                command.env_remove(key);
            }
        }
        let child = command
            .args(args)
            .envs(env.iter().copied())
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(file)
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {binary}: {e}"));
        Self { child, stderr }
    }

    /// What the module printed on stderr so far.
    pub fn stderr(&self) -> String {
        std::fs::read_to_string(&self.stderr).unwrap_or_default()
    }

    /// Whether the process is still running.
    pub fn is_running(&mut self) -> bool {
        matches!(self.child.try_wait(), Ok(None))
    }

    /// Sends SIGTERM, waits for the exit and returns the exit status and stderr.
    pub fn stop(mut self) -> (std::process::ExitStatus, String) {
        let pid = self.child.id().to_string();
        let _ = Command::new("kill").args(["-TERM", &pid]).status();
        let deadline = Instant::now() + MODULE_STOP_TIMEOUT;
        loop {
            match self.child.try_wait() {
                Ok(Some(status)) => return (status, self.stderr()),
                Ok(None) if Instant::now() < deadline => {
                    std::thread::sleep(Duration::from_millis(50))
                }
                _ => panic!(
                    "module did not exit within {MODULE_STOP_TIMEOUT:?} of SIGTERM:\n{}",
                    self.stderr()
                ),
            }
        }
    }
}

impl Drop for ModuleProcess {
    fn drop(&mut self) {
        if matches!(self.child.try_wait(), Ok(None)) {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

/// The counter `name` (e.g. "dlq") from the last stats line in a module's
/// stderr (`... in=3 out=2 dlq=1 ...`).
pub fn last_stat(stderr: &str, name: &str) -> Option<u64> {
    let line = stderr
        .lines()
        .rev()
        .find(|l| l.contains("stopped: ") || l.contains(" stats "))?;
    let prefix = format!("{name}=");
    line.split_whitespace()
        .find_map(|word| word.strip_prefix(&prefix))
        .and_then(|v| v.parse().ok())
}
