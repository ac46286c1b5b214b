package org.iosemu.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class VtyLinesTest {

    @Test
    void lowestFreeLineFirstAndNoneBeyondTheConfiguredCount() {
        AtomicInteger configured = new AtomicInteger(2);
        VtyLines lines = new VtyLines(configured::get);
        VtyLines.Lease first = lines.acquire().orElseThrow();
        VtyLines.Lease second = lines.acquire().orElseThrow();
        assertEquals(0, first.line());
        assertEquals(1, second.line());
        assertTrue(lines.acquire().isEmpty(), "vty 0 1 has two lines");
        first.close();
        first.close(); // closing twice frees once
        assertEquals(0, lines.acquire().orElseThrow().line());
        configured.set(3);
        assertEquals(2, lines.acquire().orElseThrow().line(), "a longer line vty range applies at once");
    }
}
