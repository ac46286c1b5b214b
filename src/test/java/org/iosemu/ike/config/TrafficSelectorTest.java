package org.iosemu.ike.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** First match decides; deny lines are rules but not proxy identities; ports count for TCP/UDP only. */
class TrafficSelectorTest {

    private static final Ipv4 HOST = Ipv4.parse("255.255.255.255");
    private static final ProxyIdentity LAN = new ProxyIdentity(Ipv4.parse("10.1.1.0"), Ipv4.parse("255.255.255.0"),
            Ipv4.parse("10.2.0.0"), Ipv4.parse("255.255.0.0"), 0);
    private static final TrafficSelector.Rule DENY_SSH = new TrafficSelector.Rule(false,
            new ProxyIdentity(Ipv4.ANY, Ipv4.ANY, Ipv4.parse("10.2.2.1"), HOST, 6), PortRange.ANY, PortRange.exactly(22));
    private static final TrafficSelector SELECTOR = new TrafficSelector(List.of(DENY_SSH, TrafficSelector.Rule.permit(LAN)));

    private static Optional<TrafficSelector.Rule> decide(String dst, int protocol, int dstPort) {
        return SELECTOR.firstMatch(Ipv4.parse("10.1.1.5"), Ipv4.parse(dst), protocol, 40000, dstPort);
    }

    @Test
    void theFirstMatchingLineDecides() {
        assertEquals(Optional.of(DENY_SSH), decide("10.2.2.1", 6, 22));
        assertTrue(decide("10.2.2.1", 6, 23).orElseThrow().permit(), "another port falls through to the permit");
        assertTrue(decide("10.2.2.1", 1, -1).orElseThrow().permit(), "ICMP has no ports: the tcp deny does not match");
        assertEquals(Optional.empty(), decide("10.3.0.1", 1, -1));
    }

    @Test
    void proxiesAreThePermitLinesOnly() {
        assertEquals(List.of(LAN), SELECTOR.proxies());
    }

    @Test
    void portRanges() {
        PortRange neq = new PortRange(500, 500, true);
        assertFalse(neq.contains(500));
        assertTrue(neq.contains(4500));
        assertFalse(neq.contains(-1), "a port condition never matches a packet without ports");
        assertTrue(PortRange.ANY.contains(-1));
        assertTrue(new PortRange(1000, 2000, false).contains(2000));
        assertFalse(new PortRange(1000, 2000, false).contains(2001));
    }
}
