//! `cits image --aot` writes a WasmEdge AOT image, and its module runs as native code: on
//! the `wasmedge` CLI with `--run-mode=aot` (as crun and the shim run it with AOT enabled)
//! and on the WasmEdge inside `cits` (`cits run --engine wasmedge`). Native code is seen as
//! anonymous executable memory in the process: WasmEdge maps a universal Wasm file's AOT
//! section there, while its interpreter maps none (the control runs).
//!
//! Needs the `wasmedge` feature (on in `make unit`), WasmEdge 0.17.1 (`$CITS_WASMEDGE`,
//! `make deps`) and the built modules (`$CITS_MODULE_DIR`, `make modules`).
#![cfg(feature = "wasmedge")]

use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const CITS: &str = env!("CARGO_BIN_EXE_cits");

/// The native code of one stage module is far above this; the interpreter maps none, so
/// any amount would do — a floor keeps a stray small mapping from passing for AOT.
const MIN_NATIVE_BYTES: u64 = 256 * 1024;

/// How long a module may take to load and log its first line.
const FIRST_LINE_TIMEOUT: Duration = Duration::from_secs(60);

fn module_dir() -> PathBuf {
    std::env::var_os("CITS_MODULE_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            let target = std::env::var_os("CARGO_TARGET_DIR")
                .map(PathBuf::from)
                .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target"));
            target.join("wasm32-wasip1/wasm")
        })
}

fn wasmedge() -> PathBuf {
    let path = std::env::var_os("CITS_WASMEDGE")
        .map(PathBuf::from)
        .unwrap_or_else(cits_pipeline::wasmedge::default_binary);
    cits_pipeline::wasmedge::check_binary(&path)
        .unwrap_or_else(|e| panic!("this test needs WasmEdge 0.17.1: {e}"));
    path
}

/// The one regular file of the image layout `dir`'s first manifest's first layer.
fn module_of_layout(dir: &Path) -> (String, Vec<u8>) {
    let json = |path: PathBuf| -> serde_json::Value {
        serde_json::from_slice(&std::fs::read(&path).expect("read layout file"))
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
    };
    let blob = |digest: &str| {
        dir.join("blobs/sha256")
            .join(digest.trim_start_matches("sha256:"))
    };
    let index = json(dir.join("index.json"));
    let manifest_desc = &index["manifests"][0];
    let tag = manifest_desc["annotations"]["org.opencontainers.image.ref.name"]
        .as_str()
        .expect("tagged manifest")
        .to_owned();
    let manifest = json(blob(manifest_desc["digest"].as_str().expect("digest")));
    let layer = blob(manifest["layers"][0]["digest"].as_str().expect("layer"));
    let gz = flate2::read::GzDecoder::new(std::fs::File::open(layer).expect("layer blob"));
    let mut archive = tar::Archive::new(gz);
    for entry in archive.entries().expect("layer tar") {
        let mut entry = entry.expect("tar entry");
        if entry.header().entry_type().is_file() {
            let mut bytes = Vec::new();
            entry.read_to_end(&mut bytes).expect("read module");
            return (tag, bytes);
        }
    }
    panic!("no file in the layer of {}", dir.display())
}

/// Bytes of anonymous executable memory of process `pid`.
fn anonymous_exec_bytes(pid: u32) -> u64 {
    let maps = std::fs::read_to_string(format!("/proc/{pid}/maps")).expect("read maps");
    maps.lines()
        .filter_map(|line| {
            let fields: Vec<&str> = line.split_whitespace().collect();
            let (range, perms) = (fields.first()?, fields.get(1)?);
            // Anonymous: no path (sixth field); [vdso] and friends are named.
            if fields.len() > 5 || !perms.contains('x') {
                return None;
            }
            let (lo, hi) = range.split_once('-')?;
            Some(u64::from_str_radix(hi, 16).ok()? - u64::from_str_radix(lo, 16).ok()?)
        })
        .sum()
}

