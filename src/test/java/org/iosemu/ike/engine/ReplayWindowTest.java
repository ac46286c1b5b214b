package org.iosemu.ike.engine;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The anti-replay window: each sequence number once, nothing older than the window, nothing checked at 0. */
class ReplayWindowTest {

    @Test
    void theDefaultWindowAcceptsLatePacketsUpTo63Behind() {
        ReplayWindow w = new ReplayWindow(64);
        assertTrue(w.accept(100));
        assertTrue(w.accept(37), "63 behind: inside the window");
        assertFalse(w.accept(36), "64 behind: outside");
        assertFalse(w.accept(37), "a replay");
        assertFalse(w.accept(100), "a replay of the newest");
        assertTrue(w.accept(99));
    }

    @Test
    void aLargerWindowKeepsOlderPacketsAndForgetsWhatItSlidesPast() {
        ReplayWindow w = new ReplayWindow(1024);
        assertTrue(w.accept(2000));
        assertTrue(w.accept(1000), "1000 behind, inside a 1024 window");
        assertTrue(w.accept(2500));
        assertFalse(w.accept(1000), "now 1500 behind");
        assertTrue(w.accept(2000 + 1024 - 1) && !w.accept(2000), "2000 is still remembered");
    }

    @Test
    void slidingPastAPositionClearsIt() {
        ReplayWindow w = new ReplayWindow(4);
        assertTrue(w.accept(1));
        assertTrue(w.accept(5)); // shares 1's slot; 1 falls out of the window
        assertTrue(w.accept(3));
        assertFalse(w.accept(1));
        assertFalse(w.accept(5));
    }

    @Test
    void disabledAcceptsReplays() {
        ReplayWindow w = new ReplayWindow(0);
        assertTrue(w.accept(5));
        assertTrue(w.accept(5));
        assertFalse(w.enabled());
    }
}
