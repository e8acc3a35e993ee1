//! UPER encoding of a [`DenmEvent`] as an ETSI DENM (TS 103 831 v2.2.1, CDD TS 102 894-2
//! v2.2.1): `ItsPduHeader {protocolVersion 2, messageId denm(1), stationId = the RSU}`.
//!
//! Representation choices (the description already holds ETSI codes):
//! - positions are 0.1 µdegree; altitude and all confidences the standard does not let us
//!   leave out are "unavailable" (the detector has no altitude);
//! - `detectionZonesToEventPosition` is one `Path` whose first point is relative to the
//!   event position and every further point to the previous one (CDD `Path`);
//! - `predictedPaths` are `PathPredicted` chains the same way, each point with its travel
//!   time from the previous one (0.1 s, `deltaTimeHighPrecision`) and its 1-sigma circle as
//!   `horizontalPositionConfidence`; offsets and times are rounded as absolute values first,
//!   so rounding does not accumulate along a chain;
//! - a chain step outside the delta range (±131071 × 0.1 µdegree, about ±1.4 km) ends the
//!   chain there, as do the ETSI size limits (40 trace points, 16 predicted points);
//! - alacarte `preCrash` (DENM v2.2.1 extension) when the risk has a TTC and the other
//!   road user a predicted position: `timeToCollision` in ms, and as the mandatory
//!   `perceivedPreCrashObject` that road user's first predicted position, east (x) and
//!   north (y) of the event position in 0.01 m with its 95 % confidence, its
//!   `measurementDeltaTime` counted from the DENM's referenceTime.

use cits_etsi::cdd_2_2_1::etsi_its_cdd::{
    ActionId as EtsiActionId, Altitude, AltitudeConfidence, AltitudeValue, CauseCodeChoice,
    CauseCodeV2, CollisionRiskSubCauseCode, ConfidenceLevel, DeltaAltitude, DeltaLatitude,
    DeltaLongitude, DeltaReferencePosition, DeltaTimeSecond, DeltaTimeTenthOfSecond, HeadingValue,
    InformationQuality, ItsPduHeader, Latitude, Longitude, MessageId, OrdinalNumber1B, Path,
    PathDeltaTimeChoice, PathPoint as EtsiPathPoint, PathPointPredicted, PathPredicted,
    PathPredicted2, PathPredictedList, PosConfidenceEllipse, ReferencePosition, SemiAxisLength,
    SequenceNumber, StandardLength3b, StationId, StationType, TimestampIts, Traces,
    TrafficDirection, UsageIndication,
};
use cits_etsi::cdd_2_2_1::etsi_its_cdd::{
    CartesianCoordinateLarge, CartesianCoordinateWithConfidence, CartesianPosition3dWithConfidence,
    CoordinateConfidence, DeltaTimeMilliSecondPositive, DeltaTimeMilliSecondSigned,
    PerceivedObject,
};
use cits_etsi::denm_2_2_1::{
    AlacarteContainer, AlacarteContainerExtGroupRoadConfiguration, DenmPayload, LocationContainer,
    LocationContainerExtGroupLanePositions, ManagementContainer, PreCrashContainer,
    SituationContainer, Termination, DENM,
};

use super::event::{DenmEvent, DenmKind, PathPoint, PredictedPath, Situation};
use crate::geo::{unix_ms_to_its_time, wgs84_to_local, Wgs84};
use crate::{Error, Result};

