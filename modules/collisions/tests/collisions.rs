//! The native collision detector binary against a real tansu broker: predictions of a car
//! and a bike on a collision course raise one risk, keyed by its id, with the TTC and
//! conflict point of the scripted motion; the bike stopping ends it (one ENDED record);
//! an undecodable record is dead-lettered and the stage carries on.

mod scenario;

use std::time::Duration;

use cits_stage::proto::{CollisionRisk, DeadLetter, Message, RiskState};
use cits_stage::testing::{self, ModuleProcess, Tansu};

/// Generous: the test machine is shared.
const WAIT: Duration = Duration::from_secs(60);

/// The native module on `[input, output, dead-letter]` topics from their start, with
/// `extra` variables.
fn start_module(
    addr: &str,
    [input, output, dlq]: [&str; 3],
    extra: &[(&str, &str)],
) -> ModuleProcess {
    let mut env = vec![
        ("CITS_BROKERS", addr),
        ("CITS_INPUT_TOPIC", input),
        ("CITS_OUTPUT_TOPIC", output),
        ("CITS_DLQ_TOPIC", dlq),
        ("CITS_START", "earliest"),
        ("CITS_MAX_WAIT_MS", "10"),
    ];
    env.extend_from_slice(extra);
    ModuleProcess::spawn(env!("CARGO_BIN_EXE_collisions"), &env)
}

#[tokio::test]
async fn a_collision_course_raises_and_ends_one_risk() {
    let broker = Tansu::start();
    let addr = broker.addr();
    let client = testing::client(&addr).await;
    let [input, output, dlq] = ["predictions", "risks", "dlq"].map(testing::unique_topic);
    testing::create_topic(&client, &input, 1).await;
    testing::create_topic(&client, &output, 2).await;
    testing::create_topic(&client, &dlq, 1).await;
    let site = Some(scenario::SITE.as_bytes());
    // Garbage first: the predictions behind it must still be processed.
    let mut records = vec![testing::record(site, vec![0xff; 5], None)];
    records.extend(
        scenario::predictions()
            .into_iter()
            .map(|v| testing::record(site, v, None)),
    );
    testing::produce(&client, &input, 0, records).await;
    let module = start_module(&addr, [&input, &output, &dlq], &[]);
    // Until the ENDED record is there (or the wait is over).
    let deadline = tokio::time::Instant::now() + WAIT;
    let mut risks = Vec::new();
    while tokio::time::Instant::now() < deadline
        && !risks
            .iter()
            .any(|(_, r): &(Option<Vec<u8>>, CollisionRisk)| r.state == RiskState::Ended as i32)
    {
        risks = testing::consume(&client, &output, 2, usize::MAX, Duration::from_millis(500))
            .await
            .into_iter()
            .map(|(_, r)| {
                let risk = CollisionRisk::decode(r.value.as_deref().unwrap_or_default())
                    .expect("a CollisionRisk");
                (r.key, risk)
            })
            .collect();
    }
    let dead = testing::consume(&client, &dlq, 1, 1, WAIT).await;
    let (status, stderr) = module.stop();
    assert!(status.success(), "{status}:\n{stderr}");
    scenario::check_risks(&risks, &stderr);
    assert_eq!(dead.len(), 1, "{stderr}");
    let letter =
        DeadLetter::decode(dead[0].1.value.as_deref().unwrap_or_default()).expect("a DeadLetter");
    assert_eq!(letter.stage, "collisions");
    assert_eq!(letter.original, vec![0xff; 5]);
    assert_eq!(letter.offset, 0);
}

/// `CITS_COLLISION_CONFIG` reaches the detector: with a least closing speed no road user
/// reaches (100 m/s) the same collision course raises nothing, and the start-up line
/// names the setting in effect.
#[tokio::test]
async fn the_collision_config_reaches_the_detector() {
    let broker = Tansu::start();
    let addr = broker.addr();
    let client = testing::client(&addr).await;
    let [input, output, dlq] =
        ["predictions-cfg", "risks-cfg", "dlq-cfg"].map(testing::unique_topic);
    testing::create_topic(&client, &input, 1).await;
    testing::create_topic(&client, &output, 1).await;
    testing::create_topic(&client, &dlq, 1).await;
    let site = Some(scenario::SITE.as_bytes());
    // Garbage last: once it is dead-lettered, every prediction before it was processed.
    let mut records: Vec<_> = scenario::predictions()
        .into_iter()
        .map(|v| testing::record(site, v, None))
        .collect();
    records.push(testing::record(site, vec![0xff; 5], None));
    testing::produce(&client, &input, 0, records).await;
    let module = start_module(
        &addr,
        [&input, &output, &dlq],
        &[("CITS_COLLISION_CONFIG", "v=100, ttc_raise_s=2.0")],
    );
    let dead = testing::consume(&client, &dlq, 1, 1, WAIT).await;
    let risks = testing::consume(&client, &output, 1, usize::MAX, Duration::from_secs(2)).await;
    let (status, stderr) = module.stop();
    assert!(status.success(), "{status}:\n{stderr}");
    assert_eq!(
        dead.len(),
        1,
        "the garbage record is dead-lettered:\n{stderr}"
    );
    assert!(risks.is_empty(), "{} risks raised:\n{stderr}", risks.len());
    assert!(
        stderr.contains("ttc_raise_s=2,") && stderr.contains("min_closing_speed_mps=100,"),
        "{stderr}"
    );
}

/// A setting out of range stops the module at start, naming the variable and the reason,
/// before it touches the broker (none listens at the given address).
#[test]
fn a_bad_collision_config_stops_the_module_at_start() {
    let mut module = ModuleProcess::spawn(
        env!("CARGO_BIN_EXE_collisions"),
        &[
            ("CITS_BROKERS", "127.0.0.1:9"),
            ("CITS_INPUT_TOPIC", "in"),
            ("CITS_OUTPUT_TOPIC", "out"),
            ("CITS_COLLISION_CONFIG", "persist_m=9,persist_n=8"),
        ],
    );
    let deadline = std::time::Instant::now() + WAIT;
    while module.is_running() && std::time::Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(50));
    }
    let (status, stderr) = module.stop();
    assert!(!status.success(), "{stderr}");
    assert!(
        stderr.contains("CITS_COLLISION_CONFIG")
            && stderr.contains("persist_m must be 1 to persist_n 8 (is 9)"),
        "{stderr}"
    );
}
