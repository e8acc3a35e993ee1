//! Directed lane graph with topology: lanes (car lanes, bike lanes, crossings) as directed
//! centrelines in one local metric frame, connections lane end -> lane start.
//!
//! Loaders (WKB here, Lanelet2 in `lanelet2.rs`) hand [`LaneSpec`]s to [`LaneGraph::build`],
//! which places every lane in one local frame ([`LocalFrame`] at the centre of the bounding
//! box of all points), derives the topology and indexes the segments of each [`RoadKind`]
//! in an R*-tree, so [`LaneGraph::candidates`] costs O(log segments).
//!
//! Topology: with explicit successors (Lanelet2 routing) those are used; without (WKB),
//! lane B succeeds lane A of the same kind when A's last point lies within
//! [`CONNECT_TOLERANCE_M`] of B's first point. Successors are kept in index order, so
//! [`LaneGraph::paths_from`] enumerates deterministically.
//!
//! Routing: [`LaneGraph::route_distance`] is a Dijkstra over lane starts that only follows
//! successors (travel against a lane's direction is impossible), bounded by a distance and
//! by [`MAX_ROUTE_EXPANSIONS`], so a query on a large map stays cheap.

use std::cmp::Ordering;
use std::collections::{BinaryHeap, HashMap};

use cits_proto::RoadKind;
use geo_traits::{CoordTrait, GeometryTrait, GeometryType, LineStringTrait, MultiLineStringTrait};
use rstar::primitives::{GeomWithData, Line};
use rstar::RTree;

use crate::geo::{normalize_deg, LocalFrame, Wgs84};
use crate::{Error, Result};

/// End of A within this of the start of B => B succeeds A (WKB graphs): generous for
/// rounding of stored coordinates, far below the distance between distinct lane ends.
pub const CONNECT_TOLERANCE_M: f64 = 0.5;
/// Largest distance (m) of a lane point from the graph's centre. The local frame's scale
/// error grows with distance (1.2e-4 at 100 km, i.e. 1.2 mm on a 10 m offset); 100 km
/// covers any metropolitan area.
pub const MAX_GRAPH_RADIUS_M: f64 = 100_000.0;
/// Largest number of segments in a graph: a metropolitan street graph has well under a
/// million; 2 M segments (~100 MB with the trees) is what a Wasm instance can hold.
pub const MAX_GRAPH_SEGMENTS: usize = 2_000_000;
/// Largest number of lanes in a graph: ids are u32 and every lane costs a few hundred
/// bytes beyond its points; a metropolitan graph has well under a million lanes.
pub const MAX_LANES: usize = 1_000_000;
/// Lanes a [`LaneGraph::route_distance`] query settles at most: a matcher asks for
/// distances of a few hundred metres, which touch tens of lanes; the cap bounds the cost
/// of a query on a dense graph whatever `max_m` is.
pub const MAX_ROUTE_EXPANSIONS: usize = 4_096;
/// Lanes in one path of [`LaneGraph::paths_from`] at most: guards against cycles of
/// zero-length lanes, far above the lanes a prediction horizon crosses.
pub const MAX_PATH_LANES: usize = 256;

/// Dense index of a lane in LaneGraph::lanes().
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct LaneIdx(pub u32);

impl LaneIdx {
    /// The index as a usize.
    fn get(self) -> usize {
        self.0 as usize
    }
}

/// Input of LaneGraph::build: one directed lane as a loader (WKB, Lanelet2) found it.
#[derive(Debug, Clone, PartialEq)]
pub struct LaneSpec {
    /// CarLane, BikeLane or Crosswalk.
    pub kind: RoadKind,
    /// WKB: LineString index in its kind's MultiLineString; Lanelet2: lanelet OSM id.
    pub source_id: i64,
    /// Centreline in travel direction, >= 2 points.
    pub points: Vec<Wgs84>,
    /// Explicit successors by source_id of the same kind (Lanelet2 routing); None: connect
    /// by endpoint tolerance (WKB).
    pub successors: Option<Vec<i64>>,
}

