package org.iosemu.exercise;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.iosemu.lab.LabLoader;

/**
 * `--grade DIR --submission CONFIGS [--report DIR]`: grades one learner's configs (a folder of NAME.cfg) or a
 * folder of such folders, one per learner, on virtual time. Writes {@code grade-report.xml} (JUnit: a test suite
 * per learner, a test case per task) and {@code grade-report.json}; exit status 0 when every learner has full
 * marks, 1 when one does not, 2 when the exercise or a submission cannot be read.
 */
public final class HeadlessGrading {

    public static final String USAGE = String.join("\n",
            "  --exercise DIR   an exercise: the lab in DIR with DIR/exercise.txt (`lab exercise`,",
            "                   `lab check`, `lab hint`, `lab reset` at the console)",
            "  --grade DIR --submission CONFIGS [--report OUT]",
            "                   grade CONFIGS (NAME.cfg files, or one folder of them per learner)",
            "                   against exercise DIR; writes OUT/grade-report.xml and .json",
            "                   (OUT defaults to .); exit 0 = full marks for all, 1 = not",
            "");

    private HeadlessGrading() {}

    /** A learner's submission: a name (the folder's) and configs by router. */
    public record Submission(String learner, Map<String, String> configs) {}

    public static int run(Path exerciseDir, Path submissions, Path reportDir, PrintStream out, PrintStream err) {
        Exercise exercise;
        List<Submission> learners;
        try {
            exercise = ExerciseParser.load(exerciseDir);
            learners = submissions(submissions);
        } catch (ExerciseFormatException e) {
            err.println(e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println("iosemu: " + e.getMessage());
            return 2;
        }
        Map<String, Grader.Grade> grades = new LinkedHashMap<>();
        for (Submission s : learners) {
            Grader.Grade grade = Grader.gradeSubmission(exercise, s.configs());
            grades.put(s.learner(), grade);
            out.println("Learner: " + s.learner());
            GradeText.lines(grade).forEach(out::println);
        }
        try {
            write(reportDir.resolve("grade-report.xml"), GradeReports.junit(grades));
            write(reportDir.resolve("grade-report.json"), GradeReports.json(grades));
        } catch (IOException e) {
            err.println("iosemu: cannot write the report: " + e.getMessage());
            return 2;
        }
        out.flush();
        return grades.values().stream().allMatch(Grader.Grade::fullMarks) ? 0 : 1;
    }

    /** One learner when the folder holds NAME.cfg files, else one per sub-folder that does. */
    static List<Submission> submissions(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException("no such folder: " + dir);
        }
        if (hasConfigs(dir)) {
            return List.of(new Submission(dir.getFileName().toString(), LabLoader.fromDirectory(dir)));
        }
        List<Submission> all = new ArrayList<>();
        try (Stream<Path> children = Files.list(dir)) {
            for (Path child : children.filter(Files::isDirectory).sorted().toList()) {
                if (hasConfigs(child)) {
                    all.add(new Submission(child.getFileName().toString(), LabLoader.fromDirectory(child)));
                }
            }
        }
        if (all.isEmpty()) {
            throw new IOException("no NAME.cfg files in " + dir + " or its folders");
        }
        return all;
    }

    private static boolean hasConfigs(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(p -> p.getFileName().toString().endsWith(".cfg") && Files.isRegularFile(p));
        }
    }

    /** Written beside the target and moved over it, so a report is never half written. */
    private static void write(Path target, String text) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
        try {
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
