"""Loads a Lanelet2 map with the official Lanelet2 library and prints its routing graph.

Usage: lanelet2_routing.py MAP.osm LAT LON

Prints, one per line:
  lanelet ID SUBTYPE             every lanelet of the map
  follows PARTICIPANT FROM TO    TO is a successor of FROM in PARTICIPANT's routing graph
                                 (vehicle over `road` lanelets, bicycle over `bicycle_lane`)
Exits non-zero when the map does not load cleanly (loadRobust errors) or the routing
graph reports itself invalid, so the calling Rust test fails loudly.
"""
import sys

import lanelet2
from lanelet2.io import Origin
from lanelet2.projection import UtmProjector
from lanelet2.traffic_rules import Locations, Participants


def main() -> int:
    path, lat, lon = sys.argv[1], float(sys.argv[2]), float(sys.argv[3])
    lmap, errors = lanelet2.io.loadRobust(path, UtmProjector(Origin(lat, lon)))
    for e in errors:
        print(f"load-error {e}", file=sys.stderr)
    if errors:
        return 2
    for ll in lmap.laneletLayer:
        print(f"lanelet {ll.id} {ll.attributes['subtype']}")
    for name, participant, subtype in [
        ("vehicle", Participants.Vehicle, "road"),
        ("bicycle", Participants.Bicycle, "bicycle_lane"),
    ]:
        rules = lanelet2.traffic_rules.create(Locations.Germany, participant)
        graph = lanelet2.routing.RoutingGraph(lmap, rules)
        invalid = graph.checkValidity()
        if invalid:
            print(f"routing-graph-invalid {name} {invalid}", file=sys.stderr)
            return 3
        for ll in lmap.laneletLayer:
            if ll.attributes["subtype"] != subtype:
                continue
            for nxt in graph.following(ll, False):
                print(f"follows {name} {ll.id} {nxt.id}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
