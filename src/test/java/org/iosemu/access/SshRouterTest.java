package org.iosemu.access;

import org.apache.sshd.client.SshClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Tests against the standard access router over SSH: a fresh router and SSH client for each test. */
abstract class SshRouterTest {

    protected SshClient client;
    protected AccessRouter r;

    @BeforeEach
    void startRouterAndClient() throws Exception {
        client = SshShell.client();
        r = AccessRouter.standard();
    }

    @AfterEach
    void stopRouterAndClient() throws Exception {
        client.stop();
        r.close();
    }
}
