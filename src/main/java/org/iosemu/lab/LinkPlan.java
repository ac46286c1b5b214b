package org.iosemu.lab;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.iosemu.net.LinkProperties;

/**
 * A lab folder's links file ({@link #FILE}): the seed of the random loss, the default link, and links with
 * properties of their own. One statement per line, `!` starts a comment:
 * <pre>
 * seed 7
 * default delay 5
 * R1 R2 bandwidth 1544 delay 20 loss 2 mtu 1400
 * </pre>
 */
public record LinkPlan(OptionalLong seed, LinkSettings defaults, Map<List<String>, LinkSettings> links) {

    public static final String FILE = "links.txt";

    static final LinkPlan NONE = new LinkPlan(OptionalLong.empty(), LinkSettings.NONE, Map.of());

    /** The folder's plan; {@link #NONE} when it has no links file. */
    public static LinkPlan read(Path dir) throws IOException {
        LabFileLines file = LabFileLines.read(dir.resolve(FILE));
        if (!file.exists()) {
            return NONE;
        }
        OptionalLong seed = OptionalLong.empty();
        LinkSettings defaults = LinkSettings.NONE;
        Map<List<String>, LinkSettings> links = new LinkedHashMap<>();
        for (LabFileLines.Line line : file.lines()) {
            String text = line.text();
            String[] words = line.words();
            try {
                if (words[0].equals("seed") && words.length == 2) {
                    seed = OptionalLong.of(Long.parseLong(words[1]));
                } else if (words[0].equals("default")) {
                    defaults = settings(words, 1);
                } else if (words.length >= 2) {
                    links.put(List.of(words[0], words[1]), settings(words, 2));
                } else {
                    throw new IllegalArgumentException();
                }
            } catch (IllegalArgumentException e) {
                throw new IOException(file.file() + ": expected 'seed N', 'default SETTINGS' or 'ROUTER ROUTER SETTINGS'"
                        + " (SETTINGS: mtu 68-18024, bandwidth KBIT/S, delay MS, loss PERCENT), got '" + text + "'", e);
            }
        }
        return new LinkPlan(seed, defaults, links);
    }

    /** `WORD VALUE` pairs from {@code words[from]} on, each checked against the link's ranges. */
    private static LinkSettings settings(String[] words, int from) {
        if (words.length == from || (words.length - from) % 2 != 0) {
            throw new IllegalArgumentException();
        }
        LinkSettings s = LinkSettings.NONE;
        for (int i = from; i < words.length; i += 2) {
            Optional<LinkSettings> next = s.with(words[i], Long.parseLong(words[i + 1]));
            s = next.orElseThrow(IllegalArgumentException::new);
        }
        s.applyTo(LinkProperties.DEFAULT, LinkProperties.DEFAULT); // range check now, not when the lab runs
        return s;
    }
}
