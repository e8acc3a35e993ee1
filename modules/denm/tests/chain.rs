//! The warning end of the pipeline against a real tansu broker: predictions of a car and
//! a bike on a collision course → collision detector → `CollisionRisk` → DENM sender →
//! DENMs keyed by actionId. The bike then stops short of the car's path: the risk ends
//! and the DENM is cancelled. A redelivered risk record sends nothing; bad records of
//! either stage go to the dead-letter topic. Every DENM is decoded twice: with our
//! `cits_etsi` (rasn) and with Python `asn1tools`, an independent ASN.1 codec.
//!
//! Two runs of the same scenario: the native binaries (`cargo test -p collisions -p denm`
//! builds both before any test runs), and the shipped `.wasm` modules under `cits run`
//! (`$CITS_MODULE_DIR`, `$CITS_BIN`, else this target dir's `wasm32-wasip1/wasm/` and
//! `release/cits`; missing ones fail loudly with the command that builds them).
//!
//! The scenario and its ground truth: `modules/collisions/tests/scenario/mod.rs`.

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

use cits_core::geo::{wgs84_to_local, Wgs84};
use cits_etsi::denm_2_2_1::{Termination, DENM};
use cits_stage::proto::{CitsMessage, CollisionRisk, DeadLetter, Encoding, Message, MessageKind};
use cits_stage::testing::{self, ModuleProcess, Tansu};

#[path = "../../collisions/tests/scenario/mod.rs"]
mod scenario;
use scenario::{predictions, CAR_SIZE, RSU, SITE};

/// Generous: two module processes and a broker share a loaded 2-core machine.
const WAIT: Duration = Duration::from_secs(60);
/// How the stages run: native binaries, or `.wasm` modules under `cits run`.
enum Runner {
    Native,
    Wasm { cits: PathBuf, dir: PathBuf },
}

/// `<target>/<profile>/deps/<this test>` → (`<target>`, `<profile>`).
fn target_dir() -> (PathBuf, String) {
    let exe = std::env::current_exe().expect("test executable path");
    let profile_dir = exe
        .parent()
        .and_then(Path::parent)
        .expect("test executable lives in <target>/<profile>/deps");
    let profile = profile_dir
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    (
        profile_dir.parent().expect("target dir").to_owned(),
        profile,
    )
}

impl Runner {
    fn wasm() -> Self {
        let (target, _) = target_dir();
        let cits = std::env::var_os("CITS_BIN")
            .map(PathBuf::from)
            .unwrap_or_else(|| target.join("release/cits"));
        let dir = std::env::var_os("CITS_MODULE_DIR")
            .map(PathBuf::from)
            .unwrap_or_else(|| target.join("wasm32-wasip1/wasm"));
        assert!(
            cits.is_file(),
            "no cits binary at {} (or $CITS_BIN): `cargo build --release -p cits-cli`",
            cits.display()
        );
        for module in ["collisions", "denm"] {
            let wasm = dir.join(format!("{module}.wasm"));
            assert!(
                wasm.is_file(),
                "no {} (or $CITS_MODULE_DIR): `make modules` or `cargo build --profile wasm \
                 --target wasm32-wasip1 -p collisions -p denm`",
                wasm.display()
            );
        }
        Runner::Wasm { cits, dir }
    }

    fn spawn(&self, module: &str, broker: &str, env: &[(&str, &str)]) -> ModuleProcess {
        match self {
            Runner::Native => {
                let binary = Path::new(env!("CARGO_BIN_EXE_denm")).with_file_name(module);
                assert!(
                    binary.exists(),
                    "{} is missing: run `cargo test -p collisions -p denm`",
                    binary.display()
                );
                ModuleProcess::spawn(&binary.to_string_lossy(), env)
            }
            Runner::Wasm { cits, dir } => {
                let mut args = vec![
                    "run".to_owned(),
                    dir.join(format!("{module}.wasm"))
                        .to_string_lossy()
                        .into_owned(),
                    "--allow-net".to_owned(),
                    broker.to_owned(),
                ];
                for (k, v) in env {
                    args.push("--env".to_owned());
                    args.push(format!("{k}={v}"));
                }
                ModuleProcess::spawn_with_args(&cits.to_string_lossy(), &args, &[])
            }
        }
    }
}

