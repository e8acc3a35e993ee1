#!/usr/bin/env python3
"""Decodes the DENM sender's UPER payloads with asn1tools (PyPI), an ASN.1 codec
independent of ours, and prints the fields the Rust test checks as JSON.

Usage: denm_asn1tools.py ASN1_DIR < hex_lines

ASN1_DIR holds the ETSI modules (crates/cits-etsi/asn1: CDD 2.2.1, DENM 2.2.1).
Each stdin line is one UPER DENM in hex; each stdout line is one JSON object.
A payload that does not decode fails the run (exit 1, the error on stderr).
"""
import json
import sys

import asn1tools


def fields(denm):
    header = denm["header"]
    payload = denm["denm"]
    m = payload["management"]
    out = {
        "protocolVersion": header["protocolVersion"],
        "messageId": header["messageId"],
        "stationId": header["stationId"],
        "originatingStationId": m["actionId"]["originatingStationId"],
        "sequenceNumber": m["actionId"]["sequenceNumber"],
        "detectionTime": m["detectionTime"],
        "referenceTime": m["referenceTime"],
        "termination": m.get("termination"),
        "latitude": m["eventPosition"]["latitude"],
        "longitude": m["eventPosition"]["longitude"],
        "validityDuration": m.get("validityDuration", 600),
        "stationType": m["stationType"],
        "situation": "situation" in payload,
        "location": "location" in payload,
    }
    if "situation" in payload:
        cause, sub_cause = payload["situation"]["eventType"]["ccAndScc"]
        out["cause"] = cause
        out["subCause"] = sub_cause
        out["informationQuality"] = payload["situation"]["informationQuality"]
    pre_crash = payload.get("alacarte", {}).get("preCrash")
    out["timeToCollision"] = pre_crash.get("timeToCollision") if pre_crash else None
    if "location" in payload:
        paths = payload["location"].get("predictedPaths", [])
        out["predictedPaths"] = len(paths)
    return out


def main():
    asn1_dir = sys.argv[1]
    spec = asn1tools.compile_files(
        [f"{asn1_dir}/cdd_2_2_1.asn", f"{asn1_dir}/denm_2_2_1.asn"], "uper"
    )
    for line in sys.stdin:
        line = line.strip()
        if not line:
            continue
        decoded = spec.decode("DENM", bytes.fromhex(line))
        print(json.dumps(fields(decoded)))


if __name__ == "__main__":
    main()
