//! The stage loop: fetch → decode → stage → encode → produce, with dead
//! letters, traces, reconnects and stats.

use std::collections::{BTreeMap, HashMap};
use std::future::Future;
use std::pin::Pin;
use std::time::{Duration, Instant};

use cits_proto::{DeadLetter, Message, Trace};
use futures::stream::{FuturesUnordered, StreamExt as _};
use futures::FutureExt as _;
use rskafka::client::partition::OffsetAt;
use rskafka::record::{Record, RecordAndOffset};

use crate::changelog::{Changelog, NoStateLog, StateLog};
use crate::config::{StageConfig, StartAt};
use crate::error::{Error, Result};
use crate::kafka::{InputPartition, Session};
use crate::log::{self, Level};
use crate::stage::{Envelope, Now, Stage, StateChange};

/// How often [`Stage::tick`] runs: session timeouts are seconds, so a second
/// of slack in evicting idle state is invisible.
pub const TICK_INTERVAL: Duration = Duration::from_secs(1);

/// How often the one-line stats are printed: often enough to watch a
/// benchmark, rare enough not to drown the log.
pub const STATS_INTERVAL: Duration = Duration::from_secs(10);

/// Largest input record value a stage accepts; larger ones are dead-lettered
/// unprocessed. The biggest legitimate input, a trajectory at its point cap,
/// is tens of KiB; 1 MiB is also Kafka's default message size limit.
pub const MAX_RECORD_BYTES: usize = 1024 * 1024;

/// How much of an oversized record's value is kept in its dead letter: enough
/// to identify it, without pushing a huge record into `cits.dlq`.
pub const DLQ_ORIGINAL_MAX_BYTES: usize = 64 * 1024;

/// Dead letters logged individually per stats interval; a flood of bad input
/// must not turn the log into a second copy of the DLQ. The rest are counted.
pub const DLQ_LOG_BURST: u32 = 10;

/// How often the shell re-reads the last record it fetched per partition to
/// check the log is still the one it was reading. rskafka reconnects to a
/// restarted broker transparently, so an in-memory broker that came back
/// empty (and got its topics recreated) would otherwise go unnoticed while the
/// new log is shorter than our position. Each check is one fetch of at most
/// [`crate::kafka::FETCH_MAX_BYTES`]; every 5 s that is negligible.
pub const CONTINUITY_CHECK_INTERVAL: Duration = Duration::from_secs(5);

/// Shortest time between two offset commits of an instance. A commit is one small
/// request, sent only after a batch's outputs were acknowledged and only if a position
/// moved; at most two a second keep its cost invisible next to the fetches (tens per
/// second), and bound what a crashed instance replays to about half a second of input.
/// A stopping instance commits at once.
pub const COMMIT_INTERVAL: Duration = Duration::from_millis(500);

/// Offset commits failing in a row before the Kafka session is rebuilt. One failure is
/// retried at the next interval on the same session (a coordinator busy or moving); a
/// commit path that keeps failing while fetches and produces work has a dead connection
/// the client does not notice (seen under injected network faults: no commit succeeded
/// again until the process restarted), and only a new session replaces it.
pub const COMMIT_FAILURES_BEFORE_RECONNECT: u32 = 2;

/// First wait before reconnecting to the brokers.
pub const RECONNECT_BACKOFF_INITIAL: Duration = Duration::from_millis(100);

/// Longest wait between reconnect attempts: a restarted broker or a topic
/// created late by `cits up` is picked up within this time.
pub const RECONNECT_BACKOFF_MAX: Duration = Duration::from_secs(5);

/// Key of the changelog record holding the input position (8 bytes, big-endian i64: the
/// next input offset) that the state before it belongs to. It is produced after the
/// state changes of each flush, so once it is acknowledged everything up to that
/// position is in the changelog; a restarted stage resumes there.
pub const CHANGELOG_POSITION_KEY: &str = "cits.changelog.position";

/// Record header naming the protobuf type of the value (e.g. `cits.v1.Cpm`).
/// Every stage sets it; an input record whose header names another type is
/// dead-lettered without decoding (protobuf decoding alone is too lenient to
/// notice a wrong type). Records without the header are decoded as usual.
pub const TYPE_HEADER: &str = "cits-type";

/// Counters of one stage instance since it started.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Stats {
    /// Records fetched from the input topic.
    pub records_in: u64,
    /// Records produced to the output topic.
    pub records_out: u64,
    /// Inputs rejected and sent to the dead-letter topic.
    pub dead_letters: u64,
    /// Inputs processed without output (e.g. pedestrians at the map matcher).
    pub filtered: u64,
    /// Times the Kafka session was re-established after a failure.
    pub reconnects: u64,
    /// Offset commits acknowledged by the group coordinator.
    pub commits: u64,
    /// Records in the owned partitions not yet fetched, at the last fetch.
    pub lag: i64,
}

impl std::fmt::Display for Stats {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "in={} out={} dlq={} filtered={} lag={} reconnects={} commits={}",
            self.records_in,
            self.records_out,
            self.dead_letters,
            self.filtered,
            self.lag,
            self.reconnects,
            self.commits
        )
    }
}

