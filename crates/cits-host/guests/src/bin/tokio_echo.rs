//! tokio_wasi client: exercises poll_oneoff through tokio's reactor and timer.
//! Checks: a 100 ms sleep lasts >= 100 ms; a read with no data times out;
//! `LEN` bytes echo back through `ADDR` while a timer task runs concurrently.
use std::time::{Duration, Instant};

use cits_host_guests::{env, fail, payload, MISMATCH, TIMING};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let addr = env("ADDR");
    let len: usize = env("LEN").parse().unwrap_or(1000);

    let started = Instant::now();
    tokio::time::sleep(Duration::from_millis(100)).await;
    if started.elapsed() < Duration::from_millis(100) {
        std::process::exit(TIMING);
    }

    let mut stream = match tokio::net::TcpStream::connect(addr.as_str()).await {
        Ok(s) => s,
        Err(e) => fail("connect", e),
    };
    // Nothing was sent yet, so the echo server stays silent: the timeout must fire.
    let mut one = [0u8; 1];
    let started = Instant::now();
    match tokio::time::timeout(Duration::from_millis(150), stream.read(&mut one)).await {
        Err(_elapsed) if started.elapsed() >= Duration::from_millis(150) => {}
        _ => std::process::exit(TIMING),
    }

    let ticker = tokio::spawn(async {
        let mut ticks = 0u32;
        for _ in 0..5 {
            tokio::time::sleep(Duration::from_millis(10)).await;
            ticks += 1;
        }
        ticks
    });
    let data = payload(len);
    let (mut rd, mut wr) = stream.into_split();
    let expected = data.clone();
    let writer = tokio::spawn(async move {
        wr.write_all(&data).await?;
        wr.flush().await?;
        Ok::<_, std::io::Error>(wr)
    });
    let mut back = vec![0u8; len];
    if let Err(e) = rd.read_exact(&mut back).await {
        fail("read", e);
    }
    match writer.await {
        Ok(Ok(_)) => {}
        Ok(Err(e)) => fail("write", e),
        Err(_) => std::process::exit(MISMATCH),
    }
    if back != expected || ticker.await.ok() != Some(5) {
        std::process::exit(MISMATCH);
    }
}
