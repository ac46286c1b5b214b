package org.iosemu.cli.terminal;

import java.io.IOException;
import java.util.function.LongSupplier;
import org.jline.utils.NonBlockingReader;

/**
 * The keyboard while a command runs: looks for the escape sequence (Ctrl-^ x) or Ctrl-C among the keys
 * typed meanwhile, which stop the command, and keeps every other key for the next prompt (IOS keeps type-ahead).
 * A command asks {@link #stopRequested()} between its steps; that reads only keys that already arrived, at
 * most every {@link #POLL_INTERVAL_MILLIS}, so a ping polling every millisecond costs next to nothing and a
 * vty's idle clock (which counts time spent inside reads) hardly moves.
 */
final class CommandKeys {

    static final long POLL_INTERVAL_MILLIS = 20;
    private static final long READ_TIMEOUT_MILLIS = 1;

    private final NonBlockingReader keys;
    private final LongSupplier clockMillis;
    private final EscapeSequence escape = new EscapeSequence();
    private final StringBuilder typeAhead = new StringBuilder();
    private long lastPoll = Long.MIN_VALUE;
    private boolean stopped;
    private boolean ended;

    CommandKeys(NonBlockingReader keys, LongSupplier clockMillis) {
        this.keys = keys;
        this.clockMillis = clockMillis;
    }

    /** True once the user typed the escape sequence or Ctrl-C, or the keyboard went away, during this command. */
    boolean stopRequested() {
        if (stopped) {
            return true;
        }
        long now = clockMillis.getAsLong();
        if (lastPoll != Long.MIN_VALUE && now - lastPoll < POLL_INTERVAL_MILLIS) {
            return false;
        }
        lastPoll = now;
        try {
            int key;
            while (!stopped && (key = keys.read(READ_TIMEOUT_MILLIS)) != NonBlockingReader.READ_EXPIRED) {
                if (key < 0) {
                    ended = true;
                    stopped = true; // the connection is gone: nobody reads the output any more
                    break;
                }
                EscapeSequence.Result r = escape.feed(key);
                stopped = r.stops();
                typeAhead.append(r.passOn());
            }
        } catch (IOException e) {
            ended = true;
            stopped = true;
        }
        return stopped;
    }

    /** The keys typed during the command that were not a stop, for the next prompt. */
    String typeAhead() {
        return typeAhead.toString();
    }

    /** The keyboard ended while the command ran (the client hung up). */
    boolean ended() {
        return ended;
    }
}