/// ItsPduHeader protocolVersion of a DENM v2.x.
pub const PROTOCOL_VERSION: u8 = 2;
/// ItsPduHeader messageId denm.
pub const MESSAGE_ID_DENM: u8 = 1;
/// ETSI stationType of the originator: roadSideUnit.
pub const STATION_TYPE_RSU: u8 = super::STATION_TYPE_RSU;
/// ETSI latitude/longitude and their deltas: 0.1 microdegree.
const UNITS_PER_DEGREE: f64 = 1e7;
/// Delta latitude/longitude range, 0.1 µdegree (CDD DeltaLatitude/DeltaLongitude; the top
/// value 131072 means "unavailable").
const DELTA_MAX: i64 = 131_071;
/// Points of one CDD `Path` (detection trace).
const MAX_TRACE_POINTS: usize = 40;
/// Points of one `PathPredicted` (extensible, but 16 is the root size every receiver knows).
const MAX_PREDICTED_POINTS: usize = 16;
/// Paths in a `PathPredictedList`.
const MAX_PREDICTED_PATHS: usize = 16;
/// CDD SemiAxisLength: 0.01 m, 4094 = above 40.93 m, 4095 = unavailable.
const SEMI_AXIS_OUT_OF_RANGE: u16 = 4_094;
/// CDD SemiAxisLength unavailable.
const SEMI_AXIS_UNAVAILABLE: u16 = 4_095;
/// CDD HeadingValue unavailable (orientation of an ellipse that is a circle).
const HEADING_UNAVAILABLE: u16 = 3_601;
/// CDD AltitudeValue unavailable.
const ALTITUDE_UNAVAILABLE: i32 = 800_001;
/// CDD DeltaAltitude unavailable.
const DELTA_ALTITUDE_UNAVAILABLE: i16 = 12_800;
/// CDD CartesianCoordinateLarge range, 0.01 m (the ends mean "out of range").
const CARTESIAN_RANGE: (i64, i64) = (-131_072, 131_071);
/// CDD CoordinateConfidence: 0.01 m, 4095 = above 40.94 m, 4096 = unavailable.
const COORDINATE_CONFIDENCE_MAX: u16 = 4_095;
/// CDD CoordinateConfidence unavailable.
const COORDINATE_CONFIDENCE_UNAVAILABLE: u16 = 4_096;
/// CDD DeltaTimeMilliSecondSigned range, ms (the ends mean "out of range").
const MEASUREMENT_DELTA_RANGE_MS: (i64, i64) = (-2_048, 2_047);
/// 1-sigma → 95 % confidence (the CDD confidences are 95 % values): the 2-D normal's
/// 95 % radius is sqrt(-2 ln 0.05) ≈ 2.45 sigma.
const SIGMA_TO_95: f64 = 2.447_746_830_680_816;

fn encode_error(denm: &DenmEvent, reason: impl Into<String>) -> Error {
    Error::DenmEncode {
        action_id: denm.action_id.to_string(),
        reason: reason.into(),
    }
}

fn degrees_to_units(deg: f64) -> i64 {
    (deg * UNITS_PER_DEGREE).round() as i64
}

/// Semi axis (0.01 m) of a 95 % circle for a 1-sigma radius in m.
fn semi_axis(sigma_m: f64) -> SemiAxisLength {
    if !sigma_m.is_finite() || sigma_m <= 0.0 {
        return SemiAxisLength(SEMI_AXIS_UNAVAILABLE);
    }
    let cm = (sigma_m * SIGMA_TO_95 * 100.0).ceil();
    SemiAxisLength(if cm >= f64::from(SEMI_AXIS_OUT_OF_RANGE) {
        SEMI_AXIS_OUT_OF_RANGE
    } else {
        (cm as u16).max(1)
    })
}

fn circle(sigma_m: f64) -> PosConfidenceEllipse {
    PosConfidenceEllipse::new(
        semi_axis(sigma_m),
        semi_axis(sigma_m),
        HeadingValue(HEADING_UNAVAILABLE),
    )
}

fn reference_position(denm: &DenmEvent) -> Result<ReferencePosition> {
    let p = denm.event_position;
    if !p.is_valid() || p.lat_deg.abs() > 90.0 || p.lon_deg.abs() >= 180.0 {
        return Err(encode_error(denm, "event position out of range"));
    }
    Ok(ReferencePosition::new(
        Latitude(degrees_to_units(p.lat_deg) as i32),
        Longitude(degrees_to_units(p.lon_deg) as i32),
        circle(f64::NAN),
        Altitude::new(
            AltitudeValue(ALTITUDE_UNAVAILABLE),
            AltitudeConfidence::unavailable,
        ),
    ))
}

/// Chained offsets (0.1 µdegree) of `points` from `origin`, each relative to the previous
/// one; stops before the first step that does not fit the delta range.
fn chain(origin: Wgs84, points: impl Iterator<Item = Wgs84>) -> Vec<(i32, i32)> {
    let (mut lat, mut lon) = (
        degrees_to_units(origin.lat_deg),
        degrees_to_units(origin.lon_deg),
    );
    let mut out = Vec::new();
    for p in points {
        let (plat, plon) = (degrees_to_units(p.lat_deg), degrees_to_units(p.lon_deg));
        let (dlat, dlon) = (plat - lat, plon - lon);
        if dlat.abs() > DELTA_MAX || dlon.abs() > DELTA_MAX {
            break;
        }
        out.push((dlat as i32, dlon as i32));
        (lat, lon) = (plat, plon);
    }
    out
}

