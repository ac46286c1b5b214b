package org.iosemu.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** `lab wait|router|attach|show`, power cycles and the embedded default lab. */
class LabControlTest {

    @Test
    void waitAdvancesTheLabClock() {
        LabDriver d = LabDriver.ofSamples("site-to-site-periodic-dpd");
        d.type("enable");
        long t = d.now();
        d.type("lab wait 60");
        assertEquals(t + 60_000, d.now());
    }

    @Test
    void attachMovesTheConsoleAndItsLogLines() {
        LabDriver d = LabDriver.ofSamples("site-to-site-periodic-dpd");
        assertEquals("R1>", d.console.prompt());
        d.type("enable", "lab attach R2");
        assertEquals("R2>", d.console.prompt());
        String shown = d.type("enable", "debug crypto isakmp", "lab attach R1", "ping 10.2.2.1 source Loopback0");
        assertTrue(!shown.contains("ISAKMP:"), "R2's debug stays on R2's console\n" + shown);
        assertTrue(!d.times("R2", "ISAKMP:(1001)").isEmpty());
        String unknown = d.type("lab attach R9");
        assertTrue(unknown.contains("% Lab: no router named R9"), unknown);
        assertEquals("R1#", d.console.prompt());
    }

    @Test
    void powerCutLosesSasAndBootingRestoresTheStartupConfig() {
        LabDriver d = LabDriver.ofSamples("site-to-site-periodic-dpd");
        d.type("enable", "ping 10.2.2.1 source Loopback0");
        d.on("R2", "enable", "configure terminal", "hostname CHANGED", "end");
        d.type("lab router R2 down");
        assertTrue(d.lab.router("R2").engine().snapshot().ikeSas().isEmpty());
        String table = d.type("lab show");
        assertTrue(table.contains("\nR2        down"), table);
        assertTrue(d.type("ping 10.2.80.209 repeat 1").contains("Success rate is 0 percent"));
        d.type("lab router R2 up");
        assertEquals("R2", d.lab.router("R2").context().hostname(), "unsaved changes are gone after the reboot");
        // R1 still holds its SAs (nobody told it); DPD cleans up, then traffic renegotiates
        d.type("lab wait 30");
        String ping = d.type("ping 10.2.2.1 source Loopback0");
        assertTrue(ping.contains(".!!!!") || ping.contains("!!!!!"), ping);
        assertTrue(d.type("lab show").contains("\nR2        up             -     -       10.2.2.1, 10.2.80.209\n"));
    }

    @Test
    void labShowListsRoutersAddressesAndTheConsole() {
        LabDriver d = LabDriver.ofSamples("site-to-site-periodic-dpd");
        assertEquals("R1#lab show\n"
                + "Router    State Console  SSH   Telnet  Addresses\n"
                + "R1        up    *        -     -       10.1.1.1, 10.1.32.14\n"
                + "R2        up             -     -       10.2.2.1, 10.2.80.209\n", d.type("enable", "lab show").substring("R1>enable\n".length()));
    }

    @Test
    void embeddedDefaultLabIsTheSiteToSiteSample() throws Exception {
        var embedded = LabLoader.embedded();
        var sample = LabLoader.fromDirectory(Path.of("samples/labs/site-to-site-periodic-dpd"));
        assertEquals(sample, embedded);
        LabDriver d = new LabDriver(embedded);
        assertEquals("R1>", d.console.prompt());
        assertTrue(d.type("enable", "ping 10.2.80.209").contains("Success rate is 100 percent"), "R1's peer answers");
    }

    @Test
    void writeMemoryGoesToTheLabsCopyNotTheSample() throws Exception {
        Path sample = Path.of("samples/labs/site-to-site-periodic-dpd/R1.cfg");
        String before = Files.readString(sample);
        LabDriver d = LabDriver.ofSamples("site-to-site-periodic-dpd");
        d.type("enable", "configure terminal", "hostname SAVED", "end", "write memory");
        assertEquals(before, Files.readString(sample));
        d.type("lab router R1 down", "lab router R1 up");
        assertEquals("SAVED", d.lab.router("R1").context().hostname());
    }

    /**
     * A router looks through its startup-config's folder for temporaries an interrupted save left, at boot and at each
     * save: with every copy in one folder, booting N routers read N^2 directory entries (HubSpokeBench's 10,001
     * routers booted in 150 s instead of 41). Each copy has a folder of its own, and saving leaves nothing else there.
     */
    @Test
    void eachRoutersCopyHasAFolderOfItsOwn() throws Exception {
        LabDriver d = LabDriver.ofSamples("crypto-map-three-peers");
        d.type("enable", "write memory");
        for (Router r : d.lab.routers()) {
            Path copy = r.context().startupConfig().path().orElseThrow();
            try (var siblings = Files.list(copy.getParent())) {
                assertEquals(List.of(copy.getFileName()), siblings.map(Path::getFileName).toList(), r.name());
            }
        }
    }
}
