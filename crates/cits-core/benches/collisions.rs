//! Benchmark of the collision detector (numbers printed, nothing asserted): the cost of
//! one prediction at a busy intersection with 10, 50 and 200 road users.
//! Run: `cargo bench -p cits-core --bench collisions`.
//!
//! Half the users are cars on the four approaches of a 60 m × 60 m intersection with three
//! hypotheses each (straight, left, right), half are pedestrians and cyclists crossing with
//! one hypothesis; 16 points × 250 ms. Each iteration sends the next user's prediction
//! 1 ms later than the previous one, round robin, so every user stays fresh.

use std::cell::Cell;
use std::hint::black_box;

use cits_core::collisions::{CollisionConfig, CollisionDetector};
use cits_core::geo::{local_to_wgs84, Wgs84};
use cits_proto::{GeoPoint, ObjectClass, PathHypothesis, PredictedPoint, Prediction};
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};

const REF: Wgs84 = Wgs84 {
    lat_deg: 47.8095,
    lon_deg: 13.0550,
};
const T: i64 = 1_764_000_000_000;

fn geo(x: f64, y: f64) -> GeoPoint {
    let w = local_to_wgs84(REF, x, y);
    GeoPoint {
        latitude_deg: w.lat_deg,
        longitude_deg: w.lon_deg,
    }
}

fn hypothesis(p: f64, start: [f64; 2], v: [f64; 2]) -> PathHypothesis {
    PathHypothesis {
        probability: p,
        points: (1..=16u32)
            .map(|k| {
                let t = f64::from(k) * 0.25;
                PredictedPoint {
                    delta_ms: k * 250,
                    position: Some(geo(start[0] + v[0] * t, start[1] + v[1] * t)),
                    heading_deg: v[0].atan2(v[1]).to_degrees(),
                    speed_mps: v[0].hypot(v[1]),
                    sigma_m: 0.3 + 0.2 * t,
                }
            })
            .collect(),
        ..Default::default()
    }
}

/// User `i` of the scene: deterministic position and motion from a small LCG.
fn user(i: usize, ts: i64) -> Prediction {
    let mut seed = (i as u64)
        .wrapping_mul(6_364_136_223_846_793_005)
        .wrapping_add(1);
    let mut rnd = || {
        seed = seed
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (seed >> 11) as f64 / (1u64 << 53) as f64
    };
    let approach = (i / 2) % 4;
    let (dir, normal) = [
        ([1.0, 0.0], [0.0, 1.0]),
        ([0.0, 1.0], [-1.0, 0.0]),
        ([-1.0, 0.0], [0.0, -1.0]),
        ([0.0, -1.0], [1.0, 0.0]),
    ][approach];
    let back = 5.0 + 25.0 * rnd();
    let side = 2.0 * (rnd() - 0.5);
    let start = [
        -dir[0] * back + normal[0] * side,
        -dir[1] * back + normal[1] * side,
    ];
    let (class, speed, hyps) = if i.is_multiple_of(2) {
        let v = 8.0 + 6.0 * rnd();
        let turn = |a: f64, b: f64| {
            [
                (dir[0] * a + normal[0] * b) * v,
                (dir[1] * a + normal[1] * b) * v,
            ]
        };
        (
            ObjectClass::Car,
            v,
            vec![
                hypothesis(0.6, start, turn(1.0, 0.0)),
                hypothesis(0.2, start, turn(0.7, 0.7)),
                hypothesis(0.2, start, turn(0.7, -0.7)),
            ],
        )
    } else {
        let (class, v) = if i % 4 == 1 {
            (ObjectClass::Pedestrian, 1.4)
        } else {
            (ObjectClass::Bicycle, 5.0)
        };
        // Crossing the approach: move along its normal, starting beside the road.
        let start = [start[0] - normal[0] * 6.0, start[1] - normal[1] * 6.0];
        (
            class,
            v,
            vec![hypothesis(1.0, start, [normal[0] * v, normal[1] * v])],
        )
    };
    Prediction {
        site: "4711".into(),
        trajectory_key: format!("4711/{i}"),
        session_start_ms: T - 60_000,
        object_class: class as i32,
        timestamp_ms: ts,
        position: Some(geo(start[0], start[1])),
        speed_mps: speed,
        heading_deg: 0.0,
        sigma_m: 0.3,
        point_count: 100,
        hypotheses: hyps,
        ..Default::default()
    }
}

fn per_prediction(c: &mut Criterion) {
    let mut group = c.benchmark_group("collisions");
    for n in [10usize, 50, 200] {
        let mut det = CollisionDetector::new(CollisionConfig::default());
        let preds: Vec<Prediction> = (0..n).map(|i| user(i, T)).collect();
        for (i, p) in preds.iter().enumerate() {
            let mut p = p.clone();
            p.timestamp_ms = T + i as i64;
            det.process(&p).expect("valid scene");
        }
        let step = Cell::new(n as i64);
        group.bench_function(BenchmarkId::new("process", n), |b| {
            b.iter(|| {
                let k = step.get();
                step.set(k + 1);
                let mut p = preds[k as usize % n].clone();
                p.timestamp_ms = T + k;
                black_box(det.process(&p).expect("valid scene"))
            })
        });
        let s = det.stats();
        println!(
            "collisions/{n}: users {} pairs {} active {} assessments {}",
            det.user_count(),
            det.pair_count(),
            det.active_count(),
            s.assessments
        );
    }
    group.finish();
}

criterion_group!(benches, per_prediction);
criterion_main!(benches);
