//! Allocates and touches `MB` MiB, then exits 0.
use cits_host_guests::env;

fn main() {
    let mb: usize = env("MB").parse().unwrap_or(1);
    let mut chunks = Vec::new();
    for i in 0..mb {
        chunks.push(vec![i as u8; 1024 * 1024]);
    }
    let sum: usize = chunks.iter().map(|c| c[c.len() - 1] as usize).sum();
    println!("guest: allocated {mb} MiB (checksum {sum})");
}
