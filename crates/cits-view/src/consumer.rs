//! Consumes the pipeline's output topics into the [`ViewState`]: one task per partition,
//! applying each fetched batch under the state's lock. Topics that do not exist yet (the
//! pipeline not started) are waited for; a failed fetch is retried after a pause.

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use rskafka::client::partition::{OffsetAt, PartitionClient, UnknownTopicHandling};
use rskafka::client::{Client, ClientBuilder};
use tokio::task::JoinHandle;

use crate::state::{Kind, ViewState};
use crate::{Error, Result};

/// Time budget of one metadata, list-offsets or fetch call (a local broker answers in
/// milliseconds; rskafka itself would retry for minutes).
const OP_TIMEOUT: Duration = Duration::from_secs(10);
/// How long to keep trying to reach the brokers at start.
pub const CONNECT_TIMEOUT: Duration = Duration::from_secs(30);
/// Pause between attempts to connect, to find a topic, or after a failed fetch.
const RETRY_PAUSE: Duration = Duration::from_millis(300);
/// Long-poll wait of a fetch: the broker answers as soon as records are there, so this
/// only bounds how long an idle partition's task sleeps.
const FETCH_MAX_WAIT_MS: i32 = 200;
/// Bytes fetched per request per partition.
const FETCH_MAX_BYTES: i32 = 4 * 1024 * 1024;
/// Largest response frame accepted (the stages' bound).
const CLIENT_MAX_MESSAGE_BYTES: usize = 16 * 1024 * 1024;

/// How often the stages' output topics are probed for their log ends (the per-stage
/// rates): once a second is current enough for a rate over seconds and costs the broker
/// two small requests per partition.
pub const STAGE_PROBE_INTERVAL: Duration = Duration::from_secs(1);

/// Where a partition's consumer starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Start {
    /// Everything still in the topic (a fresh pipeline: `cits up --view`).
    Earliest,
    /// Only what arrives from now on (joining a running pipeline).
    Latest,
}

async fn timed<T, E: std::fmt::Display>(
    op: &'static str,
    target: impl FnOnce() -> String,
    fut: impl std::future::Future<Output = std::result::Result<T, E>>,
) -> Result<T> {
    match tokio::time::timeout(OP_TIMEOUT, fut).await {
        Ok(Ok(v)) => Ok(v),
        Ok(Err(e)) => Err(Error::Kafka {
            op,
            target: target(),
            reason: e.to_string(),
        }),
        Err(_) => Err(Error::Kafka {
            op,
            target: target(),
            reason: format!("no answer within {OP_TIMEOUT:?}"),
        }),
    }
}

/// Connects to `brokers`, retrying until [`CONNECT_TIMEOUT`].
pub async fn connect(brokers: &[String]) -> Result<Arc<Client>> {
    let deadline = Instant::now() + CONNECT_TIMEOUT;
    loop {
        let builder = ClientBuilder::new(brokers.to_vec())
            .client_id("cits-view")
            .max_message_size(CLIENT_MAX_MESSAGE_BYTES);
        match timed("connect", || brokers.join(","), builder.build()).await {
            Ok(client) => return Ok(Arc::new(client)),
            Err(e) if Instant::now() >= deadline => return Err(e),
            Err(_) => tokio::time::sleep(RETRY_PAUSE).await,
        }
    }
}

/// Starts consuming `topic` as `kind` into `state`; `clock` gives the wall-clock ms the
/// rates are measured in. The task waits for the topic to exist, then runs one task per
/// partition until aborted.
pub fn spawn(
    client: Arc<Client>,
    kind: Kind,
    topic: String,
    from: Start,
    state: Arc<Mutex<ViewState>>,
    clock: Instant,
) -> JoinHandle<()> {
    tokio::spawn(async move {
        let partitions = loop {
            let listed = timed("list topics", || topic.clone(), client.list_topics()).await;
            if let Ok(topics) = listed {
                if let Some(t) = topics.into_iter().find(|t| t.name == topic) {
                    if !t.partitions.is_empty() {
                        break t.partitions;
                    }
                }
            }
            tokio::time::sleep(RETRY_PAUSE).await;
        };
        let mut tasks = Vec::new();
        for partition in partitions {
            let pc = loop {
                match timed(
                    "partition client",
                    || format!("{topic}/{partition}"),
                    client.partition_client(topic.as_str(), partition, UnknownTopicHandling::Retry),
                )
                .await
                {
                    Ok(pc) => break pc,
                    Err(_) => tokio::time::sleep(RETRY_PAUSE).await,
                }
            };
            tasks.push(tokio::spawn(consume_partition(
                pc,
                kind,
                from,
                Arc::clone(&state),
                clock,
            )));
        }
        // Aborting this task drops the handles but not the tasks: wait on them so that an
        // abort here is noticed; the owner aborts them through `AbortOnDrop`.
        let _guard = AbortOnDrop(tasks);
        std::future::pending::<()>().await;
    })
}