/// One DENM as each decoder saw it.
struct Seen {
    partition: i32,
    key: String,
    message: CitsMessage,
    denm: DENM,
}

/// Every DENM on `topic` so far, decoded with rasn.
async fn denms(
    client: &testing::rskafka::client::Client,
    topic: &str,
    wait: Duration,
) -> Vec<Seen> {
    testing::consume(client, topic, 3, usize::MAX, wait)
        .await
        .into_iter()
        .map(|(partition, record)| {
            let message = CitsMessage::decode(record.value.as_deref().unwrap_or_default())
                .expect("a CitsMessage on the DENM topic");
            let denm: DENM = rasn::uper::decode(&message.payload).expect("rasn decodes the DENM");
            Seen {
                partition,
                key: String::from_utf8(record.key.unwrap_or_default()).expect("utf-8 key"),
                message,
                denm,
            }
        })
        .collect()
}

fn is_cancellation(seen: &Seen) -> bool {
    seen.denm.denm.management.termination == Some(Termination::isCancellation)
}

/// asn1tools' view of each payload: one JSON object per DENM.
fn asn1tools_decode(payloads: &[&[u8]]) -> Vec<serde_json::Value> {
    let venv = std::env::var_os("CITS_CHECK_VENV").map_or_else(
        || PathBuf::from(std::env::var("HOME").expect("HOME is set")).join(".cache/cits-wasm/venv"),
        PathBuf::from,
    );
    let python = venv.join("bin/python");
    assert!(
        python.is_file(),
        "no venv with asn1tools at {} (run .ci/install-deps.sh)",
        venv.display()
    );
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut child = Command::new(python)
        .arg(manifest.join("tests/denm_asn1tools.py"))
        .arg(manifest.join("../../crates/cits-etsi/asn1"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("starts python");
    let input: String = payloads
        .iter()
        .map(|p| p.iter().map(|b| format!("{b:02x}")).collect::<String>() + "\n")
        .collect();
    child
        .stdin
        .take()
        .expect("piped")
        .write_all(input.as_bytes())
        .expect("writes to python");
    let out = child.wait_with_output().expect("python runs");
    assert!(
        out.status.success(),
        "asn1tools could not decode a DENM: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout)
        .expect("utf-8")
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON from the script"))
        .collect()
}

fn borrow(env: &[(String, String)]) -> Vec<(&str, &str)> {
    env.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect()
}

/// One scenario at a time: each runs a broker and two stages on a small machine.
static SERIAL: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

async fn scenario(runner: Runner) {
    let _serial = SERIAL.lock().await;
    let broker = Tansu::start();
    let addr = broker.addr();
    let client = testing::client(&addr).await;
    let [predictions_topic, risks, denm_topic, dlq] =
        ["predictions", "risks", "denm", "dlq"].map(testing::unique_topic);
    testing::create_topic(&client, &predictions_topic, 1).await;
    testing::create_topic(&client, &risks, 1).await;
    testing::create_topic(&client, &denm_topic, 3).await;
    testing::create_topic(&client, &dlq, 1).await;

    let common = |input: &str, output: &str| -> Vec<(String, String)> {
        vec![
            ("CITS_BROKERS".into(), addr.clone()),
            ("CITS_INPUT_TOPIC".into(), input.into()),
            ("CITS_OUTPUT_TOPIC".into(), output.into()),
            ("CITS_DLQ_TOPIC".into(), dlq.clone()),
            ("CITS_START".into(), "earliest".into()),
            ("CITS_MAX_WAIT_MS".into(), "10".into()),
        ]
    };
    let detector_env = common(&predictions_topic, &risks);
    let sender_env = common(&risks, &denm_topic);
    let detector = runner.spawn("collisions", &addr, &borrow(&detector_env));
    let sender = runner.spawn("denm", &addr, &borrow(&sender_env));

    let mut records: Vec<_> = predictions()
        .into_iter()
        .map(|v| testing::record(Some(SITE.as_bytes()), v, None))
        .collect();
    records.push(testing::record(Some(SITE.as_bytes()), vec![0xff; 5], None));
    testing::produce(&client, &predictions_topic, 0, records).await;

    // Wait for the cancellation that ends the lifecycle.
    let deadline = tokio::time::Instant::now() + WAIT;
    let mut seen = Vec::new();
    while tokio::time::Instant::now() < deadline && !seen.iter().any(is_cancellation) {
        seen = denms(&client, &denm_topic, Duration::from_millis(500)).await;
    }
    let logs = || {
        format!(
            "--- collisions\n{}\n--- denm\n{}",
            detector.stderr(),
            sender.stderr()
        )
    };
    assert!(
        seen.iter().any(is_cancellation),
        "no cancellation within {WAIT:?}: {} DENMs\n{}",
        seen.len(),
        logs()
    );

    // The risk records, checked against the scripted motion.
    let risk_records =
        testing::consume(&client, &risks, 1, usize::MAX, Duration::from_millis(500)).await;
    let keyed: Vec<(Option<Vec<u8>>, CollisionRisk)> = risk_records
        .iter()
        .map(|(_, r)| {
            let risk = CollisionRisk::decode(r.value.as_deref().unwrap_or_default())
                .expect("a CollisionRisk");
            (r.key.clone(), risk)
        })
        .collect();
    scenario::check_risks(&keyed, &logs());

    // A redelivered risk record, then garbage behind it in the same partition: once the
    // garbage is dead-lettered the duplicate has been handled.
    let (_, first) = &risk_records[0];
    testing::produce(
        &client,
        &risks,
        0,
        vec![
            testing::record(first.key.as_deref(), first.value.clone().unwrap(), None),
            testing::record(None, vec![0x0a, 0xff], None),
        ],
    )
    .await;
    let dead = testing::consume(&client, &dlq, 1, 2, WAIT).await;
    let seen_after = denms(&client, &denm_topic, Duration::from_millis(500)).await;
    let (detector_status, detector_log) = detector.stop();
    let (sender_status, sender_log) = sender.stop();
    let logs = format!("--- collisions\n{detector_log}\n--- denm\n{sender_log}");
    assert!(
        detector_status.success(),
        "collisions: {detector_status}\n{logs}"
    );
    assert!(sender_status.success(), "denm: {sender_status}\n{logs}");
    assert_eq!(dead.len(), 2, "one bad prediction, one bad risk\n{logs}");
    let stages: Vec<String> = dead
        .iter()
        .map(|(_, r)| {
            DeadLetter::decode(r.value.as_deref().unwrap_or_default())
                .expect("a DeadLetter")
                .stage
        })
        .collect();
    assert_eq!(
        stages.iter().filter(|s| *s == "collisions").count(),
        1,
        "{stages:?}"
    );
    assert_eq!(
        stages.iter().filter(|s| *s == "denm").count(),
        1,
        "{stages:?}"
    );
    assert_eq!(
        seen_after.len(),
        seen.len(),
        "the duplicate risk sent a DENM\n{logs}"
    );

    // The DENMs: one lifecycle, in one partition, keyed by its actionId; new first,
    // cancellation last and only once; referenceTime strictly increasing.
    let action = &seen[0].denm.denm.management.action_id;
    let key = format!(
        "{}/{}",
        action.originating_station_id.0, action.sequence_number.0
    );
    assert_eq!(action.originating_station_id.0, 4711);
    let mut references = Vec::new();
    for (i, s) in seen.iter().enumerate() {
        let m = &s.denm.denm.management;
        assert_eq!(s.key, key, "keyed by actionId");
        assert_eq!(
            s.partition, seen[0].partition,
            "one lifecycle, one partition"
        );
        assert_eq!(&m.action_id, action);
        assert_eq!(s.message.kind, MessageKind::Denm as i32);
        assert_eq!(s.message.encoding, Encoding::Uper as i32);
        assert_eq!(s.message.station_id, 4711);
        assert_eq!(s.denm.header.station_id.0, 4711);
        assert_eq!(
            is_cancellation(s),
            i == seen.len() - 1,
            "DENM {i} of {}",
            seen.len()
        );
        references.push(m.reference_time.0);
    }
    assert!(references.windows(2).all(|w| w[0] < w[1]), "{references:?}");

    // asn1tools decodes every payload to the same fields, and they are what the scenario
    // calls for: collision risk with a cyclist, a short validity, the crossing point.
    let payloads: Vec<&[u8]> = seen.iter().map(|s| s.message.payload.as_slice()).collect();
    let theirs = asn1tools_decode(&payloads);
    assert_eq!(theirs.len(), seen.len());
    for (s, t) in seen.iter().zip(&theirs) {
        let m = &s.denm.denm.management;
        let field = |name: &str| t.get(name).cloned().unwrap_or(serde_json::Value::Null);
        assert_eq!(field("protocolVersion"), 2);
        assert_eq!(field("messageId"), 1);
        assert_eq!(field("stationId"), 4711);
        assert_eq!(field("stationType"), 15);
        assert_eq!(
            field("originatingStationId"),
            u64::from(action.originating_station_id.0)
        );
        assert_eq!(field("sequenceNumber"), u64::from(action.sequence_number.0));
        assert_eq!(field("referenceTime"), m.reference_time.0);
        assert_eq!(field("detectionTime"), m.detection_time.0);
        assert_eq!(field("latitude"), m.event_position.latitude.0);
        assert_eq!(field("longitude"), m.event_position.longitude.0);
        let validity = field("validityDuration").as_u64().expect("validity");
        assert!(
            (1..=10).contains(&validity),
            "validity {validity} s, not ETSI's 600 s default"
        );
        let east_north = wgs84_to_local(
            RSU,
            Wgs84 {
                lat_deg: f64::from(m.event_position.latitude.0) / 1e7,
                lon_deg: f64::from(m.event_position.longitude.0) / 1e7,
            },
        );
        assert!(
            east_north.0.hypot(east_north.1) < CAR_SIZE.0 / 2.0,
            "event position {east_north:?} m from the crossing"
        );
        if is_cancellation(s) {
            assert_eq!(field("termination"), "isCancellation");
            assert_eq!(
                field("situation"),
                false,
                "a cancellation is management only"
            );
            assert_eq!(field("location"), false);
        } else {
            assert_eq!(field("termination"), serde_json::Value::Null);
            assert_eq!(field("cause"), "collisionRisk97");
            assert_eq!(field("subCause"), 6, "collision risk with a cyclist");
            let ttc = s
                .denm
                .denm
                .alacarte
                .as_ref()
                .and_then(|a| a.ext_group_road_configuration.as_ref())
                .and_then(|g| g.pre_crash.as_ref())
                .and_then(|p| p.time_to_collision.as_ref())
                .map(|t| u64::from(t.0))
                .expect("preCrash timeToCollision");
            assert_eq!(field("timeToCollision"), ttc);
            assert!(
                (1..=3_000).contains(&ttc),
                "TTC {ttc} ms above the 3 s raise level"
            );
        }
    }
}

#[tokio::test]
async fn native_stages_turn_a_collision_course_into_a_denm_lifecycle() {
    scenario(Runner::Native).await;
}

#[tokio::test]
async fn wasm_modules_turn_a_collision_course_into_a_denm_lifecycle() {
    scenario(Runner::wasm()).await;
}
