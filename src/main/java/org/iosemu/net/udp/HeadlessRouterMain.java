package org.iosemu.net.udp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.iosemu.cli.session.IosSession;
import org.iosemu.ike.config.Ipv4;

/**
 * A single router whose IKE speaks real UDP, driven by IOS commands on stdin (one per line, output on stdout,
 * debug/syslog lines as they happen). For interop with real peers, e.g. inside a network namespace:
 *
 * <pre>ip netns exec ikedut java -cp ... org.iosemu.net.udp.HeadlessRouterMain --udp R1=10.99.0.2 [--startup-config FILE]</pre>
 *
 * End of input stops the router (the IOS equivalent of pulling the plug: no DELETE is sent).
 */
public final class HeadlessRouterMain {
    private HeadlessRouterMain() {
    }

    public static void main(String[] args) throws Exception {
        Optional<Ipv4> address = Optional.empty();
        Optional<Path> startup = Optional.empty();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--udp" -> address = Optional.of(Ipv4.parse(args[++i].substring(args[i].indexOf('=') + 1)));
                case "--startup-config" -> startup = Optional.of(Path.of(args[++i]));
                default -> {
                    System.err.println("usage: HeadlessRouterMain --udp NAME=A.B.C.D [--startup-config FILE]");
                    System.exit(2);
                }
            }
        }
        if (address.isEmpty()) {
            System.err.println("--udp NAME=A.B.C.D is required");
            System.exit(2);
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try (HeadlessRouter router = HeadlessRouter.start(address.get(), startup, out::println)) {
            run(router, out);
        }
    }

    private static void run(HeadlessRouter router, PrintStream out) throws IOException {
        IosSession session = new IosSession(router.context());
        session.setAsyncSink(out::println);
        out.println("UDP 500/4500 bound on " + router.udp().address());
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null && session.isOpen(); line = in.readLine()) {
            out.println(session.prompt() + line);
            session.submit(line, out::print);
        }
    }
}
