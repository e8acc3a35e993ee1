//! The errors of the pipeline runner.

use std::path::PathBuf;
use std::time::Duration;

/// Everything that can go wrong while running the pipeline.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The embedded broker did not start.
    #[error("embedded broker: {0}")]
    Broker(#[from] cits_broker::Error),
    /// A Kafka call failed.
    #[error("kafka {op} ({target}): {source}")]
    Kafka {
        /// What was being done, e.g. "create topic".
        op: &'static str,
        /// Topic, partition or broker list involved.
        target: String,
        /// rskafka's error (boxed: it is large and errors are the cold path).
        source: Box<rskafka::client::error::Error>,
    },
    /// A Kafka call did not answer in time.
    #[error("kafka {op} ({target}) timed out after {after:?}")]
    Timeout {
        /// What was being done.
        op: &'static str,
        /// Topic, partition or broker list involved.
        target: String,
        /// How long was waited.
        after: Duration,
    },
    /// A topic has no partitions in the cluster metadata.
    #[error("topic {topic} does not exist (or has no partitions) on the brokers")]
    TopicMissing {
        /// The topic.
        topic: String,
    },
    /// A stage module (or the `cits` binary that runs it) is not where it should be.
    #[error("{what} not found at {path}: {hint}")]
    Missing {
        /// What was looked for.
        what: String,
        /// Where.
        path: PathBuf,
        /// How to get it.
        hint: String,
    },
    /// The fault-injecting proxy could not listen.
    #[error("fault proxy: {0}")]
    Proxy(std::io::Error),
    /// The configuration does not make sense.
    #[error("invalid configuration: {0}")]
    Config(String),
    /// A stage process could not be started.
    #[error("cannot start {instance} ({program}): {source}")]
    Spawn {
        /// Instance name, e.g. "decoder-0".
        instance: String,
        /// The program that was started.
        program: PathBuf,
        /// The operating system's error.
        source: std::io::Error,
    },
    /// A stage process ended although nobody stopped it.
    #[error("{instance} exited unexpectedly ({status}); last output:\n{last_output}")]
    InstanceExited {
        /// Instance name.
        instance: String,
        /// Exit status, rendered.
        status: String,
        /// Its last lines of output.
        last_output: String,
    },
    /// No such stage instance.
    #[error("no stage instance {0}")]
    NoSuchInstance(String),
    /// The recording could not be read.
    #[error("recording: {0}")]
    Recording(#[from] cits_sim::Error),
    /// A file (export, log) could not be written.
    #[error("cannot {action} {path}: {source}")]
    Io {
        /// What was being done.
        action: &'static str,
        /// The file.
        path: PathBuf,
        /// The operating system's error.
        source: std::io::Error,
    },
    /// A stage instance could not be killed (fault injection).
    #[error("cannot kill -9 {instance}: {source}")]
    Kill {
        /// The instance.
        instance: String,
        /// The operating system's error.
        source: std::io::Error,
    },
    /// A Kafka call shared with the stage shell failed.
    #[error(transparent)]
    Shell(#[from] cits_stage::Error),
    /// A record on the DENM topic is not a decodable DENM.
    #[error("DENM record: {0}")]
    Denm(String),
    /// Not every input was accounted for when the time was up.
    #[error("not settled after {timeout:?}: {lagging}")]
    NotSettled {
        /// How long was waited.
        timeout: Duration,
        /// Which stages (or output consumers) lag and by how many records, e.g.
        /// "stage mapmatcher lagging 139 records (consumed 2861 of 3000)".
        lagging: String,
    },
}

/// Result with [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;
