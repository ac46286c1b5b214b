package org.iosemu.config;

import java.util.List;

/**
 * One `route-map NAME permit|deny SEQ` entry with its `match ip address ACL...` lists (an entry without a match
 * clause matches everything). iosemu uses route maps for NAT, where a matching deny entry means "do not translate".
 */
public record RouteMapEntry(String name, boolean permit, int sequence, List<String> matchAcls) {

    public static final int DEFAULT_SEQUENCE = 10;

    public RouteMapEntry {
        matchAcls = List.copyOf(matchAcls);
    }

    public RouteMapEntry withMatchAcls(List<String> v) {
        return new RouteMapEntry(name, permit, sequence, v);
    }

    public RouteMapEntry withPermit(boolean v) {
        return new RouteMapEntry(name, v, sequence, matchAcls);
    }

    public List<String> render() {
        List<String> out = new java.util.ArrayList<>();
        out.add("route-map " + name + " " + (permit ? "permit" : "deny") + " " + sequence);
        if (!matchAcls.isEmpty()) {
            out.add(" match ip address " + String.join(" ", matchAcls));
        }
        return out;
    }
}
