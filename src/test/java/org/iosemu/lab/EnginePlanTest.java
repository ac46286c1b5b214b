package org.iosemu.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A lab folder's engines.txt: one router and its engine's kbit/s a line; a bad line names the file and itself. */
class EnginePlanTest {

    @TempDir
    Path dir;

    @Test
    void aFolderWithoutTheFileLeavesEveryEngineUnlimited() throws IOException {
        assertEquals(Map.of(), EnginePlan.read(dir).kbps());
    }

    @Test
    void readsOneRouterALineAndSkipsComments() throws IOException {
        Files.writeString(dir.resolve(EnginePlan.FILE), "! slow engines\nR1 512\n\n  R2   2048  ! the hub\n");
        assertEquals(Map.of("R1", 512L, "R2", 2048L), EnginePlan.read(dir).kbps());
    }

    @Test
    void aRateOutOfRangeOrAMissingOneIsAnErrorNamingTheLine() throws IOException {
        for (String bad : new String[] {"R1 0", "R1", "R1 fast", "R1 10000001", "R1 512 more"}) {
            Files.writeString(dir.resolve(EnginePlan.FILE), bad + "\n");
            IOException e = assertThrows(IOException.class, () -> EnginePlan.read(dir));
            assertTrue(e.getMessage().endsWith("engines.txt: expected 'ROUTER KBIT/S' (1-10000000), got '" + bad + "'"),
                    e.getMessage());
        }
    }

    @Test
    void theLabAppliesThePlanToItsRouters() {
        LabDriver d = SeedConfigs.siteToSite("", "");
        d.lab.applyEngines(new EnginePlan(Map.of("R2", 256L)));
        String show = d.type("lab show");
        assertTrue(show.contains("\nCrypto engine   Kbit/s    Processed  Drops    Priority   Queue\n"
                + "R2              256       0          0        0          0\n"), show);
        assertTrue(d.type("lab engine R2 default").contains("% Lab: crypto engine of R2: not limited\n"));
        assertTrue(!d.type("lab show").contains("Crypto engine"));
        assertTrue(d.type("lab engine R9 bandwidth 5").contains("% Lab: no router named R9\n"));
    }
}
