//! Consumes the pipeline's outputs (matched trajectories, dead letters): counts them,
//! keeps them for inspection if asked, and exports them as JSON lines.

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use cits_proto::{DeadLetter, MatchedTrajectory};
use prost::Message as _;
use rskafka::client::partition::PartitionClient;
use tokio::task::JoinHandle;

use crate::error::{Error, Result};
use crate::json;
use crate::kafka::{timed, OP_TIMEOUT};

/// Long-poll wait of the output consumers. tansu waits the full time on every fetch, so
/// this is also their polling period; 50 ms keeps the summary live at little cost.
pub const SINK_MAX_WAIT_MS: i32 = 50;

/// Bytes fetched per request per partition.
const FETCH_MAX_BYTES: i32 = 1024 * 1024;

/// Pause after a failed fetch before trying again.
const RETRY_PAUSE: Duration = Duration::from_millis(500);

/// Name of the export file of matched trajectories.
pub const MATCHED_FILE: &str = "matched.jsonl";
/// Name of the export file of dead letters.
pub const DLQ_FILE: &str = "dlq.jsonl";

/// What the pipeline produced, as consumed so far.
#[derive(Debug, Clone, Default)]
pub struct Outputs {
    /// Matched trajectory updates consumed.
    pub matched_count: u64,
    /// Dead letters consumed.
    pub dlq_count: u64,
    /// Records on the output topics that did not decode as their protobuf type.
    pub undecodable: u64,
    /// Consumer errors (fetch failures, export write failures), rendered; the latest few.
    pub errors: Vec<String>,
    /// The matched trajectories, when the pipeline keeps outputs.
    pub matched: Vec<MatchedTrajectory>,
    /// The dead letters, when the pipeline keeps outputs.
    pub dead_letters: Vec<DeadLetter>,
}

/// Errors kept in [`Outputs::errors`] (older ones are dropped).
const MAX_KEPT_ERRORS: usize = 20;

struct State {
    outputs: Outputs,
    keep: bool,
    matched_file: Option<(PathBuf, BufWriter<File>)>,
    dlq_file: Option<(PathBuf, BufWriter<File>)>,
    /// Next offset to fetch per (topic index 0 = matched, 1 = dlq, partition slot).
    positions: Vec<Vec<i64>>,
}

impl State {
    fn error(&mut self, message: String) {
        if self.outputs.errors.len() >= MAX_KEPT_ERRORS {
            self.outputs.errors.remove(0);
        }
        self.outputs.errors.push(message);
    }
}

/// The running output consumers.
pub(crate) struct Sink {
    state: Arc<Mutex<State>>,
    tasks: Vec<JoinHandle<()>>,
}

fn create(dir: &Path, name: &str) -> Result<(PathBuf, BufWriter<File>)> {
    let path = dir.join(name);
    let file = File::create(&path).map_err(|source| Error::Io {
        action: "create",
        path: path.clone(),
        source,
    })?;
    Ok((path, BufWriter::new(file)))
}

impl Sink {
    /// Starts consuming `matched` and `dlq` partitions from the given offsets.
    pub(crate) fn start(
        matched: Vec<(Arc<PartitionClient>, i64)>,
        dlq: Vec<(Arc<PartitionClient>, i64)>,
        keep: bool,
        export_dir: Option<&Path>,
    ) -> Result<Self> {
        let (matched_file, dlq_file) = match export_dir {
            Some(dir) => {
                std::fs::create_dir_all(dir).map_err(|source| Error::Io {
                    action: "create",
                    path: dir.to_owned(),
                    source,
                })?;
                (
                    Some(create(dir, MATCHED_FILE)?),
                    Some(create(dir, DLQ_FILE)?),
                )
            }
            None => (None, None),
        };
        let state = Arc::new(Mutex::new(State {
            outputs: Outputs::default(),
            keep,
            matched_file,
            dlq_file,
            positions: vec![
                matched.iter().map(|(_, o)| *o).collect(),
                dlq.iter().map(|(_, o)| *o).collect(),
            ],
        }));
        let mut tasks = Vec::new();
        for (kind, partitions) in [(0usize, matched), (1usize, dlq)] {
            for (slot, (pc, _)) in partitions.into_iter().enumerate() {
                let state = Arc::clone(&state);
                tasks.push(tokio::spawn(consume(kind, slot, pc, state)));
            }
        }
        Ok(Self { state, tasks })
    }

