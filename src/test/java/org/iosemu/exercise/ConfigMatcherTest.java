package org.iosemu.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Config checks read a line as IOS does: abbreviations, defaults and sub-mode order do not matter. */
class ConfigMatcherTest {

    private static final String CONFIG = """
            hostname R1
            crypto isakmp keepalive 10
            crypto ipsec transform-set ts esp-3des esp-sha-hmac
            crypto map m 1 ipsec-isakmp
             set peer 10.0.0.2
             set peer 10.0.0.1
             set transform-set ts
             match address 101
            access-list 101 permit ip 10.1.1.0 0.0.0.255 10.2.2.0 0.0.0.255
            """;

    private static boolean present(String... lines) {
        return ConfigMatcher.check(CONFIG, List.of(lines), true).passed();
    }

    @Test
    void abbreviationsAndDefaultsReadAsIosReadsThem() {
        assertTrue(present("cry isa keep 10"));
        assertTrue(present("crypto isakmp keepalive 10 2 on-demand"));
        assertFalse(present("crypto isakmp keepalive 10 periodic"));
        assertFalse(present("crypto isakmp keepalive 10 3"));
        assertTrue(present("access-list 101 permit ip 10.1.1.0 0.0.0.255 10.2.2.0 0.0.0.255"));
    }

    @Test
    void subModeLinesInAnyOrderIosDoesNotCareAbout() {
        assertTrue(present("crypto map m 1 ipsec-isakmp", " match address 101", " set transform-set ts"));
        // the order of peers is the order IOS tries them: it matters, and IOS keeps it
        assertTrue(present("crypto map m 1 ipsec-isakmp", " set peer 10.0.0.2", " set peer 10.0.0.1"));
        assertFalse(present("crypto map m 1 ipsec-isakmp", " set peer 10.0.0.3"));
        assertFalse(present("crypto map m 2 ipsec-isakmp", " set peer 10.0.0.2"));
    }

    @Test
    void absentAndNothingToRemove() {
        assertTrue(ConfigMatcher.check(CONFIG, List.of("crypto isakmp invalid-spi-recovery"), false).passed());
        assertFalse(ConfigMatcher.check(CONFIG, List.of("crypto isakmp keepalive 10"), false).passed());
        // "no keepalive at all" is the no form, present when there is nothing to remove
        assertFalse(present("no crypto isakmp keepalive"));
        assertTrue(present("no crypto isakmp invalid-spi-recovery"));
    }

    @Test
    void theLearnerSeesTheLinesThatLookLikeTheExpectedOne() {
        Outcome o = ConfigMatcher.check(CONFIG, List.of("crypto isakmp keepalive 10 periodic"), true);
        assertEquals("present: crypto isakmp keepalive 10 periodic", o.expected());
        assertEquals("in the running-config: crypto isakmp keepalive 10", o.observed());
        assertEquals("no such line in the running-config",
                ConfigMatcher.check(CONFIG, List.of("crypto isakmp nat keepalive 20"), true).observed());
    }
}