/// One directed lane of a [`LaneGraph`].
#[derive(Debug, Clone, PartialEq)]
pub struct Lane {
    /// Car lane, bike lane or crosswalk.
    pub kind: RoadKind,
    /// Wire id (MatchedPoint.segment_id): index among the lanes of its kind, in input order.
    pub id: u32,
    /// The loader's id (see [`LaneSpec::source_id`]).
    pub source_id: i64,
    /// Centreline, local (east, north) metres in graph.frame(), in travel direction.
    pub points: Vec<[f64; 2]>,
    /// Arc length at each point; `[0] = 0`.
    pub cumulative_m: Vec<f64>,
    /// Lanes that continue this one, in index order.
    pub successors: Vec<LaneIdx>,
    /// Lanes this one continues, in index order.
    pub predecessors: Vec<LaneIdx>,
}

/// Where a point projects onto a lane.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LaneProjection {
    /// Distance along the lane from its start, clamped to [0, length].
    pub arc_m: f64,
    /// The closest point on the centreline (local metres).
    pub point: [f64; 2],
    /// Signed lateral offset: > 0 left of the travel direction (beyond an end of the lane:
    /// the distance, signed by the side of the end segment's line).
    pub offset_m: f64,
    /// |point - query|.
    pub distance_m: f64,
    /// Travel direction of the lane at arc_m, degrees clockwise from north.
    pub heading_deg: f64,
}

/// Bearing of a direction vector, degrees clockwise from north in [0, 360).
fn bearing_deg(d: [f64; 2]) -> f64 {
    normalize_deg(d[0].atan2(d[1]).to_degrees())
}

impl Lane {
    /// Length of the centreline, m.
    pub fn length_m(&self) -> f64 {
        self.cumulative_m.last().copied().unwrap_or(0.0)
    }

    /// The closest point of the centreline to `p` (local metres). O(points of the lane).
    pub fn project(&self, p: [f64; 2]) -> LaneProjection {
        let mut best: Option<(f64, LaneProjection)> = None;
        for i in 0..self.points.len().saturating_sub(1) {
            let proj = self.project_on_segment(i, p);
            if best.is_none_or(|(d, _)| proj.distance_m < d) {
                best = Some((proj.distance_m, proj));
            }
        }
        best.map(|(_, proj)| proj).unwrap_or_else(|| {
            // A lane of one point (never built, but keep project total).
            let a = self.points.first().copied().unwrap_or([0.0, 0.0]);
            let distance_m = (p[0] - a[0]).hypot(p[1] - a[1]);
            LaneProjection {
                arc_m: 0.0,
                point: a,
                offset_m: distance_m,
                distance_m,
                heading_deg: 0.0,
            }
        })
    }

    /// Projection of `p` onto segment `i` (points `i`, `i + 1`).
    fn project_on_segment(&self, i: usize, p: [f64; 2]) -> LaneProjection {
        let a = self.points[i];
        let b = self.points[i + 1];
        let d = [b[0] - a[0], b[1] - a[1]];
        let len2 = d[0] * d[0] + d[1] * d[1];
        let t = if len2 > 0.0 {
            (((p[0] - a[0]) * d[0] + (p[1] - a[1]) * d[1]) / len2).clamp(0.0, 1.0)
        } else {
            0.0
        };
        let point = [a[0] + t * d[0], a[1] + t * d[1]];
        let distance_m = (p[0] - point[0]).hypot(p[1] - point[1]);
        // Cross product of the direction with the offset: > 0 when p is to the left.
        let cross = d[0] * (p[1] - a[1]) - d[1] * (p[0] - a[0]);
        let seg_len = self.cumulative_m[i + 1] - self.cumulative_m[i];
        LaneProjection {
            arc_m: self.cumulative_m[i] + t * seg_len,
            point,
            offset_m: if cross < 0.0 { -distance_m } else { distance_m },
            distance_m,
            heading_deg: self.heading_of_segment(i),
        }
    }

