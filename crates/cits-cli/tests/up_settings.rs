//! `cits up` refuses collision detector settings out of range before it starts anything,
//! with the reason, instead of leaving a crash-looping collisions module behind.

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
