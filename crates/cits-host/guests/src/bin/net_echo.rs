//! Blocking wasmedge_wasi_socket client: connects to `ADDR` (HOST:PORT, names
//! resolved with sock_getaddrinfo), sends `LEN` bytes, reads them back.
use std::io::{Read, Write};

use cits_host_guests::{env, fail, payload, MISMATCH};

fn main() {
    let addr = env("ADDR");
    let len: usize = env("LEN").parse().unwrap_or(1000);
    let mut stream = match wasmedge_wasi_socket::TcpStream::connect(addr.as_str()) {
        Ok(s) => s,
        Err(e) => fail("connect", e),
    };
    let data = payload(len);
    if let Err(e) = stream.write_all(&data) {
        fail("send", e);
    }
    let mut back = vec![0u8; len];
    if let Err(e) = stream.read_exact(&mut back) {
        fail("recv", e);
    }
    if back != data {
        std::process::exit(MISMATCH);
    }
    if let Err(e) = stream.shutdown(std::net::Shutdown::Both) {
        fail("shutdown", e);
    }
}
