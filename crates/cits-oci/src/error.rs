//! The one error type of `cits-oci`.

use std::path::PathBuf;

/// Everything that can go wrong while building or writing an image.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The bytes meant as the image's module do not start with the Wasm magic.
    #[error(
        "{file_name}: not a WebAssembly module (the first bytes are not \"\\0asm\" + version 1)"
    )]
    NotWasm {
        /// The module's file name in the image.
        file_name: String,
    },
    /// A name, tag, env var or annotation that the OCI specs or the runtimes would reject.
    #[error("invalid {field} {value:?}: {reason}")]
    Invalid {
        /// Which input it is (`tag`, `repository`, `file name`, `env name`, ...).
        field: &'static str,
        /// The rejected value.
        value: String,
        /// The rule it breaks.
        reason: &'static str,
    },
    /// Two images of one layout claim the same tag: `oci:DIR:TAG` would be ambiguous.
    #[error("tag {0:?} is given twice in one layout")]
    DuplicateTag(String),
    /// The output directory holds something that is not an OCI image layout.
    #[error("{0}: exists, is not empty and is not an OCI image layout; refusing to overwrite it")]
    NotALayout(PathBuf),
    /// Reading or writing a file failed.
    #[error("{path}: {source}")]
    Io {
        /// The file or directory concerned.
        path: PathBuf,
        /// The underlying error.
        #[source]
        source: std::io::Error,
    },
    /// Building a tar stream failed (in memory or into the caller's writer).
    #[error("writing the tar stream of {what}: {source}")]
    Tar {
        /// The tar stream: the layer or the archive.
        what: &'static str,
        /// The underlying error.
        #[source]
        source: std::io::Error,
    },
    /// Serialising a JSON document failed.
    #[error("serialising the {what}: {source}")]
    Json {
        /// Which document: config, manifest, index, ...
        what: &'static str,
        /// The underlying error.
        #[source]
        source: serde_json::Error,
    },
}

/// `Result` with [`Error`] as the default error.
pub type Result<T, E = Error> = std::result::Result<T, E>;
