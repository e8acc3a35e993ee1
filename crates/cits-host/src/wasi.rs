//! The `wasi_snapshot_preview1` functions this host provides: a deny-by-default
//! subset of WASI preview 1 plus WasmEdge's socket extension.

use std::io::{Read, Seek, SeekFrom, Write};
use std::mem::MaybeUninit;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr, ToSocketAddrs};
use std::os::fd::AsRawFd;
use std::path::{Component, Path, PathBuf};
use std::time::Duration;

use wasmtime::{Caller, Extern, Linker};

use crate::abi::{clock, fdflags, filetype, oflags, poll, rights, sock, Errno};
use crate::mem::{iov_total, Mem};
use crate::state::{Dir, Entry, Host, OpenFile, Sock};

/// The import module name of WASI preview 1.
pub const WASI: &str = "wasi_snapshot_preview1";

/// Largest single read/receive the host buffers: partial reads are legal, so
/// bigger guest buffers are simply filled in several calls.
const MAX_IO_CHUNK: usize = 1 << 20;

/// How often a blocked host call (poll, blocking recv) checks for a stop request.
const STOP_CHECK_INTERVAL: Duration = Duration::from_millis(50);

/// Most addresses `sock_getaddrinfo` hands back, whatever the guest offers room for.
const MAX_ADDRINFO_RESULTS: u32 = 16;

/// Most subscriptions in one `poll_oneoff`: far more than a module has sockets.
const MAX_POLL_SUBSCRIPTIONS: u32 = 4096;

/// Why a host call did not succeed.
pub(crate) enum Fail {
    /// Returned to the guest as an errno.
    Errno(Errno),
    /// Ends the run (proc_exit, stop request).
    Trap(wasmtime::Error),
}

impl From<Errno> for Fail {
    fn from(e: Errno) -> Self {
        Fail::Errno(e)
    }
}

impl From<std::io::Error> for Fail {
    fn from(e: std::io::Error) -> Self {
        Fail::Errno(Errno::from_io(&e))
    }
}

type R<T = ()> = Result<T, Fail>;

/// `proc_exit` unwinds the guest with this.
#[derive(Debug, thiserror::Error)]
#[error("guest called proc_exit({0})")]
pub(crate) struct ProcExit(pub(crate) i32);

/// A blocked host call saw a stop request.
#[derive(Debug, thiserror::Error)]
#[error("stop requested")]
pub(crate) struct StopRequested;

/// The guest ran past its CPU budget without calling the host.
#[derive(Debug, thiserror::Error)]
#[error("CPU budget exceeded")]
pub(crate) struct CpuBudgetExceeded;

fn stop_trap() -> Fail {
    Fail::Trap(wasmtime::Error::new(StopRequested))
}

