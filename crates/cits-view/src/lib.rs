//! `cits view`: a live map of the pipeline in the browser — the street graph, every road
//! user with its recent trajectory and predicted paths, collision risks and DENMs as they
//! happen, per-topic rates, end-to-end latency and dead letters.
//!
//! [`View::start`] binds the HTTP server (loopback by default), reads the street graph the
//! stages read ([`graph`]), consumes `cits.matched`, `cits.predictions`, `cits.risks`,
//! `cits.denm` and `cits.dlq` ([`consumer`]) into a [`state::ViewState`], probes the log
//! end of every stage's output topic for the per-stage rates, and, every
//! [`ViewConfig::frame_interval`], broadcasts what changed. The page (one HTML file with
//! its script, embedded in the binary, no CDN, no map tiles) draws in SVG.
//!
//! Endpoints:
//! - `GET /`: the page.
//! - `GET /api/graph`: the lanes in the local metric frame ([`graph::GraphView`]).
//! - `GET /api/snapshot`: the current state ([`state::Frame`] of kind `snapshot`).
//! - `GET /api/events`: Server-Sent Events: one `snapshot` event, then `delta` events
//!   (at most one per frame interval). A client that falls [`ViewConfig::client_buffer`]
//!   frames behind is dropped (its stream ends; the browser reconnects and gets a new
//!   snapshot): the consumers and the other clients never wait for it.
//! - `GET /api/status`: clients connected and dropped, frames sent.
//! - `GET /api/replay`: the replay driving the pipeline, when the view was given its
//!   [`ReplayControl`] ([`ViewConfig::replay`], `cits up --replay DIR --view`):
//!   [`cits_pipeline::ReplayStatus::to_json`] (paused, speed, replayed / total messages,
//!   recording position). Without one: `{"replay": false}` (200, so the page simply hides
//!   its replay controls).
//! - `POST /api/replay/pause`, `POST /api/replay/resume`, `POST /api/replay/speed?x=F`:
//!   act on that replay and answer its status as `GET /api/replay` does; a speed that is
//!   not a number from [`cits_pipeline::replay::MIN_SPEED`] to
//!   [`cits_pipeline::replay::MAX_SPEED`] (or any speed for a `--speed max` replay) is
//!   400 with `{"error": …}` saying why; without a replay, 404 with `{"error": …}`.
//!
//! The browser never fetches records: it gets the state at frame times, so the view keeps
//! up with a 4× replay however many records flow.

pub mod consumer;
mod error;
pub mod graph;
pub mod state;

use std::convert::Infallible;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::extract::{RawQuery, State};
use axum::http::{header, StatusCode};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use futures::StreamExt as _;
use tokio::sync::broadcast;
use tokio::task::JoinHandle;

pub use cits_pipeline::ReplayControl;
pub use consumer::Start;
pub use error::{Error, Result};
use state::{Kind, ViewState};

/// The page: HTML, CSS and script in one file, embedded so the binary needs nothing else.
pub const PAGE: &str = include_str!("page.html");

/// Default listen address: loopback, a free port (printed at start).
pub const DEFAULT_ADDR: &str = "127.0.0.1:0";

/// Default time between frames: 10 frames/s is smooth to the eye and bounds what a browser
/// receives whatever the record rate.
pub const DEFAULT_FRAME_INTERVAL: Duration = Duration::from_millis(100);

/// Default frames a client may lag behind before it is dropped: 5 s at 10 frames/s, far
/// more than a healthy browser needs, little memory (frames are shared).
pub const DEFAULT_CLIENT_BUFFER: usize = 50;

/// How long the server waits for open connections at shutdown.
const SHUTDOWN_GRACE: Duration = Duration::from_secs(2);