    /// Heading of segment `i`; a zero-length segment takes the next non-degenerate one
    /// (or the previous one at the end of the lane).
    fn heading_of_segment(&self, i: usize) -> f64 {
        let dir = |w: &[[f64; 2]]| [w[1][0] - w[0][0], w[1][1] - w[0][1]];
        let moving = |d: &[f64; 2]| d[0] != 0.0 || d[1] != 0.0;
        let after = self.points.get(i..).unwrap_or_default().windows(2).map(dir);
        let before = self
            .points
            .get(..=i)
            .unwrap_or_default()
            .windows(2)
            .rev()
            .map(dir);
        after.chain(before).find(moving).map_or(0.0, bearing_deg)
    }

    /// Point and heading (deg cw from north) at an arc length (clamped to the lane).
    pub fn point_at(&self, arc_m: f64) -> ([f64; 2], f64) {
        let segments = self.points.len().saturating_sub(1);
        if segments == 0 {
            return (self.points.first().copied().unwrap_or([0.0, 0.0]), 0.0);
        }
        let arc = if arc_m.is_nan() {
            0.0
        } else {
            arc_m.clamp(0.0, self.length_m())
        };
        // The last segment whose start is <= arc.
        let i = self
            .cumulative_m
            .partition_point(|&c| c <= arc)
            .saturating_sub(1)
            .min(segments - 1);
        let seg_len = self.cumulative_m[i + 1] - self.cumulative_m[i];
        let t = if seg_len > 0.0 {
            ((arc - self.cumulative_m[i]) / seg_len).clamp(0.0, 1.0)
        } else {
            0.0
        };
        let (a, b) = (self.points[i], self.points[i + 1]);
        (
            [a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])],
            self.heading_of_segment(i),
        )
    }
}

/// One segment in an R*-tree: (lane index, segment index within the lane).
type Segment = GeomWithData<Line<[f64; 2]>, (u32, u32)>;

/// The kinds a graph indexes, in the order of [`LaneGraph::layers`].
const KINDS: [RoadKind; 3] = [RoadKind::CarLane, RoadKind::BikeLane, RoadKind::Crosswalk];

/// Position of a kind in [`KINDS`].
fn kind_slot(kind: RoadKind) -> Option<usize> {
    KINDS.iter().position(|k| *k == kind)
}

/// Name of a kind for error messages.
fn kind_name(kind: RoadKind) -> &'static str {
    match kind {
        RoadKind::CarLane => "car",
        RoadKind::BikeLane => "bike",
        RoadKind::Crosswalk => "crosswalk",
        RoadKind::Unspecified => "lane",
    }
}

/// Lanes and segment index of one kind.
#[derive(Debug, Default)]
struct Layer {
    /// Graph index of each lane of this kind, by wire id.
    lanes: Vec<LaneIdx>,
    /// Segments of this kind's lanes.
    tree: RTree<Segment>,
}

/// The lane graph (see the module docs).
#[derive(Debug)]
pub struct LaneGraph {
    /// Metric frame all lanes are stored in.
    frame: LocalFrame,
    /// All lanes, in input order.
    lanes: Vec<Lane>,
    /// Per kind, in the order of [`KINDS`].
    layers: [Layer; 3],
}

/// A distance in a Dijkstra heap (min-heap by distance, ties by lane index).
#[derive(Debug, PartialEq)]
struct Queued(f64, LaneIdx);

impl Eq for Queued {}

impl Ord for Queued {
    fn cmp(&self, other: &Self) -> Ordering {
        other.0.total_cmp(&self.0).then(other.1.cmp(&self.1))
    }
}

