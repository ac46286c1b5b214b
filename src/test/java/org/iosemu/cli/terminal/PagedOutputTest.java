package org.iosemu.cli.terminal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;

class PagedOutputTest {

    private static final String ERASE = "\b".repeat(10) + " ".repeat(10) + "\b".repeat(10);

    private final StringBuilder screen = new StringBuilder();
    private final Deque<Integer> keys = new ArrayDeque<>();
    private int keysRead;

    private PagedOutput pager(int length, Integer... pressed) {
        keys.addAll(List.of(pressed));
        return new PagedOutput(screen::append, () -> {
            keysRead++;
            return keys.isEmpty() ? -1 : keys.poll();
        }, length);
    }

    private static String lines(int from, int to) {
        StringBuilder text = new StringBuilder();
        for (int i = from; i <= to; i++) {
            text.append("line ").append(i).append('\n');
        }
        return text.toString();
    }

    @Test
    void lengthZeroNeverPages() {
        pager(0).print(lines(1, 500));
        assertEquals(lines(1, 500), screen.toString());
        assertEquals(0, keysRead);
    }

    @Test
    void aFullPageWithNothingAfterItNeedsNoMore() {
        PagedOutput out = pager(24);
        out.print(lines(1, 23));
        assertEquals(lines(1, 23), screen.toString());
        assertEquals(0, keysRead);
    }

    @Test
    void spaceShowsTheNextPage() {
        PagedOutput out = pager(24, (int) ' ');
        for (int i = 1; i <= 30; i++) {
            out.println("line " + i);
        }
        assertEquals(lines(1, 23) + " --More-- " + ERASE + lines(24, 30), screen.toString());
        assertFalse(out.stopped());
    }

    @Test
    void enterShowsOneMoreLine() {
        PagedOutput out = pager(5, (int) '\r', (int) 'q');
        out.print(lines(1, 10));
        assertEquals(lines(1, 4) + " --More-- " + ERASE + lines(5, 5) + " --More-- " + ERASE,
                screen.toString());
        assertTrue(out.stopped());
    }

    @Test
    void anyOtherKeyDropsTheRest() {
        PagedOutput out = pager(4, (int) 'x');
        out.print(lines(1, 3));
        out.print("partial");
        out.print(lines(4, 9));
        assertEquals(lines(1, 3) + " --More-- " + ERASE, screen.toString());
        assertTrue(out.stopped());
        assertEquals(1, keysRead);
    }

    @Test
    void textWithoutNewlinesIsNotCountedAsLines() {
        PagedOutput out = pager(3);
        out.print("a");
        out.print("b");
        out.print("c\n");
        out.print("d\n");
        assertEquals("abc\nd\n", screen.toString());
        assertEquals(0, keysRead);
    }

    @Test
    void endOfInputAtTheMorePromptStops() {
        PagedOutput out = pager(3);
        out.print(lines(1, 5));
        assertTrue(out.stopped());
        assertEquals(lines(1, 2) + " --More-- " + ERASE, screen.toString());
    }
}
