//! What the collision detector's settings trade: precision, recall and median lead time
//! of the warnings over a grid of settings, on the warnings test's training seeds.
//!
//! ```sh
//! cargo run --release -p cits-sim --example detector_tradeoff -- [OUT_DIR]
//! ```
//!
//! The native core chain up to the predictor (`cits_sim::accuracy::chain`: the modules'
//! functions and defaults) runs once per seed; its predictions and the end-of-CPM ticks
//! are replayed into a fresh detector per setting, and the raised risks are scored by
//! `cits_sim::accuracy::warnings` (the rules of the warnings test and of `cits bench`).
//! Writes `OUT_DIR/warnings-tradeoff.csv` and `OUT_DIR/warnings-tradeoff.svg` (default
//! `results/detector-tradeoff`; `docs` rewrites the README's figure): precision over
//! recall, one dot per setting, filled when the median lead is ≥ 2 s, with the issue's
//! floors drawn in. It picks nothing: the defaults are marked for comparison.
//!
//! It also prints what settings **per VRU class** would reach: a pair's risks depend only
//! on that pair's predictions, so the bike pairs' scores of one setting and the pedestrian
//! pairs' scores of another add up to exactly what a detector with those two settings
//! would score; every combination of the grid is tried.

use std::collections::HashSet;
use std::fmt::Write as _;
use std::io::IsTerminal as _;
use std::path::PathBuf;

use cits_core::collisions::{CollisionConfig, CollisionDetector};
use cits_proto::{ObjectClass, RiskState};
use cits_sim::accuracy::chain::{self, Step};
use cits_sim::accuracy::warnings::{Raised, TrueIds, WarningScores};
use cits_sim::conflicts::ConflictRow;
use cits_sim::truth::Class;
use cits_sim::{generate, Config};

/// The warnings test's training seeds and run length, min.
const SEEDS: [u64; 4] = [1, 2, 3, 4];
const MINUTES: f64 = 3.0;
/// Floors of issue 10, drawn into the plot.
const MIN_PRECISION: f64 = 0.9;
const MIN_RECALL: f64 = 0.9;
const MIN_MEDIAN_LEAD_S: f64 = 2.0;

/// One seed's chain output up to the predictor, with what scoring needs.
struct Recorded {
    steps: Vec<Step>,
    ids: TrueIds,
    conflicts: Vec<ConflictRow>,
}

fn record(seed: u64) -> Result<Recorded, Box<dyn std::error::Error>> {
    let data = generate(&Config::new(seed, MINUTES)?, &mut |_, _| {})?;
    Ok(Recorded {
        steps: chain::predictions(&data)?,
        ids: TrueIds::new(&data.truth),
        conflicts: data.conflicts,
    })
}

/// A setting's scores, split by the VRU class of the pair (truth's class for the
/// conflicts, the detected class for the risks).
#[derive(Default)]
struct ByClass {
    bikes: WarningScores,
    pedestrians: WarningScores,
}

impl ByClass {
    fn merge(&mut self, o: &ByClass) {
        self.bikes.merge(&o.bikes);
        self.pedestrians.merge(&o.pedestrians);
    }

    fn pooled(&self) -> WarningScores {
        let mut all = self.bikes.clone();
        all.merge(&self.pedestrians);
        all
    }
}