impl PartialOrd for Queued {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl LaneGraph {
    /// Builds the graph: local frame at the centre of all points, topology, spatial index.
    /// Errors: no lanes, a lane with < 2 points, invalid coordinates, a lane of kind
    /// Unspecified, an explicit successor that does not exist, more than the caps
    /// ([`MAX_LANES`], [`MAX_GRAPH_SEGMENTS`], [`MAX_GRAPH_RADIUS_M`]).
    pub fn build(specs: Vec<LaneSpec>) -> Result<LaneGraph> {
        let invalid = |kind: RoadKind, reason: String| Error::InvalidGraph {
            graph: kind_name(kind),
            reason,
        };
        if specs.is_empty() {
            return Err(invalid(RoadKind::Unspecified, "no lanes".into()));
        }
        if specs.len() > MAX_LANES {
            return Err(invalid(
                RoadKind::Unspecified,
                format!("{} lanes, limit {MAX_LANES}", specs.len()),
            ));
        }
        let mut segments_total = 0usize;
        let mut bounds: Option<(f64, f64, f64, f64)> = None;
        for s in &specs {
            if kind_slot(s.kind).is_none() {
                return Err(invalid(
                    s.kind,
                    format!("lane {}: road kind Unspecified", s.source_id),
                ));
            }
            if s.points.len() < 2 {
                return Err(invalid(
                    s.kind,
                    format!(
                        "lane {}: {} point(s), a lane needs at least 2",
                        s.source_id,
                        s.points.len()
                    ),
                ));
            }
            segments_total = segments_total.saturating_add(s.points.len() - 1);
            if segments_total > MAX_GRAPH_SEGMENTS {
                return Err(invalid(
                    s.kind,
                    format!("more than {MAX_GRAPH_SEGMENTS} segments"),
                ));
            }
            for p in &s.points {
                if !p.is_valid() {
                    return Err(invalid(
                        s.kind,
                        format!(
                            "lane {}: coordinate (lon {}, lat {}) is not a WGS84 lon/lat",
                            s.source_id, p.lon_deg, p.lat_deg
                        ),
                    ));
                }
                let (south, west, north, east) =
                    bounds.unwrap_or((p.lat_deg, p.lon_deg, p.lat_deg, p.lon_deg));
                bounds = Some((
                    south.min(p.lat_deg),
                    west.min(p.lon_deg),
                    north.max(p.lat_deg),
                    east.max(p.lon_deg),
                ));
            }
        }
        let (south, west, north, east) = bounds.unwrap_or_default();
        let frame = LocalFrame::new(Wgs84 {
            lat_deg: (south + north) / 2.0,
            lon_deg: (west + east) / 2.0,
        });

        let mut layers: [Layer; 3] = Default::default();
        let mut lanes = Vec::with_capacity(specs.len());
        let mut explicit = Vec::with_capacity(specs.len());
        for (index, spec) in specs.into_iter().enumerate() {
            let slot = kind_slot(spec.kind).unwrap_or(0);
            let layer = &mut layers[slot];
            let idx = LaneIdx(
                u32::try_from(index)
                    .map_err(|_| invalid(spec.kind, "more lanes than u32 indices".into()))?,
            );
            let id = u32::try_from(layer.lanes.len())
                .map_err(|_| invalid(spec.kind, "more lanes than u32 ids".into()))?;
            layer.lanes.push(idx);
            let mut points: Vec<[f64; 2]> = Vec::with_capacity(spec.points.len());
            let mut cumulative_m = Vec::with_capacity(spec.points.len());
            for p in &spec.points {
                let (e, n) = frame.to_local(*p);
                if e.hypot(n) > MAX_GRAPH_RADIUS_M {
                    return Err(invalid(
                        spec.kind,
                        format!(
                            "lane {} reaches {:.0} km from the graph centre (limit {} km)",
                            spec.source_id,
                            e.hypot(n) / 1000.0,
                            MAX_GRAPH_RADIUS_M / 1000.0
                        ),
                    ));
                }
                let arc = match (points.last(), cumulative_m.last()) {
                    (Some(&[pe, pn]), Some(&c)) => c + (e - pe).hypot(n - pn),
                    _ => 0.0,
                };
                points.push([e, n]);
                cumulative_m.push(arc);
            }
            explicit.push(spec.successors);
            lanes.push(Lane {
                kind: spec.kind,
                id,
                source_id: spec.source_id,
                points,
                cumulative_m,
                successors: Vec::new(),
                predecessors: Vec::new(),
            });
        }

        Self::connect(&mut lanes, explicit)?;

        let mut per_kind: [Vec<Segment>; 3] = Default::default();
        for (index, lane) in lanes.iter().enumerate() {
            let slot = kind_slot(lane.kind).unwrap_or(0);
            for (s, w) in lane.points.windows(2).enumerate() {
                // Zero-length segments have no direction and no closest point of their own.
                if w[0] != w[1] {
                    per_kind[slot].push(GeomWithData::new(
                        Line::new(w[0], w[1]),
                        (index as u32, s as u32),
                    ));
                }
            }
        }
        for (layer, segments) in layers.iter_mut().zip(per_kind) {
            layer.tree = RTree::bulk_load(segments);
        }
        Ok(LaneGraph {
            frame,
            lanes,
            layers,
        })
    }

