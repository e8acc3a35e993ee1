//! The recording format: round trips and typed errors for corrupt files.

use base64::Engine as _;
use cits_sim::recording::{self, Entry, MAX_MESSAGE_BYTES};
use cits_sim::Error;

fn b64(bytes: &[u8]) -> Vec<u8> {
    base64::engine::general_purpose::STANDARD
        .encode(bytes)
        .into_bytes()
}

fn sample_entries() -> Vec<Entry> {
    vec![
        Entry {
            timestamp_ms: 1_632_470_400_020,
            bytes: vec![0x02, 0x0e, 0x00, 0x00, 0x75, 0x31],
        },
        Entry {
            timestamp_ms: 1_632_470_400_083,
            bytes: Vec::new(),
        },
        Entry {
            timestamp_ms: u64::MAX,
            bytes: vec![0xff; 1500],
        },
    ]
}

#[test]
fn file_round_trip() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("recording.b64");
    let entries = sample_entries();
    recording::write(&path, &entries).unwrap();
    assert_eq!(recording::read(&path).unwrap(), entries);
}

#[test]
fn file_is_base64_of_big_endian_frames() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("r.b64");
    recording::write(
        &path,
        &[Entry {
            timestamp_ms: 1000,
            bytes: vec![7, 8, 9],
        }],
    )
    .unwrap();
    let text = std::fs::read_to_string(&path).unwrap();
    let raw = base64::engine::general_purpose::STANDARD
        .decode(text.trim_end())
        .unwrap();
    assert_eq!(raw, [0, 0, 0, 3, 0, 0, 0, 0, 0, 0, 0x03, 0xe8, 7, 8, 9]);
}

#[test]
fn line_breaks_in_the_base64_are_ignored() {
    let text = recording::encode(&sample_entries()).unwrap();
    let wrapped: String = text
        .as_bytes()
        .chunks(76)
        .map(|c| format!("{}\r\n", String::from_utf8_lossy(c)))
        .collect();
    assert_eq!(
        recording::decode(wrapped.as_bytes()).unwrap(),
        sample_entries()
    );
}

#[test]
fn bad_base64_is_reported() {
    let err = recording::decode(b"AAAA*AAA").unwrap_err();
    assert!(matches!(err, Error::Base64(_)), "{err:?}");
}

#[test]
fn truncated_header_is_reported() {
    let mut frames = recording::to_frames(&sample_entries()[..1]).unwrap();
    let first_len = frames.len();
    frames.extend_from_slice(&[0, 0, 0, 1, 0]); // 5 of 12 header bytes
    let err = recording::decode(&b64(&frames)).unwrap_err();
    match err {
        Error::TruncatedFrame {
            offset,
            needed,
            available,
        } => {
            assert_eq!((offset, needed, available), (first_len, 12, 5));
        }
        other => panic!("expected TruncatedFrame, got {other:?}"),
    }
}

#[test]
fn truncated_message_is_reported() {
    let mut frames = recording::to_frames(&sample_entries()).unwrap();
    frames.truncate(frames.len() - 1);
    let err = recording::decode(&b64(&frames)).unwrap_err();
    match err {
        Error::TruncatedFrame {
            needed, available, ..
        } => {
            assert_eq!(needed, 12 + 1500);
            assert_eq!(available, 12 + 1499);
        }
        other => panic!("expected TruncatedFrame, got {other:?}"),
    }
}

#[test]
fn oversized_length_is_reported_without_allocating() {
    let mut frames = vec![0xff, 0xff, 0xff, 0xff];
    frames.extend_from_slice(&[0; 8]);
    let err = recording::decode(&b64(&frames)).unwrap_err();
    match err {
        Error::OversizedFrame {
            offset,
            length,
            max,
        } => {
            assert_eq!(
                (offset, length, max),
                (0, u64::from(u32::MAX), MAX_MESSAGE_BYTES)
            );
        }
        other => panic!("expected OversizedFrame, got {other:?}"),
    }
    assert!(err_text(&frames).contains("4294967295"));
}

fn err_text(frames: &[u8]) -> String {
    recording::decode(&b64(frames)).unwrap_err().to_string()
}

#[test]
fn oversized_message_is_not_written() {
    let err = recording::encode(&[Entry {
        timestamp_ms: 0,
        bytes: vec![0; MAX_MESSAGE_BYTES + 1],
    }])
    .unwrap_err();
    assert!(matches!(err, Error::OversizedFrame { .. }), "{err:?}");
}

#[test]
fn missing_file_names_the_path() {
    let err = recording::read("/nonexistent/recording.b64").unwrap_err();
    assert!(
        err.to_string().contains("/nonexistent/recording.b64"),
        "{err}"
    );
}
