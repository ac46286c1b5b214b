package org.iosemu.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ClientChannel;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.apache.sshd.client.session.ClientSession;
import org.junit.jupiter.api.Test;

/** Several vty sessions and the console on one router at once. */
class SharedRouterTest {

    @Test
    void concurrentConfigFromManyVtysLosesNothing() throws Exception {
        int sessions = 5;
        int entries = 15;
        SshClient client = SshShell.client();
        ExecutorService pool = Executors.newFixedThreadPool(sessions);
        try (AccessRouter r = AccessRouter.standard()) {
            List<Future<?>> done = new ArrayList<>();
            for (int s = 0; s < sessions; s++) {
                int acl = 100 + s;
                done.add(pool.submit(() -> {
                    try (SshShell shell = SshShell.open(client, r.sshPort(), "admin", AccessRouter.PASSWORD)) {
                        shell.await("R1#");
                        shell.line("configure terminal", "R1(config)#");
                        for (int e = 0; e < entries; e++) {
                            shell.line("access-list " + acl + " permit ip host 10.0." + acl % 256 + "." + e + " any",
                                    "R1(config)#");
                        }
                        shell.line("end", "R1#");
                    }
                    return null;
                }));
            }
            for (int e = 0; e < entries; e++) { // the console edits meanwhile too
                r.console("configure terminal", "access-list 99 permit host 10.9.9." + e, "end");
            }
            for (Future<?> f : done) {
                f.get();
            }
            String acls = r.console("show access-lists");
            for (int s = 0; s < sessions; s++) {
                int acl = 100 + s;
                long count = acls.lines().filter(l -> l.contains("permit ip host 10.0." + acl % 256 + ".")).count();
                assertEquals(entries, count, "access-list " + acl + ":\n" + acls);
            }
            assertEquals(entries, acls.lines().filter(l -> l.contains("permit 10.9.9.")).count(), acls);
        } finally {
            pool.shutdownNow();
            client.stop();
        }
    }

    @Test
    void sshExecRunsOneCommandAtTheUsersLevel() throws Exception {
        SshClient client = SshShell.client();
        try (AccessRouter r = AccessRouter.standard()) {
            assertTrue(exec(client, r, "admin", AccessRouter.PASSWORD, "show privilege")
                    .contains("Current privilege level is 15"));
            assertTrue(exec(client, r, "oper", "Op3rPass", "show privilege").contains("Current privilege level is 1"));
            assertEquals(1, r.router.sessions().size(), "exec sessions end with their command");
        } finally {
            client.stop();
        }
    }

    private static String exec(SshClient client, AccessRouter r, String user, String password, String command)
            throws Exception {
        try (ClientSession session = client.connect(user, new InetSocketAddress("127.0.0.1", r.sshPort()))
                .verify(SshShell.WAIT).getSession()) {
            session.addPasswordIdentity(password);
            session.auth().verify(SshShell.WAIT);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ClientChannel channel = session.createExecChannel(command)) {
                channel.setOut(out);
                channel.open().verify(SshShell.WAIT);
                channel.waitFor(java.util.EnumSet.of(ClientChannelEvent.CLOSED), SshShell.WAIT);
            }
            return out.toString(StandardCharsets.UTF_8);
        }
    }
}
