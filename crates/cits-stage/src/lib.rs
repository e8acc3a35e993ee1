//! The Kafka shell shared by the cits-wasm stage modules.
//!
//! A stage module is a [`Stage`] (one input message in, zero or more output
//! messages out, pure logic from `cits-core`) plus a `main` that calls
//! [`main`]. This crate does the rest, the same way for every stage:
//!
//! 1. reads the [`StageConfig`] from `CITS_*` environment variables;
//! 2. connects to the brokers, retrying with a bounded backoff while they are
//!    down or a topic is missing ([`RECONNECT_BACKOFF_MAX`]);
//! 3. owns the input partitions p with `p % CITS_INSTANCES == CITS_INSTANCE`,
//!    resumes each from its group's committed offset (else `CITS_START`),
//!    and long-polls all of them concurrently (`CITS_MAX_WAIT_MS`);
//! 4. per record: checks size and [`TYPE_HEADER`], decodes the protobuf input,
//!    calls the stage, copies the input's trace into every output and appends
//!    a `TraceEntry {stage, instance, received_ns, sent_ns}`, encodes it and
//!    keys it by [`Envelope::record_key`] (trajectory key, or station id
//!    before the collector); the output partition is Kafka's murmur2 of the
//!    key ([`partitioner`]), so one object stays in one partition;
//! 5. produces the outputs of one fetch round as one batch per partition;
//! 6. sends every rejected record (no value, oversized, wrong type,
//!    undecodable, refused by the stage) as a `DeadLetter` to `cits.dlq`, logs
//!    it with topic/partition/offset (and station id when known); never panics;
//! 7. prints one stats line (in/out/dlq/filtered/lag) every [`STATS_INTERVAL`].
//!
//! # Delivery semantics
//!
//! Positions are committed to Kafka's consumer-group offset store (OffsetCommit, group
//! = stage name, generation -1: no membership, partitions assigned by instance as above):
//!
//! - **While running**, nothing is lost: a partition's position only moves
//!   past a record once everything derived from it (outputs and dead letters)
//!   was acknowledged by the broker; failed produces are retried after a
//!   reconnect. A produce that reached the broker but whose acknowledgement
//!   was lost is sent again: **at-least-once**, with rare duplicates. Moved
//!   positions are committed at most every [`COMMIT_INTERVAL`] and at shutdown.
//! - **On restart** each partition resumes from the group's committed offset
//!   (**at-least-once**: what came in while the stage was down is processed, the
//!   records after the last commit are processed again). Only where nothing is
//!   committed does `CITS_START` decide: `latest` (default) starts at the end,
//!   `earliest` at the start of the partition.
//! - **Stage state** of a [`Stage::STATEFUL`] stage is written to its changelog topic
//!   (keyed by state key, tombstones on delete, partition = input partition; the latest
//!   state per key, cached until the next commit) before the input position that
//!   produced it is committed, together with a position record
//!   ([`CHANGELOG_POSITION_KEY`]); a fresh process reads its changelog partitions to the
//!   end, restores the latest state of every key and resumes at the position the
//!   restored state belongs to.
//! - A position beyond the end of the log (the topic was recreated, or an
//!   in-memory broker restarted) or before its start (retention) restarts the
//!   partition at its earliest offset.
//!
//! See `docs/delivery-semantics.md` for the reasoning.
//!
//! # Wasm and native
//!
//! Under `wasm32-wasip1` the crate uses `tokio_wasi` and `rskafka_wasi` over
//! WasmEdge's socket calls (imports from `wasi_snapshot_preview1` only);
//! natively the same code runs on regular `tokio` — the comparison baseline
//! and what the integration tests run.

pub mod changelog;
pub mod config;
pub mod error;
pub mod graph;
pub mod heap;
pub mod kafka;
pub mod log;
pub mod partitioner;
mod run;
pub mod stage;
#[cfg(feature = "testing")]
pub mod testing;

pub use config::{StageConfig, StartAt};
pub use error::{Error, Result};
pub use run::{
    run, Shutdown, Stats, CHANGELOG_POSITION_KEY, COMMIT_INTERVAL, CONTINUITY_CHECK_INTERVAL,
    DLQ_LOG_BURST, DLQ_ORIGINAL_MAX_BYTES, ISOLATING_MARKER, MAX_RECORD_BYTES,
    RECONNECT_BACKOFF_INITIAL, RECONNECT_BACKOFF_MAX, STATS_INTERVAL, TICK_INTERVAL, TYPE_HEADER,
};
pub use stage::{Envelope, EventClock, Keyed, Now, Stage, StateChange};

/// Re-export of the protobuf types, so modules need no direct dependency.
pub use cits_proto as proto;

/// The whole `main` of a stage module: reads the configuration from the
/// environment, builds the stage with `make`, and runs it on a
/// current-thread runtime (the only flavor `tokio_wasi` has) until SIGINT or
/// SIGTERM (natively) or until the host ends the module (WASI). A setup error is
/// printed as `<stage>: <error>: <causes>` and the process fails. Modules return this
/// instead of an `anyhow` error: `anyhow`'s report and backtrace support cost a module
/// about 47 kB of its 1 MB budget.
pub fn main<S, E>(make: impl FnOnce(&StageConfig) -> Result<S, E>) -> std::process::ExitCode
where
    S: Stage,
    E: Into<Box<dyn std::error::Error + Send + Sync>>,
{
    match try_main(make) {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("{}: {}", S::NAME, error_chain(&err));
            std::process::ExitCode::FAILURE
        }
    }
}

fn try_main<S, E>(make: impl FnOnce(&StageConfig) -> Result<S, E>) -> Result<()>
where
    S: Stage,
    E: Into<Box<dyn std::error::Error + Send + Sync>>,
{
    let config = StageConfig::from_env(S::NAME)?;
    log::set_level(config.log_level);
    // A stage's own setup error is wrapped once; one of ours is already what it says.
    let stage = make(&config).map_err(|e| match e.into().downcast::<Error>() {
        Ok(ours) => *ours,
        Err(theirs) => Error::Setup(theirs),
    })?;
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(Error::Runtime)?;
    runtime.block_on(run(&config, stage, Shutdown::on_signal()));
    Ok(())
}

/// An error with its causes, each once: our messages already name their direct
/// source, a cause from a stage's own setup (e.g. an `anyhow` context) may not.
fn error_chain(err: &dyn std::error::Error) -> String {
    let mut message = err.to_string();
    let mut cause = err.source();
    while let Some(c) = cause {
        let text = c.to_string();
        if !message.contains(&text) {
            message.push_str(": ");
            message.push_str(&text);
        }
        cause = c.source();
    }
    message
}

#[cfg(test)]
mod tests {
    use super::{error_chain, Error};

    /// A setup error with a cause of its own that its message does not name.
    #[derive(Debug)]
    struct GraphMissing(std::io::Error);

    impl std::fmt::Display for GraphMissing {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("street graph unreadable")
        }
    }

    impl std::error::Error for GraphMissing {
        fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
            Some(&self.0)
        }
    }

    #[test]
    fn a_setup_error_is_printed_with_each_cause_once() {
        let io = || std::io::Error::new(std::io::ErrorKind::NotFound, "car.wkb: no such file");
        let setup = Error::Setup(Box::new(GraphMissing(io())));
        assert_eq!(
            error_chain(&setup),
            "stage setup failed: street graph unreadable: car.wkb: no such file"
        );
        // Our own messages name their source already: it is not repeated.
        let runtime = Error::Runtime(io());
        assert_eq!(
            error_chain(&runtime),
            "cannot start the async runtime: car.wkb: no such file"
        );
    }
}
