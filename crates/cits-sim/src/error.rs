//! The error type of `cits-sim`.

use std::path::PathBuf;

/// Everything that can go wrong while generating, writing or reading a data set.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The recording file is not valid base64.
    #[error("recording is not valid base64: {0}")]
    Base64(#[from] base64::DecodeError),
    /// A frame header or message runs past the end of the recording.
    #[error(
        "recording truncated: the frame at byte {offset} needs {needed} bytes but only {available} are left"
    )]
    TruncatedFrame {
        /// Byte offset of the frame in the decoded recording.
        offset: usize,
        /// Bytes the frame needs (header or header + message).
        needed: usize,
        /// Bytes left in the recording from `offset`.
        available: usize,
    },
    /// A frame declares a message longer than [`crate::recording::MAX_MESSAGE_BYTES`].
    #[error("recording frame at byte {offset} declares a {length}-byte message, the limit is {max} bytes")]
    OversizedFrame {
        /// Byte offset of the frame in the decoded recording (for writing: the
        /// offset the frame would have had).
        offset: usize,
        /// The declared or actual message length.
        length: u64,
        /// The limit.
        max: usize,
    },
    /// Reading or writing a file failed.
    #[error("cannot {action} {path}: {source}")]
    Io {
        /// What was attempted ("read", "write", "create directory").
        action: &'static str,
        /// The file or directory.
        path: PathBuf,
        /// The operating system's complaint.
        #[source]
        source: std::io::Error,
    },
    /// The CPM encoder of `cits-core` rejected a generated CPM.
    #[error("cannot encode the CPM of sensor {sensor_id} at {time_ms} ms: {source}")]
    Encode {
        /// The sensor whose CPM failed.
        sensor_id: u32,
        /// Frame time, Unix epoch ms.
        time_ms: i64,
        /// The encoder's complaint.
        #[source]
        source: cits_core::Error,
    },
    /// A `truth.csv` line is malformed.
    #[error("truth.csv line {line}: {reason}")]
    Truth {
        /// 1-based line number.
        line: usize,
        /// What is wrong with it.
        reason: String,
    },
    /// A `conflicts.csv` line is malformed.
    #[error("conflicts.csv line {line}: {reason}")]
    Conflicts {
        /// 1-based line number.
        line: usize,
        /// What is wrong with it.
        reason: String,
    },
    /// The generator configuration is out of range.
    #[error("invalid generator configuration: {0}")]
    Config(String),
}

/// Result with [`Error`] as the default error.
pub type Result<T, E = Error> = std::result::Result<T, E>;
