package org.iosemu.remote;

import java.util.Objects;

/** What an exec request printed (lines ending in "\n") and the exit status sent to the client. */
public record ExecResult(String output, int exitStatus) {

    public ExecResult {
        Objects.requireNonNull(output, "output");
    }

    public static ExecResult ok(String output) {
        return new ExecResult(output, 0);
    }
}