/// A shutdown signal that can be awaited repeatedly (it stays done once done).
pub struct Shutdown {
    signal: Pin<Box<dyn Future<Output = ()>>>,
    done: bool,
}

impl Shutdown {
    /// Shuts down when `signal` completes.
    pub fn new(signal: impl Future<Output = ()> + 'static) -> Self {
        Self {
            signal: Box::pin(signal),
            done: false,
        }
    }

    /// Never shuts down.
    pub fn never() -> Self {
        Self::new(std::future::pending())
    }

    /// SIGINT or SIGTERM natively; never under WASI, which has no signals
    /// (the host ends the module).
    pub fn on_signal() -> Self {
        Self::new(os_signal())
    }

    /// Waits for the signal (returns at once if it already came).
    pub async fn wait(&mut self) {
        if !self.done {
            self.signal.as_mut().await;
            self.done = true;
        }
    }

    /// Whether the signal came.
    pub fn is_done(&self) -> bool {
        self.done
    }
}

#[cfg(all(unix, not(target_os = "wasi")))]
async fn os_signal() {
    use tokio::signal::unix::{signal, SignalKind};
    match signal(SignalKind::terminate()) {
        Ok(mut term) => {
            tokio::select! {
                r = tokio::signal::ctrl_c() => if r.is_err() { std::future::pending::<()>().await },
                _ = term.recv() => {}
            }
        }
        Err(_) => {
            if tokio::signal::ctrl_c().await.is_err() {
                std::future::pending::<()>().await;
            }
        }
    }
}

#[cfg(all(not(unix), not(target_os = "wasi")))]
async fn os_signal() {
    if tokio::signal::ctrl_c().await.is_err() {
        std::future::pending::<()>().await;
    }
}

#[cfg(target_os = "wasi")]
async fn os_signal() {
    std::future::pending::<()>().await;
}

/// Sleeps for `duration` unless shutdown comes first.
async fn sleep_or_shutdown(duration: Duration, shutdown: &mut Shutdown) {
    tokio::select! {
        _ = tokio::time::sleep(duration) => {}
        _ = shutdown.wait() => {}
    }
}

/// Runs `stage` until `shutdown`: connects (retrying with backoff while the
/// brokers are down or a topic is missing), then loops fetch → process →
/// produce over the owned input partitions. Kafka failures never end the
/// loop: the session is re-established and unacknowledged output is resent.
/// Returns the final counters. A [`Stage::STATEFUL`] stage keeps its state in its
/// changelog topic ([`Changelog`]).
pub async fn run<S: Stage>(config: &StageConfig, stage: S, shutdown: Shutdown) -> Stats {
    // Chosen outside any async state machine: the branch not taken, and the whole
    // loop it would run, is then not linked (see `crate::changelog`).
    let run: Pin<Box<dyn Future<Output = Stats> + '_>> = if S::STATEFUL {
        Box::pin(run_with::<S, Changelog>(config, stage, shutdown))
    } else {
        Box::pin(run_with::<S, NoStateLog>(config, stage, shutdown))
    };
    run.await
}

/// [`run`] with the state log `L`.
async fn run_with<S: Stage, L: StateLog>(
    config: &StageConfig,
    stage: S,
    mut shutdown: Shutdown,
) -> Stats {
    let mut runner = Runner::new(config, stage);
    runner.log(
        Level::Info,
        format_args!(
            "starting: {} -> {} (dlq {}), brokers {}, instance {} of {}, start {:?}, max wait {} ms",
            config.input_topic,
            config.output_topic,
            config.dlq_topic,
            config.brokers.join(","),
            config.instance,
            config.instances,
            config.start,
            config.max_wait_ms
        ),
    );
    let mut backoff = RECONNECT_BACKOFF_INITIAL;
    let mut connected_before = false;
    while !shutdown.is_done() {
        let opened = tokio::select! {
            biased;
            _ = shutdown.wait() => break,
            s = Session::<L>::open(config) => s,
        };
        let session = match opened {
            Ok(session) => session,
            Err(e) => {
                runner.log(
                    Level::Warn,
                    format_args!("not ready: {e}; retrying in {backoff:?}"),
                );
                sleep_or_shutdown(backoff, &mut shutdown).await;
                backoff = (backoff * 2).min(RECONNECT_BACKOFF_MAX);
                continue;
            }
        };
        if connected_before {
            runner.stats.reconnects += 1;
        }
        connected_before = true;
        backoff = RECONNECT_BACKOFF_INITIAL;
        let owned: Vec<i32> = session.inputs.iter().map(InputPartition::id).collect();
        runner.log(
            Level::Info,
            format_args!(
                "connected: owns {} partitions {owned:?}",
                config.input_topic
            ),
        );
        if owned.is_empty() {
            runner.log(
                Level::Warn,
                format_args!(
                    "instance {} of {} owns no partition of {}: idle",
                    config.instance, config.instances, config.input_topic
                ),
            );
        }
        match runner.pump(&session, &mut shutdown).await {
            Ok(()) => break,
            Err(e) if shutdown.is_done() => {
                runner.log(
                    Level::Error,
                    format_args!(
                        "stopping with {} unacknowledged records: {e}",
                        runner.pending.len()
                    ),
                );
                break;
            }
            Err(e) => {
                runner.log(
                    Level::Warn,
                    format_args!("kafka session lost: {e}; reconnecting"),
                );
                sleep_or_shutdown(backoff, &mut shutdown).await;
            }
        }
    }
    runner.log(Level::Info, format_args!("stopped: {}", runner.stats));
    runner.stats
}

