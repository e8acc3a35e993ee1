//! ETSI C-ITS ASN.1 types with UPER/XER codecs (rasn derives), generated at
//! build time by rasn-compiler (`build.rs`) from the ETSI ASN.1 modules in
//! `asn1/` (see `asn1/README.md` for their source and licence).
//!
//! Always present: CDD TS 102 894-2 v2.2.1, the CPM of TS 103 324 v2.1.1 and
//! the DENM of TS 103 831 v2.2.1. With the `cpm-v1` feature also the
//! TR 103 562 draft CPM with the CDD 1.3.1, DSRC 2.2.1 and CAM types it refers
//! to.
//!
//! The public paths are per standard and release (`cdd_2_2_1`, `cpm_2_1_1`,
//! `denm_2_2_1`, ...), each holding the Rust module rasn-compiler names after
//! the ASN.1 module (e.g. `cdd_2_2_1::etsi_its_cdd`).
//! For example `cits_etsi::denm_2_2_1::DENM` and
//! `cits_etsi::cdd_2_2_1::etsi_its_cdd::StationId`.

/// What rasn-compiler generated from CDD 2.2.1 and DENM 2.2.1; one file so that
/// the modules' `super::` imports of each other resolve. Exposed through the
/// per-standard modules below.
#[allow(
    clippy::all,
    clippy::pedantic,
    clippy::nursery,
    dead_code,
    missing_docs,
    unused_imports,
    non_camel_case_types,
    non_snake_case,
    non_upper_case_globals,
    rustdoc::all
)]
mod generated {
    include!(concat!(env!("OUT_DIR"), "/etsi_v2.rs"));
}

/// What rasn-compiler generated from the CPM 2.1.1 (a separate run, see `build.rs`).
#[allow(
    clippy::all,
    clippy::pedantic,
    clippy::nursery,
    dead_code,
    missing_docs,
    unused_imports,
    non_camel_case_types,
    non_snake_case,
    non_upper_case_globals,
    rustdoc::all
)]
mod generated_cpm {
    /// The CPM imports CDD 2.2.1 types as `super::etsi_its_cdd`.
    use crate::generated::etsi_its_cdd;
    include!(concat!(env!("OUT_DIR"), "/cpm_v2.rs"));
}

/// What rasn-compiler generated from the draft CPM set (see `build.rs`).
#[cfg(feature = "cpm-v1")]
#[allow(
    clippy::all,
    clippy::pedantic,
    clippy::nursery,
    dead_code,
    missing_docs,
    unused_imports,
    non_camel_case_types,
    non_snake_case,
    non_upper_case_globals,
    rustdoc::all
)]
mod generated_v1 {
    /// DSRC 2.2.1 imports a few CDD 2.2.1 types as `super::etsi_its_cdd`.
    use crate::generated::etsi_its_cdd;
    include!(concat!(env!("OUT_DIR"), "/etsi_v1.rs"));
}

/// CDD v2.2.1 (ETSI TS 102 894-2).
pub mod cdd_2_2_1 {
    pub use crate::generated::etsi_its_cdd;
}

/// CPM of ETSI TS 103 324 v2.1.1.
pub mod cpm_2_1_1 {
    pub use crate::generated_cpm::{
        cpm_originating_station_containers, cpm_pdu_descriptions, cpm_perceived_object_container,
        cpm_perception_region_container, cpm_sensor_information_container,
    };
}

/// DENM of ETSI TS 103 831 v2.2.1 (ASN.1 module `DENM-PDU-Description`); the
/// types are also re-exported here, e.g. `cits_etsi::denm_2_2_1::DENM`. The CDD
/// types it uses are in [`crate::cdd_2_2_1::etsi_its_cdd`].
pub mod denm_2_2_1 {
    pub use crate::generated::denm_pdu_description;
    pub use crate::generated::denm_pdu_description::*;
}

/// CDD v1.3.1 (ITS-Container).
#[cfg(feature = "cpm-v1")]
pub mod cdd_1_3_1_1 {
    pub use crate::generated_v1::its_container;
}

/// CAM of ETSI EN 302 637-2 v1.4.1 (the v1 CPM borrows GenerationDeltaTime).
#[cfg(feature = "cpm-v1")]
pub mod cam_1_4_1 {
    pub use crate::generated_v1::cam_pdu_descriptions;
}

/// CPM of the ETSI TR 103 562 v2.1.1 draft (protocolVersion 1).
#[cfg(feature = "cpm-v1")]
pub mod cpm_1 {
    pub use crate::generated_v1::cpm_pdu_descriptions;
}

/// DSRC v2.2.1 (ISO TS 19091; the v1 CPM refers to lane and intersection ids).
#[cfg(feature = "cpm-v1")]
pub mod dsrc_2_2_1 {
    pub use crate::generated_v1::{etsi_its_dsrc, etsi_its_dsrc_add_grp_c, etsi_its_dsrc_region};
}
