//! `cits broker`: just the embedded Kafka-compatible broker (tansu, in-memory storage).

use std::net::SocketAddr;

use anyhow::{Context, Result};
use cits_broker::{BrokerConfig, EmbeddedBroker};

/// Arguments of `cits broker`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Listen (and advertise) address [default: a free port on 127.0.0.1].
    #[arg(long, value_name = "HOST:PORT")]
    pub listen: Option<SocketAddr>,
}

/// Runs `cits broker` until Ctrl-C or SIGTERM.
pub fn run(args: Args) -> Result<()> {
    let broker = EmbeddedBroker::start(BrokerConfig {
        listen: args.listen,
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
