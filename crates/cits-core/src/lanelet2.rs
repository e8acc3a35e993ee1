//! Lanelet2 maps (OSM XML) as a [`LaneGraph`].
//!
//! A Lanelet2 map is an OSM XML file: `node`s (WGS84 points), `way`s (line strings of
//! node refs) and `relation`s; a relation tagged `type=lanelet` is one lane piece with a
//! `left` and a `right` bound way (members with those roles). This loader turns every
//! lanelet of a known `subtype` into one directed lane ([`LaneSpec`]), two for a
//! bidirectional one, and hands them to [`LaneGraph::build`]:
//!
//! 1. **Orientation.** Bound ways may be stored in either direction. The right bound is
//!    turned to run like the left one (the pairing of ends with the smaller total
//!    distance); the lanelet's direction is then the one in which `left` lies on the left
//!    (Lanelet2 convention), so a lanelet with both bounds stored backwards still drives
//!    the right way.
//! 2. **Centreline** = mean of the two bounds: vertex by vertex when both have as many
//!    points (the usual case, and exact for bounds offset from one centreline), else both
//!    resampled at the union of their vertices' arc-length fractions (merged closer than
//!    [`MIN_CENTRELINE_SPACING_M`]).
//! 3. **Kind** from `subtype`: vehicle subtypes ([`CAR_SUBTYPES`]) → car lane,
//!    `bicycle_lane` → bike lane, pedestrian subtypes ([`CROSSWALK_SUBTYPES`]) →
//!    crosswalk. Other lanelets (stairs, no subtype, ...) are skipped and counted in
//!    [`Lanelet2Map::ignored`]; they are not an error.
//! 4. **Direction.** `one_way=no` (the default for crosswalks and walkways, as in
//!    Lanelet2's pedestrian rules) gives a second lane driving the other way, with
//!    `source_id` = −(lanelet id); `one_way=yes` is the default otherwise.
//! 5. **Successors** (explicit, [`LaneSpec::successors`]): lane B follows lane A of the
//!    same kind when B's left and right bounds start at the very nodes (by id) where A's
//!    end — Lanelet2's own routing rule, so no distance tolerance is involved.
//!
//! Input is outside data: malformed XML, a missing node or way, a lanelet without a
//! bound, a bound of fewer than two points or an oversized map is an [`Error`], never a
//! panic. Elements marked `action="delete"` (JOSM edits) are skipped.

use std::collections::{BTreeMap, HashMap, HashSet};

use cits_proto::RoadKind;

use crate::geo::{LocalFrame, Wgs84};
use crate::lanes::{LaneGraph, LaneSpec};
use crate::{Error, Result};

/// Largest map accepted (bytes): the DOM costs a few times the text, so 64 MiB keeps a
/// Wasm instance well inside its memory; a city's Lanelet2 map is a few MiB.
pub const MAX_LANELET2_BYTES: usize = 64 * 1024 * 1024;
/// Largest number of XML nodes (elements, attributes' text, ...) the parser builds:
/// about one per 40 bytes of OSM XML at [`MAX_LANELET2_BYTES`].
pub const MAX_XML_NODES: u32 = 4_000_000;
/// Largest number of points in one bound way: far above any real lane piece (a few
/// hundred), so a hostile map cannot make one centreline arbitrarily expensive.
pub const MAX_BOUND_POINTS: usize = 100_000;
/// Resampled centreline vertices closer than this (m) are merged: below the precision of
/// the map, and it keeps two nearly equal vertex sets from doubling the point count.
pub const MIN_CENTRELINE_SPACING_M: f64 = 0.05;
/// Lanelet `subtype`s driven by motor vehicles (Lanelet2 tagging spec).
pub const CAR_SUBTYPES: [&str; 6] = [
    "road",
    "highway",
    "play_street",
    "emergency_lane",
    "bus_lane",
    "exit",
];
/// Lanelet `subtype`s of bike lanes.
pub const BIKE_SUBTYPES: [&str; 1] = ["bicycle_lane"];
/// Lanelet `subtype`s walked by pedestrians, matched as [`RoadKind::Crosswalk`].
pub const CROSSWALK_SUBTYPES: [&str; 3] = ["crosswalk", "walkway", "shared_walkway"];

