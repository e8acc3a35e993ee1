//! With the `wasmedge` feature, `cits` links libwasmedge from outside the system's library
//! path (`make deps` builds it into a cache directory): record that directory as the
//! binary's run path, so `cits` starts without LD_LIBRARY_PATH. wasmedge-sys finds the
//! library through the same variables.

use std::path::PathBuf;

fn main() {
    for var in ["WASMEDGE_LIB_DIR", "WASMEDGE_DIR", "CARGO_FEATURE_WASMEDGE"] {
        println!("cargo:rerun-if-env-changed={var}");
    }
    if std::env::var_os("CARGO_FEATURE_WASMEDGE").is_none() {
        return;
    }
    let lib_dir = std::env::var_os("WASMEDGE_LIB_DIR")
        .map(PathBuf::from)
        .or_else(|| {
            let dir = PathBuf::from(std::env::var_os("WASMEDGE_DIR")?);
            ["lib64", "lib"]
                .into_iter()
                .map(|l| dir.join(l))
                .find(|l| l.join("libwasmedge.so").exists())
        });
    if let Some(dir) = lib_dir {
        // Every linked target: the binary and its unit tests.
        println!("cargo:rustc-link-arg=-Wl,-rpath,{}", dir.display());
    }
}
