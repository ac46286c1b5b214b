package org.iosemu.app;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.iosemu.cli.session.TerminalSession;
import org.iosemu.cli.terminal.SystemTerminals;
import org.iosemu.cli.terminal.TerminalConsole;
import org.iosemu.time.IosTimestamp;
import org.iosemu.time.RealTimeScheduler;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;

/**
 * The build's training run for the AppCDS archive (see pom.xml, `cds-archive`): boots a router and
 * drives both consoles the way a user would, so the classes they load at start are archived.
 * Its output is discarded; only the loaded classes matter.
 */
public final class ArchiveTraining {

    private static final String SCRIPT = String.join("\n",
            "enable",
            "configure terminal",
            "hostname R1",
            "crypto isakmp policy 10",
            " encryption aes 256",
            " authentication pre-share",
            " group 14",
            "crypto isakmp key secret123 address 192.0.2.2",
            "crypto isakmp keepalive 10 3 periodic",
            "crypto ipsec transform-set TS esp-aes 256 esp-sha-hmac",
            "crypto map VPN 10 ipsec-isakmp",
            " set peer 192.0.2.2",
            " set transform-set TS",
            " match address 101",
            "access-list 101 permit ip 10.0.0.0 0.0.0.255 10.1.0.0 0.0.0.255",
            "interface FastEthernet0/0",
            " ip address 192.0.2.1 255.255.255.0",
            " crypto map VPN",
            "crypto ?",
            "bogus command",
            "end",
            "show running-config",
            "");

    /** Keys typed into the line editor: help, completion, Ctrl-Z, a paged command quit at --More--. */
    private static final String KEYS = "en\t\rconf\t t\rcrypto isa?\u0015crypto isakmp keepalive 10\r"
            + "\u001Ashow running-config\r q";

    private ArchiveTraining() {}

    public static void main(String[] args) throws Exception {
        SessionFactory sessions = IosSessions.factory();
        PrintStream discard = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        new Launcher(sessions, new ByteArrayInputStream(SCRIPT.getBytes(StandardCharsets.UTF_8)), discard, discard,
                () -> false).run(List.of("--replay", "-"));
        try (RealTimeScheduler clock = new RealTimeScheduler(IosTimestamp.IOS_BOOT_EPOCH_MILLIS);
                Terminal terminal = new DumbTerminal("training", "xterm-256color",
                        new ByteArrayInputStream(KEYS.getBytes(StandardCharsets.UTF_8)), new ByteArrayOutputStream(),
                        StandardCharsets.UTF_8)) {
            TerminalSession session = sessions.open(
                    new RouterSetup(clock, Optional.empty(), new SplittableRandom(1)), discard::print);
            new TerminalConsole(terminal, session).run();
        }
        // the provider classes of the real console (a dumb terminal here: the build has no tty)
        SystemTerminals.open().close();
    }
}
