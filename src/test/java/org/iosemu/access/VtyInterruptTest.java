package org.iosemu.access;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.time.Duration;
import org.iosemu.remote.RawClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Ctrl-C and the escape sequence on real telnet and SSH sessions: they stop a running ping (which prints its
 * success rate) and Ctrl-C leaves configuration mode; the session goes on either way.
 */
@Timeout(90)
class VtyInterruptTest extends SshRouterTest {

    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final String HUGE_PING = "ping 10.9.9.9 repeat 2147483647";

    @Test
    void telnetCtrlCStopsAPingAndLeavesConfiguration() throws Exception {
        try (RawClient telnet = new RawClient(new InetSocketAddress("127.0.0.1", r.telnetPort()))) {
            telnet.awaitText("Username: ", WAIT);
            telnet.send("admin\r\n");
            telnet.awaitText("Password: ", WAIT);
            telnet.send(AccessRouter.PASSWORD + "\r\n");
            telnet.awaitText("R1#", WAIT);
            telnet.send(HUGE_PING + "\r\n");
            telnet.awaitText("seconds:\r\n......", WAIT);
            telnet.send(new byte[] {3});
            telnet.awaitText("Success rate is 0 percent", WAIT);
            telnet.send("configure terminal\r\n");
            telnet.awaitText("R1(config)#", WAIT);
            telnet.send("hostname X\u0003");
            String text = telnet.awaitText("R1(config)#hostname X^C", WAIT);
            telnet.send("show privilege\r\n");
            text = telnet.awaitText("Current privilege level is 15", WAIT);
            assertTrue(text.contains("R1#show privilege"), RawClient.printable(text));
        }
    }

    @Test
    void sshEscapeSequenceStopsAPing() throws Exception {
        try (SshShell admin = SshShell.open(client, r.sshPort(), "admin", AccessRouter.PASSWORD)) {
            admin.await("R1#");
            int from = admin.length();
            admin.send(HUGE_PING + "\r");
            admin.awaitAfter(from, "seconds:\n......");
            admin.send("\u001ex");
            String out = admin.awaitAfter(from, "Success rate is 0 percent");
            assertTrue(out.contains("Type escape sequence to abort."), out.length() > 500 ? out.substring(0, 500) : out);
            assertTrue(admin.line("show privilege", "Current privilege level is 15").contains("show privilege\n"));
        }
    }
}
