//! Replaying a recording into the raw topic, as roadside units would send it.

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use cits_proto::{CitsMessage, Encoding, MessageKind, Trace, TraceEntry};
use cits_sim::recording::Entry;
use prost::Message as _;
use rskafka::client::partition::{Compression, PartitionClient};
use rskafka::record::Record;
use tokio::sync::watch;

use crate::config::Speed;
use crate::error::{Error, Result};
use crate::kafka::{timed, OP_TIMEOUT};

/// Provider name put into replayed messages when none is configured.
pub const DEFAULT_PROVIDER: &str = "cits-replay";

/// Largest number of records in one produce request: bounds the request size
/// (CPMs are a few hundred bytes) while amortizing round trips at `--speed max`.
pub const MAX_BATCH_RECORDS: usize = 500;

/// Byte offset of the station id in a UPER-encoded ETSI message: the ItsPduHeader is
/// `protocolVersion (8 bits) | messageID (8 bits) | stationID (32 bits)`, fixed-size fields
/// without extension bits or optionals, so the station id is bytes 2..6, big-endian.
const STATION_ID_BYTES: std::ops::Range<usize> = 2..6;

/// Trace stage name of the replayer's entry.
pub const INGEST_STAGE: &str = "ingest";

/// The protobuf type name the stages expect in the type header of raw records.
const RAW_TYPE_NAME: &str = "cits.v1.CitsMessage";

/// How replayed messages are labelled.
#[derive(Debug, Clone)]
pub struct ReplayOptions {
    /// Pace.
    pub speed: Speed,
    /// `CitsMessage.provider`.
    pub provider: String,
    /// Station id used when a message's header cannot be read.
    pub default_station_id: u32,
}

impl Default for ReplayOptions {
    fn default() -> Self {
        Self {
            speed: Speed::Factor(1.0),
            provider: DEFAULT_PROVIDER.to_owned(),
            default_station_id: 0,
        }
    }
}

/// What a replay did.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ReplayReport {
    /// Messages produced.
    pub messages: u64,
    /// Payload bytes produced (the ETSI messages, without the wrapper).
    pub payload_bytes: u64,
    /// Wall time of the replay.
    pub elapsed: Duration,
}

/// The station id in a UPER-encoded ETSI message's header, if the message is long enough.
pub fn station_id_of(uper: &[u8]) -> Option<u32> {
    let bytes: [u8; 4] = uper.get(STATION_ID_BYTES)?.try_into().ok()?;
    Some(u32::from_be_bytes(bytes))
}

/// Unix epoch nanoseconds now.
pub fn now_ns() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| u64::try_from(d.as_nanos()).unwrap_or(u64::MAX))
        .unwrap_or(0)
}

/// Wraps one recorded message the way an ingest gateway would: a fresh UUID, the station
/// id from the message header, the recorded send time, and a trace that starts with an
/// `ingest` entry stamped `now_ns`.
pub fn wrap(entry: &Entry, options: &ReplayOptions, instance: &str, now_ns: u64) -> CitsMessage {
    CitsMessage {
        uuid: uuid::Uuid::new_v4().to_string(),
        station_id: station_id_of(&entry.bytes).unwrap_or(options.default_station_id),
        provider: options.provider.clone(),
        send_time_ms: entry.timestamp_ms,
        kind: MessageKind::Cpm.into(),
        encoding: Encoding::Uper.into(),
        payload: entry.bytes.clone(),
        trace: Some(Trace {
            entries: vec![TraceEntry {
                stage: INGEST_STAGE.to_owned(),
                instance: instance.to_owned(),
                received_ns: now_ns,
                sent_ns: now_ns,
            }],
        }),
    }
}

/// Produces to the raw topic. Cheap to clone; usable from any task.
#[derive(Clone)]
pub struct Replayer {
    /// One client per raw partition, in partition order.
    partitions: Arc<Vec<Arc<PartitionClient>>>,
    /// Messages produced so far by all clones (for live summaries).
    produced: Arc<AtomicU64>,
}

impl Replayer {
    pub(crate) fn new(partitions: Vec<Arc<PartitionClient>>) -> Self {
        Self {
            partitions: Arc::new(partitions),
            produced: Arc::new(AtomicU64::new(0)),
        }
    }

    /// Messages produced so far.
    pub fn produced(&self) -> u64 {
        self.produced.load(Ordering::Relaxed)
    }

