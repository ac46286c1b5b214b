package org.iosemu.app;

import org.iosemu.cli.session.TerminalSession;

/** Boots a router and opens a console session on it. */
@FunctionalInterface
public interface SessionFactory {
    TerminalSession open(RouterSetup setup) throws Exception;
}
