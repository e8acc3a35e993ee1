//! The error type of `cits-core`.

/// Everything that can go wrong in the stage logic. Input never panics: bad
/// input is reported as one of these and the record goes to the dead-letter topic.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The protobuf bytes of a record could not be decoded.
    #[error("invalid {message} protobuf: {source}")]
    Protobuf {
        /// Which message type was expected.
        message: &'static str,
        /// The decoder's complaint.
        #[source]
        source: cits_proto::prost_error::DecodeError,
    },
}

/// Result with [`Error`] as the default error.
pub type Result<T, E = Error> = std::result::Result<T, E>;
