//! WASI preview 1 constants and the WasmEdge socket extension's numbers.
//!
//! Values come from the `wasi_snapshot_preview1` witx and from
//! `wasmedge_wasi_socket` 0.5 (`src/socket.rs`, `src/wasi_poll.rs`), which the
//! stage modules are built with.

/// A WASI errno (`errno` in the witx, a `u16` on the wire, returned as `i32`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Errno(pub u16);

#[allow(missing_docs)]
impl Errno {
    pub const SUCCESS: Errno = Errno(0);
    pub const ACCES: Errno = Errno(2);
    pub const ADDRINUSE: Errno = Errno(3);
    pub const ADDRNOTAVAIL: Errno = Errno(4);
    pub const AFNOSUPPORT: Errno = Errno(5);
    pub const AGAIN: Errno = Errno(6);
    pub const ALREADY: Errno = Errno(7);
    pub const BADF: Errno = Errno(8);
    pub const CONNABORTED: Errno = Errno(13);
    pub const CONNREFUSED: Errno = Errno(14);
    pub const CONNRESET: Errno = Errno(15);
    pub const EXIST: Errno = Errno(20);
    pub const FAULT: Errno = Errno(21);
    pub const HOSTUNREACH: Errno = Errno(23);
    pub const ILSEQ: Errno = Errno(25);
    pub const INPROGRESS: Errno = Errno(26);
    pub const INTR: Errno = Errno(27);
    pub const INVAL: Errno = Errno(28);
    pub const IO: Errno = Errno(29);
    pub const ISCONN: Errno = Errno(30);
    pub const ISDIR: Errno = Errno(31);
    pub const LOOP: Errno = Errno(32);
    pub const MFILE: Errno = Errno(33);
    pub const NAMETOOLONG: Errno = Errno(37);
    pub const NETDOWN: Errno = Errno(38);
    pub const NETUNREACH: Errno = Errno(40);
    pub const NOBUFS: Errno = Errno(42);
    pub const NOENT: Errno = Errno(44);
    pub const NOMEM: Errno = Errno(48);
    pub const NOPROTOOPT: Errno = Errno(50);
    pub const NOSYS: Errno = Errno(52);
    pub const NOTCONN: Errno = Errno(53);
    pub const NOTDIR: Errno = Errno(54);
    pub const NOTSOCK: Errno = Errno(57);
    pub const NOTSUP: Errno = Errno(58);
    pub const PERM: Errno = Errno(63);
    pub const PIPE: Errno = Errno(64);
    pub const ROFS: Errno = Errno(69);
    pub const SPIPE: Errno = Errno(70);
    pub const TIMEDOUT: Errno = Errno(73);
    pub const NOTCAPABLE: Errno = Errno(76);
    /// WasmEdge extension: name resolution failed (no address).
    pub const AINONAME: Errno = Errno(84);
}

impl Errno {
    /// Maps a host I/O error to the closest WASI errno.
    pub fn from_io(err: &std::io::Error) -> Errno {
        match err.raw_os_error() {
            Some(code) => Errno::from_host(code),
            None => match err.kind() {
                std::io::ErrorKind::NotFound => Errno::NOENT,
                std::io::ErrorKind::PermissionDenied => Errno::ACCES,
                std::io::ErrorKind::WouldBlock => Errno::AGAIN,
                std::io::ErrorKind::InvalidInput => Errno::INVAL,
                std::io::ErrorKind::TimedOut => Errno::TIMEDOUT,
                _ => Errno::IO,
            },
        }
    }

