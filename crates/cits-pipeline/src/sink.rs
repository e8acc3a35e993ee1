//! Consumes the pipeline's outputs (predictions, the matched trajectories they come from,
//! collision risks, DENMs, dead letters): counts them (DENMs per lifecycle step, see
//! [`crate::denm`]), keeps them for inspection if asked, and exports them as JSON lines.
//! Topics no stage of the table uses are not consumed.

use std::collections::BTreeMap;
use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use cits_proto::{CitsMessage, CollisionRisk, DeadLetter, MatchedTrajectory, Prediction};
use prost::Message as _;
use rskafka::client::partition::PartitionClient;
use tokio::task::JoinHandle;

use crate::denm::DenmTally;
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
/// Name of the export file of predictions.
pub const PREDICTIONS_FILE: &str = "predictions.jsonl";
/// Name of the export file of collision risks.
pub const RISKS_FILE: &str = "risks.jsonl";
/// Name of the export file of DENMs (decoded; the UPER bytes as base64).
pub const DENM_FILE: &str = "denm.jsonl";
/// Name of the export file of dead letters.
pub const DLQ_FILE: &str = "dlq.jsonl";

/// What the pipeline produced, as consumed so far.
#[derive(Debug, Clone, Default)]
pub struct Outputs {
    /// Matched trajectory updates consumed.
    pub matched_count: u64,
    /// Predictions consumed.
    pub predictions_count: u64,
    /// Collision risks consumed.
    pub risks_count: u64,
    /// DENMs consumed (decodable ones; the others count as undecodable).
    pub denm_count: u64,
    /// DENMs per lifecycle step, classified from their UPER bytes.
    pub denm: DenmTally,
    /// Dead letters consumed.
    pub dlq_count: u64,
    /// Dead letters consumed, per stage that wrote them (accounting per stage).
    pub dlq_by_stage: BTreeMap<String, u64>,
    /// Records on the output topics that did not decode as their protobuf type.
    pub undecodable: u64,
    /// Consumer errors (fetch failures, export write failures), rendered; the latest few.
    pub errors: Vec<String>,
    /// The matched trajectories, when the pipeline keeps outputs.
    pub matched: Vec<MatchedTrajectory>,
    /// The predictions, when the pipeline keeps outputs.
    pub predictions: Vec<Prediction>,
    /// The collision risks, when the pipeline keeps outputs.
    pub risks: Vec<CollisionRisk>,
    /// The DENM records, when the pipeline keeps outputs.
    pub denms: Vec<CitsMessage>,
    /// The dead letters, when the pipeline keeps outputs.
    pub dead_letters: Vec<DeadLetter>,
}

/// Errors kept in [`Outputs::errors`] (older ones are dropped).
const MAX_KEPT_ERRORS: usize = 20;

/// The output topics consumed; the index into [`State::files`] and [`State::positions`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Matched trajectories.
    Matched = 0,
    /// Predictions.
    Predictions = 1,
    /// Collision risks.
    Risks = 2,
    /// DENMs.
    Denm = 3,
    /// Dead letters.
    Dlq = 4,
}

/// Number of [`Kind`]s.
pub(crate) const KINDS: usize = 5;

impl Kind {
    /// Every kind, in index order.
    pub(crate) const ALL: [Kind; KINDS] = [
        Kind::Matched,
        Kind::Predictions,
        Kind::Risks,
        Kind::Denm,
        Kind::Dlq,
    ];

    /// The export file name.
    fn file_name(self) -> &'static str {
        match self {
            Kind::Matched => MATCHED_FILE,
            Kind::Predictions => PREDICTIONS_FILE,
            Kind::Risks => RISKS_FILE,
            Kind::Denm => DENM_FILE,
            Kind::Dlq => DLQ_FILE,
        }
    }
}

