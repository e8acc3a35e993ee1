//! Decode cost of one CPM (numbers printed, nothing asserted), in UPER and XER,
//! with 10 and 128 perceived objects. Run: `cargo bench -p cits-core --bench decoder`.
//!
//! The payloads are written by `encode_cpm`, with every field the collector
//! uses set, so they are as large as the CPMs the pipeline carries.

use std::hint::black_box;

use cits_core::decoder::{decode_cpm_payload, encode_cpm};
use cits_proto::{
    Cpm, Encoding, ObjectClassification, PerceivedObject, ReferencePosition, SensorInformation,
};
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};

/// Object counts measured: a typical RSU CPM and a crowded crossing.
const OBJECT_COUNTS: [u32; 2] = [10, 128];

fn cpm(objects: u32) -> Cpm {
    Cpm {
        protocol_version: 2,
        station_id: 1001,
        reference_time: 700_000_000_000,
        station_type: 15,
        reference_position: Some(ReferencePosition {
            latitude: 478_095_000,
            longitude: 130_550_000,
            altitude: 42_000,
            semi_major_confidence: 100,
            semi_minor_confidence: 100,
            semi_major_orientation: 0,
        }),
        sensors: vec![SensorInformation {
            sensor_id: 1,
            sensor_type: 3,
            opening_angle_start: Some(0),
            opening_angle_end: Some(1200),
            range: Some(800),
        }],
        objects: (0..objects)
            .map(|i| {
                let offset = i32::try_from(i).unwrap_or(0) * 37;
                PerceivedObject {
                    object_id: i,
                    measurement_delta_time: -25,
                    x_coordinate: 1_500 + offset,
                    y_coordinate: -2_300 + offset,
                    z_coordinate: None,
                    x_confidence: 30,
                    y_confidence: 30,
                    x_velocity: Some(830),
                    y_velocity: Some(-120),
                    heading: Some(910),
                    object_age: Some(1_200),
                    perception_quality: Some(12),
                    sensor_ids: vec![1],
                    classification: vec![ObjectClassification {
                        class_kind: 1,
                        sub_class: 5,
                        confidence: 90,
                    }],
                }
            })
            .collect(),
        ..Cpm::default()
    }
}

fn decode(c: &mut Criterion) {
    let mut group = c.benchmark_group("decode_cpm_payload");
    for encoding in [Encoding::Uper, Encoding::Xer] {
        for objects in OBJECT_COUNTS {
            let payload = match encode_cpm(&cpm(objects), encoding) {
                Ok(payload) => payload,
                Err(e) => panic!("benchmark CPM must encode: {e}"),
            };
            println!(
                "{encoding:?} CPM with {objects} objects: {} bytes",
                payload.len()
            );
            group.throughput(Throughput::Elements(u64::from(objects)));
            group.bench_with_input(
                BenchmarkId::new(format!("{encoding:?}"), objects),
                &payload,
                |b, payload| b.iter(|| decode_cpm_payload(black_box(payload), encoding)),
            );
        }
    }
    group.finish();
}

fn encode(c: &mut Criterion) {
    let mut group = c.benchmark_group("encode_cpm");
    for encoding in [Encoding::Uper, Encoding::Xer] {
        for objects in OBJECT_COUNTS {
            let message = cpm(objects);
            group.throughput(Throughput::Elements(u64::from(objects)));
            group.bench_with_input(
                BenchmarkId::new(format!("{encoding:?}"), objects),
                &message,
                |b, message| b.iter(|| encode_cpm(black_box(message), encoding)),
            );
        }
    }
    group.finish();
}

criterion_group!(benches, decode, encode);
criterion_main!(benches);
