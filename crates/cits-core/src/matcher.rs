//! Map matcher: trajectories snapped onto a street graph, incrementally.
//!
//! The street graph is two WKB MultiLineStrings (car lanes, bike lanes) in WGS84,
//! parsed once per process into R*-trees of segments in one local metric frame
//! ([`crate::geo::LocalFrame`] at the graph's centre), so a lookup costs O(log segments).
//!
//! Each point is snapped to the closest point of its class's graph. Near intersections,
//! where two roads are almost equally close, the point's heading breaks the tie: among
//! the segments at most [`TIE_MARGIN_M`] farther than the nearest, the one minimizing
//! `distance + HEADING_PENALTY_M · |sin(heading − segment direction)|` wins.
//!
//! Incremental: the assembler re-emits the whole trajectory on every update, so the
//! matcher keeps the matched points per session (`trajectory_key`, `session_start_ms`)
//! and only matches points it has not seen (by timestamp and position). The matching
//! cost of an update is O(new points); the thesis' matcher re-matched the whole history
//! each time and got slower as trajectories grew. The state is bounded by an idle
//! timeout and a cap on cached sessions.

use std::collections::{BTreeMap, BTreeSet, HashMap, VecDeque};
use std::sync::Arc;

use cits_proto::{
    GeoPoint, MatchedPoint, MatchedTrajectory, ObjectClass, RoadKind, Trajectory, TrajectoryPoint,
};
use geo_traits::{CoordTrait, GeometryTrait, GeometryType, LineStringTrait, MultiLineStringTrait};
use rstar::primitives::{GeomWithData, Line};
use rstar::RTree;

use crate::geo::{LocalFrame, Wgs84};
use crate::{Error, Result};

/// Largest distance (m) of a graph vertex from the graph's centre. The local frame's
/// scale error grows with distance (1.2e-4 at 100 km, i.e. 1.2 mm on a 10 m offset);
/// 100 km covers any metropolitan area.
pub const MAX_GRAPH_RADIUS_M: f64 = 100_000.0;
/// Largest number of segments per graph: a metropolitan street graph has well under a
/// million; 2 M segments (~100 MB with the tree) is what a Wasm instance can hold.
pub const MAX_GRAPH_SEGMENTS: usize = 2_000_000;
/// Largest trajectory accepted: 4× the assembler's default point cap, so honest input
/// always fits and hostile input cannot make one update arbitrarily expensive.
pub const MAX_TRAJECTORY_POINTS: usize = 8_192;
/// Segments at most this much (m) farther than the nearest compete on heading: about
/// a lane width plus typical position noise at an intersection.
pub const TIE_MARGIN_M: f64 = 4.0;
/// Cost (m) of a segment perpendicular to the heading: large enough that a crossing
/// road a few metres closer does not win, small versus the distance between roads.
pub const HEADING_PENALTY_M: f64 = 5.0;
/// Candidate segments looked at per point at most (keeps the lookup O(log n)).
const MAX_CANDIDATES: usize = 16;
/// Below this speed (m/s) a reported heading is noise and is not used.
const MIN_SPEED_FOR_HEADING_MPS: f64 = 0.5;
/// Smallest move (m) between consecutive points that gives a usable direction.
const MIN_MOVE_FOR_HEADING_M: f64 = 1.0;
/// Default idle time (ms, event time) after which a cached session is dropped: the
/// assembler closes sessions after 5 s, so no further update for it can come.
pub const DEFAULT_IDLE_TIMEOUT_MS: i64 = 5_000;
/// Default number of cached sessions: the assembler's default open-session cap.
pub const DEFAULT_MAX_CACHED_SESSIONS: usize = 1_024;

/// One graph segment in the local frame; the data is the LineString's index.
type Segment = GeomWithData<Line<[f64; 2]>, u32>;

/// One class's street graph.
#[derive(Debug)]
struct Layer {
    /// Which road kind the matched points get.
    kind: RoadKind,
    /// "car" or "bike", for messages.
    name: &'static str,
    /// Segments of all LineStrings.
    tree: RTree<Segment>,
    /// Number of LineStrings in the MultiLineString.
    lines: usize,
}

/// The car and bike street graphs, ready for nearest-segment lookups.
#[derive(Debug)]
pub struct StreetGraph {
    /// Metric frame all segments are stored in.
    frame: LocalFrame,
    car: Layer,
    bike: Layer,
}

/// The result of snapping one point onto a graph.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Snap {
    /// The chosen point on the graph.
    pub matched: Wgs84,
    /// Index of the LineString it lies on.
    pub segment_id: u32,
    /// Distance between the observed and the matched position, m.
    pub offset_m: f64,
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
    let mut lines = Vec::with_capacity(mls.num_line_strings());
    let mut coords_total = 0usize;
    for (index, line) in mls.line_strings().enumerate() {
        coords_total = coords_total.saturating_add(line.num_coords());
        if coords_total > MAX_GRAPH_SEGMENTS.saturating_add(lines.len() + 1) {
            return Err(Error::InvalidGraph {
                graph,
                reason: format!("more than {MAX_GRAPH_SEGMENTS} segments"),
            });
        }
        let mut points = Vec::with_capacity(line.num_coords());
        for c in line.coords() {
            let p = Wgs84 {
                lat_deg: c.y(),
                lon_deg: c.x(),
            };
            if !p.is_valid() {
                return Err(Error::InvalidGraph {
                    graph,
                    reason: format!(
                        "LineString {index}: coordinate (x {}, y {}) is not a WGS84 lon/lat",
                        c.x(),
                        c.y()
                    ),
                });
            }
            points.push(p);
        }
        lines.push(points);
    }
    Ok(lines)
}

