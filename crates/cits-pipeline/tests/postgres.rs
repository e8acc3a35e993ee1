//! The whole pipeline on a broker that keeps its data in PostgreSQL (issue 12 item 3):
//! the shipped `.wasm` modules under `cits run`, the broker a `cits broker --storage
//! postgres://…` process on a throw-away PostgreSQL, the sample recording. Every object
//! must be accounted for and the outputs must equal the native run, as on the in-memory
//! broker (`e2e.rs`).

// `serial()` holds a std Mutex for the whole test (see e2e.rs).
#![allow(clippy::await_holding_lock)]

mod common;

use cits_pipeline::{Modules, Pipeline};

use common::postgres::TempPostgres;
use common::{assert_accounted_as_native, replay_and_settle, sample_at_max_speed, serial};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_pipeline_on_a_broker_over_postgresql_matches_native() {
    let _serial = serial();
    let pg = TempPostgres::start("pipeline");
    let (data, options, expected) = sample_at_max_speed();
    let mut config = common::config(&data, "postgres");
    let Modules::Wasm { cits_exe, .. } = &config.modules else {
        panic!("the end-to-end tests run the shipped .wasm modules");
    };
    config.broker_process = Some(cits_exe.clone());
    config.broker_storage = cits_broker::Storage::parse(&pg.url()).expect("postgres storage URL");
    let mut pipeline = Pipeline::start(config)
        .await
        .unwrap_or_else(|err| panic!("pipeline starts: {err}\n{}", pg.log()));
    let counts = replay_and_settle(&mut pipeline, &data.entries, &options).await;
    let summary = pipeline.shutdown().await.expect("clean shutdown");
    eprintln!("{summary}");
    assert_accounted_as_native(&counts, &summary, &expected);
}
