//! The DENM as the encoder sends it: a copy of the TS 103 831 v2.2.1 `DENM` type tree in
//! which every component this platform never sends has a type without values
//! ([`Unused`]), so the UPER encoder is generated only for what we fill in.
//!
//! Why: rasn generates an encoder per ASN.1 type, and the full `DENM` reaches hundreds of
//! them (road works, stationary vehicles, lane and MAP references, the full perceived
//! object): 0.9 MB of the DENM module. In UPER an absent OPTIONAL component is its
//! presence bit only, whatever its type, so this tree encodes bit for bit like the full
//! one; the tests check it against the full types for every kind of DENM we send.
//!
//! Layout, tags (automatic), extension markers (`#[non_exhaustive]`) and extension
//! addition groups are the generated ones (`cits_etsi::denm_2_2_1`); components we send
//! keep their generated types.

use cits_etsi::cdd_2_2_1::etsi_its_cdd::{
    CartesianPosition3dWithConfidence, DeltaTimeMilliSecondPositive, DeltaTimeMilliSecondSigned,
    ItsPduHeader, PathPredictedList, Traces,
};
use cits_etsi::denm_2_2_1::{self as full, ManagementContainer, SituationContainer};
use rasn::prelude::*;

/// A component this platform never sends: no value exists, so it is always absent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Unused {}

impl AsnType for Unused {
    const TAG: Tag = Tag::EOC;
}

impl Encode for Unused {
    fn encode_with_tag_and_constraints<'b, E: Encoder<'b>>(
        &self,
        _encoder: &mut E,
        _tag: Tag,
        _constraints: Constraints,
        _identifier: Identifier,
    ) -> Result<(), E::Error> {
        match *self {}
    }
}

/// `DENM`.
#[derive(AsnType, Debug, Clone, Encode, PartialEq)]
#[rasn(automatic_tags)]
pub(crate) struct Denm {
    #[rasn(value("0.."))]
    header: ItsPduHeader,
    denm: DenmPayload,
}

/// `DenmPayload`.
#[derive(AsnType, Debug, Clone, Encode, PartialEq)]
#[rasn(automatic_tags)]
struct DenmPayload {
    management: ManagementContainer,
    situation: Option<SituationContainer>,
    location: Option<LocationContainer>,
    alacarte: Option<AlacarteContainer>,
}

/// `LocationContainer`: the detection trace and predicted paths only.
#[derive(AsnType, Debug, Clone, Encode, PartialEq)]
#[rasn(automatic_tags)]
#[non_exhaustive]
struct LocationContainer {
    event_speed: Option<Unused>,
    event_position_heading: Option<Unused>,
    detection_zones_to_event_position: Traces,
    road_type: Option<Unused>,
    #[rasn(extension_addition_group, identifier = "SEQUENCE")]
    ext_group_lane_positions: Option<LocationContainerExtGroupLanePositions>,
}

/// The v2.2.1 extension addition group of `LocationContainer`.
#[derive(AsnType, Debug, Clone, Encode, PartialEq)]
#[rasn(automatic_tags)]
struct LocationContainerExtGroupLanePositions {
    lane_positions: Option<Unused>,
    occupied_lanes: Option<Unused>,
    linked_ivims: Option<Unused>,
    linked_mapems: Option<Unused>,
    detection_zones_to_specified_event_point: Option<Unused>,
    predicted_paths: Option<PathPredictedList>,
}

/// `AlacarteContainer`: `preCrash` only.
#[derive(AsnType, Debug, Clone, Encode, PartialEq)]
#[rasn(automatic_tags)]
#[non_exhaustive]
struct AlacarteContainer {
    lane_position: Option<Unused>,
    impact_reduction: Option<Unused>,
    external_temperature: Option<Unused>,
    road_works: Option<Unused>,
    positioning_solution: Option<Unused>,
    stationary_vehicle: Option<Unused>,
    #[rasn(extension_addition_group, identifier = "SEQUENCE")]
    ext_group_road_configuration: Option<AlacarteContainerExtGroupRoadConfiguration>,
}

/// The v2.2.1 extension addition group of `AlacarteContainer`.
#[derive(AsnType, Debug, Clone, Encode, PartialEq)]
#[rasn(automatic_tags)]
struct AlacarteContainerExtGroupRoadConfiguration {
    road_configuration: Option<Unused>,
    pre_crash: Option<PreCrashContainer>,
}

/// `PreCrashContainer`: the object and the time to collision.
#[derive(AsnType, Debug, Clone, Encode, PartialEq)]
#[rasn(automatic_tags)]
#[non_exhaustive]
struct PreCrashContainer {
    perceived_pre_crash_object: PerceivedObject,
    object_station_id: Option<Unused>,
    time_to_collision: Option<DeltaTimeMilliSecondPositive>,
    impact_section: Option<Unused>,
    estimated_braking_distance: Option<Unused>,
}

/// `PerceivedObject`: measurement time and position only.
#[derive(AsnType, Debug, Clone, Encode, PartialEq)]
#[rasn(automatic_tags)]
#[non_exhaustive]
struct PerceivedObject {
    object_id: Option<Unused>,
    measurement_delta_time: DeltaTimeMilliSecondSigned,
    position: CartesianPosition3dWithConfidence,
    velocity: Option<Unused>,
    acceleration: Option<Unused>,
    angles: Option<Unused>,
    z_angular_velocity: Option<Unused>,
    lower_triangular_correlation_matrices: Option<Unused>,
    object_dimension_z: Option<Unused>,
    object_dimension_y: Option<Unused>,
    object_dimension_x: Option<Unused>,
    object_age: Option<Unused>,
    object_perception_quality: Option<Unused>,
    sensor_id_list: Option<Unused>,
    classification: Option<Unused>,
    map_position: Option<Unused>,
}

