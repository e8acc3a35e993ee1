//! Shared helpers of the guest test programs.
//!
//! Guests report through their exit code, which the host test asserts on:
//! 0 = success, a WASI errno (1..=99) = the failing call's error, >= 100 = a
//! guest-side check failed (see each program).

/// Exit code: the data that came back differs from what was sent.
pub const MISMATCH: i32 = 100;
/// Exit code: a required environment variable is missing or malformed.
pub const BAD_ENV: i32 = 101;
/// Exit code: a timing check failed (slept too short, timeout did not fire).
pub const TIMING: i32 = 102;

/// Reads a required environment variable or exits with [`BAD_ENV`].
pub fn env(name: &str) -> String {
    match std::env::var(name) {
        Ok(v) => v,
        Err(_) => {
            eprintln!("guest: missing env {name}");
            std::process::exit(BAD_ENV)
        }
    }
}

/// Exits with the I/O error's raw OS code (the WASI errno), or `fallback`.
pub fn fail(context: &str, err: std::io::Error) -> ! {
    eprintln!("guest: {context}: {err}");
    std::process::exit(err.raw_os_error().unwrap_or(99))
}

/// A deterministic payload of `len` bytes.
pub fn payload(len: usize) -> Vec<u8> {
    (0..len).map(|i| (i * 7 + i / 251) as u8).collect()
}
