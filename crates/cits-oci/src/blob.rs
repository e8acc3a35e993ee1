//! Content-addressed blobs and the descriptors that point at them.

use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Serialize};
use sha2::{Digest as _, Sha256};

/// A `sha256:<64 hex>` content digest, the only algorithm the layouts here use.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Digest(String);

impl Digest {
    /// The SHA-256 digest of `bytes`.
    pub fn sha256(bytes: &[u8]) -> Self {
        Self(format!("sha256:{:x}", Sha256::digest(bytes)))
    }

    /// The hex part: the blob's file name under `blobs/sha256/`.
    pub fn hex(&self) -> &str {
        self.0.strip_prefix("sha256:").unwrap_or(&self.0)
    }

    /// The path of the blob inside a layout, `blobs/sha256/<hex>`.
    pub fn blob_path(&self) -> String {
        format!("blobs/sha256/{}", self.hex())
    }

    /// The full `sha256:<hex>` form.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Digest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// An OCI content descriptor (image-spec `descriptor.md`).
///
/// `platform` is left out on purpose: the image config carries `os`/`architecture`, and
/// containerd keeps index entries without a platform whatever platform it filters for.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Descriptor {
    /// Media type of the referenced content.
    pub media_type: String,
    /// Digest of the referenced bytes.
    pub digest: Digest,
    /// Size of the referenced bytes.
    pub size: u64,
    /// Descriptor annotations (ref names in an index).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub annotations: BTreeMap<String, String>,
}

/// Bytes plus the descriptor that addresses them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Blob {
    /// Descriptor with the bytes' digest and size.
    pub descriptor: Descriptor,
    /// The content itself.
    pub bytes: Vec<u8>,
}

impl Blob {
    /// Wraps `bytes` of `media_type`, computing digest and size.
    pub fn new(media_type: &str, bytes: Vec<u8>) -> Self {
        let descriptor = Descriptor {
            media_type: media_type.to_owned(),
            digest: Digest::sha256(&bytes),
            size: bytes.len() as u64,
            annotations: BTreeMap::new(),
        };
        Self { descriptor, bytes }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sha256_known_answers_and_paths() {
        // FIPS 180-2 test vectors.
        let empty = Digest::sha256(b"");
        assert_eq!(
            empty.as_str(),
            "sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
        );
        let abc = Digest::sha256(b"abc");
        assert_eq!(
            abc.hex(),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        assert_eq!(
            abc.blob_path(),
            "blobs/sha256/ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }

    #[test]
    fn descriptor_json_uses_spec_field_names() {
        let blob = Blob::new("application/octet-stream", b"abc".to_vec());
        let json = serde_json::to_value(&blob.descriptor).expect("descriptor serialises");
        assert_eq!(json["mediaType"], "application/octet-stream");
        assert_eq!(json["size"], 3);
        assert_eq!(json["digest"], blob.descriptor.digest.as_str());
        assert!(
            json.get("annotations").is_none(),
            "empty annotations are omitted"
        );
    }
}