    /// Fills successors and predecessors: explicit ones by source id, else by endpoint
    /// tolerance (an R*-tree of lane starts per kind).
    fn connect(lanes: &mut [Lane], explicit: Vec<Option<Vec<i64>>>) -> Result<()> {
        let mut by_source: HashMap<(usize, i64), LaneIdx> = HashMap::new();
        let mut starts: [Vec<GeomWithData<[f64; 2], u32>>; 3] = Default::default();
        for (index, lane) in lanes.iter().enumerate() {
            let slot = kind_slot(lane.kind).unwrap_or(0);
            by_source.insert((slot, lane.source_id), LaneIdx(index as u32));
            starts[slot].push(GeomWithData::new(lane.points[0], index as u32));
        }
        let starts = starts.map(RTree::bulk_load);
        let mut edges = Vec::new();
        for (index, (lane, succ)) in lanes.iter().zip(explicit).enumerate() {
            let slot = kind_slot(lane.kind).unwrap_or(0);
            match succ {
                Some(ids) => {
                    for id in ids {
                        let to = by_source
                            .get(&(slot, id))
                            .ok_or_else(|| Error::InvalidGraph {
                                graph: kind_name(lane.kind),
                                reason: format!(
                                    "lane {}: successor {id} is not a lane of the same kind",
                                    lane.source_id
                                ),
                            })?;
                        edges.push((index, to.get()));
                    }
                }
                None => {
                    let end = lane.points[lane.points.len() - 1];
                    for s in starts[slot]
                        .locate_within_distance(end, CONNECT_TOLERANCE_M * CONNECT_TOLERANCE_M)
                    {
                        edges.push((index, s.data as usize));
                    }
                }
            }
        }
        edges.sort_unstable();
        edges.dedup();
        for (from, to) in edges {
            lanes[from].successors.push(LaneIdx(to as u32));
            lanes[to].predecessors.push(LaneIdx(from as u32));
        }
        // Successors come sorted from the edge order; predecessors are pushed by `from` in
        // ascending order too, so both lists are in index order.
        Ok(())
    }

    /// car.wkb + bike.wkb (MultiLineStrings, each LineString a directed lane, WGS84 lon/lat),
    /// connected by CONNECT_TOLERANCE_M. Wire ids are the LineString indices.
    pub fn from_wkb(car: &[u8], bike: &[u8]) -> Result<LaneGraph> {
        let mut specs = Vec::new();
        for (kind, bytes) in [(RoadKind::CarLane, car), (RoadKind::BikeLane, bike)] {
            for (index, points) in read_lines(bytes, kind_name(kind))?.into_iter().enumerate() {
                specs.push(LaneSpec {
                    kind,
                    source_id: index as i64,
                    points,
                    successors: None,
                });
            }
        }
        Self::build(specs)
    }

    /// The local metric frame of every lane.
    pub fn frame(&self) -> &LocalFrame {
        &self.frame
    }

    /// All lanes, indexed by [`LaneIdx`].
    pub fn lanes(&self) -> &[Lane] {
        &self.lanes
    }

    /// One lane. Panics on an index not from this graph (indices are only made by it).
    pub fn lane(&self, idx: LaneIdx) -> &Lane {
        &self.lanes[idx.get()]
    }

    /// The lane with this wire id (kind + Lane::id).
    pub fn lane_by_id(&self, kind: RoadKind, id: u32) -> Option<LaneIdx> {
        self.layers[kind_slot(kind)?]
            .lanes
            .get(id as usize)
            .copied()
    }

