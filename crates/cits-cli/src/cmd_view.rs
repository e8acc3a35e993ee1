//! `cits view`: the live map of a running pipeline in the browser (see `cits_view`).

use std::net::SocketAddr;
use std::path::PathBuf;

use anyhow::{Context, Result};
use cits_pipeline::StartAt;
use cits_view::{Start, View, ViewConfig};

/// Arguments of `cits view`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Kafka bootstrap brokers of the pipeline (comma-separated host:port).
    #[arg(long, value_delimiter = ',', required = true)]
    pub brokers: Vec<String>,
    /// Where the page is served [default: a free port on loopback, printed at start].
    #[arg(long, value_name = "HOST:PORT", default_value = cits_view::DEFAULT_ADDR)]
    pub addr: SocketAddr,
    /// Street graph directory the stages read (car.wkb + bike.wkb, or map.osm): drawn as
    /// lanes; positions are shown in its local frame. Without it no lanes are drawn.
    #[arg(long, value_name = "DIR")]
    pub graph: Option<PathBuf>,
    /// Where to start reading the topics: `latest` (live) or `earliest` (everything kept).
    #[arg(long, default_value = "latest")]
    pub start: StartAt,
}

/// The consumer start of the view for a pipeline start position.
pub fn view_start(start: StartAt) -> Start {
    match start {
        StartAt::Earliest => Start::Earliest,
        StartAt::Latest => Start::Latest,
    }
}

/// Runs `cits view` until Ctrl-C.
pub fn run(args: Args) -> Result<()> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("creating the tokio runtime")?;
    runtime.block_on(async {
        let mut config = ViewConfig::new(args.brokers.clone());
        config.addr = args.addr;
        config.graph_dir = args.graph.clone();
        config.start = view_start(args.start);
        let view = View::start(config).await.context("starting the view")?;
        eprintln!("cits view: {} (Ctrl-C to stop)", view.url());
        tokio::signal::ctrl_c()
            .await
            .context("waiting for Ctrl-C")?;
        view.shutdown().await.context("stopping the view")?;
        Ok(())
    })
}
