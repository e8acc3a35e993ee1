//! Faults injected on purpose while a replay runs (issue 12, item 6), and the recovery
//! time of each:
//!
//! - [`Pipeline::kill_randomly_while`]: `kill -9` of random stage instances, each crash
//!   left to the supervisor as a real one would be;
//! - [`Pipeline::network_faults_while`]: the network between every client and the broker
//!   (a [`crate::proxy::FaultProxy`]) drops all connections, stalls, or slows down;
//! - [`Pipeline::broker_kills_while`]: `kill -9` of the broker process, restarted on its
//!   durable storage after [`BROKER_DOWN_FOR`].
//!
//! What was lost and duplicated is the caller's accounting (it knows the expected output),
//! see `crates/cits-pipeline/tests/chaos.rs` and `cits up --chaos-kill` / `--chaos-net`.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::sync::Arc;
use std::time::{Duration, Instant};

use cits_core::lanes::LaneGraph;
use cits_core::predictor::{Predictor, PredictorConfig};
use cits_proto::{MatchedTrajectory, Prediction};

use crate::supervisor::InstanceId;
use crate::{kafka, Error, Pipeline, Result, Stage, STAGES};

/// How often the fault loop polls the supervisor, the replay and pending recoveries: as
/// often as `cits up` polls its supervisor, so crashed instances restart as they would there.
const CHAOS_POLL: Duration = Duration::from_millis(100);

/// Default pause between two kills: "every few seconds" (issue 12), several faults in a
/// one-minute run and still far from the supervisor's budget of 5 crashes per instance
/// per minute.
pub const DEFAULT_KILL_EVERY: Duration = Duration::from_secs(3);

/// How long a network stall lasts: longer than the stages' fetch waits and commit
/// interval, shorter than their request timeouts, so it is felt without being an outage.
pub const STALL_FOR: Duration = Duration::from_secs(2);

/// Delay added per forwarded chunk during a slow-network fault, each way: a congested
/// mobile backhaul of an RSU, ten times the pipeline's per-hop latency.
pub const SLOW_DELAY: Duration = Duration::from_millis(50);

/// How long a slow-network fault lasts.
pub const SLOW_FOR: Duration = Duration::from_secs(3);

/// How long a killed broker stays down before it is started again: a broker pod that the
/// kubelet restarts is back after a second at best, and every client's connection and
/// first retries fail meanwhile.
pub const BROKER_DOWN_FOR: Duration = Duration::from_secs(1);

/// What to break, and when.
#[derive(Debug, Clone, Copy)]
pub struct KillPlan {
    /// Pause between two kills.
    pub every: Duration,
    /// Seed of the choice of victims, so a run can be repeated.
    pub seed: u64,
}

/// What was broken.
#[derive(Debug, Clone, PartialEq)]
pub enum FaultKind {
    /// The instance killed with SIGKILL.
    Kill(InstanceId),
    /// Every client connection to the broker cut; how many were open.
    DropConnections(usize),
    /// Nothing forwarded between clients and broker for this long.
    Stall(Duration),
    /// The broker process killed with SIGKILL and started again after `down`.
    BrokerKill {
        /// How long it was down.
        down: Duration,
    },
    /// This much delay added per forwarded chunk, each way, for `lasting`.
    Slow {
        /// The added delay.
        delay: Duration,
        /// How long the network stayed slow.
        lasting: Duration,
    },
}

impl fmt::Display for FaultKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FaultKind::Kill(instance) => write!(f, "kill -9 {instance}"),
            FaultKind::DropConnections(open) => write!(f, "drop all {open} broker connections"),
            FaultKind::Stall(d) => write!(f, "stall the network {:.1} s", d.as_secs_f64()),
            FaultKind::BrokerKill { down } => write!(
                f,
                "kill -9 the broker, restarted after {:.1} s",
                down.as_secs_f64()
            ),
            FaultKind::Slow { delay, lasting } => write!(
                f,
                "slow network (+{} ms) for {:.1} s",
                delay.as_millis(),
                lasting.as_secs_f64()
            ),
        }
    }
}

/// One injected fault.
#[derive(Debug, Clone, PartialEq)]
pub struct Fault {
    /// What was broken.
    pub kind: FaultKind,
    /// When, since the fault loop started.
    pub at: Duration,
    /// From the end of the fault (the kill; the network healthy again) until the stages it
    /// hit had processed (and committed) every input record that had arrived in their
    /// partitions when it began; `None` if that did not happen before the loop ended and
    /// the pipeline settled.
    pub recovery: Option<Duration>,
}

