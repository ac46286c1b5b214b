package org.iosemu.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.iosemu.app.LabLaunch;
import org.iosemu.app.Launcher;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Console behaviour in a lab, replayed through the real launcher on virtual time: every
 * src/test/resources/lab-transcripts/NAME.txt starts with `! lab: FOLDER` (a folder of samples/labs) and must
 * print NAME.expected byte for byte, with NAME.err (empty when absent) on stderr. Typed-ahead escape sequences
 * (byte 0x1E then x) and Ctrl-C (0x03) are raw bytes in the .txt. A missing .expected is written for review
 * and fails; -Dlab.bless=true rewrites them after the diff was read.
 */
class LabReplayTranscriptTest {

    private static final Path DIR = Path.of("src/test/resources/lab-transcripts");

    @TestFactory
    Stream<DynamicTest> transcripts() throws IOException {
        List<Path> inputs;
        try (Stream<Path> files = Files.list(DIR)) {
            inputs = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertFalse(inputs.isEmpty());
        return inputs.stream().map(in -> DynamicTest.dynamicTest(in.getFileName().toString(), () -> check(in)));
    }

    private static void check(Path in) throws Exception {
        String first = Files.readAllLines(in, StandardCharsets.UTF_8).get(0);
        String lab = first.replaceFirst("^! lab: ", "").strip();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String> args = List.of("--lab", "samples/labs/" + lab, "--replay", in.toString());
        LabLaunch launch = LabLaunch.parse(args);
        new Launcher(launch.factory(), new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                () -> false).run(launch.remaining());
        String name = in.getFileName().toString().replaceFirst("\\.txt$", "");
        String actual = out.toString(StandardCharsets.UTF_8);
        String actualErr = err.toString(StandardCharsets.UTF_8);
        Path expected = DIR.resolve(name + ".expected");
        Path expectedErr = DIR.resolve(name + ".err");
        if (Boolean.getBoolean("lab.bless") || !Files.exists(expected)) {
            boolean missing = !Files.exists(expected);
            Files.writeString(expected, actual, StandardCharsets.UTF_8);
            if (!actualErr.isEmpty()) {
                Files.writeString(expectedErr, actualErr, StandardCharsets.UTF_8);
            }
            if (missing) {
                fail("wrote " + expected + " for review; re-run to compare");
            }
        }
        assertEquals(Files.exists(expectedErr) ? Files.readString(expectedErr, StandardCharsets.UTF_8) : "", actualErr);
        assertEquals(Files.readString(expected, StandardCharsets.UTF_8), actual);
    }
}
