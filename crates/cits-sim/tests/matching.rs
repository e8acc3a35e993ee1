//! End-to-end accuracy of the stage logic on generated data: decode → collect →
//! assemble → map-match natively, and compare every matched car/bike point with
//! the ground truth of its observation.

use std::collections::HashMap;
use std::sync::Arc;

use cits_core::assembler::{Assembler, AssemblerConfig};
use cits_core::geo::{wgs84_to_local, Wgs84};
use cits_core::lanes::LaneGraph;
use cits_core::matcher::MapMatcher;
use cits_proto::{Encoding, GeoPoint};
use cits_sim::scenario::{Realism, DEFAULT_MINUTES};
use cits_sim::truth::{Class, TruthRow};
use cits_sim::{generate, Config};

/// Required share of matched car/bike points on their true road, for the matcher's final
/// decisions (a point is final once the HMM's lag has passed it).
const MIN_CORRECT_SHARE: f64 = 0.99;
/// Required share for the newest point of each update, decided without look-ahead (what the
/// predictor starts from): near stop lines an inbound lane and its connectors are within the
/// position noise of each other, so this is lower than the final share.
const MIN_ONLINE_CORRECT_SHARE: f64 = 0.98;

fn to_wgs84(p: Option<GeoPoint>) -> Wgs84 {
    let p = p.expect("matched points carry positions");
    Wgs84 {
        lat_deg: p.latitude_deg,
        lon_deg: p.longitude_deg,
    }
}

fn distance_m(a: Wgs84, b: Wgs84) -> f64 {
    let (e, n) = wgs84_to_local(a, b);
    e.hypot(n)
}

#[derive(Default)]
struct Tally {
    points: u64,
    correct: u64,
    matched_sq: f64,
    raw_sq: f64,
}

impl Tally {
    fn share(&self) -> f64 {
        self.correct as f64 / self.points.max(1) as f64
    }
    fn matched_rmse(&self) -> f64 {
        (self.matched_sq / self.points.max(1) as f64).sqrt()
    }
    fn raw_rmse(&self) -> f64 {
        (self.raw_sq / self.points.max(1) as f64).sqrt()
    }
}

/// On a perfect sensor (no missed detections, occlusions, id switches or position jumps).
#[test]
fn matched_points_lie_on_their_true_roads() {
    check(Realism::NONE);
}

/// With the sensor realism of issue 10 (missed detections, occlusions, id switches,
/// implausible position jumps): the matcher rejects jumps faster than
/// `MAX_PLAUSIBLE_SPEED_MPS`, so they do not pull a session onto another lane.
#[test]
fn matched_points_lie_on_their_true_roads_with_sensor_realism() {
    check(Realism::DEFAULT);
}

