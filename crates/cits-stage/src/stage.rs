//! What a stage is: a state machine over protobuf messages.

use cits_proto::{
    CitsMessage, CollisionRisk, Cpm, Location, MatchedTrajectory, Prediction, Trace, Trajectory,
};

/// Wall-clock time handed to a stage, Unix epoch nanoseconds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Now {
    /// Nanoseconds since 1970-01-01T00:00:00Z.
    pub unix_ns: u64,
}

impl Now {
    /// The current system time (0 if the clock is before 1970).
    pub fn system() -> Self {
        let unix_ns = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| u64::try_from(d.as_nanos()).unwrap_or(u64::MAX))
            .unwrap_or(0);
        Self { unix_ns }
    }

    /// Milliseconds since the Unix epoch.
    pub fn unix_ms(self) -> i64 {
        i64::try_from(self.unix_ns / 1_000_000).unwrap_or(i64::MAX)
    }
}

/// One stage of the pipeline: turns one input message into zero or more
/// output messages. The shell does everything else (Kafka, protobuf, keys,
/// traces, dead letters), so a stage is plain, testable logic.
pub trait Stage {
    /// Message type consumed from the input topic.
    type Input: Envelope;
    /// Message type produced to the output topic.
    type Output: Envelope;
    /// Why an input was rejected (the record goes to the dead-letter topic).
    type Error: std::fmt::Display;

    /// Stage name in traces and dead letters, e.g. "decoder".
    const NAME: &'static str;

    /// Processes one input. `Ok(vec![])` means "nothing to emit" (counted as
    /// filtered), `Err` means the input is bad (dead-lettered). The input's
    /// trace has been taken out: the shell copies it into every output and
    /// appends this stage's entry.
    fn process(&mut self, input: Self::Input, now: Now) -> Result<Vec<Self::Output>, Self::Error>;

    /// Housekeeping, called about once per [`crate::TICK_INTERVAL`] (e.g.
    /// evicting idle sessions). Returns a short status for the stats line.
    fn tick(&mut self, now: Now) -> Option<String> {
        let _ = now;
        None
    }

    /// Records found by the last [`Stage::tick`] (e.g. risks that ended because their road
    /// users went stale), taken right after it and produced like the outputs of an input:
    /// before the state changes of that tick reach the changelog. They have no input, so
    /// their trace holds only this stage's entry.
    fn take_tick_outputs(&mut self) -> Vec<Self::Output> {
        Vec::new()
    }

    /// Whether the stage keeps state that must survive a restart. Only then does the
    /// shell open the changelog topic ([`crate::StageConfig::changelog_topic`]), write
    /// [`Stage::take_changes`] to it and call [`Stage::restore`] on start; stateless
    /// stages keep the default and pay nothing.
    const STATEFUL: bool = false;

    /// The state keys that changed since the last call (by [`Stage::process`] or
    /// [`Stage::tick`]), each with its serialised state, `None` once deleted. The shell
    /// writes them to the changelog partition of the input partition the key came from,
    /// before it commits the input: it calls this at each changelog write (every
    /// [`crate::COMMIT_INTERVAL`]) when [`Stage::take_changed_keys`] tells it the keys,
    /// else after every `process` and `tick`.
    fn take_changes(&mut self) -> Vec<StateChange> {
        Vec::new()
    }

    /// The state keys that changed since the last call (or [`Stage::take_changes`]),
    /// without their state, each once; called after every `process` and `tick`. A stage
    /// that tells them has its state serialised once per key and changelog write — not
    /// after every input that changed it (an object updated at 10 Hz changes its key
    /// five times between two commits). `None` (the default): the shell calls
    /// [`Stage::take_changes`] after every input instead.
    fn take_changed_keys(&mut self) -> Option<Vec<String>> {
        None
    }

    /// Puts back the state of one key from the changelog, before the first input.
    /// Only the latest state of each live key is passed. An `Err` is logged and the key
    /// starts empty.
    fn restore(&mut self, key: &str, state: &[u8]) -> Result<(), Self::Error> {
        let _ = (key, state);
        Ok(())
    }
}

/// One changed state key of a [`Stage`] and its serialised state: the value of a
/// changelog record, `None` for a tombstone (the key was deleted).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StateChange {
    /// The state key, e.g. a trajectory key; the changelog record's key. Must not be
    /// [`crate::CHANGELOG_POSITION_KEY`].
    pub key: String,
    /// The serialised state, `None` when the key was deleted.
    pub state: Option<Vec<u8>>,
}

