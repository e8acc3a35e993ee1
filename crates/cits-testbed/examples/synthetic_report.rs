//! Writes a results folder from synthetic traces, to see what a report looks
//! like without running the pipeline: `cargo run -p cits-testbed --example synthetic_report -- OUT_DIR`.

use cits_proto::Trace;
use cits_testbed::analysis::RunAnalysis;
use cits_testbed::report::{self, BenchResults, RunResult, ScenarioKind, ScenarioResult};

/// Messages per synthetic run.
const MESSAGES: u64 = 2_000;

fn run(seed: u64) -> RunResult {
    let mut analysis = RunAnalysis::new();
    let mut state = seed;
    let mut jitter = |max: u64| {
        // xorshift: deterministic noise without a dependency.
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state % max
    };
    for i in 0..MESSAGES {
        let mut t = Trace::default();
        let mut now = 1_700_000_000_000_000_000 + i * 15_000_000;
        for stage in cits_testbed::trace::PIPELINE_STAGES {
            let processing = 50_000 + jitter(400_000);
            t.push(stage, &format!("{stage}-0"), now, now + processing);
            now += processing + 20_000_000 + jitter(20_000_000);
        }
        analysis.push_trace(&format!("30001/{}", i % 40), Some(&t));
    }
    RunResult {
        analysis,
        ..Default::default()
    }
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let out = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "synthetic-report".into());
    let results = BenchResults {
        command: "cargo run -p cits-testbed --example synthetic_report".into(),
        machine: "synthetic traces, no pipeline".into(),
        scenarios: vec![ScenarioResult {
            name: "1x".into(),
            kind: ScenarioKind::Pace { factor: 1.0 },
            runs: vec![run(1), run(2), run(3)],
        }],
        ..Default::default()
    };
    let written = report::write_results(std::path::Path::new(&out), &results)?;
    println!("{}", written.markdown.display());
    Ok(())
}