/// Runs `f` with the guest memory and host state, turning the outcome into an errno.
fn call(
    caller: &mut Caller<'_, Host>,
    f: impl FnOnce(&mut Mem<'_>, &mut Host) -> R,
) -> wasmtime::Result<i32> {
    let Some(Extern::Memory(memory)) = caller.get_export("memory") else {
        return Ok(i32::from(Errno::FAULT.0));
    };
    let (bytes, host) = memory.data_and_store_mut(caller);
    let outcome = f(&mut Mem(bytes), host);
    // The guest runs again from here: its CPU budget starts over.
    host.guest_since = std::time::Instant::now();
    match outcome {
        Ok(()) => Ok(0),
        Err(Fail::Errno(e)) => Ok(i32::from(e.0)),
        Err(Fail::Trap(t)) => Err(t),
    }
}

/// Registers every provided function on `linker`.
pub(crate) fn add_to_linker(linker: &mut Linker<Host>) -> wasmtime::Result<()> {
    // --- args / environ -------------------------------------------------------
    linker.func_wrap(
        WASI,
        "args_sizes_get",
        |mut c: Caller<'_, Host>, argc: u32, size: u32| {
            call(&mut c, |m, h| sizes_get(m, &h.args, argc, size))
        },
    )?;
    linker.func_wrap(
        WASI,
        "args_get",
        |mut c: Caller<'_, Host>, argv: u32, buf: u32| {
            call(&mut c, |m, h| strings_get(m, &h.args, argv, buf))
        },
    )?;
    linker.func_wrap(
        WASI,
        "environ_sizes_get",
        |mut c: Caller<'_, Host>, count: u32, size: u32| {
            call(&mut c, |m, h| sizes_get(m, &h.env, count, size))
        },
    )?;
    linker.func_wrap(
        WASI,
        "environ_get",
        |mut c: Caller<'_, Host>, envp: u32, buf: u32| {
            call(&mut c, |m, h| strings_get(m, &h.env, envp, buf))
        },
    )?;

    // --- clocks, random, process ----------------------------------------------
    linker.func_wrap(
        WASI,
        "clock_res_get",
        |mut c: Caller<'_, Host>, id: u32, out: u32| {
            call(&mut c, |m, _| {
                let res = clock_res(id)?;
                Ok(m.put_u64(out, res)?)
            })
        },
    )?;
    linker.func_wrap(
        WASI,
        "clock_time_get",
        |mut c: Caller<'_, Host>, id: u32, _precision: u64, out: u32| {
            call(&mut c, |m, _| {
                let now = clock_now(id)?;
                Ok(m.put_u64(out, now)?)
            })
        },
    )?;
    linker.func_wrap(
        WASI,
        "random_get",
        |mut c: Caller<'_, Host>, buf: u32, len: u32| {
            call(&mut c, |m, _| random_fill(m.slice_mut(buf, len)?))
        },
    )?;
    linker.func_wrap(WASI, "sched_yield", |_c: Caller<'_, Host>| -> i32 {
        std::thread::yield_now();
        0
    })?;
    linker.func_wrap(
        WASI,
        "proc_exit",
        |_c: Caller<'_, Host>, code: i32| -> wasmtime::Result<()> {
            Err(wasmtime::Error::new(ProcExit(code)))
        },
    )?;

    // --- fds -------------------------------------------------------------------
    linker.func_wrap(
        WASI,
        "fd_write",
        |mut c: Caller<'_, Host>, fd: u32, iovs: u32, n: u32, out: u32| {
            call(&mut c, |m, h| {
                let iovs = m.iovecs(iovs, n)?;
                let written = fd_write(m, h, fd, &iovs)?;
                Ok(m.put_u32(out, written as u32)?)
            })
        },
    )?;
    linker.func_wrap(
        WASI,
        "fd_read",
        |mut c: Caller<'_, Host>, fd: u32, iovs: u32, n: u32, out: u32| {
            call(&mut c, |m, h| {
                let iovs = m.iovecs(iovs, n)?;
                let read = fd_read(m, h, fd, &iovs, 0)?;
                Ok(m.put_u32(out, read as u32)?)
            })
        },
    )?;
    linker.func_wrap(
        WASI,
        "fd_seek",
        |mut c: Caller<'_, Host>, fd: u32, offset: i64, whence: u32, out: u32| {
            call(&mut c, |m, h| {
                let pos = match h.fds.get_mut(fd)? {
                    Entry::File(f) => {
                        let from = match whence {
                            0 => SeekFrom::Start(u64::try_from(offset).map_err(|_| Errno::INVAL)?),
                            1 => SeekFrom::Current(offset),
                            2 => SeekFrom::End(offset),
                            _ => return Err(Errno::INVAL.into()),
                        };
                        f.file.seek(from)?
                    }
                    Entry::Dir(_) => return Err(Errno::ISDIR.into()),
                    _ => return Err(Errno::SPIPE.into()),
                };
                Ok(m.put_u64(out, pos)?)
            })
        },
    )?;
    linker.func_wrap(
        WASI,
        "fd_tell",
        |mut c: Caller<'_, Host>, fd: u32, out: u32| {
            call(&mut c, |m, h| match h.fds.get_mut(fd)? {
                Entry::File(f) => {
                    let pos = f.file.stream_position()?;
                    Ok(m.put_u64(out, pos)?)
                }
                _ => Err(Errno::SPIPE.into()),
            })
        },
    )?;
    linker.func_wrap(WASI, "fd_close", |mut c: Caller<'_, Host>, fd: u32| {
        call(&mut c, |_, h| {
            h.fds.remove(fd)?;
            Ok(())
        })
    })?;
    linker.func_wrap(WASI, "fd_sync", |mut c: Caller<'_, Host>, fd: u32| {
        call(&mut c, |_, h| h.fds.get(fd).map(|_| ()).map_err(Fail::from))
    })?;
    linker.func_wrap(
        WASI,
        "fd_fdstat_get",
        |mut c: Caller<'_, Host>, fd: u32, out: u32| {
            call(&mut c, |m, h| {
                let (ft, flags, base, inheriting) = match h.fds.get(fd)? {
                    Entry::Stdin | Entry::Stdout | Entry::Stderr => {
                        (filetype::CHARACTER_DEVICE, 0, rights::STREAM, 0)
                    }
                    Entry::Dir(_) => (filetype::DIRECTORY, 0, rights::READ_ONLY, rights::READ_ONLY),
                    Entry::File(_) => (filetype::REGULAR_FILE, 0, rights::READ_ONLY, 0),
                    Entry::Socket(s) => {
                        let flags = if s.nonblocking { fdflags::NONBLOCK } else { 0 };
                        (filetype::SOCKET_STREAM, flags, rights::STREAM, 0)
                    }
                };
                m.write(out, &[0u8; 24])?;
                m.put_u8(out, ft)?;
                m.put_u16(out + 2, flags)?;
                m.put_u64(out + 8, base)?;
                Ok(m.put_u64(out + 16, inheriting)?)
            })
        },
    )?;
    linker.func_wrap(
        WASI,
        "fd_fdstat_set_flags",
        |mut c: Caller<'_, Host>, fd: u32, flags: u32| {
            call(&mut c, |_, h| {
                let flags = flags as u16;
                match h.fds.get_mut(fd)? {
                    Entry::Socket(s) => {
                        s.nonblocking = flags & fdflags::NONBLOCK != 0;
                        Ok(())
                    }
                    _ if flags & fdflags::APPEND != 0 => Err(Errno::NOTSUP.into()),
                    _ => Ok(()),
                }
            })
        },
    )?;
    linker.func_wrap(
        WASI,
        "fd_filestat_get",
        |mut c: Caller<'_, Host>, fd: u32, out: u32| {
            call(&mut c, |m, h| {
                let stat = match h.fds.get(fd)? {
                    Entry::File(f) => Some(f.file.metadata()?),
                    Entry::Dir(d) => Some(std::fs::metadata(&d.path)?),
                    _ => None,
                };
                let ft = match h.fds.get(fd)? {
                    Entry::Socket(_) => filetype::SOCKET_STREAM,
                    Entry::Stdin | Entry::Stdout | Entry::Stderr => filetype::CHARACTER_DEVICE,
                    _ => filetype::UNKNOWN,
                };
                write_filestat(m, out, stat.as_ref(), ft)
            })
        },
    )?;
    linker.func_wrap(
        WASI,
        "fd_prestat_get",
        |mut c: Caller<'_, Host>, fd: u32, out: u32| {
            call(&mut c, |m, h| match h.fds.get(fd)? {
                Entry::Dir(Dir {
                    preopen: Some(name),
                    ..
                }) => {
                    let len = name.len() as u32;
                    m.write(out, &[0u8; 8])?;
                    Ok(m.put_u32(out + 4, len)?)
                }
                _ => Err(Errno::BADF.into()),
            })
        },
    )?;
    linker.func_wrap(
        WASI,
        "fd_prestat_dir_name",
        |mut c: Caller<'_, Host>, fd: u32, buf: u32, len: u32| {
            call(&mut c, |m, h| match h.fds.get(fd)? {
                Entry::Dir(Dir {
                    preopen: Some(name),
                    ..
                }) => {
                    let bytes = name.as_bytes();
                    let take = bytes.len().min(len as usize);
                    Ok(m.write(buf, bytes.get(..take).unwrap_or_default())?)
                }
                _ => Err(Errno::BADF.into()),
            })
        },
    )?;
    linker.func_wrap(
        WASI,
        "fd_readdir",
        |mut c: Caller<'_, Host>, fd: u32, buf: u32, len: u32, cookie: u64, out: u32| {
            call(&mut c, |m, h| {
                let Entry::Dir(dir) = h.fds.get(fd)? else {
                    return Err(Errno::NOTDIR.into());
                };
                let used = readdir(m, &dir.path, buf, len, cookie)?;
                Ok(m.put_u32(out, used)?)
            })
        },
    )?;

    // --- paths -----------------------------------------------------------------
    linker.func_wrap(
        WASI,
        "path_open",
        |mut c: Caller<'_, Host>,
         dirfd: u32,
         _lookup: u32,
         path: u32,
         path_len: u32,
         oflags: u32,
         base: u64,
         _inheriting: u64,
         fdflags: u32,
         out: u32| {
            call(&mut c, |m, h| {
                let path = m.str(path, path_len)?.to_owned();
                let fd = path_open(h, dirfd, &path, oflags as u16, base, fdflags as u16)?;
                Ok(m.put_u32(out, fd)?)
            })
        },
    )?;
    linker.func_wrap(
        WASI,
        "path_filestat_get",
        |mut c: Caller<'_, Host>, dirfd: u32, _flags: u32, path: u32, path_len: u32, out: u32| {
            call(&mut c, |m, h| {
                let path = m.str(path, path_len)?.to_owned();
                let target = resolve(h, dirfd, &path)?;
                let meta = std::fs::metadata(&target)?;
                write_filestat(m, out, Some(&meta), filetype::UNKNOWN)
            })
        },
    )?;

    // --- poll ------------------------------------------------------------------
    linker.func_wrap(
        WASI,
        "poll_oneoff",
        |mut c: Caller<'_, Host>, subs: u32, events: u32, n: u32, out: u32| {
            call(&mut c, |m, h| {
                let count = poll_oneoff(m, h, subs, events, n)?;
                Ok(m.put_u32(out, count)?)
            })
        },
    )?;

    // --- sockets (WasmEdge extension) -------------------------------------------
    linker.func_wrap(WASI, "sock_open", |mut c: Caller<'_, Host>, af: u32, ty: u32, out: u32| {
        call(&mut c, |m, h| {
            let domain = match af as u8 {
                sock::AF_INET4 => socket2::Domain::IPV4,
                sock::AF_INET6 => socket2::Domain::IPV6,
                _ => return Err(Errno::AFNOSUPPORT.into()),
            };
            if ty as u8 != sock::TYPE_STREAM {
                log::warn!("cits-host: {}: denied sock_open of a non-stream socket (only TCP is supported)", h.module);
                return Err(Errno::NOTSUP.into());
            }
            let s = socket2::Socket::new(domain, socket2::Type::STREAM, None)?;
            s.set_nonblocking(true)?;
            let fd = h.fds.insert(Entry::Socket(Sock { sock: s, nonblocking: false, recv_timeout: None, send_timeout: None }))?;
            Ok(m.put_u32(out, fd)?)
        })
    })?;
    linker.func_wrap(
        WASI,
        "sock_connect",
        |mut c: Caller<'_, Host>, fd: u32, addr: u32, port: u32| {
            call(&mut c, |m, h| {
                let ip = read_wasi_address(m, addr)?;
                let target = SocketAddr::new(ip, port as u16);
                sock_connect(h, fd, target)
            })
        },
    )?;
    linker.func_wrap(
        WASI,
        "sock_send",
        |mut c: Caller<'_, Host>, fd: u32, iovs: u32, n: u32, _flags: u32, out: u32| {
            call(&mut c, |m, h| {
                let iovs = m.iovecs(iovs, n)?;
                let data = m.gather(&iovs, usize::MAX)?;
                let sent = sock_send(h, fd, &data)?;
                Ok(m.put_u32(out, sent as u32)?)
            })
        },
    )?;
    linker.func_wrap(
        WASI,
        "sock_recv",
        |mut c: Caller<'_, Host>,
         fd: u32,
         iovs: u32,
         n: u32,
         flags: u32,
         out: u32,
         oflags_out: u32| {
            call(&mut c, |m, h| {
                if !matches!(h.fds.get(fd)?, Entry::Socket(_)) {
                    return Err(Errno::NOTSOCK.into());
                }
                let iovs = m.iovecs(iovs, n)?;
                let got = fd_read(m, h, fd, &iovs, flags)?;
                m.put_u32(out, got as u32)?;
                // WasmEdge's binding reads `usize`, standard WASI a `u16`: write the common part.
                Ok(m.put_u16(oflags_out, 0)?)
            })
        },
    )?;
    linker.func_wrap(
        WASI,
        "sock_shutdown",
        |mut c: Caller<'_, Host>, fd: u32, how: u32| {
            call(&mut c, |_, h| {
                let s = h.fds.socket(fd)?;
                let how = match (how & sock::SHUT_RD != 0, how & sock::SHUT_WR != 0) {
                    (true, true) => std::net::Shutdown::Both,
                    (true, false) => std::net::Shutdown::Read,
                    (false, true) => std::net::Shutdown::Write,
                    (false, false) => return Err(Errno::INVAL.into()),
                };
                Ok(s.sock.shutdown(how)?)
            })
        },
    )?;
    linker.func_wrap(
        WASI,
        "sock_setsockopt",
        |mut c: Caller<'_, Host>, fd: u32, level: i32, name: i32, val: u32, len: u32| {
            call(&mut c, |m, h| {
                let bytes = m.slice(val, len)?.to_vec();
                let s = h.fds.socket(fd)?;
                setsockopt(s, level, name, &bytes)
            })
        },
    )?;
    linker.func_wrap(
        WASI,
        "sock_getsockopt",
        |mut c: Caller<'_, Host>, fd: u32, level: i32, name: i32, val: u32, len_ptr: u32| {
            call(&mut c, |m, h| {
                let s = h.fds.socket(fd)?;
                let value = getsockopt(s, level, name)?;
                let room = m.u32(len_ptr)?;
                if room < 4 {
                    return Err(Errno::INVAL.into());
                }
                m.put_u32(val, value as u32)?;
                Ok(m.put_u32(len_ptr, 4)?)
            })
        },
    )?;
    for (name, peer) in [("sock_getpeeraddr", true), ("sock_getlocaladdr", false)] {
        linker.func_wrap(
            WASI,
            name,
            move |mut c: Caller<'_, Host>, fd: u32, addr: u32, ty_out: u32, port_out: u32| {
                call(&mut c, |m, h| {
                    let s = h.fds.socket(fd)?;
                    let a = if peer {
                        s.sock.peer_addr()?
                    } else {
                        s.sock.local_addr()?
                    };
                    let a = a.as_socket().ok_or(Errno::AFNOSUPPORT)?;
                    write_wasi_address(m, addr, a.ip())?;
                    let ty = if a.is_ipv4() {
                        sock::ADDR_TYPE_V4
                    } else {
                        sock::ADDR_TYPE_V6
                    };
                    m.put_u32(ty_out, ty)?;
                    Ok(m.put_u32(port_out, u32::from(a.port()))?)
                })
            },
        )?;
    }
    linker.func_wrap(
        WASI,
        "sock_getaddrinfo",
        |mut c: Caller<'_, Host>,
         node: u32,
         node_len: u32,
         _service: u32,
         _service_len: u32,
         _hints: u32,
         res: u32,
         max: u32,
         res_len: u32| {
            call(&mut c, |m, h| {
                let name = m.str(node, node_len)?.to_owned();
                let addrs = getaddrinfo(h, &name)?;
                let n = write_addrinfo(m, res, max, &addrs)?;
                Ok(m.put_u32(res_len, n)?)
            })
        },
    )?;
    Ok(())
}