/// The `(key, state)` pairs the `cits-core` state machines hand out.
impl From<(String, Option<Vec<u8>>)> for StateChange {
    fn from((key, state): (String, Option<Vec<u8>>)) -> Self {
        Self { key, state }
    }
}

/// A protobuf message that travels between stages: it has a type name, a
/// trace, a record key and (maybe) the id of the station it came from.
pub trait Envelope: prost::Message + Default {
    /// Full protobuf name, sent in the [`crate::TYPE_HEADER`] record header so
    /// a stage can reject records of the wrong type before decoding them.
    const TYPE_NAME: &'static str;

    /// The message's trace field.
    fn trace_mut(&mut self) -> &mut Option<Trace>;

    /// The Kafka record key: the trajectory key from the collector on, the
    /// station id before (so one object / one station stays in one partition).
    fn record_key(&self) -> String;

    /// The ETSI station id the message came from, when known (for logs).
    fn station_id(&self) -> Option<u32>;
}

/// Station id prefix of a trajectory key "<station_id>/<object_id>".
fn station_of_key(key: &str) -> Option<u32> {
    key.split_once('/').and_then(|(s, _)| s.parse().ok())
}

impl Envelope for CitsMessage {
    const TYPE_NAME: &'static str = "cits.v1.CitsMessage";
    fn trace_mut(&mut self) -> &mut Option<Trace> {
        &mut self.trace
    }
    fn record_key(&self) -> String {
        self.station_id.to_string()
    }
    fn station_id(&self) -> Option<u32> {
        Some(self.station_id)
    }
}

impl Envelope for Cpm {
    const TYPE_NAME: &'static str = "cits.v1.Cpm";
    fn trace_mut(&mut self) -> &mut Option<Trace> {
        &mut self.trace
    }
    fn record_key(&self) -> String {
        self.station_id.to_string()
    }
    fn station_id(&self) -> Option<u32> {
        Some(self.station_id)
    }
}

/// The messages keyed by trajectory key ("<station_id>/<object_id>") share one impl.
macro_rules! keyed_by_trajectory {
    ($($message:ident => $type_name:literal),+ $(,)?) => {$(
        impl Envelope for $message {
            const TYPE_NAME: &'static str = $type_name;
            fn trace_mut(&mut self) -> &mut Option<Trace> {
                &mut self.trace
            }
            fn record_key(&self) -> String {
                self.trajectory_key.clone()
            }
            fn station_id(&self) -> Option<u32> {
                station_of_key(&self.trajectory_key)
            }
        }
    )+};
}

keyed_by_trajectory! {
    Location => "cits.v1.Location",
    Trajectory => "cits.v1.Trajectory",
    MatchedTrajectory => "cits.v1.MatchedTrajectory",
}

/// Predictions are keyed by site (the RSU's station id in decimal), so the collision
/// detector instance that owns a site's partition sees every road user in it.
impl Envelope for Prediction {
    const TYPE_NAME: &'static str = "cits.v1.Prediction";
    fn trace_mut(&mut self) -> &mut Option<Trace> {
        &mut self.trace
    }
    fn record_key(&self) -> String {
        self.site.clone()
    }
    fn station_id(&self) -> Option<u32> {
        self.site.parse().ok()
    }
}

/// Risks are keyed by `risk_id`, stable for the life of a risk, so its ACTIVE updates
/// and its ENDED record stay in order in one partition.
impl Envelope for CollisionRisk {
    const TYPE_NAME: &'static str = "cits.v1.CollisionRisk";
    fn trace_mut(&mut self) -> &mut Option<Trace> {
        &mut self.trace
    }
    fn record_key(&self) -> String {
        self.risk_id.clone()
    }
    fn station_id(&self) -> Option<u32> {
        self.site.parse().ok()
    }
}

/// A message with an explicit Kafka key, for outputs whose key is not their type's
/// [`Envelope::record_key`]: the DENM sender keys `CitsMessage`s by actionId
/// ("<station>/<sequence>"). On the wire it is exactly `M` (the key travels as the
/// record key), so consumers decode `M`; decoding a `Keyed` leaves `key` empty.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Keyed<M> {
    /// The Kafka record key.
    pub key: String,
    /// The message.
    pub message: M,
}

impl<M: prost::Message> prost::Message for Keyed<M> {
    fn encode_raw(&self, buf: &mut impl prost::bytes::BufMut) {
        self.message.encode_raw(buf);
    }
    fn merge_field(
        &mut self,
        tag: u32,
        wire_type: prost::encoding::WireType,
        buf: &mut impl prost::bytes::Buf,
        ctx: prost::encoding::DecodeContext,
    ) -> Result<(), prost::DecodeError> {
        self.message.merge_field(tag, wire_type, buf, ctx)
    }
    fn encoded_len(&self) -> usize {
        self.message.encoded_len()
    }
    fn clear(&mut self) {
        self.message.clear();
    }
}

