//! The view server's endpoints against a real broker (`cits broker` / tansu, started by the
//! harness on a free loopback port, unique topics): records produced here must come out of
//! the snapshot at the positions the street graph gives them, the event stream must deliver
//! a snapshot and then a delta with a record produced later, and a second connection
//! (a browser reconnecting) must get the current state again. The replay endpoints must
//! act on the replay control the view was given, and refuse what makes no sense.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use cits_core::denm::{DenmConfig, DenmSender, Outcome};
use cits_core::geo::Wgs84;
use cits_core::lanes::LaneGraph;
use cits_pipeline::Speed;
use cits_proto::{
    CitsMessage, CollisionRisk, ConflictKind, DeadLetter, GeoPoint, MatchedPoint,
    MatchedTrajectory, MessageKind, ObjectClass, PathHypothesis, PredictedPoint, Prediction,
    PredictionMethod, RiskState, RoadKind, RoadUser,
};
use cits_stage::testing::{self, Tansu};
use cits_view::{ReplayControl, Start, View, ViewConfig};
use prost::Message as _;
use serde_json::Value;

/// Newest event time of the test records, Unix ms.
const T: i64 = 1_764_000_000_000;
/// How long the view may take to show a produced record (broker start, topic discovery
/// and fetch on a loaded 2-core machine; normally well under a second).
const SHOW_TIMEOUT: Duration = Duration::from_secs(30);

fn sample_graph_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../testdata/sample/graph")
}

fn sample_graph() -> LaneGraph {
    cits_stage::graph::read_lane_graph(&sample_graph_dir()).expect("sample graph")
}

fn geo(w: Wgs84) -> GeoPoint {
    GeoPoint {
        latitude_deg: w.lat_deg,
        longitude_deg: w.lon_deg,
    }
}

/// A car matched onto car lane `lane`, 1, 2 and 3 m from its start (WGS84 from the graph's
/// frame), the last at time `t`.
fn matched_car(graph: &LaneGraph, lane: u32, key: &str, t: i64) -> MatchedTrajectory {
    let idx = graph.lane_by_id(RoadKind::CarLane, lane).expect("lane");
    let l = graph.lane(idx);
    let points = (1..=3)
        .map(|i| {
            let ([x, y], _) = l.point_at(i as f64);
            let w = graph.frame().to_wgs84(x, y);
            MatchedPoint {
                timestamp_ms: t - (3 - i as i64) * 125,
                original: Some(geo(w)),
                matched: Some(geo(w)),
                road_kind: RoadKind::CarLane as i32,
                segment_id: lane,
                offset_m: 0.0,
                arc_m: i as f64,
                lane_heading_deg: 90.0,
                speed_mps: Some(8.0),
            }
        })
        .collect();
    MatchedTrajectory {
        trajectory_key: key.into(),
        session_start_ms: T - 10_000,
        object_class: ObjectClass::Car as i32,
        owner: "test_30001".into(),
        points,
        point_count: 3,
        trace: None,
    }
}

/// Four points 2 m apart along car lane `lane`, from `from` m past its start.
fn predicted(graph: &LaneGraph, lane: u32, from: usize) -> Vec<PredictedPoint> {
    let l = graph.lane(graph.lane_by_id(RoadKind::CarLane, lane).expect("lane"));
    (0..4)
        .enumerate()
        .map(|(i, j)| {
            let ([x, y], _) = l.point_at((from + 2 * j) as f64);
            PredictedPoint {
                delta_ms: (i as u32 + 1) * 250,
                position: Some(geo(graph.frame().to_wgs84(x, y))),
                heading_deg: 90.0,
                speed_mps: 8.0,
                sigma_m: 0.5,
            }
        })
        .collect()
}

fn prediction(graph: &LaneGraph, key: &str) -> Prediction {
    let l = graph.lane(graph.lane_by_id(RoadKind::CarLane, 0).expect("lane"));
    let ([x, y], _) = l.point_at(3.0);
    let hypothesis = |p: f64, lane: u32| PathHypothesis {
        probability: p,
        method: PredictionMethod::Graph as i32,
        road_kind: RoadKind::CarLane as i32,
        lanes: vec![lane],
        points: predicted(graph, lane, 4),
    };
    Prediction {
        site: "30001".into(),
        trajectory_key: key.into(),
        session_start_ms: T - 10_000,
        object_class: ObjectClass::Car as i32,
        owner: "test_30001".into(),
        timestamp_ms: T,
        position: Some(geo(graph.frame().to_wgs84(x, y))),
        speed_mps: 8.0,
        heading_deg: 90.0,
        sigma_m: 0.5,
        length_m: None,
        width_m: None,
        point_count: 3,
        // Listed least probable first: the view sorts.
        hypotheses: vec![hypothesis(0.25, 1), hypothesis(0.75, 0)],
        trace: None,
    }
}