/// A parsed Lanelet2 map: the directed lanes in file order (a bidirectional lanelet's
/// two lanes next to each other, forward first) and what was skipped.
#[derive(Debug, Clone, PartialEq)]
pub struct Lanelet2Map {
    /// The lanes, ready for [`LaneGraph::build`].
    pub lanes: Vec<LaneSpec>,
    /// Lanelets skipped because of their subtype: subtype (`""` when missing) → count.
    pub ignored: BTreeMap<String, usize>,
}

impl LaneGraph {
    /// A Lanelet2 OSM XML map (see the module doc of [`crate::lanelet2`]); lanelets of
    /// other subtypes are skipped ([`parse_lanelet2`] reports them).
    pub fn from_lanelet2(osm_xml: &str) -> Result<LaneGraph> {
        LaneGraph::build(parse_lanelet2(osm_xml)?.lanes)
    }
}

/// A lanelet relation as read, before geometry.
struct LaneletRel {
    id: i64,
    kind: RoadKind,
    one_way: bool,
    left: i64,
    right: i64,
}

/// One directed lane with its bound end nodes, for the successor rule.
struct Directed {
    spec: LaneSpec,
    /// Node ids (left start, right start) and (left end, right end).
    start: (i64, i64),
    end: (i64, i64),
}

fn invalid(element: impl Into<String>, reason: impl Into<String>) -> Error {
    Error::InvalidLanelet2 {
        element: element.into(),
        reason: reason.into(),
    }
}

/// The kind of a lanelet subtype, None for subtypes this loader does not match onto.
pub fn kind_of_subtype(subtype: &str) -> Option<RoadKind> {
    if CAR_SUBTYPES.contains(&subtype) {
        Some(RoadKind::CarLane)
    } else if BIKE_SUBTYPES.contains(&subtype) {
        Some(RoadKind::BikeLane)
    } else if CROSSWALK_SUBTYPES.contains(&subtype) {
        Some(RoadKind::Crosswalk)
    } else {
        None
    }
}

fn id_attr(node: roxmltree::Node, what: &str, attr: &str) -> Result<i64> {
    let raw = node
        .attribute(attr)
        .ok_or_else(|| invalid(what, format!("no `{attr}` attribute")))?;
    raw.trim()
        .parse()
        .map_err(|_| invalid(what, format!("`{attr}`={raw:?} is not an integer id")))
}

fn deleted(node: roxmltree::Node) -> bool {
    node.attribute("action") == Some("delete") || node.attribute("visible") == Some("false")
}

fn tags<'a>(node: roxmltree::Node<'a, 'a>) -> HashMap<&'a str, &'a str> {
    node.children()
        .filter(|c| c.has_tag_name("tag"))
        .filter_map(|c| Some((c.attribute("k")?, c.attribute("v")?)))
        .collect()
}

