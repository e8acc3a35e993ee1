//! tansu's tables in a PostgreSQL database, created before a broker starts on it.
//!
//! tansu-storage 0.6's `postgres` engine expects its schema to exist (upstream installs it
//! with an initdb script that is not part of the crates.io release). `sql/postgres.sql`
//! is that schema, written for this project from the release's SQLite schema with the
//! column types the engine binds (see the file's header). Every broker start applies it:
//! it only creates what is missing, under an advisory lock so that brokers starting
//! together on one database do not race on the catalogue.

use std::sync::Arc;

use tokio_postgres::Config;

/// tansu's PostgreSQL schema, applied at every broker start (idempotent).
pub const SCHEMA: &str = include_str!("../sql/postgres.sql");

/// The advisory lock brokers take while creating the schema: any constant unlikely to
/// collide with an application's own lock keys ("cits" in ASCII).
const SCHEMA_LOCK_KEY: i64 = 0x6369_7473;

/// Errors of creating the schema.
#[derive(Debug, thiserror::Error)]
pub enum SchemaError {
    /// The URL is not a PostgreSQL connection string.
    #[error("not a PostgreSQL connection URL: {0}")]
    Url(tokio_postgres::Error),
    /// The TLS set-up (the system's root certificates) failed.
    #[error("TLS set-up: {0}")]
    Tls(#[from] rustls::Error),
    /// Connecting or running the schema failed.
    #[error("{action}: {source}")]
    Postgres {
        /// What was being done.
        action: &'static str,
        /// PostgreSQL's or the connection's error.
        source: tokio_postgres::Error,
    },
}

/// Creates tansu's tables in the database of `url` where missing.
///
/// Connects as tansu does: TLS with the system's root certificates when the server
/// offers it (libpq's `sslmode=prefer`, the default), plain otherwise.
pub async fn create_schema(url: &str) -> Result<(), SchemaError> {
    let config: Config = url.parse().map_err(SchemaError::Url)?;
    let (mut client, connection) =
        config
            .connect(tls()?)
            .await
            .map_err(|source| SchemaError::Postgres {
                action: "connect",
                source,
            })?;
    let connection = tokio::spawn(connection);
    let result = async {
        let pg = |action| move |source| SchemaError::Postgres { action, source };
        let tx = client.transaction().await.map_err(pg("begin"))?;
        tx.execute("select pg_advisory_xact_lock($1)", &[&SCHEMA_LOCK_KEY])
            .await
            .map_err(pg("take the schema lock"))?;
        tx.batch_execute(SCHEMA)
            .await
            .map_err(pg("create tansu's tables"))?;
        tx.commit().await.map_err(pg("commit the schema"))
    }
    .await;
    drop(client);
    // The connection task ends once the client is gone; its own error, if any, is
    // already part of `result`.
    let _ = connection.await;
    result
}

/// The TLS connector tansu's engine uses too (rustls with aws-lc-rs, native roots).
fn tls() -> Result<tokio_postgres_rustls::MakeRustlsConnect, SchemaError> {
    let mut roots = rustls::RootCertStore::empty();
    // Unreadable system certificates only matter to a server that insists on TLS, and
    // then the connection error says so.
    for cert in rustls_native_certs::load_native_certs().certs {
        let _ = roots.add(cert);
    }
    let config = rustls::ClientConfig::builder_with_provider(Arc::new(
        rustls::crypto::aws_lc_rs::default_provider(),
    ))
    .with_safe_default_protocol_versions()?
    .with_root_certificates(roots)
    .with_no_client_auth();
    Ok(tokio_postgres_rustls::MakeRustlsConnect::new(config))
}
