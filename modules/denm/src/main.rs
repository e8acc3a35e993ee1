//! The DENM sender stage: `cits.risks` ([`CollisionRisk`]) → `cits.denm` ([`CitsMessage`]
//! of kind DENM, UPER payload), keyed by actionId `"<station>/<sequence>"` so one DENM
//! lifecycle stays in one partition and in order.
//!
//! The lifecycle (new, update, cancel, expiry) is `cits_core::denm::DenmSender`; it runs
//! on event time: an [`EventClock`] over the risks' timestamps, so replays produce the same
//! DENMs. `tick` drops lifecycles past their validity (no cancellation is sent for them:
//! receivers have dropped them too). Repetition of an unchanged DENM is the roadside's
//! job; this stage re-sends a persisting risk as an update every
//! `cits_core::denm::REFRESH_INTERVAL_MS`.
//!
//! The lifecycles survive restarts: every changed risk id (its lifecycle, or that it was
//! cancelled) and every station's sequence numbers are written to the changelog topic
//! (`cits.denm.changelog`) and restored on start, so a lifecycle continues with its
//! actionId and still gets its cancellation, and a sequence number still valid at
//! receivers is never reused.
//!
//! `CITS_DENM_LEGACY_SUB_CAUSES=1` sends subCause 4 (vulnerableRoadUser) instead of
//! 5/6/7 for receivers older than CDD v2.2.1.

use cits_core::denm::{self, DenmConfig, DenmEvent, DenmKind, DenmSender, Outcome};
use cits_stage::proto::{CitsMessage, CollisionRisk, Encoding, MessageKind};
use cits_stage::{EventClock, Keyed, Now, Stage, StateChange};

/// Counts live heap bytes for the stats line (`heap_kib`, see `cits_stage::heap`).
#[global_allocator]
static ALLOCATOR: cits_stage::heap::CountingAllocator = cits_stage::heap::CountingAllocator;

/// `CitsMessage.provider` of the DENMs this platform sends.
const PROVIDER: &str = "cits-wasm";

/// The DENM lifecycles of the risks this instance owns, on event time.
struct DenmStage {
    sender: DenmSender,
    clock: EventClock,
}

/// A deterministic message id: actionId, kind and referenceTime identify one DENM.
fn message_uuid(denm: &DenmEvent) -> String {
    let mut bytes = [0u8; 16];
    bytes[..4].copy_from_slice(&denm.action_id.station_id.to_be_bytes());
    bytes[4..6].copy_from_slice(&denm.action_id.sequence.to_be_bytes());
    bytes[6..14].copy_from_slice(&denm.reference_ms.to_be_bytes());
    bytes[14] = match denm.kind {
        DenmKind::New => 0,
        DenmKind::Update => 1,
        DenmKind::Cancel => 2,
    };
    uuid::Uuid::new_v8(bytes).to_string()
}

impl Stage for DenmStage {
    type Input = CollisionRisk;
    type Output = Keyed<CitsMessage>;
    type Error = cits_core::Error;
    const NAME: &'static str = "denm";

    fn process(
        &mut self,
        risk: CollisionRisk,
        now: Now,
    ) -> Result<Vec<Keyed<CitsMessage>>, Self::Error> {
        self.clock.observe(risk.timestamp_ms, now);
        let event_now = self.clock.watermark(now).unwrap_or(risk.timestamp_ms);
        let Outcome::Send(denm) = self.sender.on_risk(&risk, event_now)? else {
            return Ok(Vec::new());
        };
        let payload = denm::uper::encode(&denm)?;
        Ok(vec![Keyed {
            key: denm.action_id.to_string(),
            message: CitsMessage {
                uuid: message_uuid(&denm),
                station_id: denm.action_id.station_id,
                provider: PROVIDER.to_owned(),
                send_time_ms: u64::try_from(now.unix_ms()).unwrap_or(0),
                kind: MessageKind::Denm as i32,
                encoding: Encoding::Uper as i32,
                payload,
                trace: None,
            },
        }])
    }

    fn tick(&mut self, now: Now) -> Option<String> {
        if let Some(watermark) = self.clock.watermark(now) {
            self.sender.expire(watermark);
        }
        let c = self.sender.counters();
        Some(format!(
            "lifecycles={} new={} updates={} cancels={} expired={} suppressed={}",
            self.sender.open_lifecycles(),
            c.new,
            c.updates,
            c.cancels,
            c.expired,
            c.suppressed
        ))
    }

    const STATEFUL: bool = true;

    fn take_changes(&mut self) -> Vec<StateChange> {
        self.sender
            .take_changes()
            .into_iter()
            .map(StateChange::from)
            .collect()
    }

    fn take_changed_keys(&mut self) -> Option<Vec<String>> {
        Some(self.sender.take_changed_keys())
    }

    fn restore(&mut self, key: &str, state: &[u8]) -> Result<(), Self::Error> {
        self.sender.restore(key, state)
    }
}

fn main() -> std::process::ExitCode {
    let legacy_sub_causes = std::env::var("CITS_DENM_LEGACY_SUB_CAUSES")
        .is_ok_and(|v| matches!(v.as_str(), "1" | "true" | "yes"));
    cits_stage::main(|_| {
        Ok::<_, std::convert::Infallible>(DenmStage {
            sender: DenmSender::new(DenmConfig { legacy_sub_causes }).with_change_tracking(),
            clock: EventClock::default(),
        })
    })
}
