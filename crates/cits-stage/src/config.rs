//! Stage configuration from environment variables (the module contract).
//!
//! | variable            | default     | meaning                                            |
//! |---------------------|-------------|----------------------------------------------------|
//! | `CITS_BROKERS`      | (required)  | comma-separated `host:port` bootstrap brokers      |
//! | `CITS_INPUT_TOPIC`  | (required)  | topic the stage consumes                           |
//! | `CITS_OUTPUT_TOPIC` | (required)  | topic the stage produces to                        |
//! | `CITS_DLQ_TOPIC`    | `cits.dlq`  | dead-letter topic                                  |
//! | `CITS_INSTANCE`     | `0`         | this instance's index i                            |
//! | `CITS_INSTANCES`    | `1`         | number of instances N; i owns partitions p % N == i |
//! | `CITS_START`        | `latest`    | `latest` or `earliest`: where a fresh start reads  |
//! | `CITS_MAX_WAIT_MS`  | `100`       | fetch long-poll wait                               |
//! | `CITS_GRAPH_DIR`    | (none)      | directory with `car.wkb`/`bike.wkb` (map matcher)  |
//! | `CITS_WINDOW_MS`    | (stage's)   | assembler: time window an update carries, ms       |
//! | `CITS_HORIZON_MS`   | `4000`      | predictor: prediction horizon, ms                  |
//! | `CITS_STEP_MS`      | `250`       | predictor: time between predicted points, ms       |
//! | `CITS_LOG`          | `info`      | `error`, `warn`, `info` or `debug`                 |
//! | `CITS_CHANGELOG_TOPIC` | `cits.<stage>.changelog` | stateful stages: the state's changelog topic |
//! | `CITS_ISOLATE`      | `0`         | `1`: log `isolating <topic>/<p>@<offset>` before each record (set by `cits up` after repeated crashes) |
//! | `CITS_SKIP`         | (none)      | `p@offset,…`: input records to dead-letter unprocessed (records that crashed the stage) |
//! | `CITS_FAULT_CRASH_AT` | (none)    | `p@offset`: fault injection, the stage aborts on that input record (tests, chaos) |

use std::collections::BTreeSet;
use std::path::PathBuf;
use std::time::Duration;

use crate::error::{Error, Result};
use crate::log::Level;

/// Dead-letter topic when `CITS_DLQ_TOPIC` is not set (the pipeline's shared DLQ).
pub const DEFAULT_DLQ_TOPIC: &str = "cits.dlq";

/// Default fetch long-poll wait. A broker answers a fetch as soon as records are there
/// (Apache Kafka; our embedded tansu with its fetch fix, vendor/README.md), so this is
/// not a latency floor: it bounds how often an idle partition is polled (10/s) and how
/// long shutdown and the 1 s tick may wait. Against a stock tansu 0.6, which sleeps the
/// whole wait on every fetch, set `CITS_MAX_WAIT_MS` to a few ms instead.
pub const DEFAULT_MAX_WAIT_MS: u32 = 100;

/// Upper bound for `CITS_MAX_WAIT_MS`: each Kafka call has a timeout of
/// max wait + [`OP_TIMEOUT_MARGIN`], and a minute-long poll would make the
/// stage deaf to shutdown and stats for that long.
pub const MAX_MAX_WAIT_MS: u32 = 10_000;

/// Upper bound for `CITS_INSTANCES`: far more than any topic's partition
/// count we create; a larger value is almost surely a typo.
pub const MAX_INSTANCES: u32 = 4096;

/// Time budget of one Kafka call beyond its long-poll wait. rskafka retries
/// broken connections internally with a backoff growing to 500 s; after this
/// margin we give up on the call and reconnect with our own bounded backoff.
/// A loopback broker answers in milliseconds even under load, so a call
/// still pending after 5 s means the broker is gone.
pub const OP_TIMEOUT_MARGIN: Duration = Duration::from_secs(5);

/// Upper bound for `CITS_WINDOW_MS`, the same as `cits_core::assembler::MAX_WINDOW_MS`
/// (cits-stage does not depend on cits-core): a longer window brings back the unbounded
/// whole-session updates it replaced.
pub const MAX_WINDOW_MS: u32 = 60_000;

/// Where a stage starts reading a partition when it has no position yet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StartAt {
    /// Only records produced after the stage started (live data; at-most-once across restarts).
    Latest,
    /// Everything still in the topic (replay; at-least-once with duplicates across restarts).
    Earliest,
}