    /// Maps a host (Linux) errno to the WASI errno.
    pub fn from_host(code: i32) -> Errno {
        match code {
            libc::EACCES => Errno::ACCES,
            libc::EADDRINUSE => Errno::ADDRINUSE,
            libc::EADDRNOTAVAIL => Errno::ADDRNOTAVAIL,
            libc::EAFNOSUPPORT => Errno::AFNOSUPPORT,
            libc::EAGAIN => Errno::AGAIN,
            libc::EALREADY => Errno::ALREADY,
            libc::EBADF => Errno::BADF,
            libc::ECONNABORTED => Errno::CONNABORTED,
            libc::ECONNREFUSED => Errno::CONNREFUSED,
            libc::ECONNRESET => Errno::CONNRESET,
            libc::EEXIST => Errno::EXIST,
            libc::EFAULT => Errno::FAULT,
            libc::EHOSTUNREACH => Errno::HOSTUNREACH,
            libc::EINPROGRESS => Errno::INPROGRESS,
            libc::EINTR => Errno::INTR,
            libc::EINVAL => Errno::INVAL,
            libc::EISCONN => Errno::ISCONN,
            libc::EISDIR => Errno::ISDIR,
            libc::ELOOP => Errno::LOOP,
            libc::EMFILE => Errno::MFILE,
            libc::ENAMETOOLONG => Errno::NAMETOOLONG,
            libc::ENETDOWN => Errno::NETDOWN,
            libc::ENETUNREACH => Errno::NETUNREACH,
            libc::ENOBUFS => Errno::NOBUFS,
            libc::ENOENT => Errno::NOENT,
            libc::ENOMEM => Errno::NOMEM,
            libc::ENOPROTOOPT => Errno::NOPROTOOPT,
            libc::ENOTCONN => Errno::NOTCONN,
            libc::ENOTDIR => Errno::NOTDIR,
            libc::ENOTSOCK => Errno::NOTSOCK,
            libc::EOPNOTSUPP => Errno::NOTSUP,
            libc::EPERM => Errno::PERM,
            libc::EPIPE => Errno::PIPE,
            libc::EROFS => Errno::ROFS,
            libc::ESPIPE => Errno::SPIPE,
            libc::ETIMEDOUT => Errno::TIMEDOUT,
            _ => Errno::IO,
        }
    }
}

/// WASI `filetype` values.
pub mod filetype {
    /// Unknown.
    pub const UNKNOWN: u8 = 0;
    /// Character device (stdio).
    pub const CHARACTER_DEVICE: u8 = 2;
    /// Directory.
    pub const DIRECTORY: u8 = 3;
    /// Regular file.
    pub const REGULAR_FILE: u8 = 4;
    /// Stream socket.
    pub const SOCKET_STREAM: u8 = 6;
    /// Symbolic link.
    pub const SYMBOLIC_LINK: u8 = 7;
}

/// WASI `fdflags` bits.
pub mod fdflags {
    /// Append mode.
    pub const APPEND: u16 = 1 << 0;
    /// Non-blocking mode (what `fcntl(F_SETFL, O_NONBLOCK)` sets in wasi-libc).
    pub const NONBLOCK: u16 = 1 << 2;
}

/// WASI `oflags` bits of `path_open`.
pub mod oflags {
    /// Create the file if missing.
    pub const CREAT: u16 = 1 << 0;
    /// Fail if not a directory.
    pub const DIRECTORY: u16 = 1 << 1;
    /// Fail if it exists.
    pub const EXCL: u16 = 1 << 2;
    /// Truncate.
    pub const TRUNC: u16 = 1 << 3;
}

/// WASI `rights` bits used by this host.
pub mod rights {
    /// fd_read / sock_recv.
    pub const FD_READ: u64 = 1 << 1;
    /// fd_seek.
    pub const FD_SEEK: u64 = 1 << 2;
    /// fd_fdstat_set_flags.
    pub const FD_FDSTAT_SET_FLAGS: u64 = 1 << 3;
    /// fd_tell.
    pub const FD_TELL: u64 = 1 << 5;
    /// fd_write / sock_send.
    pub const FD_WRITE: u64 = 1 << 6;
    /// fd_advise.
    pub const FD_ADVISE: u64 = 1 << 7;
    /// fd_allocate.
    pub const FD_ALLOCATE: u64 = 1 << 8;
    /// path_open.
    pub const PATH_OPEN: u64 = 1 << 13;
    /// fd_readdir.
    pub const FD_READDIR: u64 = 1 << 14;
    /// path_filestat_get.
    pub const PATH_FILESTAT_GET: u64 = 1 << 18;
    /// path_filestat_set_size.
    pub const FD_FILESTAT_SET_SIZE: u64 = 1 << 22;
    /// fd_filestat_get.
    pub const FD_FILESTAT_GET: u64 = 1 << 21;
    /// poll_oneoff on fd read/write.
    pub const POLL_FD_READWRITE: u64 = 1 << 27;
    /// sock_shutdown.
    pub const SOCK_SHUTDOWN: u64 = 1 << 28;

