package org.iosemu.exercise;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.iosemu.cli.session.CliOutput;
import org.iosemu.lab.ExerciseCommands;
import org.iosemu.lab.Lab;

/** `lab exercise|check|hint|reset` for a lab started with `--exercise DIR`. */
public final class ExerciseConsole implements ExerciseCommands {

    private final Exercise exercise;
    private final Lab lab;
    private final Map<String, Integer> hintsGiven = new HashMap<>();
    private volatile Optional<Grader.Grade> lastCheck = Optional.empty();

    private ExerciseConsole(Exercise exercise, Lab lab) {
        this.exercise = exercise;
        this.lab = lab;
    }

    /** Puts {@code lab} (booted from the exercise's starting configs) in its starting state and serves the commands. */
    public static ExerciseConsole attach(Exercise exercise, Lab lab) {
        exercise.poweredOff().forEach(name -> lab.router(name).powerOff());
        lab.time().settle();
        ExerciseConsole console = new ExerciseConsole(exercise, lab);
        lab.setExercise(console);
        return console;
    }

    @Override
    public void briefing(CliOutput out) {
        out.print("Exercise: " + exercise.title() + "\n\n");
        exercise.briefing().forEach(l -> out.print(("  " + l).stripTrailing() + "\n"));
        out.print("\nTasks:\n");
        int n = 1;
        for (Task t : exercise.tasks()) {
            String state = lastCheck.map(g -> g.tasks().stream().filter(r -> r.task() == t).findFirst().orElseThrow())
                    .map(r -> r.passed() ? "passed" : "not passed").orElse("not checked");
            out.print(String.format("  %2d %-12s %-46s %3d pts  %s%n", n++, t.id(), t.title(), t.points(), state));
        }
        out.print("\n`lab check` grades the tasks, `lab hint [TASK]` gives a hint, `lab reset` starts again.\n");
    }

    @Override
    public void check(CliOutput out) {
        Grader.Grade grade = Grader.grade(exercise, lab);
        lastCheck = Optional.of(grade);
        GradeText.lines(grade).forEach(l -> out.print(l + "\n"));
    }

    @Override
    public void hint(Optional<String> taskId, CliOutput out) {
        Optional<Task> task = taskId.isPresent()
                ? exercise.tasks().stream().filter(t -> t.id().equals(taskId.get())).findFirst()
                : exercise.tasks().stream().filter(t -> !passed(t)).findFirst();
        if (task.isEmpty()) {
            out.print(taskId.isPresent() ? "% Lab: no task named " + taskId.get() + " (tasks: "
                    + String.join(", ", exercise.tasks().stream().map(Task::id).toList()) + ")\n"
                    : "% Lab: every task passed at the last check\n");
            return;
        }
        List<String> hints = task.get().hints();
        if (hints.isEmpty()) {
            out.print("% Lab: task " + task.get().id() + " has no hints\n");
            return;
        }
        int given = hintsGiven.merge(task.get().id(), 1, Integer::sum);
        int index = Math.min(given, hints.size()) - 1;
        out.print("Hint " + (index + 1) + "/" + hints.size() + " for " + task.get().id() + ": " + hints.get(index) + "\n");
    }

    private boolean passed(Task t) {
        return lastCheck.map(g -> g.tasks().stream().anyMatch(r -> r.task() == t && r.passed())).orElse(false);
    }

    @Override
    public void reset(CliOutput out) {
        lab.restart(exercise.startingConfigs(), out);
        exercise.poweredOff().forEach(name -> lab.router(name).powerOff());
        lab.time().settle();
        lastCheck = Optional.empty();
        hintsGiven.clear();
        out.print("% Lab: every router restarted from the exercise's starting configs\n");
    }
}
