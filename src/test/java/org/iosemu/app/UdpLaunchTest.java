package org.iosemu.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.iosemu.ike.config.Ipv4;
import org.junit.jupiter.api.Test;

/** `--udp NAME=ADDR`, repeatable, beside --lab and the launcher's own options. */
class UdpLaunchTest {

    @Test
    void eachRouterNamedGetsItsAddressAndTheRestIsLeftForTheOthers() throws Exception {
        UdpLaunch udp = UdpLaunch.parse(List.of("--lab", "labs/x", "--udp", "R1=10.99.0.2", "--udp=R2=10.99.0.3"));
        assertEquals(Map.of("R1", Ipv4.parse("10.99.0.2"), "R2", Ipv4.parse("10.99.0.3")), udp.addresses());
        assertEquals(List.of("--lab", "labs/x"), udp.remaining());
        LabLaunch lab = LabLaunch.parse(udp.remaining());
        assertEquals(Optional.of(java.nio.file.Path.of("labs/x")), lab.lab());
    }

    @Test
    void withoutTheOptionNothingIsBound() throws Exception {
        assertFalse(UdpLaunch.parse(List.of("--config", "r.cfg")).isUdp());
        assertTrue(UdpLaunch.parse(List.of("--udp", "R1=127.0.0.1")).isUdp());
    }

    @Test
    void aValueWithoutNameOrAddressIsAUsageError() {
        assertThrows(OptionsParser.UsageException.class, () -> UdpLaunch.parse(List.of("--udp", "10.99.0.2")));
        assertThrows(OptionsParser.UsageException.class, () -> UdpLaunch.parse(List.of("--udp", "R1=10.99.0")));
        assertThrows(OptionsParser.UsageException.class, () -> UdpLaunch.parse(List.of("--udp")));
    }

    @Test
    void withALabTheNamedLabRouterIsBoundAndTheConsoleIsTheLabs() throws Exception {
        UdpLaunch udp = UdpLaunch.parse(List.of("--lab", "samples/labs/site-to-site-periodic-dpd", "--udp", "R1=127.0.0.8"));
        java.io.ByteArrayOutputStream notices = new java.io.ByteArrayOutputStream();
        try (org.iosemu.time.RealTimeScheduler clock = new org.iosemu.time.RealTimeScheduler(0)) {
            var session = udp.factory(LabLaunch.parse(udp.remaining()), new java.io.PrintStream(notices, true), lab -> { })
                    .open(new RouterSetup(clock, Optional.empty(), new java.util.Random(1)), text -> { });
            assertEquals("UDP 500/4500 bound on 127.0.0.8 for R1\n", notices.toString());
            assertEquals("R1>", session.prompt(), "the console of the lab's first router, R1 of the sample");
        }
    }

    @Test
    void virtualTimeIsRefused() throws Exception {
        UdpLaunch udp = UdpLaunch.parse(List.of("--udp", "R1=127.0.0.9"));
        var factory = udp.factory(LabLaunch.parse(udp.remaining()), System.err, lab -> { });
        RouterSetup replay = new RouterSetup(new org.iosemu.time.VirtualScheduler(0), Optional.empty(), new java.util.Random(1));
        assertThrows(IllegalArgumentException.class, () -> factory.open(replay, text -> { }));
    }
}
