package org.iosemu.cli.terminal;

import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;
import org.jline.reader.impl.LineReaderImpl;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;

/**
 * The line editor with IOS's horizontal scrolling: a line longer than the screen width does not wrap; it
 * shifts ten characters to the left whenever the cursor reaches the right margin, and a {@code $} marks
 * the side (or sides) where text is out of view. The width is the session's {@code terminal width}, as on
 * IOS, not the client's window size; 0 means no limit. The last column stays empty so no terminal
 * wraps on its own.
 */
final class ScrollingLineReader extends LineReaderImpl {

    static final int SHIFT = 10;
    private static final char MORE = '$';
    /** A window must hold at least the two {@code $} marks and one character to scroll at all. */
    private static final int MORE_MARKS = 2;

    private final IntSupplier terminalWidth;
    private int offset;

    ScrollingLineReader(Terminal terminal, Map<String, Object> variables, IntSupplier terminalWidth) {
        super(terminal, "iosemu", variables);
        this.terminalWidth = terminalWidth;
    }

    @Override
    protected void redisplay(boolean flush) {
        lock.lock();
        try {
            String text = maskingCallback != null ? maskingCallback.display(buf.toString()) : buf.toString();
            int room = room();
            if (room <= MORE_MARKS || text.length() <= room || skipRedisplay) {
                offset = 0;
                super.redisplay(flush);
                return;
            }
            int cursor = maskingCallback != null ? maskingCallback.display(buf.upToCursor()).length() : buf.cursor();
            offset = scrolledOffset(offset, cursor, text.length(), room);
            String view = view(text, offset, room);
            AttributedString line = AttributedString.join(AttributedString.EMPTY, prompt, new AttributedString(view));
            display.update(List.of(line), prompt.columnLength() + cursor - offset, flush);
        } finally {
            lock.unlock();
        }
    }

    /** Columns the typed text may use after the prompt, keeping the last screen column free. */
    private int room() {
        int columns = size.getColumns() > 0 ? size.getColumns() : Integer.MAX_VALUE;
        int width = terminalWidth.getAsInt();
        int screen = width > 0 ? Math.min(width, columns) : columns;
        return screen == Integer.MAX_VALUE ? Integer.MAX_VALUE : screen - 1 - prompt.columnLength();
    }

    /**
     * Where the visible part of a {@code length}-character line starts so that the cursor is inside it and
     * not on a {@code $}: shifted in steps of ten, as IOS does, from the previous {@code offset}.
     */
    static int scrolledOffset(int offset, int cursor, int length, int room) {
        int start = Math.max(0, Math.min(offset, length));
        while (cursor - start > lastCursorColumn(start, length, room)) {
            start += SHIFT;
        }
        while (start > 0 && cursor - start < 1) {
            start = Math.max(0, start - SHIFT);
        }
        return start;
    }

    /** The rightmost column the cursor may take: not on a trailing {@code $}. */
    private static int lastCursorColumn(int start, int length, int room) {
        return length - start > room ? room - 2 : room - 1;
    }

    /** The {@code room} columns of {@code text} seen from {@code offset}, with {@code $} where text is hidden. */
    static String view(String text, int offset, int room) {
        StringBuilder view = new StringBuilder(text.substring(offset, Math.min(text.length(), offset + room)));
        if (offset > 0) {
            view.setCharAt(0, MORE);
        }
        if (text.length() - offset > room) {
            view.setCharAt(view.length() - 1, MORE);
        }
        return view.toString();
    }
}