/// `None` when `value` is absent; the name of the component when it is set (this tree
/// cannot carry it).
fn unused<T>(value: &Option<T>, name: &'static str) -> Result<Option<Unused>, &'static str> {
    match value {
        None => Ok(None),
        Some(_) => Err(name),
    }
}

impl TryFrom<full::DENM> for Denm {
    /// The first component that is set but has no place in this tree.
    type Error = &'static str;

    fn try_from(d: full::DENM) -> Result<Self, Self::Error> {
        let p = d.denm;
        let location = p
            .location
            .map(|l| -> Result<_, &'static str> {
                let ext = l
                    .ext_group_lane_positions
                    .map(|e| -> Result<_, &'static str> {
                        Ok(LocationContainerExtGroupLanePositions {
                            lane_positions: unused(&e.lane_positions, "lanePositions")?,
                            occupied_lanes: unused(&e.occupied_lanes, "occupiedLanes")?,
                            linked_ivims: unused(&e.linked_ivims, "linkedIvims")?,
                            linked_mapems: unused(&e.linked_mapems, "linkedMapems")?,
                            detection_zones_to_specified_event_point: unused(
                                &e.detection_zones_to_specified_event_point,
                                "detectionZonesToSpecifiedEventPoint",
                            )?,
                            predicted_paths: e.predicted_paths,
                        })
                    })
                    .transpose()?;
                Ok(LocationContainer {
                    event_speed: unused(&l.event_speed, "eventSpeed")?,
                    event_position_heading: unused(
                        &l.event_position_heading,
                        "eventPositionHeading",
                    )?,
                    detection_zones_to_event_position: l.detection_zones_to_event_position,
                    road_type: unused(&l.road_type, "roadType")?,
                    ext_group_lane_positions: ext,
                })
            })
            .transpose()?;
        let alacarte = p
            .alacarte
            .map(|a| -> Result<_, &'static str> {
                let ext = a
                    .ext_group_road_configuration
                    .map(|g| -> Result<_, &'static str> {
                        let pre_crash = g
                            .pre_crash
                            .map(|c| -> Result<_, &'static str> {
                                let o = c.perceived_pre_crash_object;
                                Ok(PreCrashContainer {
                                    perceived_pre_crash_object: PerceivedObject {
                                        object_id: unused(&o.object_id, "objectId")?,
                                        measurement_delta_time: o.measurement_delta_time,
                                        position: o.position,
                                        velocity: unused(&o.velocity, "velocity")?,
                                        acceleration: unused(&o.acceleration, "acceleration")?,
                                        angles: unused(&o.angles, "angles")?,
                                        z_angular_velocity: unused(
                                            &o.z_angular_velocity,
                                            "zAngularVelocity",
                                        )?,
                                        lower_triangular_correlation_matrices: unused(
                                            &o.lower_triangular_correlation_matrices,
                                            "lowerTriangularCorrelationMatrices",
                                        )?,
                                        object_dimension_z: unused(
                                            &o.object_dimension_z,
                                            "objectDimensionZ",
                                        )?,
                                        object_dimension_y: unused(
                                            &o.object_dimension_y,
                                            "objectDimensionY",
                                        )?,
                                        object_dimension_x: unused(
                                            &o.object_dimension_x,
                                            "objectDimensionX",
                                        )?,
                                        object_age: unused(&o.object_age, "objectAge")?,
                                        object_perception_quality: unused(
                                            &o.object_perception_quality,
                                            "objectPerceptionQuality",
                                        )?,
                                        sensor_id_list: unused(&o.sensor_id_list, "sensorIdList")?,
                                        classification: unused(
                                            &o.classification,
                                            "classification",
                                        )?,
                                        map_position: unused(&o.map_position, "mapPosition")?,
                                    },
                                    object_station_id: unused(
                                        &c.object_station_id,
                                        "objectStationId",
                                    )?,
                                    time_to_collision: c.time_to_collision,
                                    impact_section: unused(&c.impact_section, "impactSection")?,
                                    estimated_braking_distance: unused(
                                        &c.estimated_braking_distance,
                                        "estimatedBrakingDistance",
                                    )?,
                                })
                            })
                            .transpose()?;
                        Ok(AlacarteContainerExtGroupRoadConfiguration {
                            road_configuration: unused(&g.road_configuration, "roadConfiguration")?,
                            pre_crash,
                        })
                    })
                    .transpose()?;
                Ok(AlacarteContainer {
                    lane_position: unused(&a.lane_position, "lanePosition")?,
                    impact_reduction: unused(&a.impact_reduction, "impactReduction")?,
                    external_temperature: unused(&a.external_temperature, "externalTemperature")?,
                    road_works: unused(&a.road_works, "roadWorks")?,
                    positioning_solution: unused(&a.positioning_solution, "positioningSolution")?,
                    stationary_vehicle: unused(&a.stationary_vehicle, "stationaryVehicle")?,
                    ext_group_road_configuration: ext,
                })
            })
            .transpose()?;
        Ok(Denm {
            header: d.header,
            denm: DenmPayload {
                management: p.management,
                situation: p.situation,
                location,
                alacarte,
            },
        })
    }
}
