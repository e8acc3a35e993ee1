//! The broker as a process of its own (`cits broker`), for faults that kill it: a broker
//! pod or node dying is a `kill -9`, and a broker in our own process cannot be killed
//! without killing the pipeline with it. Its storage must be durable
//! ([`cits_broker::Storage::sqlite`]), so a restarted broker has what the dead one
//! acknowledged.

use std::fs::File;
use std::net::{Ipv4Addr, SocketAddr, TcpListener};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use cits_broker::Storage;

use crate::{Error, Result};

/// How long a broker process may take to listen (SQLite storage opens its file and
/// creates its tables first).
pub const BROKER_START_TIMEOUT: Duration = Duration::from_secs(30);

/// Pause between connection attempts while the broker starts.
const LISTEN_POLL: Duration = Duration::from_millis(20);

/// A `cits broker` child on a fixed address and storage; killed when dropped.
#[derive(Debug)]
pub struct BrokerProcess {
    program: PathBuf,
    addr: SocketAddr,
    storage: Storage,
    log: Option<PathBuf>,
    child: Option<Child>,
}

impl BrokerProcess {
    /// Starts `program broker` (the `cits` binary) on a free loopback port with `storage`,
    /// appending its output to `log` if given, and waits until it accepts connections.
    pub fn start(program: &Path, storage: Storage, log: Option<PathBuf>) -> Result<Self> {
        if !storage.is_durable() {
            return Err(Error::Config(
                "a broker process that may be killed needs durable storage (sqlite://)".into(),
            ));
        }
        let probe = TcpListener::bind((Ipv4Addr::LOCALHOST, 0))
            .and_then(|l| l.local_addr())
            .map_err(Error::Proxy)?;
        let mut broker = Self {
            program: program.to_owned(),
            addr: probe,
            storage,
            log,
            child: None,
        };
        broker.spawn()?;
        Ok(broker)
    }

    /// The address clients bootstrap on (the broker also advertises it).
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// The broker's process id while it runs.
    pub fn pid(&self) -> Option<u32> {
        self.child.as_ref().map(Child::id)
    }

    /// `kill -9` of the broker: no shutdown code runs, in-flight requests are lost.
    pub fn kill(&mut self) -> Result<()> {
        if let Some(mut child) = self.child.take() {
            child.kill().map_err(|source| Error::Kill {
                instance: "broker".into(),
                source,
            })?;
            // Reaped, so the port is free for the restart.
            let _ = child.wait();
        }
        Ok(())
    }

    /// Starts the broker again on the same address and storage.
    pub fn restart(&mut self) -> Result<()> {
        self.kill()?;
        self.spawn()
    }

    fn spawn(&mut self) -> Result<()> {
        let (stdout, stderr) = match &self.log {
            Some(path) => {
                if let Some(dir) = path.parent() {
                    std::fs::create_dir_all(dir).map_err(|source| self.spawn_error(source))?;
                }
                let open = || {
                    File::options()
                        .create(true)
                        .append(true)
                        .open(path)
                        .map_err(|source| self.spawn_error(source))
                };
                (Stdio::from(open()?), Stdio::from(open()?))
            }
            None => (Stdio::null(), Stdio::null()),
        };
        let child = Command::new(&self.program)
            .args(["broker", "--listen", &self.addr.to_string()])
            .args(["--storage", self.storage.url().as_str()])
            .stdin(Stdio::null())
            .stdout(stdout)
            .stderr(stderr)
            .spawn()
            .map_err(|source| self.spawn_error(source))?;
        self.child = Some(child);
        let deadline = Instant::now() + BROKER_START_TIMEOUT;
        loop {
            if cits_broker::answers_kafka(self.addr) {
                return Ok(());
            }
            if let Some(child) = self.child.as_mut() {
                if let Ok(Some(status)) = child.try_wait() {
                    self.child = None;
                    return Err(Error::Config(format!(
                        "the broker process on {} exited at start ({status}); see {}",
                        self.addr,
                        self.log
                            .as_ref()
                            .map_or("its output".into(), |l| l.display().to_string())
                    )));
                }
            }
            if Instant::now() >= deadline {
                return Err(Error::Config(format!(
                    "the broker process did not listen on {} within {BROKER_START_TIMEOUT:?}",
                    self.addr
                )));
            }
            std::thread::sleep(LISTEN_POLL);
        }
    }

    fn spawn_error(&self, source: std::io::Error) -> Error {
        Error::Spawn {
            instance: "broker".into(),
            program: self.program.clone(),
            source,
        }
    }
}

impl Drop for BrokerProcess {
    fn drop(&mut self) {
        let _ = self.kill();
    }
}
