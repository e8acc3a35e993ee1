//! A loopback TCP proxy in front of the broker that breaks the network on purpose (issue
//! 12, item 6): it adds delay, drops every connection, or stalls them, on demand.
//!
//! Kafka clients connect to the address a broker *advertises*, not only to the bootstrap
//! address, so the proxy only sits in the path when the broker advertises the proxy's
//! address: [`crate::Pipeline::start`] with [`crate::PipelineConfig::fault_proxy`] starts
//! the embedded broker that way, and every client — stage instances and the pipeline's own
//! replayer and counters — goes through it, as they would through a faulty network.

use std::io;
use std::net::{Ipv4Addr, SocketAddr};
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
use tokio::net::tcp::{OwnedReadHalf, OwnedWriteHalf};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::watch;
use tokio::task::JoinHandle;
use tokio::time::Instant;

use cits_broker::{BrokerConfig, EmbeddedBroker, Storage};

use crate::{Error, Result};

/// Bytes forwarded per read: a Kafka fetch response of a busy partition fits in a few.
const CHUNK_BYTES: usize = 64 * 1024;

/// Starts an embedded broker with a fault proxy in front of it: the broker advertises the
/// proxy's address, so every client that bootstraps on either goes through the proxy.
pub async fn broker_behind_proxy(storage: Storage) -> Result<(EmbeddedBroker, FaultProxy)> {
    let listener = FaultProxy::bind().await.map_err(Error::Proxy)?;
    let advertise = listener.local_addr().map_err(Error::Proxy)?;
    let broker = crate::start_embedded_broker(BrokerConfig {
        advertise: Some(advertise.to_string()),
        storage,
        ..BrokerConfig::default()
    })
    .await?;
    let proxy = FaultProxy::forward(listener, broker.addr()).map_err(Error::Proxy)?;
    Ok((broker, proxy))
}

/// Counters of a proxy since it started.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ProxyStats {
    /// Connections accepted.
    pub accepted: u64,
    /// Connections open now.
    pub open: usize,
    /// Connections cut by [`FaultProxy::drop_connections`].
    pub dropped: u64,
}

/// What the forwarding tasks share.
struct State {
    upstream: SocketAddr,
    /// Added before every forwarded chunk, both ways.
    delay: Mutex<Duration>,
    /// Nothing is forwarded until then (connections stay open).
    stalled_until: Mutex<Option<Instant>>,
    /// Bumped to cut every open connection.
    drops: watch::Sender<u64>,
    accepted: AtomicU64,
    open: AtomicUsize,
    dropped: AtomicU64,
}

impl State {
    /// Waits out the configured delay and any stall before a chunk is forwarded.
    async fn hold(&self) {
        let delay = self.delay.lock().map(|d| *d).unwrap_or_default();
        if !delay.is_zero() {
            tokio::time::sleep(delay).await;
        }
        loop {
            let until = self.stalled_until.lock().map(|u| *u).unwrap_or_default();
            match until {
                Some(until) if until > Instant::now() => tokio::time::sleep_until(until).await,
                _ => return,
            }
        }
    }
}

/// A running fault-injecting proxy; dropping it closes its listener and every connection.
pub struct FaultProxy {
    addr: SocketAddr,
    state: Arc<State>,
    accept: JoinHandle<()>,
}

impl FaultProxy {
    /// Binds a free loopback port. The broker to forward to is given to
    /// [`FaultProxy::forward`], so the broker can be started advertising this address.
    pub async fn bind() -> io::Result<TcpListener> {
        TcpListener::bind(SocketAddr::from((Ipv4Addr::LOCALHOST, 0))).await
    }

    /// Forwards every connection accepted on `listener` to `upstream`.
    pub fn forward(listener: TcpListener, upstream: SocketAddr) -> io::Result<Self> {
        let addr = listener.local_addr()?;
        let state = Arc::new(State {
            upstream,
            delay: Mutex::new(Duration::ZERO),
            stalled_until: Mutex::new(None),
            drops: watch::channel(0).0,
            accepted: AtomicU64::new(0),
            open: AtomicUsize::new(0),
            dropped: AtomicU64::new(0),
        });
        let accept = tokio::spawn(accept_loop(listener, Arc::clone(&state)));
        Ok(Self {
            addr,
            state,
            accept,
        })
    }

    /// The address clients connect to.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// Adds `delay` before every chunk forwarded, both ways (zero: none).
    pub fn set_delay(&self, delay: Duration) {
        if let Ok(mut d) = self.state.delay.lock() {
            *d = delay;
        }
    }

    /// Forwards nothing for `duration`: connections stay open and requests go unanswered,
    /// as behind a congested or partitioned link.
    pub fn stall_for(&self, duration: Duration) {
        if let Ok(mut until) = self.state.stalled_until.lock() {
            *until = Some(Instant::now() + duration);
        }
    }