fn risk(graph: &LaneGraph, state: RiskState, t: i64) -> CollisionRisk {
    let conflict = graph.frame().to_wgs84(5.0, -3.0);
    let user = |key: &str, class: ObjectClass| RoadUser {
        trajectory_key: key.into(),
        session_start_ms: T - 10_000,
        object_class: class as i32,
        path: predicted(graph, 0, 4),
    };
    CollisionRisk {
        site: "30001".into(),
        risk_id: "30001/r1".into(),
        state: state as i32,
        vehicle: Some(user("30001/7", ObjectClass::Car)),
        other: Some(user("30001/9", ObjectClass::Bicycle)),
        timestamp_ms: t,
        detected_ms: T - 500,
        conflict_point: Some(geo(conflict)),
        ttc_s: Some(1.5),
        pet_s: Some(0.4),
        probability: 0.8,
        severity: 0.7,
        kind: ConflictKind::Crossing as i32,
        trace: None,
    }
}

/// The record the DENM sender writes for `risk` (the real lifecycle and UPER encoder).
fn denm_record(sender: &mut DenmSender, risk: &CollisionRisk) -> Vec<u8> {
    let Outcome::Send(denm) = sender.on_risk(risk, risk.timestamp_ms).expect("on_risk") else {
        panic!("the DENM sender sent nothing for {risk:?}");
    };
    CitsMessage {
        kind: MessageKind::Denm as i32,
        payload: cits_core::denm::uper::encode(&denm).expect("encode"),
        station_id: 30001,
        ..Default::default()
    }
    .encode_to_vec()
}

struct Harness {
    _broker: Tansu,
    client: rskafka::client::Client,
    topics: cits_pipeline::Topics,
}

impl Harness {
    async fn start() -> Self {
        let broker = Tansu::start();
        let client = testing::client(&broker.addr()).await;
        let prefix = format!("{}.", testing::unique_topic("view"));
        let topics = cits_pipeline::Topics::with_prefix(&prefix);
        for t in [
            &topics.matched,
            &topics.predictions,
            &topics.risks,
            &topics.denm,
            &topics.dlq,
        ] {
            testing::create_topic(&client, t, 1).await;
        }
        Self {
            _broker: broker,
            client,
            topics,
        }
    }

    async fn produce(&self, topic: &str, value: Vec<u8>) {
        testing::produce(
            &self.client,
            topic,
            0,
            vec![testing::record(None, value, None)],
        )
        .await;
    }

    fn config(&self) -> ViewConfig {
        let mut config = ViewConfig::new(vec![self._broker.addr()]);
        config.graph_dir = Some(sample_graph_dir());
        config.topics = self.topics.clone();
        config.start = Start::Earliest;
        config
    }

    async fn view(&self) -> View {
        View::start(self.config()).await.expect("view starts")
    }
}

async fn get_json(url: &str) -> Value {
    let body = reqwest::get(url)
        .await
        .unwrap_or_else(|e| panic!("GET {url}: {e}"))
        .text()
        .await
        .expect("body");
    serde_json::from_str(&body).unwrap_or_else(|e| panic!("GET {url}: not JSON ({e}): {body}"))
}