/// The configuration of one stage instance.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StageConfig {
    /// Stage name used in traces, dead letters and logs, e.g. "decoder".
    pub stage: String,
    /// Bootstrap brokers, `host:port`.
    pub brokers: Vec<String>,
    /// Topic consumed.
    pub input_topic: String,
    /// Topic produced to.
    pub output_topic: String,
    /// Topic for records the stage could not process.
    pub dlq_topic: String,
    /// This instance's index i (owns input partitions p with p % instances == i).
    pub instance: u32,
    /// Number of instances N of this stage.
    pub instances: u32,
    /// Where to start when a partition has no position yet.
    pub start: StartAt,
    /// Fetch long-poll wait, ms.
    pub max_wait_ms: u32,
    /// Directory with the street graphs (map matcher only).
    pub graph_dir: Option<PathBuf>,
    /// Time window an update carries, ms (assembler only; `None`: the stage's default).
    pub window_ms: Option<u32>,
    /// Prediction horizon, ms (predictor only; the predictor checks its limits).
    pub horizon_ms: Option<u32>,
    /// Time between predicted points, ms (predictor only).
    pub step_ms: Option<u32>,
    /// Log verbosity.
    pub log_level: Level,
    /// Changelog topic of a stateful stage's state (see `docs/delivery-semantics.md`).
    pub changelog_topic: String,
    /// Log each input record's position before processing it, so a supervisor can tell
    /// which record a crash happened on.
    pub isolate: bool,
    /// Input records (partition, offset) sent to the dead-letter topic unprocessed: they
    /// crashed the stage before.
    pub skip: BTreeSet<(i32, i64)>,
    /// Fault injection: abort the process on this input record (partition, offset).
    pub fault_crash_at: Option<(i32, i64)>,
}

impl StageConfig {
    /// Reads the configuration of stage `stage` from the process environment.
    pub fn from_env(stage: &str) -> Result<Self> {
        Self::from_lookup(stage, |name| std::env::var(name).ok())
    }

    /// Reads the configuration through `lookup` (a variable name → its value),
    /// so tests can pass their own environment.
    pub fn from_lookup(stage: &str, lookup: impl Fn(&str) -> Option<String>) -> Result<Self> {
        let get = |name: &'static str| lookup(name).filter(|v| !v.trim().is_empty());
        let required = |name: &'static str| {
            get(name)
                .map(|v| v.trim().to_owned())
                .ok_or(Error::MissingEnv { var: name })
        };