impl fmt::Display for Fault {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} at {:.1} s: ", self.kind, self.at.as_secs_f64())?;
        match self.recovery {
            Some(r) => write!(f, "recovered in {:.2} s", r.as_secs_f64()),
            None => write!(f, "not recovered"),
        }
    }
}

/// The bookkeeping every fault loop shares.
struct FaultLoop {
    started: Instant,
    faults: Vec<Fault>,
    pending: Vec<Pending>,
    recovery_timeout: Duration,
    /// When to stop waiting for pending recoveries; set once the run is over.
    deadline: Option<Instant>,
}

/// What a fault loop does next.
enum Phase {
    /// The run goes on: inject if it is time (the poll's instant).
    Inject(Instant),
    /// The run is over; recoveries are still awaited.
    Drain,
    /// Nothing more to wait for.
    Done,
}

impl FaultLoop {
    fn new(recovery_timeout: Duration) -> Self {
        Self {
            started: Instant::now(),
            faults: Vec::new(),
            pending: Vec::new(),
            recovery_timeout,
            deadline: None,
        }
    }

    /// `now` as time since the loop started.
    fn at(&self, now: Instant) -> Duration {
        now.duration_since(self.started)
    }

    /// Records a fault that began at `at` and was over at `over_at`, whose recovery
    /// needs the stages' groups to commit `ends_at_fault`.
    fn push(
        &mut self,
        kind: FaultKind,
        at: Duration,
        over_at: Duration,
        ends_at_fault: BTreeMap<Stage, BTreeMap<i32, i64>>,
    ) {
        self.pending.push(Pending {
            fault: self.faults.len(),
            ends_at_fault,
            over_at,
        });
        self.faults.push(Fault {
            kind,
            at,
            recovery: None,
        });
    }
}

/// A fault whose recovery is still awaited: the input ends, at the fault, of the
/// partitions of the stages it hit, and when it was over (since the loop started).
struct Pending {
    fault: usize,
    ends_at_fault: BTreeMap<Stage, BTreeMap<i32, i64>>,
    over_at: Duration,
}

/// What identifies one matched update: the observation it was made for (trajectory key
/// and newest point's time). A re-delivery repeats it, a lost one is missing. Not the
/// session: a victim upstream of the assembler delays its objects' locations by its
/// downtime, and a gap longer than the assembler's idle limit ends the session and starts
/// a new one — as a real outage does — without losing an observation.
pub fn observation(m: &MatchedTrajectory) -> (String, i64) {
    let newest = m.points.iter().map(|p| p.timestamp_ms).max().unwrap_or(0);
    (m.trajectory_key.clone(), newest)
}

/// The observation a prediction was made for.
pub fn predicted_observation(p: &Prediction) -> (String, i64) {
    (p.trajectory_key.clone(), p.timestamp_ms)
}

/// The observations whose prediction is missing from `predictions`, although the
/// stateless predictor (default configuration, on `graph`) computes one from a matched
/// update in `matched`: the predictions a run lost. (A session split by a victim's
/// downtime starts with too few points to predict from, so it is judged by what really
/// reached the predictor, not by an uninterrupted run.)
pub fn lost_predictions(
    graph: Arc<LaneGraph>,
    matched: &[MatchedTrajectory],
    predictions: &[Prediction],
) -> Vec<(String, i64)> {
    let mut predictor = Predictor::new(graph, PredictorConfig::default());
    let due: BTreeSet<_> = matched
        .iter()
        .filter_map(|m| predictor.predict(m).ok().flatten())
        .map(|p| predicted_observation(&p))
        .collect();
    let made: BTreeSet<_> = predictions.iter().map(predicted_observation).collect();
    due.into_iter().filter(|id| !made.contains(id)).collect()
}