    /// Cuts every open connection (clients see them closed mid-request); returns how many
    /// were open. New connections are accepted as before.
    pub fn drop_connections(&self) -> usize {
        let open = self.state.open.load(Ordering::SeqCst);
        self.state.drops.send_modify(|generation| *generation += 1);
        open
    }

    /// The counters.
    pub fn stats(&self) -> ProxyStats {
        ProxyStats {
            accepted: self.state.accepted.load(Ordering::SeqCst),
            open: self.state.open.load(Ordering::SeqCst),
            dropped: self.state.dropped.load(Ordering::SeqCst),
        }
    }
}

impl Drop for FaultProxy {
    fn drop(&mut self) {
        self.accept.abort();
        self.state.drops.send_modify(|generation| *generation += 1);
    }
}

async fn accept_loop(listener: TcpListener, state: Arc<State>) {
    loop {
        match listener.accept().await {
            Ok((client, _)) => {
                state.accepted.fetch_add(1, Ordering::SeqCst);
                tokio::spawn(connection(Arc::clone(&state), client));
            }
            // Out of file descriptors and the like: back off instead of spinning.
            Err(_) => tokio::time::sleep(Duration::from_millis(50)).await,
        }
    }
}

/// One client connection: forwards both ways until either side closes or it is dropped.
async fn connection(state: Arc<State>, client: TcpStream) {
    let mut drops = state.drops.subscribe();
    let Ok(upstream) = TcpStream::connect(state.upstream).await else {
        return;
    };
    let _ = client.set_nodelay(true);
    let _ = upstream.set_nodelay(true);
    state.open.fetch_add(1, Ordering::SeqCst);
    let (client_read, client_write) = client.into_split();
    let (upstream_read, upstream_write) = upstream.into_split();
    tokio::select! {
        _ = pump(&state, client_read, upstream_write) => {}
        _ = pump(&state, upstream_read, client_write) => {}
        _ = drops.changed() => {
            state.dropped.fetch_add(1, Ordering::SeqCst);
        }
    }
    state.open.fetch_sub(1, Ordering::SeqCst);
}

async fn pump(state: &State, mut from: OwnedReadHalf, mut to: OwnedWriteHalf) -> io::Result<()> {
    let mut buf = vec![0u8; CHUNK_BYTES];
    loop {
        let n = from.read(&mut buf).await?;
        if n == 0 {
            return to.shutdown().await;
        }
        state.hold().await;
        to.write_all(buf.get(..n).unwrap_or_default()).await?;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An echo server on a free port.
    async fn echo() -> SocketAddr {
        let listener = FaultProxy::bind().await.unwrap();
        let addr = listener.local_addr().unwrap();
        tokio::spawn(async move {
            while let Ok((mut s, _)) = listener.accept().await {
                tokio::spawn(async move {
                    let (mut r, mut w) = s.split();
                    let _ = tokio::io::copy(&mut r, &mut w).await;
                });
            }
        });
        addr
    }

    async fn round_trip(s: &mut TcpStream) -> io::Result<Vec<u8>> {
        s.write_all(b"ping").await?;
        let mut got = [0u8; 4];
        s.read_exact(&mut got).await?;
        Ok(got.to_vec())
    }

    #[tokio::test]
    async fn forwards_delays_stalls_and_drops() {
        let proxy = FaultProxy::forward(FaultProxy::bind().await.unwrap(), echo().await).unwrap();
        let mut s = TcpStream::connect(proxy.addr()).await.unwrap();
        assert_eq!(round_trip(&mut s).await.unwrap(), b"ping");

        proxy.set_delay(Duration::from_millis(100));
        let started = std::time::Instant::now();
        round_trip(&mut s).await.unwrap();
        // Delayed on the way there and back.
        assert!(
            started.elapsed() >= Duration::from_millis(200),
            "{:?}",
            started.elapsed()
        );
        proxy.set_delay(Duration::ZERO);

        proxy.stall_for(Duration::from_millis(300));
        let started = std::time::Instant::now();
        round_trip(&mut s).await.unwrap();
        assert!(
            started.elapsed() >= Duration::from_millis(250),
            "{:?}",
            started.elapsed()
        );

        assert_eq!(proxy.drop_connections(), 1);
        let mut buf = [0u8; 1];
        let read = tokio::time::timeout(Duration::from_secs(5), s.read(&mut buf))
            .await
            .expect("the cut is seen at once");
        assert!(
            matches!(read, Ok(0) | Err(_)),
            "connection closed: {read:?}"
        );
        // New connections work again.
        let mut again = TcpStream::connect(proxy.addr()).await.unwrap();
        assert_eq!(round_trip(&mut again).await.unwrap(), b"ping");
        // The cut connection's task may still be finishing: its count follows shortly.
        let deadline = std::time::Instant::now() + Duration::from_secs(5);
        while proxy.stats().open != 1 && std::time::Instant::now() < deadline {
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
        let stats = proxy.stats();
        assert_eq!((stats.accepted, stats.dropped, stats.open), (2, 1, 1));
    }
}
