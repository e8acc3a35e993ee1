//! The cits-wasm testbed: the instrument of the thesis' evaluation (§3.4, §4),
//! built in.
//!
//! - [`trace`]: per-message end-to-end, per-stage and per-hop times from the
//!   trace every record carries;
//! - [`stats`] and [`analysis`]: HDR-histogram tables like the thesis' Tables 1–8,
//!   throughput per stage, the parts-vs-whole consistency check;
//! - [`replay`], [`mqtt`], [`kafka`]: replaying a recording at any pace,
//!   straight into `cits.raw` or through mosquitto and the ingest bridge;
//!   tailing the final topic; the hop floor;
//! - [`egress`]: DENMs from `cits.denm` to the roadside over MQTT;
//! - [`accuracy`]: the pipeline's predictions and risks against the data's ground truth;
//! - [`thesis`]: the thesis' published numbers, for the report.
pub mod accounting;
pub mod accuracy;
pub mod analysis;
#[cfg(feature = "pipeline")]
pub mod bench;
pub mod egress;
pub mod error;
pub mod kafka;
pub mod mqtt;
pub mod plot;
pub mod procs;
pub mod replay;
pub mod report;
pub mod stats;
pub mod store;
pub mod thesis;
pub mod trace;

pub use error::{Error, Result};
