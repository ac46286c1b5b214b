package org.iosemu.exercise;

import java.util.ArrayList;
import java.util.List;

/** The text of a grade, as `lab check` and `--grade` print it. */
public final class GradeText {

    private GradeText() {}

    public static List<String> lines(Grader.Grade grade) {
        List<String> out = new ArrayList<>();
        out.add("Exercise: " + grade.exercise().title());
        int n = 1;
        for (Grader.TaskResult r : grade.tasks()) {
            out.add(String.format("  %2d %-12s %-46s %-6s %3d/%d", n++, r.task().id(), r.task().title(),
                    r.passed() ? "passed" : "FAILED", r.points(), r.task().points()));
            for (Grader.CheckResult c : r.checks()) {
                if (!c.outcome().passed()) {
                    out.add("       " + c.check().describe());
                    out.add("         expected: " + c.outcome().expected());
                    out.add("         observed: " + c.outcome().observed());
                }
            }
        }
        out.add("Score: " + grade.points() + "/" + grade.exercise().maxPoints());
        return out;
    }
}