/// What the view serves and where its data comes from.
#[derive(Debug, Clone)]
pub struct ViewConfig {
    /// Kafka bootstrap brokers.
    pub brokers: Vec<String>,
    /// Where to listen.
    pub addr: SocketAddr,
    /// Street graph directory (`car.wkb` + `bike.wkb`, or `map.osm`); none: no lanes drawn.
    pub graph_dir: Option<PathBuf>,
    /// Topic names (the pipeline's).
    pub topics: cits_pipeline::Topics,
    /// Where the consumers start in each partition.
    pub start: Start,
    /// Time between frames.
    pub frame_interval: Duration,
    /// Frames a client may lag behind before it is dropped.
    pub client_buffer: usize,
    /// The replay driving the pipeline, if the view may pause it and change its speed
    /// (`/api/replay…`, the page's replay bar); none: the page shows no replay controls.
    pub replay: Option<ReplayControl>,
}

impl ViewConfig {
    /// Defaults for `brokers`: loopback on a free port, the standard topics, from the start
    /// of the topics.
    pub fn new(brokers: Vec<String>) -> Self {
        Self {
            brokers,
            addr: DEFAULT_ADDR
                .parse()
                .unwrap_or(SocketAddr::from(([127, 0, 0, 1], 0))),
            graph_dir: None,
            topics: cits_pipeline::Topics::default(),
            start: Start::Earliest,
            frame_interval: DEFAULT_FRAME_INTERVAL,
            client_buffer: DEFAULT_CLIENT_BUFFER,
            replay: None,
        }
    }
}

/// Each stage of the pipeline with the topic it writes, in pipeline order (the
/// pipeline's own stage table).
pub fn stage_outputs(topics: &cits_pipeline::Topics) -> Vec<(&'static str, String)> {
    cits_pipeline::STAGES
        .iter()
        .map(|spec| (spec.name, topics.get(spec.output).to_owned()))
        .collect()
}

/// Counters of the server itself (`/api/status`).
#[derive(Debug, Default)]
struct ClientStats {
    connected: AtomicU64,
    dropped: AtomicU64,
    frames: AtomicU64,
}

/// Shared by the handlers.
#[derive(Clone)]
struct AppState {
    state: Arc<Mutex<ViewState>>,
    frames: broadcast::Sender<Arc<str>>,
    graph_json: Arc<str>,
    clients: Arc<ClientStats>,
    clock: Instant,
    replay: Option<ReplayControl>,
}

/// A running view server. Dropping it aborts its tasks.
pub struct View {
    addr: SocketAddr,
    consumers: Vec<JoinHandle<()>>,
    ticker: Option<JoinHandle<()>>,
    server: Option<JoinHandle<std::io::Result<()>>>,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
}

impl View {
    /// Reads the graph, connects to the brokers, binds `config.addr` and starts serving.
    pub async fn start(config: ViewConfig) -> Result<View> {
        let (frame, graph_view) = match &config.graph_dir {
            Some(dir) => {
                let dir = dir.clone();
                let (graph, view) = tokio::task::spawn_blocking(move || graph::load(&dir))
                    .await
                    .map_err(|e| Error::Serve(std::io::Error::other(e)))??;
                (Some(*graph.frame()), view)
            }
            None => (None, graph::GraphView::empty()),
        };
        let graph_json: Arc<str> = serde_json::to_string(&graph_view)
            .map_err(|e| Error::Serve(std::io::Error::other(e)))?
            .into();
        let listener = tokio::net::TcpListener::bind(config.addr)
            .await
            .map_err(|source| Error::Bind {
                addr: config.addr,
                source,
            })?;
        let addr = listener.local_addr().map_err(|source| Error::Bind {
            addr: config.addr,
            source,
        })?;
        let client = consumer::connect(&config.brokers).await?;
        let clock = Instant::now();
        let state = Arc::new(Mutex::new(ViewState::new(frame)));
        let topics = &config.topics;
        let consumers = Kind::ALL
            .iter()
            .map(|&kind| {
                let topic = match kind {
                    Kind::Matched => &topics.matched,
                    Kind::Predictions => &topics.predictions,
                    Kind::Risks => &topics.risks,
                    Kind::Denm => &topics.denm,
                    Kind::Dlq => &topics.dlq,
                };
                consumer::spawn(
                    Arc::clone(&client),
                    kind,
                    topic.clone(),
                    config.start,
                    Arc::clone(&state),
                    clock,
                )
            })
            .collect::<Vec<_>>();
        let mut consumers = consumers;
        consumers.push(consumer::spawn_stage_probe(
            Arc::clone(&client),
            stage_outputs(topics),
            Arc::clone(&state),
        ));
        let (frames, _) = broadcast::channel(config.client_buffer.max(1));
        let clients = Arc::new(ClientStats::default());
        let ticker = tokio::spawn(tick(
            Arc::clone(&state),
            frames.clone(),
            config.frame_interval,
            clock,
            Arc::clone(&clients),
        ));
        let app = AppState {
            state,
            frames,
            graph_json,
            clients,
            clock,
            replay: config.replay.clone(),
        };
        let router = Router::new()
            .route("/", get(page))
            .route("/api/graph", get(graph_endpoint))
            .route("/api/snapshot", get(snapshot))
            .route("/api/events", get(events))
            .route("/api/status", get(status))
            .route("/api/replay", get(replay_status))
            .route("/api/replay/pause", post(replay_pause))
            .route("/api/replay/resume", post(replay_resume))
            .route("/api/replay/speed", post(replay_speed))
            .with_state(app);
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let server = tokio::spawn(async move {
            axum::serve(listener, router)
                .with_graceful_shutdown(async move {
                    let _ = stopped.await;
                })
                .await
        });
        Ok(View {
            addr,
            consumers,
            ticker: Some(ticker),
            server: Some(server),
            stop: Some(stop),
        })
    }

