//! `OffsetCommit` request and response.
//!
//! cits-wasm patch: added (not in rskafka_wasi 0.3.1), for consumer-group offset commits.
//!
//! # References
//! - <https://kafka.apache.org/protocol#The_Messages_OffsetCommit>
use std::io::{Read, Write};

use crate::protocol::{
    api_key::ApiKey,
    api_version::{ApiVersion, ApiVersionRange},
    error::Error as ApiError,
    messages::{read_versioned_array, write_versioned_array},
    primitives::{Int16, Int32, Int64, NullableString, String_},
    traits::{ReadType, WriteType},
};

use super::{
    ReadVersionedError, ReadVersionedType, RequestBody, WriteVersionedError, WriteVersionedType,
};

#[derive(Debug)]
pub struct OffsetCommitRequestPartition {
    /// The partition index.
    pub partition_index: Int32,

    /// The offset to commit (the next record the group will read).
    pub committed_offset: Int64,

    /// The leader epoch of this partition (-1: unknown).
    ///
    /// Added in version 6.
    pub committed_leader_epoch: Int32,

    /// Any associated metadata the client wants to keep.
    pub committed_metadata: NullableString,
}

impl<W> WriteVersionedType<W> for OffsetCommitRequestPartition
where
    W: Write,
{
    fn write_versioned(
        &self,
        writer: &mut W,
        version: ApiVersion,
    ) -> Result<(), WriteVersionedError> {
        let v = version.0 .0;
        assert!((2..=7).contains(&v));

        self.partition_index.write(writer)?;
        self.committed_offset.write(writer)?;
        if v >= 6 {
            self.committed_leader_epoch.write(writer)?;
        }
        self.committed_metadata.write(writer)?;

        Ok(())
    }
}

#[derive(Debug)]
pub struct OffsetCommitRequestTopic {
    /// The topic name.
    pub name: String_,

    /// Each partition to commit offsets for.
    pub partitions: Vec<OffsetCommitRequestPartition>,
}

impl<W> WriteVersionedType<W> for OffsetCommitRequestTopic
where
    W: Write,
{
    fn write_versioned(
        &self,
        writer: &mut W,
        version: ApiVersion,
    ) -> Result<(), WriteVersionedError> {
        self.name.write(writer)?;
        write_versioned_array(writer, version, Some(&self.partitions))
    }
}

#[derive(Debug)]
pub struct OffsetCommitRequest {
    /// The unique group identifier.
    pub group_id: String_,

    /// The generation of the group, or -1 for a commit outside group management.
    pub generation_id: Int32,

    /// The member id assigned by the coordinator, or empty outside group management.
    pub member_id: String_,

    /// The unique identifier of the consumer instance provided by the end user.
    ///
    /// Added in version 7.
    pub group_instance_id: NullableString,

    /// The time period in ms to retain the offset, -1 for the broker's default.
    ///
    /// Versions 2 to 4 only.
    pub retention_time_ms: Int64,

    /// The topics to commit offsets for.
    pub topics: Vec<OffsetCommitRequestTopic>,
}

impl<W> WriteVersionedType<W> for OffsetCommitRequest
where
    W: Write,
{
    fn write_versioned(
        &self,
        writer: &mut W,
        version: ApiVersion,
    ) -> Result<(), WriteVersionedError> {
        let v = version.0 .0;
        assert!((2..=7).contains(&v));

        self.group_id.write(writer)?;
        self.generation_id.write(writer)?;
        self.member_id.write(writer)?;
        if v >= 7 {
            self.group_instance_id.write(writer)?;
        }
        if v <= 4 {
            self.retention_time_ms.write(writer)?;
        }
        write_versioned_array(writer, version, Some(&self.topics))
    }
}

impl RequestBody for OffsetCommitRequest {
    type ResponseBody = OffsetCommitResponse;

    const API_KEY: ApiKey = ApiKey::OffsetCommit;

    /// Version 2 is the oldest with Kafka-managed offsets only; 8+ are flexible.
    const API_VERSION_RANGE: ApiVersionRange =
        ApiVersionRange::new(ApiVersion(Int16(2)), ApiVersion(Int16(7)));

    const FIRST_TAGGED_FIELD_IN_REQUEST_VERSION: ApiVersion = ApiVersion(Int16(8));
}

#[derive(Debug)]
pub struct OffsetCommitResponsePartition {
    /// The partition index.
    pub partition_index: Int32,

    /// The error code, or `None` if there was no error.
    pub error: Option<ApiError>,
}

impl<R> ReadVersionedType<R> for OffsetCommitResponsePartition
where
    R: Read,
{
    fn read_versioned(reader: &mut R, _version: ApiVersion) -> Result<Self, ReadVersionedError> {
        Ok(Self {
            partition_index: Int32::read(reader)?,
            error: ApiError::new(Int16::read(reader)?.0),
        })
    }
}