    /// Produces raw records as they are (tests use this for garbage input). A `None`
    /// key goes to partition 0.
    pub async fn produce_raw(&self, records: Vec<(Option<Vec<u8>>, Vec<u8>)>) -> Result<()> {
        let mut by_partition: BTreeMap<usize, Vec<Record>> = BTreeMap::new();
        for (key, value) in records {
            let index = match &key {
                Some(k) => cits_stage::partitioner::partition_for_key(k, self.partitions.len()),
                None => 0,
            };
            by_partition.entry(index).or_default().push(Record {
                key,
                value: Some(value),
                headers: BTreeMap::new(),
                timestamp: chrono::Utc::now(),
            });
        }
        for (index, records) in by_partition {
            let pc = self
                .partitions
                .get(index)
                .ok_or_else(|| Error::Config("raw topic has no partitions".into()))?;
            let n = records.len() as u64;
            produce(pc, records).await?;
            self.produced.fetch_add(n, Ordering::Relaxed);
        }
        Ok(())
    }

    /// Replays `entries` at the recording's pace × `options.speed` (or as fast as
    /// possible), each wrapped by [`wrap`]. The same as [`Replayer::replay_controlled`]
    /// with a control nobody else holds.
    pub async fn replay(&self, entries: &[Entry], options: &ReplayOptions) -> Result<ReplayReport> {
        let control = ReplayControl::new(options.speed, entries.len() as u64);
        self.replay_controlled(entries, options, &control).await
    }

    /// Replays `entries` paced by `control`: at the recording's pace × the control's speed
    /// (or as fast as possible with [`Speed::Max`], whatever speed is asked later), nothing
    /// while it is paused, and a speed change or a resume takes effect at once, continuing
    /// from the recording position reached (nothing is replayed twice, nothing skipped).
    /// The pace is the control's ([`ReplayControl::new`] takes the initial one):
    /// `options.speed` is not read here. Progress is reported to the control.
    pub async fn replay_controlled(
        &self,
        entries: &[Entry],
        options: &ReplayOptions,
        control: &ReplayControl,
    ) -> Result<ReplayReport> {
        let mut pacer = Pacer::new(entries, control);
        let mut report = ReplayReport {
            messages: 0,
            payload_bytes: 0,
            elapsed: Duration::ZERO,
        };
        while let Some(batch) = pacer.next_batch().await? {
            let mut by_partition: BTreeMap<usize, Vec<Record>> = BTreeMap::new();
            let stamp = now_ns();
            for entry in entries.get(batch).unwrap_or_default() {
                let message = wrap(entry, options, "replay-0", stamp);
                let key = message.station_id.to_string().into_bytes();
                let index = cits_stage::partitioner::partition_for_key(&key, self.partitions.len());
                by_partition.entry(index).or_default().push(Record {
                    key: Some(key),
                    value: Some(message.encode_to_vec()),
                    headers: BTreeMap::from([(
                        cits_stage::TYPE_HEADER.to_owned(),
                        RAW_TYPE_NAME.as_bytes().to_vec(),
                    )]),
                    timestamp: chrono::DateTime::from_timestamp_millis(
                        i64::try_from(entry.timestamp_ms).unwrap_or(i64::MAX),
                    )
                    .unwrap_or_default(),
                });
                report.payload_bytes += entry.bytes.len() as u64;
            }
            for (index, records) in by_partition {
                let pc = self
                    .partitions
                    .get(index)
                    .ok_or_else(|| Error::Config("raw topic has no partitions".into()))?;
                let n = records.len() as u64;
                produce(pc, records).await?;
                report.messages += n;
                self.produced.fetch_add(n, Ordering::Relaxed);
            }
            pacer.produced(report.messages);
        }
        report.elapsed = pacer.elapsed();
        Ok(report)
    }
}

/// Slowest replay speed the controls accept: a tenth of the recorded pace already stretches
/// the 15 s sample to 2.5 min; slower than that is what pause is for.
pub const MIN_SPEED: f64 = 0.1;

/// Fastest replay speed the controls accept: beyond it the produce round trips of a small
/// machine, not the recording, set the pace (`--speed max` is for as fast as possible).
pub const MAX_SPEED: f64 = 64.0;

/// The pace a factor stands for: one that is not a positive finite number counts as 1 (the
/// recorded pace). Parsing [`Speed`] rejects those already; this keeps a hand-built one
/// from stalling the replay or panicking in a duration conversion.
fn sane_factor(factor: f64) -> f64 {
    if factor.is_finite() && factor > 0.0 {
        factor
    } else {
        1.0
    }
}

/// Where a paced replay is in its recording, as a function of wall time. Pure: the wall
/// time is passed in (as the time since the replay started), so pausing, resuming and
/// speed changes are tested without sleeping.
///
/// At wall time `anchor_wall` the recording was at `anchor_recording_ms` (ms since its
/// first entry); from there it advances `factor` recording ms per wall ms unless paused.
/// Every change re-anchors at the position reached, so the position never jumps: what was
/// due stays due (nothing already replayed comes again) and nothing becomes due early.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ReplayClock {
    anchor_wall: Duration,
    anchor_recording_ms: f64,
    factor: f64,
    paused: bool,
}

