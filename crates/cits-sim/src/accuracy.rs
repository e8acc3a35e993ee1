//! Scoring the pipeline's output against this crate's ground truth, shared by the
//! accuracy tests (`tests/prediction.rs`) and `cits bench`, so both print figures made
//! by the same rules:
//!
//! - [`paths`]: the predictor's `Prediction`s against `truth.csv` (top-1 path choice
//!   before the stop line, ADE/FDE at 1–4 s, calibration), per class;
//! - [`warnings`]: raised collision risks against `conflicts.csv`, at event level
//!   (precision, recall, warning lead time);
//! - [`chain`]: a data set through the native core chain up to the predictor: the
//!   predictions [`paths`] scores, and what a collision detector replays for [`warnings`].
//!
//! Both take the truth as data (rows, not files) and keep no clock: they are pure
//! folds over what the pipeline produced.

pub mod chain;
pub mod paths;
pub mod warnings;