    /// Number of lanes of a kind.
    pub fn lane_count(&self, kind: RoadKind) -> usize {
        kind_slot(kind).map_or(0, |s| self.layers[s].lanes.len())
    }

    /// Number of indexed (non-zero-length) segments of a kind.
    pub fn segment_count(&self, kind: RoadKind) -> usize {
        kind_slot(kind).map_or(0, |s| self.layers[s].tree.size())
    }

    /// Lanes of `kind` with a segment within `radius_m` of p, nearest first, at most `max`
    /// (R*-tree, O(log n)).
    pub fn candidates(
        &self,
        kind: RoadKind,
        p: [f64; 2],
        radius_m: f64,
        max: usize,
    ) -> Vec<(LaneIdx, LaneProjection)> {
        let mut out: Vec<(LaneIdx, LaneProjection)> = Vec::new();
        let Some(slot) = kind_slot(kind) else {
            return out;
        };
        if max == 0 || radius_m.is_nan() || radius_m < 0.0 || !p[0].is_finite() || !p[1].is_finite()
        {
            return out;
        }
        let r2 = radius_m * radius_m;
        for (segment, d2) in self.layers[slot]
            .tree
            .nearest_neighbor_iter_with_distance_2(p)
        {
            if d2 > r2 {
                break;
            }
            let (lane, s) = segment.data;
            let idx = LaneIdx(lane);
            // The first segment met of a lane is its nearest, so its projection is the lane's.
            if out.iter().any(|(l, _)| *l == idx) {
                continue;
            }
            out.push((idx, self.lane(idx).project_on_segment(s as usize, p)));
            if out.len() >= max {
                break;
            }
        }
        out
    }

    /// Shortest distance along the lanes (following successors) from (lane, arc) to
    /// (lane, arc); None if unreachable within max_m (or within [`MAX_ROUTE_EXPANSIONS`]).
    pub fn route_distance(
        &self,
        from: (LaneIdx, f64),
        to: (LaneIdx, f64),
        max_m: f64,
    ) -> Option<f64> {
        let (a, s) = from;
        let (b, t) = to;
        if a.get() >= self.lanes.len() || b.get() >= self.lanes.len() || max_m.is_nan() {
            return None;
        }
        let la = self.lane(a);
        let s = s.clamp(0.0, la.length_m());
        let t = t.clamp(0.0, self.lane(b).length_m());
        if a == b && t >= s {
            return (t - s <= max_m).then_some(t - s);
        }
        // Dijkstra over lane starts: `settled[l]` = distance to the start of lane l.
        let mut settled: HashMap<LaneIdx, f64> = HashMap::new();
        let mut heap = BinaryHeap::new();
        let to_end = la.length_m() - s;
        for &n in &la.successors {
            heap.push(Queued(to_end, n));
        }
        while let Some(Queued(d, l)) = heap.pop() {
            if d > max_m || settled.len() >= MAX_ROUTE_EXPANSIONS {
                return None;
            }
            if settled.contains_key(&l) {
                continue;
            }
            settled.insert(l, d);
            if l == b {
                // Every later start is at least d away, so the target cannot be nearer.
                return (d + t <= max_m).then_some(d + t);
            }
            let next = d + self.lane(l).length_m();
            if next <= max_m {
                for &n in &self.lane(l).successors {
                    if !settled.contains_key(&n) {
                        heap.push(Queued(next, n));
                    }
                }
            }
        }
        None
    }

    /// Whether a road user may have to stop at a lane's end: the lane branches (a junction,
    /// or an approach splitting into turn lanes, where a full pocket holds the queue), or
    /// its successor is a connector over a junction (it ends on an exit lane other lanes
    /// end on too), as a turn lane that leads one way does.
    pub fn ends_at_junction(&self, idx: LaneIdx) -> bool {
        let lane = self.lane(idx);
        lane.successors.len() > 1
            || lane.successors.iter().any(|l| {
                self.lane(*l)
                    .successors
                    .iter()
                    .any(|exit| self.lane(*exit).predecessors.len() > 1)
            })
    }