impl ReplayClock {
    /// A running clock at the recording's start at wall time `now`, advancing `factor`
    /// times the recorded pace (a factor that is not a positive finite number counts as 1).
    pub fn new(factor: f64, now: Duration) -> Self {
        Self {
            anchor_wall: now,
            anchor_recording_ms: 0.0,
            factor: sane_factor(factor),
            paused: false,
        }
    }

    /// The speed factor.
    pub fn factor(&self) -> f64 {
        self.factor
    }

    /// Whether the clock stands still.
    pub fn is_paused(&self) -> bool {
        self.paused
    }

    /// The recording position (ms since the first entry) at wall time `now`. A `now`
    /// before the last anchor counts as the anchor (time does not run backwards).
    pub fn position_ms(&self, now: Duration) -> f64 {
        if self.paused {
            return self.anchor_recording_ms;
        }
        let wall_ms = now.saturating_sub(self.anchor_wall).as_secs_f64() * 1000.0;
        self.anchor_recording_ms + wall_ms * self.factor
    }

    /// Whether the entry recorded `entry_ms` after the first one is due at `now`: never
    /// while paused.
    pub fn due(&self, entry_ms: u64, now: Duration) -> bool {
        !self.paused && entry_ms as f64 <= self.position_ms(now)
    }

    /// How long after `now` the entry recorded `entry_ms` after the first one falls due
    /// (zero: it is due), if the clock keeps its pace; `None` while paused (only a resume
    /// makes anything due).
    pub fn wait(&self, entry_ms: u64, now: Duration) -> Option<Duration> {
        if self.paused {
            return None;
        }
        let ahead_ms = entry_ms as f64 - self.position_ms(now);
        if ahead_ms <= 0.0 {
            return Some(Duration::ZERO);
        }
        Some(Duration::try_from_secs_f64(ahead_ms / self.factor / 1000.0).unwrap_or(Duration::MAX))
    }

    /// Stops the clock at the position reached at `now`.
    pub fn pause(&mut self, now: Duration) {
        if !self.paused {
            self.reanchor(now);
            self.paused = true;
        }
    }

    /// Starts the clock again at `now` from the position it was paused at.
    pub fn resume(&mut self, now: Duration) {
        if self.paused {
            self.anchor_wall = now.max(self.anchor_wall);
            self.paused = false;
        }
    }

    /// Changes the pace from `now` on, continuing from the position reached at `now` (a
    /// paused clock stays paused, at its position).
    pub fn set_speed(&mut self, factor: f64, now: Duration) {
        self.reanchor(now);
        self.factor = sane_factor(factor);
    }

    fn reanchor(&mut self, now: Duration) {
        self.anchor_recording_ms = self.position_ms(now);
        self.anchor_wall = now.max(self.anchor_wall);
    }
}

/// What a [`ReplayControl`] asks of the replay.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Settings {
    paused: bool,
    speed: Speed,
}

/// How far the replay got (reported by the replay, read by [`ReplayControl::status`]).
#[derive(Debug, Default)]
struct Progress {
    replayed: u64,
    total: u64,
    position_ms: u64,
    duration_ms: u64,
    done: bool,
}

#[derive(Debug)]
struct Shared {
    /// The replay waits on this: a change wakes it from sleeping until the next entry.
    settings: watch::Sender<Settings>,
    progress: Mutex<Progress>,
}

/// Pause, resume and speed of a running replay ([`Replayer::replay_controlled`]), and its
/// progress: what the live view's replay controls act on. Cheap to clone; every clone
/// controls the same replay.
#[derive(Debug, Clone)]
pub struct ReplayControl {
    shared: Arc<Shared>,
}

/// A controlled replay's state: what `GET /api/replay` of the live view answers (see
/// [`ReplayStatus::to_json`]) and what `cits up` prints.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ReplayStatus {
    /// Whether the replay is paused (it produces nothing until resumed).
    pub paused: bool,
    /// The pace.
    pub speed: Speed,
    /// Messages produced so far.
    pub replayed: u64,
    /// Messages in the recording.
    pub total: u64,
    /// Recording time of the last message produced, ms after the recording's first entry.
    pub position_ms: u64,
    /// Recording time of the last entry, ms after the first (the recording's length).
    pub duration_ms: u64,
    /// Whether every message has been produced.
    pub done: bool,
}