fn traces(denm: &DenmEvent, trace: &[Wgs84]) -> Traces {
    let points = chain(
        denm.event_position,
        trace.iter().copied().take(MAX_TRACE_POINTS),
    )
    .into_iter()
    .map(|(dlat, dlon)| {
        EtsiPathPoint::new(
            DeltaReferencePosition::new(
                DeltaLatitude(dlat),
                DeltaLongitude(dlon),
                DeltaAltitude(DELTA_ALTITUDE_UNAVAILABLE),
            ),
            None,
        )
    })
    .collect();
    Traces(vec![Path(points)])
}

fn predicted_path(origin: Wgs84, path: &PredictedPath) -> Option<PathPredicted2> {
    let points: Vec<&PathPoint> = path.points.iter().take(MAX_PREDICTED_POINTS).collect();
    let offsets = chain(origin, points.iter().map(|p| p.position));
    let mut previous_tenths = 0i64;
    let predicted: Vec<PathPointPredicted> = offsets
        .into_iter()
        .zip(&points)
        .map(|((dlat, dlon), p)| {
            let tenths = (f64::from(p.delta_ms) / 100.0).round() as i64;
            let step = (tenths - previous_tenths).clamp(0, 127) as u8;
            previous_tenths = tenths;
            PathPointPredicted::new(
                DeltaLatitude(dlat),
                DeltaLongitude(dlon),
                Some(circle(p.sigma_m)),
                DeltaAltitude(DELTA_ALTITUDE_UNAVAILABLE),
                AltitudeConfidence::unavailable,
                Some(PathDeltaTimeChoice::deltaTimeHighPrecision(
                    DeltaTimeTenthOfSecond(step),
                )),
                None,
                None,
            )
        })
        .collect();
    if predicted.is_empty() {
        return None;
    }
    Some(PathPredicted2::new(
        PathPredicted(predicted),
        UsageIndication::noIndication,
        ConfidenceLevel(path.confidence.clamp(1, 101)),
    ))
}

/// A cartesian coordinate (m) with the 95 % confidence of a 1-sigma value (m).
fn coordinate(m: f64, sigma_m: f64) -> CartesianCoordinateWithConfidence {
    let cm = ((m * 100.0).round() as i64).clamp(CARTESIAN_RANGE.0, CARTESIAN_RANGE.1);
    let confidence = if sigma_m.is_finite() && sigma_m > 0.0 {
        ((sigma_m * SIGMA_TO_95 * 100.0).ceil() as u16).clamp(1, COORDINATE_CONFIDENCE_MAX)
    } else {
        COORDINATE_CONFIDENCE_UNAVAILABLE
    };
    CartesianCoordinateWithConfidence::new(
        CartesianCoordinateLarge(cm as i32),
        CoordinateConfidence(confidence),
    )
}

/// alacarte `preCrash`: the TTC and the other road user's first predicted position,
/// when the description has both (see the module docs).
fn pre_crash(denm: &DenmEvent) -> Option<AlacarteContainer> {
    let ttc_ms = denm.ttc_ms?;
    let object = denm.pre_crash_object?;
    let (east, north) = wgs84_to_local(denm.event_position, object.position);
    let measured_ms = denm.record_ms.saturating_add(i64::from(object.delta_ms));
    let delta_ms = measured_ms
        .saturating_sub(denm.reference_ms)
        .clamp(MEASUREMENT_DELTA_RANGE_MS.0, MEASUREMENT_DELTA_RANGE_MS.1);
    let perceived = PerceivedObject::new(
        None,
        DeltaTimeMilliSecondSigned(delta_ms as i16),
        CartesianPosition3dWithConfidence::new(
            coordinate(east, object.sigma_m),
            coordinate(north, object.sigma_m),
            None,
        ),
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
    );
    let pre_crash = PreCrashContainer::new(
        perceived,
        None,
        Some(DeltaTimeMilliSecondPositive(
            ttc_ms.clamp(super::TTC_RANGE_MS.0, super::TTC_RANGE_MS.1),
        )),
        None,
        None,
    );
    Some(AlacarteContainer::new(
        None,
        None,
        None,
        None,
        None,
        None,
        Some(AlacarteContainerExtGroupRoadConfiguration::new(
            None,
            Some(pre_crash),
        )),
    ))
}