/// Records waiting to be produced, and the input positions they complete.
#[derive(Default)]
struct Batch {
    outputs: Vec<Record>,
    dead: Vec<Record>,
    /// State changes (and position records) per changelog partition.
    changelog: BTreeMap<i32, Vec<Record>>,
    /// Next offset per input partition once this batch is acknowledged.
    positions: BTreeMap<i32, i64>,
}

impl Batch {
    fn len(&self) -> usize {
        self.outputs.len() + self.dead.len() + self.changelog.values().map(Vec::len).sum::<usize>()
    }
}

/// Why an input record was rejected.
struct Rejection {
    reason: String,
    station: Option<u32>,
}

impl Rejection {
    fn new(reason: String) -> Self {
        Self {
            reason,
            station: None,
        }
    }
}

/// A finished fetch: the partition, the offset it was issued at, and its result.
type Fetched<'s> = (&'s InputPartition, i64, Result<(Vec<RecordAndOffset>, i64)>);

/// State of a running stage that survives reconnects.
struct Runner<'a, S> {
    config: &'a StageConfig,
    instance: String,
    stage: S,
    /// Next offset to fetch per owned partition (only advanced once the
    /// output derived from the records before it was acknowledged).
    positions: BTreeMap<i32, i64>,
    /// Positions last committed to the stage's consumer group.
    committed: BTreeMap<i32, i64>,
    /// When the last commit was attempted.
    last_commit: Instant,
    /// High watermark per owned partition from the last fetch.
    high_watermarks: BTreeMap<i32, i64>,
    /// Offset and fingerprint of the first record of the last non-empty fetch per partition, to
    /// notice after a reconnect that the log was replaced (e.g. an in-memory
    /// broker restarted and its topics were recreated).
    last_seen: BTreeMap<i32, (i64, u64)>,
    pending: Batch,
    stats: Stats,
    last_tick: Instant,
    last_stats: Instant,
    last_continuity_check: Instant,
    /// The stage's status from its last tick, shown in the stats line.
    status: Option<String>,
    /// Dead letters logged in the current stats interval.
    dlq_logged: u32,
    /// Changelog partition of every live state key (its input partition), so a change
    /// made by `tick` goes where the key's state is.
    state_partitions: HashMap<String, i32>,
    /// Input partition of every key a stage told changed ([`Stage::take_changed_keys`])
    /// since the last changelog write that the changelog does not hold yet: where its
    /// state goes when that write serialises it.
    routed: HashMap<String, i32>,
    /// Last position record queued per changelog partition.
    changelog_positions: BTreeMap<i32, i64>,
    /// Offset commits failed in a row ([`COMMIT_FAILURES_BEFORE_RECONNECT`]).
    commit_failures: u32,
}

impl<'a, S: Stage> Runner<'a, S> {
    fn new(config: &'a StageConfig, stage: S) -> Self {
        let now = Instant::now();
        Self {
            config,
            instance: config.instance_name(),
            stage,
            positions: BTreeMap::new(),
            committed: BTreeMap::new(),
            last_commit: now,
            high_watermarks: BTreeMap::new(),
            last_seen: BTreeMap::new(),
            pending: Batch::default(),
            stats: Stats::default(),
            last_tick: now,
            last_stats: now,
            last_continuity_check: now,
            status: None,
            dlq_logged: 0,
            state_partitions: HashMap::new(),
            routed: HashMap::new(),
            changelog_positions: BTreeMap::new(),
            commit_failures: 0,
        }
    }

    fn log(&self, level: Level, message: std::fmt::Arguments<'_>) {
        log::log(level, &self.instance, message);
    }

