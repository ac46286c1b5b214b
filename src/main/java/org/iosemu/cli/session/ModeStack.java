package org.iosemu.cli.session;

import java.util.ArrayDeque;
import java.util.Deque;
import org.iosemu.cli.command.ModeTarget;
import org.iosemu.cli.lang.Mode;

/** Where a session is: EXEC at the bottom, then global config, then at most one sub-mode. */
final class ModeStack {

    record Frame(Mode mode, ModeTarget target) {}

    private final Deque<Frame> frames = new ArrayDeque<>();

    ModeStack(Mode execMode) {
        frames.push(new Frame(execMode, ModeTarget.NONE));
    }

    Mode mode() {
        return frames.peek().mode();
    }

    ModeTarget target() {
        return frames.peek().target();
    }

    boolean inConfig() {
        return mode().isConfig();
    }

    boolean inSubMode() {
        return inConfig() && mode() != Mode.CONFIG;
    }

    void enterConfig() {
        if (!inConfig()) {
            frames.push(new Frame(Mode.CONFIG, ModeTarget.NONE));
        }
    }

    /** Back to global configuration (a global command typed in a sub-mode leaves the sub-mode). */
    void toConfig() {
        while (inSubMode()) {
            frames.pop();
        }
    }

    /** Enters {@code mode}: under its parent when the session is there (a policy-map's class), else under global. */
    void enterSubMode(Mode mode, ModeTarget target) {
        if (mode.parent() == Mode.CONFIG || mode() != mode.parent()) {
            toConfig();
        }
        frames.push(new Frame(mode, target));
    }

    /** The mode below the current sub-mode (its parent sub-mode, or global configuration). */
    Mode parentMode() {
        return frames.size() > 1 ? frames.stream().skip(1).findFirst().orElseThrow().mode() : mode();
    }

    /** Leaves configuration entirely. */
    void toExec() {
        while (frames.size() > 1) {
            frames.pop();
        }
    }

    /** `exit` in a configuration mode: up one level. */
    void up() {
        if (frames.size() > 1) {
            frames.pop();
        }
    }

    /** Replaces the EXEC level (enable/disable). */
    void setExec(Mode execMode) {
        toExec();
        frames.pop();
        frames.push(new Frame(execMode, ModeTarget.NONE));
    }

    Mode execMode() {
        return frames.peekLast().mode();
    }
}
