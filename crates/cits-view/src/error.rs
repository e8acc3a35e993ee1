//! The errors of the view server.

use std::net::SocketAddr;
use std::path::PathBuf;

/// Everything that can go wrong while starting or running the view.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The listen address could not be bound.
    #[error("cannot listen on {addr}: {source}")]
    Bind {
        /// The address asked for.
        addr: SocketAddr,
        /// The OS error.
        source: std::io::Error,
    },
    /// The street graph could not be read.
    #[error("street graph {dir}: {reason}")]
    Graph {
        /// The graph directory.
        dir: PathBuf,
        /// What went wrong (names the file).
        reason: String,
    },
    /// The brokers could not be reached.
    #[error("kafka {op} ({target}): {reason}")]
    Kafka {
        /// What was being done, e.g. "connect".
        op: &'static str,
        /// Broker list or topic involved.
        target: String,
        /// rskafka's error or the timeout, rendered.
        reason: String,
    },
    /// The HTTP server failed.
    #[error("http server: {0}")]
    Serve(std::io::Error),
}

/// The result of the view's operations.
pub type Result<T, E = Error> = std::result::Result<T, E>;
