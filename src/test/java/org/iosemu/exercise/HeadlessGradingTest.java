package org.iosemu.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `--grade DIR --submission CONFIGS`: one learner or a folder of learners, JUnit XML and JSON, exit status. */
class HeadlessGradingTest {

    private static final Path EXERCISE = CurriculumTest.EXERCISES.resolve("13-trouble-dpd-not-negotiated");

    @TempDir
    Path tmp;

    private int grade(Path submission, ByteArrayOutputStream out, ByteArrayOutputStream err) {
        return HeadlessGrading.run(EXERCISE, submission, tmp.resolve("report"), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void aFolderOfLearnersGetsOneSuiteEachAndExitStatusOne() throws Exception {
        Path good = Files.createDirectories(tmp.resolve("subs/alice"));
        Files.copy(EXERCISE.resolve("solution/R1.cfg"), good.resolve("R1.cfg"));
        Path bad = Files.createDirectories(tmp.resolve("subs/bob"));
        Files.writeString(bad.resolve("R2.cfg"), Files.readString(EXERCISE.resolve("R2.cfg")));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(1, grade(tmp.resolve("subs"), out, err));
        assertEquals("", err.toString(StandardCharsets.UTF_8));
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("Learner: alice\n"), text);
        assertTrue(text.contains("Score: 30/30\nLearner: bob\n"), text);
        assertTrue(text.contains("Score: 0/30\n"), text);
        String xml = Files.readString(tmp.resolve("report/grade-report.xml"));
        assertTrue(xml.contains("<testsuite name=\"alice\" tests=\"2\" failures=\"0\""), xml);
        assertTrue(xml.contains("<testsuite name=\"bob\" tests=\"2\" failures=\"2\""), xml);
        assertTrue(xml.contains("<failure message=\"negotiated failed (0/10 points)\">state R1: DPD negotiated with R2"), xml);
        String json = Files.readString(tmp.resolve("report/grade-report.json"));
        assertTrue(json.contains("{\"learner\": \"alice\", \"exercise\": \"Troubleshooting: DPD never declares the peer dead\", \"points\": 30, \"maxPoints\": 30"), json);
        assertTrue(json.contains("\"observed\": \"not declared dead within 30 s\""), json);
    }

    @Test
    void oneLearnerWithFullMarksExitsZero() throws Exception {
        assertEquals(0, grade(EXERCISE.resolve("solution"), new ByteArrayOutputStream(), new ByteArrayOutputStream()));
    }

    @Test
    void aBrokenExerciseFileIsReportedWithItsLine() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("broken"));
        Files.copy(EXERCISE.resolve("R1.cfg"), dir.resolve("R1.cfg"));
        Files.writeString(dir.resolve("exercise.txt"), "title T\ntask a b\n  config R1 present crypto isakmp keepalive 5\n");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = HeadlessGrading.run(dir, EXERCISE.resolve("solution"), tmp, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(2, status);
        assertEquals(dir.resolve("exercise.txt") + ":3: config line rejected by IOS: % Invalid input detected at '^' marker.\n",
                err.toString(StandardCharsets.UTF_8));
    }
}