/// The risks a detector with `config` raises over a recorded seed, scored per VRU class.
fn score(rec: &Recorded, config: &CollisionConfig) -> Result<ByClass, cits_core::Error> {
    let mut detector = CollisionDetector::new(config.clone());
    let mut seen = HashSet::new();
    let (mut bikes, mut pedestrians) = (Vec::new(), Vec::new());
    let last = rec.steps.iter().rev().find_map(|s| match s {
        Step::EndOfCpm { watermark_ms } => Some(*watermark_ms),
        Step::Prediction { .. } => None,
    });
    // After the recording every road user leaves, so every open risk ends.
    let end = last.map(|w| Step::EndOfCpm {
        watermark_ms: w + config.max_age_ms + 1,
    });
    for step in rec.steps.iter().chain(&end) {
        let risks = match step {
            Step::Prediction { prediction, .. } => detector.process(prediction)?,
            Step::EndOfCpm { watermark_ms } => detector.tick(*watermark_ms),
        };
        for risk in risks {
            if risk.state == RiskState::Active as i32 && seen.insert(risk.risk_id.clone()) {
                let id = |u: &Option<cits_proto::RoadUser>| {
                    u.as_ref()
                        .and_then(|u| rec.ids.at(&u.trajectory_key, risk.timestamp_ms))
                };
                let raised = Raised {
                    pair: id(&risk.vehicle).zip(id(&risk.other)),
                    raised_ms: risk.detected_ms,
                };
                let pedestrian = risk
                    .other
                    .as_ref()
                    .is_some_and(|o| o.object_class == ObjectClass::Pedestrian as i32);
                if pedestrian {
                    pedestrians.push(raised);
                } else {
                    bikes.push(raised);
                }
            }
        }
    }
    let (pedestrian_conflicts, bike_conflicts): (Vec<ConflictRow>, Vec<ConflictRow>) = rec
        .conflicts
        .iter()
        .cloned()
        .partition(|c| c.vru_class == Class::Pedestrian);
    Ok(ByClass {
        bikes: WarningScores::score(&bikes, &bike_conflicts),
        pedestrians: WarningScores::score(&pedestrians, &pedestrian_conflicts),
    })
}

/// Scores as (recall, precision, median lead s).
fn point(s: &WarningScores) -> Point {
    (
        s.recall().unwrap_or(0.0),
        s.precision().unwrap_or(0.0),
        s.median_lead_s().unwrap_or(0.0),
    )
}

/// The grid: raise levels, persistence and probability around the defaults.
fn settings() -> Vec<CollisionConfig> {
    let mut out = Vec::new();
    for ttc in [2.0, 2.5, 3.0] {
        for pet in [0.5, 0.75, 1.0, 1.25] {
            for (m, n) in [(4, 8), (6, 8), (8, 8)] {
                for p in [0.3, 0.5, 0.7] {
                    out.push(CollisionConfig {
                        ttc_raise_s: ttc,
                        pet_raise_s: pet,
                        persist_m: m,
                        persist_n: n,
                        min_probability: p,
                        ..CollisionConfig::default()
                    });
                }
            }
        }
    }
    out
}

/// One setting's pooled scores: (recall, precision, median lead s).
type Point = (f64, f64, f64);

fn label(c: &CollisionConfig) -> String {
    format!(
        "ttc={} pet={} m={}/{} p={}",
        c.ttc_raise_s, c.pet_raise_s, c.persist_m, c.persist_n, c.min_probability
    )
}