    /// The address the server listens on.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// The page's URL.
    pub fn url(&self) -> String {
        format!("http://{}/", self.addr)
    }

    /// Stops consuming (before the brokers go away); the page keeps showing the last state.
    pub fn stop_consumers(&mut self) {
        for task in self.consumers.drain(..) {
            task.abort();
        }
    }

    /// Stops everything: consumers, frames (ending every event stream), the server.
    pub async fn shutdown(mut self) -> Result<()> {
        self.stop_consumers();
        if let Some(ticker) = self.ticker.take() {
            ticker.abort();
            let _ = ticker.await;
        }
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(mut server) = self.server.take() {
            match tokio::time::timeout(SHUTDOWN_GRACE, &mut server).await {
                Ok(Ok(result)) => result.map_err(Error::Serve)?,
                Ok(Err(_)) => {}
                Err(_) => server.abort(),
            }
        }
        Ok(())
    }
}

impl Drop for View {
    fn drop(&mut self) {
        for task in &self.consumers {
            task.abort();
        }
        if let Some(t) = &self.ticker {
            t.abort();
        }
        if let Some(t) = &self.server {
            t.abort();
        }
    }
}

/// Takes a delta every `interval` and broadcasts it. The send happens under the state's
/// lock, so a client that takes its snapshot (also under the lock) and subscribes gets
/// every later delta and none it already has.
async fn tick(
    state: Arc<Mutex<ViewState>>,
    frames: broadcast::Sender<Arc<str>>,
    interval: Duration,
    clock: Instant,
    clients: Arc<ClientStats>,
) {
    let mut timer = tokio::time::interval(interval);
    timer.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Skip);
    loop {
        timer.tick().await;
        let now_ms = clock.elapsed().as_millis() as u64;
        let Ok(mut s) = state.lock() else { return };
        if let Some(frame) = s.delta(now_ms) {
            if let Ok(json) = serde_json::to_string(&frame) {
                // No receivers is fine: nobody is watching.
                let _ = frames.send(json.into());
                clients.frames.fetch_add(1, Ordering::Relaxed);
            }
        }
    }
}

async fn page() -> Html<&'static str> {
    Html(PAGE)
}

fn json_response(body: String) -> Response {
    ([(header::CONTENT_TYPE, "application/json")], body).into_response()
}

async fn graph_endpoint(State(app): State<AppState>) -> Response {
    json_response(app.graph_json.to_string())
}

/// The snapshot as JSON and a receiver subscribed in the same critical section.
fn snapshot_and_subscribe(app: &AppState) -> (String, broadcast::Receiver<Arc<str>>) {
    let now_ms = app.clock.elapsed().as_millis() as u64;
    let mut s = app.state.lock().unwrap_or_else(|p| p.into_inner());
    let json = serde_json::to_string(&s.snapshot(now_ms)).unwrap_or_else(|_| "{}".into());
    (json, app.frames.subscribe())
}