/// Polls the snapshot until `ready` holds for it.
async fn snapshot_when(view: &View, ready: impl Fn(&Value) -> bool) -> Value {
    let deadline = Instant::now() + SHOW_TIMEOUT;
    loop {
        let snap = get_json(&format!("{}api/snapshot", view.url())).await;
        if ready(&snap) {
            return snap;
        }
        assert!(
            Instant::now() < deadline,
            "the view did not show the records within {SHOW_TIMEOUT:?}; last snapshot: {snap}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

fn user<'a>(snap: &'a Value, key: &str) -> Option<&'a Value> {
    snap["users"].as_array()?.iter().find(|u| u["key"] == key)
}

fn topic_total(frame: &Value, name: &str) -> u64 {
    frame["stats"]["topics"]
        .as_array()
        .and_then(|t| t.iter().find(|t| t["name"] == name))
        .and_then(|t| t["total"].as_u64())
        .unwrap_or(0)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn snapshot_shows_produced_records_where_the_graph_puts_them() {
    let h = Harness::start().await;
    let graph = sample_graph();
    let key = "30001/7";
    h.produce(
        &h.topics.matched,
        matched_car(&graph, 0, key, T - 250).encode_to_vec(),
    )
    .await;
    h.produce(
        &h.topics.predictions,
        prediction(&graph, key).encode_to_vec(),
    )
    .await;
    let mut sender = DenmSender::new(DenmConfig::default());
    let active = risk(&graph, RiskState::Active, T);
    h.produce(&h.topics.risks, active.encode_to_vec()).await;
    h.produce(&h.topics.denm, denm_record(&mut sender, &active))
        .await;
    h.produce(
        &h.topics.dlq,
        DeadLetter {
            original: b"garbage".to_vec(),
            topic: "cits.raw".into(),
            partition: 0,
            offset: 41,
            reason: "not a CPM".into(),
            stage: "decoder".into(),
            instance: "decoder-0".into(),
            timestamp_ms: T,
            key: None,
        }
        .encode_to_vec(),
    )
    .await;
    // Not a record of its topic's type: counted, nothing drawn.
    h.produce(&h.topics.matched, vec![0xff, 0xff, 0xff]).await;

    let view = h.view().await;
    let full_key = format!("{key}@{}", T - 10_000);
    let snap = snapshot_when(&view, |s| {
        user(s, &full_key).is_some_and(|u| !u["paths"].as_array().is_none_or(Vec::is_empty))
            && s["risks"].as_array().is_some_and(|r| !r.is_empty())
            && s["denms"].as_array().is_some_and(|d| !d.is_empty())
            && topic_total(s, "dlq") == 1
            && s["stats"]["undecodable"] == 1
    })
    .await;
    assert_eq!(snap["kind"], "snapshot");

    // The graph endpoint: the sample's lanes in the graph's frame, crosswalks from map.osm.
    let g = get_json(&format!("{}api/graph", view.url())).await;
    let lanes = g["lanes"].as_array().expect("lanes");
    let count = |kind: &str| lanes.iter().filter(|l| l["kind"] == kind).count();
    assert_eq!(count("car"), graph.lane_count(RoadKind::CarLane));
    assert_eq!(count("bike"), graph.lane_count(RoadKind::BikeLane));
    assert!(
        count("crosswalk") >= 4,
        "one zebra per arm: {}",
        count("crosswalk")
    );
    let lane0 = lanes
        .iter()
        .find(|l| l["kind"] == "car" && l["id"] == 0)
        .expect("car lane 0");
    let seg: Vec<[f64; 2]> = lane0["points"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| [p[0].as_f64().unwrap(), p[1].as_f64().unwrap()])
        .collect();

    // The car is drawn on lane 0 as the graph endpoint draws it (same frame), 3 m from its
    // start, and that is where the WGS84 position of the record is (checked back in WGS84).
    let u = user(&snap, &full_key).expect("user");
    assert_eq!(u["class"], "car");
    assert_eq!(u["road"], "car");
    assert_eq!(u["lane"], 0);
    let (x, y) = (u["x"].as_f64().unwrap(), u["y"].as_f64().unwrap());
    let (a, b) = (seg[0], seg[1]);
    let (dx, dy) = (b[0] - a[0], b[1] - a[1]);
    let along = ((x - a[0]) * dx + (y - a[1]) * dy) / dx.hypot(dy);
    let across = ((x - a[0]) * dy - (y - a[1]) * dx).abs() / dx.hypot(dy);
    assert!(
        across <= 0.02 && (along - 3.0).abs() <= 0.02,
        "user at ({x}, {y}): {across:.3} m off lane 0 as drawn, {along:.3} m along it"
    );
    let produced = prediction(&graph, key).position.unwrap();
    let back = graph.frame().to_wgs84(x, y);
    let dist = cits_core::geo::wgs84_to_local(
        Wgs84 {
            lat_deg: produced.latitude_deg,
            lon_deg: produced.longitude_deg,
        },
        back,
    );
    assert!(dist.0.hypot(dist.1) < 0.01, "off by {dist:?} m");
    assert_eq!(
        u["trail"].as_array().unwrap().len(),
        3,
        "three matched points: {u}"
    );
    // Predicted paths, most probable first, with their probabilities and points.
    let paths = u["paths"].as_array().unwrap();
    assert_eq!(paths.len(), 2);
    assert_eq!(paths[0]["p"], 0.75);
    assert_eq!(paths[1]["p"], 0.25);
    assert_eq!(paths[0]["method"], "graph");
    assert_eq!(paths[0]["points"].as_array().unwrap().len(), 4);

    // The risk: pair, TTC, PET, lead = (T + 1.5 s TTC) − (T − 0.5 s first raised) = 2.0 s.
    let r = &snap["risks"][0];
    assert_eq!(r["id"], "30001/r1");
    assert_eq!(r["state"], "active");
    assert_eq!(r["vehicle"], format!("30001/7@{}", T - 10_000));
    assert_eq!(r["other_class"], "bicycle");
    assert_eq!(r["ttc"], 1.5);
    assert_eq!(r["pet"], 0.4);
    assert_eq!(r["lead"], 2.0);
    assert!((r["x"].as_f64().unwrap() - 5.0).abs() < 0.011);
    assert!((r["y"].as_f64().unwrap() + 3.0).abs() < 0.011);
    assert_eq!(snap["stats"]["active_risks"], 1);

    // The DENM, classified from its UPER bytes: a new lifecycle, at the conflict point.
    let d = &snap["denms"][0];
    assert_eq!(d["step"], "new");
    assert!(d["action"].as_str().unwrap().starts_with("30001/"), "{d}");
    assert!((d["x"].as_f64().unwrap() - 5.0).abs() < 0.2, "{d}");
    assert_eq!(snap["stats"]["denm_steps"], serde_json::json!([1, 0, 0]));

    // Dead letters: counted per stage, listed with their source.
    assert_eq!(snap["stats"]["dlq_by_stage"]["decoder"], 1);
    assert_eq!(snap["stats"]["dead_letters"][0]["source"], "cits.raw/0@41");
    assert_eq!(topic_total(&snap, "matched"), 2);

    view.shutdown().await.expect("shutdown");
}

/// Reads SSE events from a streaming response until `n` events arrived or the deadline.
async fn read_events(
    resp: &mut reqwest::Response,
    n: usize,
    buf: &mut String,
) -> Vec<(String, Value)> {
    let deadline = Instant::now() + SHOW_TIMEOUT;
    let mut events = Vec::new();
    while events.len() < n {
        while let Some(end) = buf.find("\n\n") {
            let block: String = buf.drain(..end + 2).collect();
            let mut name = String::new();
            let mut data = String::new();
            for line in block.lines() {
                if let Some(v) = line.strip_prefix("event:") {
                    name = v.trim().to_owned();
                } else if let Some(v) = line.strip_prefix("data:") {
                    data.push_str(v.strip_prefix(' ').unwrap_or(v));
                }
            }
            if !name.is_empty() {
                events.push((
                    name,
                    serde_json::from_str(&data).expect("event data is JSON"),
                ));
            }
        }
        if events.len() >= n {
            break;
        }
        let left = deadline.saturating_duration_since(Instant::now());
        assert!(
            !left.is_zero(),
            "only {} of {n} events within {SHOW_TIMEOUT:?}",
            events.len()
        );
        match tokio::time::timeout(left, resp.chunk()).await {
            Ok(Ok(Some(chunk))) => buf.push_str(&String::from_utf8_lossy(&chunk)),
            Ok(Ok(None)) => panic!("the event stream ended after {} events", events.len()),
            Ok(Err(e)) => panic!("event stream: {e}"),
            Err(_) => panic!(
                "only {} of {n} events within {SHOW_TIMEOUT:?}",
                events.len()
            ),
        }
    }
    events
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn stream_sends_a_snapshot_then_deltas_and_a_reconnect_gets_the_state() {
    let h = Harness::start().await;
    let graph = sample_graph();
    let view = h.view().await;
    let url = format!("{}api/events", view.url());

    let mut first = reqwest::get(&url).await.expect("connect");
    assert_eq!(
        first.headers()["content-type"],
        "text/event-stream",
        "an SSE stream"
    );
    let mut buf = String::new();
    let events = read_events(&mut first, 1, &mut buf).await;
    assert_eq!(events[0].0, "snapshot");
    assert_eq!(
        events[0].1["users"].as_array().unwrap().len(),
        0,
        "empty topics"
    );
    let seq0 = events[0].1["seq"].as_u64().unwrap();

    // A record produced now arrives as a delta carrying the whole road user.
    h.produce(
        &h.topics.matched,
        matched_car(&graph, 2, "30001/3", T).encode_to_vec(),
    )
    .await;
    let key = format!("30001/3@{}", T - 10_000);
    let deadline = Instant::now() + SHOW_TIMEOUT;
    let mut last_seq = seq0;
    let delta = loop {
        let (name, frame) = read_events(&mut first, 1, &mut buf).await.remove(0);
        assert_eq!(name, "delta");
        let seq = frame["seq"].as_u64().unwrap();
        assert_eq!(seq, last_seq + 1, "deltas follow each other without gaps");
        last_seq = seq;
        if user(&frame, &key).is_some() {
            break frame;
        }
        assert!(
            Instant::now() < deadline,
            "no delta with the produced road user"
        );
    };
    let u = user(&delta, &key).unwrap();
    assert_eq!(u["lane"], 2);
    assert_eq!(topic_total(&delta, "matched"), 1);

    // A second connection (a browser reconnecting) starts from a snapshot with the user.
    let mut second = reqwest::get(&url).await.expect("reconnect");
    let mut buf2 = String::new();
    let events = read_events(&mut second, 1, &mut buf2).await;
    assert_eq!(events[0].0, "snapshot");
    assert!(
        user(&events[0].1, &key).is_some(),
        "reconnect snapshot: {}",
        events[0].1
    );
    assert!(events[0].1["seq"].as_u64().unwrap() >= last_seq);
    let status = get_json(&format!("{}api/status", view.url())).await;
    assert_eq!(status["clients_connected"], 2, "{status}");

    // An update of the same user reaches both connections.
    h.produce(
        &h.topics.matched,
        matched_car(&graph, 2, "30001/3", T + 500).encode_to_vec(),
    )
    .await;
    for (resp, buf) in [(&mut first, &mut buf), (&mut second, &mut buf2)] {
        let deadline = Instant::now() + SHOW_TIMEOUT;
        loop {
            let (_, frame) = read_events(resp, 1, buf).await.remove(0);
            if user(&frame, &key).is_some_and(|u| u["t"] == T + 500) {
                break;
            }
            assert!(Instant::now() < deadline, "no delta with the update");
        }
    }
    drop(first);
    drop(second);
    view.shutdown().await.expect("shutdown");
}

fn stage_total(frame: &Value, stage: &str) -> Option<u64> {
    frame["stats"]["stages"]
        .as_array()?
        .iter()
        .find(|s| s["stage"] == stage)?["total"]
        .as_u64()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn per_stage_counts_are_the_log_ends_of_the_stages_output_topics() {
    let h = Harness::start().await;
    // The decoder's output on two partitions, the collector's on one; the other stages'
    // topics do not exist and are not listed.
    testing::create_topic(&h.client, &h.topics.cpm, 2).await;
    testing::create_topic(&h.client, &h.topics.locations, 1).await;
    for partition in 0..2 {
        let batch = (0..3 + partition)
            .map(|i| testing::record(None, vec![i as u8], None))
            .collect();
        testing::produce(&h.client, &h.topics.cpm, partition, batch).await;
    }
    h.produce(&h.topics.locations, vec![1]).await;
    let view = h.view().await;
    let snap = snapshot_when(&view, |s| {
        stage_total(s, "decoder") == Some(7) && stage_total(s, "collector") == Some(1)
    })
    .await;
    let stages = snap["stats"]["stages"].as_array().expect("stages");
    let decoder = stages.iter().find(|s| s["stage"] == "decoder").unwrap();
    assert_eq!(decoder["topic"], h.topics.cpm.as_str());
    // matched exists (the harness made it) but is empty: listed with 0.
    assert_eq!(stage_total(&snap, "mapmatcher"), Some(0));
    assert_eq!(stage_total(&snap, "assembler"), None, "{snap}");
    // More records arrive: the count follows at the next probe.
    h.produce(&h.topics.locations, vec![2]).await;
    snapshot_when(&view, |s| stage_total(s, "collector") == Some(2)).await;
}

/// POSTs to `url`; the status code and the JSON body.
/// The `error` text of a refused request's JSON answer (empty without one).
fn error_text(body: &Value) -> &str {
    body["error"].as_str().unwrap_or_default()
}

async fn post_json(url: &str) -> (u16, Value) {
    let resp = reqwest::Client::new()
        .post(url)
        .send()
        .await
        .unwrap_or_else(|e| panic!("POST {url}: {e}"));
    let code = resp.status().as_u16();
    let body = resp.text().await.expect("body");
    let json = serde_json::from_str(&body)
        .unwrap_or_else(|e| panic!("POST {url}: not JSON ({e}): {body}"));
    (code, json)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn replay_endpoints_pause_resume_and_pace_the_replay_they_were_given() {
    let h = Harness::start().await;
    let control = ReplayControl::new(Speed::Factor(4.0), 120);
    let mut config = h.config();
    config.replay = Some(control.clone());
    let view = View::start(config).await.expect("view starts");
    let api = format!("{}api/replay", view.url());

    assert_eq!(
        get_json(&api).await,
        serde_json::json!({"replay": true, "paused": false, "speed": 4.0, "replayed": 0,
            "total": 120, "position_ms": 0, "duration_ms": 0, "done": false})
    );

    // Pause: the answer is the new status, the control (the replay's) is paused.
    let (code, body) = post_json(&format!("{api}/pause")).await;
    assert_eq!((code, &body["paused"]), (200, &Value::Bool(true)), "{body}");
    assert!(control.is_paused());
    assert_eq!(get_json(&api).await["paused"], true);
    // Pausing is a POST: a GET (a prefetching browser, a crawler) changes nothing.
    control.resume();
    let code = reqwest::get(format!("{api}/pause"))
        .await
        .expect("GET")
        .status();
    assert_eq!(code.as_u16(), 405);
    assert!(!control.is_paused());
    post_json(&format!("{api}/pause")).await;

    // Speed 2, still paused.
    let (code, body) = post_json(&format!("{api}/speed?x=2")).await;
    assert_eq!(code, 200, "{body}");
    assert_eq!(body["speed"], 2.0);
    assert_eq!(body["paused"], true);
    assert_eq!(control.status().speed, Speed::Factor(2.0));

    // Refused with the reason; nothing changes.
    for (query, reason) in [
        ("x=fast", "must be a number, not \"fast\""),
        ("x=100", "from 0.1 to 64, not 100"),
        ("x=0", "from 0.1 to 64, not 0"),
        ("x=-2", "from 0.1 to 64"),
        ("x=NaN", "from 0.1 to 64, not NaN"),
        ("x=inf", "from 0.1 to 64, not inf"),
        ("", "speed is missing"),
    ] {
        let (code, body) = post_json(&format!("{api}/speed?{query}")).await;
        assert_eq!(code, 400, "{query}: {body}");
        let error = error_text(&body);
        assert!(
            error.contains(reason),
            "{query}: {error:?} lacks {reason:?}"
        );
        assert!(!error.contains("invalid configuration"), "{error}");
    }
    assert_eq!(get_json(&api).await["speed"], 2.0);

    // Resume; a pause from the replay's side (the CLI) shows too.
    let (code, body) = post_json(&format!("{api}/resume")).await;
    assert_eq!(
        (code, &body["paused"]),
        (200, &Value::Bool(false)),
        "{body}"
    );
    assert!(!control.is_paused());
    control.pause();
    assert_eq!(get_json(&api).await["paused"], true);
    view.shutdown().await.expect("shutdown");

    // A replay at max speed: pausable, no pace to change.
    let max = ReplayControl::new(Speed::Max, 5);
    let mut config = h.config();
    config.replay = Some(max.clone());
    let view = View::start(config).await.expect("view starts");
    let api = format!("{}api/replay", view.url());
    assert_eq!(get_json(&api).await["speed"], "max");
    let (code, body) = post_json(&format!("{api}/speed?x=2")).await;
    assert_eq!(code, 400, "{body}");
    assert!(error_text(&body).contains("speed max"), "{body}");
    assert_eq!(post_json(&format!("{api}/pause")).await.0, 200);
    assert!(max.is_paused());
    view.shutdown().await.expect("shutdown");

    // No replay: the status says so, commands are 404.
    let view = h.view().await;
    let api = format!("{}api/replay", view.url());
    assert_eq!(get_json(&api).await, serde_json::json!({"replay": false}));
    for command in ["pause", "resume", "speed?x=2"] {
        let (code, body) = post_json(&format!("{api}/{command}")).await;
        assert_eq!(code, 404, "{command}: {body}");
        assert!(error_text(&body).contains("no replay"), "{body}");
    }
    view.shutdown().await.expect("shutdown");
}
