//! Generated data sets: deterministic, decodable, consistent with their truth.

use std::path::Path;

use cits_proto::Encoding;
use cits_sim::truth::Class;
use cits_sim::{generate, Config, Dataset};

fn dataset(seed: u64, minutes: f64) -> Dataset {
    generate(&Config::new(seed, minutes).unwrap(), &mut |_, _| {}).unwrap()
}

fn files(dir: &Path) -> Vec<(String, Vec<u8>)> {
    [
        "recording.b64",
        "graph/car.wkb",
        "graph/bike.wkb",
        "graph/map.osm",
        "truth.csv",
        "conflicts.csv",
    ]
    .iter()
    .map(|name| (name.to_string(), std::fs::read(dir.join(name)).unwrap()))
    .collect()
}

#[test]
fn same_seed_gives_identical_files() {
    let a = tempfile::tempdir().unwrap();
    let b = tempfile::tempdir().unwrap();
    dataset(42, 0.2).write_to(a.path()).unwrap();
    dataset(42, 0.2).write_to(b.path()).unwrap();
    let (fa, fb) = (files(a.path()), files(b.path()));
    for ((name, x), (_, y)) in fa.iter().zip(&fb) {
        assert!(!x.is_empty(), "{name} is empty");
        assert!(x == y, "{name} differs between two runs with the same seed");
    }
}

#[test]
fn other_seed_gives_other_traffic() {
    let a = dataset(1, 0.2);
    let b = dataset(2, 0.2);
    assert_ne!(a.recording, b.recording);
    // The street graph does not depend on the seed.
    assert_eq!(a.car_wkb, b.car_wkb);
    assert_eq!(a.lanelet2_osm, b.lanelet2_osm);
}

#[test]
fn committed_sample_is_what_the_generator_writes() {
    // testdata/sample/README.md: `cits generate --seed 1 --out testdata/sample --minutes 0.25`.
    let sample = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../testdata/sample");
    let fresh = tempfile::tempdir().unwrap();
    dataset(1, 0.25).write_to(fresh.path()).unwrap();
    for ((name, x), (_, y)) in files(&sample).iter().zip(&files(fresh.path())) {
        assert!(
            x == y,
            "testdata/sample/{name} is stale: regenerate it with the command in its README"
        );
    }
}

#[test]
fn every_cpm_decodes_to_its_truth() {
    let d = dataset(7, 0.5);
    let mut truth = d.truth.iter();
    let mut empty = 0;
    for entry in &d.recording {
        let cpm = cits_core::decoder::decode_cpm_payload(&entry.bytes, Encoding::Uper)
            .unwrap_or_else(|e| panic!("CPM sent at {} does not decode: {e}", entry.timestamp_ms));
        assert_eq!(cpm.protocol_version, 2);
        assert_eq!(cpm.station_id, cits_sim::scenario::STATION_ID);
        let frame_ms = cits_core::geo::its_time_to_unix_ms(cpm.reference_time);
        assert!(
            entry.timestamp_ms as i64 > frame_ms,
            "a CPM is sent after its frame"
        );
        empty += usize::from(cpm.objects.is_empty());
        let sensors: Vec<u32> = cpm.sensors.iter().map(|s| s.sensor_id).collect();
        assert_eq!(sensors, cits_sim::scenario::SENSOR_IDS.to_vec());
        for object in &cpm.objects {
            let row = truth.next().expect("truth has a row per observed object");
            assert_eq!(
                row.time_ms,
                frame_ms + i64::from(object.measurement_delta_time)
            );
            assert_eq!(u32::from(row.object_id), object.object_id);
            assert_eq!(object.sensor_ids, vec![row.sensor_id]);
            assert!(sensors.contains(&row.sensor_id));
            // Camera 1's objects were measured before the CPM's reference time, camera 2's at it.
            assert!(object.measurement_delta_time <= 0 && object.measurement_delta_time > -125);
            let class = &object.classification[0];
            assert_eq!((class.class_kind, class.sub_class), row.class.etsi_code());
            assert_eq!(row.road.is_none(), row.class == Class::Pedestrian);
            assert_eq!(row.route.is_empty(), row.class == Class::Pedestrian);
            if let Some(road) = row.road {
                assert!(
                    row.route.contains(&road),
                    "road {road} not on route {:?}",
                    row.route
                );
            }
        }
    }
    assert!(truth.next().is_none(), "truth has rows no CPM carries");
    assert!(empty > 0, "some CPMs are empty (nothing in view)");
    assert!(empty < d.recording.len() / 4, "most CPMs carry objects");
}

#[test]
fn object_ids_are_reused_only_after_the_assembler_timeout() {
    let d = dataset(3, 2.0);
    // Per object id: the true object it last named and when it was last seen.
    let mut last: std::collections::HashMap<u8, (u32, i64)> = Default::default();
    let mut reuses = 0;
    for row in &d.truth {
        if let Some((true_id, seen)) = last.get(&row.object_id) {
            if *true_id != row.true_object_id {
                reuses += 1;
                assert!(
                    row.time_ms - seen > 5_000,
                    "object id {} reused after {} ms",
                    row.object_id,
                    row.time_ms - seen
                );
            }
        }
        last.insert(row.object_id, (row.true_object_id, row.time_ms));
    }
    assert!(reuses > 10, "ids are reused ({reuses} times)");
    assert_eq!(reuses, d.stats.id_reuses);
}

