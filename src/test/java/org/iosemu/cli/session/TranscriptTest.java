package org.iosemu.cli.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden console transcripts: {@code NAME.in} is what the user types, {@code NAME.out} the exact screen.
 * {@code NAME.startup}, when present, is the startup-config the router boots from. A missing {@code .out}
 * is written once for review and the test fails until it exists.
 */
class TranscriptTest {

    private static final Path DIR = Path.of("src/test/resources/transcripts");
    private static final Path NVRAM = Path.of("target/transcript-nvram");

    @TestFactory
    Stream<DynamicTest> transcripts() throws IOException {
        List<Path> inputs;
        try (Stream<Path> files = Files.list(DIR)) {
            inputs = files.filter(p -> p.toString().endsWith(".in")).sorted().toList();
        }
        return inputs.stream().map(in -> DynamicTest.dynamicTest(in.getFileName().toString(), () -> check(in)));
    }

    private static void check(Path in) throws IOException {
        String name = in.getFileName().toString().replaceFirst("\\.in$", "");
        Files.createDirectories(NVRAM);
        Path nvram = NVRAM.resolve(name + ".startup");
        Files.deleteIfExists(nvram);
        Path startup = DIR.resolve(name + ".startup");
        if (Files.exists(startup)) {
            Files.copy(startup, nvram);
        }
        String actual = new TranscriptRunner(Optional.of(nvram)).play(Files.readAllLines(in, StandardCharsets.UTF_8));
        Path expected = DIR.resolve(name + ".out");
        if (!Files.exists(expected)) {
            Files.writeString(expected, actual, StandardCharsets.UTF_8);
            fail("wrote " + expected + " for review; re-run to compare");
        }
        assertEquals(Files.readString(expected, StandardCharsets.UTF_8), actual, name);
        if (Files.exists(startup)) {
            assertEquals(Files.readString(startup), Files.readString(nvram), "loading must never rewrite NVRAM");
        }
    }
}
