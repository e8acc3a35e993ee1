//! The street graph as the page draws it: every lane's centreline in the graph's local
//! metric frame, with its kind and whether it is a connector over the junction.
//!
//! The lanes come from the files the map matcher and the predictor read
//! ([`cits_stage::graph::read_lane_graph`]: `car.wkb` + `bike.wkb`, else `map.osm`). The
//! WKB graphs have no pedestrian crossings; when a Lanelet2 `map.osm` of the same network
//! lies beside them, its crosswalks are drawn too (moved into the WKB graph's frame through
//! WGS84), since pedestrians cross there.

use std::path::Path;

use cits_core::geo::LocalFrame;
use cits_core::lanes::LaneGraph;
use cits_proto::RoadKind;
use serde::Serialize;

use crate::state::road_name;
use crate::{Error, Result};

/// One lane as drawn.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LaneLine {
    /// `car`, `bike` or `crosswalk`.
    pub kind: &'static str,
    /// Wire id (`MatchedPoint.segment_id`) within its kind.
    pub id: u32,
    /// Whether the lane ends on a lane other lanes end on too: a turn or straight
    /// connector over the junction (drawn dashed).
    pub connector: bool,
    /// Centreline in travel direction, local metres (east, north), rounded to cm.
    pub points: Vec<[f64; 2]>,
}

/// The graph endpoint's answer.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GraphView {
    /// Frame origin, degrees (lat, lon).
    pub origin: [f64; 2],
    /// Every lane.
    pub lanes: Vec<LaneLine>,
    /// Bounding box of all lanes, local metres: [min x, min y, max x, max y].
    pub bounds: [f64; 4],
}

fn cm(v: f64) -> f64 {
    (v * 100.0).round() / 100.0
}

fn lines(graph: &LaneGraph, into: &LocalFrame, only: Option<RoadKind>) -> Vec<LaneLine> {
    let from = graph.frame();
    graph
        .lanes()
        .iter()
        .filter(|lane| only.is_none_or(|k| lane.kind == k))
        .map(|lane| {
            let connector = lane
                .successors
                .iter()
                .any(|s| graph.lane(*s).predecessors.len() > 1);
            let points = lane
                .points
                .iter()
                .map(|&[x, y]| {
                    let (x, y) = if from == into {
                        (x, y)
                    } else {
                        into.to_local(from.to_wgs84(x, y))
                    };
                    [cm(x), cm(y)]
                })
                .collect();
            LaneLine {
                kind: road_name(lane.kind),
                id: lane.id,
                connector,
                points,
            }
        })
        .collect()
}

impl GraphView {
    /// The lanes of `graph` in its own frame, plus `crosswalks` (another graph's
    /// crosswalk lanes) moved into that frame.
    pub fn new(graph: &LaneGraph, crosswalks: Option<&LaneGraph>) -> Self {
        let frame = *graph.frame();
        let mut lanes = lines(graph, &frame, None);
        let has_crosswalks = lanes.iter().any(|l| l.kind == "crosswalk");
        if let (Some(extra), false) = (crosswalks, has_crosswalks) {
            lanes.extend(lines(extra, &frame, Some(RoadKind::Crosswalk)));
        }
        let mut bounds = [
            f64::INFINITY,
            f64::INFINITY,
            f64::NEG_INFINITY,
            f64::NEG_INFINITY,
        ];
        for p in lanes.iter().flat_map(|l| &l.points) {
            bounds = [
                bounds[0].min(p[0]),
                bounds[1].min(p[1]),
                bounds[2].max(p[0]),
                bounds[3].max(p[1]),
            ];
        }
        if lanes.is_empty() {
            bounds = [0.0; 4];
        }
        let r = frame.reference();
        Self {
            origin: [r.lat_deg, r.lon_deg],
            lanes,
            bounds,
        }
    }

    /// No graph: nothing to draw; the state picks its frame from the first position.
    pub fn empty() -> Self {
        Self {
            origin: [0.0, 0.0],
            lanes: Vec::new(),
            bounds: [0.0; 4],
        }
    }
}

/// Reads the graph in `dir` the way the stages do, plus the crosswalks of a `map.osm` beside
/// WKB files (see the module docs). Returns the graph (its frame is the view's frame) and
/// what the page draws.
pub fn load(dir: &Path) -> Result<(LaneGraph, GraphView)> {
    let graph = cits_stage::graph::read_lane_graph(dir).map_err(|e| Error::Graph {
        dir: dir.to_owned(),
        reason: e.to_string(),
    })?;
    let osm = dir.join(cits_stage::graph::LANELET2_FILE);
    let crosswalks = if graph.lane_count(RoadKind::Crosswalk) == 0 && osm.is_file() {
        let xml = std::fs::read_to_string(&osm).map_err(|e| Error::Graph {
            dir: dir.to_owned(),
            reason: format!("{}: {e}", osm.display()),
        })?;
        Some(LaneGraph::from_lanelet2(&xml).map_err(|e| Error::Graph {
            dir: dir.to_owned(),
            reason: format!("{}: {e}", osm.display()),
        })?)
    } else {
        None
    };
    let view = GraphView::new(&graph, crosswalks.as_ref());
    Ok((graph, view))
}