#[derive(Debug)]
pub struct OffsetCommitResponseTopic {
    /// The topic name.
    pub name: String_,

    /// The responses for each partition in the topic.
    pub partitions: Vec<OffsetCommitResponsePartition>,
}

impl<R> ReadVersionedType<R> for OffsetCommitResponseTopic
where
    R: Read,
{
    fn read_versioned(reader: &mut R, version: ApiVersion) -> Result<Self, ReadVersionedError> {
        Ok(Self {
            name: String_::read(reader)?,
            partitions: read_versioned_array(reader, version)?.unwrap_or_default(),
        })
    }
}

#[derive(Debug)]
pub struct OffsetCommitResponse {
    /// The duration in milliseconds for which the request was throttled.
    ///
    /// Added in version 3.
    pub throttle_time_ms: Option<Int32>,

    /// The responses for each topic.
    pub topics: Vec<OffsetCommitResponseTopic>,
}

impl<R> ReadVersionedType<R> for OffsetCommitResponse
where
    R: Read,
{
    fn read_versioned(reader: &mut R, version: ApiVersion) -> Result<Self, ReadVersionedError> {
        let v = version.0 .0;
        assert!((2..=7).contains(&v));

        Ok(Self {
            throttle_time_ms: (v >= 3).then(|| Int32::read(reader)).transpose()?,
            topics: read_versioned_array(reader, version)?.unwrap_or_default(),
        })
    }
}

#[cfg(test)]
mod tests {
    use std::io::Cursor;

    use super::*;

    fn request() -> OffsetCommitRequest {
        OffsetCommitRequest {
            group_id: String_("g".to_owned()),
            generation_id: Int32(-1),
            member_id: String_(String::new()),
            group_instance_id: NullableString(None),
            retention_time_ms: Int64(-1),
            topics: vec![OffsetCommitRequestTopic {
                name: String_("t".to_owned()),
                partitions: vec![OffsetCommitRequestPartition {
                    partition_index: Int32(3),
                    committed_offset: Int64(42),
                    committed_leader_epoch: Int32(-1),
                    committed_metadata: NullableString(None),
                }],
            }],
        }
    }

    /// Byte layouts written out by hand from the protocol description.
    #[test]
    fn request_bytes_per_version() {
        let m1 = [0xff; 4];
        let mut v2 = vec![0, 1, b'g'];
        v2.extend_from_slice(&m1); // generation -1
        v2.extend_from_slice(&[0, 0]); // member ""
        v2.extend_from_slice(&[0xff; 8]); // retention -1
        v2.extend_from_slice(&[0, 0, 0, 1, 0, 1, b't', 0, 0, 0, 1]);
        v2.extend_from_slice(&[0, 0, 0, 3]);
        v2.extend_from_slice(&42i64.to_be_bytes());
        v2.extend_from_slice(&[0xff, 0xff]); // metadata null
        let mut buf = Vec::new();
        request()
            .write_versioned(&mut buf, ApiVersion(Int16(2)))
            .unwrap();
        assert_eq!(buf, v2);

        let mut v7 = vec![0, 1, b'g'];
        v7.extend_from_slice(&m1);
        v7.extend_from_slice(&[0, 0]);
        v7.extend_from_slice(&[0xff, 0xff]); // group instance null
        v7.extend_from_slice(&[0, 0, 0, 1, 0, 1, b't', 0, 0, 0, 1]);
        v7.extend_from_slice(&[0, 0, 0, 3]);
        v7.extend_from_slice(&42i64.to_be_bytes());
        v7.extend_from_slice(&m1); // leader epoch -1
        v7.extend_from_slice(&[0xff, 0xff]);
        let mut buf = Vec::new();
        request()
            .write_versioned(&mut buf, ApiVersion(Int16(7)))
            .unwrap();
        assert_eq!(buf, v7);
    }

    #[test]
    fn response_v3_decodes() {
        let bytes = vec![
            0, 0, 0, 0, // throttle
            0, 0, 0, 1, 0, 1, b't', // one topic "t"
            0, 0, 0, 2, // two partitions
            0, 0, 0, 0, 0, 0, // p0 ok
            0, 0, 0, 1, 0, 3, // p1 UNKNOWN_TOPIC_OR_PARTITION
        ];
        let response =
            OffsetCommitResponse::read_versioned(&mut Cursor::new(bytes), ApiVersion(Int16(3)))
                .unwrap();
        assert_eq!(response.throttle_time_ms, Some(Int32(0)));
        let partitions = &response.topics[0].partitions;
        assert!(partitions[0].error.is_none());
        assert_eq!(partitions[1].partition_index, Int32(1));
        assert_eq!(partitions[1].error, Some(ApiError::UnknownTopicOrPartition));
    }
}
