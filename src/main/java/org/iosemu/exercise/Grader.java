package org.iosemu.exercise;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.iosemu.lab.Lab;

/** Grades an exercise's tasks against a lab: config and state checks read it, behaviour checks run on copies. */
public final class Grader {

    private Grader() {}

    public record CheckResult(Check check, Outcome outcome) {}

    public record TaskResult(Task task, List<CheckResult> checks) {
        public boolean passed() {
            return checks.stream().allMatch(c -> c.outcome().passed());
        }

        public int points() {
            return passed() ? task.points() : 0;
        }
    }

    public record Grade(Exercise exercise, List<TaskResult> tasks) {
        public int points() {
            return tasks.stream().mapToInt(TaskResult::points).sum();
        }

        public boolean fullMarks() {
            return points() == exercise.maxPoints();
        }
    }

    /** Grades the learner's lab as it is now. */
    public static Grade grade(Exercise exercise, Lab lab) {
        Map<String, String> running = lab.runningConfigs();
        List<TaskResult> results = new ArrayList<>();
        for (Task task : exercise.tasks()) {
            List<CheckResult> checks = new ArrayList<>();
            for (Check check : task.checks()) {
                checks.add(new CheckResult(check, evaluate(check, lab, running)));
            }
            results.add(new TaskResult(task, checks));
        }
        return new Grade(exercise, results);
    }

    private static Outcome evaluate(Check check, Lab lab, Map<String, String> running) {
        if (check instanceof Check.Config c) {
            return ConfigMatcher.check(running.get(c.router()), c.lines(), c.present());
        }
        if (check instanceof Check.State s) {
            return LabFacts.check(lab, s.router(), s.fact());
        }
        Check.Behaviour b = (Check.Behaviour) check;
        return Scenario.run(Scenario.copyOf(lab), b.steps());
    }

    /**
     * Grades a submission (a learner's configs by router; routers it does not name keep their starting config) the
     * way an instructor's CI does: the lab is booted from it on virtual time with the exercise's faults of power,
     * the exercise's activity is run, then every task is checked.
     */
    public static Grade gradeSubmission(Exercise exercise, Map<String, String> submission) {
        Map<String, String> configs = new TreeMap<>(exercise.startingConfigs());
        configs.putAll(submission);
        Lab lab = Scenario.boot(configs, exercise.nats(), exercise.poweredOff());
        Scenario.run(lab, exercise.activity()); // the activity is what a learner does; a failed step is not graded
        return grade(exercise, lab);
    }
}
