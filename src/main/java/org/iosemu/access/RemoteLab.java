package org.iosemu.access;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.iosemu.lab.Lab;
import org.iosemu.lab.Router;

/**
 * Remote access for every router of a lab: the n-th router (in the lab's order) listens on the base
 * ports plus n, and `lab show` lists them. The servers live as long as the process.
 */
public final class RemoteLab {

    private RemoteLab() {}

    /** Starts every router's servers; returns them in the lab's order (closing them is optional). */
    public static List<RouterAccess> start(Lab lab, AccessPorts base, PrintStream notices) {
        List<Router> routers = lab.routers();
        List<RouterAccess> started = new java.util.ArrayList<>();
        for (int i = 0; i < routers.size(); i++) {
            Router router = routers.get(i);
            RouterAccess access;
            try {
                access = RouterAccess.start(router.context(), base.offset(i), RouterAccess.Settings.IOS,
                        router::powered);
            } catch (IOException e) {
                throw new UncheckedIOException("remote access for " + router.name() + ": " + e.getMessage(), e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(access::close, "remote-access-shutdown"));
            lab.setRemotePorts(router.name(), new Lab.RemotePorts(boxed(access.sshPort()), boxed(access.telnetPort())));
            notices.println(RemoteSessions.describe(router.name(), access));
            started.add(access);
        }
        return started;
    }

    private static Optional<Integer> boxed(java.util.OptionalInt port) {
        return port.isPresent() ? Optional.of(port.getAsInt()) : Optional.empty();
    }
}
