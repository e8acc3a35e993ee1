//! Deterministic C-ITS test data for cits-wasm.
//!
//! Simulates the intersection Weiserstraße / Gabelsbergstraße in Salzburg that
//! the thesis recording came from (thesis §2.6, §4.1): one roadside unit with
//! two cameras at 8 Hz; the RSU sends one ETSI CPM (TS 103 324 v2.1.1, UPER)
//! per frame period with the cars, bikes and pedestrians both cameras see, and
//! scripted car–VRU interactions (conflicts and safe ones) recur every few
//! seconds ([`scenario`]). A data set is
//!
//! - `recording.b64` — the CPMs in the thesis' recording format ([`recording`]),
//! - `graph/car.wkb`, `graph/bike.wkb` — the street graph ([`graph`]),
//! - `graph/map.osm` — the same street graph plus the zebra crossings as a Lanelet2 map ([`lanelet`]),
//! - `truth.csv` — where every observed object really was and its route ([`truth`]),
//! - `conflicts.csv` — every car–VRU interaction that came close, with TTC, PET
//!   and whether it was a conflict ([`conflicts`]).
//!
//! The same seed always gives byte-identical files.
//!
//! ```no_run
//! let config = cits_sim::Config::new(1, 0.25)?;
//! let dataset = cits_sim::generate(&config, &mut |_, _| {})?;
//! dataset.write_to(std::path::Path::new("out"))?;
//! # Ok::<(), cits_sim::Error>(())
//! ```

pub mod accuracy;
pub mod conflicts;
pub mod error;
pub mod graph;
pub mod lanelet;
pub mod recording;
mod rng;
pub mod scenario;
pub mod truth;

use std::path::Path;

pub use error::{Error, Result};
pub use scenario::{Config, Stats};

/// File names inside a data set directory.
pub const RECORDING_FILE: &str = "recording.b64";
/// Directory of the street graph files.
pub const GRAPH_DIR: &str = "graph";
/// Car graph file inside [`GRAPH_DIR`].
pub const CAR_GRAPH_FILE: &str = "car.wkb";
/// Bike graph file inside [`GRAPH_DIR`].
pub const BIKE_GRAPH_FILE: &str = "bike.wkb";
/// Lanelet2 map inside [`GRAPH_DIR`].
pub const LANELET2_GRAPH_FILE: &str = "map.osm";
/// Ground truth file.
pub const TRUTH_FILE: &str = "truth.csv";
/// Interaction ground truth file.
pub const CONFLICTS_FILE: &str = "conflicts.csv";

/// A generated data set, in memory.
#[derive(Debug, Clone)]
pub struct Dataset {
    /// The CPMs as recorded: send time and UPER bytes, in send order.
    pub recording: Vec<recording::Entry>,
    /// Car graph, WKB MultiLineString (WGS84).
    pub car_wkb: Vec<u8>,
    /// Bike graph, WKB MultiLineString (WGS84).
    pub bike_wkb: Vec<u8>,
    /// The street graph and the zebra crossings as a Lanelet2 map (OSM XML).
    pub lanelet2_osm: String,
    /// Ground truth, one row per observed object per CPM.
    pub truth: Vec<truth::TruthRow>,
    /// Car–VRU interactions that came close.
    pub conflicts: Vec<conflicts::ConflictRow>,
    /// What the run contains.
    pub stats: Stats,
}

/// Simulates a run and encodes its CPMs. `progress(done, total)` is called
/// after every CPM (for a progress bar).
pub fn generate(config: &Config, progress: &mut dyn FnMut(u64, u64)) -> Result<Dataset> {
    let scenario::Output {
        frames,
        truth,
        conflicts,
        stats,
    } = scenario::simulate(config, progress);
    let recording = frames
        .iter()
        .map(|frame| {
            let bytes = cits_core::decoder::encode_cpm(&frame.cpm, cits_proto::Encoding::Uper)
                .map_err(|source| Error::Encode {
                    sensor_id: frame.cpm.sensors.first().map_or(0, |s| s.sensor_id),
                    time_ms: cits_core::geo::its_time_to_unix_ms(frame.cpm.reference_time),
                    source,
                })?;
            Ok(recording::Entry {
                timestamp_ms: u64::try_from(frame.send_ms).unwrap_or(0),
                bytes,
            })
        })
        .collect::<Result<Vec<_>>>()?;
    let intersection = graph::Intersection::new();
    Ok(Dataset {
        recording,
        car_wkb: intersection.to_wkb(graph::Network::Car),
        bike_wkb: intersection.to_wkb(graph::Network::Bike),
        lanelet2_osm: lanelet::to_lanelet2(&intersection),
        truth,
        conflicts,
        stats,
    })
}

impl Dataset {
    /// Writes the data set's files into `dir` (created if missing).
    pub fn write_to(&self, dir: &Path) -> Result<()> {
        let graph_dir = dir.join(GRAPH_DIR);
        std::fs::create_dir_all(&graph_dir).map_err(|source| Error::Io {
            action: "create directory",
            path: graph_dir.clone(),
            source,
        })?;
        recording::write(dir.join(RECORDING_FILE), &self.recording)?;
        write_file(&graph_dir.join(CAR_GRAPH_FILE), &self.car_wkb)?;
        write_file(&graph_dir.join(BIKE_GRAPH_FILE), &self.bike_wkb)?;
        write_file(
            &graph_dir.join(LANELET2_GRAPH_FILE),
            self.lanelet2_osm.as_bytes(),
        )?;
        write_file(&dir.join(TRUTH_FILE), truth::to_csv(&self.truth).as_bytes())?;
        write_file(
            &dir.join(CONFLICTS_FILE),
            conflicts::to_csv(&self.conflicts).as_bytes(),
        )
    }
}

fn write_file(path: &Path, bytes: &[u8]) -> Result<()> {
    std::fs::write(path, bytes).map_err(|source| Error::Io {
        action: "write",
        path: path.to_owned(),
        source,
    })
}
