//! Per-run host state: the fd table, grants, limits and the stop flag.

use std::fs::File;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

use crate::abi::Errno;
use crate::policy::NetPolicy;

/// Most open fds per module: far above what a stage needs (a few broker
/// connections and two graph files), low enough to stop a leak early.
pub const MAX_FDS: usize = 1024;

/// Most table elements a module may grow to: Rust modules have a few thousand
/// (one per indirectly called function); more means a runaway module.
pub const MAX_TABLE_ELEMENTS: usize = 1_000_000;

/// A stream socket owned by the guest. The host fd is always non-blocking;
/// blocking mode is emulated with `poll` so a stop request can interrupt it.
#[derive(Debug)]
pub(crate) struct Sock {
    pub(crate) sock: socket2::Socket,
    /// What the guest asked for with `fd_fdstat_set_flags`.
    pub(crate) nonblocking: bool,
    /// `SO_RCVTIMEO` for guest-blocking receives.
    pub(crate) recv_timeout: Option<Duration>,
    /// `SO_SNDTIMEO` for guest-blocking sends.
    pub(crate) send_timeout: Option<Duration>,
}

/// A directory the guest can open files under (read-only).
#[derive(Debug)]
pub(crate) struct Dir {
    /// Canonical host path of the granted root: nothing outside may be opened.
    pub(crate) root: PathBuf,
    /// Canonical host path of this directory (the root or below).
    pub(crate) path: PathBuf,
    /// The guest-visible name for a preopen, `None` for directories the guest opened.
    pub(crate) preopen: Option<String>,
}

/// A read-only file the guest opened.
#[derive(Debug)]
pub(crate) struct OpenFile {
    pub(crate) file: File,
}

/// What a guest fd refers to.
#[derive(Debug)]
pub(crate) enum Entry {
    /// Reads as empty: stage modules take no stdin.
    Stdin,
    Stdout,
    Stderr,
    Dir(Dir),
    File(OpenFile),
    Socket(Sock),
}

/// The guest's fd table.
#[derive(Debug, Default)]
pub(crate) struct FdTable {
    entries: Vec<Option<Entry>>,
}

impl FdTable {
    /// Puts `entry` in the lowest free slot (POSIX style).
    pub(crate) fn insert(&mut self, entry: Entry) -> Result<u32, Errno> {
        if let Some(i) = self.entries.iter().position(Option::is_none) {
            if let Some(slot) = self.entries.get_mut(i) {
                *slot = Some(entry);
                return u32::try_from(i).map_err(|_| Errno::MFILE);
            }
        }
        if self.entries.len() >= MAX_FDS {
            return Err(Errno::MFILE);
        }
        self.entries.push(Some(entry));
        u32::try_from(self.entries.len() - 1).map_err(|_| Errno::MFILE)
    }

    pub(crate) fn get(&self, fd: u32) -> Result<&Entry, Errno> {
        self.entries
            .get(fd as usize)
            .and_then(Option::as_ref)
            .ok_or(Errno::BADF)
    }

    pub(crate) fn get_mut(&mut self, fd: u32) -> Result<&mut Entry, Errno> {
        self.entries
            .get_mut(fd as usize)
            .and_then(Option::as_mut)
            .ok_or(Errno::BADF)
    }

    pub(crate) fn remove(&mut self, fd: u32) -> Result<Entry, Errno> {
        self.entries
            .get_mut(fd as usize)
            .and_then(Option::take)
            .ok_or(Errno::BADF)
    }

    pub(crate) fn socket(&mut self, fd: u32) -> Result<&mut Sock, Errno> {
        match self.get_mut(fd)? {
            Entry::Socket(s) => Ok(s),
            _ => Err(Errno::NOTSOCK),
        }
    }
}

/// Caps linear memory (all of a module's memories together) and tables; remembers a
/// refused growth so a later trap can say why.
#[derive(Debug)]
pub(crate) struct Limits {
    pub(crate) memory_bytes: usize,
    /// Bytes of all memories of the instance (Wasmtime reports each memory's creation
    /// as a growth from 0, and one store runs one instance).
    pub(crate) total: usize,
    /// `(current, desired)` of the last refused memory growth.
    pub(crate) refused: Option<(usize, usize)>,
    pub(crate) module: String,
}

impl Limits {
    pub(crate) fn new(memory_bytes: usize, module: String) -> Self {
        Limits {
            memory_bytes,
            total: 0,
            refused: None,
            module,
        }
    }
}

impl wasmtime::ResourceLimiter for Limits {
    fn memory_growing(
        &mut self,
        current: usize,
        desired: usize,
        maximum: Option<usize>,
    ) -> wasmtime::Result<bool> {
        let total = self.total.saturating_sub(current).saturating_add(desired);
        if total > self.memory_bytes || maximum.is_some_and(|m| desired > m) {
            log::warn!(
                "cits-host: {}: denied memory growth from {current} to {desired} bytes ({total} bytes over all memories, cap {} MiB)",
                self.module,
                self.memory_bytes / (1024 * 1024)
            );
            self.refused = Some((current, desired));
            return Ok(false);
        }
        self.total = total;
        // Info, not debug: a soak run (`CITS_HOST_LOG=info`) tells from these lines whether
        // a module's resident memory grows inside its linear memory or in the host.
        log::info!(
            "cits-host: {}: linear memory grown from {current} to {desired} bytes ({total} bytes over all memories)",
            self.module
        );
        Ok(true)
    }

    fn table_growing(
        &mut self,
        _current: usize,
        desired: usize,
        maximum: Option<usize>,
    ) -> wasmtime::Result<bool> {
        Ok(desired <= MAX_TABLE_ELEMENTS && maximum.is_none_or(|m| desired <= m))
    }
}

/// Everything a running module's host functions can see.
pub(crate) struct Host {
    pub(crate) fds: FdTable,
    /// `argv`, each entry NUL-terminated.
    pub(crate) args: Vec<Vec<u8>>,
    /// `K=V` entries, each NUL-terminated.
    pub(crate) env: Vec<Vec<u8>>,
    pub(crate) net: NetPolicy,
    pub(crate) limits: Limits,
    pub(crate) stop: Arc<AtomicBool>,
    /// Module name for log lines.
    pub(crate) module: String,
    /// When the guest last got control back from the host (the CPU budget's start).
    pub(crate) guest_since: std::time::Instant,
}

impl Host {
    pub(crate) fn stopping(&self) -> bool {
        self.stop.load(Ordering::Relaxed)
    }
}

#[cfg(test)]
mod tests {
    use super::Limits;
    use wasmtime::ResourceLimiter;

    const MIB: usize = 1024 * 1024;

    #[test]
    fn the_memory_cap_covers_all_memories_together() {
        let mut limits = Limits::new(16 * MIB, "m".into());
        // First memory created at 10 MiB, a second one of 10 MiB would pass a
        // per-memory cap but not the module's.
        assert!(limits.memory_growing(0, 10 * MIB, None).unwrap());
        assert!(!limits.memory_growing(0, 10 * MIB, None).unwrap());
        assert_eq!(limits.refused, Some((0, 10 * MIB)));
        // The second memory fits at 6 MiB; then neither may grow.
        assert!(limits.memory_growing(0, 6 * MIB, None).unwrap());
        assert!(!limits
            .memory_growing(10 * MIB, 10 * MIB + 64 * 1024, None)
            .unwrap());
        assert_eq!(limits.total, 16 * MIB);
    }
}