// --- args / environ --------------------------------------------------------------

fn sizes_get(m: &mut Mem<'_>, list: &[Vec<u8>], count: u32, size: u32) -> R {
    m.put_u32(count, list.len() as u32)?;
    m.put_u32(size, list.iter().map(|s| s.len() as u32).sum())?;
    Ok(())
}

fn strings_get(m: &mut Mem<'_>, list: &[Vec<u8>], ptrs: u32, buf: u32) -> R {
    let mut at = buf;
    for (i, s) in list.iter().enumerate() {
        m.put_u32(ptrs + 4 * i as u32, at)?;
        m.write(at, s)?;
        at = at.checked_add(s.len() as u32).ok_or(Errno::FAULT)?;
    }
    Ok(())
}

// --- clocks -------------------------------------------------------------------------

fn host_clock(id: u32) -> Result<libc::clockid_t, Errno> {
    match id {
        clock::REALTIME => Ok(libc::CLOCK_REALTIME),
        clock::MONOTONIC => Ok(libc::CLOCK_MONOTONIC),
        clock::PROCESS_CPUTIME => Ok(libc::CLOCK_PROCESS_CPUTIME_ID),
        clock::THREAD_CPUTIME => Ok(libc::CLOCK_THREAD_CPUTIME_ID),
        _ => Err(Errno::INVAL),
    }
}