fn situation(s: &Situation) -> SituationContainer {
    SituationContainer::new(
        InformationQuality(s.information_quality.min(7)),
        CauseCodeV2::new(CauseCodeChoice::collisionRisk97(CollisionRiskSubCauseCode(
            s.sub_cause,
        ))),
        None,
        None,
        None,
    )
}

fn standard_length(code: u8) -> StandardLength3b {
    match code {
        0 => StandardLength3b::lessThan50m,
        1 => StandardLength3b::lessThan100m,
        2 => StandardLength3b::lessThan200m,
        3 => StandardLength3b::lessThan500m,
        4 => StandardLength3b::lessThan1000m,
        5 => StandardLength3b::lessThan5km,
        6 => StandardLength3b::lessThan10km,
        _ => StandardLength3b::over10km,
    }
}

fn traffic_direction(code: u8) -> TrafficDirection {
    match code {
        1 => TrafficDirection::sameAsReferenceDirection_upstreamOfReferencePosition,
        2 => TrafficDirection::sameAsReferenceDirection_downstreamOfReferencePosition,
        3 => TrafficDirection::oppositeToReferenceDirection,
        _ => TrafficDirection::allTrafficDirections,
    }
}

fn its_time(denm: &DenmEvent, unix_ms: i64, what: &str) -> Result<TimestampIts> {
    let its = unix_ms_to_its_time(unix_ms);
    if its == 0 {
        return Err(encode_error(denm, format!("{what} before the ETSI epoch")));
    }
    Ok(TimestampIts(its))
}

/// The rasn DENM of a description.
pub fn to_etsi(denm: &DenmEvent) -> Result<DENM> {
    let cancel = denm.kind == DenmKind::Cancel;
    let management = ManagementContainer::new(
        EtsiActionId::new(
            StationId(denm.action_id.station_id),
            SequenceNumber(denm.action_id.sequence),
        ),
        its_time(denm, denm.detection_ms, "detectionTime")?,
        its_time(denm, denm.reference_ms, "referenceTime")?,
        cancel.then_some(Termination::isCancellation),
        reference_position(denm)?,
        denm.awareness_distance.map(standard_length),
        denm.traffic_direction.map(traffic_direction),
        DeltaTimeSecond(denm.validity_s.min(86_400)),
        None,
        StationType(STATION_TYPE_RSU),
    );
    let (situation, location, alacarte) = if cancel {
        (None, None, None)
    } else {
        let s = denm
            .situation
            .as_ref()
            .ok_or_else(|| encode_error(denm, "new/update without situation"))?;
        let l = denm
            .location
            .as_ref()
            .ok_or_else(|| encode_error(denm, "new/update without location"))?;
        let paths: Vec<PathPredicted2> = l
            .predicted_paths
            .iter()
            .take(MAX_PREDICTED_PATHS)
            .filter_map(|p| predicted_path(denm.event_position, p))
            .collect();
        let location = LocationContainer::new(
            None,
            None,
            traces(denm, &l.trace),
            None,
            (!paths.is_empty()).then(|| {
                LocationContainerExtGroupLanePositions::new(
                    None,
                    None,
                    None,
                    None,
                    None,
                    Some(PathPredictedList(paths)),
                )
            }),
        );
        (Some(situation(s)), Some(location), pre_crash(denm))
    };
    Ok(DENM::new(
        ItsPduHeader::new(
            OrdinalNumber1B(PROTOCOL_VERSION),
            MessageId(MESSAGE_ID_DENM),
            StationId(denm.action_id.station_id),
        ),
        DenmPayload::new(management, situation, location, alacarte),
    ))
}

/// The UPER bytes of a description's DENM: [`to_etsi`]'s DENM, encoded through the
/// trimmed type tree of `compact` (the same bits, a third of the module size).
pub fn encode(denm: &DenmEvent) -> Result<Vec<u8>> {
    let etsi = super::compact::Denm::try_from(to_etsi(denm)?)
        .map_err(|component| encode_error(denm, format!("{component} cannot be sent")))?;
    rasn::uper::encode(&etsi).map_err(|e| encode_error(denm, e.to_string()))
}
