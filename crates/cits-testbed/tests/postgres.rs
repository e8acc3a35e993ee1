//! `--store postgres://…`: traces land in a real PostgreSQL, started here on a
//! free loopback port in a temporary directory (Debian's postgresql 15 binaries;
//! as root the server runs as the `postgres` user, since it refuses root).

use cits_proto::Trace;
use cits_testbed::analysis::RunAnalysis;
use cits_testbed::store::Store;

#[path = "../../cits-pipeline/tests/common/postgres.rs"]
mod temp_postgres;
use temp_postgres::TempPostgres;

fn synthetic_run(n: u64) -> RunAnalysis {
    let mut run = RunAnalysis::new();
    for i in 0..n {
        let mut t = Trace::default();
        let mut now = 1_700_000_000_000_000_000 + i * 62_500_000;
        for stage in cits_testbed::trace::PIPELINE_STAGES {
            t.push(stage, &format!("{stage}-0"), now, now + 150_000);
            now += 150_000 + 2_500_000;
        }
        run.push_trace(&format!("1001/{}", i % 7), Some(&t));
    }
    run
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn traces_are_stored_and_latency_recomputes_in_sql() {
    let pg = TempPostgres::start("store");
    let mut store = Store::connect(&pg.url(), "test-bench").await.unwrap();
    // More rows than one INSERT takes, to cover the chunking.
    let run = synthetic_run(450);
    let written = store.write_run("4x", 1, &run).await.unwrap();
    let stages = cits_testbed::trace::PIPELINE_STAGES.len() as u64;
    assert_eq!(written, 450 * stages);

    // End-to-end latency recomputed from the stored rows equals the in-memory one.
    let row = store
        .client()
        .query_one(
            "SELECT count(DISTINCT message), avg(e2e)::float8 FROM (
                 SELECT message, max(sent_ns) - min(received_ns) AS e2e
                 FROM cits_trace WHERE bench_id = 'test-bench' AND scenario = '4x' AND run = 1
                 GROUP BY message) m",
            &[],
        )
        .await
        .unwrap();
    let messages: i64 = row.get(0);
    let mean_ns: f64 = row.get(1);
    assert_eq!(messages, 450);
    let expected = run.breakdown.end_to_end.mean_ns();
    assert!((mean_ns - expected).abs() < 1.0, "{mean_ns} vs {expected}");

    // A second run of the same scenario is kept apart.
    store.write_run("4x", 2, &synthetic_run(3)).await.unwrap();
    let total: i64 = store
        .client()
        .query_one("SELECT count(*) FROM cits_trace", &[])
        .await
        .unwrap()
        .get(0);
    assert_eq!(total as u64, (450 + 3) * stages);
}
