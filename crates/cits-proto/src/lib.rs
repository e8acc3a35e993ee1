//! Protobuf contracts between the cits-wasm stages.
//!
//! The `.proto` file in `proto/` is the public interface: other tools can read
//! the topics with it. This crate only generates the Rust types and adds a few
//! helpers shared by every stage (trace handling).

#![allow(clippy::doc_lazy_continuation, clippy::large_enum_variant)]

/// Generated types of package `cits.v1`.
pub mod v1 {
    include!(concat!(env!("OUT_DIR"), "/cits.v1.rs"));
}

pub use prost::Message;
/// prost's encode/decode errors.
pub mod prost_error {
    pub use prost::{DecodeError, EncodeError};
}
pub use v1::*;

impl Trace {
    /// Appends one stage visit to the trace.
    pub fn push(&mut self, stage: &str, instance: &str, received_ns: u64, sent_ns: u64) {
        self.entries.push(TraceEntry {
            stage: stage.to_owned(),
            instance: instance.to_owned(),
            received_ns,
            sent_ns,
        });
    }
}
