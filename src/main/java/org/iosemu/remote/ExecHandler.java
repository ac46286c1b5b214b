package org.iosemu.remote;

import java.util.function.BiFunction;

/**
 * Runs the single command line of an SSH {@code exec} request (e.g. {@code ssh r1 "show version"}), writing
 * its output to the client as it runs (a long ping streams instead of piling up) and returning the exit status.
 */
@FunctionalInterface
public interface ExecHandler {
    int execute(String commandLine, RemotePeer peer, ExecStream out) throws Exception;

    /** A handler whose whole output is known at once (tests, fixed answers). */
    static ExecHandler of(BiFunction<String, RemotePeer, ExecResult> run) {
        return (commandLine, peer, out) -> {
            ExecResult result = run.apply(commandLine, peer);
            out.print(result.output());
            out.flush();
            return result.exitStatus();
        };
    }
}
