//! Accuracy of the pipeline's own output on the replayed data (issues 9 and 10: "printed
//! … by `cits bench`"): the `cits.predictions` records against `truth.csv` (top-1 path
//! choice, ADE/FDE at 1–4 s, per class) and the raised `cits.risks` against
//! `conflicts.csv` (event-level precision, recall, lead time), scored by
//! `cits_sim::accuracy`, the code the accuracy tests use.
//!
//! The bench may replay only the start of a recording (`--quick`, the smoke run): a
//! conflict counts only when the replayed CPMs cover its whole matching window's end
//! (its reference moment plus `MATCH_AFTER_MS`), so a cut recording has no misses made
//! by the cut.

use std::collections::HashSet;
use std::path::Path;
use std::sync::Arc;

use cits_core::lanes::LaneGraph;
use cits_proto::{CollisionRisk, Prediction, RiskState};
use cits_sim::accuracy::paths::{PredictionScorer, HORIZONS_S};
use cits_sim::accuracy::warnings::{self, Raised, TrueIds, WarningScores};
use cits_sim::conflicts::ConflictRow;
use cits_sim::truth::{Class, TruthRow};

use crate::error::{Error, Result};

/// The ground truth of a data set made by `cits generate`.
pub struct GroundTruth {
    truth: Vec<TruthRow>,
    conflicts: Vec<ConflictRow>,
    lanes: Arc<LaneGraph>,
}

/// Sizes only: the rows and the graph are too large to print usefully.
impl std::fmt::Debug for GroundTruth {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GroundTruth")
            .field("truth_rows", &self.truth.len())
            .field("conflicts", &self.conflicts.len())
            .finish_non_exhaustive()
    }
}

impl GroundTruth {
    /// From the data set's rows and street graph (WKB).
    pub fn new(
        truth: Vec<TruthRow>,
        conflicts: Vec<ConflictRow>,
        car_wkb: &[u8],
        bike_wkb: &[u8],
    ) -> Result<Self> {
        let lanes = LaneGraph::from_wkb(car_wkb, bike_wkb)
            .map_err(|e| Error::Truth(format!("street graph: {e}")))?;
        Ok(Self {
            truth,
            conflicts,
            lanes: Arc::new(lanes),
        })
    }

    /// Reads `truth.csv`, `conflicts.csv` and `graph/{car,bike}.wkb` of a data set
    /// directory; `None` when it has no `truth.csv` (a recording without ground truth).
    pub fn read(dir: &Path) -> Result<Option<Self>> {
        let truth_path = dir.join(cits_sim::TRUTH_FILE);
        if !truth_path.is_file() {
            return Ok(None);
        }
        let truth = cits_sim::truth::read(&truth_path)?;
        let conflicts_path = dir.join(cits_sim::CONFLICTS_FILE);
        let conflicts = match std::fs::read_to_string(&conflicts_path) {
            Ok(text) => cits_sim::conflicts::parse_csv(&text)?,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Vec::new(),
            Err(e) => return Err(Error::io("read", conflicts_path, e)),
        };
        let graph = dir.join(cits_sim::GRAPH_DIR);
        let read = |name: &str| {
            let path = graph.join(name);
            std::fs::read(&path).map_err(|e| Error::io("read", path, e))
        };
        let (car, bike) = (
            read(cits_sim::CAR_GRAPH_FILE)?,
            read(cits_sim::BIKE_GRAPH_FILE)?,
        );
        Self::new(truth, conflicts, &car, &bike).map(Some)
    }
}

/// Scores one run's output as it is read off the topics.
pub struct RunScorer {
    paths: PredictionScorer,
    ids: TrueIds,
    conflicts: Vec<ConflictRow>,
    raised: Vec<Raised>,
    seen_risks: HashSet<String>,
    risks: u64,
}

impl RunScorer {
    /// A scorer for a replay whose CPMs were sent from `first_ms` to `last_ms` (Unix ms).
    pub fn new(truth: &GroundTruth, first_ms: i64, last_ms: i64) -> Self {
        let conflicts = truth
            .conflicts
            .iter()
            .filter(|c| {
                warnings::reference_ms(c)
                    .is_some_and(|t| t >= first_ms && t + warnings::MATCH_AFTER_MS <= last_ms)
            })
            .cloned()
            .collect();
        Self {
            paths: PredictionScorer::new(&truth.truth, Arc::clone(&truth.lanes)),
            ids: TrueIds::new(&truth.truth),
            conflicts,
            raised: Vec::new(),
            seen_risks: HashSet::new(),
            risks: 0,
        }
    }