/// Nanoseconds on WASI clock `id`.
pub(crate) fn clock_now(id: u32) -> Result<u64, Errno> {
    let clk = host_clock(id)?;
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `ts` is a valid, writable timespec.
    if unsafe { libc::clock_gettime(clk, &mut ts) } != 0 {
        return Err(Errno::from_io(&std::io::Error::last_os_error()));
    }
    Ok((ts.tv_sec as u64)
        .saturating_mul(1_000_000_000)
        .saturating_add(ts.tv_nsec as u64))
}

fn clock_res(id: u32) -> Result<u64, Errno> {
    let clk = host_clock(id)?;
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `ts` is a valid, writable timespec.
    if unsafe { libc::clock_getres(clk, &mut ts) } != 0 {
        return Err(Errno::from_io(&std::io::Error::last_os_error()));
    }
    Ok((ts.tv_sec as u64)
        .saturating_mul(1_000_000_000)
        .saturating_add(ts.tv_nsec as u64))
}

fn random_fill(buf: &mut [u8]) -> R {
    let mut done = 0;
    while let Some(rest) = buf.get_mut(done..).filter(|r| !r.is_empty()) {
        // SAFETY: `rest` is a valid writable buffer of `rest.len()` bytes.
        let n = unsafe { libc::getrandom(rest.as_mut_ptr().cast(), rest.len(), 0) };
        if n < 0 {
            let err = std::io::Error::last_os_error();
            if err.raw_os_error() == Some(libc::EINTR) {
                continue;
            }
            return Err(err.into());
        }
        done += n as usize;
    }
    Ok(())
}

// --- fd I/O -------------------------------------------------------------------------

fn fd_write(m: &Mem<'_>, h: &mut Host, fd: u32, iovs: &[(u32, u32)]) -> R<usize> {
    let data = m.gather(iovs, usize::MAX)?;
    match h.fds.get_mut(fd)? {
        Entry::Stdout => {
            let mut out = std::io::stdout().lock();
            out.write_all(&data)?;
            out.flush()?;
            Ok(data.len())
        }
        Entry::Stderr => {
            std::io::stderr().lock().write_all(&data)?;
            Ok(data.len())
        }
        Entry::Socket(_) => sock_send(h, fd, &data),
        // Files are opened read-only, stdin is not writable.
        Entry::File(_) | Entry::Stdin => Err(Errno::BADF.into()),
        Entry::Dir(_) => Err(Errno::ISDIR.into()),
    }
}

