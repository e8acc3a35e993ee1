//! An embedded Kafka-compatible broker for local runs and tests.
//!
//! [`EmbeddedBroker::start`] runs tansu's broker (the same code as the `tansu broker`
//! command) on its own thread and tokio runtime, listening on a loopback port. Nothing has
//! to be installed. By default it keeps everything in memory (gone when the handle drops);
//! with [`Storage::sqlite`] topics, records and committed offsets live in an SQLite file
//! and a broker started again on that file continues where the last one stopped, even
//! after a `kill -9` (tansu writes each produce and offset commit in a transaction, WAL
//! journal; `synchronous = normal` survives a crashed process, not a power cut).
//! With [`Storage::parse`] of a `postgres://` URL they live in PostgreSQL, and several
//! brokers on the same database are one cluster: tansu brokers keep nothing themselves,
//! so a client may use any of them (the shared multi-broker deployment). The broker
//! creates tansu's tables there first ([`postgres`]).
//!
//! ```no_run
//! let broker = cits_broker::EmbeddedBroker::start(cits_broker::BrokerConfig::default())?;
//! println!("Kafka bootstrap address: {}", broker.addr());
//! broker.shutdown();
//! # Ok::<(), cits_broker::Error>(())
//! ```

use std::{
    fmt,
    io::{Read, Write},
    net::{Ipv4Addr, SocketAddr, TcpListener, TcpStream},
    path::Path,
    sync::mpsc,
    thread::JoinHandle,
    time::{Duration, Instant},
};

use tansu_broker::{broker::Broker, coordinator::group::administrator::Controller, NODE_ID};
use tansu_storage::StorageContainer;
use tokio::sync::oneshot;
use url::Url;

pub mod postgres;

/// How long the broker may take to accept connections before start-up is declared failed.
/// tansu with memory storage is ready in milliseconds; the margin covers a loaded machine.
pub const START_TIMEOUT: Duration = Duration::from_secs(30);

/// Pause between connection attempts while waiting for the listener.
const READY_POLL: Duration = Duration::from_millis(20);

/// How long the readiness probe waits for the broker's ApiVersions answer.
const PROBE_TIMEOUT: Duration = Duration::from_secs(2);

/// Kafka's ApiVersions request (key 18, version 0): the first request every client sends.
const API_VERSIONS_KEY: i16 = 18;

/// Correlation id of the readiness probe ("cits"): a response carries it right after its
/// size, an echo of the request (a socket connected to itself) carries the API key there.
const PROBE_CORRELATION_ID: i32 = 0x6369_7473;

/// Start attempts on a port this crate picked: another process may take a picked port
/// before tansu binds it (tansu then only logs), and the next free port will do.
const PICKED_PORT_ATTEMPTS: usize = 3;

/// How long in-flight connection tasks get to finish at shutdown before they are dropped.
const SHUTDOWN_GRACE: Duration = Duration::from_secs(1);

/// Worker threads of the broker's runtime: the local pipeline has a handful of clients,
/// and the machine's cores belong to the stage modules.
const WORKER_THREADS: usize = 2;

/// The in-memory storage URL of tansu (`memory://<bucket>/`).
const MEMORY_STORAGE: &str = "memory://tansu/";

