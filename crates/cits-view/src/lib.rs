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

use axum::extract::State;
use axum::http::header;
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use futures::StreamExt as _;
use tokio::sync::broadcast;
use tokio::task::JoinHandle;

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
        };
        let router = Router::new()
            .route("/", get(page))
            .route("/api/graph", get(graph_endpoint))
            .route("/api/snapshot", get(snapshot))
            .route("/api/events", get(events))
            .route("/api/status", get(status))
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
        }
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
