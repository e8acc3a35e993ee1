//! `cits broker`: just the embedded Kafka-compatible broker (tansu, in-memory storage).

use std::net::SocketAddr;

use anyhow::{Context, Result};
use cits_broker::{BrokerConfig, EmbeddedBroker};

/// Arguments of `cits broker`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Listen (and advertise) address [default: a free port on 127.0.0.1].
    #[arg(long, value_name = "HOST:PORT", conflicts_with = "listener_url")]
    pub listen: Option<SocketAddr>,
    /// tansu-compatible spelling of `--listen` (`tcp://HOST:PORT`), so scripts and test
    /// harnesses written for the `tansu broker` command can run this one instead.
    #[arg(long, value_name = "URL")]
    pub listener_url: Option<String>,
    /// Accepted for tansu compatibility; must equal the listener URL (the embedded
    /// broker advertises the address it listens on).
    #[arg(long, value_name = "URL")]
    pub advertised_listener_url: Option<String>,
    /// Accepted for tansu compatibility; only in-memory storage (`memory://…`) is embedded.
    #[arg(long, value_name = "URL")]
    pub storage_engine: Option<String>,
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
    if let Some(engine) = &args.storage_engine {
        anyhow::ensure!(
            engine.starts_with("memory://"),
            "storage engine {engine:?} is not embedded: `cits broker` stores in memory only"
        );
    }
    let listen = match &args.listener_url {
        Some(url) => Some(parse_listener_url(url)?),
        None => args.listen,
    };
    if let (Some(advertised), Some(listener)) = (&args.advertised_listener_url, &args.listener_url)
    {
        anyhow::ensure!(
            advertised == listener,
            "the embedded broker advertises the address it listens on: \
             --advertised-listener-url {advertised} differs from --listener-url {listener}"
        );
    }
    let broker = EmbeddedBroker::start(BrokerConfig {
        listen,
        ..BrokerConfig::default()
    })
    .context("starting the embedded broker")?;
    // The address on stdout alone, so scripts can read it: `addr=$(cits broker | head -1)`.
    println!("{}", broker.addr());
    eprintln!(
        "cits broker: tansu (in-memory) listening on {}; Ctrl-C stops it",
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