    /// A copy of the outputs so far.
    pub(crate) fn outputs(&self) -> Outputs {
        self.state
            .lock()
            .map(|s| s.outputs.clone())
            .unwrap_or_default()
    }

    /// Next offsets to consume, summed per output topic: (matched, dlq).
    pub(crate) fn positions(&self) -> (i64, i64) {
        self.state
            .lock()
            .map(|s| {
                let sum = |v: &Vec<i64>| v.iter().sum::<i64>();
                (
                    s.positions.first().map_or(0, sum),
                    s.positions.get(1).map_or(0, sum),
                )
            })
            .unwrap_or((0, 0))
    }

    /// Stops consuming and flushes the exports.
    pub(crate) fn stop(&mut self) -> Result<()> {
        for task in self.tasks.drain(..) {
            task.abort();
        }
        let mut guard = self
            .state
            .lock()
            .map_err(|_| Error::Config("sink state poisoned".into()))?;
        let state = &mut *guard;
        for (path, file) in [state.matched_file.as_mut(), state.dlq_file.as_mut()]
            .into_iter()
            .flatten()
        {
            file.flush().map_err(|source| Error::Io {
                action: "write",
                path: path.clone(),
                source,
            })?;
        }
        Ok(())
    }
}

impl Drop for Sink {
    fn drop(&mut self) {
        for task in &self.tasks {
            task.abort();
        }
    }
}

async fn consume(kind: usize, slot: usize, pc: Arc<PartitionClient>, state: Arc<Mutex<State>>) {
    loop {
        let offset = match state.lock() {
            Ok(s) => s
                .positions
                .get(kind)
                .and_then(|v| v.get(slot))
                .copied()
                .unwrap_or(0),
            Err(_) => return,
        };
        let fetched = timed(
            "fetch",
            || format!("{}/{}", pc.topic(), pc.partition()),
            OP_TIMEOUT,
            pc.fetch_records(offset, 1..FETCH_MAX_BYTES, SINK_MAX_WAIT_MS),
        )
        .await;
        let records = match fetched {
            Ok((records, _high_watermark)) => records,
            Err(e) => {
                if let Ok(mut s) = state.lock() {
                    s.error(e.to_string());
                }
                tokio::time::sleep(RETRY_PAUSE).await;
                continue;
            }
        };
        let Ok(mut s) = state.lock() else { return };
        let s = &mut *s;
        let mut next = offset;
        // JSON only for an export file: building it costs more than the decode.
        let exporting = if kind == 0 {
            s.matched_file.is_some()
        } else {
            s.dlq_file.is_some()
        };
        for record in records {
            if record.offset < offset {
                continue;
            }
            next = record.offset + 1;
            let value = record.record.value.unwrap_or_default();
            let line = if kind == 0 {
                MatchedTrajectory::decode(value.as_slice()).map(|m| {
                    s.outputs.matched_count += 1;
                    let line = exporting.then(|| json::matched(&m));
                    if s.keep {
                        s.outputs.matched.push(m);
                    }
                    line
                })
            } else {
                DeadLetter::decode(value.as_slice()).map(|d| {
                    s.outputs.dlq_count += 1;
                    let line = exporting.then(|| json::dead_letter(&d));
                    if s.keep {
                        s.outputs.dead_letters.push(d);
                    }
                    line
                })
            };
            let line = match line {
                Ok(Some(line)) => line,
                Ok(None) => continue,
                Err(_) => {
                    s.outputs.undecodable += 1;
                    continue;
                }
            };
            let file = if kind == 0 {
                &mut s.matched_file
            } else {
                &mut s.dlq_file
            };
            let failed = match file {
                Some((path, writer)) => writeln!(writer, "{line}")
                    .err()
                    .map(|e| format!("cannot write {}: {e}", path.display())),
                None => None,
            };
            if let Some(message) = failed {
                s.error(message);
            }
        }
        if let Some(position) = s.positions.get_mut(kind).and_then(|v| v.get_mut(slot)) {
            *position = next;
        }
        let file = if kind == 0 {
            &mut s.matched_file
        } else {
            &mut s.dlq_file
        };
        if let Some((_, writer)) = file {
            // Flushed per fetch so `tail -f` shows progress; a failure shows at stop().
            let _ = writer.flush();
        }
    }
}