    /// Fetch-process-produce until shutdown (`Ok`) or a Kafka failure (`Err`).
    async fn pump<L: StateLog>(
        &mut self,
        session: &Session<L>,
        shutdown: &mut Shutdown,
    ) -> Result<()> {
        let timeout = self.config.op_timeout();
        let unpositioned: Vec<i32> = session
            .inputs
            .iter()
            .map(InputPartition::id)
            .filter(|p| !self.positions.contains_key(p))
            .collect();
        let committed = if unpositioned.is_empty() {
            BTreeMap::new()
        } else {
            session
                .committed_offsets(&self.config.input_topic, &unpositioned, timeout)
                .await?
        };
        let mut restored = BTreeMap::new();
        if L::ENABLED {
            for &partition in &unpositioned {
                if let Some(position) = self.restore(&session.changelog, partition).await? {
                    restored.insert(partition, position);
                }
            }
        }
        for input in &session.inputs {
            let committed_offset = committed.get(&input.id()).copied();
            if self.positions.contains_key(&input.id()) {
                self.check_continuity(input, timeout).await?;
            } else if let Some(&offset) = restored
                .get(&input.id())
                .filter(|&&o| committed_offset.is_none_or(|c| o >= c))
            {
                // Everything before it was processed and its outputs acknowledged before
                // the position record was written: resume with the restored state there.
                self.log(
                    Level::Info,
                    format_args!(
                        "{}/{}: starting at offset {offset} (restored state's position; committed {committed_offset:?})",
                        self.config.input_topic,
                        input.id(),
                    ),
                );
                self.positions.insert(input.id(), offset);
                self.changelog_positions.insert(input.id(), offset);
                if let Some(c) = committed_offset {
                    self.committed.insert(input.id(), c);
                }
            } else if let Some(offset) = committed_offset {
                // A position beyond the log end (the log was replaced) is caught by the
                // first fetch and restarts the partition at its earliest offset.
                self.log(
                    Level::Info,
                    format_args!(
                        "{}/{}: starting at offset {offset} (committed by group {})",
                        self.config.input_topic,
                        input.id(),
                        self.config.stage
                    ),
                );
                self.positions.insert(input.id(), offset);
                self.committed.insert(input.id(), offset);
            } else {
                let offset = input.offset(self.start_at(), timeout).await?;
                self.log(
                    Level::Info,
                    format_args!(
                        "{}/{}: starting at offset {offset} ({:?}, nothing committed by group {})",
                        self.config.input_topic,
                        input.id(),
                        self.config.start,
                        self.config.stage
                    ),
                );
                self.positions.insert(input.id(), offset);
            }
        }
        // One fetch in flight per owned partition; each is handled as soon as it returns,
        // so a busy partition never waits for the long-poll of an idle one.
        let mut in_flight = FuturesUnordered::new();
        for input in &session.inputs {
            in_flight.push(self.fetch(input));
        }
        loop {
            self.flush(session).await?;
            if shutdown.is_done() {
                return self.commit(session, true).await;
            }
            self.commit(session, false).await?;
            self.housekeeping();
            if self.last_continuity_check.elapsed() >= CONTINUITY_CHECK_INTERVAL {
                self.last_continuity_check = Instant::now();
                for input in &session.inputs {
                    self.check_continuity(input, timeout).await?;
                }
            }
            let first = tokio::select! {
                biased;
                _ = shutdown.wait() => continue,
                next = in_flight.next() => next,
            };
            let Some(first) = first else {
                // No owned partitions: nothing to fetch, only ticks.
                sleep_or_shutdown(TICK_INTERVAL, shutdown).await;
                continue;
            };
            let received = Now::system();
            // Whatever else has arrived meanwhile goes into the same output batch.
            let mut done = vec![first];
            while let Some(Some(more)) = in_flight.next().now_or_never() {
                done.push(more);
            }
            let mut failure = None;
            for (input, fetched_at, result) in done {
                if let Err(e) = self
                    .handle_fetch(input, fetched_at, result, received, timeout)
                    .await
                {
                    failure.get_or_insert(e);
                }
                in_flight.push(self.fetch(input));
            }
            self.stats.lag = self
                .high_watermarks
                .iter()
                .map(|(p, hw)| (hw - self.next_position(*p)).max(0))
                .sum();
            if let Some(e) = failure {
                // Keep what the other partitions delivered: it is flushed on reconnect.
                return Err(e);
            }
        }
    }