impl Layer {
    fn build(
        kind: RoadKind,
        name: &'static str,
        lines: &[Vec<Wgs84>],
        frame: &LocalFrame,
    ) -> Result<Self> {
        let mut segments = Vec::new();
        for (index, line) in lines.iter().enumerate() {
            let id = u32::try_from(index).map_err(|_| Error::InvalidGraph {
                graph: name,
                reason: "more LineStrings than u32 ids".into(),
            })?;
            let mut previous: Option<[f64; 2]> = None;
            for p in line {
                let (e, n) = frame.to_local(*p);
                if e.hypot(n) > MAX_GRAPH_RADIUS_M {
                    return Err(Error::InvalidGraph {
                        graph: name,
                        reason: format!(
                            "LineString {index} reaches {:.0} km from the graph centre (limit {} km)",
                            e.hypot(n) / 1000.0,
                            MAX_GRAPH_RADIUS_M / 1000.0
                        ),
                    });
                }
                let here = [e, n];
                // Zero-length segments have no direction and no closest point.
                if let Some(from) = previous.filter(|from| *from != here) {
                    segments.push(GeomWithData::new(Line::new(from, here), id));
                }
                previous = Some(here);
            }
        }
        if segments.len() > MAX_GRAPH_SEGMENTS {
            return Err(Error::InvalidGraph {
                graph: name,
                reason: format!("{} segments, limit {MAX_GRAPH_SEGMENTS}", segments.len()),
            });
        }
        Ok(Self {
            kind,
            name,
            tree: RTree::bulk_load(segments),
            lines: lines.len(),
        })
    }

    /// The best segment for a local point (see the module docs), with the closest point
    /// on it and the distance.
    fn snap_local(
        &self,
        point: [f64; 2],
        heading_deg: Option<f64>,
    ) -> Option<(u32, [f64; 2], f64)> {
        let mut best: Option<(f64, u32, [f64; 2], f64)> = None; // (cost, id, closest, distance)
        let mut nearest = f64::INFINITY;
        for (segment, d2) in self
            .tree
            .nearest_neighbor_iter_with_distance_2(point)
            .take(MAX_CANDIDATES)
        {
            let distance = d2.sqrt();
            nearest = nearest.min(distance);
            if distance > nearest + TIE_MARGIN_M {
                break;
            }
            let line = segment.geom();
            let penalty = heading_deg.map_or(0.0, |h| {
                let dir = line.to.sub_xy(line.from);
                let bearing = dir[0].atan2(dir[1]);
                HEADING_PENALTY_M * (h.to_radians() - bearing).sin().abs()
            });
            let cost = distance + penalty;
            if best.is_none_or(|(c, ..)| cost < c) {
                best = Some((cost, segment.data, line.nearest_point(&point), distance));
            }
            if heading_deg.is_none() {
                // Without a heading the nearest segment wins outright.
                break;
            }
        }
        best.map(|(_, id, closest, distance)| (id, closest, distance))
    }
}

/// Tiny vector helper for `[f64; 2]`.
trait Xy {
    fn sub_xy(self, other: Self) -> Self;
}

impl Xy for [f64; 2] {
    fn sub_xy(self, other: Self) -> Self {
        [self[0] - other[0], self[1] - other[1]]
    }
}

impl StreetGraph {
    /// Parses the car and bike graphs (each one WKB MultiLineString, WGS84 lon/lat).
    /// Invalid WKB, another geometry type, invalid coordinates or a graph beyond the
    /// limits ([`MAX_GRAPH_RADIUS_M`], [`MAX_GRAPH_SEGMENTS`]) are errors.
    pub fn from_wkb(car_wkb: &[u8], bike_wkb: &[u8]) -> Result<Self> {
        let car = read_lines(car_wkb, "car")?;
        let bike = read_lines(bike_wkb, "bike")?;
        // Frame at the centre of the bounding box of both graphs.
        let mut bounds: Option<(f64, f64, f64, f64)> = None;
        for p in car.iter().chain(&bike).flatten() {
            let (s, w, n, e) = bounds.unwrap_or((p.lat_deg, p.lon_deg, p.lat_deg, p.lon_deg));
            bounds = Some((
                s.min(p.lat_deg),
                w.min(p.lon_deg),
                n.max(p.lat_deg),
                e.max(p.lon_deg),
            ));
        }
        let centre = bounds.map_or(
            Wgs84 {
                lat_deg: 0.0,
                lon_deg: 0.0,
            },
            |(s, w, n, e)| Wgs84 {
                lat_deg: (s + n) / 2.0,
                lon_deg: (w + e) / 2.0,
            },
        );
        let frame = LocalFrame::new(centre);
        Ok(Self {
            car: Layer::build(RoadKind::CarLane, "car", &car, &frame)?,
            bike: Layer::build(RoadKind::BikeLane, "bike", &bike, &frame)?,
            frame,
        })
    }

    fn layer(&self, kind: RoadKind) -> Option<&Layer> {
        match kind {
            RoadKind::CarLane => Some(&self.car),
            RoadKind::BikeLane => Some(&self.bike),
            RoadKind::Unspecified | RoadKind::Crosswalk => None,
        }
    }

    /// Number of segments (consecutive vertex pairs) in a graph.
    pub fn segments(&self, kind: RoadKind) -> usize {
        self.layer(kind).map_or(0, |l| l.tree.size())
    }

    /// Number of LineStrings (road ids) in a graph.
    pub fn lines(&self, kind: RoadKind) -> usize {
        self.layer(kind).map_or(0, |l| l.lines)
    }

