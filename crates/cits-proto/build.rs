//! Generates the Rust types for `proto/cits.proto` without a system `protoc`.

fn main() -> Result<(), Box<dyn std::error::Error>> {
    println!("cargo:rerun-if-changed=proto/cits.proto");
    let descriptors = protox::compile(["proto/cits.proto"], ["proto"])?;
    prost_build::Config::new().compile_fds(descriptors)?;
    Ok(())
}