#[test]
fn street_graph_parses_in_the_map_matcher() {
    let d = dataset(1, 0.05);
    cits_core::lanes::LaneGraph::from_wkb(&d.car_wkb, &d.bike_wkb)
        .expect("car.wkb and bike.wkb are valid WKB MultiLineStrings");
}

#[test]
fn speeds_are_realistic() {
    let d = dataset(5, 1.0);
    let mut max_speed = [0.0f64; 3];
    let mut tracks: std::collections::HashMap<u32, (i64, f64, f64)> = Default::default();
    for row in &d.truth {
        if let Some((t, lat, lon)) = tracks.get(&row.true_object_id) {
            let dt = (row.time_ms - t) as f64 / 1000.0;
            let (e, n) = cits_core::geo::wgs84_to_local(
                cits_core::geo::Wgs84 {
                    lat_deg: *lat,
                    lon_deg: *lon,
                },
                cits_core::geo::Wgs84 {
                    lat_deg: row.lat_deg,
                    lon_deg: row.lon_deg,
                },
            );
            let v = e.hypot(n) / dt;
            let m = &mut max_speed[row.class.index()];
            *m = m.max(v);
        }
        tracks.insert(row.true_object_id, (row.time_ms, row.lat_deg, row.lon_deg));
    }
    println!(
        "max true speeds (m/s): car {:.1}, bike {:.1}, pedestrian {:.1}",
        max_speed[0], max_speed[1], max_speed[2]
    );
    assert!(max_speed[0] > 30.0 / 3.6 && max_speed[0] <= 50.0 / 3.6 + 0.01);
    assert!(max_speed[1] > 14.0 / 3.6 && max_speed[1] <= 20.0 / 3.6 + 0.01);
    assert!(max_speed[2] > 1.0 && max_speed[2] <= 1.8 + 0.01);
}

#[test]
fn a_station_sends_at_most_ten_cpms_per_second() {
    // TS 103 324 generation rules: at most one CPM per 100 ms of measurement time.
    let d = dataset(4, 1.0);
    let mut times: Vec<i64> = d
        .recording
        .iter()
        .map(|e| {
            let cpm = cits_core::decoder::decode_cpm_payload(&e.bytes, Encoding::Uper).unwrap();
            cits_core::geo::its_time_to_unix_ms(cpm.reference_time)
        })
        .collect();
    times.sort_unstable();
    for w in times.windows(11) {
        assert!(w[10] - w[0] >= 1_000, "11 CPMs within {} ms", w[10] - w[0]);
    }
    let seconds = 60.0;
    let rate = times.len() as f64 / seconds;
    println!("{rate:.2} CPMs/s");
    assert!(rate <= 10.0);
}

#[test]
fn routes_follow_the_roads_in_travel_order() {
    let d = dataset(6, 1.0);
    let mut last: std::collections::HashMap<u32, (Vec<u32>, usize)> = Default::default();
    for row in d.truth.iter().filter(|r| r.class != Class::Pedestrian) {
        // Cars: approach lane, turn lane, connector, outbound; bikes have no turn lanes.
        let roads = if row.class == Class::Car { 4 } else { 3 };
        assert_eq!(
            row.route.len(),
            roads,
            "inbound, (turn lane,) connector, outbound: {:?}",
            row.route
        );
        let at = row.route.iter().position(|r| Some(*r) == row.road).unwrap();
        if let Some((route, prev)) = last.get(&row.true_object_id) {
            assert_eq!(route, &row.route, "one route per road user");
            assert!(at >= *prev, "roads in travel order");
        }
        last.insert(row.true_object_id, (row.route.clone(), at));
    }
    assert!(last.len() > 20);
}

#[test]
fn sensor_imperfections_are_in_the_data() {
    let d = dataset(8, 2.0);
    let s = &d.stats;
    println!(
        "missed {}, occluded {}, id switches {}, jumps {}",
        s.missed, s.occluded, s.id_switches, s.jumps
    );
    assert!(s.missed > 0 && s.occluded > 0 && s.id_switches > 0 && s.jumps > 0);
    // An id switch: one true object under two CPM object ids.
    let mut ids: std::collections::HashMap<u32, std::collections::HashSet<u8>> = Default::default();
    for r in &d.truth {
        ids.entry(r.true_object_id).or_default().insert(r.object_id);
    }
    assert!(ids.values().any(|s| s.len() > 1));
    // A jump: a reported position far from the truth (noise is 0.3 m sigma).
    let mut truth = d.truth.iter();
    let mut far = 0;
    for entry in &d.recording {
        let cpm = cits_core::decoder::decode_cpm_payload(&entry.bytes, Encoding::Uper).unwrap();
        for l in cits_core::collector::collect(&cpm).unwrap() {
            let row = truth.next().unwrap();
            let p = l.position.unwrap();
            let (e, n) = cits_core::geo::wgs84_to_local(
                cits_core::geo::Wgs84 {
                    lat_deg: row.lat_deg,
                    lon_deg: row.lon_deg,
                },
                cits_core::geo::Wgs84 {
                    lat_deg: p.latitude_deg,
                    lon_deg: p.longitude_deg,
                },
            );
            if e.hypot(n) > 5.0 {
                far += 1;
                assert!(e.hypot(n) < cits_sim::scenario::JUMP_M.1 + 3.0);
            }
        }
    }
    assert!(
        far as u64 >= s.jumps / 2 && far as u64 <= s.jumps,
        "{far} far vs {} jumps",
        s.jumps
    );
}
