package org.iosemu.lab;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * A lab folder's crypto engines file ({@link #FILE}): the routers whose crypto engine processes at most so many
 * kbit/s (the others never congest). One router per line, `!` starts a comment:
 * <pre>
 * R1 512
 * </pre>
 */
public record EnginePlan(Map<String, Long> kbps) {

    public static final String FILE = "engines.txt";
    /** The range of `lab engine NAME kbps N` (grammar/help/help.properties). */
    static final long MIN_KBPS = 1;
    static final long MAX_KBPS = 10_000_000;

    static final EnginePlan NONE = new EnginePlan(Map.of());

    public EnginePlan {
        kbps = Map.copyOf(kbps);
    }

    /** The folder's plan; {@link #NONE} when it has no engines file. */
    public static EnginePlan read(Path dir) throws IOException {
        LabFileLines file = LabFileLines.read(dir.resolve(FILE));
        if (!file.exists()) {
            return NONE;
        }
        Map<String, Long> kbps = new LinkedHashMap<>();
        for (LabFileLines.Line line : file.lines()) {
            String text = line.text();
            String[] words = line.words();
            try {
                long rate = words.length == 2 ? Long.parseLong(words[1]) : -1;
                if (rate < MIN_KBPS || rate > MAX_KBPS) {
                    throw new IllegalArgumentException();
                }
                kbps.put(words[0], rate);
            } catch (IllegalArgumentException e) {
                throw new IOException(file.file() + ": expected 'ROUTER KBIT/S' (" + MIN_KBPS + "-" + MAX_KBPS + "), got '"
                        + text + "'", e);
            }
        }
        return new EnginePlan(kbps);
    }

    /** How `lab engine` confirms a rate. */
    static String describe(OptionalLong kbps) {
        return kbps.isPresent() ? kbps.getAsLong() + " kbit/s" : "not limited";
    }
}
