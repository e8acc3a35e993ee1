//! Conformance of the host against small wasm32-wasip1 guest programs
//! (`crates/cits-host/guests`), built here with cargo. Guests report through
//! their exit code: 0 = ok, a WASI errno, or >= 100 for a failed guest check.

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpListener};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::Duration;

use cits_host::{foreign_imports, imports, Error, HostConfig, LoadedModule, Runtime};

/// WASI errno values the guests exit with.
const EACCES: i32 = 2;
const ECONNREFUSED: i32 = 14;
const ENOENT: i32 = 44;
const EROFS: i32 = 69;
const ENOTCAPABLE: i32 = 76;

const GUESTS: &[&str] = &[
    "alloc",
    "exit",
    "files",
    "net_echo",
    "resolve",
    "spin",
    "tokio_echo",
];

/// Builds the guest programs once per test binary; a build failure fails the
/// test with cargo's full output.
fn guest_dir() -> &'static Path {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let manifest = Path::new(env!("CARGO_MANIFEST_DIR")).join("guests/Cargo.toml");
        let target_dir = std::env::var_os("CARGO_TARGET_DIR")
            .map(PathBuf::from)
            .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target"))
            .join("guests");
        let out = Command::new(env!("CARGO"))
            .args([
                "build",
                "--release",
                "--target",
                "wasm32-wasip1",
                "--manifest-path",
            ])
            .arg(&manifest)
            .arg("--target-dir")
            .arg(&target_dir)
            .output()
            .expect("cannot run cargo to build the guest programs");
        assert!(
            out.status.success(),
            "building the guest programs failed:\n{}\n{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        target_dir.join("wasm32-wasip1/release")
    })
}

fn guest(name: &str) -> PathBuf {
    guest_dir().join(format!("{name}.wasm"))
}

/// One runtime for all tests, each guest compiled once (compiling is the slow part).
fn run(name: &str, config: &HostConfig) -> Result<i32, Error> {
    static RUNTIME: OnceLock<Runtime> = OnceLock::new();
    static MODULES: Mutex<Vec<(String, LoadedModule)>> = Mutex::new(Vec::new());
    let runtime = RUNTIME.get_or_init(|| Runtime::new().expect("runtime"));
    let cached = MODULES
        .lock()
        .expect("module cache")
        .iter()
        .find(|(n, _)| n == name)
        .map(|(_, m)| m.clone());
    let module = match cached {
        Some(m) => m,
        None => {
            let m = runtime.load(guest(name))?;
            MODULES
                .lock()
                .expect("module cache")
                .push((name.to_owned(), m.clone()));
            m
        }
    };
    runtime.run(&module, config)
}

/// A native TCP echo server on a free loopback port; counts accepted connections.
fn echo_server() -> (SocketAddr, Arc<AtomicUsize>) {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind echo server");
    let addr = listener.local_addr().expect("echo server address");
    let accepted = Arc::new(AtomicUsize::new(0));
    let count = accepted.clone();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            count.fetch_add(1, Ordering::SeqCst);
            std::thread::spawn(move || {
                let mut buf = [0u8; 16 * 1024];
                loop {
                    match stream.read(&mut buf) {
                        Ok(0) | Err(_) => break,
                        Ok(n) => {
                            if stream.write_all(&buf[..n]).is_err() {
                                break;
                            }
                        }
                    }
                }
            });
        }
    });
    (addr, accepted)
}

/// A loopback port nothing listens on.
fn closed_port() -> SocketAddr {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
    listener.local_addr().expect("address")
}

fn temp_dir(tag: &str) -> PathBuf {
    static N: AtomicUsize = AtomicUsize::new(0);
    let dir = std::env::temp_dir().join(format!(
        "cits-host-test-{}-{tag}-{}",
        std::process::id(),
        N.fetch_add(1, Ordering::SeqCst)
    ));
    std::fs::create_dir_all(&dir).expect("create temp dir");
    dir
}

#[test]
fn guests_import_only_wasi() {
    for name in GUESTS {
        let bytes = std::fs::read(guest(name)).expect("read guest");
        let all = imports(&bytes).expect("parse imports");
        assert!(!all.is_empty(), "{name} has no imports");
        assert_eq!(
            foreign_imports(&bytes).expect("parse"),
            vec![],
            "{name} imports from outside WASI"
        );
    }
    let net = imports(&std::fs::read(guest("net_echo")).expect("read")).expect("parse");
    for call in ["sock_open", "sock_connect", "sock_send", "sock_recv"] {
        assert!(
            net.iter().any(|i| i.name == call),
            "net_echo does not import {call}"
        );
    }
}

