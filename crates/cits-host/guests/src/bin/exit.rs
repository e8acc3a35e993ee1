//! Exits with `CODE` through proc_exit; prints its arguments and environment size first.
use cits_host_guests::env;

fn main() {
    let code: i32 = env("CODE").parse().unwrap_or(cits_host_guests::BAD_ENV);
    // The host passes only the granted variables: exactly CODE (and EXTRA if set).
    let vars = std::env::vars().count();
    let expected = if std::env::var("EXTRA").is_ok() { 2 } else { 1 };
    if vars != expected {
        std::process::exit(cits_host_guests::MISMATCH);
    }
    std::process::exit(code);
}
