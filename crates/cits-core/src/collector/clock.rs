//! Plausibility of CPM measurement times, per station.
//!
//! One CPM with a far-future or far-past time must not reach the event-time
//! stages: the assembler's clock follows the newest location it sees, so a
//! single CPM a day ahead would evict every open session on the next tick.
//! A station's clock is its own best reference (replays keep their original
//! times, so the wall clock is not one), so the collector keeps, per station,
//! the newest plausible measurement time and the wall time it arrived at:
//!
//! - **first CPM** of a station: accepted, it sets the station's recent time;
//! - **plausible**: every measurement time of the CPM lies within
//!   [`MAX_BEHIND_MS`] behind and [`MAX_AHEAD_MS`] (plus the wall time elapsed
//!   since the recent time was seen, so a station that pauses may resume)
//!   ahead of the recent time → accepted, the recent time moves forward;
//! - **implausible**: rejected with [`Error::ImplausibleTime`] (the shell sends
//!   the CPM to `cits.dlq`); the recent time stays;
//! - **resync**: after [`RESYNC_AFTER`] implausible CPMs in a row whose times
//!   agree with each other, the station's clock really moved (a replay
//!   restarted, the first CPM was the bad one): the last is accepted and
//!   becomes the recent time.
//!
//! State is bounded: at most [`MAX_STATIONS`] stations, the least recently
//! seen is forgotten first.

use std::collections::HashMap;

use crate::{Error, Result};

/// How far ahead of a station's recent time a measurement may be, ms: one
/// assembler idle timeout (5 s) — an event further ahead would close every
/// open session of the station at once.
pub const MAX_AHEAD_MS: i64 = 5_000;
/// How far behind a station's recent time a measurement may be, ms: two
/// cameras' frames and send jitter are 100 ms apart; older than two assembler
/// idle timeouts, the object's session is closed and an old point would open a
/// stale one.
pub const MAX_BEHIND_MS: i64 = 10_000;
/// Implausible CPMs in a row, agreeing with each other, after which the
/// station's clock is taken to have moved: 2 s of one 8 Hz station.
pub const RESYNC_AFTER: u32 = 16;
/// Stations remembered: far more RSUs than one pipeline serves; bounds memory
/// against a flood of made-up station ids.
pub const MAX_STATIONS: usize = 4_096;

/// What the collector knows about one station's clock.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct StationClock {
    /// Newest plausible measurement time, Unix ms.
    recent_ms: i64,
    /// Wall time when `recent_ms` was seen, Unix ms.
    seen_wall_ms: i64,
    /// Implausible CPMs in a row and the newest time among them (they agree
    /// with each other within the bounds).
    rejected: Option<(u32, i64)>,
}

/// Per-station recent measurement times: explicit state that survives a
/// restart as plain data (losing it only means the next CPM is trusted).
#[derive(Debug, Clone, Default)]
pub struct StationClocks {
    stations: HashMap<u32, StationClock>,
}

impl StationClocks {
    /// An empty table.
    pub fn new() -> Self {
        Self::default()
    }

    /// Stations currently remembered.
    pub fn len(&self) -> usize {
        self.stations.len()
    }

    /// Whether no station is remembered.
    pub fn is_empty(&self) -> bool {
        self.stations.is_empty()
    }

    /// Checks the measurement times `[oldest_ms, newest_ms]` of one CPM of
    /// `station_id`, arriving at wall time `now_ms`; updates the station's
    /// clock when they are plausible.
    pub fn check(
        &mut self,
        station_id: u32,
        oldest_ms: i64,
        newest_ms: i64,
        now_ms: i64,
    ) -> Result<()> {
        let Some(clock) = self.stations.get_mut(&station_id) else {
            self.insert(station_id, newest_ms, now_ms);
            return Ok(());
        };
        let waited = now_ms.saturating_sub(clock.seen_wall_ms).max(0);
        let ahead_bound = MAX_AHEAD_MS.saturating_add(waited);
        let ahead = newest_ms.saturating_sub(clock.recent_ms);
        let behind = clock.recent_ms.saturating_sub(oldest_ms);
        if ahead <= ahead_bound && behind <= MAX_BEHIND_MS {
            if newest_ms > clock.recent_ms {
                clock.recent_ms = newest_ms;
                clock.seen_wall_ms = now_ms;
            }
            clock.rejected = None;
            return Ok(());
        }
        let agrees = |previous: i64| {
            newest_ms.saturating_sub(previous) <= MAX_AHEAD_MS
                && previous.saturating_sub(oldest_ms) <= MAX_BEHIND_MS
        };
        let in_row = match clock.rejected {
            Some((n, previous)) if agrees(previous) => (n + 1, previous.max(newest_ms)),
            _ => (1, newest_ms),
        };
        if in_row.0 >= RESYNC_AFTER {
            *clock = StationClock {
                recent_ms: in_row.1,
                seen_wall_ms: now_ms,
                rejected: None,
            };
            return Ok(());
        }
        clock.rejected = Some(in_row);
        let (time_ms, offset_ms, direction, bound_ms) = if ahead > ahead_bound {
            (newest_ms, ahead, "ahead of", ahead_bound)
        } else {
            (oldest_ms, behind, "behind", MAX_BEHIND_MS)
        };
        Err(Error::ImplausibleTime {
            station_id,
            time_ms,
            recent_ms: clock.recent_ms,
            offset_ms,
            direction,
            bound_ms,
        })
    }

