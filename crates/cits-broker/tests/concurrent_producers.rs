//! Two producers writing one partition at once, a consumer following it: the consumer
//! must read every record, in offset order, without a jump.
//!
//! This is how the pipeline uses the broker (two instances of a stage write the same
//! output partition, the next stage follows it), and it covers the vendored
//! tansu-storage patches for fetches (`vendor/README.md`). tansu 0.6 reserves a batch's
//! offsets (the partition's watermark) before it stores the batch, so while the bigger
//! batch of one producer is still being stored, the smaller batch of the other, with
//! later offsets, can already be there. Upstream answered a fetch with every stored batch
//! from the fetch offset on, so a consumer at the first batch's offset got the later batch
//! and moved past the first one for good: records lost, found by the chaos test of
//! `cits-pipeline` (a few of ~6,000 predictions never reached their consumer).

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;
use std::time::{Duration, Instant};

use cits_broker::{BrokerConfig, EmbeddedBroker};
use rskafka::client::partition::{Compression, PartitionClient, UnknownTopicHandling};
use rskafka::client::ClientBuilder;
use rskafka::record::Record;

mod common;
use common::{bounded, create_topic};

/// How long the two producers write: long enough for thousands of interleaved batches.
const PRODUCE_FOR: Duration = Duration::from_secs(4);
/// Records per batch of the producer with big batches: its batches take longer to store,
/// which is what lets the other producer's later batch be stored first.
const BIG_BATCH_RECORDS: usize = 200;
/// Value size of every record, bytes.
const VALUE_BYTES: usize = 512;
/// Longest the consumer may take to catch up once the producers are done.
const CATCH_UP_TIMEOUT: Duration = Duration::from_secs(30);
/// The consumer's fetch wait, ms (as short as the stages use).
const FETCH_MAX_WAIT_MS: i32 = 20;

async fn partition_client(addr: &str, topic: &str) -> PartitionClient {
    let client = bounded("connect", ClientBuilder::new(vec![addr.to_owned()]).build())
        .await
        .expect("client connects");
    bounded(
        "partition client",
        client.partition_client(topic, 0, UnknownTopicHandling::Retry),
    )
    .await
    .expect("partition client")
}

/// A record whose value names its producer and sequence number.
fn record(producer: u8, seq: u64) -> Record {
    let mut value = vec![producer];
    value.extend_from_slice(&seq.to_be_bytes());
    value.resize(VALUE_BYTES, 0xab);
    Record {
        key: None,
        value: Some(value),
        headers: BTreeMap::new(),
        timestamp: chrono::Utc::now(),
    }
}

/// Produces batches of `batch` records until [`PRODUCE_FOR`] is over; returns how many
/// records it produced.
async fn produce(partition: PartitionClient, producer: u8, batch: usize) -> u64 {
    let started = Instant::now();
    let mut seq = 0u64;
    while started.elapsed() < PRODUCE_FOR {
        let records = (0..batch as u64)
            .map(|i| record(producer, seq + i))
            .collect();
        bounded(
            "produce",
            partition.produce(records, Compression::NoCompression),
        )
        .await
        .expect("produce");
        seq += batch as u64;
    }
    seq
}

#[test]
fn a_consumer_reads_every_record_of_two_concurrent_producers_in_order() {
    let broker = EmbeddedBroker::start(BrokerConfig::default()).expect("broker starts");
    let addr = broker.addr().to_string();
    let topic = "t.concurrent-producers";
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime");
    runtime.block_on(async {
        let client = bounded("connect", ClientBuilder::new(vec![addr.clone()]).build())
            .await
            .expect("client connects");
        create_topic(&client, topic, 1).await;

        let big = tokio::spawn(produce(
            partition_client(&addr, topic).await,
            0,
            BIG_BATCH_RECORDS,
        ));
        let small = tokio::spawn(produce(partition_client(&addr, topic).await, 1, 1));
        let consumer = Arc::new(partition_client(&addr, topic).await);
        let done = Arc::new(std::sync::atomic::AtomicBool::new(false));
        let follower = {
            let (consumer, done) = (consumer.clone(), done.clone());
            tokio::spawn(async move {
                let mut position = 0i64;
                let mut jumps = Vec::new();
                let mut seen: [BTreeSet<u64>; 2] = Default::default();
                let mut duplicates = 0u64;
                let mut caught_up_since = None::<Instant>;
                loop {
                    // Read before the fetch: only a fetch that started after the producers
                    // were done reports a high watermark that includes their last record.
                    let producers_done = done.load(std::sync::atomic::Ordering::SeqCst);
                    let (records, high_watermark) = bounded(
                        "fetch",
                        consumer.fetch_records(position, 1..1_000_000, FETCH_MAX_WAIT_MS),
                    )
                    .await
                    .expect("fetch");
                    for r in records {
                        if r.offset != position {
                            jumps.push((position, r.offset));
                        }
                        position = r.offset + 1;
                        let value = r.record.value.expect("value");
                        let seq = u64::from_be_bytes(value[1..9].try_into().expect("seq"));
                        if !seen[usize::from(value[0])].insert(seq) {
                            duplicates += 1;
                        }
                    }
                    if producers_done && position >= high_watermark {
                        break;
                    }
                    if producers_done {
                        let since = *caught_up_since.get_or_insert_with(Instant::now);
                        assert!(
                            since.elapsed() < CATCH_UP_TIMEOUT,
                            "consumer stuck at offset {position} of {high_watermark}"
                        );
                    }
                }
                (position, jumps, seen, duplicates)
            })
        };
        let produced = [big.await.expect("big"), small.await.expect("small")];
        done.store(true, std::sync::atomic::Ordering::SeqCst);
        let (end, jumps, seen, duplicates) = follower.await.expect("follower");
        println!(
            "produced {} + {} records ({} big batches, {} small ones), consumer read up to offset {end}: {} jumps, {duplicates} duplicates",
            produced[0],
            produced[1],
            produced[0] / BIG_BATCH_RECORDS as u64,
            produced[1],
            jumps.len()
        );
        assert_eq!(end as u64, produced[0] + produced[1], "log end");
        assert!(
            jumps.is_empty(),
            "the consumer's fetches skipped offsets (position → first record returned): {:?}",
            &jumps[..jumps.len().min(10)]
        );
        assert_eq!(duplicates, 0, "records read twice");
        for (producer, seen) in seen.iter().enumerate() {
            let missing = produced[producer] - seen.len() as u64;
            assert_eq!(missing, 0, "records of producer {producer} never read");
        }
    });
    broker.shutdown();
}
