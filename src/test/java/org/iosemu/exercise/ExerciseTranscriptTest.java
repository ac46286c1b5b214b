package org.iosemu.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

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
 * A learner working an exercise end to end at the console: every samples/exercises/NAME/session.txt replayed
 * with `--exercise DIR --replay FILE` (virtual time) prints session.expected byte for byte. -Dlab.bless=true
 * rewrites the expected files (read the diff first).
 */
class ExerciseTranscriptTest {

    @TestFactory
    Stream<DynamicTest> transcripts() throws IOException {
        List<Path> dirs;
        try (Stream<Path> all = Files.list(CurriculumTest.EXERCISES)) {
            dirs = all.filter(d -> Files.exists(d.resolve("session.txt"))).sorted().toList();
        }
        assertFalse(dirs.isEmpty());
        return dirs.stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> check(dir)));
    }

    private static void check(Path dir) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        LabLaunch lab = LabLaunch.parse(List.of("--exercise", dir.toString(), "--replay", dir.resolve("session.txt").toString()));
        int status = new Launcher(lab.factory(), new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                () -> false).run(lab.remaining());
        String actual = out.toString(StandardCharsets.UTF_8);
        Path expected = dir.resolve("session.expected");
        if (Boolean.getBoolean("lab.bless")) {
            Files.writeString(expected, actual, StandardCharsets.UTF_8);
        }
        assertEquals("", err.toString(StandardCharsets.UTF_8), "no line rejected");
        assertEquals(0, status);
        assertEquals(Files.readString(expected, StandardCharsets.UTF_8), actual);
    }
}