    /// Snaps one position onto a graph; `heading_deg` (clockwise from north) breaks
    /// near-ties. `None` for an empty graph or an invalid position.
    pub fn snap(&self, kind: RoadKind, point: Wgs84, heading_deg: Option<f64>) -> Option<Snap> {
        if !point.is_valid() {
            return None;
        }
        let (e, n) = self.frame.to_local(point);
        let (segment_id, closest, offset_m) = self
            .layer(kind)?
            .snap_local([e, n], heading_deg.filter(|h| h.is_finite()))?;
        Some(Snap {
            matched: self.frame.to_wgs84(closest[0], closest[1]),
            segment_id,
            offset_m,
        })
    }
}

/// Writes LineStrings of WGS84 points as one WKB MultiLineString (little endian, x =
/// lon, y = lat): the street graph format [`StreetGraph::from_wkb`] reads.
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
    // Writing into a Vec cannot fail, and the counts fit in u32 for any real graph;
    // should they not, the reader reports the truncated bytes as invalid WKB.
    let _ =
        wkb::writer::write_multi_line_string(&mut out, &mls, &wkb::writer::WriteOptions::default());
    out
}

/// The street graph a class is matched on; `None` = not matched (pedestrians, unknown).
pub fn road_kind_for(class: ObjectClass) -> Option<RoadKind> {
    match class {
        ObjectClass::Car | ObjectClass::Truck | ObjectClass::Bus | ObjectClass::Motorcycle => {
            Some(RoadKind::CarLane)
        }
        ObjectClass::Bicycle => Some(RoadKind::BikeLane),
        ObjectClass::Pedestrian | ObjectClass::Unknown => None,
    }
}

/// Limits of a [`MapMatcher`].
#[derive(Debug, Clone, PartialEq)]
pub struct MatcherConfig {
    /// Event-time gap (ms) after which a session's cache is dropped by `evict_idle`.
    pub idle_timeout_ms: i64,
    /// Sessions cached at most; beyond it the least recently updated is dropped.
    pub max_cached_sessions: usize,
}

impl Default for MatcherConfig {
    fn default() -> Self {
        Self {
            idle_timeout_ms: DEFAULT_IDLE_TIMEOUT_MS,
            max_cached_sessions: DEFAULT_MAX_CACHED_SESSIONS,
        }
    }
}

/// Identity of a session: trajectory key and session start.
type SessionId = (String, i64);

/// The matched points of one session.
#[derive(Debug)]
struct Cached {
    /// Graph the points were matched on (a class change invalidates them).
    kind: RoadKind,
    /// Matched points in the order of the last trajectory (a deque: the assembler's
    /// length cap drops points from the front).
    points: VecDeque<MatchedPoint>,
    /// Largest point timestamp seen, for the idle eviction.
    last_point_ms: i64,
    /// Update counter value of the last update, for the LRU order.
    last_update: u64,
}

/// Counters of a [`MapMatcher`], for benchmarks and logs.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct MatcherStats {
    /// Points snapped onto the graph.
    pub matched_points: u64,
    /// Points taken from the cache instead.
    pub reused_points: u64,
    /// Sessions dropped because of the cache cap.
    pub evicted_for_capacity: u64,
}

/// Incremental map matcher (see the module docs).
#[derive(Debug)]
pub struct MapMatcher {
    /// The shared street graph (parsed once per process).
    graph: Arc<StreetGraph>,
    /// Limits.
    cfg: MatcherConfig,
    /// Matched points per session.
    sessions: HashMap<SessionId, Cached>,
    /// Sessions by last update: least recently updated first.
    by_update: BTreeMap<u64, SessionId>,
    /// Sessions by last point time: idle eviction walks this from the front.
    by_last_point: BTreeSet<(i64, SessionId)>,
    /// Monotonic update counter.
    updates: u64,
    /// Counters.
    stats: MatcherStats,
}

impl MapMatcher {
    /// A matcher on `graph` with the default limits.
    pub fn new(graph: Arc<StreetGraph>) -> Self {
        Self::with_config(graph, MatcherConfig::default())
    }

    /// A matcher with explicit limits (a cache cap of 0 is raised to 1).
    pub fn with_config(graph: Arc<StreetGraph>, cfg: MatcherConfig) -> Self {
        Self {
            graph,
            cfg: MatcherConfig {
                idle_timeout_ms: cfg.idle_timeout_ms.max(0),
                max_cached_sessions: cfg.max_cached_sessions.max(1),
            },
            sessions: HashMap::new(),
            by_update: BTreeMap::new(),
            by_last_point: BTreeSet::new(),
            updates: 0,
            stats: MatcherStats::default(),
        }
    }