impl ReplayStatus {
    /// As JSON: `{"replay": true, "paused", "speed" (the factor, or "max"), "replayed",
    /// "total", "position_ms", "duration_ms", "done"}`; `"replay": true` tells it apart
    /// from the live view's answer when there is no replay (`{"replay": false}`).
    pub fn to_json(&self) -> serde_json::Value {
        let speed = match self.speed {
            Speed::Factor(f) => serde_json::json!(f),
            Speed::Max => serde_json::json!("max"),
        };
        serde_json::json!({
            "replay": true,
            "paused": self.paused,
            "speed": speed,
            "replayed": self.replayed,
            "total": self.total,
            "position_ms": self.position_ms,
            "duration_ms": self.duration_ms,
            "done": self.done,
        })
    }
}

impl ReplayControl {
    /// A running (not paused) control at `speed` for a recording of `total` messages
    /// (the replay sets the total again from what it is given). The initial speed is
    /// taken as given (`--speed` accepts any positive factor); only changes are held to
    /// [`MIN_SPEED`]..=[`MAX_SPEED`].
    pub fn new(speed: Speed, total: u64) -> Self {
        let speed = match speed {
            Speed::Factor(f) => Speed::Factor(sane_factor(f)),
            Speed::Max => Speed::Max,
        };
        let (settings, _) = watch::channel(Settings {
            paused: false,
            speed,
        });
        Self {
            shared: Arc::new(Shared {
                settings,
                progress: Mutex::new(Progress {
                    total,
                    ..Progress::default()
                }),
            }),
        }
    }

    /// Pauses the replay: it produces nothing more until [`ReplayControl::resume`] (a
    /// batch already being produced completes).
    pub fn pause(&self) {
        self.shared.settings.send_if_modified(|s| {
            let changed = !s.paused;
            s.paused = true;
            changed
        });
    }

    /// Resumes a paused replay from the recording position it was paused at.
    pub fn resume(&self) {
        self.shared.settings.send_if_modified(|s| {
            let changed = s.paused;
            s.paused = false;
            changed
        });
    }

    /// Whether the replay is paused.
    pub fn is_paused(&self) -> bool {
        self.shared.settings.borrow().paused
    }

    /// Sets the pace to `factor` × the recorded pace from now on. Fails (and changes
    /// nothing) for a factor outside [`MIN_SPEED`]..=[`MAX_SPEED`] (or not a number) and
    /// for a replay at [`Speed::Max`], which has no pace to change (it can be paused).
    pub fn set_speed(&self, factor: f64) -> Result<()> {
        if !factor.is_finite() || !(MIN_SPEED..=MAX_SPEED).contains(&factor) {
            return Err(Error::Config(format!(
                "replay speed must be a factor from {MIN_SPEED} to {MAX_SPEED}, not {factor}"
            )));
        }
        let mut result = Ok(());
        self.shared.settings.send_if_modified(|s| match s.speed {
            Speed::Max => {
                result = Err(Error::Config(
                    "the replay runs at speed max (as fast as the broker takes it): its pace cannot be changed, only paused".into(),
                ));
                false
            }
            Speed::Factor(old) => {
                s.speed = Speed::Factor(factor);
                old != factor
            }
        });
        result
    }

    /// The replay's state now.
    pub fn status(&self) -> ReplayStatus {
        let settings = *self.shared.settings.borrow();
        let p = self.progress();
        ReplayStatus {
            paused: settings.paused,
            speed: settings.speed,
            replayed: p.replayed,
            total: p.total,
            position_ms: p.position_ms,
            duration_ms: p.duration_ms,
            done: p.done,
        }
    }

    fn progress(&self) -> std::sync::MutexGuard<'_, Progress> {
        // A poisoned lock still holds plain counters worth reading.
        self.shared
            .progress
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    fn subscribe(&self) -> watch::Receiver<Settings> {
        self.shared.settings.subscribe()
    }

    /// A replay of `total` entries spanning `duration_ms` starts.
    fn begin(&self, total: u64, duration_ms: u64) {
        let mut p = self.progress();
        *p = Progress {
            total,
            duration_ms,
            ..Progress::default()
        };
    }

    /// `replayed` messages are produced, the last recorded at `position_ms`.
    fn advance(&self, replayed: u64, position_ms: u64) {
        let mut p = self.progress();
        p.replayed = replayed;
        p.position_ms = position_ms;
    }

    /// Every message is produced.
    fn finish(&self) {
        self.progress().done = true;
    }
}

/// Hands out the entries of a replay in batches as they fall due under a
/// [`ReplayControl`]; the producing is the caller's (so the pacing is tested without a
/// broker).
struct Pacer<'a> {
    entries: &'a [Entry],
    first_ms: u64,
    /// The first entry not handed out yet.
    next: usize,
    control: ReplayControl,
    changes: watch::Receiver<Settings>,
    /// The settings the clock follows.
    settings: Settings,
    clock: ReplayClock,
    started: Instant,
}