/// Parses a Lanelet2 OSM XML map into directed lanes with explicit successors.
pub fn parse_lanelet2(osm_xml: &str) -> Result<Lanelet2Map> {
    if osm_xml.len() > MAX_LANELET2_BYTES {
        return Err(invalid(
            "map",
            format!("{} bytes, limit {MAX_LANELET2_BYTES}", osm_xml.len()),
        ));
    }
    let options = roxmltree::ParsingOptions {
        allow_dtd: false,
        nodes_limit: MAX_XML_NODES,
        ..Default::default()
    };
    let doc = roxmltree::Document::parse_with_options(osm_xml, options)
        .map_err(|source| Error::Lanelet2Xml { source })?;
    let root = doc.root_element();
    if !root.has_tag_name("osm") {
        return Err(invalid(
            "map",
            format!("root element <{}>, expected <osm>", root.tag_name().name()),
        ));
    }

    let mut nodes: HashMap<i64, Wgs84> = HashMap::new();
    let mut ways: HashMap<i64, Vec<i64>> = HashMap::new();
    let mut lanelets = Vec::new();
    // The local frame's origin: the first node in file order, so output is deterministic.
    let mut origin = None;
    let mut ignored = BTreeMap::new();
    for el in root.children().filter(|c| c.is_element() && !deleted(*c)) {
        match el.tag_name().name() {
            "node" => {
                let id = id_attr(el, "node", "id")?;
                let what = || format!("node {id}");
                let coord = |attr: &str| -> Result<f64> {
                    let raw = el
                        .attribute(attr)
                        .ok_or_else(|| invalid(what(), format!("no `{attr}` attribute")))?;
                    raw.trim()
                        .parse()
                        .map_err(|_| invalid(what(), format!("`{attr}`={raw:?} is not a number")))
                };
                let p = Wgs84 {
                    lat_deg: coord("lat")?,
                    lon_deg: coord("lon")?,
                };
                if !p.is_valid() {
                    return Err(invalid(
                        what(),
                        format!(
                            "lat {} lon {} is not a WGS84 position",
                            p.lat_deg, p.lon_deg
                        ),
                    ));
                }
                origin.get_or_insert(p);
                if nodes.insert(id, p).is_some() {
                    return Err(invalid(what(), "defined twice"));
                }
            }
            "way" => {
                let id = id_attr(el, "way", "id")?;
                let refs = el
                    .children()
                    .filter(|c| c.has_tag_name("nd"))
                    .map(|c| id_attr(c, &format!("way {id}"), "ref"))
                    .collect::<Result<Vec<_>>>()?;
                if refs.len() > MAX_BOUND_POINTS {
                    return Err(invalid(
                        format!("way {id}"),
                        format!("{} nodes, limit {MAX_BOUND_POINTS}", refs.len()),
                    ));
                }
                if ways.insert(id, refs).is_some() {
                    return Err(invalid(format!("way {id}"), "defined twice"));
                }
            }
            "relation" => {
                let id = id_attr(el, "relation", "id")?;
                let t = tags(el);
                if t.get("type") != Some(&"lanelet") {
                    continue;
                }
                let subtype = t.get("subtype").copied().unwrap_or("");
                let Some(kind) = kind_of_subtype(subtype) else {
                    *ignored.entry(subtype.to_owned()).or_insert(0) += 1;
                    continue;
                };
                let what = || format!("lanelet {id}");
                let one_way = match t.get("one_way").copied() {
                    Some("yes" | "true") => true,
                    Some("no" | "false") => false,
                    Some(other) => {
                        return Err(invalid(
                            what(),
                            format!("one_way={other:?}, expected yes or no"),
                        ))
                    }
                    None => kind != RoadKind::Crosswalk,
                };
                let bound = |role: &str| -> Result<i64> {
                    let mut found = el.children().filter(|c| {
                        c.has_tag_name("member")
                            && c.attribute("role") == Some(role)
                            && c.attribute("type") == Some("way")
                    });
                    let m = found
                        .next()
                        .ok_or_else(|| invalid(what(), format!("no `{role}` bound way")))?;
                    if found.next().is_some() {
                        return Err(invalid(what(), format!("more than one `{role}` bound")));
                    }
                    id_attr(m, &what(), "ref")
                };
                lanelets.push(LaneletRel {
                    id,
                    kind,
                    one_way,
                    left: bound("left")?,
                    right: bound("right")?,
                });
            }
            _ => {}
        }
    }
    let Some(origin) = origin else {
        return Err(invalid("map", "no nodes"));
    };
    let frame = LocalFrame::new(origin);
    let mut directed = Vec::with_capacity(lanelets.len());
    for rel in &lanelets {
        lanelet_lanes(rel, &nodes, &ways, &frame, &mut directed)?;
    }
    connect(&mut directed)?;
    Ok(Lanelet2Map {
        lanes: directed.into_iter().map(|d| d.spec).collect(),
        ignored,
    })
}

/// A bound way as node ids and local points.
fn bound_points(
    lanelet: i64,
    way: i64,
    nodes: &HashMap<i64, Wgs84>,
    ways: &HashMap<i64, Vec<i64>>,
    frame: &LocalFrame,
) -> Result<(Vec<i64>, Vec<[f64; 2]>)> {
    let refs = ways.get(&way).ok_or_else(|| {
        invalid(
            format!("lanelet {lanelet}"),
            format!("bound way {way} is not in the map"),
        )
    })?;
    if refs.len() < 2 {
        return Err(invalid(
            format!("way {way}"),
            format!("{} node(s), a bound needs at least 2", refs.len()),
        ));
    }
    let points = refs
        .iter()
        .map(|r| {
            let p = nodes.get(r).ok_or_else(|| {
                invalid(format!("way {way}"), format!("node {r} is not in the map"))
            })?;
            let (e, n) = frame.to_local(*p);
            Ok([e, n])
        })
        .collect::<Result<Vec<_>>>()?;
    Ok((refs.clone(), points))
}

