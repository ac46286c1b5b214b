package org.iosemu.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class AccessOptionsTest {

    @Test
    void portsAreTakenOutAndTheRestIsLeftInOrder() throws Exception {
        AccessOptions.Parsed p = AccessOptions.parse(
                List.of("--config", "r1.cfg", "--ssh-port", "2201", "--telnet-port=2301", "--replay", "-"));
        assertEquals(new AccessPorts(OptionalInt.of(2201), OptionalInt.of(2301)), p.ports());
        assertEquals(List.of("--config", "r1.cfg", "--replay", "-"), p.rest());
    }

    @Test
    void withoutPortOptionsNothingListens() throws Exception {
        assertFalse(AccessOptions.parse(List.of("--config", "x")).ports().any());
    }

    @Test
    void badPortsAreUsageErrors() {
        assertThrows(AccessOptions.UsageException.class, () -> AccessOptions.parse(List.of("--ssh-port")));
        assertThrows(AccessOptions.UsageException.class, () -> AccessOptions.parse(List.of("--ssh-port", "ssh")));
        assertThrows(AccessOptions.UsageException.class, () -> AccessOptions.parse(List.of("--telnet-port", "0")));
        assertThrows(AccessOptions.UsageException.class, () -> AccessOptions.parse(List.of("--telnet-port=70000")));
    }

    @Test
    void labRoutersGetConsecutivePortsAndFreePortsStayFree() {
        AccessPorts base = new AccessPorts(OptionalInt.of(2201), OptionalInt.empty());
        assertEquals(new AccessPorts(OptionalInt.of(2203), OptionalInt.empty()), base.offset(2));
        AccessPorts any = new AccessPorts(OptionalInt.of(0), OptionalInt.of(0));
        assertEquals(any, any.offset(3));
    }
}
