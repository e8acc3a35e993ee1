//! Pure stage logic of the cits-wasm pipeline.
//!
//! Every stage is a pure function or an explicit state machine: time is passed
//! in, nothing here does I/O or async, so the same code runs inside the
//! `wasm32-wasip1` modules and natively in tests and benchmarks.

pub mod assembler;
mod changes;
pub mod collector;
pub mod collisions;
pub mod decoder;
pub mod denm;
pub mod error;
pub mod geo;
pub mod lanelet2;
pub mod lanes;
pub mod matcher;
pub mod predictor;
#[cfg(test)]
mod test_changelog;

pub use error::{Error, Result};