        let brokers_raw = required("CITS_BROKERS")?;
        let brokers = parse_brokers(&brokers_raw)?;
        let input_topic = required("CITS_INPUT_TOPIC")?;
        let output_topic = required("CITS_OUTPUT_TOPIC")?;
        let dlq_topic = get("CITS_DLQ_TOPIC")
            .map(|v| v.trim().to_owned())
            .unwrap_or_else(|| DEFAULT_DLQ_TOPIC.to_owned());
        let instance = parse_number("CITS_INSTANCE", get("CITS_INSTANCE"), 0, u32::MAX)?;
        let instances = parse_number("CITS_INSTANCES", get("CITS_INSTANCES"), 1, MAX_INSTANCES)?;
        if instances == 0 {
            return Err(Error::InvalidEnv {
                var: "CITS_INSTANCES",
                value: "0".into(),
                reason: "must be at least 1".into(),
            });
        }
        if instance >= instances {
            return Err(Error::InvalidEnv {
                var: "CITS_INSTANCE",
                value: instance.to_string(),
                reason: format!("must be below CITS_INSTANCES ({instances})"),
            });
        }
        let start = match get("CITS_START").as_deref().map(str::trim) {
            None | Some("latest") => StartAt::Latest,
            Some("earliest") => StartAt::Earliest,
            Some(other) => {
                return Err(Error::InvalidEnv {
                    var: "CITS_START",
                    value: other.into(),
                    reason: "expected `latest` or `earliest`".into(),
                })
            }
        };
        let max_wait_ms = parse_number(
            "CITS_MAX_WAIT_MS",
            get("CITS_MAX_WAIT_MS"),
            DEFAULT_MAX_WAIT_MS,
            MAX_MAX_WAIT_MS,
        )?;
        let graph_dir = get("CITS_GRAPH_DIR").map(|v| PathBuf::from(v.trim()));
        let window_ms = match get("CITS_WINDOW_MS") {
            None => None,
            value => Some(parse_number("CITS_WINDOW_MS", value, 0, MAX_WINDOW_MS)?),
        };
        let horizon_ms = get("CITS_HORIZON_MS")
            .map(|v| parse_number("CITS_HORIZON_MS", Some(v), 0, u32::MAX))
            .transpose()?;
        let step_ms = get("CITS_STEP_MS")
            .map(|v| parse_number("CITS_STEP_MS", Some(v), 0, u32::MAX))
            .transpose()?;
        let log_level = match get("CITS_LOG") {
            None => Level::Info,
            Some(v) => Level::parse(v.trim()).ok_or_else(|| Error::InvalidEnv {
                var: "CITS_LOG",
                value: v.clone(),
                reason: "expected error, warn, info or debug".into(),
            })?,
        };
        let changelog_topic = get("CITS_CHANGELOG_TOPIC")
            .map(|v| v.trim().to_owned())
            .unwrap_or_else(|| format!("cits.{stage}.changelog"));
        let isolate = match get("CITS_ISOLATE").as_deref().map(str::trim) {
            None | Some("0") => false,
            Some("1") => true,
            Some(other) => {
                return Err(Error::InvalidEnv {
                    var: "CITS_ISOLATE",
                    value: other.into(),
                    reason: "expected 0 or 1".into(),
                })
            }
        };
        let skip = match get("CITS_SKIP") {
            None => BTreeSet::new(),
            Some(v) => v
                .split(',')
                .map(str::trim)
                .filter(|p| !p.is_empty())
                .map(|p| parse_position("CITS_SKIP", p))
                .collect::<Result<_>>()?,
        };
        let fault_crash_at = get("CITS_FAULT_CRASH_AT")
            .map(|v| parse_position("CITS_FAULT_CRASH_AT", v.trim()))
            .transpose()?;
        Ok(Self {
            changelog_topic,
            isolate,
            skip,
            fault_crash_at,
            stage: stage.to_owned(),
            brokers,
            input_topic,
            output_topic,
            dlq_topic,
            instance,
            instances,
            start,
            max_wait_ms,
            graph_dir,
            window_ms,
            horizon_ms,
            step_ms,
            log_level,
        })
    }

    /// The instance name used in traces and dead letters, e.g. "decoder-0".
    pub fn instance_name(&self) -> String {
        format!("{}-{}", self.stage, self.instance)
    }

    /// Whether this instance owns input partition `partition`.
    pub fn owns(&self, partition: i32) -> bool {
        u32::try_from(partition).is_ok_and(|p| p % self.instances == self.instance)
    }

    /// Timeout of one Kafka call (a fetch waits up to `max_wait_ms` by design).
    pub fn op_timeout(&self) -> Duration {
        Duration::from_millis(u64::from(self.max_wait_ms)) + OP_TIMEOUT_MARGIN
    }
}

fn parse_brokers(raw: &str) -> Result<Vec<String>> {
    let mut brokers = Vec::new();
    for part in raw.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        let valid = part.rsplit_once(':').is_some_and(|(host, port)| {
            !host.is_empty() && port.parse::<u16>().is_ok_and(|p| p > 0)
        });
        if !valid {
            return Err(Error::InvalidEnv {
                var: "CITS_BROKERS",
                value: raw.to_owned(),
                reason: format!("`{part}` is not host:port"),
            });
        }
        brokers.push(part.to_owned());
    }
    if brokers.is_empty() {
        return Err(Error::InvalidEnv {
            var: "CITS_BROKERS",
            value: raw.to_owned(),
            reason: "no broker given".into(),
        });
    }
    Ok(brokers)
}

/// A record position `partition@offset`, as the shell logs it.
pub fn parse_position(var: &'static str, text: &str) -> Result<(i32, i64)> {
    let invalid = |reason: String| Error::InvalidEnv {
        var,
        value: text.to_owned(),
        reason,
    };
    let (partition, offset) = text
        .split_once('@')
        .ok_or_else(|| invalid("expected partition@offset".into()))?;
    let partition: i32 = partition
        .trim()
        .parse()
        .map_err(|e| invalid(format!("partition: {e}")))?;
    let offset: i64 = offset
        .trim()
        .parse()
        .map_err(|e| invalid(format!("offset: {e}")))?;
    if partition < 0 || offset < 0 {
        return Err(invalid("partition and offset are never negative".into()));
    }
    Ok((partition, offset))
}