fn dist(a: [f64; 2], b: [f64; 2]) -> f64 {
    (a[0] - b[0]).hypot(a[1] - b[1])
}

/// Appends the lane(s) of one lanelet.
fn lanelet_lanes(
    rel: &LaneletRel,
    nodes: &HashMap<i64, Wgs84>,
    ways: &HashMap<i64, Vec<i64>>,
    frame: &LocalFrame,
    out: &mut Vec<Directed>,
) -> Result<()> {
    let what = || format!("lanelet {}", rel.id);
    let (left_ids, left) = bound_points(rel.id, rel.left, nodes, ways, frame)?;
    let (mut right_ids, mut right) = bound_points(rel.id, rel.right, nodes, ways, frame)?;
    let (l0, ln) = (left[0], left[left.len() - 1]);
    let (r0, rn) = (right[0], right[right.len() - 1]);
    if dist(l0, r0) + dist(ln, rn) > dist(l0, rn) + dist(ln, r0) {
        right.reverse();
        right_ids.reverse();
    }
    let pairs =
        bound_pairs(&left, &right).ok_or_else(|| invalid(what(), "a bound has zero length"))?;
    let mut centre: Vec<[f64; 2]> = pairs
        .iter()
        .map(|(l, r)| [(l[0] + r[0]) / 2.0, (l[1] + r[1]) / 2.0])
        .collect();
    // Which side the left bound is on: the sum of cross(travel, right→left) over the
    // lanelet is positive when `left` is left of the direction the bounds are stored in.
    let across = |i: usize| [pairs[i].0[0] - pairs[i].1[0], pairs[i].0[1] - pairs[i].1[1]];
    let side: f64 = (1..pairs.len())
        .map(|i| {
            let d = [
                centre[i][0] - centre[i - 1][0],
                centre[i][1] - centre[i - 1][1],
            ];
            let (a, b) = (across(i - 1), across(i));
            d[0] * (a[1] + b[1]) - d[1] * (a[0] + b[0])
        })
        .sum();
    if side == 0.0 || !side.is_finite() {
        return Err(invalid(
            what(),
            "left and right bounds do not enclose an area",
        ));
    }
    let (mut start, mut end) = (
        (left_ids[0], right_ids[0]),
        (left_ids[left_ids.len() - 1], right_ids[right_ids.len() - 1]),
    );
    if side < 0.0 {
        centre.reverse();
        std::mem::swap(&mut start, &mut end);
    }
    let to_wgs = |pts: &[[f64; 2]]| -> Vec<Wgs84> {
        pts.iter().map(|p| frame.to_wgs84(p[0], p[1])).collect()
    };
    out.push(Directed {
        spec: LaneSpec {
            kind: rel.kind,
            source_id: rel.id,
            points: to_wgs(&centre),
            successors: None,
        },
        start,
        end,
    });
    if !rel.one_way {
        centre.reverse();
        out.push(Directed {
            spec: LaneSpec {
                kind: rel.kind,
                source_id: rel
                    .id
                    .checked_neg()
                    .ok_or_else(|| invalid(what(), "id has no negation"))?,
                points: to_wgs(&centre),
                successors: None,
            },
            // Driving the other way, the right bound is on the left.
            start: (end.1, end.0),
            end: (start.1, start.0),
        });
    }
    Ok(())
}

/// Cumulative arc length fractions of a polyline, None when it has zero length.
fn fractions(line: &[[f64; 2]]) -> Option<(Vec<f64>, f64)> {
    let mut acc = vec![0.0];
    for w in line.windows(2) {
        acc.push(acc[acc.len() - 1] + dist(w[0], w[1]));
    }
    let total = acc[acc.len() - 1];
    (total > 0.0).then(|| (acc.iter().map(|a| a / total).collect(), total))
}

/// The point at arc length fraction `f` of a polyline with fractions `fr`.
fn at_fraction(line: &[[f64; 2]], fr: &[f64], f: f64) -> [f64; 2] {
    let i = fr.partition_point(|x| *x <= f).clamp(1, line.len() - 1);
    let (a, b) = (line[i - 1], line[i]);
    let span = fr[i] - fr[i - 1];
    let t = if span > 0.0 {
        ((f - fr[i - 1]) / span).clamp(0.0, 1.0)
    } else {
        0.0
    };
    [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t]
}

