//! Replay pace: when each recorded message is sent again (thesis §4.1).

use std::time::Duration;

use cits_sim::recording::Entry;

/// How fast a recording is replayed.
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize, serde::Deserialize)]
pub enum Pace {
    /// The recorded gaps divided by this factor (1.0 = original pace, 4.0 = 4x).
    Factor(f64),
    /// No waiting at all: as fast as the publisher can go.
    AsFastAsPossible,
}

impl Pace {
    /// Label used in file names and tables: "1x", "2.5x", "max".
    pub fn label(&self) -> String {
        match self {
            Pace::Factor(f) => format!("{f}x"),
            Pace::AsFastAsPossible => "max".to_owned(),
        }
    }
}

impl std::str::FromStr for Pace {
    type Err = String;

    /// Parses "max", "4", "4x" or "0.5x".
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let s = s.trim();
        if s.eq_ignore_ascii_case("max") {
            return Ok(Pace::AsFastAsPossible);
        }
        let number = s.strip_suffix(['x', 'X']).unwrap_or(s);
        match number.parse::<f64>() {
            Ok(f) if f.is_finite() && f > 0.0 => Ok(Pace::Factor(f)),
            _ => Err(format!(
                "pace {s:?}: expected a positive factor like 4 or 4x, or max"
            )),
        }
    }
}

/// Offset from the start of the replay at which each entry is due, in order.
///
/// Entries are sent in file order; a timestamp earlier than its predecessor's
/// (clock step in the recording) is sent right after it instead of "in the past".
pub fn schedule(entries: &[Entry], pace: Pace) -> Vec<Duration> {
    let Some(first) = entries.first() else {
        return Vec::new();
    };
    let mut due = Vec::with_capacity(entries.len());
    let mut latest = Duration::ZERO;
    for entry in entries {
        let offset = match pace {
            Pace::AsFastAsPossible => Duration::ZERO,
            Pace::Factor(f) => {
                let recorded_ms = entry.timestamp_ms.saturating_sub(first.timestamp_ms) as f64;
                Duration::from_secs_f64(recorded_ms / 1000.0 / f)
            }
        };
        latest = latest.max(offset);
        due.push(latest);
    }
    due
}

/// How long the recording lasts at this pace.
pub fn duration(entries: &[Entry], pace: Pace) -> Duration {
    schedule(entries, pace).last().copied().unwrap_or_default()
}

/// The first entries of a recording that fit into `limit` at this pace (for
/// `--quick` and the CI smoke run).
pub fn truncate_to(entries: &[Entry], pace: Pace, limit: Duration) -> Vec<Entry> {
    let due = schedule(entries, pace);
    entries
        .iter()
        .zip(due)
        .take_while(|(_, d)| *d <= limit)
        .map(|(e, _)| e.clone())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entries(ts: &[u64]) -> Vec<Entry> {
        ts.iter()
            .map(|t| Entry {
                timestamp_ms: *t,
                bytes: vec![0],
            })
            .collect()
    }

    #[test]
    fn original_and_faster_pace() {
        let e = entries(&[1_000, 1_100, 1_500, 3_000]);
        let ms = |v: Vec<Duration>| v.iter().map(Duration::as_millis).collect::<Vec<_>>();
        assert_eq!(
            ms(schedule(&e, Pace::Factor(1.0))),
            vec![0, 100, 500, 2_000]
        );
        assert_eq!(ms(schedule(&e, Pace::Factor(4.0))), vec![0, 25, 125, 500]);
        assert_eq!(ms(schedule(&e, Pace::AsFastAsPossible)), vec![0, 0, 0, 0]);
        assert_eq!(duration(&e, Pace::Factor(2.0)), Duration::from_secs(1));
    }

    #[test]
    fn clock_steps_back_are_sent_in_order() {
        let e = entries(&[1_000, 2_000, 1_500, 2_500]);
        let due: Vec<u128> = schedule(&e, Pace::Factor(1.0))
            .iter()
            .map(Duration::as_millis)
            .collect();
        assert_eq!(due, vec![0, 1_000, 1_000, 1_500]);
    }

    #[test]
    fn empty_recording() {
        assert!(schedule(&[], Pace::Factor(1.0)).is_empty());
        assert_eq!(duration(&[], Pace::AsFastAsPossible), Duration::ZERO);
    }

    #[test]
    fn truncation_keeps_the_prefix_within_the_limit() {
        let e = entries(&[0, 1_000, 2_000, 3_000, 4_000]);
        assert_eq!(
            truncate_to(&e, Pace::Factor(2.0), Duration::from_secs(1)).len(),
            3
        );
        assert_eq!(
            truncate_to(&e, Pace::AsFastAsPossible, Duration::ZERO).len(),
            5
        );
    }

    #[test]
    fn parses_pace() {
        assert_eq!("4x".parse::<Pace>(), Ok(Pace::Factor(4.0)));
        assert_eq!("0.5".parse::<Pace>(), Ok(Pace::Factor(0.5)));
        assert_eq!("MAX".parse::<Pace>(), Ok(Pace::AsFastAsPossible));
        assert!("0x".parse::<Pace>().is_err());
        assert!("-2".parse::<Pace>().is_err());
        assert!("fast".parse::<Pace>().is_err());
        assert_eq!(Pace::Factor(16.0).label(), "16x");
    }
}
