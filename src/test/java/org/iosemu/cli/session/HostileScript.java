package org.iosemu.cli.session;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import org.iosemu.cli.lang.GrammarSentences;
import org.iosemu.cli.lang.Mode;

/**
 * Hostile input as a script of raw lines, for the console, replay, telnet and SSH runs: starting in
 * privileged EXEC, it visits every mode (the path into it, then its lines, then {@code end}) with
 * grammar-generated lines whose values are at their range edges and past them (numbers around 2^31, 2^32,
 * 2^63, damaged names, over-long text), and lines carrying bytes that are not UTF-8 or control characters.
 * Commands that would end the session or wait on the pager are left out: the runs must reach their end.
 */
public final class HostileScript {

    /** Exec commands that leave the session, start another one or need a person at the keyboard. */
    private static final Set<String> SESSION_ENDING = Set.of("exit", "logout", "quit", "disable", "enable", "configure",
            "reload", "lab", "telnet", "ssh", "connect", "resume", "disconnect", "terminal", "end");

    /** Bytes no UTF-8 decoder takes, and control characters, put into otherwise typed lines. */
    private static final byte[][] BAD_BYTES = {{(byte) 0xff}, {(byte) 0xfe}, {(byte) 0xc3}, {(byte) 0x80},
            {(byte) 0xc0, (byte) 0xaf}, {(byte) 0xed, (byte) 0xa0, (byte) 0x80}, {0x07}, {0x1b, '[', '2', 'J'}, {0x00},
            {(byte) 0xf4, (byte) 0x90, (byte) 0x80, (byte) 0x80}};

    private HostileScript() {
    }

    /** Everything except what ends the session; the path into each mode is part of the script. */
    public static final Predicate<GrammarSentences.Sentence> ANY = s -> true;

    /**
     * The script's lines (bytes, no newline). {@code modes} in enum order; {@code keep} filters generated
     * lines further (remote runs leave out what would lock them out).
     */
    public static List<byte[]> lines(long seed, int linesPerMode, Set<Mode> modes, Predicate<GrammarSentences.Sentence> keep) {
        Random random = new Random(seed);
        List<byte[]> out = new ArrayList<>();
        for (Mode mode : Mode.values()) {
            if (!modes.contains(mode)) {
                continue;
            }
            List<String> path = RangeEdgeSessionTest.MODE_PATHS.get(mode);
            if (mode == Mode.USER_EXEC) {
                out.add(bytes("disable"));
            } else {
                path.stream().filter(l -> !l.equals("enable")).forEach(l -> out.add(bytes(l)));
            }
            GrammarSentences.Explorer explorer = new GrammarSentences.Explorer(mode);
            int added = 0;
            int attempts = 0;
            while (added < linesPerMode && attempts++ < linesPerMode * 50) {
                Optional<GrammarSentences.Sentence> generated = explorer.next(random);
                if (generated.isEmpty() || !usable(mode, generated.get()) || !keep.test(generated.get())) {
                    continue;
                }
                GrammarSentences.Sentence sentence = RangeEdgeSessionTest.quietPing(generated.get());
                String line = sentence.line();
                if (!sentence.values().isEmpty() && random.nextInt(4) > 0) {
                    GrammarSentences.Value value = sentence.values().get(random.nextInt(sentence.values().size()));
                    List<String> hostile = GrammarSentences.hostileValues(value);
                    String replacement = hostile.get(random.nextInt(hostile.size()));
                    if (!(value.argRule().equals("arg_ping_repeat") && replacement.length() > 4)) {
                        line = sentence.lineWith(value.wordIndex(), replacement);
                    }
                }
                out.add(random.nextInt(8) == 0 ? withBadBytes(line, random) : bytes(line));
                added++;
            }
            out.add(bytes(mode == Mode.USER_EXEC ? "enable" : mode == Mode.PRIV_EXEC ? "show privilege" : "end"));
        }
        return out;
    }

    /** Leaves out what ends the session, waits on a person or writes files. */
    static boolean usable(Mode mode, GrammarSentences.Sentence s) {
        if (RangeEdgeSessionTest.writesAFile(s) || s.canonical().isEmpty()) {
            return false;
        }
        List<String> words = s.canonical();
        String first = words.get(0).toLowerCase(java.util.Locale.ROOT);
        if (!mode.isConfig()) {
            return !SESSION_ENDING.contains(first);
        }
        if (first.equals("exit") || first.equals("end")) {
            return false;
        }
        return !(first.equals("do") && words.size() > 1 && SESSION_ENDING.contains(words.get(1).toLowerCase(java.util.Locale.ROOT)));
    }

    /** Keeps a remote session reachable: nothing that changes logins, lines, keys, the prompt or the pager. */
    public static final Predicate<GrammarSentences.Sentence> REMOTE_SAFE = s -> s.canonical().stream()
            .map(w -> w.toLowerCase(java.util.Locale.ROOT))
            .noneMatch(w -> Set.of("username", "enable", "line", "key", "hostname", "aaa", "ssh", "domain-name",
                    "exec-timeout", "transport", "login", "password", "secret", "length", "width", "zeroize",
                    "rsa", "banner").contains(w));

    public static byte[] bytes(String line) {
        return line.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] withBadBytes(String line, Random random) {
        byte[] text = bytes(line);
        int at = random.nextInt(text.length + 1);
        byte[] bad = BAD_BYTES[random.nextInt(BAD_BYTES.length)];
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(text, 0, at);
        out.write(bad, 0, bad.length);
        out.write(text, at, text.length - at);
        return out.toByteArray();
    }

    /** The whole script as a file's bytes (LF after each line). */
    public static byte[] file(List<byte[]> lines) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] line : lines) {
            out.write(line, 0, line.length);
            out.write('\n');
        }
        return out.toByteArray();
    }
}