/// Errors of the embedded broker.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The listen address could not be bound or probed.
    #[error("cannot bind the broker's listen address {addr}: {source}")]
    Bind {
        /// The address that was asked for.
        addr: SocketAddr,
        /// The operating system's error.
        source: std::io::Error,
    },
    /// The broker's thread or runtime could not be created.
    #[error("cannot start the broker thread: {0}")]
    Thread(std::io::Error),
    /// tansu refused to build or serve.
    #[error("tansu broker on {addr} failed: {message}")]
    Tansu {
        /// The broker's listen address.
        addr: SocketAddr,
        /// tansu's error, rendered (its error type is not `Send + Sync + 'static`-friendly).
        message: String,
    },
    /// A storage URL or path tansu cannot use.
    #[error("invalid broker storage `{storage}`: {reason}")]
    Storage {
        /// What was given.
        storage: String,
        /// Why it cannot be used.
        reason: String,
    },
    /// An advertised address that is not `HOST:PORT`.
    #[error("invalid advertised address `{address}`: {reason}")]
    Advertise {
        /// What was given.
        address: String,
        /// Why it cannot be used.
        reason: String,
    },
    /// The broker did not answer a Kafka request in time.
    #[error("tansu broker on {addr} did not answer Kafka requests within {timeout:?}")]
    NotReady {
        /// The broker's listen address.
        addr: SocketAddr,
        /// How long was waited.
        timeout: Duration,
    },
}

/// Result with [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Where the broker keeps topics, records and committed offsets: a tansu storage URL.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Storage(Url);

impl Storage {
    /// In memory: fast, and gone when the broker stops (the default).
    pub fn memory() -> Self {
        Self(Url::parse(MEMORY_STORAGE).expect("the memory storage URL parses"))
    }

    /// An SQLite database file (created if missing; its directory must exist).
    pub fn sqlite(file: &Path) -> Result<Self> {
        let invalid = |reason: &str| Error::Storage {
            storage: file.display().to_string(),
            reason: reason.to_owned(),
        };
        let absolute = std::path::absolute(file).map_err(|err| invalid(&err.to_string()))?;
        let path = absolute
            .to_str()
            .ok_or_else(|| invalid("the path is not UTF-8"))?;
        // tansu resolves `sqlite://` URLs against the current directory; a path that
        // starts with `//` after the authority is an absolute one (SQLAlchemy's
        // `sqlite:////abs` convention), so the broker does not depend on its cwd.
        Url::parse(&format!("sqlite:///{path}"))
            .map(Self)
            .map_err(|err| invalid(&err.to_string()))
    }

    /// A tansu storage URL: `memory://tansu/`, `sqlite://file.db` (relative to the
    /// current directory), `sqlite:////absolute/file.db` or
    /// `postgres://user:password@host:port/database` (libpq's URL form). Engines this
    /// build lacks (S3, SlateDB, Turso) are refused here, not when the broker starts.
    pub fn parse(url: &str) -> Result<Self> {
        let invalid = |reason: String| Error::Storage {
            storage: url.to_owned(),
            reason,
        };
        let parsed = Url::parse(url).map_err(|err| invalid(err.to_string()))?;
        match parsed.scheme() {
            "memory" | "sqlite" | "postgres" | "postgresql" => Ok(Self(parsed)),
            other => Err(invalid(format!(
                "storage engine `{other}` is not built into this broker (memory://, sqlite://, postgres://)"
            ))),
        }
    }

    /// Whether records survive a broker restart.
    pub fn is_durable(&self) -> bool {
        self.0.scheme() != "memory"
    }

    /// Whether this is a PostgreSQL database (shared by every broker of the cluster).
    pub fn is_postgres(&self) -> bool {
        matches!(self.0.scheme(), "postgres" | "postgresql")
    }

    /// The tansu storage URL (with its password, if it has one: not for logs).
    pub fn url(&self) -> &Url {
        &self.0
    }
}

impl Default for Storage {
    fn default() -> Self {
        Self::memory()
    }
}

/// The URL without its password: what logs and messages show.
impl fmt::Display for Storage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut shown = self.0.clone();
        if shown.password().is_some() {
            // Only URLs with a host carry a password, and those accept one.
            let _ = shown.set_password(Some("***"));
        }
        shown.fmt(f)
    }
}