struct State {
    outputs: Outputs,
    keep: bool,
    /// Export file per kind.
    files: [Option<(PathBuf, BufWriter<File>)>; KINDS],
    /// Next offset to fetch per kind and partition slot.
    positions: [Vec<i64>; KINDS],
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
    /// Starts consuming the partitions of each kind (index [`Kind`]) from the given offsets.
    pub(crate) fn start(
        partitions: [Vec<(Arc<PartitionClient>, i64)>; KINDS],
        keep: bool,
        export_dir: Option<&Path>,
    ) -> Result<Self> {
        let mut files: [Option<(PathBuf, BufWriter<File>)>; KINDS] = Default::default();
        if let Some(dir) = export_dir {
            std::fs::create_dir_all(dir).map_err(|source| Error::Io {
                action: "create",
                path: dir.to_owned(),
                source,
            })?;
            // Only the topics the pipeline uses: no empty files for stages not there.
            for (kind, parts) in Kind::ALL.into_iter().zip(&partitions) {
                if !parts.is_empty() {
                    files[kind as usize] = Some(create(dir, kind.file_name())?);
                }
            }
        }
        let positions = partitions
            .each_ref()
            .map(|p| p.iter().map(|(_, o)| *o).collect());
        let state = Arc::new(Mutex::new(State {
            outputs: Outputs::default(),
            keep,
            files,
            positions,
        }));
        let mut tasks = Vec::new();
        for (kind, partitions) in Kind::ALL.into_iter().zip(partitions) {
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

    /// Next offsets to consume, summed per kind (index [`Kind`]).
    pub(crate) fn positions(&self) -> [i64; KINDS] {
        self.state
            .lock()
            .map(|s| s.positions.each_ref().map(|v| v.iter().sum::<i64>()))
            .unwrap_or_default()
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
        for (path, file) in guard.files.iter_mut().flatten() {
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

/// Decodes one record of `kind` (`key`: the record's key), counts and keeps it; its JSON
/// line if `export`. The error says why it does not decode.
fn take(
    kind: Kind,
    key: Option<&[u8]>,
    value: &[u8],
    export: bool,
    outputs: &mut Outputs,
    keep: bool,
) -> Result<Option<serde_json::Value>, String> {
    Ok(match kind {
        Kind::Matched => {
            let m = MatchedTrajectory::decode(value).map_err(|e| e.to_string())?;
            outputs.matched_count += 1;
            let line = export.then(|| json::matched(&m));
            if keep {
                outputs.matched.push(m);
            }
            line
        }
        Kind::Predictions => {
            let p = Prediction::decode(value).map_err(|e| e.to_string())?;
            outputs.predictions_count += 1;
            let line = export.then(|| json::prediction(&p));
            if keep {
                outputs.predictions.push(p);
            }
            line
        }
        Kind::Risks => {
            let r = CollisionRisk::decode(value).map_err(|e| e.to_string())?;
            outputs.risks_count += 1;
            let line = export.then(|| json::risk(&r));
            if keep {
                outputs.risks.push(r);
            }
            line
        }
        Kind::Denm => {
            let message = CitsMessage::decode(value).map_err(|e| e.to_string())?;
            let info = crate::denm::decode_message(&message).map_err(|e| e.to_string())?;
            outputs.denm_count += 1;
            let step = outputs.denm.count(&info);
            let line = export.then(|| json::denm(key, &info, step, value));
            if keep {
                outputs.denms.push(message);
            }
            line
        }
        Kind::Dlq => {
            let d = DeadLetter::decode(value).map_err(|e| e.to_string())?;
            outputs.dlq_count += 1;
            *outputs.dlq_by_stage.entry(d.stage.clone()).or_default() += 1;
            let line = export.then(|| json::dead_letter(&d));
            if keep {
                outputs.dead_letters.push(d);
            }
            line
        }
    })
}

async fn consume(kind: Kind, slot: usize, pc: Arc<PartitionClient>, state: Arc<Mutex<State>>) {
    let k = kind as usize;
    loop {
        let offset = match state.lock() {
            Ok(s) => s.positions[k].get(slot).copied().unwrap_or(0),
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
        let exporting = s.files[k].is_some();
        for record in records {
            if record.offset < offset {
                continue;
            }
            next = record.offset + 1;
            let value = record.record.value.unwrap_or_default();
            let key = record.record.key.as_deref();
            let line = match take(kind, key, &value, exporting, &mut s.outputs, s.keep) {
                Ok(Some(line)) => line,
                Ok(None) => continue,
                Err(_) => {
                    s.outputs.undecodable += 1;
                    continue;
                }
            };
            let failed = match &mut s.files[k] {
                Some((path, writer)) => writeln!(writer, "{line}")
                    .err()
                    .map(|e| format!("cannot write {}: {e}", path.display())),
                None => None,
            };
            if let Some(message) = failed {
                s.error(message);
            }
        }
        if let Some(position) = s.positions[k].get_mut(slot) {
            *position = next;
        }
        if let Some((_, writer)) = &mut s.files[k] {
            // Flushed per fetch so `tail -f` shows progress; a failure shows at stop().
            let _ = writer.flush();
        }
    }
}
