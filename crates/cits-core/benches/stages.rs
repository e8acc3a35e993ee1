//! Benchmarks of the collector, assembler and map matcher (numbers printed, nothing
//! asserted). Run: `cargo bench -p cits-core --bench stages` (one group:
//! `cargo bench -p cits-core --bench stages -- matcher_changelog`).
//!
//! The matcher group is the point of this file: an update that adds one point must cost
//! the same for a trajectory of 10, 100 or 1,000 points (`update/N`), unlike re-matching
//! the whole history on every update as the thesis' matcher did (`full_rematch/N`).

use std::cell::Cell;
use std::hint::black_box;
use std::sync::Arc;

use cits_core::assembler::{Assembler, AssemblerConfig};
use cits_core::collector::collect;
use cits_core::geo::{local_to_wgs84, unix_ms_to_its_time, Wgs84};
use cits_core::lanes::LaneGraph;
use cits_core::matcher::{multilinestring_wkb, MapMatcher};
use cits_proto::{
    Cpm, GeoPoint, Location, ObjectClass, ObjectClassification, PerceivedObject, ReferencePosition,
    Trajectory, TrajectoryPoint,
};
use criterion::{criterion_group, criterion_main, BatchSize, BenchmarkId, Criterion};

const REF: Wgs84 = Wgs84 {
    lat_deg: 47.8095,
    lon_deg: 13.0550,
};
/// Grid of the synthetic street graph: streets every 100 m over 2 km, a vertex every
/// 25 m — about 3,200 segments, a small city quarter.
const GRID_STREETS: usize = 21;
const GRID_SPACING_M: f64 = 100.0;
const VERTEX_SPACING_M: f64 = 25.0;

fn at(east: f64, north: f64) -> Wgs84 {
    local_to_wgs84(REF, east, north)
}

/// West–east and south–north streets of the grid, each one LineString.
fn grid_wkb(offset_m: f64) -> Vec<u8> {
    let extent = GRID_SPACING_M * (GRID_STREETS - 1) as f64;
    let steps = (extent / VERTEX_SPACING_M) as usize;
    let mut lines = Vec::new();
    for i in 0..GRID_STREETS {
        let c = i as f64 * GRID_SPACING_M + offset_m;
        lines.push(
            (0..=steps)
                .map(|s| at(s as f64 * VERTEX_SPACING_M, c))
                .collect(),
        );
        lines.push(
            (0..=steps)
                .map(|s| at(c, s as f64 * VERTEX_SPACING_M))
                .collect(),
        );
    }
    multilinestring_wkb(&lines)
}

fn graph() -> Arc<LaneGraph> {
    // Bike paths run 8 m beside the streets.
    Arc::new(LaneGraph::from_wkb(&grid_wkb(0.0), &grid_wkb(8.0)).expect("valid synthetic graph"))
}

fn cpm(objects: usize) -> Cpm {
    Cpm {
        source_uuid: "bench".into(),
        provider: "bench".into(),
        protocol_version: 2,
        station_id: 1,
        reference_time: unix_ms_to_its_time(1_767_225_600_000),
        station_type: 15,
        reference_position: Some(ReferencePosition {
            latitude: 478_095_000,
            longitude: 130_550_000,
            ..Default::default()
        }),
        objects: (0..objects)
            .map(|i| PerceivedObject {
                object_id: i as u32,
                measurement_delta_time: -(i as i32),
                x_coordinate: (i as i32) * 150 - 9_000,
                y_coordinate: (i as i32 % 7) * 300,
                x_confidence: 150,
                y_confidence: 150,
                x_velocity: Some(800),
                y_velocity: Some(-50),
                sensor_ids: vec![1],
                perception_quality: Some(12),
                classification: vec![ObjectClassification {
                    class_kind: 1,
                    sub_class: 5,
                    confidence: 90,
                }],
                ..Default::default()
            })
            .collect(),
        ..Default::default()
    }
}

/// Point `k` of a car driving along the west–east street at n = 300 m with ±1.5 m of
/// lateral noise, 1.2 m per 100 ms (43 km/h); it wraps around the grid.
fn car_point(k: usize) -> TrajectoryPoint {
    let east = (k as f64 * 1.2) % 2_000.0;
    let north = 300.0 + ((k * 7919) % 31) as f64 / 10.0 - 1.5;
    let p = at(east, north);
    TrajectoryPoint {
        timestamp_ms: k as i64 * 100,
        position: Some(GeoPoint {
            latitude_deg: p.lat_deg,
            longitude_deg: p.lon_deg,
        }),
        speed_mps: Some(12.0),
        heading_deg: Some(90.0),
    }
}

/// The trajectory after update `k` with a length cap of `n`: points `k+1-n ..= k`.
fn window(k: usize, n: usize) -> Trajectory {
    Trajectory {
        trajectory_key: "1/1".into(),
        session_start_ms: 0,
        object_class: ObjectClass::Car as i32,
        owner: "bench_1".into(),
        points: (k + 1 - n..=k).map(car_point).collect(),
        ..Default::default()
    }
}