/// SplitMix64: a seeded, reproducible choice of victims (not cryptographic, not
/// statistical: any spread over the instances will do).
fn next_random(state: &mut u64) -> u64 {
    *state = state.wrapping_add(0x9e37_79b9_7f4a_7c15);
    let mut z = *state;
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

impl Pipeline {
    /// Kills (SIGKILL, from outside, like the OOM killer or a node failure) a random
    /// running stage instance every `plan.every` while `running()` says so, and keeps the
    /// supervisor going meanwhile (as `cits up` does), so each crash is noticed and the
    /// instance restarted with backoff. Afterwards waits (up to `recovery_timeout`) for the
    /// recoveries still pending. Returns every fault with its recovery time.
    /// Fails if the supervisor gives up (restart budget) or a kill fails.
    pub async fn kill_randomly_while(
        &mut self,
        plan: &KillPlan,
        mut running: impl FnMut() -> bool,
        recovery_timeout: Duration,
    ) -> Result<Vec<Fault>> {
        let mut run = FaultLoop::new(recovery_timeout);
        let mut rng = plan.seed;
        let mut next_kill = run.started + plan.every;
        loop {
            match self.fault_phase(&mut run, &mut running).await? {
                Phase::Done => return Ok(run.faults),
                Phase::Inject(now) if now >= next_kill => {
                    next_kill = now + plan.every;
                    let candidates: Vec<(InstanceId, u32)> = self
                        .supervisor
                        .status()
                        .into_iter()
                        .filter_map(|i| Some((i.id, i.pid?)))
                        .collect();
                    if !candidates.is_empty() {
                        let pick = (next_random(&mut rng) % candidates.len() as u64) as usize;
                        let (victim, pid) = candidates[pick];
                        let ends = self.owned_input_ends(victim).await?;
                        crash(victim, pid)?;
                        eprintln!(
                            "chaos: kill -9 {victim} (pid {pid}) at {:.1} s",
                            run.started.elapsed().as_secs_f64()
                        );
                        let at = run.at(now);
                        run.push(
                            FaultKind::Kill(victim),
                            at,
                            at,
                            BTreeMap::from([(victim.stage, ends)]),
                        );
                    }
                }
                Phase::Inject(_) | Phase::Drain => {}
            }
            tokio::time::sleep(CHAOS_POLL).await;
        }
    }

    /// Breaks the network between every client and the broker (the pipeline's
    /// [`crate::proxy::FaultProxy`], [`crate::PipelineConfig::fault_proxy`]) every
    /// `plan.every` while `running()` says so, one fault at a time, in turn (the seed
    /// picks the first): all connections dropped, a [`STALL_FOR`] stall, [`SLOW_DELAY`]
    /// added for [`SLOW_FOR`]. The supervisor keeps going meanwhile (a stage that gives up is
    /// restarted, and counted in its restarts). Afterwards waits (up to
    /// `recovery_timeout`) for the recoveries still pending. Returns every fault with its
    /// recovery time: until every stage had processed what had arrived when it began.
    pub async fn network_faults_while(
        &mut self,
        plan: &KillPlan,
        mut running: impl FnMut() -> bool,
        recovery_timeout: Duration,
    ) -> Result<Vec<Fault>> {
        if self.fault_proxy.is_none() {
            return Err(Error::Config(
                "network faults need the fault proxy (PipelineConfig::fault_proxy)".into(),
            ));
        }
        let mut run = FaultLoop::new(recovery_timeout);
        let mut next_fault = run.started + plan.every;
        let mut slow_until: Option<Instant> = None;
        loop {
            if slow_until.is_some_and(|until| Instant::now() >= until) {
                slow_until = None;
                if let Some(proxy) = &self.fault_proxy {
                    proxy.set_delay(Duration::ZERO);
                }
            }
            match self.fault_phase(&mut run, &mut running).await? {
                // A slow spell still on ends first: the network is left healthy.
                Phase::Done if slow_until.is_none() => return Ok(run.faults),
                Phase::Inject(now) if now >= next_fault && slow_until.is_none() => {
                    let ends = self.all_input_ends().await?;
                    let Some(proxy) = &self.fault_proxy else {
                        continue;
                    };
                    let kind = match plan.seed.wrapping_add(run.faults.len() as u64) % 3 {
                        0 => FaultKind::DropConnections(proxy.drop_connections()),
                        1 => {
                            proxy.stall_for(STALL_FOR);
                            FaultKind::Stall(STALL_FOR)
                        }
                        _ => {
                            proxy.set_delay(SLOW_DELAY);
                            slow_until = Some(now + SLOW_FOR);
                            FaultKind::Slow {
                                delay: SLOW_DELAY,
                                lasting: SLOW_FOR,
                            }
                        }
                    };
                    let at = run.at(now);
                    let lasting = match kind {
                        FaultKind::Stall(d) => d,
                        FaultKind::Slow { lasting, .. } => lasting,
                        _ => Duration::ZERO,
                    };
                    eprintln!("chaos: {kind} at {:.1} s", at.as_secs_f64());
                    next_fault = now + lasting + plan.every;
                    run.push(kind, at, at + lasting, ends);
                }
                Phase::Done | Phase::Inject(_) | Phase::Drain => {}
            }
            tokio::time::sleep(CHAOS_POLL).await;
        }
    }

    /// Kills the broker process (SIGKILL; [`crate::PipelineConfig::broker_process`]) every
    /// `plan.every` while `running()` says so, and starts it again on the same address and
    /// durable storage after [`BROKER_DOWN_FOR`]. Every client (stages, replayer, output
    /// consumers) has to reconnect on its own; the supervisor keeps going meanwhile.
    /// Afterwards waits (up to `recovery_timeout`) for the recoveries still pending.
    /// Returns every fault with its recovery time: from the restart until every stage had
    /// processed what had arrived when the broker was killed.
    pub async fn broker_kills_while(
        &mut self,
        plan: &KillPlan,
        mut running: impl FnMut() -> bool,
        recovery_timeout: Duration,
    ) -> Result<Vec<Fault>> {
        if self.broker_process.is_none() {
            return Err(Error::Config(
                "broker kills need the broker process (PipelineConfig::broker_process)".into(),
            ));
        }
        let mut run = FaultLoop::new(recovery_timeout);
        let mut next_fault = run.started + plan.every;
        loop {
            match self.fault_phase(&mut run, &mut running).await? {
                Phase::Done => return Ok(run.faults),
                Phase::Inject(now) if now >= next_fault => {
                    let ends = self.all_input_ends().await?;
                    let Some(mut broker) = self.broker_process.take() else {
                        continue;
                    };
                    broker.kill()?;
                    let at = run.at(now);
                    let kind = FaultKind::BrokerKill {
                        down: BROKER_DOWN_FOR,
                    };
                    eprintln!("chaos: {kind} at {:.1} s", at.as_secs_f64());
                    tokio::time::sleep(BROKER_DOWN_FOR).await;
                    let broker =
                        tokio::task::spawn_blocking(move || broker.restart().map(|()| broker))
                            .await
                            .map_err(|e| {
                                Error::Config(format!("broker restart task failed: {e}"))
                            })??;
                    self.broker_process = Some(broker);
                    next_fault = Instant::now() + plan.every;
                    run.push(kind, at, run.started.elapsed(), ends);
                }
                Phase::Inject(_) | Phase::Drain => {}
            }
            tokio::time::sleep(CHAOS_POLL).await;
        }
    }

    /// What every fault loop does each poll: keeps the supervisor going, notes the
    /// recoveries, and says whether to inject (the run goes on), wait for pending
    /// recoveries (it is over), or stop (none pending, or `recovery_timeout` passed).
    async fn fault_phase(
        &mut self,
        run: &mut FaultLoop,
        running: &mut impl FnMut() -> bool,
    ) -> Result<Phase> {
        self.supervisor.check()?;
        self.note_recoveries(&mut run.pending, &mut run.faults, run.started)
            .await?;
        let now = Instant::now();
        if run.deadline.is_none() && !running() {
            run.deadline = Some(now + run.recovery_timeout);
        }
        Ok(match run.deadline {
            Some(deadline) if run.pending.is_empty() || now >= deadline => Phase::Done,
            Some(_) => Phase::Drain,
            None => Phase::Inject(now),
        })
    }

    /// The input ends of every stage.
    async fn all_input_ends(&self) -> Result<BTreeMap<Stage, BTreeMap<i32, i64>>> {
        let mut ends = BTreeMap::new();
        for spec in STAGES {
            ends.insert(spec.stage, self.input_ends(spec.stage).await?);
        }
        Ok(ends)
    }

    /// Marks the faults that are over and whose stages have caught up: each stage's group
    /// committed, in each partition, at least the end the partition had at the fault.
    async fn note_recoveries(
        &self,
        pending: &mut Vec<Pending>,
        faults: &mut [Fault],
        started: Instant,
    ) -> Result<()> {
        let mut still = Vec::new();
        for p in pending.drain(..) {
            let elapsed = started.elapsed();
            let mut caught_up = elapsed >= p.over_at;
            for (stage, ends) in &p.ends_at_fault {
                if !caught_up {
                    break;
                }
                // While the broker is down or unreachable, the group cannot be asked: not
                // caught up yet (and the fault stays pending, never dropped).
                let Ok(committed) = self.committed_input_offsets(*stage).await else {
                    caught_up = false;
                    break;
                };
                caught_up = ends
                    .iter()
                    .all(|(partition, end)| committed.get(partition).is_some_and(|c| c >= end));
            }
            // A restarted process commits only after it runs, so catching up implies it runs.
            if caught_up {
                if let Some(fault) = faults.get_mut(p.fault) {
                    fault.recovery = Some(started.elapsed().saturating_sub(p.over_at));
                }
            } else {
                still.push(p);
            }
        }
        *pending = still;
        Ok(())
    }

    /// The ends of every partition of `stage`'s input topic.
    async fn input_ends(&self, stage: Stage) -> Result<BTreeMap<i32, i64>> {
        let mut ends = BTreeMap::new();
        for pc in self.input_clients(stage) {
            ends.insert(pc.partition(), kafka::high_watermark(pc).await?);
        }
        Ok(ends)
    }

    /// The input partitions of `instance` (partition % instances == index) and their ends.
    async fn owned_input_ends(&self, instance: InstanceId) -> Result<BTreeMap<i32, i64>> {
        let instances = self.config.instances;
        let mut ends = BTreeMap::new();
        for pc in self.input_clients(instance.stage) {
            if u32::try_from(pc.partition()).is_ok_and(|p| p % instances == instance.index) {
                ends.insert(pc.partition(), kafka::high_watermark(pc).await?);
            }
        }
        Ok(ends)
    }

    /// The committed offsets of `stage`'s group in its input topic, per partition.
    async fn committed_input_offsets(&self, stage: Stage) -> Result<BTreeMap<i32, i64>> {
        let topic = self.input_topic(stage);
        let partitions: Vec<i32> = self
            .input_clients(stage)
            .iter()
            .map(|pc| pc.partition())
            .collect();
        let Some(group) = self.groups.get(&stage) else {
            return Ok(BTreeMap::new());
        };
        kafka::committed_offsets(group, topic, &partitions).await
    }

    /// The input topic of `stage`.
    fn input_topic(&self, stage: Stage) -> &str {
        let input = STAGES
            .iter()
            .find(|s| s.stage == stage)
            .map_or(crate::Topic::Raw, |s| s.input);
        self.config.topics.get(input)
    }

    /// The counters' partition clients of `stage`'s input topic.
    fn input_clients(
        &self,
        stage: Stage,
    ) -> &[std::sync::Arc<rskafka::client::partition::PartitionClient>] {
        self.offsets
            .get(self.input_topic(stage))
            .map(Vec::as_slice)
            .unwrap_or_default()
    }
}

/// SIGKILL to `pid` without reaping it: the supervisor finds the exit like a crash's.
fn crash(id: InstanceId, pid: u32) -> Result<()> {
    let pid = libc::pid_t::try_from(pid).map_err(|_| Error::NoSuchInstance(id.to_string()))?;
    // SAFETY: kill(2) with a pid of our own child and a valid signal number.
    let rc = unsafe { libc::kill(pid, libc::SIGKILL) };
    if rc == 0 {
        Ok(())
    } else {
        Err(Error::Kill {
            instance: id.to_string(),
            source: std::io::Error::last_os_error(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn victims_are_reproducible_and_spread_over_the_instances() {
        let picks = |seed| {
            let mut state = seed;
            (0..400)
                .map(|_| next_random(&mut state) % 8)
                .collect::<Vec<_>>()
        };
        assert_eq!(picks(7), picks(7), "same seed, same victims");
        assert_ne!(picks(7), picks(8), "another seed, other victims");
        for instance in 0..8 {
            let n = picks(7).iter().filter(|&&p| p == instance).count();
            // 400 picks over 8 instances: 50 expected each; far from 0 and from all.
            assert!(
                (20..=80).contains(&n),
                "instance {instance} picked {n} times"
            );
        }
    }
}
