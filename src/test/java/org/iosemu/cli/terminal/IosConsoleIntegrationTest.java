package org.iosemu.cli.terminal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Random;
import org.iosemu.cli.session.IosSession;
import org.iosemu.cli.session.RouterContext;
import org.iosemu.cli.session.StandaloneRouterServices;
import org.iosemu.time.IosTimestamp;
import org.iosemu.time.VirtualScheduler;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The line editor in front of a real router session: keys in, IOS screen out. */
@Timeout(30)
class IosConsoleIntegrationTest {

    private static String type(String keys) throws IOException {
        IosSession session = new IosSession(new RouterContext(new VirtualScheduler(IosTimestamp.IOS_BOOT_EPOCH_MILLIS),
                Optional.empty(), new StandaloneRouterServices(), new Random(1)));
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        try (Terminal terminal = new DumbTerminal("test", "ansi",
                new ByteArrayInputStream(keys.getBytes(StandardCharsets.UTF_8)), screen, StandardCharsets.UTF_8)) {
            terminal.setSize(new Size(120, 24));
            new TerminalConsole(terminal, session).run();
        }
        return screen.toString(StandardCharsets.UTF_8).replaceAll("\u001B\\[[0-9;?]*[A-Za-z]", "").replace("\r", "");
    }

    @Test
    void completionHelpAndCtrlZOnARouter() throws IOException {
        String screen = type("en\t\rconf\tt\rcrypto isakmp ke?\u0015crypto isakmp keepalive 10 periodic\r\u001A"
                + "terminal length 0\rshow running-config | include keepalive\r");
        assertTrue(screen.contains("Router>enable \n"), screen);
        assertTrue(screen.contains("Router#configure t\n"), screen);
        assertTrue(screen.contains("Router(config)#crypto isakmp ke?\n"), screen);
        assertTrue(screen.contains("\nkeepalive  key"), screen);
        assertTrue(screen.contains("Router(config)#^Z\n"), screen);
        assertTrue(screen.contains("%SYS-5-CONFIG_I: Configured from console by console\n"), screen);
        assertTrue(screen.contains("Router#show running-config | include keepalive\n"
                + "crypto isakmp keepalive 10 periodic\n"), screen);
    }

    @Test
    void theEnablePasswordIsNotEchoed() throws IOException {
        String screen = type("enable\rconfigure terminal\renable secret s3cret\rend\rdisable\renable\rs3cret\r");
        String afterPrompt = screen.substring(screen.lastIndexOf("Password: "));
        assertTrue(afterPrompt.startsWith("Password: \nRouter#"), screen);
        assertTrue(!afterPrompt.contains("s3cr"), screen);
    }

    @Test
    void longOutputStopsAtMore() throws IOException {
        String screen = type("enable\rshow running-config\rx");
        assertTrue(screen.contains(" --More-- "), screen);
        assertTrue(!screen.contains("\nend\n"), screen);
    }
}