/// How to run the embedded broker.
#[derive(Debug, Clone)]
pub struct BrokerConfig {
    /// Where to listen; `None` picks a free loopback port.
    pub listen: Option<SocketAddr>,
    /// Kafka cluster id reported to clients.
    pub cluster_id: String,
    /// The address the broker tells clients to connect to (Kafka's advertised listener);
    /// `None`: its listen address. Another address puts a proxy in every client's path
    /// (clients connect to the advertised address after bootstrap), e.g. the fault
    /// injection of `cits_pipeline::proxy`.
    /// `HOST:PORT`; a host name is fine (a Kubernetes Service's DNS name in front of
    /// several brokers on one PostgreSQL database).
    pub advertise: Option<String>,
    /// Where topics, records and committed offsets are kept.
    pub storage: Storage,
}

impl Default for BrokerConfig {
    fn default() -> Self {
        Self {
            listen: None,
            cluster_id: "cits".to_owned(),
            advertise: None,
            storage: Storage::memory(),
        }
    }
}

/// A running in-process tansu broker. Dropping it stops the broker.
#[derive(Debug)]
pub struct EmbeddedBroker {
    /// The address clients connect to (also what the broker advertises in metadata).
    addr: SocketAddr,
    /// Tells the broker thread to stop serving; `None` once sent.
    stop: Option<oneshot::Sender<()>>,
    /// The broker thread, joined at shutdown so the port is free afterwards.
    thread: Option<JoinHandle<()>>,
}

impl EmbeddedBroker {
    /// Starts a broker and waits until it answers Kafka requests.
    pub fn start(config: BrokerConfig) -> Result<Self> {
        match config.listen {
            // Probe the port first: tansu reports a failed bind only in its log.
            Some(addr) => {
                let addr = TcpListener::bind(addr)
                    .and_then(|probe| probe.local_addr())
                    .map_err(|source| Error::Bind { addr, source })?;
                Self::start_on(addr, config)
            }
            None => {
                let mut attempt = 1;
                loop {
                    match Self::start_on(free_loopback_port()?, config.clone()) {
                        Err(Error::NotReady { .. }) if attempt < PICKED_PORT_ATTEMPTS => {
                            attempt += 1;
                        }
                        started => return started,
                    }
                }
            }
        }
    }

    fn start_on(addr: SocketAddr, config: BrokerConfig) -> Result<Self> {
        let (stop_tx, stop_rx) = oneshot::channel::<()>();
        // The thread reports a failure to build or serve; a clean exit sends nothing.
        let (fail_tx, fail_rx) = mpsc::channel::<String>();
        let advertise = advertised_url(config.advertise.as_deref().unwrap_or(&addr.to_string()))?;
        let thread = std::thread::Builder::new()
            .name(format!("tansu-{}", addr.port()))
            .spawn(move || {
                serve(
                    addr,
                    advertise,
                    config.cluster_id,
                    config.storage,
                    stop_rx,
                    fail_tx,
                )
            })
            .map_err(Error::Thread)?;
        let mut broker = Self {
            addr,
            stop: Some(stop_tx),
            thread: Some(thread),
        };
        let deadline = Instant::now() + START_TIMEOUT;
        loop {
            if let Ok(message) = fail_rx.try_recv() {
                broker.stop_and_join();
                return Err(Error::Tansu { addr, message });
            }
            if answers_kafka(addr) {
                return Ok(broker);
            }
            if Instant::now() >= deadline {
                broker.stop_and_join();
                return Err(Error::NotReady {
                    addr,
                    timeout: START_TIMEOUT,
                });
            }
            std::thread::sleep(READY_POLL);
        }
    }

    /// The broker's address, `host:port`, for `bootstrap.servers` / `CITS_BROKERS`.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// Stops the broker and waits for its thread; with memory storage all stored records
    /// are gone afterwards.
    pub fn shutdown(mut self) {
        self.stop_and_join();
    }

    /// Blocks until the broker stops on its own (it only does on an error).
    pub fn wait(mut self) {
        if let Some(thread) = self.thread.take() {
            // A panicking broker thread has already reported through the panic hook.
            let _ = thread.join();
        }
    }