impl<'a> Pacer<'a> {
    fn new(entries: &'a [Entry], control: &ReplayControl) -> Self {
        let first_ms = entries.first().map_or(0, |e| e.timestamp_ms);
        let last_ms = entries.last().map_or(0, |e| e.timestamp_ms);
        control.begin(entries.len() as u64, last_ms.saturating_sub(first_ms));
        let mut changes = control.subscribe();
        let settings = *changes.borrow_and_update();
        let mut clock = ReplayClock::new(factor_of(settings.speed), Duration::ZERO);
        if settings.paused {
            clock.pause(Duration::ZERO);
        }
        Self {
            entries,
            first_ms,
            next: 0,
            control: control.clone(),
            changes,
            settings,
            clock,
            started: Instant::now(),
        }
    }

    /// Wall time since the replay started.
    fn elapsed(&self) -> Duration {
        self.started.elapsed()
    }

    /// Recording time of entry `index`, ms after the first entry.
    fn offset(&self, index: usize) -> u64 {
        self.entries
            .get(index)
            .map_or(0, |e| e.timestamp_ms.saturating_sub(self.first_ms))
    }

    /// Takes new settings into the clock, at the position reached now.
    fn apply(&mut self, new: Settings) {
        let now = self.elapsed();
        if let Speed::Factor(factor) = new.speed {
            if new.speed != self.settings.speed {
                self.clock.set_speed(factor, now);
            }
        }
        if new.paused {
            self.clock.pause(now);
        } else {
            self.clock.resume(now);
        }
        self.settings = new;
    }

    /// The next batch (a range of entry indices, at most [`MAX_BATCH_RECORDS`]) once its
    /// first entry is due; `None` when every entry was handed out.
    async fn next_batch(&mut self) -> Result<Option<std::ops::Range<usize>>> {
        loop {
            if self.next >= self.entries.len() {
                // The caller produced every batch before asking again.
                self.control.finish();
                return Ok(None);
            }
            if self.changes.has_changed().unwrap_or(false) {
                let new = *self.changes.borrow_and_update();
                self.apply(new);
            }
            let now = self.elapsed();
            let max = self.settings.speed == Speed::Max;
            let wait = if self.settings.paused {
                None
            } else if max {
                Some(Duration::ZERO)
            } else {
                self.clock.wait(self.offset(self.next), now)
            };
            if wait == Some(Duration::ZERO) {
                let start = self.next;
                while self.next < self.entries.len()
                    && self.next - start < MAX_BATCH_RECORDS
                    && (max || self.clock.due(self.offset(self.next), now))
                {
                    self.next += 1;
                }
                return Ok(Some(start..self.next));
            }
            // Sleep until the entry is due, or until the control changes: a resume or a
            // new speed moves the moment, a pause cancels it.
            let sleep = async move {
                match wait {
                    Some(d) => tokio::time::sleep(d).await,
                    None => std::future::pending().await,
                }
            };
            let changed = tokio::select! {
                () = sleep => false,
                changed = self.changes.changed() => {
                    // The sender lives in the control this pacer holds: it cannot be gone.
                    changed.map_err(|_| Error::Config("replay control closed".into()))?;
                    true
                }
            };
            if changed {
                let new = *self.changes.borrow_and_update();
                self.apply(new);
            }
        }
    }

    /// Reports that the entries handed out so far are produced, `replayed` messages in all.
    fn produced(&self, replayed: u64) {
        self.control
            .advance(replayed, self.offset(self.next.saturating_sub(1)));
    }
}

/// The clock's factor for `speed` (at [`Speed::Max`] the clock is not consulted).
fn factor_of(speed: Speed) -> f64 {
    match speed {
        Speed::Factor(f) => f,
        Speed::Max => 1.0,
    }
}

