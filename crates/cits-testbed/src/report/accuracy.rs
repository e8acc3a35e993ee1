//! The report's accuracy section: the pipeline's predictions and risks against the
//! replayed data's ground truth ([`crate::accuracy`]).

use std::fmt::Write as _;

use super::BenchResults;
use crate::accuracy::Accuracy;

fn pct(v: Option<f64>) -> String {
    v.map_or("—".into(), |v| format!("{:.1} %", 100.0 * v))
}

fn metres(v: Option<f64>) -> String {
    v.map_or("—".into(), |v| format!("{v:.2}"))
}

fn seconds(v: Option<f64>) -> String {
    v.map_or("—".into(), |v| format!("{v:.2} s"))
}

/// The first run of each scenario that was scored, with its scenario's name.
fn scored_runs(results: &BenchResults) -> Vec<(&str, &Accuracy)> {
    results
        .scenarios
        .iter()
        .filter_map(|s| {
            let a = s.runs.first()?.accuracy.as_ref()?;
            Some((s.name.as_str(), a))
        })
        .collect()
}

/// Writes "## Prediction accuracy and warnings" (nothing when no run was scored).
pub(super) fn section(md: &mut String, results: &BenchResults) {
    let runs = scored_runs(results);
    let Some((first_name, first)) = runs.first() else {
        return;
    };
    let _ = writeln!(
        md,
        "## Prediction accuracy and warnings (against the data's ground truth)\n"
    );
    let _ = writeln!(
        md,
        "The pipeline's own `cits.predictions` and `cits.risks` records, scored against the replayed data set's `truth.csv` and `conflicts.csv` by `cits_sim::accuracy` (the rules of the README's *Prediction accuracy* and *Collision warnings*; conflicts count when the replay covers their matching window). Top-1 path: cars and bikes at most 10 m before the stop line, the top hypothesis holds the true next lane (baseline: each approach arm's most frequent exit). ADE / FDE of the top hypothesis, m. Scenario {first_name}, run 1 ({} predictions without truth, {} malformed):\n",
        first.unscored_predictions, first.malformed_predictions
    );
    let _ = writeln!(
        md,
        "| class | predictions | top-1 path | baseline | ADE / FDE 1 s | 2 s | 3 s | 4 s |"
    );
    let _ = writeln!(md, "|---|---|---|---|---|---|---|---|");
    for c in &first.classes {
        let cells: Vec<String> = c
            .ade_m
            .iter()
            .zip(&c.fde_m)
            .map(|(a, f)| format!("{} / {}", metres(*a), metres(*f)))
            .collect();
        let top1 = if c.path_updates > 0 {
            format!("{} of {}", pct(c.top1), c.path_updates)
        } else {
            "—".into()
        };
        let _ = writeln!(
            md,
            "| {} | {} | {} | {} | {} |",
            c.class,
            c.predictions,
            top1,
            pct(c.baseline_per_arm),
            cells.join(" | ")
        );
    }
    let _ = writeln!(
        md,
        "\nPer scenario (run 1; the load should not change what the pipeline predicts):\n"
    );
    let _ = writeln!(
        md,
        "| scenario | car top-1 | bike top-1 | car FDE 4 s | true conflicts | warned | recall | warning events | precision | median lead |"
    );
    let _ = writeln!(md, "|---|---|---|---|---|---|---|---|---|---|");
    for (name, a) in &runs {
        let top1 = |class: &str| pct(a.class(class).and_then(|c| c.top1));
        let fde4 = a
            .class("car")
            .and_then(|c| c.fde_m.last().copied().flatten());
        let w = &a.warnings;
        let _ = writeln!(
            md,
            "| {name} | {} | {} | {} m | {} | {} | {} | {} | {} | {} |",
            top1("car"),
            top1("bicycle"),
            metres(fde4),
            w.conflicts,
            w.warned,
            pct(w.recall),
            w.events,
            pct(w.precision),
            seconds(w.median_lead_s)
        );
    }
    md.push('\n');
}
