package org.iosemu.nat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.iosemu.acl.AclCounters;
import org.iosemu.config.AccessList;
import org.iosemu.config.AclAddress;
import org.iosemu.config.AclEntry;
import org.iosemu.config.AclName;
import org.iosemu.config.InterfaceConfig;
import org.iosemu.config.InterfaceName;
import org.iosemu.config.InterfaceType;
import org.iosemu.config.IpAddress;
import org.iosemu.config.NatRule;
import org.iosemu.config.RouteMapEntry;
import org.iosemu.config.RunningConfig;
import org.iosemu.net.IcmpEcho;
import org.iosemu.net.IpPacket;
import org.iosemu.net.Ipv4Address;
import org.junit.jupiter.api.Test;

/** PAT on the outside interface's address with a route-map exemption, as a branch router does it. */
class NatTranslatorTest {

    private static final InterfaceName FA0 = new InterfaceName(InterfaceType.FAST_ETHERNET, "0");

    static RunningConfig branch() {
        RunningConfig rc = RunningConfig.factoryDefault(List.of(FA0), false);
        rc = rc.withInterface(InterfaceConfig.fresh(FA0, false)
                .withAddresses(Optional.of(new IpAddress("10.1.32.14", "255.255.255.0")), List.of()));
        AccessList vpn = AccessList.numbered(110).append(AclEntry.extended(true, "ip",
                AclAddress.wildcard("10.1.1.0", "0.0.0.255"), Optional.empty(), AclAddress.wildcard("10.2.2.0", "0.0.0.255"),
                Optional.empty()));
        AccessList lan = AccessList.numbered(120).append(AclEntry.extended(true, "ip",
                AclAddress.wildcard("10.1.1.0", "0.0.0.255"), Optional.empty(), AclAddress.ANY, Optional.empty()));
        return rc.withAccessList(vpn).withAccessList(lan).withSystem(s -> s.withServices(v -> v.withNat(n -> n
                .withRouteMapEntry(new RouteMapEntry("NONAT", false, 10, List.of("110")))
                .withRouteMapEntry(new RouteMapEntry("NONAT", true, 20, List.of("120")))
                .withRule(new NatRule.Dynamic(true, "NONAT", Optional.of(FA0), Optional.empty(), true)))));
    }

    private static IpPacket echo(String from, String to, int id) {
        return new IpPacket(Ipv4Address.parse(from), Ipv4Address.parse(to), IpPacket.ICMP, 0, 0,
                new IcmpEcho(true, id, 0, new byte[8]).encode());
    }

    @Test
    void internetTrafficIsTranslatedAndItsAnswerComesBack() {
        AclCounters counters = new AclCounters();
        NatTranslator nat = new NatTranslator(counters);
        RunningConfig rc = branch();
        IpPacket out = nat.outbound(echo("10.1.1.1", "198.51.100.80", 7), rc, 0).orElseThrow();
        assertEquals("10.1.32.14", out.source().toString());
        assertEquals(7, IcmpEcho.decode(out.payload()).orElseThrow().identifier(), "PAT keeps a free identifier");
        IpPacket reply = new IpPacket(out.destination(), out.source(), IpPacket.ICMP, 0, 0,
                IcmpEcho.decode(out.payload()).orElseThrow().reply().encode());
        assertEquals("10.1.1.1", nat.inbound(reply, rc, 10).orElseThrow().destination().toString());
        assertEquals(1, counters.matches(AclName.number(120), 10));
        assertTrue(nat.renderTranslations(rc, 10, false)
                .contains("icmp 10.1.32.14:7      10.1.1.1:7         198.51.100.80:7    198.51.100.80:7\n"));
    }

    @Test
    void aDenyEntryOfTheRouteMapExemptsTheVpnTraffic() {
        NatTranslator nat = new NatTranslator(new AclCounters());
        IpPacket vpn = echo("10.1.1.1", "10.2.2.1", 1);
        assertEquals(vpn, nat.outbound(vpn, branch(), 0).orElseThrow());
        assertEquals(NatShow.HEADER, nat.renderTranslations(branch(), 0, false));
    }

    @Test
    void aTakenPortMovesToTheNextFreeOneAndClearEmptiesTheTable() {
        NatTranslator nat = new NatTranslator(new AclCounters());
        RunningConfig rc = branch();
        nat.outbound(echo("10.1.1.1", "198.51.100.80", 5), rc, 0);
        IpPacket second = nat.outbound(echo("10.1.1.2", "198.51.100.80", 5), rc, 0).orElseThrow();
        assertEquals(1024, IcmpEcho.decode(second.payload()).orElseThrow().identifier());
        nat.clearDynamic();
        assertEquals(NatShow.HEADER, nat.renderTranslations(rc, 0, false));
    }

    @Test
    void icmpEntriesExpireAfterSixtySeconds() {
        NatTranslator nat = new NatTranslator(new AclCounters());
        RunningConfig rc = branch();
        nat.outbound(echo("10.1.1.1", "198.51.100.80", 5), rc, 0);
        assertTrue(nat.renderStatistics(rc, 59_999).startsWith("Total active translations: 1 (0 static, 1 dynamic; 1 extended)\n"));
        String later = nat.renderStatistics(rc, 60_000);
        assertTrue(later.startsWith("Total active translations: 0 (0 static, 0 dynamic; 0 extended)\n"), later);
        assertTrue(later.contains("Expired translations: 1\n"), later);
    }

    @Test
    void theLaterFragmentsOfADatagramFollowTheTranslationItsFirstFragmentMade() {
        NatTranslator nat = new NatTranslator(new AclCounters());
        RunningConfig rc = branch();
        // a UDP datagram from 10.1.1.1:4500 in two pieces: the first carries the UDP header, the second none
        IpPacket whole = IpPacket.udp(Ipv4Address.parse("10.1.1.1"), 4500, Ipv4Address.parse("198.51.100.80"), 4500,
                new byte[1600]);
        List<IpPacket> pieces = org.iosemu.net.Fragmentation.split(whole, 1500, 77);
        IpPacket first = nat.outbound(pieces.get(0), rc, 0).orElseThrow();
        IpPacket later = nat.outbound(pieces.get(1), rc, 0).orElseThrow();
        assertEquals("10.1.32.14", first.source().toString());
        assertEquals("10.1.32.14", later.source().toString(), "by source, destination, protocol and IP id");
        assertEquals(77, later.fragment().identification());
        assertTrue(nat.renderTranslations(rc, 0, false).contains("udp 10.1.32.14:4500    10.1.1.1:4500      198.51.100.80:4500"),
                nat.renderTranslations(rc, 0, false));

        // the answer in fragments comes back to the inside address, both pieces
        IpPacket answer = IpPacket.udp(Ipv4Address.parse("198.51.100.80"), 4500, Ipv4Address.parse("10.1.32.14"), 4500,
                new byte[1600]);
        List<IpPacket> back = org.iosemu.net.Fragmentation.split(answer, 1500, 78);
        assertEquals("10.1.1.1", nat.inbound(back.get(0), rc, 10).orElseThrow().destination().toString());
        assertEquals("10.1.1.1", nat.inbound(back.get(1), rc, 10).orElseThrow().destination().toString());

        // a later fragment whose first was never seen is dropped; so is one after VFR's 3 s
        IpPacket orphan = org.iosemu.net.Fragmentation.split(whole, 1500, 79).get(1);
        assertEquals(Optional.empty(), nat.outbound(orphan, rc, 20));
        assertEquals(Optional.empty(), nat.outbound(pieces.get(1), rc, 3_000));
    }
}
