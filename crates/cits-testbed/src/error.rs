//! The testbed's one error type.

use std::path::PathBuf;

/// Result with the testbed's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// What can go wrong while measuring the pipeline.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// File or process I/O.
    #[error("{action} {path}: {source}")]
    Io {
        /// What was being done ("write", "start mosquitto", ...).
        action: &'static str,
        /// The file or program.
        path: PathBuf,
        /// The underlying error.
        #[source]
        source: std::io::Error,
    },
    /// A Kafka request failed.
    #[error("kafka {action} ({target}): {source}")]
    Kafka {
        /// The request ("produce", "fetch", ...).
        action: &'static str,
        /// Topic/partition or broker address.
        target: String,
        /// The client's error (boxed: it is large and errors are rare).
        #[source]
        source: Box<rskafka::client::error::Error>,
    },
    /// An MQTT operation failed.
    #[error("mqtt {action}: {message}")]
    Mqtt {
        /// The operation ("connect", "publish", ...).
        action: &'static str,
        /// The client's error, as text (rumqttc has several error types).
        message: String,
    },
    /// A record on a topic could not be decoded.
    #[error("decode {what} from {topic}[{partition}]@{offset}: {source}")]
    Decode {
        /// Message type expected.
        what: &'static str,
        /// Topic read.
        topic: String,
        /// Partition read.
        partition: i32,
        /// Offset of the record.
        offset: i64,
        /// prost's error.
        #[source]
        source: prost::DecodeError,
    },
    /// A recorded message is not an ETSI message we can route.
    #[error("message {index} of the recording: {reason}")]
    BadMessage {
        /// Position in the recording.
        index: usize,
        /// What is wrong.
        reason: String,
    },
    /// The recording could not be read.
    #[error("recording: {0}")]
    Recording(#[from] cits_sim::Error),
    /// A plot could not be drawn.
    #[error("plot {path}: {message}")]
    Plot {
        /// The SVG file.
        path: PathBuf,
        /// plotters' error, as text (its error type is generic over the backend).
        message: String,
    },
    /// JSON output failed.
    #[error("json {path}: {source}")]
    Json {
        /// The file.
        path: PathBuf,
        /// serde_json's error.
        #[source]
        source: serde_json::Error,
    },
    /// PostgreSQL failed.
    #[error("postgres {action}: {source}")]
    Postgres {
        /// What was being done.
        action: &'static str,
        /// The driver's error.
        #[source]
        source: tokio_postgres::Error,
    },
    /// Something did not happen in time.
    #[error("timed out after {waited_ms} ms waiting for {what}")]
    Timeout {
        /// What was awaited.
        what: String,
        /// How long.
        waited_ms: u64,
    },
    /// The data set's ground truth could not be used.
    #[error("ground truth: {0}")]
    Truth(String),
    /// The pipeline under test failed.
    #[error("pipeline: {0}")]
    Pipeline(String),
    /// A Kafka call shared with the stage shell failed (it names topic and partition).
    #[error(transparent)]
    Shell(#[from] cits_stage::Error),
}

impl Error {
    /// An I/O error with its context.
    pub fn io(action: &'static str, path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Self::Io {
            action,
            path: path.into(),
            source,
        }
    }

    /// A Kafka error with its context.
    pub fn kafka(
        action: &'static str,
        target: impl Into<String>,
        source: rskafka::client::error::Error,
    ) -> Self {
        Self::Kafka {
            action,
            target: target.into(),
            source: Box::new(source),
        }
    }
}
