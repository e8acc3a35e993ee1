//! sock_getaddrinfo: resolves `NAME` and expects `EXPECT` (an IPv4 address) among the results.
use cits_host_guests::{env, fail, MISMATCH};

fn main() {
    let name = env("NAME");
    let expect: std::net::IpAddr = env("EXPECT")
        .parse()
        .unwrap_or(std::net::IpAddr::from([0, 0, 0, 0]));
    match wasmedge_wasi_socket::nslookup_with_host(&name, "http") {
        Ok(addrs) if addrs.iter().any(|a| a.ip() == expect) => {}
        Ok(_) => std::process::exit(MISMATCH),
        Err(e) => fail("getaddrinfo", e),
    }
}
