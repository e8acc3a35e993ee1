//! `cits generate`: write a deterministic intersection data set (CPM recording,
//! street graph, ground truth) with `cits-sim`.

use std::io::IsTerminal as _;
use std::path::PathBuf;

use anyhow::{Context, Result};
use cits_sim::scenario::{DEFAULT_MINUTES, SENSOR_IDS, STATION_ID};
use cits_sim::truth::Class;

/// Arguments of `cits generate`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Seed of every random choice: the same seed writes byte-identical files.
    #[arg(long)]
    pub seed: u64,
    /// Output directory (created if missing; existing files are overwritten).
    #[arg(long, value_name = "DIR")]
    pub out: PathBuf,
    /// Length of the run in minutes (fractions allowed); the default gives about
    /// the thesis recording's object load (1,680 CPMs at 8 CPMs/s).
    #[arg(long, default_value_t = DEFAULT_MINUTES)]
    pub minutes: f64,
}

/// Runs `cits generate`.
pub fn run(args: Args) -> Result<()> {
    let config = cits_sim::Config::new(args.seed, args.minutes)?;
    let total = config.frame_count();
    // Only draw a bar for a person watching: logs and CI get the summary alone.
    let bar = std::io::stderr().is_terminal().then(|| {
        let bar = indicatif::ProgressBar::new(total);
        bar.set_style(
            indicatif::ProgressStyle::with_template(
                "{spinner} simulating {bar:40} {pos}/{len} CPMs ({eta})",
            )
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        );
        bar
    });
    let mut progress = |done: u64, _total: u64| {
        if let Some(bar) = &bar {
            bar.set_position(done);
        }
    };
    let dataset =
        cits_sim::generate(&config, &mut progress).context("generating the data set failed")?;
    if let Some(bar) = &bar {
        bar.finish_and_clear();
    }
    dataset
        .write_to(&args.out)
        .with_context(|| format!("writing the data set to {} failed", args.out.display()))?;

    let s = &dataset.stats;
    let seen = |c: Class| s.observations[c.index()];
    let objects = |c: Class| s.observed_objects[c.index()];
    let recording_bytes: usize = dataset.recording.iter().map(|e| e.bytes.len()).sum();
    println!(
        "wrote {}: seed {}, {:.2} min, station {STATION_ID}, cameras {SENSOR_IDS:?}",
        args.out.display(),
        args.seed,
        args.minutes
    );
    println!(
        "  recording.b64   {} CPMs ({} empty, at most {} objects), {} bytes of UPER",
        s.cpms, s.empty_cpms, s.max_objects_per_cpm, recording_bytes
    );
    println!(
        "  objects         {} cars, {} bicycles, {} pedestrians ({} object-id reuses)",
        objects(Class::Car),
        objects(Class::Bicycle),
        objects(Class::Pedestrian),
        s.id_reuses
    );
    println!(
        "  truth.csv       {} observations: {} car, {} bicycle, {} pedestrian",
        dataset.truth.len(),
        seen(Class::Car),
        seen(Class::Bicycle),
        seen(Class::Pedestrian)
    );
    let conflicts = dataset.conflicts.iter().filter(|c| c.conflict()).count();
    println!(
        "  conflicts.csv   {} interactions ({} scripted episodes), {} conflicts",
        dataset.conflicts.len(),
        s.episodes,
        conflicts
    );
    println!(
        "  realism         {} missed, {} occluded, {} id switches, {} position jumps",
        s.missed, s.occluded, s.id_switches, s.jumps
    );
    println!(
        "  graph/          car.wkb {} bytes, bike.wkb {} bytes, map.osm {} bytes (Lanelet2)",
        dataset.car_wkb.len(),
        dataset.bike_wkb.len(),
        dataset.lanelet2_osm.len()
    );
    println!(
        "  expect about {} matched trajectories (one per car/bike observation)",
        s.matchable_observations()
    );
    Ok(())
}