    /// Matches a trajectory update. `Ok(None)` when its class is not matched
    /// (pedestrian, unknown). Errors leave the cached state unchanged.
    pub fn process(&mut self, trajectory: &Trajectory) -> Result<Option<MatchedTrajectory>> {
        let id: SessionId = (
            trajectory.trajectory_key.clone(),
            trajectory.session_start_ms,
        );
        let class = ObjectClass::try_from(trajectory.object_class).unwrap_or(ObjectClass::Unknown);
        let Some(kind) = road_kind_for(class) else {
            self.forget(&id);
            return Ok(None);
        };
        let invalid = |reason: String| Error::InvalidTrajectory {
            key: trajectory.trajectory_key.clone(),
            session_start_ms: trajectory.session_start_ms,
            reason,
        };
        if trajectory.points.len() > MAX_TRAJECTORY_POINTS {
            return Err(invalid(format!(
                "{} points, limit {MAX_TRAJECTORY_POINTS}",
                trajectory.points.len()
            )));
        }
        let graph = Arc::clone(&self.graph);
        let Some(layer) = graph.layer(kind).filter(|l| l.tree.size() > 0) else {
            return Err(invalid(format!("the {kind:?} street graph is empty")));
        };

        let cached = self
            .sessions
            .get(&id)
            .filter(|c| c.kind == kind)
            .map(|c| &c.points);
        let snap = |i: usize, p: &TrajectoryPoint| -> Result<MatchedPoint> {
            let original = position(p).ok_or_else(|| {
                invalid(format!(
                    "point {i} at {} ms has no valid position",
                    p.timestamp_ms
                ))
            })?;
            let (x, y) = graph.frame.to_local(original);
            let heading = heading_hint(&graph.frame, &trajectory.points, i, [x, y]);
            let Some((segment_id, closest, offset_m)) = layer.snap_local([x, y], heading) else {
                return Err(invalid(format!("the {} street graph is empty", layer.name)));
            };
            let m = graph.frame.to_wgs84(closest[0], closest[1]);
            Ok(MatchedPoint {
                timestamp_ms: p.timestamp_ms,
                original: p.position,
                matched: Some(GeoPoint {
                    latitude_deg: m.lat_deg,
                    longitude_deg: m.lon_deg,
                }),
                road_kind: layer.kind as i32,
                segment_id,
                offset_m,
                ..Default::default()
            })
        };
        let last_point_ms = trajectory
            .points
            .iter()
            .map(|p| p.timestamp_ms)
            .max()
            .unwrap_or(i64::MIN);

        let points =
            if let Some((drop, kept)) = cached.and_then(|c| appended_only(c, &trajectory.points)) {
                // Fast path (the assembler's usual update): the cache minus a dropped head
                // plus new points at the end. Match the tail, then update the cache in place,
                // so the only O(n) work left is copying the points into the output.
                let fresh = trajectory
                    .points
                    .iter()
                    .enumerate()
                    .skip(kept)
                    .map(|(i, p)| snap(i, p))
                    .collect::<Result<Vec<_>>>()?;
                self.stats.matched_points += fresh.len() as u64;
                self.stats.reused_points += kept as u64;
                let mut entry = self.take(&id).map(|c| c.points).unwrap_or_default();
                entry.drain(..drop.min(entry.len()));
                entry.extend(fresh);
                entry
            } else {
                // General case (late points sorted in, replaced points, unsorted input): a
                // merge walk over both timestamp-ordered lists reuses a cached point when its
                // timestamp and observed position are unchanged and matches everything else.
                let empty = VecDeque::new();
                let cached = cached.unwrap_or(&empty);
                let mut out = VecDeque::with_capacity(trajectory.points.len());
                let (mut j, mut reused) = (0, 0u64);
                for (i, p) in trajectory.points.iter().enumerate() {
                    while cached
                        .get(j)
                        .is_some_and(|c| c.timestamp_ms < p.timestamp_ms)
                    {
                        j += 1;
                    }
                    match cached.get(j).filter(|c| same_point(c, p)) {
                        Some(c) => {
                            out.push_back(*c);
                            reused += 1;
                        }
                        None => out.push_back(snap(i, p)?),
                    }
                }
                self.stats.matched_points += out.len() as u64 - reused;
                self.stats.reused_points += reused;
                self.take(&id);
                out
            };

        let result = MatchedTrajectory {
            trajectory_key: trajectory.trajectory_key.clone(),
            session_start_ms: trajectory.session_start_ms,
            object_class: trajectory.object_class,
            owner: trajectory.owner.clone(),
            points: points.iter().copied().collect(),
            point_count: trajectory.point_count,
            trace: trajectory.trace.clone(),
        };
        self.store(id, kind, points, last_point_ms);
        Ok(Some(result))
    }

    /// Drops the cache of every session whose last point is more than the idle timeout
    /// before `watermark_ms` (event time). Returns how many were dropped.
    pub fn evict_idle(&mut self, watermark_ms: i64) -> usize {
        let mut dropped = 0;
        while let Some((last, id)) = self.by_last_point.first().cloned() {
            if watermark_ms.saturating_sub(last) <= self.cfg.idle_timeout_ms {
                break;
            }
            self.forget(&id);
            dropped += 1;
        }
        dropped
    }

    /// Number of sessions with cached matches.
    pub fn cached_sessions(&self) -> usize {
        self.sessions.len()
    }

    /// Counters since creation.
    pub fn stats(&self) -> MatcherStats {
        self.stats
    }

    /// The street graph in use.
    pub fn graph(&self) -> &Arc<StreetGraph> {
        &self.graph
    }

    /// Replaces a session's cache and re-indexes it, evicting the LRU session if full.
    fn store(
        &mut self,
        id: SessionId,
        kind: RoadKind,
        points: VecDeque<MatchedPoint>,
        last_point_ms: i64,
    ) {
        self.forget(&id);
        while self.sessions.len() >= self.cfg.max_cached_sessions {
            let Some((_, lru)) = self.by_update.pop_first() else {
                break;
            };
            self.forget(&lru);
            self.stats.evicted_for_capacity += 1;
        }
        self.updates += 1;
        self.by_update.insert(self.updates, id.clone());
        self.by_last_point.insert((last_point_ms, id.clone()));
        self.sessions.insert(
            id,
            Cached {
                kind,
                points,
                last_point_ms,
                last_update: self.updates,
            },
        );
    }

    /// Removes a session's cache and index entries (no-op when not cached).
    fn forget(&mut self, id: &SessionId) {
        self.take(id);
    }