/// Corresponding points of two equally oriented bounds (see the module doc: vertex by
/// vertex, or resampled), whose means are the centreline. None for a zero-length bound.
fn bound_pairs(left: &[[f64; 2]], right: &[[f64; 2]]) -> Option<Vec<([f64; 2], [f64; 2])>> {
    let (fl, len_l) = fractions(left)?;
    let (fr, len_r) = fractions(right)?;
    if left.len() == right.len() {
        return Some(left.iter().copied().zip(right.iter().copied()).collect());
    }
    let min_step = MIN_CENTRELINE_SPACING_M / len_l.max(len_r);
    let mut all: Vec<f64> = fl.iter().chain(&fr).copied().collect();
    all.sort_by(f64::total_cmp);
    let mut kept: Vec<f64> = Vec::with_capacity(all.len());
    for f in all {
        match kept.last() {
            Some(last) if f - last < min_step => {}
            _ => kept.push(f),
        }
    }
    // The end must be exact; it replaces a kept fraction closer than the step to 1.
    if kept.last().is_some_and(|l| 1.0 - l < min_step) {
        kept.pop();
    }
    kept.push(1.0);
    Some(
        kept.iter()
            .map(|f| (at_fraction(left, &fl, *f), at_fraction(right, &fr, *f)))
            .collect(),
    )
}