/// Reads into the iovecs from a file, stdin (always EOF) or a socket (`flags` = riflags).
fn fd_read(m: &mut Mem<'_>, h: &mut Host, fd: u32, iovs: &[(u32, u32)], flags: u32) -> R<usize> {
    let want = iov_total(iovs).min(MAX_IO_CHUNK);
    let stop = h.stop.clone();
    let mut buf = vec![0u8; want];
    let n = match h.fds.get_mut(fd)? {
        Entry::Stdin => 0,
        Entry::File(f) => f.file.read(&mut buf)?,
        Entry::Dir(_) => return Err(Errno::ISDIR.into()),
        Entry::Stdout | Entry::Stderr => return Err(Errno::BADF.into()),
        Entry::Socket(s) => {
            let peek = flags & sock::RIFLAGS_PEEK != 0;
            loop {
                let res = if peek {
                    s.sock.peek(as_uninit(&mut buf))
                } else {
                    (&s.sock).read(&mut buf)
                };
                match res {
                    Ok(n) => break n,
                    Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                    Err(e) if e.kind() == std::io::ErrorKind::WouldBlock && !s.nonblocking => {
                        wait_fd(&stop, s.sock.as_raw_fd(), libc::POLLIN, s.recv_timeout)?;
                    }
                    Err(e) => return Err(e.into()),
                }
            }
        }
    };
    Ok(m.scatter(iovs, buf.get(..n).unwrap_or_default())?)
}

fn as_uninit(buf: &mut [u8]) -> &mut [MaybeUninit<u8>] {
    // SAFETY: `MaybeUninit<u8>` has the layout of `u8`, and every `u8` is a valid
    // `MaybeUninit<u8>`; the callee only writes initialized bytes.
    unsafe { &mut *(buf as *mut [u8] as *mut [MaybeUninit<u8>]) }
}

fn sock_send(h: &mut Host, fd: u32, data: &[u8]) -> R<usize> {
    let stop = h.stop.clone();
    let s = h.fds.socket(fd)?;
    loop {
        // MSG_NOSIGNAL: a peer that went away must give EPIPE, not kill the host.
        match s.sock.send_with_flags(data, libc::MSG_NOSIGNAL) {
            Ok(n) => return Ok(n),
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) if e.kind() == std::io::ErrorKind::WouldBlock && !s.nonblocking => {
                wait_fd(&stop, s.sock.as_raw_fd(), libc::POLLOUT, s.send_timeout)?;
            }
            Err(e) => return Err(e.into()),
        }
    }
}

/// Blocks (in slices, checking for a stop) until `fd` is ready for `events`.
/// A timeout gives `EAGAIN`, as an expired `SO_RCVTIMEO` does.
fn wait_fd(
    stop: &std::sync::atomic::AtomicBool,
    fd: i32,
    events: i16,
    timeout: Option<Duration>,
) -> R {
    let deadline = timeout.map(|t| std::time::Instant::now() + t);
    loop {
        if stop.load(std::sync::atomic::Ordering::Relaxed) {
            return Err(stop_trap());
        }
        let mut slice = STOP_CHECK_INTERVAL;
        if let Some(d) = deadline {
            let left = d.saturating_duration_since(std::time::Instant::now());
            if left.is_zero() {
                return Err(Errno::AGAIN.into());
            }
            slice = slice.min(left);
        }
        let mut pfd = libc::pollfd {
            fd,
            events,
            revents: 0,
        };
        // SAFETY: one valid pollfd.
        let n = unsafe { libc::poll(&mut pfd, 1, slice.as_millis().max(1) as i32) };
        if n > 0 {
            return Ok(());
        }
        if n < 0 {
            let err = std::io::Error::last_os_error();
            if err.raw_os_error() != Some(libc::EINTR) {
                return Err(err.into());
            }
        }
    }
}

// --- sockets ------------------------------------------------------------------------

fn read_wasi_address(m: &Mem<'_>, addr: u32) -> Result<IpAddr, Errno> {
    let buf = m.u32(addr)?;
    let size = m.u32(addr + 4)?;
    match size {
        4 => {
            let b = m.slice(buf, 4)?;
            Ok(IpAddr::V4(Ipv4Addr::new(b[0], b[1], b[2], b[3])))
        }
        16 => {
            let mut o = [0u8; 16];
            o.copy_from_slice(m.slice(buf, 16)?);
            Ok(IpAddr::V6(Ipv6Addr::from(o)))
        }
        _ => Err(Errno::INVAL),
    }
}

fn write_wasi_address(m: &mut Mem<'_>, addr: u32, ip: IpAddr) -> Result<(), Errno> {
    let buf = m.u32(addr)?;
    let size = m.u32(addr + 4)?;
    let octets: Vec<u8> = match ip {
        IpAddr::V4(v4) => v4.octets().to_vec(),
        IpAddr::V6(v6) => v6.octets().to_vec(),
    };
    if (size as usize) < octets.len() {
        return Err(Errno::INVAL);
    }
    m.write(buf, &octets)
}

fn sock_connect(h: &mut Host, fd: u32, target: SocketAddr) -> R {
    if !h.net.allows(target) {
        log::warn!(
            "cits-host: {}: denied connect to {target}: not granted by --allow-net",
            h.module
        );
        return Err(Errno::ACCES.into());
    }
    let stop = h.stop.clone();
    let s = h.fds.socket(fd)?;
    match s.sock.connect(&target.into()) {
        Ok(()) => Ok(()),
        Err(e) if e.raw_os_error() == Some(libc::EINPROGRESS) => {
            if s.nonblocking {
                return Err(Errno::INPROGRESS.into());
            }
            wait_fd(&stop, s.sock.as_raw_fd(), libc::POLLOUT, s.send_timeout)?;
            match s.sock.take_error()? {
                None => Ok(()),
                Some(e) => Err(e.into()),
            }
        }
        Err(e) => Err(e.into()),
    }
}

fn timeval(bytes: &[u8]) -> Result<Option<Duration>, Errno> {
    // wasi-libc `struct timeval`: i64 seconds, i64 microseconds.
    let sec = bytes
        .get(0..8)
        .and_then(|b| <[u8; 8]>::try_from(b).ok())
        .ok_or(Errno::INVAL)?;
    let usec = bytes
        .get(8..16)
        .and_then(|b| <[u8; 8]>::try_from(b).ok())
        .ok_or(Errno::INVAL)?;
    let (sec, usec) = (i64::from_le_bytes(sec), i64::from_le_bytes(usec));
    if sec < 0 || !(0..1_000_000).contains(&usec) {
        return Err(Errno::INVAL);
    }
    let d = Duration::from_secs(sec as u64) + Duration::from_micros(usec as u64);
    Ok(if d.is_zero() { None } else { Some(d) })
}