    /// Removes a session's cache and index entries and returns the cache.
    fn take(&mut self, id: &SessionId) -> Option<Cached> {
        let c = self.sessions.remove(id)?;
        self.by_update.remove(&c.last_update);
        self.by_last_point.remove(&(c.last_point_ms, id.clone()));
        Some(c)
    }
}

/// Whether a cached match is for this very observation (same time, same position).
fn same_point(cached: &MatchedPoint, p: &TrajectoryPoint) -> bool {
    cached.timestamp_ms == p.timestamp_ms && cached.original == p.position
}

/// If `points` are the cached points without their first `drop` ones, followed by new
/// points later than all of them, returns `(drop, kept)`: the last `points.len() - kept`
/// points are new. The check reads each point once and copies nothing.
fn appended_only(
    cached: &VecDeque<MatchedPoint>,
    points: &[TrajectoryPoint],
) -> Option<(usize, usize)> {
    let first = points.first()?;
    let drop = cached.partition_point(|c| c.timestamp_ms < first.timestamp_ms);
    let kept = cached.len() - drop;
    if kept > points.len()
        || !cached
            .range(drop..)
            .zip(points)
            .all(|(c, p)| same_point(c, p))
    {
        return None;
    }
    let mut previous = cached.back().map_or(i64::MIN, |c| c.timestamp_ms);
    for p in points.get(kept..)? {
        if p.timestamp_ms <= previous {
            return None;
        }
        previous = p.timestamp_ms;
    }
    Some((drop, kept))
}

/// A trajectory point's position, when valid.
fn position(p: &TrajectoryPoint) -> Option<Wgs84> {
    let g = p.position.as_ref()?;
    Some(Wgs84 {
        lat_deg: g.latitude_deg,
        lon_deg: g.longitude_deg,
    })
    .filter(Wgs84::is_valid)
}

