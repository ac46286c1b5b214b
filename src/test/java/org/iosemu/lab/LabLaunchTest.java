package org.iosemu.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.iosemu.app.LabLaunch;
import org.iosemu.app.OptionsParser;
import org.junit.jupiter.api.Test;

/** `--lab DIR`, and the embedded lab for a start without arguments. */
class LabLaunchTest {

    @Test
    void noArgumentsMeansTheEmbeddedLab() throws Exception {
        LabLaunch l = LabLaunch.parse(List.of());
        assertTrue(l.isLab() && l.embedded());
    }

    @Test
    void labOptionIsTakenOutOfTheRest() throws Exception {
        LabLaunch l = LabLaunch.parse(List.of("--lab", "samples/labs/x", "--replay", "s.txt"));
        assertEquals(Optional.of(Path.of("samples/labs/x")), l.lab());
        assertEquals(List.of("--replay", "s.txt"), l.remaining());
        assertEquals(Optional.of(Path.of("y")), LabLaunch.parse(List.of("--lab=y")).lab());
    }

    @Test
    void otherStartsStayStandalone() throws Exception {
        assertFalse(LabLaunch.parse(List.of("--config", "r.cfg")).isLab());
        assertFalse(LabLaunch.parse(List.of("--replay", "-")).isLab());
        assertThrows(OptionsParser.UsageException.class, () -> LabLaunch.parse(List.of("--lab")));
    }
}
