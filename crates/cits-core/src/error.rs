//! The error type of `cits-core`.

/// Everything that can go wrong in the stage logic. Input never panics: bad
/// input is reported as one of these and the record goes to the dead-letter topic.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The protobuf bytes of a record could not be decoded.
    #[error("invalid {message} protobuf: {source}")]
    Protobuf {
        /// Which message type was expected.
        message: &'static str,
        /// The decoder's complaint.
        #[source]
        source: cits_proto::prost_error::DecodeError,
    },
    /// An ETSI payload is larger than the decoder accepts.
    #[error("payload of {len} bytes exceeds the limit of {max} bytes")]
    PayloadTooLarge {
        /// Size of the rejected payload.
        len: usize,
        /// The limit (`decoder::MAX_PAYLOAD_BYTES`).
        max: usize,
    },
    /// A `CitsMessage` wrapper announces a message kind other than CPM.
    #[error("message kind {kind} is not a CPM")]
    NotCpmKind {
        /// The wrapper's `MessageKind` value.
        kind: i32,
    },
    /// The payload encoding is unspecified or unknown.
    #[error("unsupported payload encoding {encoding}")]
    UnsupportedEncoding {
        /// The wrapper's `Encoding` value.
        encoding: i32,
    },
    /// The ItsPduHeader names another ETSI message (e.g. 2 = CAM).
    #[error("ETSI messageId {message_id} is not a CPM (14)")]
    NotCpm {
        /// The header's messageId.
        message_id: u8,
    },
    /// A CPM of a protocol version the decoder does not know.
    #[error("unsupported CPM protocolVersion {protocol_version} (known: 1, 2)")]
    UnsupportedCpmVersion {
        /// The header's protocolVersion.
        protocol_version: u8,
    },
    /// The ASN.1 bytes are not a valid CPM (garbage, truncated, constraint violated).
    #[error("invalid {encoding} CPM: {reason}")]
    CpmDecode {
        /// "UPER" or "XER".
        encoding: &'static str,
        /// The ASN.1 decoder's complaint.
        reason: String,
    },
    /// The CPM decodes but its content cannot be represented (e.g. an object without id).
    #[error("unusable CPM content: {reason}")]
    CpmContent {
        /// What is wrong.
        reason: String,
    },
    /// A `Cpm` cannot be encoded as ETSI CPM (a value outside its ETSI range, ...).
    #[error("cannot encode CPM: {reason}")]
    CpmEncode {
        /// What is wrong.
        reason: String,
    },
    // ---- collector ----
    /// A CPM has no reference position, so none of its objects can be placed.
    #[error("CPM of station {station_id} has no reference position")]
    MissingReferencePosition {
        /// Sender of the CPM.
        station_id: u32,
    },
    /// A CPM's reference position is unavailable or out of range.
    #[error("CPM of station {station_id}: unusable reference position (latitude {latitude}, longitude {longitude}, 1e-7 degree)")]
    InvalidReferencePosition {
        /// Sender of the CPM.
        station_id: u32,
        /// The ETSI latitude value (900000001 = unavailable).
        latitude: i32,
        /// The ETSI longitude value (1800000001 = unavailable).
        longitude: i32,
    },
    /// A CPM's orientation angle is unavailable or out of range, so its object frame is unknown.
    #[error("CPM of station {station_id}: unusable orientation angle {value} (0.1 degree)")]
    InvalidOrientation {
        /// Sender of the CPM.
        station_id: u32,
        /// The Wgs84AngleValue (3601 = unavailable).
        value: u32,
    },
    /// A decoded CPM names a protocol version the collector has no lookup tables for.
    #[error("CPM of station {station_id}: no lookup tables for protocol version {version} (known: 1, 2)")]
    UnsupportedProtocolVersion {
        /// Sender of the CPM.
        station_id: u32,
        /// The CPM's protocol_version.
        version: u32,
    },
    /// A CPM's measurement time is implausibly far from the station's recent time
    /// (`collector::StationClocks`); taking it would move the event clocks downstream.
    #[error("CPM of station {station_id}: measurement time {time_ms} ms is {offset_ms} ms {direction} the station's recent time {recent_ms} ms (bound {bound_ms} ms)")]
    ImplausibleTime {
        /// Sender of the CPM.
        station_id: u32,
        /// The implausible measurement time (reference time + delta), Unix ms.
        time_ms: i64,
        /// The newest plausible measurement time seen from the station, Unix ms.
        recent_ms: i64,
        /// |time_ms - recent_ms|, ms.
        offset_ms: i64,
        /// "ahead of" or "behind".
        direction: &'static str,
        /// The bound exceeded, ms.
        bound_ms: i64,
    },
    // ---- assembler ----
    /// A location cannot be part of a trajectory (no or invalid position).
    #[error("location {key} at {timestamp_ms} ms: {reason}")]
    InvalidLocation {
        /// The location's trajectory key.
        key: String,
        /// The location's timestamp, Unix ms.
        timestamp_ms: i64,
        /// What is wrong.
        reason: &'static str,
    },
    /// A location arrived after its session was already replaced by a newer one.
    #[error("location {key} at {timestamp_ms} ms is older than the open session starting at {session_start_ms} ms by more than the idle timeout")]
    LateLocation {
        /// The location's trajectory key.
        key: String,
        /// The location's timestamp, Unix ms.
        timestamp_ms: i64,
        /// Start of the key's open session, Unix ms.
        session_start_ms: i64,
    },
    // ---- map matcher ----
    /// A street graph is not valid WKB.
    #[error("{graph} street graph is not valid WKB: {source}")]
    InvalidWkb {
        /// "car" or "bike".
        graph: &'static str,
        /// The WKB reader's complaint.
        #[source]
        source: wkb::error::WkbError,
    },
    /// A street graph is valid WKB but not usable (not a MultiLineString, bad coordinates, too large).
    #[error("{graph} street graph unusable: {reason}")]
    InvalidGraph {
        /// "car" or "bike".
        graph: &'static str,
        /// What is wrong.
        reason: String,
    },
    /// A trajectory cannot be matched (invalid point, too many points, empty graph).
    #[error("trajectory {key} (session {session_start_ms}): {reason}")]
    InvalidTrajectory {
        /// The trajectory key.
        key: String,
        /// The trajectory's session start, Unix ms.
        session_start_ms: i64,
        /// What is wrong.
        reason: String,
    },
    // ---- Lanelet2 maps ----
    /// A Lanelet2 map is not well-formed XML.
    #[error("Lanelet2 map is not well-formed XML: {source}")]
    Lanelet2Xml {
        /// The XML parser's complaint (with line and column).
        #[source]
        source: roxmltree::Error,
    },
    /// A Lanelet2 map is XML but not a usable map (missing node or way, lanelet without
    /// bounds, too large).
    #[error("Lanelet2 map unusable: {element}: {reason}")]
    InvalidLanelet2 {
        /// The offending element, e.g. "lanelet 12" or "way 7".
        element: String,
        /// What is wrong with it.
        reason: String,
    },
    // ---- predictor ----
    /// A predictor configuration outside its limits (horizon, step, hypothesis count).
    #[error("invalid predictor configuration: {reason}")]
    InvalidPredictorConfig {
        /// What is wrong.
        reason: String,
    },
    // ---- collision detector ----
    /// Collision detector settings outside their limits or not understood.
    #[error("invalid collision detector configuration: {reason}")]
    InvalidCollisionConfig {
        /// What is wrong.
        reason: String,
    },
    /// A prediction cannot be used (no position, bad hypotheses, non-finite values).
    #[error("prediction of {key} (session {session_start_ms}) at site {site:?}: {reason}")]
    InvalidPrediction {
        /// The prediction's site.
        site: String,
        /// The trajectory key.
        key: String,
        /// The session start, Unix ms.
        session_start_ms: i64,
        /// What is wrong.
        reason: String,
    },
    // ---- DENM sender ----
    /// A collision risk record cannot become a DENM (no risk id, bad site, no conflict point).
    #[error("collision risk {risk_id:?}: {reason}")]
    InvalidRisk {
        /// The record's risk id.
        risk_id: String,
        /// What is wrong.
        reason: String,
    },
    /// A DENM description cannot be encoded (a value outside its ETSI range, ...).
    #[error("cannot encode DENM {action_id}: {reason}")]
    DenmEncode {
        /// The DENM's actionId, "<station>/<sequence>".
        action_id: String,
        /// What is wrong.
        reason: String,
    },
    // ---- changelog state ----
    /// Serialised stage state read back from a changelog decodes but is not usable.
    #[error("state of {key:?} not restorable: {reason}")]
    InvalidState {
        /// The state key.
        key: String,
        /// What is wrong.
        reason: String,
    },
}

/// Result with [`Error`] as the default error.
pub type Result<T, E = Error> = std::result::Result<T, E>;
