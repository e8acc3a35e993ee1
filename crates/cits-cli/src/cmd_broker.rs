//! `cits broker`: just the embedded Kafka-compatible broker (tansu; in memory, durable in
//! an SQLite file with `--storage sqlite://…` / `--data DIR`, or in PostgreSQL with
//! `--storage postgres://…`, where several brokers on one database are one cluster).

use std::net::SocketAddr;

use anyhow::{Context, Result};
use cits_broker::{BrokerConfig, EmbeddedBroker, Storage};

/// Arguments of `cits broker`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Listen address [default: a free port on 127.0.0.1].
    #[arg(long, value_name = "IP:PORT", conflicts_with = "listener_url")]
    pub listen: Option<SocketAddr>,
    /// The address clients are told to connect to after bootstrap (Kafka's advertised
    /// listener) [default: the listen address]. A host name is fine: in Kubernetes, the
    /// Service in front of the brokers (`cits-broker.cits.svc:9092`).
    #[arg(
        long,
        value_name = "HOST:PORT",
        conflicts_with = "advertised_listener_url"
    )]
    pub advertise: Option<String>,
    /// tansu-compatible spelling of `--listen` (`tcp://HOST:PORT`), so scripts and test
    /// harnesses written for the `tansu broker` command can run this one instead.
    #[arg(long, value_name = "URL")]
    pub listener_url: Option<String>,
    /// tansu-compatible spelling of `--advertise` (`tcp://HOST:PORT`).
    #[arg(long, value_name = "URL")]
    pub advertised_listener_url: Option<String>,
    /// Where topics, records and committed offsets live: `memory://tansu/` (the default,
    /// gone at exit), an SQLite file, `sqlite://relative.db` or `sqlite:////abs/file.db`
    /// (kept over restarts and crashes), or a PostgreSQL database,
    /// `postgres://user:password@host:port/db` (shared by every broker started on it; the
    /// broker creates its tables). `--storage-engine` is tansu's spelling.
    #[arg(
        long,
        visible_alias = "storage-engine",
        value_name = "URL",
        conflicts_with = "data"
    )]
    pub storage: Option<String>,
    /// Durable storage in DIR (created if missing): the SQLite file `DIR/broker.db`.
    #[arg(long, value_name = "DIR")]
    pub data: Option<std::path::PathBuf>,
}

/// The storage `--storage` / `--data` ask for (memory when neither is given).
pub fn storage_from(url: Option<&str>, data: Option<&std::path::Path>) -> Result<Storage> {
    match (url, data) {
        (Some(url), _) => Ok(Storage::parse(url)?),
        (None, Some(dir)) => data_dir_storage(dir),
        (None, None) => Ok(Storage::memory()),
    }
}

/// File name of the broker's SQLite database inside a `--data` directory.
pub const DATA_DB_FILE: &str = "broker.db";

/// SQLite storage in `dir`, emptied first: a run whose topics must start empty.
pub fn fresh_data_dir_storage(dir: &std::path::Path) -> Result<Storage> {
    if dir.exists() {
        std::fs::remove_dir_all(dir).with_context(|| format!("removing {}", dir.display()))?;
    }
    data_dir_storage(dir)
}

/// SQLite storage in `dir` (created if missing).
pub fn data_dir_storage(dir: &std::path::Path) -> Result<Storage> {
    std::fs::create_dir_all(dir)
        .with_context(|| format!("creating the data directory {}", dir.display()))?;
    Ok(Storage::sqlite(&dir.join(DATA_DB_FILE))?)
}

/// Parses a tansu listener URL `tcp://HOST:PORT`.
fn parse_listener_url(url: &str) -> Result<SocketAddr> {
    let addr = url
        .strip_prefix("tcp://")
        .with_context(|| format!("listener URL {url:?} must look like tcp://HOST:PORT"))?;
    addr.parse()
        .with_context(|| format!("listener URL {url:?}: {addr:?} is not an IP:PORT address"))
}

/// Runs `cits broker` until Ctrl-C or SIGTERM.
pub fn run(args: Args) -> Result<()> {
    let storage = storage_from(args.storage.as_deref(), args.data.as_deref())?;
    let listen = match &args.listener_url {
        Some(url) => Some(parse_listener_url(url)?),
        None => args.listen,
    };
    let advertise = match &args.advertised_listener_url {
        Some(url) => Some(
            url.strip_prefix("tcp://")
                .with_context(|| {
                    format!("advertised listener URL {url:?} must look like tcp://HOST:PORT")
                })?
                .to_owned(),
        ),
        None => args.advertise,
    };
    let kept = if storage.is_durable() {
        format!("storage {storage}")
    } else {
        "in memory".to_owned()
    };
    let broker = EmbeddedBroker::start(BrokerConfig {
        listen,
        advertise,
        storage,
        ..BrokerConfig::default()
    })
    .context("starting the embedded broker")?;
    // The address on stdout alone, so scripts can read it: `addr=$(cits broker | head -1)`.
    println!("{}", broker.addr());
    eprintln!(
        "cits broker: tansu ({kept}) listening on {}; Ctrl-C stops it",
        broker.addr()
    );
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .context("creating the tokio runtime")?;
    runtime.block_on(async {
        let mut term = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
            .context("installing the SIGTERM handler")?;
        tokio::select! {
            r = tokio::signal::ctrl_c() => r.context("waiting for Ctrl-C"),
            _ = term.recv() => Ok(()),
        }
    })?;
    broker.shutdown();
    Ok(())
}
