//! Independent check of the generated Lanelet2 map: the official Lanelet2 library
//! (PyPI `lanelet2`, in the venv `.ci/install-deps.sh` creates) loads `map.osm` without
//! errors, and its routing graph has exactly the successors our parser derives.
//!
//! Needs python3 with `lanelet2` at `$CITS_CHECK_VENV` (default
//! `~/.cache/cits-wasm/venv`); a missing venv is a failure, not a skip.

use std::collections::BTreeSet;
use std::path::PathBuf;
use std::process::Command;

use cits_core::lanelet2::parse_lanelet2;
use cits_proto::RoadKind;
use cits_sim::graph::Intersection;
use cits_sim::lanelet::to_lanelet2;

fn venv_python() -> PathBuf {
    let venv = std::env::var_os("CITS_CHECK_VENV")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            let home = std::env::var_os("HOME").expect("HOME is not set");
            PathBuf::from(home).join(".cache/cits-wasm/venv")
        });
    let python = venv.join("bin/python");
    assert!(
        python.is_file(),
        "{} missing: run .ci/install-deps.sh (creates the venv with the lanelet2 package)",
        python.display()
    );
    python
}

#[test]
fn official_lanelet2_loads_the_map_and_routes_like_our_parser() {
    let x = Intersection::new();
    let osm = to_lanelet2(&x);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("map.osm");
    std::fs::write(&path, &osm).unwrap();
    let script = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/lanelet2_routing.py");
    let out = Command::new(venv_python())
        .arg(&script)
        .arg(&path)
        .arg(x.center.lat_deg.to_string())
        .arg(x.center.lon_deg.to_string())
        .output()
        .expect("cannot run the venv's python");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success(),
        "lanelet2_routing.py failed ({}):\n{stderr}",
        out.status
    );

    let ours = parse_lanelet2(&osm).unwrap();
    let mut their_lanelets = BTreeSet::new();
    let mut their_follows = BTreeSet::new();
    for line in stdout.lines() {
        let f: Vec<&str> = line.split_whitespace().collect();
        match f.as_slice() {
            ["lanelet", id, subtype] => {
                their_lanelets.insert((id.parse::<i64>().unwrap(), subtype.to_string()));
            }
            ["follows", who, from, to] => {
                their_follows.insert((
                    who.to_string(),
                    from.parse::<i64>().unwrap(),
                    to.parse::<i64>().unwrap(),
                ));
            }
            _ => panic!("unexpected output line {line:?}"),
        }
    }
    // Same lanelets (forward lanes only: reversed crosswalk lanes have negative ids).
    let subtype = |k: RoadKind| match k {
        RoadKind::CarLane => "road",
        RoadKind::BikeLane => "bicycle_lane",
        _ => "crosswalk",
    };
    let our_lanelets: BTreeSet<(i64, String)> = ours
        .lanes
        .iter()
        .filter(|l| l.source_id > 0)
        .map(|l| (l.source_id, subtype(l.kind).to_owned()))
        .collect();
    assert_eq!(our_lanelets, their_lanelets);
    // Same successors for car and bike lanes.
    let our_follows: BTreeSet<(String, i64, i64)> = ours
        .lanes
        .iter()
        .filter(|l| matches!(l.kind, RoadKind::CarLane | RoadKind::BikeLane))
        .flat_map(|l| {
            let who = if l.kind == RoadKind::CarLane {
                "vehicle"
            } else {
                "bicycle"
            };
            l.successors
                .clone()
                .unwrap_or_default()
                .into_iter()
                .map(move |s| (who.to_owned(), l.source_id, s))
        })
        .collect();
    // Every inbound lane has successors, so an empty set would mean a broken comparison.
    assert!(our_follows.len() >= 20, "{our_follows:?}");
    assert_eq!(our_follows, their_follows);
}
