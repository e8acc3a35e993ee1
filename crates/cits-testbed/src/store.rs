//! Per-message traces into PostgreSQL, as the thesis testbed persisted them
//! (§4.1: "extracts the tracing information and persists them into the
//! connected PostgreSQL database").
//!
//! One row per trace entry of every measured message:
//! `cits_trace(bench_id, scenario, run, message, trajectory_key, position,
//! stage, instance, received_ns, sent_ns)`, so any latency can be recomputed
//! with SQL.

use tokio_postgres::types::ToSql;
use tokio_postgres::{Client, NoTls};

use crate::analysis::RunAnalysis;
use crate::error::{Error, Result};

/// Parameters of one row.
const COLUMNS: usize = 10;

/// Rows per INSERT: PostgreSQL allows 65 535 bind parameters per statement.
const ROWS_PER_INSERT: usize = 1_000;

/// Creates the table (if missing).
pub const SCHEMA: &str = "CREATE TABLE IF NOT EXISTS cits_trace (
    bench_id text NOT NULL,
    scenario text NOT NULL,
    run integer NOT NULL,
    message integer NOT NULL,
    trajectory_key text NOT NULL,
    position smallint NOT NULL,
    stage text NOT NULL,
    instance text NOT NULL,
    received_ns bigint NOT NULL,
    sent_ns bigint NOT NULL,
    PRIMARY KEY (bench_id, scenario, run, message, position)
)";

/// A connection to the trace store.
pub struct Store {
    client: Client,
    /// Connection task: drives the socket until the client is dropped.
    connection: tokio::task::JoinHandle<()>,
    /// Identifies this benchmark's rows.
    bench_id: String,
}

impl Store {
    /// Connects (e.g. `postgres://user@127.0.0.1:5432/db`) and creates the table.
    pub async fn connect(url: &str, bench_id: &str) -> Result<Self> {
        let (client, connection) = tokio_postgres::connect(url, NoTls)
            .await
            .map_err(|source| Error::Postgres {
                action: "connect",
                source,
            })?;
        let connection = tokio::spawn(async move {
            // Errors surface on the client's next call.
            let _ = connection.await;
        });
        client
            .batch_execute(SCHEMA)
            .await
            .map_err(|source| Error::Postgres {
                action: "create table",
                source,
            })?;
        Ok(Self {
            client,
            connection,
            bench_id: bench_id.to_owned(),
        })
    }

    /// Writes every trace entry of a run's messages in one transaction; returns the rows written.
    pub async fn write_run(
        &mut self,
        scenario: &str,
        run: usize,
        analysis: &RunAnalysis,
    ) -> Result<u64> {
        let tx = self
            .client
            .transaction()
            .await
            .map_err(|source| Error::Postgres {
                action: "begin",
                source,
            })?;
        let run = i32::try_from(run).unwrap_or(i32::MAX);
        // Owned row values, then borrowed as parameters in chunks.
        let mut rows: Vec<[Box<dyn ToSql + Sync + Send>; COLUMNS]> = Vec::new();
        for m in &analysis.messages {
            for (position, s) in m.stages().iter().enumerate() {
                rows.push([
                    Box::new(self.bench_id.clone()),
                    Box::new(scenario.to_owned()),
                    Box::new(run),
                    Box::new(i32::try_from(m.index).unwrap_or(i32::MAX)),
                    Box::new(m.key.clone()),
                    Box::new(i16::try_from(position).unwrap_or(i16::MAX)),
                    Box::new(s.stage.clone()),
                    Box::new(s.instance.clone()),
                    // Unix ns fit i64 until 2262.
                    Box::new(i64::try_from(s.received_ns).unwrap_or(i64::MAX)),
                    Box::new(i64::try_from(s.sent_ns).unwrap_or(i64::MAX)),
                ]);
            }
        }
        let mut written = 0;
        for chunk in rows.chunks(ROWS_PER_INSERT) {
            let mut sql = String::from(
                "INSERT INTO cits_trace (bench_id, scenario, run, message, trajectory_key, position, stage, instance, received_ns, sent_ns) VALUES ",
            );
            for r in 0..chunk.len() {
                if r > 0 {
                    sql.push(',');
                }
                sql.push('(');
                for c in 0..COLUMNS {
                    if c > 0 {
                        sql.push(',');
                    }
                    sql.push_str(&format!("${}", r * COLUMNS + c + 1));
                }
                sql.push(')');
            }
            let params: Vec<&(dyn ToSql + Sync)> = chunk
                .iter()
                .flat_map(|row| row.iter().map(|v| v.as_ref() as &(dyn ToSql + Sync)))
                .collect();
            written +=
                tx.execute(sql.as_str(), &params)
                    .await
                    .map_err(|source| Error::Postgres {
                        action: "insert traces",
                        source,
                    })?;
        }
        tx.commit().await.map_err(|source| Error::Postgres {
            action: "commit",
            source,
        })?;
        Ok(written)
    }

    /// The client, for queries (tests, ad-hoc analysis).
    pub fn client(&self) -> &Client {
        &self.client
    }
}

impl Drop for Store {
    fn drop(&mut self) {
        self.connection.abort();
    }
}
