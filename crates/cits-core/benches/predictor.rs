//! Benchmark of the predictor's per-message cost (numbers printed, nothing asserted).
//! Run: `cargo bench -p cits-core --bench predictor`.
//!
//! A car approaches a four-way junction (straight, right and left connectors, each
//! continuing on an exit lane) with 10, 100 or 1,000 points of history: the cost must not
//! grow with the history, since only the last second of it is used. The map matcher's
//! counterpart (10, 100, 1,000 points) is `matcher/update/N` in `benches/stages.rs`.

use std::hint::black_box;
use std::sync::Arc;

use cits_core::geo::{local_to_wgs84, Wgs84};
use cits_core::lanes::LaneGraph;
use cits_core::matcher::multilinestring_wkb;
use cits_core::predictor::{Predictor, PredictorConfig};
use cits_proto::{GeoPoint, MatchedPoint, MatchedTrajectory, ObjectClass, RoadKind};
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};

const REF: Wgs84 = Wgs84 {
    lat_deg: 47.8106,
    lon_deg: 13.0527,
};

fn at(east: f64, north: f64) -> Wgs84 {
    local_to_wgs84(REF, east, north)
}

/// Quarter circle from (x0, y0) heading north, turning towards `sign` (+1 east, −1 west).
fn turn(x0: f64, y0: f64, r: f64, sign: f64) -> Vec<Wgs84> {
    (0..=16)
        .map(|i| {
            let a = std::f64::consts::FRAC_PI_2 * f64::from(i) / 16.0;
            at(x0 + sign * r * (1.0 - a.cos()), y0 + r * a.sin())
        })
        .collect()
}

fn graph() -> Arc<LaneGraph> {
    // Approach from the south to the stop line at y = -10, then straight / right / left.
    let x = 1.75;
    let car = vec![
        (0..=10)
            .map(|i| at(x, -200.0 + 19.0 * f64::from(i)))
            .collect(),
        vec![at(x, -10.0), at(x, 10.0)],
        turn(x, -10.0, 8.25, 1.0),
        turn(x, -10.0, 11.75, -1.0),
        vec![at(x, 10.0), at(x, 200.0)],
        vec![at(x + 8.25, -1.75), at(200.0, -1.75)],
        vec![at(x - 11.75, 1.75), at(-200.0, 1.75)],
    ];
    let bike = vec![vec![at(6.0, -200.0), at(6.0, 200.0)]];
    Arc::new(
        LaneGraph::from_wkb(&multilinestring_wkb(&car), &multilinestring_wkb(&bike))
            .expect("valid junction"),
    )
}

/// A car on the approach lane at 12 m/s braking at 1 m/s², `n` points at 10 Hz ending
/// 40 m before the stop line.
fn trajectory(n: usize) -> MatchedTrajectory {
    let points = (0..n)
        .map(|k| {
            let back_s = (n - 1 - k) as f64 * 0.1;
            let v = 12.0 + back_s; // earlier = faster
            let y = -50.0 - (12.0 * back_s + 0.5 * back_s * back_s);
            let p = at(1.75 + 0.2 * ((k % 3) as f64 - 1.0), y);
            let g = GeoPoint {
                latitude_deg: p.lat_deg,
                longitude_deg: p.lon_deg,
            };
            MatchedPoint {
                timestamp_ms: 1_000_000 + k as i64 * 100,
                original: Some(g),
                matched: Some(g),
                road_kind: RoadKind::CarLane as i32,
                segment_id: 0,
                offset_m: 0.2,
                arc_m: 150.0 + y,
                lane_heading_deg: 0.0,
                speed_mps: Some(v),
            }
        })
        .collect();
    MatchedTrajectory {
        trajectory_key: "30001/7".into(),
        session_start_ms: 1_000_000,
        object_class: ObjectClass::Car as i32,
        owner: "bench".into(),
        points,
        point_count: n as u32,
        trace: None,
    }
}

fn predictor(c: &mut Criterion) {
    let mut predictor = Predictor::new(graph(), PredictorConfig::default());
    let mut group = c.benchmark_group("predictor");
    for n in [10, 100, 1_000] {
        let t = trajectory(n);
        let p = predictor.predict(&t).expect("valid").expect("prediction");
        assert!(p.hypotheses.len() >= 2, "the junction offers a choice");
        group.bench_with_input(BenchmarkId::new("graph", n), &t, |b, t| {
            b.iter(|| predictor.predict(black_box(t)))
        });
        let mut walker = t.clone();
        walker.object_class = ObjectClass::Pedestrian as i32;
        for p in &mut walker.points {
            p.road_kind = RoadKind::Unspecified as i32;
        }
        group.bench_with_input(BenchmarkId::new("constant_velocity", n), &walker, |b, t| {
            b.iter(|| predictor.predict(black_box(t)))
        });
    }
    group.finish();
}

criterion_group!(benches, predictor);
criterion_main!(benches);
