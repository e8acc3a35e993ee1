//! DENM v2.2.1 (TS 103 831) on the generated types: a warning DENM with
//! management, situation and location containers, and a cancellation, survive
//! UPER encoding and decoding; the header bytes are checked against the UPER
//! layout worked out by hand from the ASN.1.

mod common;

use cits_etsi::denm_2_2_1::{Termination, DENM};
use common::{cancellation, warning, MESSAGE_ID_DENM, PROTOCOL_VERSION_DENM_V2};

#[test]
fn warning_denm_round_trips_through_uper() {
    let denm = warning();
    let bytes = rasn::uper::encode(&denm).expect("encodes");
    let back: DENM = rasn::uper::decode(&bytes).expect("decodes");
    assert_eq!(back, denm);
}

#[test]
fn cancellation_denm_round_trips_through_uper() {
    let denm = cancellation();
    let bytes = rasn::uper::encode(&denm).expect("encodes");
    let back: DENM = rasn::uper::decode(&bytes).expect("decodes");
    assert_eq!(back, denm);
    assert_eq!(
        back.denm.management.termination,
        Some(Termination::isCancellation)
    );
    assert!(back.denm.situation.is_none() && back.denm.location.is_none());
}

/// `DENM ::= SEQUENCE { header ItsPduHeader, denm DenmPayload }` has no
/// extension marker and no optional field, and `ItsPduHeader` is three
/// fixed-width integers (0..255, 0..255, 0..2^32-1), so UPER starts with the
/// octets protocolVersion, messageId and the big-endian stationId.
/// `DenmPayload` then opens with its 3 presence bits (situation, location,
/// alacarte): 1,1,0 for the warning, 0,0,0 for the cancellation.
#[test]
fn uper_header_is_the_hand_derived_octets() {
    let station: u32 = 4711;
    let mut expected = vec![PROTOCOL_VERSION_DENM_V2, MESSAGE_ID_DENM];
    expected.extend_from_slice(&station.to_be_bytes());

    let warning = rasn::uper::encode(&warning()).expect("encodes");
    assert_eq!(warning[..6], expected[..]);
    assert_eq!(
        warning[6] >> 5,
        0b110,
        "presence bits of situation, location, alacarte"
    );

    let cancel = rasn::uper::encode(&cancellation()).expect("encodes");
    assert_eq!(cancel[..6], expected[..]);
    assert_eq!(cancel[6] >> 5, 0b000);
}

#[test]
fn truncated_denm_is_an_error() {
    // A truncated message must be an error, never a panic.
    let bytes = rasn::uper::encode(&warning()).expect("encodes");
    for len in 0..bytes.len() {
        assert!(
            rasn::uper::decode::<DENM>(&bytes[..len]).is_err(),
            "prefix of {len} bytes decoded"
        );
    }
}