    /// One record of `cits.predictions`.
    pub fn prediction(&mut self, p: &Prediction) {
        self.paths.score(p);
    }

    /// One record of `cits.risks`: a risk counts once, when first seen active (raised).
    pub fn risk(&mut self, r: &CollisionRisk) {
        self.risks += 1;
        if r.state != RiskState::Active as i32 || !self.seen_risks.insert(r.risk_id.clone()) {
            return;
        }
        let user = |u: &Option<cits_proto::RoadUser>| {
            u.as_ref()
                .and_then(|u| self.ids.at(&u.trajectory_key, r.timestamp_ms))
        };
        self.raised.push(Raised {
            pair: user(&r.vehicle).zip(user(&r.other)),
            raised_ms: r.detected_ms,
        });
    }

    /// The run's figures.
    pub fn finish(&self) -> Accuracy {
        let classes = [Class::Car, Class::Bicycle, Class::Pedestrian]
            .into_iter()
            .map(|class| {
                let t = self.paths.tally(class);
                let errors: Vec<Option<(f64, f64)>> =
                    (0..HORIZONS_S.len()).map(|i| t.ade_fde(i)).collect();
                ClassAccuracy {
                    class: class.name().to_owned(),
                    predictions: t.predictions,
                    path_updates: t.path_updates,
                    top1: t.top1(),
                    baseline_per_arm: t.baseline_per_arm(),
                    ade_m: errors.iter().map(|e| e.map(|e| e.0)).collect(),
                    fde_m: errors.iter().map(|e| e.map(|e| e.1)).collect(),
                }
            })
            .collect();
        let w = WarningScores::score(&self.raised, &self.conflicts);
        let (conflicts, warned) = w.conflicts_warned();
        Accuracy {
            classes,
            unscored_predictions: self.paths.unscored,
            malformed_predictions: self.paths.malformed,
            warnings: WarningAccuracy {
                risk_records: self.risks,
                conflicts,
                warned,
                events: w.events,
                matched_events: w.matched_events,
                recall: w.recall(),
                precision: w.precision(),
                median_lead_s: w.median_lead_s(),
            },
        }
    }
}

/// Prediction figures of one class (`None`: nothing of it scored).
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct ClassAccuracy {
    /// `car`, `bicycle`, `pedestrian`.
    pub class: String,
    /// Predictions scored.
    pub predictions: u64,
    /// Path choices scored (≤ 10 m before the stop line).
    pub path_updates: u64,
    /// Top-1 path-choice accuracy.
    pub top1: Option<f64>,
    /// Majority baseline per approach arm.
    pub baseline_per_arm: Option<f64>,
    /// Mean ADE of the top hypothesis at 1, 2, 3, 4 s, m.
    pub ade_m: Vec<Option<f64>>,
    /// Mean FDE of the top hypothesis at 1, 2, 3, 4 s, m.
    pub fde_m: Vec<Option<f64>>,
}

/// Collision warnings against `conflicts.csv`, at event level.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct WarningAccuracy {
    /// Records read off `cits.risks` (raised, updated, ended).
    pub risk_records: u64,
    /// True conflicts in the replayed span.
    pub conflicts: u64,
    /// Of them, warned in their window.
    pub warned: u64,
    /// Warning events.
    pub events: u64,
    /// Of them, matched to a true conflict.
    pub matched_events: u64,
    /// `warned / conflicts`.
    pub recall: Option<f64>,
    /// `matched_events / events`.
    pub precision: Option<f64>,
    /// Median lead of the warned conflicts, s.
    pub median_lead_s: Option<f64>,
}

/// One run's accuracy against the ground truth.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Accuracy {
    /// Per class: car, bicycle, pedestrian.
    pub classes: Vec<ClassAccuracy>,
    /// Predictions whose (time, key) has no truth row.
    pub unscored_predictions: u64,
    /// Predictions breaking the contract (probabilities not summing to 1 or unsorted).
    pub malformed_predictions: u64,
    /// The warnings.
    pub warnings: WarningAccuracy,
}

impl Accuracy {
    /// The figures of `class` (`car`, `bicycle`, `pedestrian`).
    pub fn class(&self, class: &str) -> Option<&ClassAccuracy> {
        self.classes.iter().find(|c| c.class == class)
    }
}
