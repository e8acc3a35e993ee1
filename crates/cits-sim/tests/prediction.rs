//! Accuracy of the predictor against the simulator's ground truth: decode → collect →
//! assemble → map-match → predict natively on every update of several generated data sets
//! and score each prediction with `cits_sim::accuracy::paths` (the rules are there; `cits
//! bench` scores the pipeline's own output with the same code).
//!
//! Seeds: a fixed, declared set — the collision-warning test's training seeds 1–4, each
//! printed and pooled (one seed's few turning bikes are not a measurement of a predictor:
//! on seed 1 one bike stopping at the line makes 80 of 137 right-turn updates) — and seeds
//! 5–8 printed apart as held-out data. No seed was chosen by its result.

use std::sync::{Arc, OnceLock};

use cits_core::assembler::{Assembler, AssemblerConfig};
use cits_core::lanes::LaneGraph;
use cits_core::matcher::MapMatcher;
use cits_core::predictor::{Predictor, PredictorConfig};
use cits_proto::Encoding;
use cits_sim::accuracy::paths::{PredictionScorer, Tally, CALIBRATION_BINS};
use cits_sim::scenario::DEFAULT_MINUTES;
use cits_sim::truth::Class;
use cits_sim::{generate, Config};

/// Target top-1 path-choice accuracy (issue 9; published map-based predictors reach about
/// 73 % on inD/rounD at 4 s), asserted with the majority baseline of the truth by
/// `path_choice_meets_the_target`.
const MIN_TOP1_PATH: f64 = 0.80;
/// Required mean FDE at 4 s for cars whose true speed changes by less than
/// `CONSTANT_SPEED_MPS` over the horizon (issue 9).
const MAX_CAR_FDE_4S_M: f64 = 3.0;
/// The scored seeds: the collision-warning test's training seeds (`tests/warnings.rs`).
const SEEDS: [u64; 4] = [1, 2, 3, 4];
/// Held-out seeds, printed apart (the warning test's held-out set). Seeds 5 and 6 were
/// printed once before (the README's earlier "seeds 2–6" figures); no rule of the path
/// choice was chosen by looking at any of them.
const HELD_OUT_SEEDS: [u64; 4] = [5, 6, 7, 8];
/// Fewest scored path choices per class for a figure to mean anything.
const MIN_PATH_UPDATES: u64 = 100;
/// Fewest constant-speed cars for the FDE figure.
const MIN_CONSTANT_SPEED_CARS: u64 = 100;

/// Per class (by `Class::index`), pooled over the seeds, and per seed.
struct Scores {
    pooled: [Tally; 3],
    per_seed: Vec<(u64, [Tally; 3])>,
}

const CLASSES: [Class; 3] = [Class::Car, Class::Bicycle, Class::Pedestrian];

#[test]
fn predictions_match_the_ground_truth() {
    // Cars meet the path-choice target since the junction has turn lanes: asserted always.
    check(training(), &[Class::Car]);
}

/// Issue 9's path-choice target: top-1 ≥ 80 % and above the per-arm majority baseline, for
/// cars and bikes, pooled over [`SEEDS`]. At the stop line a car stands in the turn lane of
/// its turn (the junction has lanes by movement), so for cars this measures the matcher's
/// lane decision between parallel lanes and the predictor's following of it (met, and
/// asserted by the always-on test). For bikes one bike lane feeds the straight crossing
/// and the right turn, and the choice rests on the motion cue (slowing for the turn) and
/// the generic prior.
#[test]
fn path_choice_meets_the_target() {
    check(training(), &[Class::Car, Class::Bicycle]);
}

/// The same figures on the held-out seeds, printed; asserted like the training seeds'.
#[test]
fn path_choice_on_held_out_seeds() {
    check(&evaluate(&HELD_OUT_SEEDS), &[Class::Car, Class::Bicycle]);
}

/// The training seeds' scores, computed once per test binary.
fn training() -> &'static Scores {
    static SCORES: OnceLock<Scores> = OnceLock::new();
    SCORES.get_or_init(|| evaluate(&SEEDS))
}