fn int_opt(bytes: &[u8]) -> Result<i32, Errno> {
    let b = bytes
        .get(0..4)
        .and_then(|b| <[u8; 4]>::try_from(b).ok())
        .ok_or(Errno::INVAL)?;
    Ok(i32::from_le_bytes(b))
}

fn setsockopt(s: &mut Sock, level: i32, name: i32, bytes: &[u8]) -> R {
    if level != sock::SOL_SOCKET {
        return Err(Errno::NOPROTOOPT.into());
    }
    match name {
        sock::SO_REUSEADDR => s.sock.set_reuse_address(int_opt(bytes)? != 0)?,
        sock::SO_KEEPALIVE => s.sock.set_keepalive(int_opt(bytes)? != 0)?,
        sock::SO_BROADCAST => s.sock.set_broadcast(int_opt(bytes)? != 0)?,
        sock::SO_SNDBUF => s
            .sock
            .set_send_buffer_size(int_opt(bytes)?.max(0) as usize)?,
        sock::SO_RCVBUF => s
            .sock
            .set_recv_buffer_size(int_opt(bytes)?.max(0) as usize)?,
        sock::SO_RCVTIMEO => s.recv_timeout = timeval(bytes)?,
        sock::SO_SNDTIMEO => s.send_timeout = timeval(bytes)?,
        _ => return Err(Errno::NOPROTOOPT.into()),
    }
    Ok(())
}

fn getsockopt(s: &mut Sock, level: i32, name: i32) -> R<i32> {
    if level != sock::SOL_SOCKET {
        return Err(Errno::NOPROTOOPT.into());
    }
    Ok(match name {
        sock::SO_ERROR => s
            .sock
            .take_error()?
            .map_or(0, |e| i32::from(Errno::from_io(&e).0)),
        sock::SO_TYPE => i32::from(sock::TYPE_STREAM),
        sock::SO_REUSEADDR => i32::from(s.sock.reuse_address()?),
        sock::SO_KEEPALIVE => i32::from(s.sock.keepalive()?),
        sock::SO_BROADCAST => i32::from(s.sock.broadcast()?),
        sock::SO_SNDBUF => s.sock.send_buffer_size()? as i32,
        sock::SO_RCVBUF => s.sock.recv_buffer_size()? as i32,
        sock::SO_ACCEPTCONN => 0,
        _ => return Err(Errno::NOPROTOOPT.into()),
    })
}

/// Resolves `name` for the guest: literal IPs as themselves, names only when a
/// grant names them (then through the host's resolver). IPv4 results only, as
/// the guest binding drops others.
fn getaddrinfo(h: &Host, name: &str) -> R<Vec<Ipv4Addr>> {
    if let Ok(ip) = name.parse::<Ipv4Addr>() {
        return Ok(vec![ip]);
    }
    if !h.net.may_resolve(name) {
        log::warn!(
            "cits-host: {}: denied name lookup of {name:?}: no --allow-net grant names it",
            h.module
        );
        return Err(Errno::ACCES.into());
    }
    let addrs: Vec<Ipv4Addr> = match (name, 0u16).to_socket_addrs() {
        Ok(a) => a
            .filter_map(|a| match a.ip() {
                IpAddr::V4(v4) => Some(v4),
                IpAddr::V6(_) => None,
            })
            .collect(),
        Err(e) => {
            log::warn!(
                "cits-host: {}: name lookup of {name:?} failed: {e}",
                h.module
            );
            return Err(Errno::AINONAME.into());
        }
    };
    if addrs.is_empty() {
        return Err(Errno::AINONAME.into());
    }
    Ok(addrs)
}

/// Fills the guest's pre-linked `WasiAddrinfo` chain (see `wasmedge_wasi_socket`
/// `WasiAddrinfo::get_addrinfo`): `*res` points at the first node; each node's
/// `ai_addr` points at a `WasiSockaddr` whose `sa_data` gets port (BE) + IPv4.
fn write_addrinfo(m: &mut Mem<'_>, res: u32, max: u32, addrs: &[Ipv4Addr]) -> Result<u32, Errno> {
    let mut node = m.u32(res)?;
    let limit = max.min(MAX_ADDRINFO_RESULTS) as usize;
    let mut written = 0u32;
    for ip in addrs.iter().take(limit) {
        if node == 0 {
            break;
        }
        // WasiAddrinfo: flags u16 @0, family u8 @2, socktype u8 @3, protocol u8 @4,
        // addrlen u32 @8, addr ptr @12, canonname ptr @16, canonnamelen u32 @20, next @24.
        m.put_u8(node + 2, sock::AF_INET4)?;
        m.put_u8(node + 3, sock::TYPE_STREAM)?;
        m.put_u8(node + 4, 1)?; // IPProtoTCP
        m.put_u32(node + 8, sock::SA_DATA_LEN + 2)?;
        m.put_u32(node + 20, 0)?;
        let sa = m.u32(node + 12)?;
        // WasiSockaddr: family u8 @0, sa_data_len u32 @4, sa_data ptr @8.
        m.put_u8(sa, sock::AF_INET4)?;
        m.put_u32(sa + 4, sock::SA_DATA_LEN)?;
        let data = m.u32(sa + 8)?;
        let mut bytes = [0u8; sock::SA_DATA_LEN as usize];
        bytes[2..6].copy_from_slice(&ip.octets());
        m.write(data, &bytes)?;
        written += 1;
        node = m.u32(node + 24)?;
    }
    Ok(written)
}

// --- files --------------------------------------------------------------------------