/// Direction of travel of point `i` (degrees clockwise from north) for tie-breaking: its
/// own heading when it is moving (or its speed is unknown), else the direction from the
/// previous point when that is far enough away. Looks at one neighbour only, so the
/// cost stays O(1) per point.
fn heading_hint(
    frame: &LocalFrame,
    points: &[TrajectoryPoint],
    i: usize,
    here: [f64; 2],
) -> Option<f64> {
    let p = points.get(i)?;
    let moving = p.speed_mps.is_none_or(|v| v >= MIN_SPEED_FOR_HEADING_MPS);
    if let Some(h) = p.heading_deg.filter(|h| h.is_finite() && moving) {
        return Some(h);
    }
    let previous = position(points.get(i.checked_sub(1)?)?)?;
    let (pe, pn) = frame.to_local(previous);
    let (de, dn) = (here[0] - pe, here[1] - pn);
    (de.hypot(dn) >= MIN_MOVE_FOR_HEADING_M).then(|| de.atan2(dn).to_degrees())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::geo::{local_to_wgs84, wgs84_to_local};
    use cits_proto::Trace;
    use proptest::prelude::*;

    const REF: Wgs84 = Wgs84 {
        lat_deg: 47.8095,
        lon_deg: 13.0550,
    };

    fn at(east: f64, north: f64) -> Wgs84 {
        local_to_wgs84(REF, east, north)
    }

    /// Car: 0 = west–east road at n = 0, 1 = south–north road at e = 0 (crossing at the
    /// origin), 2 = west–east road at n = 100 with a kink. Bike: 0 = path at n = -20.
    fn graph() -> Arc<StreetGraph> {
        let car = multilinestring_wkb(&[
            vec![at(-500.0, 0.0), at(0.0, 0.0), at(500.0, 0.0)],
            vec![at(0.0, -500.0), at(0.0, 500.0)],
            vec![
                at(-500.0, 100.0),
                at(0.0, 100.0),
                at(0.0, 100.0),
                at(500.0, 120.0),
            ],
        ]);
        let bike = multilinestring_wkb(&[vec![at(-500.0, -20.0), at(500.0, -20.0)]]);
        Arc::new(StreetGraph::from_wkb(&car, &bike).expect("valid graph"))
    }

    fn point(ts: i64, east: f64, north: f64) -> TrajectoryPoint {
        let p = at(east, north);
        TrajectoryPoint {
            timestamp_ms: ts,
            position: Some(GeoPoint {
                latitude_deg: p.lat_deg,
                longitude_deg: p.lon_deg,
            }),
            speed_mps: None,
            heading_deg: None,
        }
    }

    fn trajectory(class: ObjectClass, points: Vec<TrajectoryPoint>) -> Trajectory {
        let mut trace = Trace::default();
        trace.push("assembler", "assembler-0", 1, 2);
        Trajectory {
            trajectory_key: "42/7".into(),
            session_start_ms: points.first().map_or(0, |p| p.timestamp_ms),
            object_class: class as i32,
            owner: "srfg_42".into(),
            points,
            dropped_points: 0,
            trace: Some(trace),
            ..Default::default()
        }
    }

    fn local(p: &Option<GeoPoint>) -> (f64, f64) {
        let g = p.unwrap_or_default();
        wgs84_to_local(
            REF,
            Wgs84 {
                lat_deg: g.latitude_deg,
                lon_deg: g.longitude_deg,
            },
        )
    }

    #[test]
    fn parses_graphs_and_skips_zero_length_segments() {
        let g = graph();
        assert_eq!(g.lines(RoadKind::CarLane), 3);
        assert_eq!(g.segments(RoadKind::CarLane), 2 + 1 + 2);
        assert_eq!(g.lines(RoadKind::BikeLane), 1);
        assert_eq!(g.segments(RoadKind::BikeLane), 1);
    }

    #[test]
    fn snaps_to_the_nearest_point_with_metric_offset() {
        let mut m = MapMatcher::new(graph());
        let t = trajectory(
            ObjectClass::Car,
            vec![point(0, 37.0, 3.0), point(100, -250.0, 96.0)],
        );
        let out = m.process(&t).expect("match").expect("cars are matched");
        assert_eq!(out.trajectory_key, "42/7");
        assert_eq!(out.owner, "srfg_42");
        assert_eq!(out.trace, t.trace);
        let p0 = &out.points[0];
        let (e, n) = local(&p0.matched);
        assert!((e - 37.0).abs() < 1e-3 && n.abs() < 1e-3, "({e}, {n})");
        assert!((p0.offset_m - 3.0).abs() < 1e-3, "{}", p0.offset_m);
        assert_eq!((p0.segment_id, p0.road_kind), (0, RoadKind::CarLane as i32));
        assert_eq!(p0.original, t.points[0].position);
        let p1 = &out.points[1];
        let (e, n) = local(&p1.matched);
        assert!(
            (e + 250.0).abs() < 1e-3 && (n - 100.0).abs() < 1e-3,
            "({e}, {n})"
        );
        assert_eq!(p1.segment_id, 2);
    }

    #[test]
    fn classes_choose_the_graph() {
        let g = graph();
        for class in [
            ObjectClass::Car,
            ObjectClass::Truck,
            ObjectClass::Bus,
            ObjectClass::Motorcycle,
        ] {
            let out = MapMatcher::new(Arc::clone(&g))
                .process(&trajectory(class, vec![point(0, 100.0, -12.0)]))
                .expect("match")
                .expect("matched");
            assert_eq!(
                out.points[0].road_kind,
                RoadKind::CarLane as i32,
                "{class:?}"
            );
        }
        let out = MapMatcher::new(Arc::clone(&g))
            .process(&trajectory(
                ObjectClass::Bicycle,
                vec![point(0, 100.0, -12.0)],
            ))
            .expect("match")
            .expect("matched");
        assert_eq!(out.points[0].road_kind, RoadKind::BikeLane as i32);
        assert!((out.points[0].offset_m - 8.0).abs() < 1e-3);
        for class in [ObjectClass::Pedestrian, ObjectClass::Unknown] {
            let mut m = MapMatcher::new(Arc::clone(&g));
            assert_eq!(
                m.process(&trajectory(class, vec![point(0, 1.0, 1.0)]))
                    .expect("ok"),
                None
            );
            assert_eq!(m.cached_sessions(), 0);
        }
        let mut t = trajectory(ObjectClass::Car, vec![point(0, 1.0, 1.0)]);
        t.object_class = 999;
        assert_eq!(MapMatcher::new(g).process(&t).expect("ok"), None);
    }

    #[test]
    fn heading_breaks_near_ties_at_an_intersection() {
        let g = graph();
        // 0.5 m east of the south–north road, 1.5 m north of the west–east road.
        let here = at(0.5, 1.5);
        let nearest = g.snap(RoadKind::CarLane, here, None).expect("snap");
        assert_eq!(nearest.segment_id, 1);
        let eastbound = g.snap(RoadKind::CarLane, here, Some(90.0)).expect("snap");
        assert_eq!(eastbound.segment_id, 0);
        assert!((eastbound.offset_m - 1.5).abs() < 1e-3);
        let westbound = g.snap(RoadKind::CarLane, here, Some(270.0)).expect("snap");
        assert_eq!(westbound.segment_id, 0);
        let northbound = g.snap(RoadKind::CarLane, here, Some(2.0)).expect("snap");
        assert_eq!(northbound.segment_id, 1);
        // Far from a tie the heading does not pull a point onto a distant road.
        let far = g
            .snap(RoadKind::CarLane, at(20.0, 10.0), Some(0.0))
            .expect("snap");
        assert_eq!(far.segment_id, 0);
    }

    #[test]
    fn heading_from_the_previous_point_when_none_is_reported() {
        let mut m = MapMatcher::new(graph());
        // Driving east along road 0, then a point close to the crossing road.
        let t = trajectory(
            ObjectClass::Car,
            vec![point(0, -10.0, 1.5), point(100, 0.5, 1.5)],
        );
        let out = m.process(&t).expect("match").expect("matched");
        assert_eq!(out.points[1].segment_id, 0);
    }

    #[test]
    fn updates_only_match_new_points_and_equal_a_full_rematch() {
        let g = graph();
        let mut incremental = MapMatcher::new(Arc::clone(&g));
        let mut points = Vec::new();
        for i in 0..50 {
            points.push(point(
                i * 100,
                -200.0 + f64::from(i as i32) * 8.0,
                2.0 + (i % 3) as f64,
            ));
            let t = trajectory(ObjectClass::Car, points.clone());
            let before = incremental.stats().matched_points;
            let out = incremental.process(&t).expect("match").expect("matched");
            assert_eq!(incremental.stats().matched_points - before, 1, "update {i}");
            let full = MapMatcher::new(Arc::clone(&g))
                .process(&t)
                .expect("match")
                .expect("matched");
            assert_eq!(out, full, "update {i}");
        }
        assert_eq!(incremental.stats().reused_points, (0..50).sum::<u64>());
    }

    #[test]
    fn sliding_window_of_a_capped_trajectory_matches_one_point_per_update() {
        let g = graph();
        let mut incremental = MapMatcher::new(Arc::clone(&g));
        let mut points = std::collections::VecDeque::new();
        for i in 0..60 {
            // East along road 0, away from the crossing; the assembler keeps 20 points.
            points.push_back(point(i * 100, 100.0 + f64::from(i as i32) * 4.0, 1.5));
            if points.len() > 20 {
                points.pop_front();
            }
            let mut t = trajectory(ObjectClass::Car, points.iter().copied().collect());
            t.session_start_ms = 0;
            let before = incremental.stats();
            let out = incremental.process(&t).expect("match").expect("matched");
            assert_eq!(
                incremental.stats().matched_points - before.matched_points,
                1
            );
            let full = MapMatcher::new(Arc::clone(&g))
                .process(&t)
                .expect("match")
                .expect("matched");
            assert_eq!(out, full, "update {i}");
        }
    }

    #[test]
    fn reordered_replaced_and_dropped_points_are_handled() {
        let g = graph();
        let mut m = MapMatcher::new(Arc::clone(&g));
        let base = vec![
            point(0, 10.0, 2.0),
            point(200, 30.0, 2.0),
            point(300, 40.0, 2.0),
        ];
        m.process(&trajectory(ObjectClass::Car, base.clone()))
            .expect("match");
        // A late point sorts in at 100; the point at 200 was replaced by the assembler;
        // the point at 0 was dropped by the length cap.
        let mut next = vec![
            point(100, 20.0, 2.0),
            point(200, 30.0, -3.0),
            point(300, 40.0, 2.0),
        ];
        let mut t = trajectory(ObjectClass::Car, next.clone());
        t.session_start_ms = 0;
        let before = m.stats();
        let out = m.process(&t).expect("match").expect("matched");
        assert_eq!(m.stats().matched_points - before.matched_points, 2);
        assert_eq!(m.stats().reused_points - before.reused_points, 1);
        let times: Vec<i64> = out.points.iter().map(|p| p.timestamp_ms).collect();
        assert_eq!(times, vec![100, 200, 300]);
        assert!((out.points[1].offset_m - 3.0).abs() < 1e-3);
        next.insert(0, point(0, 10.0, 2.0));
        let fresh = MapMatcher::new(g)
            .process(&trajectory(ObjectClass::Car, next))
            .expect("ok")
            .expect("matched");
        assert_eq!(&fresh.points[1..], &out.points[..]);
    }

    #[test]
    fn class_change_rematches_on_the_other_graph() {
        let mut m = MapMatcher::new(graph());
        let pts = vec![point(0, 50.0, -12.0), point(100, 60.0, -12.0)];
        let car = m
            .process(&trajectory(ObjectClass::Car, pts.clone()))
            .expect("ok")
            .expect("matched");
        assert!(car
            .points
            .iter()
            .all(|p| p.road_kind == RoadKind::CarLane as i32));
        let bike = m
            .process(&trajectory(ObjectClass::Bicycle, pts))
            .expect("ok")
            .expect("matched");
        assert!(bike
            .points
            .iter()
            .all(|p| p.road_kind == RoadKind::BikeLane as i32));
    }

    #[test]
    fn sessions_are_told_apart_and_evicted() {
        let mut m = MapMatcher::with_config(
            graph(),
            MatcherConfig {
                max_cached_sessions: 2,
                ..MatcherConfig::default()
            },
        );
        let mut t = trajectory(ObjectClass::Car, vec![point(1_000, 0.0, 5.0)]);
        for (key, start) in [("a", 1_000), ("b", 1_000), ("a", 30_000)] {
            t.trajectory_key = key.into();
            t.session_start_ms = start;
            t.points[0].timestamp_ms = start;
            m.process(&t).expect("match");
        }
        // ("a", 1000) was least recently updated and made room for ("a", 30000).
        assert_eq!(m.cached_sessions(), 2);
        assert_eq!(m.stats().evicted_for_capacity, 1);
        assert_eq!(m.evict_idle(6_000), 0);
        assert_eq!(m.evict_idle(6_001), 1);
        assert_eq!(m.cached_sessions(), 1);
        assert_eq!(m.evict_idle(i64::MAX), 1);
        assert_eq!(m.cached_sessions(), 0);
    }

    /// Many short sessions (reused ids): the cache stays within its cap even without
    /// `evict_idle`, and `evict_idle` with a moving watermark keeps only live sessions.
    #[test]
    fn long_stream_keeps_the_cache_bounded() {
        let cfg = MatcherConfig {
            max_cached_sessions: 40,
            ..MatcherConfig::default()
        };
        let mut capped = MapMatcher::with_config(graph(), cfg.clone());
        let mut evicting = MapMatcher::with_config(graph(), cfg.clone());
        let mut max_evicting = 0;
        for i in 0..3_000i64 {
            // Object i % 256 of a new session every 2 s; 10 points per update.
            let start = i * 2_000;
            let mut t = trajectory(
                ObjectClass::Car,
                (0..10)
                    .map(|k| point(start + k * 100, f64::from(k as i32), 3.0))
                    .collect(),
            );
            t.trajectory_key = format!("1/{}", i % 256);
            t.session_start_ms = start;
            capped.process(&t).expect("match");
            evicting.process(&t).expect("match");
            evicting.evict_idle(start + 900);
            assert!(capped.cached_sessions() <= cfg.max_cached_sessions);
            max_evicting = max_evicting.max(evicting.cached_sessions());
        }
        // Sessions end 0.9 s after they start and the timeout is 5 s: ≤ 4 are live.
        assert!(max_evicting <= 4, "{max_evicting}");
        assert!(capped.stats().evicted_for_capacity > 0);
    }

    #[test]
    fn invalid_trajectories_are_errors_and_leave_the_cache_alone() {
        let mut m = MapMatcher::new(graph());
        let good = trajectory(ObjectClass::Car, vec![point(0, 5.0, 5.0)]);
        m.process(&good).expect("match");
        let mut bad = trajectory(
            ObjectClass::Car,
            vec![point(0, 5.0, 5.0), point(100, 6.0, 5.0)],
        );
        bad.points[1].position = Some(GeoPoint {
            latitude_deg: f64::NAN,
            longitude_deg: 0.0,
        });
        assert!(matches!(
            m.process(&bad),
            Err(Error::InvalidTrajectory { .. })
        ));
        bad.points[1].position = None;
        assert!(matches!(
            m.process(&bad),
            Err(Error::InvalidTrajectory { .. })
        ));
        let before = m.stats();
        m.process(&good).expect("match");
        assert_eq!(
            m.stats().matched_points,
            before.matched_points,
            "cache survived"
        );

        let long = trajectory(
            ObjectClass::Car,
            vec![point(0, 5.0, 5.0); MAX_TRAJECTORY_POINTS + 1],
        );
        assert!(matches!(
            m.process(&long),
            Err(Error::InvalidTrajectory { .. })
        ));
    }

    #[test]
    fn empty_graph_is_an_error_for_its_classes() {
        let empty = multilinestring_wkb(&[]);
        let car = multilinestring_wkb(&[vec![at(0.0, 0.0), at(10.0, 0.0)]]);
        let g = Arc::new(StreetGraph::from_wkb(&car, &empty).expect("empty bike graph is valid"));
        let mut m = MapMatcher::new(g);
        let err = m
            .process(&trajectory(ObjectClass::Bicycle, vec![point(0, 1.0, 1.0)]))
            .expect_err("no bike graph");
        assert!(err.to_string().contains("BikeLane"), "{err}");
        assert!(m
            .process(&trajectory(ObjectClass::Car, vec![]))
            .expect("ok")
            .is_some());
    }

    #[test]
    fn bad_graphs_are_typed_errors() {
        let good = multilinestring_wkb(&[vec![at(0.0, 0.0), at(10.0, 0.0)]]);
        assert!(matches!(
            StreetGraph::from_wkb(b"not wkb", &good),
            Err(Error::InvalidWkb { graph: "car", .. })
        ));
        assert!(matches!(
            StreetGraph::from_wkb(&good, &good[..good.len() - 3]),
            Err(Error::InvalidWkb { graph: "bike", .. })
        ));
        let mut point_wkb = Vec::new();
        wkb::writer::write_point(
            &mut point_wkb,
            &geo_types::point! { x: 13.0, y: 47.0 },
            &Default::default(),
        )
        .expect("write to a Vec");
        assert!(matches!(
            StreetGraph::from_wkb(&point_wkb, &good),
            Err(Error::InvalidGraph { graph: "car", .. })
        ));
        let off_globe = multilinestring_wkb(&[vec![
            Wgs84 {
                lat_deg: 95.0,
                lon_deg: 0.0,
            },
            at(0.0, 0.0),
        ]]);
        assert!(matches!(
            StreetGraph::from_wkb(&good, &off_globe),
            Err(Error::InvalidGraph { .. })
        ));
        let continental = multilinestring_wkb(&[vec![
            at(0.0, 0.0),
            Wgs84 {
                lat_deg: 52.5,
                lon_deg: 13.4,
            },
        ]]);
        let err = StreetGraph::from_wkb(&continental, &good).expect_err("too large");
        assert!(err.to_string().contains("km"), "{err}");
    }

    proptest! {
        #[test]
        fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..200)) {
            let good = multilinestring_wkb(&[vec![at(0.0, 0.0), at(10.0, 0.0)]]);
            let _ = StreetGraph::from_wkb(&bytes, &good);
        }

        #[test]
        fn corrupted_graphs_never_panic(cut in 0usize..120, flip in 0usize..120, value in any::<u8>()) {
            let mut wkb = multilinestring_wkb(&[
                vec![at(0.0, 0.0), at(10.0, 0.0), at(20.0, 5.0)],
                vec![at(0.0, 0.0), at(0.0, 10.0)],
            ]);
            if let Some(b) = wkb.get_mut(flip) {
                *b = value;
            }
            wkb.truncate(cut.min(wkb.len()));
            let _ = StreetGraph::from_wkb(&wkb, &wkb);
        }

        #[test]
        fn matched_point_is_on_the_graph_and_no_farther_than_any_vertex(
            east in -600.0f64..600.0, north in -600.0f64..600.0, heading in proptest::option::of(0.0f64..360.0)
        ) {
            let g = graph();
            let snap = g.snap(RoadKind::CarLane, at(east, north), heading).expect("non-empty graph");
            // The offset is the metric distance to the matched point...
            let (me, mn) = wgs84_to_local(REF, snap.matched);
            prop_assert!(((me - east).hypot(mn - north) - snap.offset_m).abs() < 1e-3);
            // ...and the heading can cost at most the tie margin over the nearest road.
            let nearest = g.snap(RoadKind::CarLane, at(east, north), None).expect("snap");
            prop_assert!(snap.offset_m <= nearest.offset_m + TIE_MARGIN_M + 1e-9);
            // The nearest road is at least as close as the nearest graph vertex.
            let vertices = [(-500.0, 0.0), (0.0, 0.0), (500.0, 0.0), (0.0, -500.0), (0.0, 500.0), (-500.0, 100.0), (0.0, 100.0), (500.0, 120.0)];
            let closest_vertex = vertices.iter().map(|(e, n): &(f64, f64)| (e - east).hypot(n - north)).fold(f64::INFINITY, f64::min);
            prop_assert!(nearest.offset_m <= closest_vertex + 1e-3);
        }
    }
}
