package org.iosemu.access;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** `length` on a vty line is where an SSH session's paging starts. */
class LineLengthVtyTest extends SshRouterTest {

    private static final String MORE = " --More-- ";

    @Test
    void aVtyLineWithoutLengthPagesAtTwentyFourLines() throws Exception {
        try (SshShell admin = SshShell.open(client, r.sshPort(), "admin", AccessRouter.PASSWORD)) {
            admin.await("R1#");
            admin.line("show running-config", MORE);
            admin.send("q");
            admin.await("R1#");
        }
    }

    @Test
    void aVtyLineWithLength0StartsWithoutPagingAndTerminalLengthStillPages() throws Exception {
        r.console("configure terminal", "line vty 0 4", "length 0", "end");
        try (SshShell admin = SshShell.open(client, r.sshPort(), "admin", AccessRouter.PASSWORD)) {
            admin.await("R1#");
            String config = admin.line("show running-config", "\nend\n");
            assertTrue(config.contains(" length 0\n"), config);
            assertFalse(config.contains(MORE), config);

            admin.line("terminal length 24", "R1#");
            admin.line("show running-config", MORE);
            admin.send("q");
            admin.await("R1#");
        }
    }
}
