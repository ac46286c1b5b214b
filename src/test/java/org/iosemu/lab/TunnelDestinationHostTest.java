package org.iosemu.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * `tunnel destination NAME` (samples/labs/vti-static-dpd with R1's destination a name): shown back as typed,
 * resolved through `ip host`; without the entry the tunnel has no destination and stays down, and adding the
 * entry brings it up.
 */
class TunnelDestinationHostTest {

    private static LabDriver lab(String hostLine) throws IOException {
        Path dir = Path.of("samples/labs/vti-static-dpd");
        String r1 = Files.readString(dir.resolve("R1.cfg"))
                .replace(" tunnel destination 10.2.80.209\n", " tunnel destination Branch-2\n")
                .replace("\ninterface Tunnel0\n", "\n" + hostLine + "!\ninterface Tunnel0\n");
        return new LabDriver(Map.of("R1", r1, "R2", Files.readString(dir.resolve("R2.cfg"))));
    }

    @Test
    void aNamedDestinationResolvesThroughTheHostTableAndIsShownAsTyped() throws IOException {
        LabDriver d = lab("ip host branch-2 10.2.80.209\n");
        d.type("enable");
        d.time.pass(5_000);
        String run = d.type("show running-config");
        assertTrue(run.contains("\nip host branch-2 10.2.80.209\n"), run);
        assertTrue(run.contains("\n tunnel destination Branch-2\n"), "as typed: " + run);
        assertTrue(d.type("show ip interface brief | include Tunnel0").contains("up                    up"));
        assertTrue(d.type("ping 10.2.2.1 source Loopback0").contains("!!!!!"));
        assertTrue(d.type("show interfaces Tunnel0").contains("destination Branch-2"));
    }

    @Test
    void withoutAHostEntryTheTunnelStaysDownUntilOneIsAdded() throws IOException {
        LabDriver d = lab("");
        d.type("enable");
        d.time.pass(15_000);
        assertTrue(d.type("show ip interface brief | include Tunnel0").contains("up                    down"));
        d.type("configure terminal", "ip host BRANCH-2 10.2.80.209 10.9.9.9", "end");
        d.time.pass(15_000);
        assertTrue(d.type("show ip interface brief | include Tunnel0").contains("up                    up"),
                "the first address of the entry is the destination");
        d.type("configure terminal", "no ip host BRANCH-2", "end");
        assertEquals(false, d.type("show running-config").contains("ip host"));
    }
}