/// Explicit successors: B follows A (same kind) when B starts at A's end nodes.
fn connect(lanes: &mut [Directed]) -> Result<()> {
    let mut seen = HashSet::new();
    for d in lanes.iter() {
        if !seen.insert((d.spec.kind as i32, d.spec.source_id)) {
            return Err(invalid(
                format!("lanelet {}", d.spec.source_id.abs()),
                "id used twice (a lanelet id equals minus a bidirectional lanelet's id, the reversed lane's id)",
            ));
        }
    }
    let mut by_start: HashMap<(i32, i64, i64), Vec<i64>> = HashMap::new();
    for d in lanes.iter() {
        by_start
            .entry((d.spec.kind as i32, d.start.0, d.start.1))
            .or_default()
            .push(d.spec.source_id);
    }
    for d in lanes.iter_mut() {
        let next = by_start
            .get(&(d.spec.kind as i32, d.end.0, d.end.1))
            .cloned()
            .unwrap_or_default();
        d.spec.successors = Some(next);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Reference point of the handwritten test maps.
    const REF: Wgs84 = Wgs84 {
        lat_deg: 47.81,
        lon_deg: 13.05,
    };

    /// A map from nodes (id, east m, north m from REF), ways (id, node ids) and lanelets
    /// (id, left way, right way, extra tags).
    fn osm(
        nodes: &[(i64, f64, f64)],
        ways: &[(i64, &[i64])],
        lanelets: &[(i64, i64, i64, &str)],
    ) -> String {
        let mut s = String::from("<?xml version=\"1.0\"?>\n<osm version=\"0.6\">\n");
        for (id, e, n) in nodes {
            let p = crate::geo::local_to_wgs84(REF, *e, *n);
            s += &format!(
                "<node id=\"{id}\" lat=\"{:.10}\" lon=\"{:.10}\"/>\n",
                p.lat_deg, p.lon_deg
            );
        }
        for (id, refs) in ways {
            s += &format!("<way id=\"{id}\">");
            for r in refs.iter() {
                s += &format!("<nd ref=\"{r}\"/>");
            }
            s += "<tag k=\"type\" v=\"line_thin\"/></way>\n";
        }
        for (id, l, r, extra) in lanelets {
            s += &format!(
                "<relation id=\"{id}\"><member type=\"way\" role=\"left\" ref=\"{l}\"/>\
                 <member type=\"way\" role=\"right\" ref=\"{r}\"/>\
                 <tag k=\"type\" v=\"lanelet\"/>{extra}</relation>\n"
            );
        }
        s + "</osm>\n"
    }

    const ROAD: &str = "<tag k=\"subtype\" v=\"road\"/>";

    fn local(points: &[Wgs84]) -> Vec<[f64; 2]> {
        let f = LocalFrame::new(REF);
        points
            .iter()
            .map(|p| {
                let (e, n) = f.to_local(*p);
                [e, n]
            })
            .collect()
    }

    fn near(a: [f64; 2], b: [f64; 2]) -> bool {
        dist(a, b) < 1e-4
    }

    /// Left bound along north = +1.75 m, right along −1.75 m: travel is east.
    fn straight(left_rev: bool, right_rev: bool) -> Lanelet2Map {
        let nodes = [
            (1, 0.0, 1.75),
            (2, 10.0, 1.75),
            (3, 0.0, -1.75),
            (4, 10.0, -1.75),
        ];
        let l: &[i64] = if left_rev { &[2, 1] } else { &[1, 2] };
        let r: &[i64] = if right_rev { &[4, 3] } else { &[3, 4] };
        parse_lanelet2(&osm(&nodes, &[(10, l), (11, r)], &[(100, 10, 11, ROAD)])).unwrap()
    }

    #[test]
    fn direction_is_where_left_is_left_whatever_the_storage_order() {
        for (lr, rr) in [(false, false), (false, true), (true, false), (true, true)] {
            let map = straight(lr, rr);
            assert_eq!(map.lanes.len(), 1, "{lr} {rr}");
            let lane = &map.lanes[0];
            assert_eq!((lane.kind, lane.source_id), (RoadKind::CarLane, 100));
            let pts = local(&lane.points);
            assert_eq!(pts.len(), 2);
            assert!(
                near(pts[0], [0.0, 0.0]) && near(pts[1], [10.0, 0.0]),
                "{lr} {rr}: {pts:?}"
            );
            assert_eq!(lane.successors, Some(vec![]));
        }
    }

    #[test]
    fn bidirectional_crosswalk_gives_two_opposite_lanes() {
        let nodes = [
            (1, 0.0, 1.5),
            (2, 0.0, -1.5),
            (3, 12.0, 1.5),
            (4, 12.0, -1.5),
        ];
        // Both bounds run south→north; the left one (x = 0) is west, left of northwards.
        let xml = osm(
            &nodes,
            &[(10, &[2, 1]), (11, &[4, 3])],
            &[(7, 10, 11, "<tag k=\"subtype\" v=\"crosswalk\"/>")],
        );
        let map = parse_lanelet2(&xml).unwrap();
        assert_eq!(map.lanes.len(), 2);
        let (fwd, back) = (&map.lanes[0], &map.lanes[1]);
        assert_eq!((fwd.kind, fwd.source_id), (RoadKind::Crosswalk, 7));
        assert_eq!((back.kind, back.source_id), (RoadKind::Crosswalk, -7));
        let (f, b) = (local(&fwd.points), local(&back.points));
        assert!(near(f[0], [6.0, -1.5]) && near(f[1], [6.0, 1.5]), "{f:?}");
        assert!(near(b[0], [6.0, 1.5]) && near(b[1], [6.0, -1.5]), "{b:?}");
        // `one_way=yes` keeps one lane.
        let xml = xml.replace(
            "v=\"crosswalk\"/>",
            "v=\"crosswalk\"/><tag k=\"one_way\" v=\"yes\"/>",
        );
        assert_eq!(parse_lanelet2(&xml).unwrap().lanes.len(), 1);
    }

    #[test]
    fn successors_come_from_shared_nodes_not_from_distance() {
        // A: 0→10, B: 10→20 sharing A's end nodes, C: 10→20 from copies of those nodes.
        let nodes = [
            (1, 0.0, 1.75),
            (2, 10.0, 1.75),
            (3, 20.0, 1.75),
            (4, 0.0, -1.75),
            (5, 10.0, -1.75),
            (6, 20.0, -1.75),
            (7, 10.0, 1.75),
            (8, 10.0, -1.75),
        ];
        let ways: [(i64, &[i64]); 6] = [
            (10, &[1, 2]),
            (11, &[4, 5]),
            (12, &[2, 3]),
            (13, &[5, 6]),
            (14, &[7, 3]),
            (15, &[8, 6]),
        ];
        let map = parse_lanelet2(&osm(
            &nodes,
            &ways,
            &[
                (100, 10, 11, ROAD),
                (101, 12, 13, ROAD),
                (102, 14, 15, ROAD),
            ],
        ))
        .unwrap();
        let succ: Vec<_> = map
            .lanes
            .iter()
            .map(|l| (l.source_id, l.successors.clone()))
            .collect();
        assert_eq!(
            succ,
            vec![
                (100, Some(vec![101])),
                (101, Some(vec![])),
                (102, Some(vec![]))
            ]
        );
    }

    #[test]
    fn successors_stay_within_a_kind() {
        let nodes = [
            (1, 0.0, 1.0),
            (2, 5.0, 1.0),
            (3, 9.0, 1.0),
            (4, 0.0, -1.0),
            (5, 5.0, -1.0),
            (6, 9.0, -1.0),
        ];
        let ways: [(i64, &[i64]); 4] = [(10, &[1, 2]), (11, &[4, 5]), (12, &[2, 3]), (13, &[5, 6])];
        let bike = "<tag k=\"subtype\" v=\"bicycle_lane\"/>";
        let map =
            parse_lanelet2(&osm(&nodes, &ways, &[(1, 10, 11, ROAD), (2, 12, 13, bike)])).unwrap();
        assert_eq!(map.lanes[0].successors, Some(vec![]));
        assert_eq!(map.lanes[1].kind, RoadKind::BikeLane);
    }

    #[test]
    fn unequal_point_counts_are_resampled() {
        // Left has a middle vertex the right lacks; both are straight, so the centre is y = 0.
        let nodes = [
            (1, 0.0, 2.0),
            (2, 4.0, 2.0),
            (3, 10.0, 2.0),
            (4, 0.0, -2.0),
            (5, 10.0, -2.0),
        ];
        let map = parse_lanelet2(&osm(
            &nodes,
            &[(10, &[1, 2, 3]), (11, &[4, 5])],
            &[(1, 10, 11, ROAD)],
        ))
        .unwrap();
        let pts = local(&map.lanes[0].points);
        assert_eq!(pts.len(), 3);
        assert!(
            near(pts[0], [0.0, 0.0]) && near(pts[1], [4.0, 0.0]) && near(pts[2], [10.0, 0.0]),
            "{pts:?}"
        );
    }

    #[test]
    fn curved_lanelet_centre_lies_on_the_middle_radius() {
        // Quarter circle round the origin, radius 10 ± 1.75, counter-clockwise from east
        // to north: the inner (radius 8.25) bound is on the left.
        let k = 9;
        let mut nodes = Vec::new();
        for i in 0..k {
            let a = std::f64::consts::FRAC_PI_2 * i as f64 / (k - 1) as f64;
            nodes.push((1 + i as i64, 8.25 * a.cos(), 8.25 * a.sin()));
            nodes.push((101 + i as i64, 11.75 * a.cos(), 11.75 * a.sin()));
        }
        let inner: Vec<i64> = (1..=k as i64).collect();
        let outer: Vec<i64> = (101..101 + k as i64).rev().collect();
        let map = parse_lanelet2(&osm(
            &nodes,
            &[(10, &inner), (11, &outer)],
            &[(1, 10, 11, ROAD)],
        ))
        .unwrap();
        let pts = local(&map.lanes[0].points);
        assert_eq!(pts.len(), k);
        for p in &pts {
            assert!((p[0].hypot(p[1]) - 10.0).abs() < 1e-4, "{p:?}");
        }
        assert!(
            near(pts[0], [10.0, 0.0]) && near(pts[k - 1], [0.0, 10.0]),
            "{pts:?}"
        );
    }

    #[test]
    fn other_subtypes_and_relations_are_counted_not_loaded() {
        let nodes = [(1, 0.0, 1.0), (2, 5.0, 1.0), (3, 0.0, -1.0), (4, 5.0, -1.0)];
        let mut xml = osm(
            &nodes,
            &[(10, &[1, 2]), (11, &[3, 4])],
            &[
                (1, 10, 11, ROAD),
                (2, 10, 11, "<tag k=\"subtype\" v=\"stairs\"/>"),
                (3, 10, 11, ""),
            ],
        );
        xml = xml.replace(
            "</osm>",
            "<relation id=\"9\"><tag k=\"type\" v=\"regulatory_element\"/></relation></osm>",
        );
        let map = parse_lanelet2(&xml).unwrap();
        assert_eq!(map.lanes.len(), 1);
        let expected: BTreeMap<String, usize> =
            [("".to_owned(), 1), ("stairs".to_owned(), 1)].into();
        assert_eq!(map.ignored, expected);
    }

    fn err(xml: &str) -> String {
        match parse_lanelet2(xml) {
            Ok(map) => panic!("accepted: {map:?}"),
            Err(e) => e.to_string(),
        }
    }

    #[test]
    fn broken_maps_are_errors_naming_the_element() {
        let nodes = [(1, 0.0, 1.0), (2, 5.0, 1.0), (3, 0.0, -1.0), (4, 5.0, -1.0)];
        let ok = osm(
            &nodes,
            &[(10, &[1, 2]), (11, &[3, 4])],
            &[(1, 10, 11, ROAD)],
        );
        assert!(parse_lanelet2(&ok).is_ok());
        // Missing node.
        let e = err(&osm(
            &nodes,
            &[(10, &[1, 2]), (11, &[3, 99])],
            &[(1, 10, 11, ROAD)],
        ));
        assert!(e.contains("way 11") && e.contains("node 99"), "{e}");
        // Missing way.
        let e = err(&osm(&nodes, &[(10, &[1, 2])], &[(1, 10, 11, ROAD)]));
        assert!(e.contains("lanelet 1") && e.contains("way 11"), "{e}");
        // Lanelet without a right bound.
        let e = err(&ok.replace("role=\"right\"", "role=\"centre\""));
        assert!(e.contains("lanelet 1") && e.contains("right"), "{e}");
        // A one-point bound.
        let e = err(&osm(
            &nodes,
            &[(10, &[1]), (11, &[3, 4])],
            &[(1, 10, 11, ROAD)],
        ));
        assert!(e.contains("way 10"), "{e}");
        // Both bounds the same line.
        let e = err(&osm(&nodes, &[(10, &[1, 2])], &[(1, 10, 10, ROAD)]));
        assert!(e.contains("lanelet 1"), "{e}");
        // Bad coordinates, ids, values.
        assert!(err(&ok.replacen("lat=\"", "lat=\"9", 1)).contains("node 1"));
        assert!(err(&ok.replacen("lon=\"", "lon=\"x", 1)).contains("node 1"));
        assert!(err(&ok.replacen("id=\"1\"", "id=\"one\"", 1)).contains("id"));
        assert!(err(&ok.replace(
            ROAD,
            "<tag k=\"subtype\" v=\"road\"/><tag k=\"one_way\" v=\"maybe\"/>"
        ))
        .contains("one_way"));
        // Not XML, not OSM, truncated, too large, no nodes.
        assert!(matches!(
            parse_lanelet2("<osm><node"),
            Err(Error::Lanelet2Xml { .. })
        ));
        assert!(matches!(
            parse_lanelet2(&ok[..ok.len() / 2]),
            Err(Error::Lanelet2Xml { .. })
        ));
        assert!(err("<gpx/>").contains("<gpx>"));
        assert!(err("<osm/>").contains("no nodes"));
        let huge = " ".repeat(MAX_LANELET2_BYTES + 1);
        assert!(err(&huge).contains("limit"));
    }

    #[test]
    fn reversed_id_clash_is_an_error() {
        let nodes = [(1, 0.0, 1.0), (2, 5.0, 1.0), (3, 0.0, -1.0), (4, 5.0, -1.0)];
        let xml = osm(
            &nodes,
            &[(10, &[1, 2]), (11, &[3, 4])],
            &[
                (5, 10, 11, "<tag k=\"subtype\" v=\"walkway\"/>"),
                (
                    -5,
                    10,
                    11,
                    "<tag k=\"subtype\" v=\"walkway\"/><tag k=\"one_way\" v=\"yes\"/>",
                ),
            ],
        );
        assert!(err(&xml).contains("lanelet 5"));
    }

    #[test]
    fn deleted_elements_are_skipped() {
        let nodes = [(1, 0.0, 1.0), (2, 5.0, 1.0), (3, 0.0, -1.0), (4, 5.0, -1.0)];
        let xml = osm(
            &nodes,
            &[(10, &[1, 2]), (11, &[3, 4])],
            &[(1, 10, 11, ROAD), (2, 10, 11, ROAD)],
        )
        .replace(
            "<relation id=\"2\">",
            "<relation id=\"2\" action=\"delete\">",
        );
        let map = parse_lanelet2(&xml).unwrap();
        assert_eq!(
            map.lanes.iter().map(|l| l.source_id).collect::<Vec<_>>(),
            vec![1]
        );
    }
}
