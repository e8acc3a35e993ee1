//! `OffsetFetch` request and response.
//!
//! cits-wasm patch: added (not in rskafka_wasi 0.3.1), for consumer-group offset commits.
//!
//! # References
//! - <https://kafka.apache.org/protocol#The_Messages_OffsetFetch>
use std::io::{Read, Write};

use crate::protocol::{
    api_key::ApiKey,
    api_version::{ApiVersion, ApiVersionRange},
    error::Error as ApiError,
    messages::{read_versioned_array, write_versioned_array},
    primitives::{Array, Int16, Int32, Int64, NullableString, String_},
    traits::{ReadType, WriteType},
};

use super::{
    ReadVersionedError, ReadVersionedType, RequestBody, WriteVersionedError, WriteVersionedType,
};

#[derive(Debug)]
pub struct OffsetFetchRequestTopic {
    /// The topic name.
    pub name: String_,

    /// The partition indexes to fetch offsets for.
    pub partition_indexes: Array<Int32>,
}

impl<W> WriteVersionedType<W> for OffsetFetchRequestTopic
where
    W: Write,
{
    fn write_versioned(
        &self,
        writer: &mut W,
        _version: ApiVersion,
    ) -> Result<(), WriteVersionedError> {
        self.name.write(writer)?;
        self.partition_indexes.write(writer)?;
        Ok(())
    }
}

#[derive(Debug)]
pub struct OffsetFetchRequest {
    /// The group to fetch offsets for.
    pub group_id: String_,

    /// Each topic to fetch offsets for (`None` from version 2: all topics).
    pub topics: Option<Vec<OffsetFetchRequestTopic>>,
}

impl<W> WriteVersionedType<W> for OffsetFetchRequest
where
    W: Write,
{
    fn write_versioned(
        &self,
        writer: &mut W,
        version: ApiVersion,
    ) -> Result<(), WriteVersionedError> {
        let v = version.0 .0;
        assert!((1..=5).contains(&v));

        self.group_id.write(writer)?;
        if v < 2 && self.topics.is_none() {
            return Err(WriteVersionedError::FieldNotAvailable {
                version,
                field: "topics=null".to_string(),
            });
        }
        write_versioned_array(writer, version, self.topics.as_deref())
    }
}

impl RequestBody for OffsetFetchRequest {
    type ResponseBody = OffsetFetchResponse;

    const API_KEY: ApiKey = ApiKey::OffsetFetch;

    /// Version 1 is the oldest reading Kafka-stored offsets; 6+ are flexible.
    const API_VERSION_RANGE: ApiVersionRange =
        ApiVersionRange::new(ApiVersion(Int16(1)), ApiVersion(Int16(5)));

    const FIRST_TAGGED_FIELD_IN_REQUEST_VERSION: ApiVersion = ApiVersion(Int16(6));
}

#[derive(Debug)]
pub struct OffsetFetchResponsePartition {
    /// The partition index.
    pub partition_index: Int32,

    /// The committed offset, or -1 if none was committed.
    pub committed_offset: Int64,

    /// The leader epoch.
    ///
    /// Added in version 5.
    pub committed_leader_epoch: Option<Int32>,

    /// The partition metadata.
    pub metadata: NullableString,

    /// The error code, or `None` if there was no error.
    pub error: Option<ApiError>,
}

impl<R> ReadVersionedType<R> for OffsetFetchResponsePartition
where
    R: Read,
{
    fn read_versioned(reader: &mut R, version: ApiVersion) -> Result<Self, ReadVersionedError> {
        let v = version.0 .0;
        Ok(Self {
            partition_index: Int32::read(reader)?,
            committed_offset: Int64::read(reader)?,
            committed_leader_epoch: (v >= 5).then(|| Int32::read(reader)).transpose()?,
            metadata: NullableString::read(reader)?,
            error: ApiError::new(Int16::read(reader)?.0),
        })
    }
}

#[derive(Debug)]
pub struct OffsetFetchResponseTopic {
    /// The topic name.
    pub name: String_,

    /// The responses per partition.
    pub partitions: Vec<OffsetFetchResponsePartition>,
}

impl<R> ReadVersionedType<R> for OffsetFetchResponseTopic
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
pub struct OffsetFetchResponse {
    /// The duration in milliseconds for which the request was throttled.
    ///
    /// Added in version 3.
    pub throttle_time_ms: Option<Int32>,

    /// The responses per topic.
    pub topics: Vec<OffsetFetchResponseTopic>,

    /// The top-level error code, or `None` if there was no error.
    ///
    /// Added in version 2.
    pub error: Option<ApiError>,
}

impl<R> ReadVersionedType<R> for OffsetFetchResponse
where
    R: Read,
{
    fn read_versioned(reader: &mut R, version: ApiVersion) -> Result<Self, ReadVersionedError> {
        let v = version.0 .0;
        assert!((1..=5).contains(&v));

        let throttle_time_ms = (v >= 3).then(|| Int32::read(reader)).transpose()?;
        let topics = read_versioned_array(reader, version)?.unwrap_or_default();
        let error = if v >= 2 {
            ApiError::new(Int16::read(reader)?.0)
        } else {
            None
        };
        Ok(Self {
            throttle_time_ms,
            topics,
            error,
        })
    }
}

#[cfg(test)]
mod tests {
    use std::io::Cursor;

    use super::*;

    #[test]
    fn request_v5_bytes() {
        let request = OffsetFetchRequest {
            group_id: String_("g".to_owned()),
            topics: Some(vec![OffsetFetchRequestTopic {
                name: String_("t".to_owned()),
                partition_indexes: Array(Some(vec![Int32(0), Int32(2)])),
            }]),
        };
        let mut buf = Vec::new();
        request
            .write_versioned(&mut buf, ApiVersion(Int16(5)))
            .unwrap();
        assert_eq!(
            buf,
            vec![0, 1, b'g', 0, 0, 0, 1, 0, 1, b't', 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 2]
        );
    }

    #[test]
    fn response_v5_decodes() {
        let mut bytes = vec![0, 0, 0, 0, 0, 0, 0, 1, 0, 1, b't', 0, 0, 0, 2];
        // p0: committed 17, epoch -1, metadata "", no error
        bytes.extend_from_slice(&[0, 0, 0, 0]);
        bytes.extend_from_slice(&17i64.to_be_bytes());
        bytes.extend_from_slice(&[0xff; 4]);
        bytes.extend_from_slice(&[0, 0, 0, 0]);
        // p2: nothing committed (-1), metadata null, no error
        bytes.extend_from_slice(&[0, 0, 0, 2]);
        bytes.extend_from_slice(&(-1i64).to_be_bytes());
        bytes.extend_from_slice(&[0xff; 4]);
        bytes.extend_from_slice(&[0xff, 0xff, 0, 0]);
        bytes.extend_from_slice(&[0, 0]); // top-level error
        let response =
            OffsetFetchResponse::read_versioned(&mut Cursor::new(bytes), ApiVersion(Int16(5)))
                .unwrap();
        let partitions = &response.topics[0].partitions;
        assert_eq!(partitions[0].committed_offset, Int64(17));
        assert_eq!(partitions[0].committed_leader_epoch, Some(Int32(-1)));
        assert_eq!(partitions[1].partition_index, Int32(2));
        assert_eq!(partitions[1].committed_offset, Int64(-1));
        assert!(response.error.is_none());
    }
}