    fn stop_and_join(&mut self) {
        if let Some(stop) = self.stop.take() {
            // The thread may have exited already; then there is nobody to tell.
            let _ = stop.send(());
        }
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

impl Drop for EmbeddedBroker {
    fn drop(&mut self) {
        self.stop_and_join();
    }
}

/// tansu's advertised listener URL for `HOST:PORT`.
fn advertised_url(host_port: &str) -> Result<Url> {
    let invalid = |reason: &str| Error::Advertise {
        address: host_port.to_owned(),
        reason: reason.to_owned(),
    };
    let url = Url::parse(&format!("tcp://{host_port}")).map_err(|err| invalid(&err.to_string()))?;
    match (url.host_str(), url.port(), url.path()) {
        (Some(host), Some(_), "" | "/") if !host.is_empty() => Ok(url),
        _ => Err(invalid("expected HOST:PORT")),
    }
}

/// Whether a Kafka broker answers at `addr` (an ApiVersions round trip). A bare TCP
/// connect also succeeds against another server that took a port picked free and released
/// again before the broker bound it, and against the connecting socket itself (TCP
/// self-connect to a port in the ephemeral range that nobody listens on yet), which then
/// holds the port tansu was about to bind.
pub fn answers_kafka(addr: SocketAddr) -> bool {
    let Ok(mut stream) = TcpStream::connect_timeout(&addr, READY_POLL) else {
        return false;
    };
    let client_id = b"cits-ready";
    let mut request = Vec::with_capacity(14 + client_id.len());
    let header_len = 2 + 2 + 4 + 2 + client_id.len();
    request.extend_from_slice(&(header_len as i32).to_be_bytes());
    request.extend_from_slice(&API_VERSIONS_KEY.to_be_bytes());
    request.extend_from_slice(&0_i16.to_be_bytes());
    request.extend_from_slice(&PROBE_CORRELATION_ID.to_be_bytes());
    request.extend_from_slice(&(client_id.len() as i16).to_be_bytes());
    request.extend_from_slice(client_id);
    // Response v0: size, correlation id, error code, then the API list.
    let mut head = [0_u8; 10];
    stream.set_read_timeout(Some(PROBE_TIMEOUT)).is_ok()
        && stream.set_write_timeout(Some(PROBE_TIMEOUT)).is_ok()
        && stream.write_all(&request).is_ok()
        && stream.read_exact(&mut head).is_ok()
        && head[4..8] == PROBE_CORRELATION_ID.to_be_bytes()
        && head[8..10] == [0, 0]
}

/// Asks the OS for a free loopback port. The port is released again before tansu binds
/// it (tansu binds by URL and does not report an ephemeral port back): a socket that
/// takes it in between makes that start fail, and [`EmbeddedBroker::start`] tries anew.
fn free_loopback_port() -> Result<SocketAddr> {
    let probe = SocketAddr::from((Ipv4Addr::LOCALHOST, 0));
    let listener = TcpListener::bind(probe).map_err(|source| Error::Bind {
        addr: probe,
        source,
    })?;
    listener.local_addr().map_err(|source| Error::Bind {
        addr: probe,
        source,
    })
}

/// The broker thread: builds tansu on a private runtime and serves until told to stop.
fn serve(
    addr: SocketAddr,
    advertise: Url,
    cluster_id: String,
    storage: Storage,
    stop: oneshot::Receiver<()>,
    fail: mpsc::Sender<String>,
) {
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .worker_threads(WORKER_THREADS)
        .thread_name("tansu-worker")
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(err) => {
            let _ = fail.send(format!("cannot create the tokio runtime: {err}"));
            return;
        }
    };
    let result = runtime.block_on(async move {
        if storage.is_postgres() {
            postgres::create_schema(storage.url().as_str())
                .await
                .map_err(|err| format!("PostgreSQL storage {storage}: {err}"))?;
        }
        let url = Url::parse(&format!("tcp://{addr}")).map_err(|err| err.to_string())?;
        let mut broker = Broker::<Controller<StorageContainer>, StorageContainer>::builder()
            .node_id(NODE_ID)
            .cluster_id(cluster_id)
            .incarnation_id(uuid::Uuid::new_v4())
            .advertised_listener(advertise)
            .storage(storage.0)
            .listener(url)
            .silent(true)
            .build()
            .await
            .map_err(|err| err.to_string())?;
        let started = tokio::time::Instant::now();
        tokio::select! {
            served = broker.serve(started) => served.map_err(|err| err.to_string()),
            // Dropping the serve future drops its connection tasks with it.
            _ = stop => Ok(()),
        }
    });
    if let Err(message) = result {
        let _ = fail.send(message);
    }
    runtime.shutdown_timeout(SHUTDOWN_GRACE);
}

#[cfg(test)]
mod tests {
    use std::{
        io::{Read, Write},
        net::TcpListener,
    };

