//! Fuzzes the CPM decoder with arbitrary bytes on both paths: as UPER, as XER,
//! and wrapped in a `CitsMessage`. Any panic, abort, timeout or out-of-memory
//! is a bug: hostile input must only ever produce an `Error`.
//!
//! Run: `cd crates/cits-core/fuzz && cargo +nightly fuzz run decode_cpm`.

#![no_main]

use cits_core::decoder::{decode_cpm, decode_cpm_payload, encode_cpm};
use cits_proto::{CitsMessage, Encoding, MessageKind};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // The first byte picks the path so the fuzzer can steer towards either.
    let Some((&selector, payload)) = data.split_first() else {
        return;
    };
    let encoding = if selector & 1 == 0 {
        Encoding::Uper
    } else {
        Encoding::Xer
    };
    let decoded = if selector & 2 == 0 {
        decode_cpm_payload(payload, encoding)
    } else {
        decode_cpm(&CitsMessage {
            kind: MessageKind::Cpm as i32,
            encoding: encoding as i32,
            send_time_ms: u64::from(selector) << 34,
            payload: payload.to_vec(),
            ..CitsMessage::default()
        })
    };
    // Whatever decodes as v2 must encode again (the generator relies on it).
    if let Ok(cpm) = decoded {
        if cpm.protocol_version == 2 {
            let _ = encode_cpm(&cpm, encoding);
        }
    }
});
