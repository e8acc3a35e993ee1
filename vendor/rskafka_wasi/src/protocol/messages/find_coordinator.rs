//! `FindCoordinator` request and response.
//!
//! cits-wasm patch: added (not in rskafka_wasi 0.3.1), for consumer-group offset commits.
//!
//! # References
//! - <https://kafka.apache.org/protocol#The_Messages_FindCoordinator>
use std::io::{Read, Write};

use crate::protocol::{
    api_key::ApiKey,
    api_version::{ApiVersion, ApiVersionRange},
    error::Error as ApiError,
    primitives::{Int16, Int32, Int8, NullableString, String_},
    traits::{ReadType, WriteType},
};

use super::{
    ReadVersionedError, ReadVersionedType, RequestBody, WriteVersionedError, WriteVersionedType,
};

/// `key_type` of a consumer group.
pub const COORDINATOR_KEY_TYPE_GROUP: i8 = 0;

#[derive(Debug)]
pub struct FindCoordinatorRequest {
    /// The coordinator key (the group id for groups).
    pub key: String_,

    /// The coordinator key type (0 = group, 1 = transaction).
    ///
    /// Added in version 1.
    pub key_type: Int8,
}

impl<W> WriteVersionedType<W> for FindCoordinatorRequest
where
    W: Write,
{
    fn write_versioned(
        &self,
        writer: &mut W,
        version: ApiVersion,
    ) -> Result<(), WriteVersionedError> {
        let v = version.0 .0;
        assert!(v <= 2);

        self.key.write(writer)?;
        if v >= 1 {
            self.key_type.write(writer)?;
        } else if self.key_type.0 != COORDINATOR_KEY_TYPE_GROUP {
            return Err(WriteVersionedError::FieldNotAvailable {
                version,
                field: "key_type".to_string(),
            });
        }

        Ok(())
    }
}

impl RequestBody for FindCoordinatorRequest {
    type ResponseBody = FindCoordinatorResponse;

    const API_KEY: ApiKey = ApiKey::FindCoordinator;

    /// Versions 3+ are flexible and version 4 batches keys: not needed here.
    const API_VERSION_RANGE: ApiVersionRange =
        ApiVersionRange::new(ApiVersion(Int16(0)), ApiVersion(Int16(2)));

    const FIRST_TAGGED_FIELD_IN_REQUEST_VERSION: ApiVersion = ApiVersion(Int16(3));
}

#[derive(Debug)]
pub struct FindCoordinatorResponse {
    /// The duration in milliseconds for which the request was throttled.
    ///
    /// Added in version 1.
    pub throttle_time_ms: Option<Int32>,

    /// The error code, or `None` if there was no error.
    pub error: Option<ApiError>,

    /// The error message.
    ///
    /// Added in version 1.
    pub error_message: Option<NullableString>,

    /// The node id of the coordinator.
    pub node_id: Int32,

    /// The host name of the coordinator.
    pub host: String_,

    /// The port of the coordinator.
    pub port: Int32,
}

impl<R> ReadVersionedType<R> for FindCoordinatorResponse
where
    R: Read,
{
    fn read_versioned(reader: &mut R, version: ApiVersion) -> Result<Self, ReadVersionedError> {
        let v = version.0 .0;
        assert!(v <= 2);

        let throttle_time_ms = (v >= 1).then(|| Int32::read(reader)).transpose()?;
        let error = ApiError::new(Int16::read(reader)?.0);
        let error_message = (v >= 1).then(|| NullableString::read(reader)).transpose()?;
        Ok(Self {
            throttle_time_ms,
            error,
            error_message,
            node_id: Int32::read(reader)?,
            host: String_::read(reader)?,
            port: Int32::read(reader)?,
        })
    }
}

#[cfg(test)]
mod tests {
    use std::io::Cursor;

    use super::*;

    #[test]
    fn request_v1_bytes() {
        let request = FindCoordinatorRequest {
            key: String_("g".to_owned()),
            key_type: Int8(COORDINATOR_KEY_TYPE_GROUP),
        };
        let mut buf = Vec::new();
        request
            .write_versioned(&mut buf, ApiVersion(Int16(1)))
            .unwrap();
        assert_eq!(buf, vec![0, 1, b'g', 0]);
        let mut buf = Vec::new();
        request
            .write_versioned(&mut buf, ApiVersion(Int16(0)))
            .unwrap();
        assert_eq!(buf, vec![0, 1, b'g']);
    }

    #[test]
    fn response_v1_decodes() {
        let mut bytes = vec![0, 0, 0, 5, 0, 0, 0xff, 0xff, 0, 0, 0, 7, 0, 2, b'h', b'x'];
        bytes.extend_from_slice(&9092i32.to_be_bytes());
        let response =
            FindCoordinatorResponse::read_versioned(&mut Cursor::new(bytes), ApiVersion(Int16(1)))
                .unwrap();
        assert_eq!(response.throttle_time_ms, Some(Int32(5)));
        assert!(response.error.is_none());
        assert_eq!(response.error_message, Some(NullableString(None)));
        assert_eq!(response.node_id, Int32(7));
        assert_eq!(response.host, String_("hx".to_owned()));
        assert_eq!(response.port, Int32(9092));
    }
}