fn check(realism: Realism) {
    let mut config = Config::new(1, DEFAULT_MINUTES).unwrap();
    config.realism = realism;
    let data = generate(&config, &mut |_, _| {}).unwrap();
    let truth: HashMap<(i64, String), &TruthRow> = data
        .truth
        .iter()
        .map(|r| ((r.time_ms, format!("{}/{}", r.station_id, r.object_id)), r))
        .collect();
    assert_eq!(
        truth.len(),
        data.truth.len(),
        "observations are unique per time and key"
    );

    let graph = Arc::new(LaneGraph::from_wkb(&data.car_wkb, &data.bike_wkb).unwrap());
    let mut assembler = Assembler::new(AssemblerConfig::default());
    let mut matcher = MapMatcher::new(graph);
    let mut tallies: HashMap<Class, Tally> = HashMap::new();
    let mut wrong: HashMap<(Class, Option<u32>, u32), u64> = HashMap::new();
    let mut emitted = 0u64;
    let mut skipped = 0u64;
    let mut watermark = i64::MIN;
    // Last true position per true object, for the true travel direction (CPM object ids are
    // reused, so the key would mix two objects).
    let mut last_truth: HashMap<u64, Wgs84> = HashMap::new();
    // The latest decision for every observation: the last update containing a point carries
    // the matcher's final decision on it.
    let mut final_lane: HashMap<(i64, String), (i32, u32)> = HashMap::new();
    let mut online = Tally::default();
    let (mut direction_checked, mut wrong_direction) = (0u64, 0u64);

    for entry in &data.recording {
        let cpm = cits_core::decoder::decode_cpm_payload(&entry.bytes, Encoding::Uper).unwrap();
        for location in cits_core::collector::collect(&cpm).unwrap() {
            watermark = watermark.max(location.timestamp_ms);
            let key = (location.timestamp_ms, location.trajectory_key.clone());
            let row = truth
                .get(&key)
                .unwrap_or_else(|| panic!("no truth for observation {key:?}"));
            assert_eq!(location.object_class, row.class.proto() as i32);
            let trajectory = assembler.push(location).unwrap();
            let matched = matcher.process(&trajectory).unwrap();
            if row.class == Class::Pedestrian {
                assert!(
                    matched.points.iter().all(|p| p.road_kind == 0),
                    "pedestrians pass through unmatched"
                );
                skipped += 1;
                continue;
            }
            emitted += 1;
            for p in &matched.points {
                final_lane.insert(
                    (p.timestamp_ms, matched.trajectory_key.clone()),
                    (p.road_kind, p.segment_id),
                );
            }
            let point = matched
                .points
                .iter()
                .find(|p| p.timestamp_ms == key.0)
                .expect("the new observation is in the matched trajectory");
            let true_pos = Wgs84 {
                lat_deg: row.lat_deg,
                lon_deg: row.lon_deg,
            };
            online.points += 1;
            if row.road == Some(point.segment_id) {
                online.correct += 1;
            }
            // Wrong direction: the matched lane runs against the true motion (> 90°).
            if let Some(prev) = last_truth.insert(row.true_object_id.into(), true_pos) {
                let (de, dn) = cits_core::geo::wgs84_to_local(prev, true_pos);
                if point.road_kind != 0 && de.hypot(dn) >= 0.5 {
                    let bearing = de.atan2(dn).to_degrees();
                    let gap = (point.lane_heading_deg - bearing).rem_euclid(360.0);
                    direction_checked += 1;
                    if gap.min(360.0 - gap) > 90.0 {
                        wrong_direction += 1;
                    }
                }
            }
            let t = tallies.entry(row.class).or_default();
            t.matched_sq += distance_m(to_wgs84(point.matched), true_pos).powi(2);
            t.raw_sq += distance_m(to_wgs84(point.original), true_pos).powi(2);
        }
        assembler.evict_idle(watermark);
        matcher.evict_idle(watermark);
    }

    for row in data.truth.iter().filter(|r| r.class != Class::Pedestrian) {
        let key = (row.time_ms, format!("{}/{}", row.station_id, row.object_id));
        let (_, lane) = final_lane
            .get(&key)
            .unwrap_or_else(|| panic!("observation {key:?} was never matched"));
        let t = tallies.entry(row.class).or_default();
        t.points += 1;
        if row.road == Some(*lane) {
            t.correct += 1;
        } else {
            *wrong.entry((row.class, row.road, *lane)).or_default() += 1;
        }
    }

    let mut all = Tally::default();
    for class in [Class::Car, Class::Bicycle] {
        let t = tallies.get(&class).expect("cars and bikes are observed");
        println!(
            "{:<8} {:>6} points, {:>6.2} % on the true road, RMSE matched {:.3} m, raw {:.3} m",
            class.name(),
            t.points,
            100.0 * t.share(),
            t.matched_rmse(),
            t.raw_rmse()
        );
        all.points += t.points;
        all.correct += t.correct;
        all.matched_sq += t.matched_sq;
        all.raw_sq += t.raw_sq;
    }
    println!(
        "all      {:>6} points, {:>6.2} % on the true road, RMSE matched {:.3} m, raw {:.3} m",
        all.points,
        100.0 * all.share(),
        all.matched_rmse(),
        all.raw_rmse()
    );
    println!(
        "newest point of each update (no look-ahead): {:.2} % on the true road",
        100.0 * online.share()
    );
    println!("{emitted} matched trajectories emitted, {skipped} pedestrian updates skipped");
    let mut worst: Vec<_> = wrong.into_iter().collect();
    worst.sort_by(|a, b| {
        b.1.cmp(&a.1)
            .then(a.0 .1.cmp(&b.0 .1))
            .then(a.0 .2.cmp(&b.0 .2))
    });
    for ((class, truth_road, matched_road), n) in worst.iter().take(10) {
        println!(
            "  {n:>5} × {} on road {truth_road:?} matched to {matched_road}",
            class.name()
        );
    }

    println!("{direction_checked} moving points checked, {wrong_direction} matched against their lane's direction");
    assert!(direction_checked > 0);
    assert_eq!(
        wrong_direction, 0,
        "matched onto a lane of the other direction"
    );
    assert_eq!(emitted, all.points);
    assert_eq!(emitted, data.stats.matchable_observations());
    assert!(
        all.share() >= MIN_CORRECT_SHARE,
        "only {:.2} % of matched points are on their true road",
        100.0 * all.share()
    );
    assert!(
        online.share() >= MIN_ONLINE_CORRECT_SHARE,
        "only {:.2} % of newest points are on their true road",
        100.0 * online.share()
    );
    // Snapping removes the cross-track error, so matched points are closer to the truth.
    assert!(all.matched_rmse() < all.raw_rmse());
}