    /// A fetch of `input` from where the stage is in it; yields the partition, the
    /// offset it was issued at and the result.
    fn fetch<'s>(&self, input: &'s InputPartition) -> impl Future<Output = Fetched<'s>> + 's {
        let offset = self.next_position(input.id());
        let max_wait_ms = self.config.max_wait_ms;
        let timeout = self.config.op_timeout();
        async move {
            (
                input,
                offset,
                input.fetch(offset, max_wait_ms, timeout).await,
            )
        }
    }

    /// Consumes one partition's fetch result into the pending batch.
    async fn handle_fetch(
        &mut self,
        input: &InputPartition,
        fetched_at: i64,
        result: Result<(Vec<RecordAndOffset>, i64)>,
        received: Now,
        timeout: Duration,
    ) -> Result<()> {
        if fetched_at != self.next_position(input.id()) {
            // The position was reset while this fetch was in flight (continuity check):
            // its records belong to the old log.
            return Ok(());
        }
        match result {
            Ok((records, high_watermark)) => {
                self.high_watermarks.insert(input.id(), high_watermark);
                if records.is_empty() && high_watermark < fetched_at {
                    self.log(
                        Level::Warn,
                        format_args!(
                            "{}/{}: position {fetched_at} is beyond the log end {high_watermark} (topic recreated or broker restarted without its data): restarting at the earliest offset",
                            self.config.input_topic,
                            input.id()
                        ),
                    );
                    self.reset_position(input, timeout).await?;
                }
                // The first record of a fetch, not the last: fetches start at
                // batch boundaries, and tansu only serves whole batches from
                // their base offset (a fetch inside a batch returns nothing).
                if let Some(first) = records.first() {
                    self.last_seen
                        .insert(input.id(), (first.offset, fingerprint(&first.record)));
                }
                for record in records {
                    self.consume(input.id(), record, received);
                }
                Ok(())
            }
            Err(e) if is_offset_out_of_range(&e) => {
                self.log(
                    Level::Warn,
                    format_args!("{e}: restarting at the earliest offset"),
                );
                self.reset_position(input, timeout).await
            }
            Err(e) => Err(e),
        }
    }

    fn start_at(&self) -> OffsetAt {
        match self.config.start {
            StartAt::Latest => OffsetAt::Latest,
            StartAt::Earliest => OffsetAt::Earliest,
        }
    }

    /// The position after the pending batch is acknowledged.
    fn next_position(&self, partition: i32) -> i64 {
        self.pending
            .positions
            .get(&partition)
            .or_else(|| self.positions.get(&partition))
            .copied()
            .unwrap_or(0)
    }

    async fn reset_position(&mut self, input: &InputPartition, timeout: Duration) -> Result<()> {
        let offset = input.offset(OffsetAt::Earliest, timeout).await?;
        self.positions.insert(input.id(), offset);
        self.pending.positions.remove(&input.id());
        self.last_seen.remove(&input.id());
        Ok(())
    }

    /// After a reconnect and every [`CONTINUITY_CHECK_INTERVAL`]: is the first
    /// record of our last fetch still where it was?
    /// If not, the log was replaced while we were away and the old position
    /// means nothing: start the partition over at its earliest offset.
    async fn check_continuity(&mut self, input: &InputPartition, timeout: Duration) -> Result<()> {
        let Some(&(offset, expected)) = self.last_seen.get(&input.id()) else {
            return Ok(());
        };
        let unchanged = match input.fetch(offset, 0, timeout).await {
            Ok((records, _)) => records
                .first()
                .is_some_and(|r| r.offset == offset && fingerprint(&r.record) == expected),
            Err(e) if is_offset_out_of_range(&e) => false,
            Err(e) => return Err(e),
        };
        if !unchanged {
            self.log(
                Level::Warn,
                format_args!(
                    "{}/{}: the record at offset {offset} changed (topic recreated, or broker restarted without its data?): restarting at the earliest offset",
                    self.config.input_topic,
                    input.id()
                ),
            );
            self.reset_position(input, timeout).await?;
        }
        Ok(())
    }

    /// Produces the pending batch; advances the positions once it is acknowledged.
    async fn flush<L: StateLog>(&mut self, session: &Session<L>) -> Result<()> {
        session.output.write(&mut self.pending.outputs).await?;
        session.dlq.write(&mut self.pending.dead).await?;
        self.positions.append(&mut self.pending.positions);
        Ok(())
    }

    /// Writes a stateful stage's state changes since the last write to its changelog,
    /// the latest state per key only (like Kafka Streams' record cache, flushed at each
    /// commit; a stage that tells its changed keys has that state serialised only now),
    /// followed by a position record per moved partition. Called only right
    /// after [`Runner::flush`]: the state then reflects exactly the acknowledged
    /// positions, so the position record is never ahead of the state nor of the outputs.
    async fn write_state<L: StateLog>(&mut self, session: &Session<L>) -> Result<()> {
        if !L::ENABLED {
            return Ok(());
        }
        self.collect_changes(None);
        self.routed.clear();
        for (&partition, &position) in &self.positions {
            if self.changelog_positions.get(&partition) != Some(&position) {
                self.changelog_positions.insert(partition, position);
                self.pending
                    .changelog
                    .entry(partition)
                    .or_default()
                    .push(new_record(
                        CHANGELOG_POSITION_KEY.as_bytes().to_vec(),
                        position.to_be_bytes().to_vec(),
                        "cits.changelog.Position",
                        Now::system(),
                    ));
            }
        }
        for records in self.pending.changelog.values_mut() {
            keep_latest_per_key(records);
        }
        session.changelog.write(&mut self.pending.changelog).await
    }

    /// Restores the state kept in changelog partition `partition`: reads it to its end,
    /// hands the latest state of every live key to [`Stage::restore`] and returns the
    /// input position that state belongs to (`None` without a position record).
    async fn restore(&mut self, changelog: &impl StateLog, partition: i32) -> Result<Option<i64>> {
        let started = Instant::now();
        let (log, read) = changelog.read(partition).await?;
        let mut position = None;
        let (mut keys, mut failed) = (0u64, 0u64);
        for (key, state) in log {
            if key == CHANGELOG_POSITION_KEY.as_bytes() {
                position = state
                    .and_then(|v| <[u8; 8]>::try_from(v.as_slice()).ok())
                    .map(i64::from_be_bytes);
                continue;
            }
            let Some(state) = state else { continue };
            let key = String::from_utf8_lossy(&key).into_owned();
            match self.stage.restore(&key, &state) {
                Ok(()) => {
                    keys += 1;
                    self.state_partitions.insert(key, partition);
                }
                Err(e) => {
                    failed += 1;
                    self.log(
                        Level::Warn,
                        format_args!(
                            "{}/{partition}: state of {key:?} not restored: {e}",
                            changelog.topic()
                        ),
                    );
                }
            }
        }
        self.log(
            Level::Info,
            format_args!(
                "{}/{partition}: restored {keys} keys ({failed} failed) from {read} records in {:?}, position {position:?}",
                changelog.topic(),
                started.elapsed()
            ),
        );
        Ok(position)
    }

    /// After an input (`from`: its partition) or a tick (`None`): the keys a stage
    /// tells changed are routed to their partitions now and serialised at the next
    /// changelog write ([`Runner::write_state`]); another stage's changes are queued now.
    fn note_changes(&mut self, from: Option<i32>) {
        if !S::STATEFUL {
            return;
        }
        let Some(keys) = self.stage.take_changed_keys() else {
            return self.collect_changes(from);
        };
        if let Some(partition) = from {
            for key in keys {
                if !self.state_partitions.contains_key(&key) {
                    self.routed.entry(key).or_insert(partition);
                }
            }
        }
    }

    /// Queues the stage's state changes for the changelog: a key's changes go to the
    /// partition its state lives in, else to the partition of the input that changed it
    /// (`from`, or where [`Runner::note_changes`] routed it). A deleted key unknown to
    /// the changelog needs no tombstone.
    fn collect_changes(&mut self, from: Option<i32>) {
        if !S::STATEFUL {
            return;
        }
        for StateChange { key, state } in self.stage.take_changes() {
            let partition = match (&state, self.state_partitions.get(&key)) {
                (_, Some(&p)) => p,
                (Some(_), None) => match self.routed.get(&key).copied().or(from) {
                    Some(p) => p,
                    None => continue,
                },
                (None, None) => continue,
            };
            if state.is_some() {
                self.state_partitions.insert(key.clone(), partition);
            } else {
                self.state_partitions.remove(&key);
            }
            self.pending
                .changelog
                .entry(partition)
                .or_default()
                .push(Record {
                    key: Some(key.into_bytes()),
                    value: state,
                    headers: BTreeMap::new(),
                    timestamp: chrono::DateTime::from_timestamp_millis(Now::system().unix_ms())
                        .unwrap_or_default(),
                });
        }
    }

    /// Commits the positions that moved since the last commit (all of them are
    /// acknowledged: [`Runner::flush`] advances a position only then), at most every
    /// [`COMMIT_INTERVAL`] unless `now`; a stateful stage's state goes to its changelog
    /// first ([`Runner::write_state`]). A failed offset commit is logged and retried at
    /// the next interval: the positions in memory stay right, only a restart would replay
    /// more; [`COMMIT_FAILURES_BEFORE_RECONNECT`] failures in a row are a Kafka failure
    /// (`Err`: the session is rebuilt). A failed changelog write is a Kafka failure like a
    /// failed produce (`Err`).
    async fn commit<L: StateLog>(&mut self, session: &Session<L>, now: bool) -> Result<()> {
        if !now && self.last_commit.elapsed() < COMMIT_INTERVAL {
            return Ok(());
        }
        self.last_commit = Instant::now();
        self.write_state(session).await?;
        let moved: Vec<(i32, i64)> = self
            .positions
            .iter()
            .filter(|(p, o)| self.committed.get(p) != Some(o))
            .map(|(p, o)| (*p, *o))
            .collect();
        if moved.is_empty() {
            return Ok(());
        }
        match session
            .commit(&self.config.input_topic, &moved, self.config.op_timeout())
            .await
        {
            Ok(()) => {
                self.stats.commits += 1;
                self.commit_failures = 0;
                self.committed.extend(moved);
            }
            Err(e) => {
                self.commit_failures += 1;
                if self.commit_failures >= COMMIT_FAILURES_BEFORE_RECONNECT {
                    self.commit_failures = 0;
                    return Err(e);
                }
                self.log(
                    Level::Warn,
                    format_args!("offset commit failed (retrying in {COMMIT_INTERVAL:?}): {e}"),
                );
            }
        }
        Ok(())
    }

    fn housekeeping(&mut self) {
        if self.last_tick.elapsed() >= TICK_INTERVAL {
            self.last_tick = Instant::now();
            if let Some(status) = self.stage.tick(Now::system()) {
                self.status = Some(status);
            }
            self.tick_outputs();
            self.note_changes(None);
        }
        if self.last_stats.elapsed() >= STATS_INTERVAL {
            self.last_stats = Instant::now();
            let unlogged = self.dlq_logged.saturating_sub(DLQ_LOG_BURST);
            self.dlq_logged = 0;
            self.log(
                Level::Info,
                format_args!(
                    "stats {}{}{}{}",
                    self.stats,
                    crate::heap::usage()
                        .map(|(live, peak)| format!(
                            " heap_kib={} heap_peak_kib={}",
                            live / 1024,
                            peak / 1024
                        ))
                        .unwrap_or_default(),
                    self.status
                        .as_deref()
                        .map(|s| format!(" {s}"))
                        .unwrap_or_default(),
                    if unlogged > 0 {
                        format!(" ({unlogged} dead letters not logged)")
                    } else {
                        String::new()
                    }
                ),
            );
        }
    }

    /// Queues the records of the last tick as outputs (see [`Stage::take_tick_outputs`]);
    /// one too large for a record is logged and dropped (there is no input to dead-letter).
    fn tick_outputs(&mut self) {
        for output in self.stage.take_tick_outputs() {
            match self.output_record(output, Trace::default(), Now::system()) {
                Ok(record) => {
                    self.stats.records_out += 1;
                    self.pending.outputs.push(record);
                }
                Err(len) => self.log(
                    Level::Error,
                    format_args!(
                        "tick output of {len} bytes exceeds the limit of {MAX_RECORD_BYTES} bytes: dropped"
                    ),
                ),
            }
        }
    }

    /// An output as a record: this stage's entry (received at `received`, sent now)
    /// appended to `trace`, encoded and keyed; its encoded length when that exceeds
    /// [`MAX_RECORD_BYTES`].
    fn output_record(
        &self,
        mut output: S::Output,
        mut trace: Trace,
        received: Now,
    ) -> std::result::Result<Record, usize> {
        let sent = Now::system();
        trace.push(S::NAME, &self.instance, received.unix_ns, sent.unix_ns);
        *output.trace_mut() = Some(trace);
        let bytes = output.encode_to_vec();
        if bytes.len() > MAX_RECORD_BYTES {
            return Err(bytes.len());
        }
        Ok(new_record(
            output.record_key().into_bytes(),
            bytes,
            <S::Output as Envelope>::TYPE_NAME,
            sent,
        ))
    }

    /// Processes one fetched record into the pending batch.
    fn consume(&mut self, partition: i32, fetched: RecordAndOffset, received: Now) {
        let RecordAndOffset { record, offset } = fetched;
        self.stats.records_in += 1;
        self.pending.positions.insert(partition, offset + 1);
        if self.config.skip.contains(&(partition, offset)) {
            let rejection = Rejection::new(format!(
                "skipped: it crashed {} repeatedly (isolated by the supervisor)",
                S::NAME
            ));
            return self.dead_letter(partition, offset, record, rejection);
        }
        if self.config.isolate {
            // Written before the record is touched, whatever CITS_LOG says: if processing
            // kills the process, this is the last line, and it names the record.
            eprintln!(
                "WARN {}: {ISOLATING_MARKER}{}/{partition}@{offset}",
                self.instance, self.config.input_topic
            );
        }
        if self.config.fault_crash_at == Some((partition, offset)) {
            self.log(
                Level::Error,
                format_args!(
                    "fault injection: aborting on {partition}@{offset} (CITS_FAULT_CRASH_AT)"
                ),
            );
            std::process::abort();
        }
        match self.transform(&record, received) {
            Ok(outputs) if outputs.is_empty() => self.stats.filtered += 1,
            Ok(outputs) => {
                self.stats.records_out += outputs.len() as u64;
                self.pending.outputs.extend(outputs);
            }
            Err(rejection) => self.dead_letter(partition, offset, record, rejection),
        }
        self.note_changes(Some(partition));
    }

    fn transform(&mut self, record: &Record, received: Now) -> Result<Vec<Record>, Rejection> {
        let value = record
            .value
            .as_deref()
            .ok_or_else(|| Rejection::new("record has no value".into()))?;
        if value.len() > MAX_RECORD_BYTES {
            return Err(Rejection::new(format!(
                "record of {} bytes exceeds the limit of {MAX_RECORD_BYTES} bytes",
                value.len()
            )));
        }
        let expected = <S::Input as Envelope>::TYPE_NAME;
        if let Some(header) = record.headers.get(TYPE_HEADER) {
            if header.as_slice() != expected.as_bytes() {
                return Err(Rejection::new(format!(
                    "wrong message type {:?}, expected {expected}",
                    String::from_utf8_lossy(header)
                )));
            }
        }
        let mut input = S::Input::decode(value)
            .map_err(|e| Rejection::new(format!("undecodable {expected} protobuf: {e}")))?;
        let station = input.station_id();
        let trace = input.trace_mut().take().unwrap_or_default();
        let outputs = self.stage.process(input, received).map_err(|e| Rejection {
            reason: format!("{} rejected it: {e}", S::NAME),
            station,
        })?;
        outputs
            .into_iter()
            .map(|output| {
                self.output_record(output, trace.clone(), received)
                    .map_err(|len| Rejection {
                        reason: format!(
                            "output of {len} bytes exceeds the limit of {MAX_RECORD_BYTES} bytes"
                        ),
                        station,
                    })
            })
            .collect()
    }

    fn dead_letter(&mut self, partition: i32, offset: i64, record: Record, rejection: Rejection) {
        self.stats.dead_letters += 1;
        self.dlq_logged = self.dlq_logged.saturating_add(1);
        let topic = &self.config.input_topic;
        if self.dlq_logged <= DLQ_LOG_BURST {
            let station = rejection
                .station
                .map(|s| format!(" (station {s})"))
                .unwrap_or_default();
            self.log(
                Level::Warn,
                format_args!(
                    "dead letter {topic}/{partition}@{offset}{station}: {}",
                    rejection.reason
                ),
            );
        }
        let mut original = record.value.unwrap_or_default();
        let mut reason = rejection.reason;
        if original.len() > DLQ_ORIGINAL_MAX_BYTES {
            reason.push_str(&format!(
                " (original truncated to {DLQ_ORIGINAL_MAX_BYTES} of {} bytes)",
                original.len()
            ));
            original.truncate(DLQ_ORIGINAL_MAX_BYTES);
        }
        let now = Now::system();
        let letter = DeadLetter {
            original,
            topic: topic.clone(),
            partition,
            offset,
            reason,
            stage: S::NAME.to_owned(),
            instance: self.instance.clone(),
            timestamp_ms: now.unix_ms(),
            key: record.key.clone(),
        };
        // Keyed like the input, so the dead letters of one object stay together.
        let key = record
            .key
            .unwrap_or_else(|| self.instance.clone().into_bytes());
        self.pending.dead.push(new_record(
            key,
            letter.encode_to_vec(),
            "cits.v1.DeadLetter",
            now,
        ));
    }
}

