//! The matcher restored from the changes it handed out continues exactly like one that
//! never stopped (the uninterrupted matcher is the ground truth), at every point of a run
//! with a turning car, an oncoming car, a bike, a pedestrian passed through, an
//! implausible jump, idle eviction and a session replaced by a new one.

use super::*;
use crate::test_changelog::{
    assert_deferred_writes_end_alike, assert_restores_at_every_step, compact, Log,
};

/// What a stage does: a trajectory update, or a tick at a watermark.
#[derive(Debug, Clone)]
enum Step {
    Update(Box<Trajectory>),
    Tick(i64),
}

/// Windowed updates (the last 20 points, as the assembler sends them) of four road users
/// at 10 Hz, with a tick every second.
fn run_steps() -> Vec<Step> {
    let mut noise = Noise(7);
    let mut sigma_point = |ts: i64, e: f64, n: f64| {
        let mut p = point(ts, e + 0.4 * noise.normal(), n + 0.4 * noise.normal());
        p.speed_mps = Some(10.0);
        p
    };
    let turning = eastbound(true, 10.0);
    let oncoming = westbound(10.0);
    let mut users: Vec<(String, ObjectClass, Vec<TrajectoryPoint>)> = vec![
        ("42/1".into(), ObjectClass::Car, Vec::new()),
        ("42/2".into(), ObjectClass::Car, Vec::new()),
        ("42/3".into(), ObjectClass::Bicycle, Vec::new()),
        ("42/4".into(), ObjectClass::Pedestrian, Vec::new()),
    ];
    let mut steps = Vec::new();
    for k in 0..120usize {
        let ts = k as i64 * 100;
        for (u, (key, class, points)) in users.iter_mut().enumerate() {
            let t = ts + u as i64 * 10;
            let p = match u {
                0 => {
                    let (e, n, _) = turning[k];
                    // A tracker glitch: points 40 m off, one more than are rejected.
                    if (50..=50 + MAX_IMPLAUSIBLE_IN_ROW as usize).contains(&k) {
                        sigma_point(t, e + 40.0, n)
                    } else {
                        sigma_point(t, e, n)
                    }
                }
                1 => {
                    let (e, n, _) = oncoming[k];
                    sigma_point(t, e, n)
                }
                // The bike stops being seen at 6 s (idle eviction).
                2 if k >= 60 => continue,
                2 => sigma_point(t, -150.0 + 0.5 * k as f64, -10.0),
                _ => point(t, 20.0, 20.0 + 0.1 * k as f64),
            };
            points.push(p);
            let from = points.len().saturating_sub(20);
            let mut update = trajectory(*class, points[from..].to_vec());
            update.trajectory_key = key.clone();
            update.point_count = points.len() as u32;
            // The oncoming car's tracker restarts at 8 s: a new session of the same key.
            if u == 1 && k >= 80 {
                update.session_start_ms = 8_000;
                update.points.retain(|p| p.timestamp_ms >= 8_000);
            }
            steps.push(Step::Update(Box::new(update)));
        }
        if k % 10 == 9 {
            steps.push(Step::Tick(ts + 100));
        }
    }
    steps
}

fn matcher() -> MapMatcher {
    MapMatcher::with_config(
        graph(),
        MatcherConfig {
            idle_timeout_ms: 2_000,
            ..MatcherConfig::default()
        },
    )
    .with_change_tracking()
}

/// Runs one step the way the stage shell does: output, then the changes into the log.
fn step(m: &mut MapMatcher, s: &Step, log: &mut Log) -> Option<MatchedTrajectory> {
    let out = apply(m, s);
    compact(log, m.take_changes());
    out
}

/// One step without taking the changes.
fn apply(m: &mut MapMatcher, s: &Step) -> Option<MatchedTrajectory> {
    match s {
        Step::Update(t) => Some(m.process(t).expect("valid trajectory")),
        Step::Tick(w) => {
            m.evict_idle(*w);
            None
        }
    }
}

/// Told keys, state serialised every fifth step (a 10 Hz road user between commits
/// every 0.5 s): the same log as serialising after every step.
#[test]
fn changes_serialised_at_writes_only_end_like_those_after_every_step() {
    assert_deferred_writes_end_alike(
        &run_steps(),
        5,
        matcher,
        |m, s| {
            apply(m, s);
        },
        MapMatcher::take_changed_keys,
        MapMatcher::take_changes,
    );
}

fn restored(log: &Log) -> MapMatcher {
    let mut m = matcher();
    for (key, value) in log {
        if let Some(bytes) = value {
            m.restore(key, bytes).expect("restore");
        }
    }
    assert!(
        m.take_changes().is_empty(),
        "restoring changes nothing to write"
    );
    m
}

#[test]
fn a_restored_matcher_continues_exactly_like_the_uninterrupted_one() {
    let steps = run_steps();
    let mut truth = matcher();
    let mut log = Log::new();
    let expected: Vec<Option<MatchedTrajectory>> = steps
        .iter()
        .map(|s| step(&mut truth, s, &mut log))
        .collect();
    // The run is what it claims: the bike's session was evicted (a tombstone), the
    // oncoming car's first session too, once idle; the others are live.
    let live: Vec<&String> = log
        .iter()
        .filter(|(_, v)| v.is_some())
        .map(|(k, _)| k)
        .collect();
    assert_eq!(live, ["42/1|0", "42/2|8000", "42/4|0"], "{:?}", log.keys());
    assert!(log.get("42/3|0").is_some_and(Option::is_none));

    assert_restores_at_every_step(
        &steps,
        &expected,
        matcher,
        step,
        restored,
        MapMatcher::cached_sessions,
    );
}

#[test]
fn state_of_another_map_or_session_is_an_error_and_changes_nothing() {
    let mut truth = matcher();
    let mut log = Log::new();
    for s in run_steps().iter().take(100) {
        step(&mut truth, s, &mut log);
    }
    let bytes = log["42/1|0"].clone().expect("the turning car's session");
    let mut m = matcher();
    assert!(matches!(
        m.restore("42/1|0", &[0xff, 0xff]),
        Err(Error::Protobuf { .. })
    ));
    assert!(matches!(
        m.restore("42/1|1", &bytes),
        Err(Error::InvalidState { .. })
    ));
    // Another map: one lane fewer.
    let mut other = MapMatcher::new(graph_without_last_lane()).with_change_tracking();
    assert!(matches!(
        other.restore("42/1|0", &bytes),
        Err(Error::InvalidState { .. })
    ));
    assert_eq!((m.cached_sessions(), other.cached_sessions()), (0, 0));
    m.restore("42/1|0", &bytes)
        .expect("the real state restores");
    assert_eq!(m.cached_sessions(), 1);
}

/// The test graph without its bike lane.
fn graph_without_last_lane() -> Arc<LaneGraph> {
    let mut specs = lane_specs();
    specs.pop();
    Arc::new(LaneGraph::build(specs).expect("valid graph"))
}
