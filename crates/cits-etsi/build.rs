//! Generates the ETSI types from the ASN.1 modules in `asn1/` with
//! rasn-compiler into `$OUT_DIR` (included by `src/lib.rs`).
//!
//! Separate compiler runs, because one run (rasn-compiler 0.16) keeps only one
//! of equally named types of different ASN.1 modules: CDD 1.3.1 and CDD 2.2.1
//! share many names (e.g. `ExteriorLights`), the CPM and the DENM each have a
//! `ManagementContainer`, and the merged result is wrong or does not compile.
//! - `etsi_v2.rs`: CDD 2.2.1 and DENM 2.2.1 (always);
//! - `cpm_v2.rs`: the CPM of TS 103 324 v2.1.1 (always);
//! - `etsi_v1.rs`: CDD 1.3.1, CAM 1.4.1, DSRC 2.2.1 and the draft CPM
//!   (feature `cpm-v1`).
//!
//! The CPM and DSRC import CDD 2.2.1 types, which their generated code reaches
//! as `super::etsi_its_cdd`; `src/lib.rs` puts the one CDD 2.2.1 module there.
//! The DENM shares the CDD's run because it also refers to a CDD type in a
//! value (`validityDuration DEFAULT defaultValidity`), which rasn-compiler only
//! gets right when it sees the CDD; the CPM and DSRC import types only.
//! A compiler warning fails the build: it means an unresolved reference, and
//! the code generated around it is wrong.
//!
//! One fix-up of the output: DSRC's `ETSI-ITS-DSRC` imports the regional
//! extension object sets `Reg-*` of `ETSI-ITS-DSRC-REGION`; rasn-compiler
//! imports them by name but generates no Rust item for an object set, so
//! [`drop_undefined_imports`] removes such names from the `use` lists.
//!
//! Within a run the generated Rust modules are siblings that import each other
//! with `use super::<module>`, so each run's output is included as one module.

use std::{env, fs, path::Path, path::PathBuf, thread};

use rasn_compiler::prelude::*;

/// CDD 2.2.1 and the DENM of TS 103 831 v2.2.1 (always compiled).
const V2_MODULES: &[&str] = &["cdd_2_2_1.asn", "denm_2_2_1.asn"];
/// The CPM of TS 103 324 v2.1.1 (always compiled).
const CPM_MODULES: &[&str] = &["cpm_2_1_1.asn"];
/// The TR 103 562 draft CPM and what it imports (feature `cpm-v1`).
const V1_MODULES: &[&str] = &[
    "cdd_1_3_1_1.asn",
    "cam_1_4_1.asn",
    "dsrc_2_2_1.asn",
    "cpm_1.asn",
];

fn main() {
    let manifest = PathBuf::from(env::var("CARGO_MANIFEST_DIR").expect("set by cargo"));
    let asn_dir = manifest.join("asn1");
    let out_dir = PathBuf::from(env::var("OUT_DIR").expect("set by cargo"));
    println!("cargo::rerun-if-changed=asn1");
    println!("cargo::rerun-if-changed=build.rs");
    let cpm_v1 = env::var_os("CARGO_FEATURE_CPM_V1").is_some();

    // The runs are independent and take seconds each: use every core.
    thread::scope(|s| {
        s.spawn(|| generate(&asn_dir, V2_MODULES, &out_dir.join("etsi_v2.rs")));
        s.spawn(|| generate(&asn_dir, CPM_MODULES, &out_dir.join("cpm_v2.rs")));
        if cpm_v1 {
            s.spawn(|| generate(&asn_dir, V1_MODULES, &out_dir.join("etsi_v1.rs")));
        }
    });
}

/// Compiles `files` (in `asn_dir`) in one rasn-compiler run and writes the Rust
/// code to `out`. Panics on any compiler warning (see the module doc).
fn generate(asn_dir: &Path, files: &[&str], out: &Path) {
    let paths: Vec<PathBuf> = files.iter().map(|f| asn_dir.join(f)).collect();
    let result = Compiler::<RasnBackend, _>::new_with_config(RasnConfig::default())
        .add_asn_sources_by_path(paths.iter())
        .compile_to_string()
        .unwrap_or_else(|e| panic!("rasn-compiler failed on {files:?}: {e}"));
    let warnings: Vec<String> = result.warnings.iter().map(ToString::to_string).collect();
    assert!(
        warnings.is_empty(),
        "rasn-compiler warnings on {files:?}: {warnings:#?}"
    );
    let code = drop_undefined_imports(&result.generated);
    fs::write(out, code).unwrap_or_else(|e| panic!("writing {}: {e}", out.display()));
}

/// Removes from every `use super::<module>::{...}` of a module generated in
/// the same run the names that run defines no item for. Only the DSRC regional
/// object sets (`Reg*`) are expected; any other name panics, since it would be
/// a new compiler gap to look at.
fn drop_undefined_imports(code: &str) -> String {
    let defined = defined_items(code);
    let modules: Vec<String> = item_names(code, "pub mod ");
    let mut out = String::with_capacity(code.len());
    let mut rest = code;
    while let Some(start) = rest.find("use super") {
        let end = start + rest[start..].find(';').expect("use statement ends with ;");
        out.push_str(&rest[..start]);
        let original = &rest[start..end];
        let compact: String = original.chars().filter(|c| !c.is_whitespace()).collect();
        match filter_use(&compact, &modules, &defined) {
            Some(rewritten) => out.push_str(&rewritten),
            None => out.push_str(original),
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

/// The rewritten `use` statement (without `;`), or `None` to keep it as it is.
fn filter_use(statement: &str, modules: &[String], defined: &[String]) -> Option<String> {
    let (module, items) = statement.strip_prefix("usesuper::")?.split_once("::{")?;
    if !modules.iter().any(|m| m == module) {
        return None;
    }
    let items = items.strip_suffix('}')?;
    let mut kept = Vec::new();
    for item in items.split(',').filter(|i| !i.is_empty()) {
        if defined.iter().any(|d| d == item) {
            kept.push(item);
        } else {
            assert!(
                item.starts_with("Reg"),
                "generated code imports undefined {module}::{item}"
            );
        }
    }
    Some(format!("use super::{module}::{{{}}}", kept.join(", ")))
}

/// Names of the types, statics and constants the generated code defines.
fn defined_items(code: &str) -> Vec<String> {
    [
        "pub struct ",
        "pub enum ",
        "pub type ",
        "pub static ",
        "pub const ",
    ]
    .iter()
    .flat_map(|kw| item_names(code, kw))
    .collect()
}

/// The identifiers following each occurrence of `keyword`.
fn item_names(code: &str, keyword: &str) -> Vec<String> {
    code.match_indices(keyword)
        .map(|(i, _)| {
            code[i + keyword.len()..]
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect()
        })
        .collect()
}
