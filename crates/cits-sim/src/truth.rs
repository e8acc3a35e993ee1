//! Ground truth: where every observed object really was, and on which road.
//!
//! `truth.csv` has one row per observed object per CPM, in CPM order:
//! `time_ms,station_id,sensor_id,object_id,true_object_id,class,lat,lon,road,route`.
//! `time_ms` is the measurement time (Unix epoch ms) — the `timestamp_ms` the
//! collector gives the location — so `(time_ms, station_id, object_id)` joins
//! an observation with the pipeline's output. `true_object_id` is unique over
//! the run although object ids are reused. `road` is the LineString index in
//! the class's graph (`car.wkb` for cars, `bike.wkb` for bicycles), empty for
//! pedestrians. `route` is the object's whole route as road ids of the same
//! graph, `;`-separated in travel order (inbound lane, connector, outbound lane),
//! empty for pedestrians: the lanes a matcher should have put the object on.

use std::fmt::Write as _;

use crate::error::{Error, Result};

/// The CSV header line.
pub const HEADER: &str =
    "time_ms,station_id,sensor_id,object_id,true_object_id,class,lat,lon,road,route";

/// Kind of simulated road user.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Class {
    /// A passenger car (car graph).
    Car,
    /// A cyclist (bike graph).
    Bicycle,
    /// A pedestrian (no graph; the map matcher skips them).
    Pedestrian,
}

impl Class {
    /// Index into per-class arrays: car 0, bicycle 1, pedestrian 2.
    pub fn index(self) -> usize {
        match self {
            Class::Car => 0,
            Class::Bicycle => 1,
            Class::Pedestrian => 2,
        }
    }

    /// Name in `truth.csv`.
    pub fn name(self) -> &'static str {
        match self {
            Class::Car => "car",
            Class::Bicycle => "bicycle",
            Class::Pedestrian => "pedestrian",
        }
    }

    /// CPM v2 classification `(class_kind, sub_class)`: vehicle → TrafficParticipantType
    /// passengerCar (5); VRU → 1 pedestrian, 2 bicyclist.
    pub fn etsi_code(self) -> (u32, u32) {
        match self {
            Class::Car => (1, 5),
            Class::Bicycle => (2, 2),
            Class::Pedestrian => (2, 1),
        }
    }

    /// The protobuf class the collector should derive from [`Class::etsi_code`].
    pub fn proto(self) -> cits_proto::ObjectClass {
        match self {
            Class::Car => cits_proto::ObjectClass::Car,
            Class::Bicycle => cits_proto::ObjectClass::Bicycle,
            Class::Pedestrian => cits_proto::ObjectClass::Pedestrian,
        }
    }

    /// The class of a `truth.csv` / `conflicts.csv` class name.
    pub fn parse_name(name: &str) -> Option<Self> {
        match name {
            "car" => Some(Class::Car),
            "bicycle" => Some(Class::Bicycle),
            "pedestrian" => Some(Class::Pedestrian),
            _ => None,
        }
    }
}

/// One observation's ground truth.
#[derive(Debug, Clone, PartialEq)]
pub struct TruthRow {
    /// Measurement time, Unix epoch ms.
    pub time_ms: i64,
    /// ETSI station id of the RSU.
    pub station_id: u32,
    /// Camera that saw the object.
    pub sensor_id: u32,
    /// The (reused) 8-bit object id in the CPM.
    pub object_id: u8,
    /// Identity of the road user, unique over the run.
    pub true_object_id: u32,
    /// Kind of road user.
    pub class: Class,
    /// True latitude, degrees.
    pub lat_deg: f64,
    /// True longitude, degrees.
    pub lon_deg: f64,
    /// Road id in the class's graph (None for pedestrians).
    pub road: Option<u32>,
    /// The whole route as road ids of the class's graph, in travel order (empty for pedestrians).
    pub route: Vec<u32>,
}

/// True positions of each true object over time, from `rows`: local metres (east, north)
/// around the first row's position (equirectangular, exact enough over an intersection),
/// sorted by time with one position per instant (two cameras see the same object at the
/// same moment). Keyed by [`TruthRow::true_object_id`].
pub fn local_tracks<'a>(
    rows: impl IntoIterator<Item = &'a TruthRow>,
) -> std::collections::HashMap<u32, Vec<(i64, [f64; 2])>> {
    let mut tracks: std::collections::HashMap<u32, Vec<(i64, [f64; 2])>> = Default::default();
    let mut origin = None;
    for r in rows {
        let (lat0, lon0) = *origin.get_or_insert((r.lat_deg, r.lon_deg));
        let xy = [
            (r.lon_deg - lon0) * M_PER_DEG_LAT * lat0.to_radians().cos(),
            (r.lat_deg - lat0) * M_PER_DEG_LAT,
        ];
        tracks
            .entry(r.true_object_id)
            .or_default()
            .push((r.time_ms, xy));
    }
    for t in tracks.values_mut() {
        t.sort_by_key(|(t, _)| *t);
        t.dedup_by_key(|(t, _)| *t);
    }
    tracks
}