/// Maps a guest path relative to `dirfd` onto the host, refusing anything that
/// leaves the granted root (absolute paths, `..`, symlinks pointing outside).
fn resolve(h: &Host, dirfd: u32, path: &str) -> R<PathBuf> {
    let Entry::Dir(dir) = h.fds.get(dirfd)? else {
        return Err(Errno::NOTDIR.into());
    };
    let rel = Path::new(path);
    let escapes = rel
        .components()
        .any(|c| !matches!(c, Component::Normal(_) | Component::CurDir));
    if escapes {
        log::warn!(
            "cits-host: {}: denied path {path:?} under {}: absolute paths and `..` are not allowed",
            h.module,
            dir.path.display()
        );
        return Err(Errno::NOTCAPABLE.into());
    }
    let candidate = dir.path.join(rel);
    let real = candidate.canonicalize()?;
    if !real.starts_with(&dir.root) {
        log::warn!(
            "cits-host: {}: denied path {path:?}: it resolves to {} outside the granted {}",
            h.module,
            real.display(),
            dir.root.display()
        );
        return Err(Errno::NOTCAPABLE.into());
    }
    Ok(real)
}

fn path_open(h: &mut Host, dirfd: u32, path: &str, oflags: u16, base: u64, fdflags: u16) -> R<u32> {
    let writing = oflags & (oflags::CREAT | oflags::TRUNC | oflags::EXCL) != 0
        || base & rights::WRITING != 0
        || fdflags & fdflags::APPEND != 0;
    if writing {
        log::warn!(
            "cits-host: {}: denied opening {path:?} for writing: granted directories are read-only",
            h.module
        );
        return Err(Errno::ROFS.into());
    }
    let real = resolve(h, dirfd, path)?;
    let root = match h.fds.get(dirfd)? {
        Entry::Dir(d) => d.root.clone(),
        _ => return Err(Errno::NOTDIR.into()),
    };
    let meta = std::fs::metadata(&real)?;
    let entry = if meta.is_dir() {
        Entry::Dir(Dir {
            root,
            path: real,
            preopen: None,
        })
    } else if oflags & oflags::DIRECTORY != 0 {
        return Err(Errno::NOTDIR.into());
    } else {
        let file = std::fs::File::open(&real)?;
        Entry::File(OpenFile { file })
    };
    Ok(h.fds.insert(entry)?)
}

fn write_filestat(m: &mut Mem<'_>, out: u32, meta: Option<&std::fs::Metadata>, fallback: u8) -> R {
    use std::os::unix::fs::MetadataExt;
    m.write(out, &[0u8; 64])?;
    let Some(meta) = meta else {
        return Ok(m.put_u8(out + 16, fallback)?);
    };
    let ft = if meta.is_dir() {
        filetype::DIRECTORY
    } else if meta.is_file() {
        filetype::REGULAR_FILE
    } else if meta.file_type().is_symlink() {
        filetype::SYMBOLIC_LINK
    } else {
        filetype::UNKNOWN
    };
    let ns = |s: i64, n: i64| {
        (s.max(0) as u64)
            .saturating_mul(1_000_000_000)
            .saturating_add(n.max(0) as u64)
    };
    m.put_u64(out, meta.dev())?;
    m.put_u64(out + 8, meta.ino())?;
    m.put_u8(out + 16, ft)?;
    m.put_u64(out + 24, meta.nlink())?;
    m.put_u64(out + 32, meta.size())?;
    m.put_u64(out + 40, ns(meta.atime(), meta.atime_nsec()))?;
    m.put_u64(out + 48, ns(meta.mtime(), meta.mtime_nsec()))?;
    m.put_u64(out + 56, ns(meta.ctime(), meta.ctime_nsec()))?;
    Ok(())
}

/// `fd_readdir`: entries sorted by name, the cookie is the index of the next entry.
fn readdir(m: &mut Mem<'_>, dir: &Path, buf: u32, len: u32, cookie: u64) -> R<u32> {
    use std::os::unix::fs::DirEntryExt;
    let mut entries: Vec<(String, u64, u8)> = std::fs::read_dir(dir)?
        .filter_map(Result::ok)
        .map(|e| {
            let ft = match e.file_type() {
                Ok(t) if t.is_dir() => filetype::DIRECTORY,
                Ok(t) if t.is_file() => filetype::REGULAR_FILE,
                Ok(t) if t.is_symlink() => filetype::SYMBOLIC_LINK,
                _ => filetype::UNKNOWN,
            };
            (e.file_name().to_string_lossy().into_owned(), e.ino(), ft)
        })
        .collect();
    entries.sort();
    let mut out = Vec::new();
    for (i, (name, ino, ft)) in entries.iter().enumerate().skip(cookie as usize) {
        out.extend_from_slice(&(i as u64 + 1).to_le_bytes());
        out.extend_from_slice(&ino.to_le_bytes());
        out.extend_from_slice(&(name.len() as u32).to_le_bytes());
        out.extend_from_slice(&[*ft, 0, 0, 0]);
        out.extend_from_slice(name.as_bytes());
        if out.len() >= len as usize {
            break;
        }
    }
    // A full buffer tells the guest to call again; a truncated last entry is allowed.
    let used = out.len().min(len as usize);
    m.write(buf, out.get(..used).unwrap_or_default())?;
    Ok(used as u32)
}

// --- poll_oneoff --------------------------------------------------------------------

enum Wait {
    /// Monotonic-clock deadline in ns.
    Clock(u64),
    /// A host socket and whether the guest waits for writability.
    Socket { raw: i32, write: bool },
}

struct Ready {
    userdata: u64,
    error: Errno,
    kind: u8,
    nbytes: u64,
    hangup: bool,
}