async fn snapshot(State(app): State<AppState>) -> Response {
    json_response(snapshot_and_subscribe(&app).0)
}

async fn status(State(app): State<AppState>) -> Response {
    let c = &app.clients;
    json_response(
        serde_json::json!({
            "clients_connected": c.connected.load(Ordering::Relaxed),
            "clients_dropped": c.dropped.load(Ordering::Relaxed),
            "frames": c.frames.load(Ordering::Relaxed),
        })
        .to_string(),
    )
}

/// `{"error": message}` with `code`.
fn json_error(code: StatusCode, message: &str) -> Response {
    let body = serde_json::json!({ "error": message }).to_string();
    (code, [(header::CONTENT_TYPE, "application/json")], body).into_response()
}

/// The answer of the replay endpoints: the replay's status after `act` did its part, 404
/// without a replay, 400 with the reason when `act` refused.
fn replay_answer(
    app: &AppState,
    act: impl FnOnce(&ReplayControl) -> Result<(), String>,
) -> Response {
    let Some(control) = &app.replay else {
        return json_error(
            StatusCode::NOT_FOUND,
            "no replay: this view was not started by `cits up --replay DIR --view`",
        );
    };
    match act(control) {
        Ok(()) => json_response(control.status().to_json().to_string()),
        Err(message) => json_error(StatusCode::BAD_REQUEST, &message),
    }
}

async fn replay_status(State(app): State<AppState>) -> Response {
    match &app.replay {
        Some(control) => json_response(control.status().to_json().to_string()),
        None => json_response(serde_json::json!({ "replay": false }).to_string()),
    }
}

async fn replay_pause(State(app): State<AppState>) -> Response {
    replay_answer(&app, |c| {
        c.pause();
        Ok(())
    })
}

async fn replay_resume(State(app): State<AppState>) -> Response {
    replay_answer(&app, |c| {
        c.resume();
        Ok(())
    })
}

async fn replay_speed(State(app): State<AppState>, RawQuery(query): RawQuery) -> Response {
    replay_answer(&app, |c| {
        let factor = speed_param(query.as_deref())?;
        c.set_speed(factor).map_err(|e| match e {
            // The reason without the library's "invalid configuration" prefix.
            cits_pipeline::Error::Config(reason) => reason,
            other => other.to_string(),
        })
    })
}

/// The factor of `x=F` in a query string (the last `x` wins, as in most servers).
fn speed_param(query: Option<&str>) -> Result<f64, String> {
    let value = query
        .unwrap_or_default()
        .split('&')
        .filter_map(|pair| pair.strip_prefix("x="))
        .next_back()
        .ok_or_else(|| "the speed is missing: POST /api/replay/speed?x=2".to_owned())?;
    value
        .parse::<f64>()
        .map_err(|_| format!("the speed x must be a number, not {value:?}"))
}

/// Decrements the connected count when a stream ends (client gone or dropped).
struct Connected(Arc<ClientStats>);

impl Drop for Connected {
    fn drop(&mut self) {
        self.0.connected.fetch_sub(1, Ordering::Relaxed);
    }
}

/// What a client's event stream carries: the snapshot it connected to, then deltas.
#[derive(Debug, Clone, PartialEq)]
enum ClientFrame {
    Snapshot(String),
    Delta(Arc<str>),
}

/// One client's frames: its snapshot, then every delta broadcast after it, until the
/// client falls `client_buffer` frames behind (counted as dropped) or the frames end.
/// The broadcast never waits for a client, so a slow one cannot hold up the ticker,
/// the consumers or the other clients.
fn client_frames(app: &AppState) -> impl futures::Stream<Item = ClientFrame> {
    let (snapshot, rx) = snapshot_and_subscribe(app);
    app.clients.connected.fetch_add(1, Ordering::Relaxed);
    let guard = Connected(Arc::clone(&app.clients));
    let first = futures::stream::once(async move { ClientFrame::Snapshot(snapshot) });
    let rest = futures::stream::unfold((rx, guard), |(mut rx, guard)| async move {
        match rx.recv().await {
            Ok(frame) => Some((ClientFrame::Delta(frame), (rx, guard))),
            Err(broadcast::error::RecvError::Lagged(_)) => {
                // Too slow: end its stream rather than hold frames for it.
                guard.0.dropped.fetch_add(1, Ordering::Relaxed);
                None
            }
            Err(broadcast::error::RecvError::Closed) => None,
        }
    });
    first.chain(rest)
}