    /// Every lane sequence starting at `start` that covers `length_m` beyond `arc_m` (or ends
    /// at a lane without successors), at most `max_paths` (depth-first, successors in index
    /// order). A path stops early at [`MAX_PATH_LANES`] lanes or where it would revisit a
    /// lane of itself (a loop).
    pub fn paths_from(
        &self,
        start: LaneIdx,
        arc_m: f64,
        length_m: f64,
        max_paths: usize,
    ) -> Vec<Vec<LaneIdx>> {
        let mut out = Vec::new();
        if start.get() >= self.lanes.len() || max_paths == 0 {
            return out;
        }
        let first = self.lane(start);
        let arc = if arc_m.is_nan() {
            0.0
        } else {
            arc_m.clamp(0.0, first.length_m())
        };
        let mut path = vec![start];
        self.extend_paths(
            &mut path,
            length_m - (first.length_m() - arc),
            max_paths,
            &mut out,
        );
        out
    }

    /// Depth-first step of [`Self::paths_from`]: `remaining` m still to cover after the
    /// last lane of `path`.
    fn extend_paths(
        &self,
        path: &mut Vec<LaneIdx>,
        remaining: f64,
        max_paths: usize,
        out: &mut Vec<Vec<LaneIdx>>,
    ) {
        let last = *path.last().unwrap_or(&LaneIdx(0));
        let next: Vec<LaneIdx> = self
            .lane(last)
            .successors
            .iter()
            .copied()
            .filter(|n| !path.contains(n))
            .collect();
        if remaining <= 0.0 || next.is_empty() || path.len() >= MAX_PATH_LANES {
            out.push(path.clone());
            return;
        }
        for n in next {
            if out.len() >= max_paths {
                return;
            }
            path.push(n);
            self.extend_paths(path, remaining - self.lane(n).length_m(), max_paths, out);
            path.pop();
        }
    }
}

/// Reads a WKB MultiLineString into LineStrings of WGS84 points (x = lon, y = lat).
fn read_lines(bytes: &[u8], graph: &'static str) -> Result<Vec<Vec<Wgs84>>> {
    let wkb = wkb::reader::read_wkb(bytes).map_err(|source| Error::InvalidWkb { graph, source })?;
    let GeometryType::MultiLineString(mls) = wkb.as_type() else {
        return Err(Error::InvalidGraph {
            graph,
            reason: format!(
                "expected a MultiLineString, found {:?}",
                wkb.geometry_type()
            ),
        });
    };
    let mut lines = Vec::with_capacity(mls.num_line_strings().min(MAX_LANES));
    let mut coords_total = 0usize;
    for line in mls.line_strings() {
        coords_total = coords_total.saturating_add(line.num_coords());
        if coords_total > MAX_GRAPH_SEGMENTS.saturating_add(lines.len() + 1) {
            return Err(Error::InvalidGraph {
                graph,
                reason: format!("more than {MAX_GRAPH_SEGMENTS} segments"),
            });
        }
        lines.push(
            line.coords()
                .map(|c| Wgs84 {
                    lat_deg: c.y(),
                    lon_deg: c.x(),
                })
                .collect(),
        );
    }
    Ok(lines)
}

/// Writes LineStrings of WGS84 points as one WKB MultiLineString (little endian, x = lon,
/// y = lat): the lane graph format [`LaneGraph::from_wkb`] reads.
pub fn multilinestring_wkb(lines: &[Vec<Wgs84>]) -> Vec<u8> {
    let mls = geo_types::MultiLineString::new(
        lines
            .iter()
            .map(|line| {
                geo_types::LineString::from(
                    line.iter()
                        .map(|p| geo_types::coord! { x: p.lon_deg, y: p.lat_deg })
                        .collect::<Vec<_>>(),
                )
            })
            .collect(),
    );
    let mut out = Vec::new();
    // Writing into a Vec cannot fail, and the counts fit in u32 for any real graph; should
    // they not, the reader reports the truncated bytes as invalid WKB.
    let _ =
        wkb::writer::write_multi_line_string(&mut out, &mls, &wkb::writer::WriteOptions::default());
    out
}

#[cfg(test)]
mod tests;