fn poll_oneoff(m: &mut Mem<'_>, h: &mut Host, subs: u32, events: u32, n: u32) -> R<u32> {
    if n == 0 {
        return Err(Errno::INVAL.into());
    }
    if n > MAX_POLL_SUBSCRIPTIONS {
        return Err(Errno::INVAL.into());
    }
    let now_mono = clock_now(clock::MONOTONIC)?;
    let mut waits: Vec<(u64, u8, Wait)> = Vec::new();
    let mut ready: Vec<Ready> = Vec::new();
    for i in 0..n {
        let base = subs
            .checked_add(i * poll::SUBSCRIPTION_SIZE)
            .ok_or(Errno::FAULT)?;
        let userdata = m.u64(base)?;
        let tag = m.u8(base + 8)?;
        match tag {
            poll::EVENTTYPE_CLOCK => {
                let id = m.u32(base + 16)?;
                let timeout = m.u64(base + 24)?;
                let flags = m.u16(base + 40)?;
                let deadline = if flags & poll::SUBCLOCK_ABSTIME == 0 {
                    Ok(now_mono.saturating_add(timeout))
                } else {
                    match id {
                        clock::MONOTONIC => Ok(timeout),
                        clock::REALTIME => clock_now(clock::REALTIME)
                            .map(|real| now_mono.saturating_add(timeout.saturating_sub(real))),
                        _ => Err(Errno::INVAL),
                    }
                };
                match deadline {
                    Ok(d) => waits.push((userdata, tag, Wait::Clock(d))),
                    Err(error) => ready.push(Ready {
                        userdata,
                        error,
                        kind: tag,
                        nbytes: 0,
                        hangup: false,
                    }),
                }
            }
            poll::EVENTTYPE_FD_READ | poll::EVENTTYPE_FD_WRITE => {
                let fd = m.u32(base + 16)?;
                let write = tag == poll::EVENTTYPE_FD_WRITE;
                match h.fds.get(fd) {
                    Ok(Entry::Socket(s)) => waits.push((
                        userdata,
                        tag,
                        Wait::Socket {
                            raw: s.sock.as_raw_fd(),
                            write,
                        },
                    )),
                    // Files and stdio never block.
                    Ok(_) => ready.push(Ready {
                        userdata,
                        error: Errno::SUCCESS,
                        kind: tag,
                        nbytes: 0,
                        hangup: false,
                    }),
                    Err(error) => ready.push(Ready {
                        userdata,
                        error,
                        kind: tag,
                        nbytes: 0,
                        hangup: false,
                    }),
                }
            }
            _ => return Err(Errno::INVAL.into()),
        }
    }

    let mut pollfds: Vec<libc::pollfd> = waits
        .iter()
        .filter_map(|(_, _, w)| match w {
            Wait::Socket { raw, write } => Some(libc::pollfd {
                fd: *raw,
                events: if *write {
                    libc::POLLOUT
                } else {
                    libc::POLLIN | libc::POLLRDHUP
                },
                revents: 0,
            }),
            Wait::Clock(_) => None,
        })
        .collect();
    let earliest = waits
        .iter()
        .filter_map(|(_, _, w)| match w {
            Wait::Clock(d) => Some(*d),
            Wait::Socket { .. } => None,
        })
        .min();

    loop {
        if h.stopping() {
            return Err(stop_trap());
        }
        let now = clock_now(clock::MONOTONIC)?;
        let mut wait_ns = STOP_CHECK_INTERVAL.as_nanos() as u64;
        if !ready.is_empty() {
            wait_ns = 0;
        } else if let Some(d) = earliest {
            wait_ns = wait_ns.min(d.saturating_sub(now));
        }
        let ts = libc::timespec {
            tv_sec: (wait_ns / 1_000_000_000) as libc::time_t,
            tv_nsec: (wait_ns % 1_000_000_000) as libc::c_long,
        };
        // SAFETY: `pollfds` is a valid array of `pollfds.len()` entries; `ts` is valid.
        let rc = unsafe {
            libc::ppoll(
                pollfds.as_mut_ptr(),
                pollfds.len() as libc::nfds_t,
                &ts,
                std::ptr::null(),
            )
        };
        if rc < 0 {
            let err = std::io::Error::last_os_error();
            if err.raw_os_error() == Some(libc::EINTR) {
                continue;
            }
            return Err(err.into());
        }
        let now = clock_now(clock::MONOTONIC)?;
        let mut sockets = pollfds.iter_mut();
        for (userdata, tag, w) in &waits {
            match w {
                Wait::Clock(d) => {
                    if *d <= now {
                        ready.push(Ready {
                            userdata: *userdata,
                            error: Errno::SUCCESS,
                            kind: *tag,
                            nbytes: 0,
                            hangup: false,
                        });
                    }
                }
                Wait::Socket { raw, write } => {
                    let Some(pfd) = sockets.next() else { continue };
                    let re = pfd.revents;
                    pfd.revents = 0;
                    if re == 0 {
                        continue;
                    }
                    let (hit, hangup) = if *write {
                        (
                            re & (libc::POLLOUT | libc::POLLERR | libc::POLLHUP) != 0,
                            re & libc::POLLHUP != 0,
                        )
                    } else {
                        (
                            re & (libc::POLLIN | libc::POLLERR | libc::POLLHUP | libc::POLLRDHUP)
                                != 0,
                            re & (libc::POLLHUP | libc::POLLRDHUP) != 0,
                        )
                    };
                    if hit {
                        let nbytes = if *write { 0 } else { bytes_available(*raw) };
                        ready.push(Ready {
                            userdata: *userdata,
                            error: Errno::SUCCESS,
                            kind: *tag,
                            nbytes,
                            hangup,
                        });
                    }
                }
            }
        }
        if !ready.is_empty() {
            break;
        }
    }

    let count = ready.len().min(n as usize) as u32;
    for (i, r) in ready.iter().take(count as usize).enumerate() {
        let at = events
            .checked_add(i as u32 * poll::EVENT_SIZE)
            .ok_or(Errno::FAULT)?;
        m.write(at, &[0u8; poll::EVENT_SIZE as usize])?;
        m.put_u64(at, r.userdata)?;
        m.put_u16(at + 8, r.error.0)?;
        m.put_u8(at + 10, r.kind)?;
        m.put_u64(at + 16, r.nbytes)?;
        m.put_u16(at + 24, if r.hangup { poll::EVENTRW_HANGUP } else { 0 })?;
    }
    Ok(count)
}

fn bytes_available(fd: i32) -> u64 {
    let mut n: libc::c_int = 0;
    // SAFETY: FIONREAD writes one c_int.
    let rc = unsafe { libc::ioctl(fd, libc::FIONREAD, &mut n) };
    if rc == 0 {
        n.max(0) as u64
    } else {
        0
    }
}