/// Runs the native chain on one generated data set and scores every prediction.
fn run_seed(seed: u64) -> [Tally; 3] {
    let config = Config::new(seed, DEFAULT_MINUTES).unwrap();
    let data = generate(&config, &mut |_, _| {}).unwrap();
    let lanes = Arc::new(LaneGraph::from_wkb(&data.car_wkb, &data.bike_wkb).unwrap());
    let mut scorer = PredictionScorer::new(&data.truth, lanes.clone());
    let mut assembler = Assembler::new(AssemblerConfig::default());
    let mut matcher = MapMatcher::new(lanes.clone());
    let mut predictor = Predictor::new(lanes, PredictorConfig::default());
    let mut watermark = i64::MIN;
    for entry in &data.recording {
        let cpm = cits_core::decoder::decode_cpm_payload(&entry.bytes, Encoding::Uper).unwrap();
        for location in cits_core::collector::collect(&cpm).unwrap() {
            watermark = watermark.max(location.timestamp_ms);
            let trajectory = assembler.push(location).unwrap();
            let matched = matcher.process(&trajectory).unwrap();
            let prediction = predictor
                .predict(&matched)
                .unwrap()
                .expect("every update has a point");
            scorer.score(&prediction);
        }
        assembler.evict_idle(watermark);
        matcher.evict_idle(watermark);
    }
    assert_eq!(scorer.unscored, 0, "seed {seed}: predictions without truth");
    assert_eq!(scorer.malformed, 0, "seed {seed}: malformed predictions");
    println!("seed {seed}: {:?}", predictor.stats());
    CLASSES.map(|c| scorer.tally(c).clone())
}

/// Scores the seeds and prints per seed and pooled.
fn evaluate(seeds: &[u64]) -> Scores {
    let mut scores = Scores {
        pooled: Default::default(),
        per_seed: Vec::new(),
    };
    for &seed in seeds {
        let tallies = run_seed(seed);
        for (pooled, t) in scores.pooled.iter_mut().zip(&tallies) {
            pooled.merge(t);
        }
        scores.per_seed.push((seed, tallies));
    }
    print_scores(seeds, &scores);
    scores
}

fn pct(v: Option<f64>) -> String {
    v.map_or("-".into(), |v| format!("{:.1} %", 100.0 * v))
}

