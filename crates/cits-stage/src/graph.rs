//! The street graph a stage reads from `CITS_GRAPH_DIR` (the README's street graph
//! contract): `car.wkb` + `bike.wkb` when the directory has them, else a Lanelet2
//! `map.osm`. WKB wins when both are there because `cits generate` writes both for the same
//! network and the WKB graphs are the reference the accuracy tests are measured on.

use std::path::Path;

use cits_core::lanes::LaneGraph;

use crate::{Error, Result};

/// The car lanes, one directed LineString per lane.
pub const CAR_WKB_FILE: &str = "car.wkb";
/// The bike lanes and crossings, one directed LineString per lane.
pub const BIKE_WKB_FILE: &str = "bike.wkb";
/// A Lanelet2 map (OSM XML).
pub const LANELET2_FILE: &str = "map.osm";

/// The street graph of a stage that needs one, from its `CITS_GRAPH_DIR`
/// ([`crate::StageConfig::graph_dir`], passed by the stage so its reading shows in its
/// code), which must be set.
pub fn required_lane_graph(graph_dir: Option<&Path>) -> Result<LaneGraph> {
    let dir = graph_dir.ok_or_else(|| {
        Error::Setup(
            format!(
                "CITS_GRAPH_DIR is required: directory with {CAR_WKB_FILE} and {BIKE_WKB_FILE}, \
                 or {LANELET2_FILE}"
            )
            .into(),
        )
    })?;
    read_lane_graph(dir)
}

/// Reads and parses the street graph in `dir`; errors name the file.
pub fn read_lane_graph(dir: &Path) -> Result<LaneGraph> {
    let read = |name: &str| {
        let path = dir.join(name);
        std::fs::read(&path).map_err(|source| Error::Io {
            path: path.display().to_string(),
            source,
        })
    };
    let invalid = |name: &str, reason: String| {
        Error::Setup(format!("street graph {}: {reason}", dir.join(name).display()).into())
    };
    if dir.join(CAR_WKB_FILE).exists() || !dir.join(LANELET2_FILE).exists() {
        let (car, bike) = (read(CAR_WKB_FILE)?, read(BIKE_WKB_FILE)?);
        return LaneGraph::from_wkb(&car, &bike)
            .map_err(|e| invalid(CAR_WKB_FILE, format!("{e} (with {BIKE_WKB_FILE})")));
    }
    let xml = String::from_utf8(read(LANELET2_FILE)?)
        .map_err(|e| invalid(LANELET2_FILE, format!("not UTF-8: {e}")))?;
    LaneGraph::from_lanelet2(&xml).map_err(|e| invalid(LANELET2_FILE, e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A one-lanelet map: bounds 3.5 m apart, 20 m long, travel east.
    const ONE_LANE: &str = r#"<?xml version="1.0"?>
<osm version="0.6">
  <node id="1" lat="47.81" lon="13.05"/>
  <node id="2" lat="47.81" lon="13.05027"/>
  <node id="3" lat="47.809969" lon="13.05"/>
  <node id="4" lat="47.809969" lon="13.05027"/>
  <way id="10"><nd ref="1"/><nd ref="2"/><tag k="type" v="line_thin"/></way>
  <way id="11"><nd ref="3"/><nd ref="4"/><tag k="type" v="line_thin"/></way>
  <relation id="100">
    <member type="way" role="left" ref="10"/>
    <member type="way" role="right" ref="11"/>
    <tag k="type" v="lanelet"/><tag k="subtype" v="road"/>
  </relation>
</osm>
"#;

    fn temp_dir(name: &str) -> std::path::PathBuf {
        let dir = std::env::temp_dir().join(format!("cits-graph-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    #[test]
    fn a_lanelet2_map_alone_is_read() {
        let dir = temp_dir("osm");
        std::fs::write(dir.join(LANELET2_FILE), ONE_LANE).unwrap();
        let graph = read_lane_graph(&dir).unwrap();
        assert_eq!(graph.lanes().len(), 1);
        // 0.00027° of longitude at 47.81° N is about 20.1 m.
        assert!((graph.lanes()[0].length_m() - 20.1).abs() < 0.2);
    }

    #[test]
    fn missing_files_are_errors_naming_the_file() {
        let dir = temp_dir("empty");
        let err = read_lane_graph(&dir).unwrap_err().to_string();
        assert!(err.contains(CAR_WKB_FILE), "{err}");
        std::fs::write(dir.join(LANELET2_FILE), "<osm><node").unwrap();
        let err = read_lane_graph(&dir).unwrap_err().to_string();
        assert!(err.contains(LANELET2_FILE), "{err}");
    }
}
