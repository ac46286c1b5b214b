package org.iosemu.net;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.iosemu.time.VirtualScheduler;
import org.junit.jupiter.api.Test;

class VirtualNetworkTest {

    private final VirtualScheduler clock = new VirtualScheduler(0);
    private final VirtualNetwork network = new VirtualNetwork(clock, 2);
    private final List<String> received = new ArrayList<>();
    private final Ipv4Address r2 = Ipv4Address.parse("10.2.80.209");

    VirtualNetworkTest() {
        network.attach("R1", p -> received.add("R1 " + p.destination()));
        network.attach("R2", p -> received.add("R2 " + p.destination() + " @" + clock.nowMillis()));
        network.assign(Ipv4Address.parse("10.1.32.14"), "R1");
        network.assign(r2, "R2");
    }

    @Test
    void deliversToTheAddressOwnerAfterTheLatency() {
        network.send("R1", IpPacket.udp(Ipv4Address.parse("10.1.32.14"), 500, r2, 500, new byte[8]));
        clock.advance(1);
        assertEquals(List.of(), received);
        clock.advance(1);
        assertEquals(List.of("R2 10.2.80.209 @2"), received);
    }

    @Test
    void aPoweredOffRouterNeitherReceivesNorSends() {
        network.setPowered("R2", false);
        network.send("R1", IpPacket.udp(Ipv4Address.parse("10.1.32.14"), 500, r2, 500, new byte[8]));
        network.send("R2", IpPacket.udp(r2, 500, Ipv4Address.parse("10.1.32.14"), 500, new byte[8]));
        clock.advance(10);
        assertEquals(List.of(), received);
        assertEquals(2, network.droppedCount());
        network.setPowered("R2", true);
        network.send("R1", IpPacket.udp(Ipv4Address.parse("10.1.32.14"), 500, r2, 500, new byte[8]));
        clock.advance(10);
        assertEquals(1, received.size());
    }

    @Test
    void parsesAndPrintsAddresses() {
        assertEquals("10.2.80.209", Ipv4Address.parse("10.2.80.209").toString());
        assertEquals(Ipv4Address.parse("255.255.255.0"), new Ipv4Address(0xffffff00));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> Ipv4Address.parse("1.2.3.256"));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> Ipv4Address.parse("1.2.3"));
    }
}