/// Precision over recall, one dot per setting (filled: median lead ≥ 2 s), floors dashed,
/// the defaults ringed.
fn svg(points: &[(CollisionConfig, Point)]) -> String {
    const W: f64 = 640.0;
    const H: f64 = 480.0;
    const M: f64 = 60.0;
    let (lo, hi) = (0.5, 1.0);
    let x = |r: f64| M + (r - lo) / (hi - lo) * (W - 2.0 * M);
    let y = |p: f64| H - M - (p - lo) / (hi - lo) * (H - 2.0 * M);
    let mut s = String::new();
    let _ = writeln!(
        s,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{W}\" height=\"{H}\" font-family=\"sans-serif\" font-size=\"12\">\n\
         <rect width=\"{W}\" height=\"{H}\" fill=\"white\"/>\n\
         <text x=\"{}\" y=\"24\" text-anchor=\"middle\" font-size=\"15\">Collision detector settings: precision vs recall (seeds 1–4, {} settings)</text>",
        W / 2.0,
        points.len()
    );
    for k in 0..=5 {
        let v = lo + (hi - lo) * f64::from(k) / 5.0;
        let _ = writeln!(
            s,
            "<line x1=\"{0}\" y1=\"{1}\" x2=\"{0}\" y2=\"{2}\" stroke=\"#ddd\"/><text x=\"{0}\" y=\"{3}\" text-anchor=\"middle\">{v:.1}</text>\n\
             <line x1=\"{4}\" y1=\"{5}\" x2=\"{6}\" y2=\"{5}\" stroke=\"#ddd\"/><text x=\"{7}\" y=\"{8}\" text-anchor=\"end\">{v:.1}</text>",
            x(v),
            y(lo),
            y(hi),
            y(lo) + 16.0,
            x(lo),
            y(v),
            x(hi),
            x(lo) - 6.0,
            y(v) + 4.0
        );
    }
    let _ = writeln!(
        s,
        "<line x1=\"{0}\" y1=\"{1}\" x2=\"{0}\" y2=\"{2}\" stroke=\"#c00\" stroke-dasharray=\"5,4\"/>\n\
         <line x1=\"{3}\" y1=\"{4}\" x2=\"{5}\" y2=\"{4}\" stroke=\"#c00\" stroke-dasharray=\"5,4\"/>\n\
         <text x=\"{6}\" y=\"{7}\" fill=\"#c00\">floors: recall and precision ≥ 0.9, median lead ≥ 2 s</text>\n\
         <text x=\"{8}\" y=\"{9}\" text-anchor=\"middle\">recall</text>\n\
         <text x=\"16\" y=\"{10}\" transform=\"rotate(-90 16 {10})\" text-anchor=\"middle\">precision</text>",
        x(MIN_RECALL),
        y(lo),
        y(hi),
        x(lo),
        y(MIN_PRECISION),
        x(hi),
        x(lo) + 6.0,
        y(MIN_PRECISION) - 6.0,
        W / 2.0,
        H - 16.0,
        H / 2.0
    );
    let defaults = CollisionConfig::default();
    for (c, (recall, precision, lead)) in points {
        let fill = if *lead >= MIN_MEDIAN_LEAD_S {
            "#1f77b4"
        } else {
            "white"
        };
        let (cx, cy) = (x(recall.clamp(lo, hi)), y(precision.clamp(lo, hi)));
        let _ = writeln!(
            s,
            "<circle cx=\"{cx:.1}\" cy=\"{cy:.1}\" r=\"4\" fill=\"{fill}\" stroke=\"#1f77b4\"><title>{}: recall {:.3}, precision {:.3}, lead {lead:.2} s</title></circle>",
            label(c),
            recall,
            precision
        );
        if *c == defaults {
            let _ = writeln!(
                s,
                "<circle cx=\"{cx:.1}\" cy=\"{cy:.1}\" r=\"9\" fill=\"none\" stroke=\"black\"/><text x=\"{:.1}\" y=\"{:.1}\">defaults</text>",
                cx + 11.0,
                cy + 4.0
            );
        }
    }
    let _ = writeln!(
        s,
        "<circle cx=\"{0}\" cy=\"{1}\" r=\"4\" fill=\"#1f77b4\" stroke=\"#1f77b4\"/><text x=\"{2}\" y=\"{3}\">median lead ≥ 2 s</text>\n\
         <circle cx=\"{0}\" cy=\"{4}\" r=\"4\" fill=\"white\" stroke=\"#1f77b4\"/><text x=\"{2}\" y=\"{5}\">median lead &lt; 2 s</text>\n</svg>",
        x(lo) + 12.0,
        y(lo) - 36.0,
        x(lo) + 22.0,
        y(lo) - 32.0,
        y(lo) - 18.0,
        y(lo) - 14.0
    );
    s
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let out: PathBuf = std::env::args_os()
        .nth(1)
        .map_or_else(|| "results/detector-tradeoff".into(), PathBuf::from);
    std::fs::create_dir_all(&out)?;
    let recorded: Vec<Recorded> = SEEDS.iter().map(|&s| record(s)).collect::<Result<_, _>>()?;
    let grid = settings();
    let total = grid.len();
    // A progress line on a terminal; nothing in a log.
    let progress = std::io::stderr().is_terminal();
    let mut points = Vec::with_capacity(total);
    let mut by_class = Vec::with_capacity(total);
    let mut csv = String::from("ttc_raise_s,pet_raise_s,persist_m,persist_n,min_probability,recall,precision,median_lead_s\n");
    for (i, c) in grid.into_iter().enumerate() {
        let mut split = ByClass::default();
        for rec in &recorded {
            split.merge(&score(rec, &c)?);
        }
        let scores = point(&split.pooled());
        let _ = writeln!(
            csv,
            "{},{},{},{},{},{:.4},{:.4},{:.3}",
            c.ttc_raise_s,
            c.pet_raise_s,
            c.persist_m,
            c.persist_n,
            c.min_probability,
            scores.0,
            scores.1,
            scores.2
        );
        if progress {
            eprint!("\rdetector_tradeoff: {}/{total} settings", i + 1);
        }
        points.push((c, scores));
        by_class.push(split);
    }
    if progress {
        eprintln!();
    }
    std::fs::write(out.join("warnings-tradeoff.csv"), csv)?;
    std::fs::write(out.join("warnings-tradeoff.svg"), svg(&points))?;
    let meets =
        |(r, p, l): &Point| *r >= MIN_RECALL && *p >= MIN_PRECISION && *l >= MIN_MEDIAN_LEAD_S;
    let best = points
        .iter()
        .filter(|(_, (r, _, l))| *r >= MIN_RECALL && *l >= MIN_MEDIAN_LEAD_S)
        .max_by(|a, b| a.1 .1.total_cmp(&b.1 .1));
    println!(
        "{} settings, {} meet all three floors; most precise with recall and lead met: {}",
        points.len(),
        points.iter().filter(|(_, p)| meets(p)).count(),
        best.map_or("none".to_string(), |(c, (r, p, l))| format!(
            "{} (recall {r:.3}, precision {p:.3}, lead {l:.2} s)",
            label(c)
        ))
    );
    if let Some((c, (r, p, l))) = points
        .iter()
        .find(|(c, _)| *c == CollisionConfig::default())
    {
        println!(
            "defaults {}: recall {r:.3}, precision {p:.3}, lead {l:.2} s",
            label(c)
        );
    }
    per_class_best(&points, &by_class, meets);
    println!("wrote {}", out.display());
    Ok(())
}

