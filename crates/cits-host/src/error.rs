//! The one error type of cits-host.

use std::path::PathBuf;

/// Everything that can go wrong when loading or running a module.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The module file could not be read.
    #[error("cannot read module {path}: {source}")]
    Read {
        /// The module file.
        path: PathBuf,
        /// The underlying I/O error.
        source: std::io::Error,
    },
    /// Wasmtime rejected the module (invalid, or a `.cwasm` built by another Wasmtime/config).
    #[error("cannot compile or load module {path}: {message}")]
    Compile {
        /// The module file (or `<bytes>`).
        path: PathBuf,
        /// Wasmtime's explanation.
        message: String,
    },
    /// The module imports something this host does not provide.
    #[error("module {module} imports {import}, which this host does not provide (only wasi_snapshot_preview1 functions are supported)")]
    UnsupportedImport {
        /// The module name (file name).
        module: String,
        /// `module.name` of the import.
        import: String,
    },
    /// The module does not export a `_start` function and a `memory`.
    #[error("module {module} is not a WASI command: {reason}")]
    NotACommand {
        /// The module name.
        module: String,
        /// What is missing.
        reason: String,
    },
    /// A grant passed on the command line is malformed.
    #[error("invalid grant {grant:?}: {reason}")]
    InvalidGrant {
        /// The grant as given (e.g. `--allow-net` or `--dir` value).
        grant: String,
        /// Why it is invalid.
        reason: String,
    },
    /// A preopened directory does not exist or is not a directory.
    #[error("cannot preopen directory {path}: {source}")]
    Preopen {
        /// The host directory.
        path: PathBuf,
        /// The underlying I/O error.
        source: std::io::Error,
    },
    /// The module trapped (including hitting the memory cap).
    #[error("module {module} trapped: {message}")]
    Trap {
        /// The module name.
        module: String,
        /// Wasmtime's trap description plus host context (e.g. memory cap).
        message: String,
    },
    /// The module ran longer than its CPU budget without calling the host.
    #[error("module {module} ran over {budget_ms} ms without returning to the host (CPU budget): trapped")]
    CpuBudget {
        /// The module name.
        module: String,
        /// The budget, ms.
        budget_ms: u64,
    },
    /// The run was stopped through a [`crate::StopHandle`] (e.g. SIGTERM).
    #[error("module {module} was stopped")]
    Stopped {
        /// The module name.
        module: String,
    },
    /// Writing a precompiled artifact failed.
    #[error("cannot write {path}: {source}")]
    Write {
        /// The output file.
        path: PathBuf,
        /// The underlying I/O error.
        source: std::io::Error,
    },
    /// The module bytes are not a parsable WebAssembly binary.
    #[error("cannot parse WebAssembly: {0}")]
    Parse(String),
    /// Wasmtime engine setup failed.
    #[error("cannot set up the Wasmtime engine: {0}")]
    Engine(String),
}

/// `Result` with [`Error`] as the default error.
pub type Result<T, E = Error> = std::result::Result<T, E>;
