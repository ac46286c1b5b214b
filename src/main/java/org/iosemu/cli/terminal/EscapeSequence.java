package org.iosemu.cli.terminal;

/**
 * IOS's escape sequence, Ctrl-^ then x (Ctrl-Shift-6 x: bytes 0x1E 'x'), and Ctrl-C (0x03), picked out of a
 * stream of keys. Ping and traceroute advertise the escape sequence ("Type escape sequence to abort."); a
 * nested telnet/ssh session uses it to suspend. One detector per keyboard: it holds a lone Ctrl-^ until the
 * next key shows whether it starts the sequence. Not thread-safe; feed it from the one reader of the keys.
 */
public final class EscapeSequence {

    /** Ctrl-^ (Ctrl-Shift-6), the IOS escape character. */
    public static final char ESCAPE_CHARACTER = 0x1e;
    /** Ctrl-C. */
    public static final char INTERRUPT = 0x03;

    /** What a key meant. */
    public enum Kind {
        /** Ordinary input: {@link Result#passOn()} holds it (with a held Ctrl-^ before it, if that was no escape). */
        INPUT,
        /** A Ctrl-^ waiting for its next key; nothing to pass on yet. */
        HELD,
        /** Ctrl-^ x: stop the running command (or suspend a session). */
        ESCAPE,
        /** Ctrl-C. */
        INTERRUPT
    }

    /** The meaning of one key and the text it releases as ordinary input. */
    public record Result(Kind kind, String passOn) {
        private static final Result HELD = new Result(Kind.HELD, "");
        private static final Result ESCAPED = new Result(Kind.ESCAPE, "");
        private static final Result INTERRUPTED = new Result(Kind.INTERRUPT, "");

        public boolean stops() {
            return kind == Kind.ESCAPE || kind == Kind.INTERRUPT;
        }
    }

    private boolean escapeHeld;

    /** Feeds the next key (a character code). */
    public Result feed(int key) {
        if (escapeHeld) {
            if (key == ESCAPE_CHARACTER) {
                return Result.HELD; // pressed again: the latest one may still start the sequence
            }
            escapeHeld = false;
            if (key == 'x' || key == 'X') {
                return Result.ESCAPED;
            }
            return key == INTERRUPT ? Result.INTERRUPTED
                    : new Result(Kind.INPUT, String.valueOf(ESCAPE_CHARACTER) + (char) key);
        }
        if (key == ESCAPE_CHARACTER) {
            escapeHeld = true;
            return Result.HELD;
        }
        if (key == INTERRUPT) {
            return Result.INTERRUPTED;
        }
        return new Result(Kind.INPUT, String.valueOf((char) key));
    }

    /** True while a Ctrl-^ waits for the key that decides whether it starts the sequence. */
    public boolean holding() {
        return escapeHeld;
    }

    /**
     * Where a whole line of input (replay, a pipe) first asks to stop: the index of the Ctrl-^ of an escape
     * sequence or of a Ctrl-C, or -1.
     */
    public static int stopIndex(CharSequence line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == INTERRUPT) {
                return i;
            }
            if (c == ESCAPE_CHARACTER && i + 1 < line.length()
                    && (line.charAt(i + 1) == 'x' || line.charAt(i + 1) == 'X')) {
                return i;
            }
        }
        return -1;
    }
}