    /// What a read-only file or directory grants.
    pub const READ_ONLY: u64 = FD_READ
        | FD_SEEK
        | FD_FDSTAT_SET_FLAGS
        | FD_TELL
        | FD_ADVISE
        | PATH_OPEN
        | FD_READDIR
        | PATH_FILESTAT_GET
        | FD_FILESTAT_GET
        | POLL_FD_READWRITE;
    /// What a stream socket or stdio grants.
    pub const STREAM: u64 = FD_READ
        | FD_WRITE
        | FD_FDSTAT_SET_FLAGS
        | FD_FILESTAT_GET
        | POLL_FD_READWRITE
        | SOCK_SHUTDOWN;
    /// Rights whose request means "I want to modify this file".
    pub const WRITING: u64 = FD_WRITE | FD_ALLOCATE | FD_FILESTAT_SET_SIZE;
}

/// WASI clock ids.
pub mod clock {
    /// Wall clock.
    pub const REALTIME: u32 = 0;
    /// Monotonic clock.
    pub const MONOTONIC: u32 = 1;
    /// CPU time of the process.
    pub const PROCESS_CPUTIME: u32 = 2;
    /// CPU time of the thread.
    pub const THREAD_CPUTIME: u32 = 3;
}

/// `poll_oneoff` layouts (`subscription` 48 bytes, `event` 32 bytes).
pub mod poll {
    /// Size of a `subscription`.
    pub const SUBSCRIPTION_SIZE: u32 = 48;
    /// Size of an `event`.
    pub const EVENT_SIZE: u32 = 32;
    /// `eventtype::clock`.
    pub const EVENTTYPE_CLOCK: u8 = 0;
    /// `eventtype::fd_read`.
    pub const EVENTTYPE_FD_READ: u8 = 1;
    /// `eventtype::fd_write`.
    pub const EVENTTYPE_FD_WRITE: u8 = 2;
    /// `subclockflags::subscription_clock_abstime`.
    pub const SUBCLOCK_ABSTIME: u16 = 1;
    /// `eventrwflags::fd_readwrite_hangup`.
    pub const EVENTRW_HANGUP: u16 = 1;
}

/// WasmEdge socket extension numbers (`wasmedge_wasi_socket::socket`).
pub mod sock {
    /// `AddressFamily::Inet4`.
    pub const AF_INET4: u8 = 1;
    /// `AddressFamily::Inet6`.
    pub const AF_INET6: u8 = 2;
    /// `SocketType::Stream`.
    pub const TYPE_STREAM: u8 = 2;
    /// `sock_recv` flag: peek.
    pub const RIFLAGS_PEEK: u32 = 1;
    /// `sock_shutdown` flags: read side.
    pub const SHUT_RD: u32 = 1;
    /// `sock_shutdown` flags: write side.
    pub const SHUT_WR: u32 = 2;
    /// `SocketOptLevel::SolSocket`.
    pub const SOL_SOCKET: i32 = 0;
    /// `SocketOptName::SoReuseaddr`.
    pub const SO_REUSEADDR: i32 = 0;
    /// `SocketOptName::SoType`.
    pub const SO_TYPE: i32 = 1;
    /// `SocketOptName::SoError`.
    pub const SO_ERROR: i32 = 2;
    /// `SocketOptName::SoBroadcast`.
    pub const SO_BROADCAST: i32 = 4;
    /// `SocketOptName::SoSndbuf`.
    pub const SO_SNDBUF: i32 = 5;
    /// `SocketOptName::SoRcvbuf`.
    pub const SO_RCVBUF: i32 = 6;
    /// `SocketOptName::SoKeepalive`.
    pub const SO_KEEPALIVE: i32 = 7;
    /// `SocketOptName::SoRcvtimeo`.
    pub const SO_RCVTIMEO: i32 = 11;
    /// `SocketOptName::SoSndtimeo`.
    pub const SO_SNDTIMEO: i32 = 12;
    /// `SocketOptName::SoAcceptconn`.
    pub const SO_ACCEPTCONN: i32 = 13;
    /// Bytes of `sa_data` the guest reserves per address (`[u8; 26]`); we write 14
    /// (port + IPv4 address, padded), as `sa_data_len` says.
    pub const SA_DATA_LEN: u32 = 14;
    /// `peer/local addr` type tag for IPv4 (the guest accepts 4 or `Inet4`).
    pub const ADDR_TYPE_V4: u32 = 4;
    /// `peer/local addr` type tag for IPv6.
    pub const ADDR_TYPE_V6: u32 = 6;
}
