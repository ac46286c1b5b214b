package org.iosemu.cli.terminal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EscapeSequenceTest {

    private static List<String> feed(String keys) {
        EscapeSequence e = new EscapeSequence();
        List<String> out = new ArrayList<>();
        for (char c : keys.toCharArray()) {
            EscapeSequence.Result r = e.feed(c);
            out.add(r.kind() + (r.passOn().isEmpty() ? "" : ":" + r.passOn()));
        }
        return out;
    }

    @Test
    void ctrlCaretXIsTheEscapeAndCtrlCAnInterrupt() {
        assertEquals(List.of("INPUT:a", "HELD", "ESCAPE", "INPUT:b"), feed("a\u001exb"));
        assertEquals(List.of("HELD", "ESCAPE"), feed("\u001eX"));
        assertEquals(List.of("INTERRUPT"), feed("\u0003"));
        assertEquals(List.of("HELD", "HELD", "ESCAPE"), feed("\u001e\u001ex"));
    }

    @Test
    void aCtrlCaretNotFollowedByXIsPassedOnWithTheNextKey() {
        assertEquals(List.of("HELD", "INPUT:\u001eq"), feed("\u001eq"));
        assertEquals(List.of("HELD", "INTERRUPT"), feed("\u001e\u0003"));
    }

    @Test
    void stopIndexFindsTheFirstStopInALine() {
        assertEquals(3, EscapeSequence.stopIndex("abc\u001exdef"));
        assertEquals(1, EscapeSequence.stopIndex("a\u0003"));
        assertEquals(-1, EscapeSequence.stopIndex("a\u001e"));
        assertEquals(-1, EscapeSequence.stopIndex("plain"));
        assertTrue(EscapeSequence.stopIndex("\u001eX") == 0);
    }
}
