package org.iosemu.access;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** `show line` marks the lines sessions are using and counts how many each has carried. */
class ShowLineVtyTest extends SshRouterTest {

    @Test
    void aVtySessionShowsAsBusyAndCounted() throws Exception {
        try (SshShell first = SshShell.open(client, r.sshPort(), AccessRouter.USER, AccessRouter.PASSWORD)) {
            first.await("R1#");
        }
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (r.console("show line").contains("*     2 VTY") && System.nanoTime() < deadline) {
            Thread.sleep(20); // the server frees the line once it has seen the connection close
        }
        try (SshShell second = SshShell.open(client, r.sshPort(), AccessRouter.USER, AccessRouter.PASSWORD)) {
            second.await("R1#");
            String lines = r.console("show line");
            assertTrue(lines.contains("*     2 VTY              -    -      -    -    -      2       0     0/0       -"),
                    "vty 0 in use, its second session: " + lines);
            assertTrue(lines.contains("      3 VTY              -    -      -    -    -      0       0     0/0       -"), lines);
            assertTrue(lines.contains("*     0 CTY"), "the console is in use too: " + lines);
        }
    }
}
