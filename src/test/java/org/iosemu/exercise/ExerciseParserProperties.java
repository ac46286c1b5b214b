package org.iosemu.exercise;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever an exercise file holds, the parser answers with an exercise or a FILE:LINE: message, never a crash. */
class ExerciseParserProperties {

    private static final Map<String, String> LAB = Map.of("R1", "hostname R1\nip route 0.0.0.0 0.0.0.0 10.0.0.1\n", "R2", "hostname R2\n");

    @Property(tries = 300)
    void anyLinesParseOrFailWithALineNumber(@ForAll("files") List<String> lines) {
        try {
            ExerciseParser.parse(Path.of("x"), "ex.txt", lines, LAB, Map.of(), Map.of());
        } catch (ExerciseFormatException e) {
            if (!e.getMessage().matches("ex\\.txt:\\d+: .+")) {
                throw new AssertionError("not FILE:LINE: message: " + e.getMessage());
            }
        }
    }

    @Provide
    Arbitrary<List<String>> files() {
        Arbitrary<String> word = Arbitraries.oneOf(
                Arbitraries.of("title", "briefing", "fault", "activity", "task", "points", "hint", "config", "state",
                        "behaviour", "present", "absent", "ping", "power", "wait", "quiet", "exec", "dead", "within", "after",
                        "logged", "ike-sa", "ipsec-sa", "dpd", "current-peer", "R1", "R2", "R3", "up", "down", "succeeds", "fails",
                        "source", "wrong-psk", "missing-route", "peer-down", "crypto", "isakmp", "keepalive", "10", "0",
                        "99999999999999999999", "-1", "10.0.0.1", "999.1.1.1", "QM_IDLE", "!", "\t", "é"),
                Arbitraries.strings().ofMaxLength(6));
        Arbitrary<String> line = Arbitraries.integers().between(0, 4).flatMap(indent ->
                word.list().ofMaxSize(7).map(words -> " ".repeat(indent) + String.join(" ", words)));
        return line.list().ofMaxSize(14);
    }
}