async fn produce(pc: &PartitionClient, records: Vec<Record>) -> Result<()> {
    timed(
        "produce",
        || format!("{}/{}", pc.topic(), pc.partition()),
        OP_TIMEOUT,
        pc.produce(records, Compression::NoCompression),
    )
    .await
    .map(|_| ())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn station_id_is_read_from_the_uper_header() {
        // protocolVersion 2, messageID 14 (CPM), stationID 0x01020304, then payload.
        let msg = [2u8, 14, 1, 2, 3, 4, 0xff];
        assert_eq!(station_id_of(&msg), Some(0x0102_0304));
        assert_eq!(station_id_of(&msg[..5]), None);
        assert_eq!(station_id_of(&[]), None);
    }

    #[test]
    fn wrap_fills_the_contract_fields() {
        let entry = Entry {
            timestamp_ms: 1_700_000_000_123,
            bytes: vec![2, 14, 0, 0, 0, 42, 9, 9],
        };
        let msg = wrap(&entry, &ReplayOptions::default(), "replay-0", 77);
        assert_eq!(msg.station_id, 42);
        assert_eq!(msg.send_time_ms, entry.timestamp_ms);
        assert_eq!(msg.kind(), MessageKind::Cpm);
        assert_eq!(msg.encoding(), Encoding::Uper);
        assert_eq!(msg.payload, entry.bytes);
        assert!(uuid::Uuid::parse_str(&msg.uuid).is_ok());
        let trace = msg.trace.unwrap_or_default();
        assert_eq!(trace.entries.len(), 1);
        assert_eq!(trace.entries[0].stage, INGEST_STAGE);
        assert_eq!(trace.entries[0].sent_ns, 77);
    }

    fn ms(millis: u64) -> Duration {
        Duration::from_millis(millis)
    }

    #[test]
    fn the_clock_paces_by_the_factor() {
        let clock = ReplayClock::new(4.0, Duration::ZERO);
        assert_eq!(clock.wait(1_000, Duration::ZERO), Some(ms(250)));
        assert!(!clock.due(1_000, ms(249)));
        assert!(clock.due(1_000, ms(250)));
        assert_eq!(clock.wait(1_000, ms(300)), Some(Duration::ZERO));
        assert!(
            clock.due(0, Duration::ZERO),
            "the first entry is due at once"
        );
        let slow = ReplayClock::new(0.5, Duration::ZERO);
        assert_eq!(slow.wait(1_000, Duration::ZERO), Some(ms(2_000)));
    }

    #[test]
    fn a_paused_clock_stands_still_and_resumes_from_the_same_position() {
        let mut clock = ReplayClock::new(1.0, Duration::ZERO);
        clock.pause(ms(400));
        assert!(clock.is_paused());
        // However long the pause, the position stays and nothing more falls due.
        assert_eq!(clock.position_ms(ms(10_000)), 400.0);
        assert!(!clock.due(400, ms(10_000)), "nothing is due while paused");
        assert_eq!(clock.wait(401, ms(10_000)), None);
        clock.pause(ms(20_000));
        assert_eq!(
            clock.position_ms(ms(20_000)),
            400.0,
            "pausing twice changes nothing"
        );
        // Resumed at 30 s: on from 400 ms, not from 30 s into the recording.
        clock.resume(ms(30_000));
        assert!(!clock.is_paused());
        assert_eq!(clock.position_ms(ms(30_000)), 400.0);
        assert!(clock.due(400, ms(30_000)), "what was reached stays reached");
        assert!(!clock.due(401, ms(30_000)));
        assert_eq!(clock.position_ms(ms(30_100)), 500.0);
        assert_eq!(clock.wait(600, ms(30_000)), Some(ms(200)));
        assert!(!clock.due(600, ms(30_199)));
        assert!(clock.due(600, ms(30_200)));
        clock.resume(ms(31_000));
        assert_eq!(
            clock.position_ms(ms(31_000)),
            1_400.0,
            "resuming twice changes nothing"
        );
    }

    #[test]
    fn a_speed_change_reanchors_at_the_current_position() {
        let mut clock = ReplayClock::new(1.0, Duration::ZERO);
        // Faster from 2 s on: the position does not jump, then runs 4× as fast.
        clock.set_speed(4.0, ms(2_000));
        assert_eq!(clock.factor(), 4.0);
        assert_eq!(clock.position_ms(ms(2_000)), 2_000.0);
        assert_eq!(clock.position_ms(ms(2_500)), 4_000.0);
        assert_eq!(clock.wait(6_000, ms(2_500)), Some(ms(500)));
        // Slower from 3 s (position 6 s): what was due stays due.
        clock.set_speed(0.5, ms(3_000));
        assert_eq!(clock.position_ms(ms(3_000)), 6_000.0);
        assert!(clock.due(6_000, ms(3_000)));
        assert!(!clock.due(6_001, ms(3_000)));
        assert_eq!(clock.position_ms(ms(5_000)), 7_000.0);
        // Changed while paused: still paused at its position; the new pace after resume.
        clock.pause(ms(5_000));
        clock.set_speed(2.0, ms(8_000));
        assert!(clock.is_paused());
        assert_eq!(clock.position_ms(ms(9_000)), 7_000.0);
        clock.resume(ms(9_000));
        assert_eq!(clock.position_ms(ms(9_500)), 8_000.0);
    }

    #[test]
    fn the_clock_never_runs_backwards_or_panics_on_odd_input() {
        let mut clock = ReplayClock::new(1.0, ms(1_000));
        assert_eq!(
            clock.position_ms(ms(500)),
            0.0,
            "before its start: at the start"
        );
        clock.set_speed(2.0, ms(3_000));
        clock.set_speed(2.0, ms(2_000));
        assert_eq!(
            clock.position_ms(ms(3_000)),
            2_000.0,
            "an earlier now does not rewind"
        );
        for factor in [0.0, -3.0, f64::NAN, f64::INFINITY] {
            assert_eq!(
                ReplayClock::new(factor, Duration::ZERO).factor(),
                1.0,
                "{factor}"
            );
        }
        let slow = ReplayClock::new(f64::MIN_POSITIVE, Duration::ZERO);
        assert_eq!(slow.wait(u64::MAX, Duration::ZERO), Some(Duration::MAX));
    }

    #[test]
    fn speed_changes_are_held_to_the_named_range() {
        let control = ReplayControl::new(Speed::Factor(4.0), 10);
        for bad in [
            MIN_SPEED / 2.0,
            MAX_SPEED + 1.0,
            0.0,
            -1.0,
            f64::NAN,
            f64::INFINITY,
        ] {
            let err = control.set_speed(bad).expect_err("rejected");
            assert!(
                err.to_string()
                    .contains("replay speed must be a factor from 0.1 to 64"),
                "{err}"
            );
            assert_eq!(
                control.status().speed,
                Speed::Factor(4.0),
                "unchanged by {bad}"
            );
        }
        for good in [MIN_SPEED, 2.5, MAX_SPEED] {
            control.set_speed(good).expect("accepted");
            assert_eq!(control.status().speed, Speed::Factor(good));
        }
        // As fast as possible has no pace: a speed is refused, pausing works.
        let max = ReplayControl::new(Speed::Max, 10);
        let err = max.set_speed(2.0).expect_err("max has no pace");
        assert!(err.to_string().contains("speed max"), "{err}");
        assert_eq!(max.status().speed, Speed::Max);
        max.pause();
        assert!(max.status().paused);
    }

    #[test]
    fn clones_control_the_same_replay_and_status_serialises() {
        let control = ReplayControl::new(Speed::Factor(1.0), 7);
        let other = control.clone();
        other.pause();
        assert!(control.is_paused());
        other.set_speed(8.0).unwrap();
        let status = control.status();
        assert_eq!(
            status,
            ReplayStatus {
                paused: true,
                speed: Speed::Factor(8.0),
                replayed: 0,
                total: 7,
                position_ms: 0,
                duration_ms: 0,
                done: false,
            }
        );
        assert_eq!(
            status.to_json(),
            serde_json::json!({"replay": true, "paused": true, "speed": 8.0, "replayed": 0,
                "total": 7, "position_ms": 0, "duration_ms": 0, "done": false})
        );
        control.resume();
        assert!(!other.is_paused());
        let max = ReplayControl::new(Speed::Max, 1).status().to_json();
        assert_eq!(max["speed"], "max");
    }

    /// Entries `step_ms` apart, the first at a realistic epoch time.
    fn entries(n: u64, step_ms: u64) -> Vec<Entry> {
        (0..n)
            .map(|i| Entry {
                timestamp_ms: 1_700_000_000_000 + i * step_ms,
                bytes: vec![2, 14, 0, 0, 0, i as u8],
            })
            .collect()
    }

    /// Entry indices handed out by a pacer, with the time since it started.
    type HandedOut = Arc<Mutex<Vec<(usize, Duration)>>>;

    /// Runs a pacer over `entries` in a task, recording each entry index handed out and
    /// the wall time since the task started.
    fn run_pacer(
        entries: Vec<Entry>,
        control: &ReplayControl,
    ) -> (HandedOut, tokio::task::JoinHandle<Result<Duration>>) {
        let log = Arc::new(Mutex::new(Vec::new()));
        let (control, out) = (control.clone(), Arc::clone(&log));
        let task = tokio::spawn(async move {
            let started = Instant::now();
            let mut pacer = Pacer::new(&entries, &control);
            let mut n = 0;
            while let Some(batch) = pacer.next_batch().await? {
                for i in batch {
                    out.lock().unwrap().push((i, started.elapsed()));
                    n += 1;
                }
                pacer.produced(n);
            }
            Ok(started.elapsed())
        });
        (log, task)
    }

    fn handed_out(log: &Mutex<Vec<(usize, Duration)>>) -> usize {
        log.lock().unwrap().len()
    }

    /// Waits (at most 10 s) until the pacer has handed out `n` entries.
    async fn wait_handed_out(log: &Mutex<Vec<(usize, Duration)>>, n: usize) {
        let deadline = Instant::now() + Duration::from_secs(10);
        while handed_out(log) < n {
            assert!(Instant::now() < deadline, "the replay did not start");
            tokio::time::sleep(ms(5)).await;
        }
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_paused_replay_hands_out_nothing_until_resumed_and_then_continues() {
        // 20 entries 50 ms apart at 1×: 950 ms of recording.
        let control = ReplayControl::new(Speed::Factor(1.0), 20);
        let (log, task) = run_pacer(entries(20, 50), &control);
        wait_handed_out(&log, 5).await;
        control.pause();
        tokio::time::sleep(ms(100)).await;
        let at_pause = handed_out(&log);
        assert!(at_pause < 20, "paused before the end: {at_pause}");
        let status = control.status();
        assert!(status.paused);
        assert_eq!(status.replayed, at_pause as u64);
        assert_eq!(status.position_ms, (at_pause as u64 - 1) * 50);
        const PAUSE: Duration = Duration::from_millis(600);
        tokio::time::sleep(PAUSE).await;
        assert_eq!(handed_out(&log), at_pause, "nothing while paused");
        control.resume();
        let elapsed = tokio::time::timeout(Duration::from_secs(10), task)
            .await
            .expect("the replay ends after the resume")
            .expect("task")
            .expect("pacer");
        // Every entry exactly once, in order: nothing repeated, nothing skipped.
        let log = log.lock().unwrap().clone();
        let order: Vec<usize> = log.iter().map(|(i, _)| *i).collect();
        assert_eq!(order, (0..20).collect::<Vec<_>>());
        // Continued from where it stopped: the pause is added to the recording's 950 ms
        // (a generous margin for the wake-ups on a busy machine), not skipped over.
        assert!(
            elapsed >= ms(950) + PAUSE - ms(300),
            "ended after {elapsed:?}: the pause did not hold the recording position"
        );
        let last_before = log[at_pause - 1].1;
        let first_after = log[at_pause].1;
        assert!(
            first_after - last_before >= PAUSE,
            "entry {at_pause} came {:?} after the one before, during the pause",
            first_after - last_before
        );
        let status = control.status();
        assert_eq!(
            (
                status.replayed,
                status.total,
                status.position_ms,
                status.duration_ms
            ),
            (20, 20, 950, 950)
        );
        assert!(status.done && !status.paused);
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_replay_paused_before_it_starts_waits_for_the_resume() {
        let control = ReplayControl::new(Speed::Factor(1.0), 3);
        control.pause();
        let (log, task) = run_pacer(entries(3, 100), &control);
        tokio::time::sleep(ms(300)).await;
        assert_eq!(handed_out(&log), 0, "not even the first entry while paused");
        control.resume();
        let resumed = Instant::now();
        tokio::time::timeout(Duration::from_secs(10), task)
            .await
            .expect("ends")
            .expect("task")
            .expect("pacer");
        // From the recording's start: its 200 ms still to go after the resume.
        assert!(resumed.elapsed() >= ms(195), "{:?}", resumed.elapsed());
        assert_eq!(handed_out(&log), 3);
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_speed_change_wakes_a_sleeping_replay_at_once() {
        // Three entries 10 s apart: at 1× the replay sleeps 10 s after the first.
        let control = ReplayControl::new(Speed::Factor(1.0), 3);
        let (log, task) = run_pacer(entries(3, 10_000), &control);
        wait_handed_out(&log, 1).await;
        tokio::time::sleep(ms(50)).await;
        assert_eq!(handed_out(&log), 1);
        control.set_speed(MAX_SPEED).unwrap();
        // The 20 s left take about 0.3 s at 64×; without waking, 10 s more at least.
        let elapsed = tokio::time::timeout(Duration::from_secs(5), task)
            .await
            .expect("the speed change took effect during the sleep")
            .expect("task")
            .expect("pacer");
        assert!(elapsed < Duration::from_secs(5), "{elapsed:?}");
        assert_eq!(handed_out(&log), 3);
        assert_eq!(control.status().speed, Speed::Factor(MAX_SPEED));
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn max_speed_hands_out_everything_in_bounded_batches() {
        let n = MAX_BATCH_RECORDS as u64 * 2 + 1;
        let control = ReplayControl::new(Speed::Max, n);
        let recording = entries(n, 1_000);
        let mut pacer = Pacer::new(&recording, &control);
        let mut sizes = Vec::new();
        while let Some(batch) = tokio::time::timeout(Duration::from_secs(5), pacer.next_batch())
            .await
            .expect("max speed does not wait")
            .unwrap()
        {
            sizes.push(batch.len());
        }
        assert_eq!(sizes, vec![MAX_BATCH_RECORDS, MAX_BATCH_RECORDS, 1]);
        assert!(control.status().done);
    }
}
