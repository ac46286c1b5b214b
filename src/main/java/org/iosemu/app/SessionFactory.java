package org.iosemu.app;

import org.iosemu.cli.session.CliOutput;
import org.iosemu.cli.session.TerminalSession;

/** Boots a router and opens a console session on it. */
@FunctionalInterface
public interface SessionFactory {

    /**
     * @param bootErrors receives one {@code FILE:LINE: message} line per startup-config line the router
     *     rejected while booting
     */
    TerminalSession open(RouterSetup setup, CliOutput bootErrors) throws Exception;
}