fn print_scores(seeds: &[u64], scores: &Scores) {
    println!("seeds {seeds:?} × {DEFAULT_MINUTES} min");
    println!("top-1 path choice per seed (≤ 10 m before the line; majority baseline per arm):");
    for (seed, t) in &scores.per_seed {
        for class in [Class::Car, Class::Bicycle] {
            let t = &t[class.index()];
            println!(
                "  seed {seed} {:<8} {:>7} of {:>5} (baseline {:>7})",
                class.name(),
                pct(t.top1()),
                t.path_updates,
                pct(t.baseline_per_arm())
            );
        }
    }
    println!(
        "pooled:\n{:<10} {:>7} {:>14} {:>9} | {:>11} {:>11} {:>11} {:>11} | {:>9} | {:>10}",
        "class",
        "updates",
        "top-1 path",
        "mean p1",
        "ADE/FDE 1s",
        "ADE/FDE 2s",
        "ADE/FDE 3s",
        "ADE/FDE 4s",
        "minADE 4s",
        "FDE 4s c.v."
    );
    for class in CLASSES {
        let t = &scores.pooled[class.index()];
        let cells: Vec<String> = (0..4)
            .map(|i| {
                t.ade_fde(i)
                    .map_or("-".into(), |(a, f)| format!("{a:.2}/{f:.2}"))
            })
            .collect();
        println!(
            "{:<10} {:>7} {:>6} {:>5} {:>9.3} | {:>11} {:>11} {:>11} {:>11} | {:>9.2} | {:>6.2} ({})",
            class.name(),
            t.predictions,
            pct(t.top1()),
            t.path_updates,
            t.top1_probability / t.path_updates.max(1) as f64,
            cells[0],
            cells[1],
            cells[2],
            cells[3],
            t.min_ade.1 / t.min_ade.0.max(1) as f64,
            t.constant_speed_fde_4s().unwrap_or(f64::NAN),
            t.constant_fde_4.0,
        );
    }
    let share = |(n, hits): (u64, u64)| {
        format!("{:>5.1} % of {n:>5}", 100.0 * hits as f64 / n.max(1) as f64)
    };
    println!(
        "top-1 path by place:  {:>16} {:>16} {:>16} | {:>16}",
        "10-5 m before", "5-0 m before", "in the junction", "of them standing"
    );
    for class in [Class::Car, Class::Bicycle] {
        let t = &scores.pooled[class.index()];
        if t.split.0 > 0 {
            println!(
                "  {:<19} 10-0 m before the turn lanes begin: {}",
                class.name(),
                share(t.split)
            );
        }
        println!(
            "  {:<19} {:>16} {:>16} {:>16} | {:>16}",
            class.name(),
            share(t.places[0]),
            share(t.places[1]),
            share(t.places[2]),
            share(t.standing)
        );
    }
    println!("calibration of the top-1 path probability (≤ 10 m before the line):");
    for class in [Class::Car, Class::Bicycle] {
        for (i, (n, p, hits)) in scores.pooled[class.index()].calibration.iter().enumerate() {
            if *n > 0 {
                println!(
                    "  {:<8} p1 in [{:.1}, {:.1}): {n:>6} updates, mean p1 {:.3}, hit rate {:.3}",
                    class.name(),
                    i as f64 / CALIBRATION_BINS as f64,
                    (i + 1) as f64 / CALIBRATION_BINS as f64,
                    p / *n as f64,
                    *hits as f64 / *n as f64
                );
            }
        }
    }
    // Which way bikes go at the line, per (arm, exit): the shares the baseline is made of.
    let mut exits: Vec<(&(u32, u32), &u64)> = scores.pooled[Class::Bicycle.index()]
        .arm_choices
        .iter()
        .collect();
    exits.sort();
    println!("bicycle scored updates per (approach arm, next lane): {exits:?}");
}

/// Asserts the bounds on pooled scores; the classes in `check_path_choice` must also
/// meet the top-1 path-choice target and beat the per-arm majority baseline.
fn check(scores: &Scores, check_path_choice: &[Class]) {
    for class in [Class::Car, Class::Bicycle] {
        let t = &scores.pooled[class.index()];
        assert!(
            t.path_updates > MIN_PATH_UPDATES,
            "{}: too few path choices",
            class.name()
        );
        let top1 = t.top1().unwrap();
        // Per approach lane the baseline is 100 % in a turn lane that leads one way only,
        // so "above the baseline" is asserted against the per-arm one.
        let baseline = t.baseline_per_arm().unwrap();
        println!(
            "{}: top-1 path choice {:.1} % (majority baseline per arm {:.1} %, per lane {}, issue 9 target {:.0} %{})",
            class.name(),
            100.0 * top1,
            100.0 * baseline,
            pct(t.baseline_per_lane()),
            100.0 * MIN_TOP1_PATH,
            if top1 >= MIN_TOP1_PATH && top1 > baseline {
                ""
            } else {
                ": NOT MET"
            }
        );
        if check_path_choice.contains(&class) {
            assert!(
                top1 >= MIN_TOP1_PATH && top1 > baseline,
                "{}: top-1 path choice {:.1} % (target {:.0} %, majority baseline {:.1} %)",
                class.name(),
                100.0 * top1,
                100.0 * MIN_TOP1_PATH,
                100.0 * baseline
            );
        }
    }
    let car = &scores.pooled[Class::Car.index()];
    assert!(
        car.constant_fde_4.0 > MIN_CONSTANT_SPEED_CARS,
        "too few constant-speed cars"
    );
    let fde = car.constant_speed_fde_4s().unwrap();
    assert!(
        fde <= MAX_CAR_FDE_4S_M,
        "cars at constant speed: FDE at 4 s {fde:.2} m > {MAX_CAR_FDE_4S_M} m"
    );
}
