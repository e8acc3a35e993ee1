//! ETSI C-ITS ASN.1 types with UPER/XER codecs (rasn derives).
//!
//! The modules are copied unchanged from `src/standards/` of the crate
//! `c-its-parser` 2.4.2 (MIT, © consider it GmbH, see `LICENSE-c-its-parser`),
//! which generated them with rasn-compiler from the ETSI ASN.1 modules.
//! They are vendored rather than depended on because c-its-parser 2.4.2 does
//! not compile for `wasm32-wasip1`: its `target_arch = "wasm32"` code assumes
//! `wasm-bindgen`, which it only pulls in for `wasm32-unknown-unknown`.
//!
//! Only what the CPM decoder needs is here: CDD 2.2.1 and the CPM of
//! TS 103 324 v2.1.1 always, and with the `cpm-v1` feature the TR 103 562 draft
//! CPM with the CDD 1.3.1, DSRC 2.2.1 and CAM types it refers to.

#![allow(
    clippy::all,
    clippy::pedantic,
    clippy::nursery,
    dead_code,
    missing_docs,
    unused_imports,
    non_camel_case_types,
    non_snake_case
)]

/// CDD v2.2.1 (ETSI TS 102 894-2).
#[rustfmt::skip]
pub mod cdd_2_2_1;
/// CPM of ETSI TS 103 324 v2.1.1.
#[rustfmt::skip]
pub mod cpm_2_1_1;

/// CDD v1.3.1 (ITS-Container).
#[cfg(feature = "cpm-v1")]
#[rustfmt::skip]
pub mod cdd_1_3_1_1;
/// CAM of ETSI EN 302 637-2 v1.4.1 (the v1 CPM borrows GenerationDeltaTime).
#[cfg(feature = "cpm-v1")]
#[rustfmt::skip]
pub mod cam_1_4_1;
/// CPM of the ETSI TR 103 562 v2.1.1 draft (protocolVersion 1).
#[cfg(feature = "cpm-v1")]
#[rustfmt::skip]
pub mod cpm_1;
/// DSRC v2.2.1 (ISO TS 19091; the v1 CPM refers to lane and intersection ids).
#[cfg(feature = "cpm-v1")]
#[rustfmt::skip]
pub mod dsrc_2_2_1;