/// What the shell logs before each record with `CITS_ISOLATE=1`, followed by
/// `<topic>/<partition>@<offset>` (a supervisor parses it).
pub const ISOLATING_MARKER: &str = "isolating ";

/// A record with the type header and `now` as its timestamp.
fn new_record(key: Vec<u8>, value: Vec<u8>, type_name: &str, now: Now) -> Record {
    Record {
        key: Some(key),
        value: Some(value),
        headers: BTreeMap::from([(TYPE_HEADER.to_owned(), type_name.as_bytes().to_vec())]),
        timestamp: chrono::DateTime::from_timestamp_millis(now.unix_ms()).unwrap_or_default(),
    }
}

/// Keeps only the last record of every key, in the order of those last records: what a
/// compacted changelog keeps anyway, so older states of a key need not be sent at all.
fn keep_latest_per_key(records: &mut Vec<Record>) {
    let mut seen = std::collections::HashSet::new();
    let mut keep: Vec<bool> = records
        .iter()
        .rev()
        .map(|r| seen.insert(r.key.as_deref()))
        .collect();
    keep.reverse();
    let mut keep = keep.into_iter();
    records.retain(|_| keep.next().unwrap_or(true));
}

/// FNV-1a over a record's key, value and timestamp: identifies a record well
/// enough to notice that an offset now holds a different one.
fn fingerprint(record: &Record) -> u64 {
    /// FNV-1a 64-bit offset basis.
    const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
    /// FNV-1a 64-bit prime.
    const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;
    let key = record.key.as_deref().unwrap_or_default();
    let value = record.value.as_deref().unwrap_or_default();
    let timestamp = record.timestamp.timestamp_millis().to_le_bytes();
    let mut hash = FNV_OFFSET;
    for byte in key.iter().chain(&[0xff]).chain(value).chain(&timestamp) {
        hash ^= u64::from(*byte);
        hash = hash.wrapping_mul(FNV_PRIME);
    }
    hash
}