    use super::{advertised_url, answers_kafka, BrokerConfig, EmbeddedBroker, Storage};

    #[test]
    fn readiness_needs_a_kafka_answer_not_just_a_connection() {
        // An echo server answers like a socket connected to itself; another server
        // (PostgreSQL, say) that took the port answers something else or nothing.
        let echo = TcpListener::bind("127.0.0.1:0").unwrap();
        let echo_addr = echo.local_addr().unwrap();
        let echoing = std::thread::spawn(move || {
            let (mut conn, _) = echo.accept().unwrap();
            let mut buf = [0_u8; 64];
            let n = conn.read(&mut buf).unwrap();
            conn.write_all(&buf[..n]).unwrap();
        });
        assert!(!answers_kafka(echo_addr), "an echo is no broker");
        echoing.join().unwrap();

        let closing = TcpListener::bind("127.0.0.1:0").unwrap();
        let closing_addr = closing.local_addr().unwrap();
        let accepting = std::thread::spawn(move || drop(closing.accept().unwrap()));
        assert!(
            !answers_kafka(closing_addr),
            "a closed connection is no broker"
        );
        accepting.join().unwrap();

        let broker = EmbeddedBroker::start(BrokerConfig::default()).unwrap();
        assert!(answers_kafka(broker.addr()));
    }

    #[test]
    fn storage_urls_of_the_built_engines_are_accepted_and_others_refused() {
        for url in [
            "memory://tansu/",
            "sqlite:////tmp/broker.db",
            "postgres://cits:pw@db:5432/cits",
            "postgresql://db/cits",
        ] {
            assert!(Storage::parse(url).is_ok(), "{url}");
        }
        let refused = Storage::parse("s3://bucket/").unwrap_err().to_string();
        assert!(refused.contains("`s3` is not built"), "{refused}");
        let pg = Storage::parse("postgres://db/cits").unwrap();
        assert!(pg.is_durable() && pg.is_postgres());
        assert!(!Storage::memory().is_durable() && !Storage::memory().is_postgres());
    }

    #[test]
    fn a_storage_url_is_shown_without_its_password() {
        let storage = Storage::parse("postgres://cits:s3cret@db:5432/cits").unwrap();
        let shown = storage.to_string();
        assert!(!shown.contains("s3cret"), "{shown}");
        assert_eq!(shown, "postgres://cits:***@db:5432/cits");
        // The broker itself still gets the password.
        assert_eq!(storage.url().password(), Some("s3cret"));
    }

    #[test]
    fn advertised_addresses_are_host_and_port() {
        assert_eq!(
            advertised_url("cits-broker.cits.svc:9092")
                .unwrap()
                .as_str(),
            "tcp://cits-broker.cits.svc:9092"
        );
        assert!(advertised_url("127.0.0.1:19092").is_ok());
        for bad in ["cits-broker", "cits-broker:9092/x", ":9092"] {
            assert!(advertised_url(bad).is_err(), "{bad}");
        }
    }
}
