//! The DENMs the DENM tests encode: one collision-risk warning and one
//! cancellation. `denm_asn1tools.py` holds the same values, written out by hand.

#![allow(dead_code)] // each test binary uses a part

use cits_etsi::cdd_2_2_1::etsi_its_cdd::{
    ActionId, Altitude, AltitudeConfidence, AltitudeValue, CauseCodeChoice, CauseCodeV2,
    CollisionRiskSubCauseCode, DeltaAltitude, DeltaLatitude, DeltaLongitude,
    DeltaReferencePosition, DeltaTimeSecond, HeadingValue, InformationQuality, ItsPduHeader,
    Latitude, Longitude, MessageId, OrdinalNumber1B, Path, PathPoint, PosConfidenceEllipse,
    ReferencePosition, SemiAxisLength, SequenceNumber, Speed, SpeedConfidence, SpeedValue,
    StationId, StationType, TimestampIts, Traces, Wgs84Angle, Wgs84AngleConfidence,
    Wgs84AngleValue,
};
use cits_etsi::denm_2_2_1::{
    DenmPayload, LocationContainer, ManagementContainer, SituationContainer, Termination, DENM,
};

/// `messageId` of a DENM (TS 102 894-2 MessageId: denm(1)).
pub const MESSAGE_ID_DENM: u8 = 1;
/// DENM v2 `protocolVersion` (TS 103 831 v2.2.1).
pub const PROTOCOL_VERSION_DENM_V2: u8 = 2;
/// StationType roadSideUnit.
pub const STATION_TYPE_RSU: u8 = 15;

pub fn header(station: u32) -> ItsPduHeader {
    ItsPduHeader::new(
        OrdinalNumber1B(PROTOCOL_VERSION_DENM_V2),
        MessageId(MESSAGE_ID_DENM),
        StationId(station),
    )
}

pub fn management(station: u32, termination: Option<Termination>) -> ManagementContainer {
    ManagementContainer::new(
        ActionId::new(StationId(station), SequenceNumber(7)),
        TimestampIts(820_000_000_123),
        TimestampIts(820_000_000_456),
        termination,
        ReferencePosition::new(
            Latitude(507_748_000),
            Longitude(61_027_000),
            PosConfidenceEllipse::new(SemiAxisLength(50), SemiAxisLength(30), HeadingValue(900)),
            Altitude::new(AltitudeValue(17_300), AltitudeConfidence::alt_001_00),
        ),
        None,
        None,
        DeltaTimeSecond(2),
        None,
        StationType(STATION_TYPE_RSU),
    )
}

/// A collision-risk warning (cause 97, sub cause 1 = longitudinal collision
/// risk) with a two-point detection zone.
pub fn warning() -> DENM {
    let situation = SituationContainer::new(
        InformationQuality(3),
        CauseCodeV2::new(CauseCodeChoice::collisionRisk97(CollisionRiskSubCauseCode(
            1,
        ))),
        None,
        None,
        None,
    );
    let point = |dlat, dlon| {
        PathPoint::new(
            DeltaReferencePosition::new(
                DeltaLatitude(dlat),
                DeltaLongitude(dlon),
                DeltaAltitude(0),
            ),
            None,
        )
    };
    let location = LocationContainer::new(
        Some(Speed::new(SpeedValue(834), SpeedConfidence(5))),
        Some(Wgs84Angle::new(
            Wgs84AngleValue(2710),
            Wgs84AngleConfidence(10),
        )),
        Traces(vec![Path(vec![point(-120, 35), point(-250, 60)])]),
        None,
        None,
    );
    let payload = DenmPayload::new(
        management(4711, None),
        Some(situation),
        Some(location),
        None,
    );
    DENM::new(header(4711), payload)
}

/// A cancellation: only the management container, `termination = isCancellation`.
pub fn cancellation() -> DENM {
    let payload = DenmPayload::new(
        management(4711, Some(Termination::isCancellation)),
        None,
        None,
        None,
    );
    DENM::new(header(4711), payload)
}
