package org.iosemu.net;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class Ipv4DatagramTest {

    private final Ipv4Address a = Ipv4Address.parse("10.1.1.1");
    private final Ipv4Address b = Ipv4Address.parse("10.2.2.1");

    @Test
    void echoRequestSurvivesEncodeAndDecode() {
        IcmpEcho echo = new IcmpEcho(true, 7, 3, new byte[72]);
        byte[] wire = Ipv4Datagram.encode(new IpPacket(a, b, IpPacket.ICMP, 0, 0, echo.encode()), 1, 255);
        IpPacket parsed = Ipv4Datagram.decode(wire).orElseThrow();
        assertEquals(a, parsed.source());
        assertEquals(b, parsed.destination());
        assertEquals(IpPacket.ICMP, parsed.protocol());
        IcmpEcho back = IcmpEcho.decode(parsed.payload()).orElseThrow();
        assertTrue(back.request());
        assertEquals(3, back.sequence());
        assertArrayEquals(echo.data(), back.data());
        assertEquals(false, IcmpEcho.decode(back.reply().encode()).orElseThrow().request());
    }

    @Test
    void corruptedHeadersAreRejected() {
        byte[] wire = Ipv4Datagram.encode(new IpPacket(a, b, IpPacket.ICMP, 0, 0, new byte[8]), 1, 255);
        wire[15] ^= 1;
        assertTrue(Ipv4Datagram.decode(wire).isEmpty());
        assertTrue(Ipv4Datagram.decode(new byte[3]).isEmpty());
    }

    @Test
    void udpKeepsItsPortsAndTtlThroughATunnel() {
        IpPacket probe = new IpPacket(a, b, IpPacket.UDP, 49153, 33434, new byte[] {1, 2}, 3);
        IpPacket parsed = Ipv4Datagram.decode(Ipv4Datagram.encode(probe, 9)).orElseThrow();
        assertEquals(49153, parsed.sourcePort());
        assertEquals(33434, parsed.destinationPort());
        assertEquals(3, parsed.ttl());
        assertArrayEquals(new byte[] {1, 2}, parsed.payload());
        assertEquals(2, parsed.forwarded().ttl());
    }

    @Test
    void icmpErrorsQuoteTheProbeSoTracerouteKnowsWhichOneItWas() {
        IpPacket probe = new IpPacket(a, b, IpPacket.UDP, 49153, 33435, new byte[40], 1);
        IcmpError error = IcmpError.decode(IcmpError.about(probe, IcmpError.TIME_EXCEEDED, 0).encode()).orElseThrow();
        assertEquals(IcmpError.TIME_EXCEEDED, error.type());
        assertEquals(28, error.quoted().length, "IP header and 8 bytes, as RFC 792 asks");
        assertArrayEquals(new int[] {49153, 33435}, error.quotedUdpPorts().orElseThrow());
        assertTrue(IcmpError.decode(new IcmpEcho(true, 1, 1, new byte[4]).encode()).isEmpty());
        byte[] corrupt = IcmpError.about(probe, IcmpError.DESTINATION_UNREACHABLE, 3).encode();
        corrupt[9] ^= 1;
        assertTrue(IcmpError.decode(corrupt).isEmpty());
    }
}
