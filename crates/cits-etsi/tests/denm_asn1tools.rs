//! Independent check of the generated DENM codec: Python `asn1tools`, compiled
//! from the same `asn1/` files with its own UPER codec, decodes our UPER DENM
//! to the values `denm_asn1tools.py` spells out by hand, and its encoding of
//! those values decodes to our DENM and is the same octets.
//!
//! Needs the venv `.ci/install-deps.sh` creates (`$CITS_ASN1TOOLS_VENV`, default
//! `~/.cache/cits-wasm/venv`, with `asn1tools`); a missing venv is a failure,
//! never a skip.

mod common;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use cits_etsi::denm_2_2_1::DENM;

fn venv_python() -> PathBuf {
    let venv = std::env::var_os("CITS_ASN1TOOLS_VENV").map_or_else(
        || PathBuf::from(std::env::var("HOME").expect("HOME is set")).join(".cache/cits-wasm/venv"),
        PathBuf::from,
    );
    let python = venv.join("bin/python");
    assert!(
        python.is_file(),
        "no venv with asn1tools at {} (run .ci/install-deps.sh)",
        venv.display()
    );
    python
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn unhex(text: &str) -> Vec<u8> {
    let text = text.trim();
    assert!(text.len() % 2 == 0, "odd hex length: {text:?}");
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&text[i..i + 2], 16).expect("hex from asn1tools"))
        .collect()
}

/// Runs the Python side for `case` on our encoding of `denm`; returns
/// asn1tools' encoding of the same case.
fn asn1tools_round(case: &str, denm: &DENM) -> Vec<u8> {
    let ours = rasn::uper::encode(denm).expect("encodes");
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut child = Command::new(venv_python())
        .arg(dir.join("tests/denm_asn1tools.py"))
        .arg(dir.join("asn1"))
        .arg(case)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("starts python");
    child
        .stdin
        .take()
        .expect("piped")
        .write_all(hex(&ours).as_bytes())
        .expect("writes to python");
    let out = child.wait_with_output().expect("python runs");
    assert!(
        out.status.success(),
        "asn1tools check of {case} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let theirs = unhex(&String::from_utf8(out.stdout).expect("utf-8 hex"));
    assert_eq!(
        hex(&theirs),
        hex(&ours),
        "asn1tools and rasn encode {case} differently"
    );
    theirs
}

#[test]
fn warning_denm_agrees_with_asn1tools() {
    let denm = common::warning();
    let theirs = asn1tools_round("warning", &denm);
    let decoded: DENM = rasn::uper::decode(&theirs).expect("decodes asn1tools' UPER");
    assert_eq!(decoded, denm);
}

#[test]
fn cancellation_denm_agrees_with_asn1tools() {
    let denm = common::cancellation();
    let theirs = asn1tools_round("cancellation", &denm);
    let decoded: DENM = rasn::uper::decode(&theirs).expect("decodes asn1tools' UPER");
    assert_eq!(decoded, denm);
}
