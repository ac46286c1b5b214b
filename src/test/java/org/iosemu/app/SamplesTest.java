package org.iosemu.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Replays every samples/*.txt in-process, as `java -jar iosemu.jar --replay FILE` would, and compares
 * the transcript byte for byte with FILE's .expected twin; no line may be rejected.
 * {@code -Diosemu.bless=true} rewrites the .expected files (read them critically before committing).
 */
class SamplesTest {

    private static final Path SAMPLES = Path.of("samples");
    private static final boolean BLESS = Boolean.getBoolean("iosemu.bless");

    @Test
    void theSeedChaptersFiveExamplesAreSamples() {
        for (String name : List.of("seed-1-site-to-site-periodic-dpd", "seed-2-ezvpn-remote-dpd",
                "seed-3-verify-dpd-debug", "seed-4-crypto-map-multiple-peers", "seed-5-ezvpn-multiple-peers")) {
            assertTrue(Files.exists(SAMPLES.resolve(name + ".txt")), name);
            assertTrue(BLESS || Files.exists(SAMPLES.resolve(name + ".expected")), name + ".expected");
        }
    }

    @TestFactory
    Stream<DynamicTest> replayMatchesTheExpectedTranscript() throws IOException {
        List<Path> scripts;
        try (Stream<Path> files = Files.list(SAMPLES)) {
            scripts = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        return scripts.stream().map(script -> DynamicTest.dynamicTest(script.getFileName().toString(),
                () -> replay(script)));
    }

    private static void replay(Path script) throws IOException {
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        int status = new Launcher(IosSessions.factory(), new ByteArrayInputStream(new byte[0]),
                new PrintStream(stdout, true, StandardCharsets.UTF_8),
                new PrintStream(stderr, true, StandardCharsets.UTF_8), () -> false)
                .run(List.of("--replay", script.toString()));
        Path expected = Path.of(script.toString().replaceAll("\\.txt$", ".expected"));
        if (BLESS) {
            Files.write(expected, stdout.toByteArray());
        }
        assertEquals("", stderr.toString(StandardCharsets.UTF_8), "stderr of " + script);
        assertEquals(0, status, "exit status of " + script);
        assertEquals(Files.readString(expected, StandardCharsets.UTF_8), stdout.toString(StandardCharsets.UTF_8));
    }
}
