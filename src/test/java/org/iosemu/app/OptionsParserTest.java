package org.iosemu.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OptionsParserTest {

    @Test
    void noArgumentsMeansAnEmptyRouterOnTheConsole() throws Exception {
        assertEquals(LaunchOptions.defaults(), OptionsParser.parse(List.of()));
    }

    @Test
    void configAndReplayTakeAValueInEitherForm() throws Exception {
        LaunchOptions options = OptionsParser.parse(List.of("--config", "r1.cfg", "--replay=-"));
        assertEquals(Optional.of(Path.of("r1.cfg")), options.startupConfig());
        assertEquals(Optional.of("-"), options.replay());
        assertEquals(Optional.of(Path.of("x")), OptionsParser.parse(List.of("--config=x")).startupConfig());
    }

    @Test
    void helpIsAFlag() throws Exception {
        assertTrue(OptionsParser.parse(List.of("--help")).help());
        assertTrue(OptionsParser.parse(List.of("-h")).help());
    }

    @Test
    void badCommandLinesAreRejectedWithAReason() {
        assertEquals("--replay needs a value",
                assertThrows(OptionsParser.UsageException.class, () -> OptionsParser.parse(List.of("--replay")))
                        .getMessage());
        assertEquals("--config needs a value",
                assertThrows(OptionsParser.UsageException.class, () -> OptionsParser.parse(List.of("--config=")))
                        .getMessage());
        assertEquals("unknown option: --telnet",
                assertThrows(OptionsParser.UsageException.class, () -> OptionsParser.parse(List.of("--telnet")))
                        .getMessage());
        assertThrows(OptionsParser.UsageException.class, () -> OptionsParser.parse(List.of("--help=yes")));
    }
}
