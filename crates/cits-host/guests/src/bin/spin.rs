//! Never ends: a busy loop (to test stopping running Wasm) or a long sleep (`MODE=sleep`, blocked host call).
fn main() {
    if std::env::var("MODE").as_deref() == Ok("sleep") {
        std::thread::sleep(std::time::Duration::from_secs(3600));
    }
    let mut x: u64 = 0;
    loop {
        x = std::hint::black_box(x.wrapping_add(1));
    }
}