/// Every (bike setting, pedestrian setting) combination of the grid: how many meet the
/// floors, and the most precise one with recall and lead met.
fn per_class_best(
    points: &[(CollisionConfig, Point)],
    by_class: &[ByClass],
    meets: impl Fn(&Point) -> bool,
) {
    let mut meeting = 0;
    let mut best: Option<(Point, usize, usize)> = None;
    for (i, bikes) in by_class.iter().enumerate() {
        for (j, pedestrians) in by_class.iter().enumerate() {
            let mut all = bikes.bikes.clone();
            all.merge(&pedestrians.pedestrians);
            let p = point(&all);
            meeting += usize::from(meets(&p));
            let eligible = p.0 >= MIN_RECALL && p.2 >= MIN_MEDIAN_LEAD_S;
            if eligible && best.is_none_or(|(b, _, _)| p.1 > b.1) {
                best = Some((p, i, j));
            }
        }
    }
    println!(
        "per VRU class ({} combinations), {meeting} meet all three floors; most precise with recall and lead met: {}",
        by_class.len() * by_class.len(),
        best.map_or("none".to_string(), |((r, p, l), i, j)| format!(
            "bikes {}, pedestrians {} (recall {r:.3}, precision {p:.3}, lead {l:.2} s)",
            label(&points[i].0),
            label(&points[j].0)
        ))
    );
}