impl<M: Envelope> Envelope for Keyed<M> {
    const TYPE_NAME: &'static str = M::TYPE_NAME;
    fn trace_mut(&mut self) -> &mut Option<Trace> {
        self.message.trace_mut()
    }
    fn record_key(&self) -> String {
        self.key.clone()
    }
    fn station_id(&self) -> Option<u32> {
        self.message.station_id()
    }
}

/// An event-time clock for stages whose windows are driven by message
/// timestamps (assembler, map matcher): the watermark is the newest event
/// time seen, advanced by the wall time elapsed since it was seen. So sessions
/// close on event time while data flows (replays stay deterministic), and
/// still close when the input stops.
#[derive(Debug, Clone, Copy, Default)]
pub struct EventClock {
    /// Newest event time seen (ms) and the wall time (ms) when it was seen.
    newest: Option<(i64, i64)>,
}

impl EventClock {
    /// Records an event time seen at wall time `now`.
    pub fn observe(&mut self, event_ms: i64, now: Now) {
        if self.newest.is_none_or(|(newest, _)| event_ms > newest) {
            self.newest = Some((event_ms, now.unix_ms()));
        }
    }

    /// The watermark at wall time `now`, or `None` before the first event.
    pub fn watermark(&self, now: Now) -> Option<i64> {
        self.newest
            .map(|(event, seen)| event.saturating_add(now.unix_ms().saturating_sub(seen).max(0)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_and_station_ids() {
        let loc = Location {
            trajectory_key: "4711/12".into(),
            ..Default::default()
        };
        assert_eq!(loc.record_key(), "4711/12");
        assert_eq!(loc.station_id(), Some(4711));
        let bad = Trajectory {
            trajectory_key: "garbage".into(),
            ..Default::default()
        };
        assert_eq!(bad.station_id(), None);
        let msg = CitsMessage {
            station_id: 9,
            ..Default::default()
        };
        assert_eq!(msg.record_key(), "9");
        let risk = CollisionRisk {
            site: "4711".into(),
            risk_id: "4711|1/2@5|1/3@6|7".into(),
            ..Default::default()
        };
        assert_eq!(risk.record_key(), "4711|1/2@5|1/3@6|7");
        assert_eq!(risk.station_id(), Some(4711));
        let prediction = Prediction {
            site: "4711".into(),
            trajectory_key: "4711/3".into(),
            ..Default::default()
        };
        assert_eq!(prediction.record_key(), "4711");
    }

    #[test]
    fn keyed_messages_carry_their_key_and_encode_as_the_message() {
        use prost::Message as _;
        let message = CitsMessage {
            station_id: 4711,
            payload: vec![1, 2, 3],
            ..Default::default()
        };
        let keyed = Keyed {
            key: "4711/65535".to_owned(),
            message: message.clone(),
        };
        assert_eq!(keyed.record_key(), "4711/65535");
        assert_eq!(keyed.station_id(), Some(4711));
        assert_eq!(
            <Keyed<CitsMessage> as Envelope>::TYPE_NAME,
            "cits.v1.CitsMessage"
        );
        assert_eq!(keyed.encode_to_vec(), message.encode_to_vec());
        let decoded = CitsMessage::decode(keyed.encode_to_vec().as_slice()).unwrap();
        assert_eq!(decoded, message);
        let risk = CollisionRisk {
            site: "815".into(),
            risk_id: "815/1|815/2".into(),
            ..Default::default()
        };
        assert_eq!(risk.record_key(), "815/1|815/2");
        assert_eq!(risk.station_id(), Some(815));
    }

    #[test]
    fn event_clock_follows_events_then_wall_time() {
        let mut clock = EventClock::default();
        let at = |ms: u64| Now {
            unix_ns: ms * 1_000_000,
        };
        assert_eq!(clock.watermark(at(0)), None);
        clock.observe(1_000, at(50_000));
        clock.observe(900, at(50_010)); // late event does not move the clock back
        assert_eq!(clock.watermark(at(50_000)), Some(1_000));
        assert_eq!(clock.watermark(at(52_000)), Some(3_000));
        clock.observe(5_000, at(52_000));
        assert_eq!(clock.watermark(at(52_500)), Some(5_500));
    }
}
