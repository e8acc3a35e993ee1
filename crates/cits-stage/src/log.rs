//! A minimal leveled logger on stderr.
//!
//! A full `tracing` subscriber would add size to every module for four
//! levels and one line format; WasmEdge and our host forward guest stderr as is.

use std::sync::atomic::{AtomicU8, Ordering};

/// Log verbosity, from `CITS_LOG`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Level {
    /// Only failures that stop or degrade the stage.
    Error = 0,
    /// Rejected records, reconnects.
    Warn = 1,
    /// Start-up, positions, periodic stats.
    Info = 2,
    /// Per-fetch details.
    Debug = 3,
}

impl Level {
    /// Parses `error`, `warn`, `info` or `debug` (case-insensitive).
    pub fn parse(s: &str) -> Option<Self> {
        match s.to_ascii_lowercase().as_str() {
            "error" => Some(Self::Error),
            "warn" | "warning" => Some(Self::Warn),
            "info" => Some(Self::Info),
            "debug" => Some(Self::Debug),
            _ => None,
        }
    }

    fn label(self) -> &'static str {
        match self {
            Self::Error => "ERROR",
            Self::Warn => "WARN",
            Self::Info => "INFO",
            Self::Debug => "DEBUG",
        }
    }
}

static MAX_LEVEL: AtomicU8 = AtomicU8::new(Level::Info as u8);

/// Sets the most verbose level that is printed.
pub fn set_level(level: Level) {
    MAX_LEVEL.store(level as u8, Ordering::Relaxed);
}

/// Whether messages of `level` are printed.
pub fn enabled(level: Level) -> bool {
    level as u8 <= MAX_LEVEL.load(Ordering::Relaxed)
}

/// Prints one log line `LEVEL who: message` if `level` is enabled.
pub fn log(level: Level, who: &str, message: std::fmt::Arguments<'_>) {
    if enabled(level) {
        eprintln!("{} {who}: {message}", level.label());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn levels_parse_and_order() {
        assert_eq!(Level::parse("WARN"), Some(Level::Warn));
        assert_eq!(Level::parse("trace"), None);
        assert!(Level::Error < Level::Debug);
    }
}
