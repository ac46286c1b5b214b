package org.iosemu.exercise;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every exercise under samples/exercises: its reference solution scores full marks, its starting state does not,
 * graded headless on virtual time.
 */
class CurriculumTest {

    static final Path EXERCISES = Path.of("samples/exercises");

    static Stream<Path> exercises() throws IOException {
        return Files.list(EXERCISES).filter(Files::isDirectory).sorted();
    }

    @Test
    void theCurriculumHasAtLeastTwelveExercises() throws IOException {
        assertTrue(exercises().count() >= 12);
    }

    @ParameterizedTest
    @MethodSource("exercises")
    void referenceSolutionScoresFullMarks(Path dir) throws Exception {
        Exercise exercise = ExerciseParser.load(dir);
        assertFalse(exercise.solution().isEmpty(), dir + " has no solution/");
        Grader.Grade grade = Grader.gradeSubmission(exercise, exercise.solution());
        assertTrue(grade.fullMarks(), String.join("\n", GradeText.lines(grade)));
    }

    @ParameterizedTest
    @MethodSource("exercises")
    void startingStateDoesNotScoreFullMarks(Path dir) throws Exception {
        Exercise exercise = ExerciseParser.load(dir);
        Grader.Grade grade = Grader.gradeSubmission(exercise, Map.of());
        assertFalse(grade.fullMarks(), String.join("\n", GradeText.lines(grade)));
        assertTrue(grade.tasks().stream().anyMatch(t -> !t.passed()));
    }
}