/// A hand-encoded module importing `env.foo`: reported as foreign, refused by `run`.
#[test]
fn foreign_import_is_reported_and_refused() {
    let wasm: &[u8] = &[
        0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, // magic, version
        0x01, 0x04, 0x01, 0x60, 0x00, 0x00, // type section: () -> ()
        0x02, 0x0b, 0x01, 0x03, b'e', b'n', b'v', 0x03, b'f', b'o', b'o', 0x00,
        0x00, // import env.foo
    ];
    let foreign = foreign_imports(wasm).expect("parse");
    assert_eq!(foreign.len(), 1);
    assert_eq!(
        (foreign[0].module.as_str(), foreign[0].name.as_str()),
        ("env", "foo")
    );
    let runtime = Runtime::new().expect("runtime");
    let module = runtime.load_bytes("foreign", wasm).expect("compile");
    let err = runtime
        .run(&module, &HostConfig::new("foreign"))
        .expect_err("must be refused");
    assert!(
        matches!(err, Error::UnsupportedImport { ref import, .. } if import == "env.foo"),
        "{err}"
    );
    assert!(imports(b"not wasm").is_err());
}

#[test]
fn blocking_echo_roundtrip() {
    let (addr, accepted) = echo_server();
    // Larger than socket buffers, so sends and receives are partial and must loop.
    let config = HostConfig::new("net_echo")
        .env("ADDR", &addr.to_string())
        .env("LEN", "3000000")
        .allow_net(addr.to_string().parse().unwrap());
    assert_eq!(run("net_echo", &config).unwrap(), 0);
    assert_eq!(accepted.load(Ordering::SeqCst), 1);
}

#[test]
fn tokio_reactor_sockets_and_timers() {
    let (addr, _) = echo_server();
    let config = HostConfig::new("tokio_echo")
        .env("ADDR", &addr.to_string())
        .env("LEN", "2000000")
        .allow_net(format!("127.0.0.1:{}", addr.port()).parse().unwrap());
    assert_eq!(run("tokio_echo", &config).unwrap(), 0);
}

#[test]
fn connects_by_granted_name() {
    let (addr, _) = echo_server();
    let config = HostConfig::new("net_echo")
        .env("ADDR", &format!("localhost:{}", addr.port()))
        .env("LEN", "10")
        .allow_net(format!("localhost:{}", addr.port()).parse().unwrap());
    assert_eq!(run("net_echo", &config).unwrap(), 0);
}

#[test]
fn getaddrinfo_localhost_and_literal() {
    let config = HostConfig::new("resolve")
        .env("NAME", "localhost")
        .env("EXPECT", "127.0.0.1")
        .allow_net("localhost:*".parse().unwrap());
    assert_eq!(run("resolve", &config).unwrap(), 0);
    // Literal addresses resolve to themselves without any grant.
    let config = HostConfig::new("resolve")
        .env("NAME", "127.0.0.1")
        .env("EXPECT", "127.0.0.1");
    assert_eq!(run("resolve", &config).unwrap(), 0);
}

#[test]
fn getaddrinfo_of_ungranted_name_is_denied() {
    let config = HostConfig::new("resolve")
        .env("NAME", "localhost")
        .env("EXPECT", "127.0.0.1")
        .allow_net("127.0.0.1:*".parse().unwrap());
    assert_eq!(run("resolve", &config).unwrap(), EACCES);
}

#[test]
fn connection_refused_gives_econnrefused() {
    let addr = closed_port();
    let config = HostConfig::new("net_echo")
        .env("ADDR", &addr.to_string())
        .env("LEN", "10")
        .allow_net(addr.to_string().parse().unwrap());
    assert_eq!(run("net_echo", &config).unwrap(), ECONNREFUSED);
}

#[test]
fn ungranted_address_is_denied_without_connecting() {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
    let addr = listener.local_addr().expect("address");
    let other = closed_port();
    let config = HostConfig::new("net_echo")
        .env("ADDR", &addr.to_string())
        .env("LEN", "10")
        .allow_net(other.to_string().parse().unwrap());
    assert_eq!(run("net_echo", &config).unwrap(), EACCES);
    listener.set_nonblocking(true).expect("nonblocking");
    let pending = listener.accept();
    assert!(
        matches!(&pending, Err(e) if e.kind() == std::io::ErrorKind::WouldBlock),
        "a connection was made: {pending:?}"
    );
    // The tokio path is denied the same way.
    let config = HostConfig::new("tokio_echo")
        .env("ADDR", &addr.to_string())
        .env("LEN", "1");
    assert_eq!(run("tokio_echo", &config).unwrap(), EACCES);
}

#[test]
fn granted_directory_is_readable() {
    let dir = temp_dir("read");
    std::fs::write(dir.join("car.wkb"), "graph bytes").unwrap();
    let grant = format!("{}:/graph", dir.display()).parse().unwrap();
    let config = HostConfig::new("files")
        .env("MODE", "read")
        .env("FILE", "/graph/car.wkb")
        .env("EXPECT", "graph bytes")
        .dir(grant);
    assert_eq!(run("files", &config).unwrap(), 0);
    let config = HostConfig {
        env: vec![],
        ..config
    }
    .env("MODE", "list")
    .env("FILE", "/graph")
    .env("EXPECT", "car.wkb");
    assert_eq!(run("files", &config).unwrap(), 0);
}

