//! Running the stage modules on WasmEdge itself: the `wasmedge` binary, its AOT compiler
//! and a cache of compiled modules.
//!
//! `wasmedge run` interprets a module unless it is given `--run-mode=aot` *and* the file
//! carries native code. A universal Wasm file whose AOT section does not fit falls back to
//! the interpreter with only a warning, so the pipeline compiles each module to a native
//! shared library (`.so`) instead: WasmEdge loads an ELF input in AOT mode through
//! `dlopen` and fails outright when its native code cannot be linked (WasmEdge 0.17.1,
//! `lib/loader/loader.cpp`); without `--run-mode=aot` it closes the library again and
//! interprets the Wasm bytes embedded in it. A running AOT instance therefore has its
//! `.so` mapped into memory ([`maps_library`]), an interpreted one has not.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

use sha2::{Digest as _, Sha256};

use crate::config::Stage;
use crate::error::{Error, Result};

/// The WasmEdge release the project is tested with (`.ci/install-deps.sh` builds it).
pub const WASMEDGE_VERSION: &str = "0.17.1";

/// Environment variable naming the `wasmedge` binary (the Makefile exports it).
pub const WASMEDGE_ENV: &str = "CITS_WASMEDGE";

/// Subdirectory of the module directory holding the compiled `.so` files, keyed by content.
pub const AOT_CACHE_DIR: &str = "wasmedge-aot";

/// Linear-memory cap of a stage under `wasmedge` (`--memory-page-limit`, 64 KiB pages): 4096
/// pages = 256 MiB, the same cap `cits run` applies by default (cits-host's
/// `DEFAULT_MEMORY_BYTES`), so a module that fits one engine fits the other.
pub const MEMORY_PAGE_LIMIT: u32 = 4096;

/// Log lines with which WasmEdge announces that it runs a module interpreted although AOT
/// was requested (`lib/loader`). Any of them in an AOT instance's output is a failure.
pub const FALLBACK_MARKERS: [&str; 2] = ["falling back to interpreter", "use interpreter mode"];

/// `wasmedge compile`'s optimisation level for `stage`. LLVM 19's loop unroller crashes
/// (SIGSEGV in `LoopUnrollPass`) on the rasn codecs of the decoder and the DENM sender
/// (both built at opt-level "z") at `O2`/`O3`; size optimisation (`s`) skips that pass.
/// Every other stage compiles at WasmEdge's default (`O3`).
pub fn optimize_level(stage: Stage) -> &'static str {
    match stage {
        Stage::Decoder | Stage::Denm => "s",
        _ => "3",
    }
}

/// The `wasmedge` to use: `$CITS_WASMEDGE`, else `wasmedge` on `PATH`, else the cache
/// path `.ci/install-deps.sh` builds into (reported as missing by [`check_binary`]).
pub fn default_binary() -> PathBuf {
    if let Some(path) = std::env::var_os(WASMEDGE_ENV).filter(|p| !p.is_empty()) {
        return PathBuf::from(path);
    }
    if let Some(found) = std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|dir| dir.join("wasmedge"))
            .find(|p| p.is_file())
    }) {
        return found;
    }
    let home = std::env::var_os("HOME")
        .map(PathBuf::from)
        .unwrap_or_default();
    home.join(format!(
        ".cache/cits-wasm/wasmedge-{WASMEDGE_VERSION}/bin/wasmedge"
    ))
}

/// Fails with a hint on how to get WasmEdge when `wasmedge` is not an existing file.
pub fn check_binary(wasmedge: &Path) -> Result<()> {
    if wasmedge.is_file() {
        return Ok(());
    }
    Err(Error::Missing {
        what: "the wasmedge binary".into(),
        path: wasmedge.to_owned(),
        hint: format!(
            "run `make deps` (builds WasmEdge {WASMEDGE_VERSION} from ../shared/wasmedge) or install it \
             with the official installer (`curl -sSf https://raw.githubusercontent.com/WasmEdge/WasmEdge/master/utils/install.sh | bash -s -- -v {WASMEDGE_VERSION}`), \
             then point ${WASMEDGE_ENV} at its bin/wasmedge"
        ),
    })
}

