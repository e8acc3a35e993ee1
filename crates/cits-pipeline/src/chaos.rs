//! Faults injected on purpose: `kill -9` of random stage instances while a replay runs
//! (issue 12, item 6), each crash left to the supervisor as a real one would be, and the
//! recovery time of each.
//!
//! [`Pipeline::kill_randomly_while`] is the fault loop; what was lost and duplicated is
//! the caller's accounting (it knows the expected output), see
//! `crates/cits-pipeline/tests/chaos.rs` and `cits up --chaos-kill`.

use std::collections::BTreeMap;
use std::fmt;
use std::time::{Duration, Instant};

use crate::supervisor::InstanceId;
use crate::{kafka, Error, Pipeline, Result, Stage, STAGES};

/// How often the fault loop polls the supervisor, the replay and pending recoveries: as
/// often as `cits up` polls its supervisor, so crashed instances restart as they would there.
const CHAOS_POLL: Duration = Duration::from_millis(100);

/// Default pause between two kills: "every few seconds" (issue 12), several faults in a
/// one-minute run and still far from the supervisor's budget of 5 crashes per instance
/// per minute.
pub const DEFAULT_KILL_EVERY: Duration = Duration::from_secs(3);

/// What to break, and when.
#[derive(Debug, Clone, Copy)]
pub struct KillPlan {
    /// Pause between two kills.
    pub every: Duration,
    /// Seed of the choice of victims, so a run can be repeated.
    pub seed: u64,
}

/// One injected crash.
#[derive(Debug, Clone, PartialEq)]
pub struct Fault {
    /// The instance killed.
    pub instance: InstanceId,
    /// When, since the fault loop started.
    pub at: Duration,
    /// From the kill until the restarted instance had processed (and committed) every
    /// input record that had arrived in its partitions when it was killed; `None` if that
    /// did not happen before the loop ended and the pipeline settled.
    pub recovery: Option<Duration>,
}

impl fmt::Display for Fault {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "kill -9 {} at {:.1} s: ",
            self.instance,
            self.at.as_secs_f64()
        )?;
        match self.recovery {
            Some(r) => write!(f, "recovered in {:.2} s", r.as_secs_f64()),
            None => write!(f, "not recovered"),
        }
    }
}

/// A crash whose recovery is still awaited: the input ends of the victim's partitions at
/// the kill.
struct Pending {
    fault: usize,
    stage: Stage,
    ends_at_kill: BTreeMap<i32, i64>,
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
        let started = Instant::now();
        let mut rng = plan.seed;
        let mut faults: Vec<Fault> = Vec::new();
        let mut pending: Vec<Pending> = Vec::new();
        let mut next_kill = started + plan.every;
        let mut deadline: Option<Instant> = None;
        loop {
            self.supervisor.check()?;
            self.note_recoveries(&mut pending, &mut faults, started)
                .await?;
            let now = Instant::now();
            if deadline.is_none() && !running() {
                deadline = Some(now + recovery_timeout);
            }
            if let Some(deadline) = deadline {
                if pending.is_empty() || now >= deadline {
                    return Ok(faults);
                }
            } else if now >= next_kill {
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
                    let ends_at_kill = self.owned_input_ends(victim).await?;
                    crash(victim, pid)?;
                    eprintln!(
                        "chaos: kill -9 {victim} (pid {pid}) at {:.1} s",
                        started.elapsed().as_secs_f64()
                    );
                    pending.push(Pending {
                        fault: faults.len(),
                        stage: victim.stage,
                        ends_at_kill,
                    });
                    faults.push(Fault {
                        instance: victim,
                        at: now.duration_since(started),
                        recovery: None,
                    });
                }
            }
            tokio::time::sleep(CHAOS_POLL).await;
        }
    }

    /// Marks the faults whose victim has caught up: its group committed, in each of its
    /// partitions, at least the end the partition had when it was killed.
    async fn note_recoveries(
        &self,
        pending: &mut Vec<Pending>,
        faults: &mut [Fault],
        started: Instant,
    ) -> Result<()> {
        let mut still = Vec::new();
        for p in pending.drain(..) {
            let committed = self.committed_input_offsets(p.stage).await?;
            let caught_up = p
                .ends_at_kill
                .iter()
                .all(|(partition, end)| committed.get(partition).is_some_and(|c| c >= end));
            // A restarted process commits only after it runs, so catching up implies it runs.
            if caught_up {
                let fault = &mut faults[p.fault];
                fault.recovery = Some(started.elapsed().saturating_sub(fault.at));
            } else {
                still.push(p);
            }
        }
        *pending = still;
        Ok(())
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