/// Aborts the partition tasks when the topic task is aborted (dropped).
struct AbortOnDrop(Vec<JoinHandle<()>>);

impl Drop for AbortOnDrop {
    fn drop(&mut self) {
        for t in &self.0 {
            t.abort();
        }
    }
}

async fn consume_partition(
    pc: PartitionClient,
    kind: Kind,
    from: Start,
    state: Arc<Mutex<ViewState>>,
    clock: Instant,
) {
    let target = || format!("{}/{}", pc.topic(), pc.partition());
    let mut offset = loop {
        let at = match from {
            Start::Earliest => {
                timed("list offsets", target, pc.get_offset(OffsetAt::Earliest)).await
            }
            Start::Latest => cits_stage::kafka::log_end_offset(&pc, OP_TIMEOUT)
                .await
                .map_err(|e| Error::Kafka {
                    op: "log end offset",
                    target: target(),
                    reason: e.to_string(),
                }),
        };
        match at {
            Ok(o) => break o,
            Err(_) => tokio::time::sleep(RETRY_PAUSE).await,
        }
    };
    loop {
        let fetched = timed(
            "fetch",
            target,
            pc.fetch_records(offset, 1..FETCH_MAX_BYTES, FETCH_MAX_WAIT_MS),
        )
        .await;
        let records = match fetched {
            Ok((records, _)) => records,
            Err(_) => {
                tokio::time::sleep(RETRY_PAUSE).await;
                continue;
            }
        };
        let now_ms = clock.elapsed().as_millis() as u64;
        let Ok(mut s) = state.lock() else { return };
        for r in records {
            if r.offset < offset {
                continue;
            }
            offset = r.offset + 1;
            s.apply(kind, r.record.value.as_deref().unwrap_or_default(), now_ms);
        }
    }
}

/// Probes every [`STAGE_PROBE_INTERVAL`] the log end of each stage's output topic
/// (`(stage, topic)`) and reports the sum over its partitions to `state` — the per-stage
/// record counts and rates, without fetching the records. Topics that do not exist yet
/// are looked for again at the next probe.
pub fn spawn_stage_probe(
    client: Arc<Client>,
    stages: Vec<(&'static str, String)>,
    state: Arc<Mutex<ViewState>>,
) -> JoinHandle<()> {
    tokio::spawn(async move {
        let mut partitions: Vec<Vec<PartitionClient>> = stages.iter().map(|_| Vec::new()).collect();
        let mut timer = tokio::time::interval(STAGE_PROBE_INTERVAL);
        timer.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Skip);
        loop {
            timer.tick().await;
            for ((stage, topic), clients) in stages.iter().zip(partitions.iter_mut()) {
                if clients.is_empty() {
                    *clients = partition_clients(&client, topic).await;
                }
                if clients.is_empty() {
                    continue;
                }
                let mut total = 0u64;
                let mut complete = true;
                for pc in clients.iter() {
                    match cits_stage::kafka::log_end_offset(pc, OP_TIMEOUT).await {
                        Ok(end) => total += u64::try_from(end).unwrap_or(0),
                        Err(_) => complete = false,
                    }
                }
                // A partial sum would show a drop: keep the last full one instead.
                if complete {
                    if let Ok(mut s) = state.lock() {
                        s.set_stage_output(stage, topic, total);
                    }
                }
            }
        }
    })
}

/// Partition clients of every partition of `topic`; empty while it does not exist.
async fn partition_clients(client: &Client, topic: &str) -> Vec<PartitionClient> {
    let Ok(topics) = timed("list topics", || topic.to_string(), client.list_topics()).await else {
        return Vec::new();
    };
    let Some(found) = topics.into_iter().find(|t| t.name == topic) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for partition in found.partitions {
        match timed(
            "partition client",
            || format!("{topic}/{partition}"),
            client.partition_client(topic, partition, UnknownTopicHandling::Retry),
        )
        .await
        {
            Ok(pc) => out.push(pc),
            Err(_) => return Vec::new(),
        }
    }
    out
}