/// `LD_LIBRARY_PATH` for a `wasmedge` binary: its installation's `lib/` (libwasmedge)
/// in front of the inherited value, when that directory exists.
pub fn library_path(wasmedge: &Path) -> Option<(String, String)> {
    let lib = wasmedge.parent()?.parent()?.join("lib");
    if !lib.is_dir() {
        return None;
    }
    let mut value = lib.display().to_string();
    if let Some(old) = std::env::var_os("LD_LIBRARY_PATH").filter(|v| !v.is_empty()) {
        value.push(':');
        value.push_str(&old.to_string_lossy());
    }
    Some(("LD_LIBRARY_PATH".into(), value))
}

/// A `wasmedge` command with its library path set.
fn command(wasmedge: &Path) -> Command {
    let mut command = Command::new(wasmedge);
    if let Some((k, v)) = library_path(wasmedge) {
        command.env(k, v);
    }
    command
}

/// `wasmedge --version`'s output without the binary's path (part of the AOT cache key),
/// e.g. `version 0.17.1 (plugin "wasi_logging") version 0.1.0.0`.
pub fn version(wasmedge: &Path) -> Result<String> {
    check_binary(wasmedge)?;
    let out = command(wasmedge)
        .arg("--version")
        .output()
        .map_err(|source| Error::Spawn {
            instance: "wasmedge --version".into(),
            program: wasmedge.to_owned(),
            source,
        })?;
    if !out.status.success() {
        return Err(Error::Config(format!(
            "{} --version failed ({}): {}",
            wasmedge.display(),
            out.status,
            String::from_utf8_lossy(&out.stderr).trim()
        )));
    }
    // The first line starts with the binary's path: dropped, so the same WasmEdge reached
    // through another path keeps its cache.
    let text = String::from_utf8_lossy(&out.stdout);
    let words: Vec<&str> = text
        .split_whitespace()
        .filter(|w| !w.contains('/'))
        .collect();
    Ok(words.join(" "))
}

/// Where the AOT library of `wasm` lives in `cache`: named after the stage and a hash of
/// the module's bytes, the WasmEdge version and the optimisation level, so a rebuilt
/// module or another WasmEdge never runs a stale library.
pub fn aot_path(
    cache: &Path,
    stage: Stage,
    wasm: &Path,
    wasmedge_version: &str,
) -> Result<PathBuf> {
    let bytes = std::fs::read(wasm).map_err(|source| Error::Io {
        action: "read",
        path: wasm.to_owned(),
        source,
    })?;
    let mut hasher = Sha256::new();
    hasher.update(&bytes);
    hasher.update(wasmedge_version.as_bytes());
    hasher.update(optimize_level(stage).as_bytes());
    let mut key = String::new();
    for byte in hasher.finalize().iter().take(8) {
        let _ = write!(key, "{byte:02x}");
    }
    Ok(cache.join(format!("{}-{key}.so", stage.name())))
}

/// The AOT library of `stage`'s module `wasm`, compiled with `wasmedge compile` into
/// `cache` unless it is there already (15–45 s per module on two cores). Prints one line
/// per compilation on stderr.
pub fn ensure_aot(wasmedge: &Path, cache: &Path, stage: Stage, wasm: &Path) -> Result<PathBuf> {
    let version = version(wasmedge)?;
    compile_cached(cache, stage, wasm, &version, |level, partial| {
        let mut c = command(wasmedge);
        c.arg("compile")
            .arg(format!("--optimize={level}"))
            .arg(wasm)
            .arg(partial);
        (c, format!("wasmedge compile --optimize={level}"))
    })
}

/// The same with the WasmEdge inside `cits_exe` (`cits compile --engine wasmedge`, a `cits`
/// built with the `wasmedge` feature); its cache key names the SDK and the library version.
pub fn ensure_aot_sdk(cits_exe: &Path, cache: &Path, stage: Stage, wasm: &Path) -> Result<PathBuf> {
    let spawn_error = |source| Error::Spawn {
        instance: "cits compile --engine wasmedge --print-version".into(),
        program: cits_exe.to_owned(),
        source,
    };
    let out = Command::new(cits_exe)
        .args(["compile", "--engine", "wasmedge", "--print-version"])
        .output()
        .map_err(spawn_error)?;
    if !out.status.success() {
        return Err(Error::Config(format!(
            "{} has no WasmEdge inside ({}): {}",
            cits_exe.display(),
            out.status,
            String::from_utf8_lossy(&out.stderr).trim()
        )));
    }
    let version = format!("sdk {}", String::from_utf8_lossy(&out.stdout).trim());
    compile_cached(cache, stage, wasm, &version, |level, partial| {
        let mut c = Command::new(cits_exe);
        c.args(["compile", "--engine", "wasmedge", "--optimize", level])
            .arg(wasm)
            .arg("-o")
            .arg(partial);
        (
            c,
            format!("cits compile --engine wasmedge --optimize {level}"),
        )
    })
}

