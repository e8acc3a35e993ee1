//! A throw-away PostgreSQL server for tests: Debian's postgresql 15 binaries, a cluster
//! in a temporary directory, listening on a free loopback port (as root the server runs
//! as the `postgres` user, since it refuses root). Stopped and removed on drop.
//!
//! Shared by the tests of several crates (`#[path]` includes it), so it needs nothing but
//! std and libc.
#![allow(dead_code)] // each including test uses a different subset

use std::net::{Ipv4Addr, TcpListener};
use std::path::{Path, PathBuf};
use std::process::Command;

/// Debian's PostgreSQL server binaries (`.ci/install-deps.sh` installs `postgresql`).
const PG_BIN: &str = "/usr/lib/postgresql/15/bin";

/// A running throw-away PostgreSQL cluster.
pub struct TempPostgres {
    dir: PathBuf,
    port: u16,
    as_postgres_user: bool,
}

impl TempPostgres {
    /// Creates the cluster (`name` keeps the directories of concurrent tests apart) and
    /// starts the server; fails loudly when PostgreSQL is not installed.
    pub fn start(name: &str) -> Self {
        assert!(
            Path::new(PG_BIN).join("initdb").is_file(),
            "PostgreSQL 15 server binaries missing at {PG_BIN} (apt-get install postgresql-15)"
        );
        let dir = std::env::temp_dir().join(format!("cits-pg-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("PostgreSQL directory");
        // SAFETY: geteuid has no preconditions and cannot fail.
        let as_postgres_user = unsafe { libc::geteuid() } == 0;
        if as_postgres_user {
            run(Command::new("chown").arg("postgres:postgres").arg(&dir));
        }
        let port = TcpListener::bind((Ipv4Addr::LOCALHOST, 0))
            .and_then(|l| l.local_addr())
            .expect("free loopback port")
            .port();
        let data = dir.join("data");
        let pg = Self {
            dir: dir.clone(),
            port,
            as_postgres_user,
        };
        run(pg.command("initdb").arg("-D").arg(&data).args([
            "-A",
            "trust",
            "-U",
            "postgres",
            "--no-sync",
        ]));
        let options = format!(
            "-p {port} -k {} -c listen_addresses=127.0.0.1 -c fsync=off",
            dir.display()
        );
        run(pg
            .command("pg_ctl")
            .arg("-D")
            .arg(&data)
            .arg("-o")
            .arg(options)
            .arg("-l")
            .arg(dir.join("log"))
            .args(["-w", "start"]));
        pg
    }

    fn command(&self, program: &str) -> Command {
        let path = Path::new(PG_BIN).join(program);
        let mut c = if self.as_postgres_user {
            let mut c = Command::new("runuser");
            c.args(["-u", "postgres", "--"]).arg(path);
            c
        } else {
            Command::new(path)
        };
        // The `postgres` user may not enter the test's working directory.
        c.current_dir(&self.dir);
        c
    }

    /// The connection URL (user `postgres`, trusted, database `postgres`).
    pub fn url(&self) -> String {
        format!("postgres://postgres@127.0.0.1:{}/postgres", self.port)
    }

    /// The server's log so far (for a failing test's message).
    pub fn log(&self) -> String {
        std::fs::read_to_string(self.dir.join("log")).unwrap_or_default()
    }
}

impl Drop for TempPostgres {
    fn drop(&mut self) {
        let _ = self
            .command("pg_ctl")
            .arg("-D")
            .arg(self.dir.join("data"))
            .args(["-m", "immediate", "stop"])
            .status();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

fn run(command: &mut Command) {
    let out = command
        .output()
        .unwrap_or_else(|e| panic!("{command:?}: {e}"));
    assert!(
        out.status.success(),
        "{command:?} failed: {}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}
