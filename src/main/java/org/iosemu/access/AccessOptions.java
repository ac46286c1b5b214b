package org.iosemu.access;

import java.util.ArrayList;
import java.util.List;

/**
 * Takes {@code --ssh-port N} and {@code --telnet-port N} (also {@code --ssh-port=N}) out of the command
 * line and leaves everything else to the launcher's own parser.
 */
public final class AccessOptions {

    public static final String USAGE = String.join("\n",
            "  --ssh-port N     SSH server for the router on 127.0.0.1:N (a lab's next router: N+1, ...)",
            "  --telnet-port N  telnet server likewise; logins follow the `line vty` configuration",
            "");

    /** What was taken out, and the arguments left for the launcher. */
    public record Parsed(AccessPorts ports, List<String> rest) {}

    /** A malformed port option; the message is meant for the user. */
    public static final class UsageException extends Exception {
        UsageException(String message) {
            super(message);
        }
    }

    private AccessOptions() {}

    public static Parsed parse(List<String> args) throws UsageException {
        AccessPorts ports = AccessPorts.NONE;
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            if (!name.equals("--ssh-port") && !name.equals("--telnet-port")) {
                rest.add(arg);
                continue;
            }
            String value;
            if (arg.contains("=")) {
                value = arg.substring(arg.indexOf('=') + 1);
            } else if (i + 1 < args.size()) {
                value = args.get(++i);
            } else {
                throw new UsageException(name + " needs a value");
            }
            int port = port(name, value);
            ports = name.equals("--ssh-port") ? ports.withSsh(port) : ports.withTelnet(port);
        }
        return new Parsed(ports, List.copyOf(rest));
    }

    private static int port(String name, String value) throws UsageException {
        try {
            int port = Integer.parseInt(value);
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException(name + " needs a port number 1-65535, not '" + value + "'");
    }
}