/// [`aot_path`], compiled by the command `compiler(level, partial output)` returns (with
/// its name for messages) unless the file is there already.
fn compile_cached(
    cache: &Path,
    stage: Stage,
    wasm: &Path,
    version: &str,
    compiler: impl FnOnce(&str, &Path) -> (Command, String),
) -> Result<PathBuf> {
    let out = aot_path(cache, stage, wasm, version)?;
    if out.is_file() {
        return Ok(out);
    }
    std::fs::create_dir_all(cache).map_err(|source| Error::Io {
        action: "create",
        path: cache.to_owned(),
        source,
    })?;
    // Compiled beside its final name and renamed: an interrupted compile leaves no
    // half-written library that a later run would take for a cached one.
    let partial = out.with_extension(format!("partial-{}.so", std::process::id()));
    let started = std::time::Instant::now();
    let level = optimize_level(stage);
    let (mut command, name) = compiler(level, &partial);
    let result = command.output().map_err(|source| Error::Spawn {
        instance: format!("{name} {}", stage.name()),
        program: PathBuf::from(command.get_program()),
        source,
    })?;
    if !result.status.success() || !partial.is_file() {
        let _ = std::fs::remove_file(&partial);
        return Err(Error::Config(format!(
            "{name} {} failed ({}): {}",
            wasm.display(),
            result.status,
            String::from_utf8_lossy(&result.stderr).trim()
        )));
    }
    std::fs::rename(&partial, &out).map_err(|source| Error::Io {
        action: "rename",
        path: partial.clone(),
        source,
    })?;
    eprintln!(
        "{name} {} -> {} in {:.1} s",
        wasm.display(),
        out.display(),
        started.elapsed().as_secs_f64()
    );
    Ok(out)
}

/// Whether process `pid` has `library` mapped executable (Linux `/proc/PID/maps`): the
/// proof that a `wasmedge --run-mode=aot` instance runs the native code of its `.so`.
pub fn maps_library(pid: u32, library: &Path) -> Result<bool> {
    let maps = format!("/proc/{pid}/maps");
    let text = std::fs::read_to_string(&maps).map_err(|source| Error::Io {
        action: "read",
        path: maps.into(),
        source,
    })?;
    let wanted = library
        .canonicalize()
        .unwrap_or_else(|_| library.to_owned());
    let wanted = wanted.to_string_lossy();
    Ok(text.lines().any(|line| {
        let mut fields = line.split_whitespace();
        let perms = fields.nth(1).unwrap_or_default();
        perms.contains('x') && line.trim_end().ends_with(wanted.as_ref())
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cache_key_follows_the_module_and_the_wasmedge_version() {
        let dir = tempfile::tempdir().unwrap();
        let wasm = dir.path().join("decoder.wasm");
        std::fs::write(&wasm, b"\0asm one").unwrap();
        let a = aot_path(dir.path(), Stage::Decoder, &wasm, "wasmedge version 0.17.1").unwrap();
        let again = aot_path(dir.path(), Stage::Decoder, &wasm, "wasmedge version 0.17.1").unwrap();
        let other_version =
            aot_path(dir.path(), Stage::Decoder, &wasm, "wasmedge version 0.16.0").unwrap();
        std::fs::write(&wasm, b"\0asm two").unwrap();
        let rebuilt =
            aot_path(dir.path(), Stage::Decoder, &wasm, "wasmedge version 0.17.1").unwrap();
        assert_eq!(a, again);
        assert_ne!(a, other_version);
        assert_ne!(a, rebuilt);
        let name = a.file_name().unwrap().to_string_lossy().into_owned();
        assert!(
            name.starts_with("decoder-") && name.ends_with(".so"),
            "{name}"
        );
    }

    #[test]
    fn a_library_mapped_by_this_process_is_found_and_an_unmapped_one_is_not() {
        // The test binary itself is mapped executable; a fresh file is not.
        let exe = std::env::current_exe().unwrap();
        assert!(maps_library(std::process::id(), &exe).unwrap());
        let dir = tempfile::tempdir().unwrap();
        let other = dir.path().join("x.so");
        std::fs::write(&other, b"").unwrap();
        assert!(!maps_library(std::process::id(), &other).unwrap());
    }
}
