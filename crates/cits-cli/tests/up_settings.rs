//! `cits up` and `cits bench` refuse collision detector settings out of range before they
//! start anything, with the reason, instead of leaving a crash-looping collisions module
//! behind.

use std::process::Command;

#[test]
fn up_refuses_a_bad_collision_config_before_starting() {
    let out = Command::new(env!("CARGO_BIN_EXE_cits"))
        .args(["up", "--collision-config", "ttc=5"])
        .env_remove("CITS_COLLISION_CONFIG")
        .output()
        .expect("run cits up");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success(), "{stderr}");
    assert!(
        stderr.contains("--collision-config")
            && stderr.contains("ttc_clear_s 4 is below ttc_raise_s 5"),
        "{stderr}"
    );
    assert!(
        !stderr.contains("broker"),
        "started something first:\n{stderr}"
    );
}

#[test]
fn up_reads_the_collision_config_from_the_environment_too() {
    let out = Command::new(env!("CARGO_BIN_EXE_cits"))
        .arg("up")
        .env("CITS_COLLISION_CONFIG", "speed=3")
        .output()
        .expect("run cits up");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success(), "{stderr}");
    assert!(stderr.contains("unknown key `speed`"), "{stderr}");
}

#[test]
fn bench_refuses_a_bad_collision_config_before_generating_data() {
    let out_dir = std::env::temp_dir().join(format!("cits-bench-settings-{}", std::process::id()));
    let out = Command::new(env!("CARGO_BIN_EXE_cits"))
        .args(["bench", "--quick", "--collision-config", "m=0", "--out"])
        .arg(&out_dir)
        .output()
        .expect("run cits bench");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success(), "{stderr}");
    assert!(
        stderr.contains("persist_m must be 1 to persist_n 8 (is 0)"),
        "{stderr}"
    );
    assert!(
        !out_dir.join("data").exists(),
        "generated data first:\n{stderr}"
    );
    let _ = std::fs::remove_dir_all(&out_dir);
}