async fn events(
    State(app): State<AppState>,
) -> Sse<impl futures::Stream<Item = Result<Event, Infallible>>> {
    let stream = client_frames(&app).map(|frame| {
        Ok(match frame {
            ClientFrame::Snapshot(json) => Event::default().event("snapshot").data(json),
            ClientFrame::Delta(json) => Event::default().event("delta").data(&*json),
        })
    });
    Sse::new(stream).keep_alive(KeepAlive::default())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn app(client_buffer: usize) -> AppState {
        let (frames, _) = broadcast::channel(client_buffer);
        AppState {
            state: Arc::new(Mutex::new(ViewState::new(None))),
            frames,
            graph_json: "{}".into(),
            clients: Arc::new(ClientStats::default()),
            clock: Instant::now(),
            replay: None,
        }
    }

    #[test]
    fn the_speed_parameter_is_read_from_the_query_string() {
        assert_eq!(speed_param(Some("x=2")), Ok(2.0));
        assert_eq!(speed_param(Some("a=1&x=0.5")), Ok(0.5));
        assert_eq!(speed_param(Some("x=1&x=8")), Ok(8.0));
        let missing = speed_param(None).unwrap_err();
        assert!(missing.contains("missing"), "{missing}");
        assert!(speed_param(Some("y=2")).unwrap_err().contains("missing"));
        let bad = speed_param(Some("x=fast")).unwrap_err();
        assert_eq!(bad, "the speed x must be a number, not \"fast\"");
        // Parsed as numbers; the control rejects them (tested in cits-pipeline).
        assert!(speed_param(Some("x=NaN")).unwrap().is_nan());
    }

    #[tokio::test]
    async fn a_client_that_falls_behind_is_dropped_and_the_others_keep_receiving() {
        let app = app(4);
        let mut fast = Box::pin(client_frames(&app));
        let mut slow = Box::pin(client_frames(&app));
        assert!(matches!(fast.next().await, Some(ClientFrame::Snapshot(_))));
        assert!(matches!(slow.next().await, Some(ClientFrame::Snapshot(_))));
        assert_eq!(app.clients.connected.load(Ordering::Relaxed), 2);
        // Ten frames: the fast client reads each as it comes, the slow one none.
        for i in 0..10 {
            let frame: Arc<str> = format!("{{\"frame\":{i}}}").into();
            // The sender never blocks, whoever lags.
            assert_eq!(app.frames.send(Arc::clone(&frame)).unwrap(), 2);
            assert_eq!(fast.next().await, Some(ClientFrame::Delta(frame)));
        }
        // The slow client's stream ends (the browser reconnects for a new snapshot).
        assert_eq!(slow.next().await, None);
        assert_eq!(app.clients.dropped.load(Ordering::Relaxed), 1);
        drop(slow);
        assert_eq!(app.clients.connected.load(Ordering::Relaxed), 1);
        // The fast one goes on.
        app.frames.send("{\"frame\":10}".into()).unwrap();
        assert_eq!(
            fast.next().await,
            Some(ClientFrame::Delta("{\"frame\":10}".into()))
        );
        assert_eq!(app.clients.dropped.load(Ordering::Relaxed), 1);
    }

    #[tokio::test]
    async fn a_client_within_its_buffer_gets_every_frame_in_order() {
        let app = app(4);
        let mut client = Box::pin(client_frames(&app));
        assert!(matches!(
            client.next().await,
            Some(ClientFrame::Snapshot(_))
        ));
        for i in 0..4 {
            app.frames.send(format!("{i}").into()).unwrap();
        }
        for i in 0..4 {
            assert_eq!(
                client.next().await,
                Some(ClientFrame::Delta(format!("{i}").into()))
            );
        }
        assert_eq!(app.clients.dropped.load(Ordering::Relaxed), 0);
    }
}
