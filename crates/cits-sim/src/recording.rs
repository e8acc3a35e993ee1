//! The recording format of thesis §4.1: base64 of repeated
//! `[u32 BE length][u64 BE timestamp ms][message bytes]`.
//!
//! The timestamp is the Unix epoch time (ms) the message was sent; a replayer
//! uses the differences between consecutive timestamps to keep (or scale) the
//! original pace. The messages are raw UPER-encoded ETSI CPMs.

use std::path::Path;

use base64::Engine as _;

use crate::error::{Error, Result};

/// Largest message a frame may carry. A CPM travels in one GeoNetworking
/// packet, far below 64 KiB; a larger length means a corrupt file, and the
/// limit keeps a corrupt length from allocating gigabytes.
pub const MAX_MESSAGE_BYTES: usize = 64 * 1024;

/// Bytes of a frame header: u32 length + u64 timestamp.
const HEADER_BYTES: usize = 4 + 8;

/// One recorded message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// When the message was sent, Unix epoch milliseconds.
    pub timestamp_ms: u64,
    /// The message as it went over the air (UPER-encoded CPM).
    pub bytes: Vec<u8>,
}

/// Encodes entries into the binary frame stream (before base64).
pub fn to_frames(entries: &[Entry]) -> Result<Vec<u8>> {
    let total: usize = entries.iter().map(|e| HEADER_BYTES + e.bytes.len()).sum();
    let mut out = Vec::with_capacity(total);
    for entry in entries {
        let length = entry.bytes.len();
        let declared = u32::try_from(length)
            .ok()
            .filter(|_| length <= MAX_MESSAGE_BYTES)
            .ok_or(Error::OversizedFrame {
                offset: out.len(),
                length: length as u64,
                max: MAX_MESSAGE_BYTES,
            })?;
        out.extend_from_slice(&declared.to_be_bytes());
        out.extend_from_slice(&entry.timestamp_ms.to_be_bytes());
        out.extend_from_slice(&entry.bytes);
    }
    Ok(out)
}

/// Parses the binary frame stream (after base64).
pub fn from_frames(data: &[u8]) -> Result<Vec<Entry>> {
    let mut entries = Vec::new();
    let mut offset = 0;
    while offset < data.len() {
        let rest = data.get(offset..).unwrap_or_default();
        let (Some(len_bytes), Some(ts_bytes)) = (rest.get(0..4), rest.get(4..HEADER_BYTES)) else {
            return Err(Error::TruncatedFrame {
                offset,
                needed: HEADER_BYTES,
                available: rest.len(),
            });
        };
        let mut len_buf = [0u8; 4];
        len_buf.copy_from_slice(len_bytes);
        let mut ts_buf = [0u8; 8];
        ts_buf.copy_from_slice(ts_bytes);
        let length = u32::from_be_bytes(len_buf);
        let length_usize = usize::try_from(length)
            .ok()
            .filter(|l| *l <= MAX_MESSAGE_BYTES)
            .ok_or(Error::OversizedFrame {
                offset,
                length: u64::from(length),
                max: MAX_MESSAGE_BYTES,
            })?;
        let Some(message) = rest.get(HEADER_BYTES..HEADER_BYTES + length_usize) else {
            return Err(Error::TruncatedFrame {
                offset,
                needed: HEADER_BYTES + length_usize,
                available: rest.len(),
            });
        };
        entries.push(Entry {
            timestamp_ms: u64::from_be_bytes(ts_buf),
            bytes: message.to_vec(),
        });
        offset += HEADER_BYTES + length_usize;
    }
    Ok(entries)
}

/// Encodes entries as the recording text (standard base64 with padding, one line).
pub fn encode(entries: &[Entry]) -> Result<String> {
    Ok(base64::engine::general_purpose::STANDARD.encode(to_frames(entries)?))
}

/// Decodes recording text. ASCII whitespace (line breaks of other tools) is ignored.
pub fn decode(text: &[u8]) -> Result<Vec<Entry>> {
    let compact: Vec<u8> = text
        .iter()
        .copied()
        .filter(|b| !b.is_ascii_whitespace())
        .collect();
    let frames = base64::engine::general_purpose::STANDARD.decode(compact)?;
    from_frames(&frames)
}

/// Writes a recording file (the base64 text followed by a newline).
pub fn write(path: impl AsRef<Path>, entries: &[Entry]) -> Result<()> {
    let path = path.as_ref();
    let mut text = encode(entries)?;
    text.push('\n');
    std::fs::write(path, text).map_err(|source| Error::Io {
        action: "write",
        path: path.to_owned(),
        source,
    })
}

/// Reads a recording file: the entries in file order.
pub fn read(path: impl AsRef<Path>) -> Result<Vec<Entry>> {
    let path = path.as_ref();
    let text = std::fs::read(path).map_err(|source| Error::Io {
        action: "read",
        path: path.to_owned(),
        source,
    })?;
    decode(&text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frame_layout_is_length_timestamp_message() {
        let frames = to_frames(&[Entry {
            timestamp_ms: 0x0102_0304_0506_0708,
            bytes: vec![0xAA, 0xBB],
        }])
        .unwrap();
        assert_eq!(
            frames,
            [0, 0, 0, 2, 1, 2, 3, 4, 5, 6, 7, 8, 0xAA, 0xBB].to_vec()
        );
    }

    #[test]
    fn empty_recording_has_no_entries() {
        assert_eq!(decode(b"").unwrap(), Vec::new());
    }
}