/// Metres per degree of latitude (and of longitude at the equator).
const M_PER_DEG_LAT: f64 = 111_320.0;

/// Renders rows as `truth.csv` text (header included). Coordinates have 9
/// decimals (0.1 mm), enough that the file is not a source of error.
pub fn to_csv(rows: &[TruthRow]) -> String {
    let mut out = String::with_capacity(rows.len() * 72 + HEADER.len() + 1);
    out.push_str(HEADER);
    out.push('\n');
    for r in rows {
        // Writing into a String cannot fail.
        let _ = writeln!(
            out,
            "{},{},{},{},{},{},{:.9},{:.9},{},{}",
            r.time_ms,
            r.station_id,
            r.sensor_id,
            r.object_id,
            r.true_object_id,
            r.class.name(),
            r.lat_deg,
            r.lon_deg,
            r.road.map(|x| x.to_string()).unwrap_or_default(),
            join_route(&r.route)
        );
    }
    out
}

fn join_route(route: &[u32]) -> String {
    route
        .iter()
        .map(u32::to_string)
        .collect::<Vec<_>>()
        .join(";")
}

/// Parses `truth.csv` text.
pub fn parse_csv(text: &str) -> Result<Vec<TruthRow>> {
    let mut lines = text.lines().enumerate();
    match lines.next() {
        Some((_, header)) if header.trim() == HEADER => {}
        _ => {
            return Err(Error::Truth {
                line: 1,
                reason: format!("expected the header `{HEADER}`"),
            })
        }
    }
    let mut rows = Vec::new();
    for (index, line) in lines {
        if line.trim().is_empty() {
            continue;
        }
        rows.push(parse_row(line).map_err(|reason| Error::Truth {
            line: index + 1,
            reason,
        })?);
    }
    Ok(rows)
}

fn parse_row(line: &str) -> std::result::Result<TruthRow, String> {
    let fields: Vec<&str> = line.split(',').collect();
    let [time_ms, station_id, sensor_id, object_id, true_object_id, class, lat, lon, road, route] =
        fields.as_slice()
    else {
        return Err(format!("expected 10 fields, got {}", fields.len()));
    };
    fn num<T: std::str::FromStr>(name: &str, value: &str) -> std::result::Result<T, String> {
        value
            .parse()
            .map_err(|_| format!("{name} `{value}` is not a valid number"))
    }
    Ok(TruthRow {
        time_ms: num("time_ms", time_ms)?,
        station_id: num("station_id", station_id)?,
        sensor_id: num("sensor_id", sensor_id)?,
        object_id: num("object_id", object_id)?,
        true_object_id: num("true_object_id", true_object_id)?,
        class: Class::parse_name(class).ok_or_else(|| format!("unknown class `{class}`"))?,
        lat_deg: num("lat", lat)?,
        lon_deg: num("lon", lon)?,
        road: if road.is_empty() {
            None
        } else {
            Some(num("road", road)?)
        },
        route: if route.is_empty() {
            Vec::new()
        } else {
            route
                .split(';')
                .map(|id| num("route", id))
                .collect::<std::result::Result<_, _>>()?
        },
    })
}

/// Reads a `truth.csv` file.
pub fn read(path: impl AsRef<std::path::Path>) -> Result<Vec<TruthRow>> {
    let path = path.as_ref();
    let text = std::fs::read_to_string(path).map_err(|source| Error::Io {
        action: "read",
        path: path.to_owned(),
        source,
    })?;
    parse_csv(&text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_round_trip() {
        let rows = vec![
            TruthRow {
                time_ms: 1_632_470_400_125,
                station_id: 30_001,
                sensor_id: 2,
                object_id: 255,
                true_object_id: 17,
                class: Class::Bicycle,
                lat_deg: 47.810_612_345,
                lon_deg: 13.052_798_765,
                road: Some(12),
                route: vec![1, 12, 4],
            },
            TruthRow {
                time_ms: 1_632_470_400_250,
                station_id: 30_001,
                sensor_id: 1,
                object_id: 0,
                true_object_id: 18,
                class: Class::Pedestrian,
                lat_deg: 47.8,
                lon_deg: 13.0,
                road: None,
                route: Vec::new(),
            },
        ];
        assert_eq!(parse_csv(&to_csv(&rows)).unwrap(), rows);
    }

    #[test]
    fn bad_rows_name_their_line() {
        let text = format!("{HEADER}\n1,2,3,4,5,car,47,13,,\n1,2,3,999,5,car,47,13,,\n");
        let err = parse_csv(&text).unwrap_err().to_string();
        assert!(err.contains("line 3"), "{err}");
        assert!(parse_csv("nope\n").is_err());
        let text = format!("{HEADER}\n1,2,3,4,5,car,47,13,0,0;x;4\n");
        let err = parse_csv(&text).unwrap_err().to_string();
        assert!(err.contains("line 2") && err.contains("route"), "{err}");
    }
}
