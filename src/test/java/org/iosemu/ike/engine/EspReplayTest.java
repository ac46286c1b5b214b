package org.iosemu.ike.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.iosemu.ike.InboundResult;
import org.iosemu.ike.OutboundResult;
import org.iosemu.ike.config.IkeConfig;
import org.iosemu.ike.config.Ipv4;
import org.junit.jupiter.api.Test;

/** The crypto map's anti-replay window applied to real ESP packets between two engines. */
class EspReplayTest {

    private static IkeConfig withWindow(IkeConfig c, int window) {
        return new IkeConfig(c.policies(), c.keys(), c.keepalive(),
                c.cryptoMaps().stream().map(e -> e.withReplayWindow(window)).toList(), c.natTransparency());
    }

    /** Sends {@code count} packets from a to b and keeps them undelivered. */
    private static List<OutboundResult.Protected> tunnel(int bWindow, int count, Lab.Router[] routers) {
        Lab lab = new Lab();
        Lab.Router a = lab.router("10.1.32.14", 3);
        Lab.Router b = lab.router("10.2.80.209", 4);
        a.engine.onConfigChanged(Lab.site(a.address, "10.1.1.0", "10.2.2.0", "10.2.80.209", Optional.empty()));
        b.engine.onConfigChanged(withWindow(Lab.site(b.address, "10.2.2.0", "10.1.1.0", "10.1.32.14", Optional.empty()), bWindow));
        a.engine.outbound(Ipv4.parse("10.1.1.1"), Ipv4.parse("10.2.2.1"), Lab.icmp("10.1.1.1", "10.2.2.1", 0));
        lab.settle();
        List<OutboundResult.Protected> sent = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            sent.add((OutboundResult.Protected) a.engine.outbound(Ipv4.parse("10.1.1.1"), Ipv4.parse("10.2.2.1"),
                    Lab.icmp("10.1.1.1", "10.2.2.1", i)));
        }
        routers[0] = b;
        return sent;
    }

    private static InboundResult deliver(Lab.Router b, OutboundResult.Protected p) {
        return b.engine.inboundEsp(p.local(), p.peer(), p.esp());
    }

    @Test
    void aLargerWindowTakesPacketsTheDefaultWouldDrop() {
        Lab.Router[] b = new Lab.Router[1];
        List<OutboundResult.Protected> sent = tunnel(64, 200, b);
        deliver(b[0], sent.get(199));
        assertInstanceOf(InboundResult.Dropped.class, deliver(b[0], sent.get(99)), "100 behind a 64 window");

        sent = tunnel(1024, 200, b);
        deliver(b[0], sent.get(199));
        assertInstanceOf(InboundResult.Decrypted.class, deliver(b[0], sent.get(99)), "inside a 1024 window");
        assertInstanceOf(InboundResult.Dropped.class, deliver(b[0], sent.get(99)), "but only once");
    }

    @Test
    void replayDisableAcceptsARepeatedPacketAndShowsNoReplayDetection() {
        Lab.Router[] b = new Lab.Router[1];
        List<OutboundResult.Protected> sent = tunnel(0, 1, b);
        assertInstanceOf(InboundResult.Decrypted.class, deliver(b[0], sent.get(0)));
        assertInstanceOf(InboundResult.Decrypted.class, deliver(b[0], sent.get(0)), "no replay check");
        assertEquals(false, b[0].engine.snapshot().ipsecSas().get(0).replayDetection());
    }
}
