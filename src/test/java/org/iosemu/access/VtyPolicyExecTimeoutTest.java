package org.iosemu.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import java.util.Random;
import org.iosemu.cli.session.IosSession;
import org.iosemu.cli.session.RouterContext;
import org.iosemu.cli.session.StandaloneRouterServices;
import org.iosemu.time.IosTimestamp;
import org.iosemu.time.VirtualScheduler;
import org.junit.jupiter.api.Test;

/** The idle limit a vty session gets from the `exec-timeout` of its line. */
class VtyPolicyExecTimeoutTest {

    private final RouterContext router = new RouterContext(new VirtualScheduler(IosTimestamp.IOS_BOOT_EPOCH_MILLIS),
            Optional.empty(), new StandaloneRouterServices(), new Random(1));
    private final IosSession console = new IosSession(router);
    private final VtyPolicy policy = new VtyPolicy(() -> router.config().current());

    private void type(String... lines) {
        for (String line : lines) {
            console.submit(line, text -> { });
        }
    }

    @Test
    void eachLineHasItsOwnLimitAndTenMinutesWithoutOne() {
        type("enable", "configure terminal", "line vty 0 4", "exec-timeout 0 0", "line vty 2", "exec-timeout 5 30",
                "line vty 3", "exec-timeout 0 45", "line vty 4", "exec-timeout 3", "end");
        assertEquals(Duration.ZERO, policy.execTimeout(0), "exec-timeout 0 0: never");
        assertEquals(Duration.ofSeconds(5 * 60 + 30), policy.execTimeout(2));
        assertEquals(Duration.ofSeconds(45), policy.execTimeout(3));
        assertEquals(Duration.ofMinutes(3), policy.execTimeout(4));
        type("configure terminal", "line vty 0 4", "exec-timeout 10 0", "end");
        assertEquals(Duration.ofMinutes(10), policy.execTimeout(1), "the IOS default, typed");
        type("configure terminal", "line vty 0 4", "no exec-timeout", "end");
        assertEquals(Duration.ZERO, policy.execTimeout(1), "no exec-timeout is exec-timeout 0: never");
        StringBuilder shown = new StringBuilder();
        console.submit("show running-config | include exec-timeout", shown::append);
        assertTrue(shown.toString().contains(" exec-timeout 0 0"), "shown as IOS writes it: " + shown);
        assertEquals(Duration.ofMinutes(10), policy.execTimeout(7), "a line the configuration does not have");
    }
}