fn parse_number(var: &'static str, value: Option<String>, default: u32, max: u32) -> Result<u32> {
    let Some(value) = value else {
        return Ok(default);
    };
    let n: u32 = value.trim().parse().map_err(|e| Error::InvalidEnv {
        var,
        value: value.clone(),
        reason: format!("not a non-negative integer ({e})"),
    })?;
    if n > max {
        return Err(Error::InvalidEnv {
            var,
            value,
            reason: format!("must be at most {max}"),
        });
    }
    Ok(n)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn config(vars: &[(&str, &str)]) -> Result<StageConfig> {
        let map: HashMap<String, String> = vars
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect();
        StageConfig::from_lookup("decoder", |k| map.get(k).cloned())
    }

    const BASE: [(&str, &str); 3] = [
        ("CITS_BROKERS", "127.0.0.1:9092, broker2:9093"),
        ("CITS_INPUT_TOPIC", "cits.raw"),
        ("CITS_OUTPUT_TOPIC", "cits.cpm"),
    ];

    #[test]
    fn defaults_apply() {
        let c = config(&BASE).unwrap();
        assert_eq!(c.brokers, vec!["127.0.0.1:9092", "broker2:9093"]);
        assert_eq!(c.dlq_topic, DEFAULT_DLQ_TOPIC);
        assert_eq!((c.instance, c.instances), (0, 1));
        assert_eq!(c.start, StartAt::Latest);
        assert_eq!(c.max_wait_ms, DEFAULT_MAX_WAIT_MS);
        assert_eq!(c.log_level, Level::Info);
        assert_eq!(c.graph_dir, None);
        assert_eq!(c.window_ms, None);
        assert_eq!((c.horizon_ms, c.step_ms), (None, None));
        assert_eq!(c.instance_name(), "decoder-0");
    }

    #[test]
    fn all_variables_are_read() {
        let mut vars = BASE.to_vec();
        vars.extend([
            ("CITS_DLQ_TOPIC", "my.dlq"),
            ("CITS_INSTANCE", "2"),
            ("CITS_INSTANCES", "3"),
            ("CITS_START", "earliest"),
            ("CITS_MAX_WAIT_MS", "0"),
            ("CITS_GRAPH_DIR", "/graph"),
            ("CITS_WINDOW_MS", "4000"),
            ("CITS_HORIZON_MS", "3000"),
            ("CITS_STEP_MS", "100"),
            ("CITS_LOG", "debug"),
        ]);
        let c = config(&vars).unwrap();
        assert_eq!(c.dlq_topic, "my.dlq");
        assert_eq!((c.instance, c.instances), (2, 3));
        assert_eq!(c.start, StartAt::Earliest);
        assert_eq!(c.max_wait_ms, 0);
        assert_eq!(c.graph_dir, Some(PathBuf::from("/graph")));
        assert_eq!(c.window_ms, Some(4_000));
        assert_eq!((c.horizon_ms, c.step_ms), (Some(3_000), Some(100)));
        assert_eq!(c.log_level, Level::Debug);
        assert!(c.owns(2) && c.owns(5) && !c.owns(0) && !c.owns(4) && !c.owns(-1));
    }

    #[test]
    fn missing_required_variable_is_named() {
        let err = config(&BASE[..2]).unwrap_err();
        assert!(err.to_string().contains("CITS_OUTPUT_TOPIC"), "{err}");
    }

    #[test]
    fn bad_values_are_rejected_with_the_variable_name() {
        for (var, value) in [
            ("CITS_BROKERS", "localhost"),
            ("CITS_BROKERS", "host:notaport"),
            ("CITS_BROKERS", " , "),
            ("CITS_INSTANCE", "-1"),
            ("CITS_INSTANCE", "1"),
            ("CITS_INSTANCES", "0"),
            ("CITS_INSTANCES", "100000"),
            ("CITS_START", "beginning"),
            ("CITS_MAX_WAIT_MS", "20ms"),
            ("CITS_MAX_WAIT_MS", "60000"),
            ("CITS_HORIZON_MS", "4s"),
            ("CITS_STEP_MS", "-250"),
            ("CITS_LOG", "verbose"),
            ("CITS_WINDOW_MS", "10s"),
            ("CITS_WINDOW_MS", "60001"),
        ] {
            let mut vars = BASE.to_vec();
            vars.retain(|(k, _)| *k != var);
            vars.push((var, value));
            let err = config(&vars).expect_err(var);
            assert!(err.to_string().contains(var), "{var}={value}: {err}");
        }
    }
}
