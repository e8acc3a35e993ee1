//! The error type of `cits-stage`.

use std::time::Duration;

/// What can stop or interrupt a stage. Bad *records* are not errors of this
/// kind: they become dead letters and the stage goes on.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A required environment variable is not set.
    #[error("environment variable {var} is required but not set")]
    MissingEnv {
        /// The variable's name.
        var: &'static str,
    },
    /// An environment variable has a value the stage cannot use.
    #[error("environment variable {var}={value:?} is invalid: {reason}")]
    InvalidEnv {
        /// The variable's name.
        var: &'static str,
        /// Its value.
        value: String,
        /// What is wrong with it.
        reason: String,
    },
    /// A Kafka call failed.
    #[error("kafka {op} on {target} failed: {source}")]
    Kafka {
        /// The operation, e.g. "fetch".
        op: &'static str,
        /// Broker list or `topic/partition` the call was about.
        target: String,
        /// rskafka's error (boxed: it is large and errors are rare).
        #[source]
        source: Box<rskafka::client::error::Error>,
    },
    /// A Kafka call did not finish in time (broker down or restarting).
    #[error("kafka {op} on {target} timed out after {after:?}")]
    Timeout {
        /// The operation.
        op: &'static str,
        /// Broker list or `topic/partition`.
        target: String,
        /// The timeout.
        after: Duration,
    },
    /// A topic the stage needs does not exist (yet).
    #[error("topic {topic:?} does not exist (topics are created by `cits up`)")]
    TopicMissing {
        /// The topic's name.
        topic: String,
    },
    /// A topic exists but has no partitions.
    #[error("topic {topic:?} has no partitions")]
    NoPartitions {
        /// The topic's name.
        topic: String,
    },
    /// A changelog topic's partitions do not match the input's (state of input
    /// partition p lives in changelog partition p).
    #[error("changelog topic {topic:?} has {has} partitions, the input has {needs}")]
    ChangelogPartitions {
        /// The changelog topic.
        topic: String,
        /// Its partition count.
        has: usize,
        /// The input topic's partition count.
        needs: usize,
    },
    /// Reading a changelog partition to its end made no progress.
    #[error("changelog {topic}/{partition} stalled at offset {offset} below its end {end}")]
    ChangelogStalled {
        /// The changelog topic.
        topic: String,
        /// The partition.
        partition: i32,
        /// Where the read stalled.
        offset: i64,
        /// The partition's end.
        end: i64,
    },
    /// A file the stage needs could not be read.
    #[error("cannot read {path}: {source}")]
    Io {
        /// The file.
        path: String,
        /// The OS error.
        #[source]
        source: std::io::Error,
    },
    /// The async runtime could not be started.
    #[error("cannot start the async runtime: {0}")]
    Runtime(#[source] std::io::Error),
    /// The stage could not be set up (e.g. its street graph is invalid).
    #[error("stage setup failed: {0}")]
    Setup(#[source] Box<dyn std::error::Error + Send + Sync>),
}

/// Result with [`Error`] as the default error.
pub type Result<T, E = Error> = std::result::Result<T, E>;
