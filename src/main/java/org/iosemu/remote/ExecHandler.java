package org.iosemu.remote;

/** Runs the single command line of an SSH {@code exec} request (e.g. {@code ssh r1 "show version"}). */
@FunctionalInterface
public interface ExecHandler {
    ExecResult execute(String commandLine, RemotePeer peer) throws Exception;
}
