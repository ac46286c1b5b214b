package org.iosemu.access;

import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.iosemu.cli.session.IosSession;
import org.iosemu.cli.session.RouterContext;
import org.iosemu.cli.session.RouterServices;
import org.iosemu.cli.session.StandaloneRouterServices;
import org.iosemu.time.IosTimestamp;
import org.iosemu.time.RealTimeScheduler;

/** A real-time router with SSH and telnet on free loopback ports, configured from the console. */
final class AccessRouter implements AutoCloseable {

    static final String USER = "admin";
    static final String PASSWORD = "Adm1nPass";
    static final String ENABLE = "En4ble!";

    /** Local users, vty login local over SSH and telnet, enable secret, RSA keys. */
    static final List<String> BASE_CONFIG = List.of(
            "enable", "configure terminal",
            "hostname R1",
            "ip domain-name lab.example",
            "username " + USER + " privilege 15 secret " + PASSWORD,
            "username oper secret Op3rPass",
            "enable secret " + ENABLE,
            "crypto key generate rsa modulus 1024",
            "ip ssh version 2",
            "line vty 0 4",
            " login local",
            " transport input ssh telnet",
            "end");

    final RealTimeScheduler clock = new RealTimeScheduler(IosTimestamp.IOS_BOOT_EPOCH_MILLIS);
    final RouterContext router;
    final RouterAccess access;
    final IosSession console;

    AccessRouter(Optional<Path> startupConfig, List<String> config) throws IOException {
        this(startupConfig, config, new StandaloneRouterServices());
    }

    /** With the router's EXEC services (ping, show crypto ...) replaced, for commands that take time. */
    AccessRouter(Optional<Path> startupConfig, List<String> config, RouterServices services) throws IOException {
        router = new RouterContext(clock, startupConfig, services, new SecureRandom());
        router.boot(text -> { });
        console = new IosSession(router);
        console(config);
        access = RouterAccess.start(router, new AccessPorts(java.util.OptionalInt.of(0), java.util.OptionalInt.of(0)),
                new RouterAccess.Settings(Duration.ofMillis(50), Duration.ofSeconds(5)));
    }

    static AccessRouter standard() throws IOException {
        return new AccessRouter(Optional.empty(), BASE_CONFIG);
    }

    /** Types lines on the console and returns what it printed. */
    String console(List<String> lines) {
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            console.submit(line, out::append);
        }
        return out.toString();
    }

    String console(String... lines) {
        return console(List.of(lines));
    }

    int sshPort() {
        return access.sshPort().orElseThrow();
    }

    int telnetPort() {
        return access.telnetPort().orElseThrow();
    }

    @Override
    public void close() {
        access.close();
        clock.close();
    }
}