    fn insert(&mut self, station_id: u32, time_ms: i64, now_ms: i64) {
        if self.stations.len() >= MAX_STATIONS {
            let stalest = self
                .stations
                .iter()
                .min_by_key(|(id, c)| (c.seen_wall_ms, **id))
                .map(|(id, _)| *id);
            if let Some(id) = stalest {
                self.stations.remove(&id);
            }
        }
        self.stations.insert(
            station_id,
            StationClock {
                recent_ms: time_ms,
                seen_wall_ms: now_ms,
                rejected: None,
            },
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const T0: i64 = 1_632_470_400_000;
    const WALL: i64 = 1_800_000_000_000;

    #[test]
    fn a_steady_station_passes_and_a_far_future_cpm_does_not() {
        let mut clocks = StationClocks::new();
        for k in 0..40 {
            // 8 Hz, wall time running with event time.
            let t = T0 + 125 * k;
            clocks.check(7, t - 60, t, WALL + 125 * k).expect("steady");
        }
        let recent = T0 + 125 * 39;
        let day = 86_400_000;
        let err = clocks
            .check(7, recent + day, recent + day, WALL + 125 * 40)
            .expect_err("a day ahead");
        match &err {
            Error::ImplausibleTime {
                station_id,
                time_ms,
                recent_ms,
                offset_ms,
                direction,
                ..
            } => {
                assert_eq!(*station_id, 7);
                assert_eq!(*time_ms, recent + day);
                assert_eq!(*recent_ms, recent);
                assert_eq!(*offset_ms, day);
                assert_eq!(*direction, "ahead of");
            }
            other => panic!("{other}"),
        }
        let text = err.to_string();
        assert!(text.contains("station 7") && text.contains(&recent.to_string()));
        // The bad CPM did not move the clock: the next regular one passes.
        clocks
            .check(7, recent + 125, recent + 125, WALL + 125 * 41)
            .expect("back to normal");
    }

    #[test]
    fn far_past_is_rejected_but_ordinary_lateness_is_not() {
        let mut clocks = StationClocks::new();
        clocks.check(1, T0, T0, WALL).unwrap();
        clocks.check(1, T0 - 2_000, T0 - 1_900, WALL).unwrap();
        clocks
            .check(1, T0 - MAX_BEHIND_MS, T0, WALL)
            .expect("exactly at the bound");
        let err = clocks
            .check(1, T0 - MAX_BEHIND_MS - 1, T0, WALL)
            .expect_err("just past the bound");
        assert!(
            matches!(err, Error::ImplausibleTime { direction: "behind", offset_ms, .. } if offset_ms == MAX_BEHIND_MS + 1)
        );
    }

    #[test]
    fn stations_are_independent() {
        let mut clocks = StationClocks::new();
        clocks.check(1, T0, T0, WALL).unwrap();
        // Another station lives a day later (its clock is wrong, but consistently).
        clocks
            .check(2, T0 + 86_400_000, T0 + 86_400_000, WALL)
            .unwrap();
        clocks.check(1, T0 + 125, T0 + 125, WALL).unwrap();
        assert_eq!(clocks.len(), 2);
    }

    #[test]
    fn a_paused_station_may_resume_after_the_wall_time_it_was_silent() {
        let mut clocks = StationClocks::new();
        clocks.check(3, T0, T0, WALL).unwrap();
        // 60 s silent, both in event and wall time.
        clocks
            .check(3, T0 + 60_000, T0 + 60_000, WALL + 60_000)
            .unwrap();
        // But 60 s of event time within 1 s of wall time is a jump.
        assert!(clocks
            .check(3, T0 + 120_000, T0 + 120_000, WALL + 61_000)
            .is_err());
    }

    #[test]
    fn a_station_whose_clock_really_moved_is_resynced() {
        let mut clocks = StationClocks::new();
        // The very first CPM is the bad one: a year in the past.
        let year = 365 * 86_400_000;
        clocks.check(4, T0 - year, T0 - year, WALL).unwrap();
        let mut rejected = 0;
        for k in 0..(RESYNC_AFTER as i64 + 5) {
            let t = T0 + 125 * k;
            if clocks.check(4, t, t, WALL).is_err() {
                rejected += 1;
            }
        }
        assert_eq!(rejected, RESYNC_AFTER - 1);
        // Scattered garbage does not resync: it never agrees with itself.
        let t = T0 + 125 * (RESYNC_AFTER as i64 + 5);
        for k in 0..(2 * RESYNC_AFTER as i64) {
            let wild = t + (k % 2 * 2 - 1) * (k + 1) * 1_000_000;
            assert!(clocks.check(4, wild, wild, WALL).is_err(), "{k}");
        }
        clocks
            .check(4, t, t, WALL)
            .expect("the real clock still counts");
    }

    #[test]
    fn the_table_is_bounded() {
        let mut clocks = StationClocks::new();
        for id in 0..(MAX_STATIONS as u32 + 10) {
            clocks.check(id, T0, T0, WALL + i64::from(id)).unwrap();
        }
        assert_eq!(clocks.len(), MAX_STATIONS);
    }

    #[test]
    fn extreme_times_do_not_panic() {
        let mut clocks = StationClocks::new();
        clocks.check(5, i64::MIN, i64::MAX, i64::MIN).unwrap();
        let _ = clocks.check(5, i64::MAX, i64::MIN, i64::MAX);
        let _ = clocks.check(5, i64::MIN, i64::MIN, 0);
    }
}