fn is_offset_out_of_range(e: &Error) -> bool {
    use rskafka::client::error::{Error as KafkaError, ProtocolError};
    match e {
        Error::Kafka { source, .. } => matches!(
            **source,
            KafkaError::ServerError {
                protocol_error: ProtocolError::OffsetOutOfRange,
                ..
            }
        ),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keyed(key: &str, value: u8) -> Record {
        Record {
            key: Some(key.as_bytes().to_vec()),
            value: Some(vec![value]),
            headers: BTreeMap::new(),
            timestamp: chrono::DateTime::UNIX_EPOCH,
        }
    }

    #[test]
    fn only_the_latest_state_of_each_key_is_written() {
        let mut records = vec![
            keyed("a", 1),
            keyed("b", 1),
            keyed("a", 2),
            keyed("c", 1),
            keyed("b", 2),
        ];
        keep_latest_per_key(&mut records);
        let kept: Vec<(String, u8)> = records
            .iter()
            .map(|r| {
                (
                    String::from_utf8(r.key.clone().unwrap_or_default()).unwrap_or_default(),
                    r.value.as_deref().unwrap_or_default()[0],
                )
            })
            .collect();
        assert_eq!(
            kept,
            vec![("a".into(), 2), ("c".into(), 1), ("b".into(), 2)]
        );
        let mut none = Vec::new();
        keep_latest_per_key(&mut none);
        assert!(none.is_empty());
    }
}
