package org.iosemu.lab;

import java.util.Optional;
import org.iosemu.cli.session.CliOutput;

/**
 * What `lab exercise|check|hint|reset` act on: the exercise a lab was started with. Implemented by the
 * exercise package, which depends on the lab (never the other way round).
 */
public interface ExerciseCommands {

    /** `lab exercise`: the briefing and the task list with each task's state. */
    void briefing(CliOutput out);

    /** `lab check`: grades every task now. */
    void check(CliOutput out);

    /** `lab hint [TASK]`: the next hint of TASK (or of the first task not passed). */
    void hint(Optional<String> task, CliOutput out);

    /** `lab reset`: the lab back to the exercise's starting state. */
    void reset(CliOutput out);

    /** A lab started without an exercise. */
    ExerciseCommands NONE = new ExerciseCommands() {
        private void none(CliOutput out) {
            out.print("% Lab: no exercise loaded (start one with --exercise DIR)\n");
        }

        @Override
        public void briefing(CliOutput out) {
            none(out);
        }

        @Override
        public void check(CliOutput out) {
            none(out);
        }

        @Override
        public void hint(Optional<String> task, CliOutput out) {
            none(out);
        }

        @Override
        public void reset(CliOutput out) {
            none(out);
        }
    };
}
