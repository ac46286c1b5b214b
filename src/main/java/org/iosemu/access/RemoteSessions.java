package org.iosemu.access;

import java.io.PrintStream;
import org.iosemu.app.SessionFactory;
import org.iosemu.cli.session.IosSession;
import org.iosemu.cli.session.RouterContext;
import org.iosemu.cli.session.StandaloneRouterServices;

/**
 * A standalone router whose console is the launcher's and which also listens for SSH and telnet on the
 * given loopback ports. The servers live as long as the process.
 */
public final class RemoteSessions {

    private RemoteSessions() {}

    public static SessionFactory factory(AccessPorts ports, PrintStream notices) {
        return (setup, bootErrors) -> {
            RouterContext router = new RouterContext(setup.scheduler(), setup.startupConfig(),
                    new StandaloneRouterServices(), setup.random());
            router.boot(bootErrors);
            RouterAccess access = RouterAccess.start(router, ports, RouterAccess.Settings.IOS);
            Runtime.getRuntime().addShutdownHook(new Thread(access::close, "remote-access-shutdown"));
            notices.println(describe(router.hostname(), access));
            return new IosSession(router);
        };
    }

    /** "Router: ssh 127.0.0.1:2201, telnet 127.0.0.1:2301" */
    static String describe(String hostname, RouterAccess access) {
        StringBuilder b = new StringBuilder(hostname).append(':');
        access.sshPort().ifPresent(p -> b.append(" ssh 127.0.0.1:").append(p));
        if (access.sshPort().isPresent() && access.telnetPort().isPresent()) {
            b.append(',');
        }
        access.telnetPort().ifPresent(p -> b.append(" telnet 127.0.0.1:").append(p));
        return b.toString();
    }
}