/// Starts `command` on the collector `module` (which will retry connecting to a broker
/// that is not there), waits for its first log line (guest code ran), and returns its
/// anonymous executable bytes and that line.
fn native_bytes_while_running(mut command: Command, module: &Path) -> (u64, String) {
    let mut child = command
        .args(["--env", "CITS_BROKERS=127.0.0.1:1"])
        .args([
            "--env",
            "CITS_INPUT_TOPIC=t.in",
            "--env",
            "CITS_OUTPUT_TOPIC=t.out",
        ])
        .arg(module)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start the module");
    let stderr = child.stderr.take().expect("stderr");
    let first_line = std::thread::spawn(move || {
        let mut line = String::new();
        let _ = BufReader::new(stderr).read_line(&mut line);
        line
    });
    let deadline = Instant::now() + FIRST_LINE_TIMEOUT;
    while !first_line.is_finished() && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(50));
    }
    let alive = matches!(child.try_wait(), Ok(None));
    let bytes = if alive {
        anonymous_exec_bytes(child.id())
    } else {
        0
    };
    let _ = child.kill();
    let _ = child.wait();
    let line = first_line.join().unwrap_or_default();
    assert!(alive, "{command:?} exited early: {line}");
    (bytes, line)
}

#[test]
fn an_aot_image_module_runs_as_native_code_on_wasmedge_and_inside_cits() {
    let out = tempfile::tempdir().expect("temp dir");
    let status = Command::new(CITS)
        .args([
            "image",
            "--aot",
            "--stage",
            "collector",
            "--format",
            "layout",
        ])
        .arg("--wasm-dir")
        .arg(module_dir())
        .arg("--out")
        .arg(out.path())
        .status()
        .expect("run cits image");
    assert!(status.success(), "cits image --aot failed: {status}");

    let (tag, module) = module_of_layout(&out.path().join("collector"));
    let arch = match std::env::consts::ARCH {
        "x86_64" => "amd64",
        "aarch64" => "arm64",
        other => other,
    };
    assert_eq!(tag, format!("{}-aot-{arch}", env!("CARGO_PKG_VERSION")));
    assert!(
        module.starts_with(b"\0asm"),
        "the entrypoint stays a Wasm module"
    );
    let plain = std::fs::read(module_dir().join("collector.wasm")).expect("plain module");
    assert!(
        module.len() > plain.len() + MIN_NATIVE_BYTES as usize,
        "the AOT module ({} bytes) carries native code beyond the plain one ({} bytes)",
        module.len(),
        plain.len()
    );
    let file = out.path().join("collector-from-image.wasm");
    std::fs::write(&file, &module).expect("write module");

    let wasmedge = wasmedge();
    let cli = |aot: bool| {
        let mut command = Command::new(&wasmedge);
        if let Some((k, v)) = cits_pipeline::wasmedge::library_path(&wasmedge) {
            command.env(k, v);
        }
        if aot {
            command.arg("--run-mode=aot");
        }
        command
    };
    let sdk = || {
        let mut command = Command::new(CITS);
        command.args(["run", "--engine", "wasmedge"]);
        command
    };
    let plain_file = module_dir().join("collector.wasm");
    let runs = [
        (
            "wasmedge --run-mode=aot, image module",
            cli(true),
            &file,
            true,
        ),
        (
            "wasmedge (interpreter), image module",
            cli(false),
            &file,
            false,
        ),
        (
            "cits run --engine wasmedge, image module",
            sdk(),
            &file,
            true,
        ),
        (
            "cits run --engine wasmedge, plain module",
            sdk(),
            &plain_file,
            false,
        ),
    ];
    for (what, command, module, native) in runs {
        let (bytes, line) = native_bytes_while_running(command, module);
        eprintln!(
            "{what}: {bytes} bytes anonymous executable; first line {:?}",
            line.trim()
        );
        for marker in cits_pipeline::wasmedge::FALLBACK_MARKERS {
            assert!(!line.contains(marker), "{what}: {line}");
        }
        if native {
            assert!(
                bytes >= MIN_NATIVE_BYTES,
                "{what}: {bytes} bytes of native code mapped, not running AOT"
            );
        } else {
            assert_eq!(bytes, 0, "{what}: native code mapped while interpreting");
        }
    }
}