fn bench_collector(c: &mut Criterion) {
    let mut group = c.benchmark_group("collector");
    for objects in [10, 128] {
        let input = cpm(objects);
        group.bench_with_input(BenchmarkId::new("collect", objects), &input, |b, cpm| {
            b.iter(|| collect(black_box(cpm)).expect("valid CPM"))
        });
    }
    group.finish();
}

fn bench_assembler(c: &mut Criterion) {
    let mut group = c.benchmark_group("assembler");
    // n = 101 is the default window (10 s at 10 Hz); 256 the default per-window cap.
    for n in [10usize, 101, 256] {
        // A full window of n points (10 Hz): every push appends one and slides the oldest
        // out, and returns (clones) the n current points, as the stage does.
        let mut assembler = Assembler::new(AssemblerConfig {
            window_ms: (n as i64 - 1) * 100,
            max_points: n,
            ..AssemblerConfig::default()
        });
        let location = |k: usize| {
            let p = car_point(k);
            Location {
                trajectory_key: "1/1".into(),
                timestamp_ms: p.timestamp_ms,
                owner: "bench_1".into(),
                object_class: ObjectClass::Car as i32,
                position: p.position,
                speed_mps: p.speed_mps,
                heading_deg: p.heading_deg,
                ..Default::default()
            }
        };
        for k in 0..n {
            assembler.push(location(k)).expect("valid location");
        }
        let next = Cell::new(n);
        group.bench_function(BenchmarkId::new("push", n), |b| {
            b.iter_batched(
                || {
                    next.set(next.get() + 1);
                    location(next.get())
                },
                |l| assembler.push(l).expect("valid location"),
                BatchSize::SmallInput,
            )
        });
    }
    group.finish();
}

fn bench_matcher(c: &mut Criterion) {
    let graph = graph();
    let mut group = c.benchmark_group("matcher");
    // An update carries the last 10 s (100 points at 10 Hz) however long the history
    // (the windowed Trajectory contract), so the cost must not grow with n.
    const WINDOW_POINTS: usize = 100;
    for n in [10usize, 100, 1_000] {
        let mut matcher = MapMatcher::new(Arc::clone(&graph));
        for k in 0..n {
            let mut t = window(k, (k + 1).min(WINDOW_POINTS));
            t.point_count = k as u32 + 1;
            matcher.process(&t).expect("match");
        }
        let next = Cell::new(n - 1);
        group.bench_function(BenchmarkId::new("update", n), |b| {
            b.iter_batched(
                || {
                    next.set(next.get() + 1);
                    window(next.get(), n.min(WINDOW_POINTS))
                },
                |t| matcher.process(&t).expect("match"),
                BatchSize::SmallInput,
            )
        });
        let stats = matcher.stats();
        println!(
            "matcher update/{n}: {} points matched, {} reused",
            stats.matched_points, stats.reused_points
        );
        let whole = window(n - 1, n);
        group.bench_function(BenchmarkId::new("full_rematch", n), |b| {
            b.iter_batched(
                || MapMatcher::new(Arc::clone(&graph)),
                |mut m| m.process(&whole).expect("match"),
                BatchSize::SmallInput,
            )
        });
    }
    group.finish();

    // The changelog's share of an update: the stage shell serialises the session's state
    // after every update (`every_update`), or, told the changed keys, once per changelog
    // write: every fifth update of a 10 Hz road user with a commit every 0.5 s
    // (`told_keys`).
    let mut group = c.benchmark_group("matcher_changelog");
    for (name, write_every) in [("every_update", 1usize), ("told_keys", 5)] {
        let mut matcher = MapMatcher::new(Arc::clone(&graph)).with_change_tracking();
        for k in 0..WINDOW_POINTS {
            matcher.process(&window(k, k + 1)).expect("match");
        }
        matcher.take_changes();
        let next = Cell::new(WINDOW_POINTS - 1);
        group.bench_function(name, |b| {
            b.iter_batched(
                || {
                    next.set(next.get() + 1);
                    window(next.get(), WINDOW_POINTS)
                },
                |t| {
                    let matched = matcher.process(&t).expect("match");
                    if write_every > 1 {
                        black_box(matcher.take_changed_keys());
                    }
                    if next.get().is_multiple_of(write_every) {
                        black_box(matcher.take_changes());
                    }
                    matched
                },
                BatchSize::SmallInput,
            )
        });
    }
    group.finish();

    let mut group = c.benchmark_group("graph");
    let (car, bike) = (grid_wkb(0.0), grid_wkb(8.0));
    group.bench_function("from_wkb_3200_segments", |b| {
        b.iter(|| LaneGraph::from_wkb(black_box(&car), black_box(&bike)).expect("valid"))
    });
    group.finish();
}

criterion_group!(benches, bench_collector, bench_assembler, bench_matcher);
criterion_main!(benches);
