#!/usr/bin/env python3
"""Independent check of the generated DENM codec with asn1tools (PyPI).

Usage: denm_asn1tools.py ASN1_DIR CASE < rust_uper_hex

Compiles CDD 2.2.1 and DENM 2.2.1 from ASN1_DIR with asn1tools' own UPER
codec, decodes the hex UPER DENM that the Rust test wrote to stdin and checks
it equals CASE ("warning" or "cancellation"), written here by hand from the
same values as the Rust test. Prints asn1tools' UPER encoding of CASE as hex
for the Rust side to decode. Exits 1 with a diff on a mismatch.
"""
import sys

import asn1tools

# ETSI TS 102 894-2 MessageId denm(1); DENM v2 protocolVersion 2; StationType roadSideUnit(15).
HEADER = {"protocolVersion": 2, "messageId": 1, "stationId": 4711}


def management(termination=None):
    m = {
        "actionId": {"originatingStationId": 4711, "sequenceNumber": 7},
        "detectionTime": 820_000_000_123,
        "referenceTime": 820_000_000_456,
        "eventPosition": {
            "latitude": 507_748_000,
            "longitude": 61_027_000,
            "positionConfidenceEllipse": {
                "semiMajorConfidence": 50,
                "semiMinorConfidence": 30,
                "semiMajorOrientation": 900,
            },
            "altitude": {"altitudeValue": 17_300, "altitudeConfidence": "alt-001-00"},
        },
        "validityDuration": 2,
        "stationType": 15,
    }
    if termination is not None:
        m["termination"] = termination
    return m


def point(dlat, dlon):
    return {"pathPosition": {"deltaLatitude": dlat, "deltaLongitude": dlon, "deltaAltitude": 0}}


CASES = {
    # Collision risk (cause 97), sub cause 1, two-point detection zone.
    "warning": {
        "header": HEADER,
        "denm": {
            "management": management(),
            "situation": {
                "informationQuality": 3,
                "eventType": {"ccAndScc": ("collisionRisk97", 1)},
            },
            "location": {
                "eventSpeed": {"speedValue": 834, "speedConfidence": 5},
                "eventPositionHeading": {"value": 2710, "confidence": 10},
                "detectionZonesToEventPosition": [[point(-120, 35), point(-250, 60)]],
            },
        },
    },
    "cancellation": {
        "header": HEADER,
        "denm": {"management": management("isCancellation")},
    },
}


def main():
    asn1_dir, case = sys.argv[1], sys.argv[2]
    expected = CASES[case]
    spec = asn1tools.compile_files(
        [f"{asn1_dir}/cdd_2_2_1.asn", f"{asn1_dir}/denm_2_2_1.asn"], "uper"
    )
    rust_uper = bytes.fromhex(sys.stdin.read().strip())
    decoded = spec.decode("DENM", rust_uper)
    if decoded != expected:
        print(f"asn1tools decoded the Rust UPER DENM as\n{decoded}\nexpected\n{expected}", file=sys.stderr)
        sys.exit(1)
    print(spec.encode("DENM", expected).hex())


if __name__ == "__main__":
    main()