#[test]
fn paths_outside_the_grant_are_denied() {
    let outside = temp_dir("outside");
    std::fs::write(outside.join("secret"), "s").unwrap();
    let dir = temp_dir("grant");
    std::os::unix::fs::symlink(outside.join("secret"), dir.join("link")).unwrap();
    let grant: cits_host::DirGrant = format!("{}:/data", dir.display()).parse().unwrap();
    // The host refuses `..` and symlinks leading out of the grant.
    for path in ["/data/../secret", "/data/link"] {
        let config = HostConfig::new("files")
            .env("MODE", "read")
            .env("FILE", path)
            .env("EXPECT", "s")
            .dir(grant.clone());
        assert_eq!(run("files", &config).unwrap(), ENOTCAPABLE, "{path}");
    }
    // A path under no preopen never reaches the host: wasi-libc fails it with ENOENT.
    let secret = outside.join("secret").display().to_string();
    let config = HostConfig::new("files")
        .env("MODE", "read")
        .env("FILE", &secret)
        .env("EXPECT", "s")
        .dir(grant.clone());
    assert_eq!(run("files", &config).unwrap(), ENOENT);
    let config = HostConfig::new("files")
        .env("MODE", "write")
        .env("FILE", "/data/new")
        .dir(grant);
    assert_eq!(run("files", &config).unwrap(), EROFS);
    assert!(!dir.join("new").exists());
}

#[test]
fn memory_cap_stops_allocation_with_clear_error() {
    let config = HostConfig::new("alloc").env("MB", "4").memory_mb(16);
    assert_eq!(run("alloc", &config).unwrap(), 0);
    let config = HostConfig::new("alloc").env("MB", "64").memory_mb(16);
    let err = run("alloc", &config).expect_err("allocation beyond the cap must fail");
    let msg = err.to_string();
    assert!(matches!(err, Error::Trap { .. }), "{msg}");
    assert!(msg.contains("memory cap of 16 MiB"), "{msg}");
}

#[test]
fn proc_exit_code_and_environment_isolation() {
    assert_eq!(
        run("exit", &HostConfig::new("exit").env("CODE", "7")).unwrap(),
        7
    );
    assert_eq!(
        run(
            "exit",
            &HostConfig::new("exit").env("CODE", "0").env("EXTRA", "x")
        )
        .unwrap(),
        0
    );
}

#[test]
fn precompiled_module_runs() {
    let runtime = Runtime::new().unwrap();
    let dir = temp_dir("cwasm");
    let out = dir.join("exit.cwasm");
    runtime.precompile_file(&guest("exit"), &out).unwrap();
    let module = runtime.load(&out).unwrap();
    assert!(module.precompiled());
    assert_eq!(
        runtime
            .run(&module, &HostConfig::new("exit").env("CODE", "3"))
            .unwrap(),
        3
    );
    assert!(!runtime.load(guest("exit")).unwrap().precompiled());
}

#[test]
fn stop_interrupts_running_and_blocked_modules() {
    // Stopping is permanent for a runtime, so each mode gets a fresh one; the
    // module is compiled once and loaded precompiled (same engine settings).
    let cwasm = temp_dir("spin").join("spin.cwasm");
    Runtime::new()
        .unwrap()
        .precompile_file(&guest("spin"), &cwasm)
        .unwrap();
    for mode in ["busy", "sleep"] {
        let runtime = Runtime::new().unwrap();
        let module = runtime.load(&cwasm).unwrap();
        let stop = runtime.stop_handle();
        let stopper = std::thread::spawn(move || {
            std::thread::sleep(Duration::from_millis(300));
            stop.stop();
        });
        let err = runtime
            .run(&module, &HostConfig::new("spin").env("MODE", mode))
            .expect_err("must be stopped");
        assert!(matches!(err, Error::Stopped { .. }), "{mode}: {err}");
        stopper.join().unwrap();
    }
}

#[test]
fn a_guest_spinning_past_its_cpu_budget_is_trapped() {
    let budget = Duration::from_millis(300);
    let started = std::time::Instant::now();
    let err = run(
        "spin",
        &HostConfig::new("spin")
            .env("MODE", "busy")
            .cpu_budget(Some(budget)),
    )
    .expect_err("a busy loop must be trapped");
    let took = started.elapsed();
    assert!(
        matches!(err, Error::CpuBudget { budget_ms: 300, .. }),
        "{err}"
    );
    assert!(err.to_string().contains("CPU budget"), "{err}");
    // Trapped one tick after the budget, give or take the scheduler (compiling the
    // guest happened before, in `run`'s cache, or counts here: keep it generous).
    assert!(took >= budget, "trapped after {took:?}, before the budget");
}

#[test]
fn time_blocked_in_host_calls_does_not_use_the_cpu_budget() {
    // The guest sleeps in one host call far longer than its budget; only the stop
    // request ends it.
    let runtime = Runtime::new().unwrap();
    let module = runtime.load(guest("spin")).unwrap();
    let stop = runtime.stop_handle();
    let stopper = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(800));
        stop.stop();
    });
    let err = runtime
        .run(
            &module,
            &HostConfig::new("spin")
                .env("MODE", "sleep")
                .cpu_budget(Some(Duration::from_millis(100))),
        )
        .expect_err("must be stopped");
    assert!(matches!(err, Error::Stopped { .. }), "{err}");
    stopper.join().unwrap();
}
