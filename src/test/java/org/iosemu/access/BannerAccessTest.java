package org.iosemu.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.time.Duration;
import org.iosemu.remote.RawClient;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.sshd.client.auth.keyboard.UserInteraction;
import org.apache.sshd.client.session.ClientSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** `banner motd`, `banner login` and `banner exec` on real telnet and SSH connections, in IOS's order around the login. */
class BannerAccessTest extends SshRouterTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @BeforeEach
    void configure() throws Exception {
        r.console("configure terminal", "banner motd #", "Authorized access only", "#",
                "banner exec $Welcome to R1$", "banner login %Log in with your lab account%", "end");
    }

    @Test
    void telnetShowsTheMotdBeforeTheLoginAndTheExecBannerAfterIt() throws Exception {
        try (RawClient telnet = new RawClient(new InetSocketAddress("127.0.0.1", r.telnetPort()))) {
            String beforeLogin = telnet.awaitText("Username: ", WAIT);
            int motd = beforeLogin.indexOf("Authorized access only");
            int heading = beforeLogin.indexOf("User Access Verification");
            assertTrue(motd >= 0 && motd < heading, beforeLogin);
            int login = beforeLogin.indexOf("Log in with your lab account");
            assertTrue(motd < login && login < heading, "the login banner follows the MOTD: " + beforeLogin);
            assertTrue(!beforeLogin.contains("Welcome to R1"), "the exec banner waits for the login: " + beforeLogin);
            telnet.send(AccessRouter.USER + "\r\n");
            telnet.awaitText("Password: ", WAIT);
            telnet.send(AccessRouter.PASSWORD + "\r\n");
            String all = telnet.awaitText("R1#", WAIT);
            int exec = all.indexOf("Welcome to R1");
            assertTrue(exec > all.indexOf("Password: ") && exec < all.lastIndexOf("R1#"), all);
            assertTrue(all.indexOf("Authorized access only") == all.lastIndexOf("Authorized access only"),
                    "the MOTD is shown once: " + all);
        }
    }

    @Test
    void sshSendsTheLoginBannerBeforeAuthentication() throws Exception {
        List<String> banners = new CopyOnWriteArrayList<>();
        client.setUserInteraction(new UserInteraction() {
            @Override
            public void welcome(ClientSession session, String banner, String language) {
                banners.add(banner);
            }

            @Override
            public String[] interactive(ClientSession session, String name, String instruction, String language,
                                        String[] prompt, boolean[] echo) {
                return null; // password authentication only
            }

            @Override
            public String getUpdatedPassword(ClientSession session, String prompt, String language) {
                return null;
            }
        });
        try (SshShell admin = SshShell.open(client, r.sshPort(), AccessRouter.USER, AccessRouter.PASSWORD)) {
            admin.await("R1#");
            assertEquals(List.of("Log in with your lab account\n"), banners);
            assertTrue(!admin.text().contains("Log in with your lab account"), "not repeated in the session");
        }
    }

    @Test
    void sshShowsTheMotdThenTheExecBannerBeforeThePrompt() throws Exception {
        try (SshShell admin = SshShell.open(client, r.sshPort(), AccessRouter.USER, AccessRouter.PASSWORD)) {
            admin.await("R1#");
            String text = admin.text();
            int motd = text.indexOf("Authorized access only");
            int exec = text.indexOf("Welcome to R1");
            assertTrue(motd >= 0 && motd < exec && exec < text.indexOf("R1#"), text);
        }
    }
}
