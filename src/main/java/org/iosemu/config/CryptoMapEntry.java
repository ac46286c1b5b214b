package org.iosemu.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** `crypto map NAME SEQ ipsec-isakmp` and its sub-commands; peers and transform sets are ordered. */
public record CryptoMapEntry(String mapName, int seq, boolean manual, Optional<String> description,
                             List<MapPeer> peers, List<String> transformSets, Optional<String> matchAddress,
                             Optional<Integer> pfsGroup, Optional<Integer> lifetimeSeconds,
                             Optional<Long> lifetimeKilobytes, Optional<ReplayWindow> replay,
                             Optional<IdleTime> idleTime, Optional<String> accessGroupIn,
                             Optional<String> accessGroupOut, Optional<Boolean> reverseRoute,
                             Optional<String> isakmpProfile, Optional<String> dynamicMap,
                             Optional<String> reverseRouteNextHop) {

    public CryptoMapEntry(String mapName, int seq, boolean manual, Optional<String> description,
                          List<MapPeer> peers, List<String> transformSets, Optional<String> matchAddress,
                          Optional<Integer> pfsGroup, Optional<Integer> lifetimeSeconds,
                          Optional<Long> lifetimeKilobytes, Optional<ReplayWindow> replay,
                          Optional<IdleTime> idleTime, Optional<String> accessGroupIn,
                          Optional<String> accessGroupOut, Optional<Boolean> reverseRoute,
                          Optional<String> isakmpProfile) {
        this(mapName, seq, manual, description, peers, transformSets, matchAddress, pfsGroup, lifetimeSeconds,
                lifetimeKilobytes, replay, idleTime, accessGroupIn, accessGroupOut, reverseRoute, isakmpProfile,
                Optional.empty(), Optional.empty());
    }

    public CryptoMapEntry {
        peers = List.copyOf(peers);
        transformSets = List.copyOf(transformSets);
    }

    public static CryptoMapEntry empty(String mapName, int seq, boolean manual) {
        return new CryptoMapEntry(mapName, seq, manual, Optional.empty(), List.of(), List.of(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** `crypto map NAME SEQ ipsec-isakmp dynamic DYN`: the entry stands for the dynamic map DYN. */
    public CryptoMapEntry withDynamicMap(Optional<String> v) {
        return new CryptoMapEntry(mapName, seq, manual, description, peers, transformSets, matchAddress, pfsGroup,
                lifetimeSeconds, lifetimeKilobytes, replay, idleTime, accessGroupIn, accessGroupOut, reverseRoute,
                isakmpProfile, v, reverseRouteNextHop);
    }

    /** `reverse-route remote-peer A`: the injected routes go via A instead of via the peer. */
    public CryptoMapEntry withReverseRouteNextHop(Optional<String> v) {
        return new CryptoMapEntry(mapName, seq, manual, description, peers, transformSets, matchAddress, pfsGroup,
                lifetimeSeconds, lifetimeKilobytes, replay, idleTime, accessGroupIn, accessGroupOut, reverseRoute,
                isakmpProfile, dynamicMap, v);
    }

    /** A map is only active with a peer and an ACL (IOS warns about this when the entry is created). */
    public boolean complete() {
        return !peers.isEmpty() && matchAddress.isPresent() && !transformSets.isEmpty();
    }

    public CryptoMapEntry withDescription(Optional<String> v) {
        return new CryptoMapEntry(mapName, seq, manual, v, peers, transformSets, matchAddress, pfsGroup,
                lifetimeSeconds, lifetimeKilobytes, replay, idleTime, accessGroupIn, accessGroupOut, reverseRoute, isakmpProfile, dynamicMap, reverseRouteNextHop);
    }

    public CryptoMapEntry withPeers(List<MapPeer> v) {
        return new CryptoMapEntry(mapName, seq, manual, description, v, transformSets, matchAddress, pfsGroup,
                lifetimeSeconds, lifetimeKilobytes, replay, idleTime, accessGroupIn, accessGroupOut, reverseRoute, isakmpProfile, dynamicMap, reverseRouteNextHop);
    }

    public CryptoMapEntry withTransformSets(List<String> v) {
        return new CryptoMapEntry(mapName, seq, manual, description, peers, v, matchAddress, pfsGroup,
                lifetimeSeconds, lifetimeKilobytes, replay, idleTime, accessGroupIn, accessGroupOut, reverseRoute, isakmpProfile, dynamicMap, reverseRouteNextHop);
    }

    public CryptoMapEntry withMatchAddress(Optional<String> v) {
        return new CryptoMapEntry(mapName, seq, manual, description, peers, transformSets, v, pfsGroup,
                lifetimeSeconds, lifetimeKilobytes, replay, idleTime, accessGroupIn, accessGroupOut, reverseRoute, isakmpProfile, dynamicMap, reverseRouteNextHop);
    }

    public CryptoMapEntry withPfsGroup(Optional<Integer> v) {
        return new CryptoMapEntry(mapName, seq, manual, description, peers, transformSets, matchAddress, v,
                lifetimeSeconds, lifetimeKilobytes, replay, idleTime, accessGroupIn, accessGroupOut, reverseRoute, isakmpProfile, dynamicMap, reverseRouteNextHop);
    }

    public CryptoMapEntry withLifetime(Optional<Integer> seconds, Optional<Long> kilobytes) {
        return new CryptoMapEntry(mapName, seq, manual, description, peers, transformSets, matchAddress, pfsGroup,
                seconds, kilobytes, replay, idleTime, accessGroupIn, accessGroupOut, reverseRoute, isakmpProfile, dynamicMap, reverseRouteNextHop);
    }

    public CryptoMapEntry withReplay(Optional<ReplayWindow> v) {
        return new CryptoMapEntry(mapName, seq, manual, description, peers, transformSets, matchAddress, pfsGroup,
                lifetimeSeconds, lifetimeKilobytes, v, idleTime, accessGroupIn, accessGroupOut, reverseRoute, isakmpProfile, dynamicMap, reverseRouteNextHop);
    }

    public CryptoMapEntry withIdleTime(Optional<IdleTime> v) {
        return new CryptoMapEntry(mapName, seq, manual, description, peers, transformSets, matchAddress, pfsGroup,
                lifetimeSeconds, lifetimeKilobytes, replay, v, accessGroupIn, accessGroupOut, reverseRoute, isakmpProfile, dynamicMap, reverseRouteNextHop);
    }

    public CryptoMapEntry withAccessGroups(Optional<String> in, Optional<String> out) {
        return new CryptoMapEntry(mapName, seq, manual, description, peers, transformSets, matchAddress, pfsGroup,
                lifetimeSeconds, lifetimeKilobytes, replay, idleTime, in, out, reverseRoute, isakmpProfile, dynamicMap, reverseRouteNextHop);
    }

    /** Empty = no reverse-route; true = `reverse-route static`. */
    public CryptoMapEntry withReverseRoute(Optional<Boolean> v) {
        return new CryptoMapEntry(mapName, seq, manual, description, peers, transformSets, matchAddress, pfsGroup,
                lifetimeSeconds, lifetimeKilobytes, replay, idleTime, accessGroupIn, accessGroupOut, v, isakmpProfile, dynamicMap, reverseRouteNextHop);
    }

    public CryptoMapEntry withIsakmpProfile(Optional<String> v) {
        return new CryptoMapEntry(mapName, seq, manual, description, peers, transformSets, matchAddress, pfsGroup,
                lifetimeSeconds, lifetimeKilobytes, replay, idleTime, accessGroupIn, accessGroupOut, reverseRoute, v, dynamicMap, reverseRouteNextHop);
    }

    /** NVGEN order: description, peers, SA settings, transform sets, pfs, isakmp profile, access groups, match, RRI. */
    public List<String> render() {
        if (dynamicMap.isPresent()) {
            return List.of("crypto map " + mapName + " " + seq + " ipsec-isakmp dynamic " + dynamicMap.get() + " ");
        }
        List<String> out = new ArrayList<>();
        out.add("crypto map " + mapName + " " + seq + (manual ? " ipsec-manual" : " ipsec-isakmp") + " ");
        out.addAll(body());
        return out;
    }

    /** As an entry of `crypto dynamic-map NAME SEQ` (no blank after the header, unlike a static entry). */
    public List<String> renderDynamic() {
        List<String> out = new ArrayList<>();
        out.add("crypto dynamic-map " + mapName + " " + seq);
        out.addAll(body());
        return out;
    }

    private List<String> body() {
        List<String> out = new ArrayList<>();
        description.ifPresent(d -> out.add(" description " + d));
        peers.forEach(p -> out.add(p.render()));
        lifetimeSeconds.ifPresent(s -> out.add(" set security-association lifetime seconds " + s));
        lifetimeKilobytes.ifPresent(k -> out.add(" set security-association lifetime kilobytes " + k));
        replay.ifPresent(r -> out.add(" set security-association replay " + r.render()));
        idleTime.ifPresent(i -> out.add(" set security-association " + i.render()));
        if (!transformSets.isEmpty()) {
            out.add(" set transform-set " + String.join(" ", transformSets) + " ");
        }
        pfsGroup.ifPresent(g -> out.add(" set pfs group" + g));
        isakmpProfile.ifPresent(p -> out.add(" set isakmp-profile " + p));
        accessGroupIn.ifPresent(a -> out.add(" set ip access-group " + a + " in"));
        accessGroupOut.ifPresent(a -> out.add(" set ip access-group " + a + " out"));
        matchAddress.ifPresent(m -> out.add(" match address " + m));
        reverseRoute.ifPresent(s -> out.add(" reverse-route" + (s ? " static" : "")
                + reverseRouteNextHop.map(h -> " remote-peer " + h).orElse("")));
        return out;
    }
}
