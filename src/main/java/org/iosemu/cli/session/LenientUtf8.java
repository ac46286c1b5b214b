package org.iosemu.cli.session;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Text files and pipes (replay scripts, startup-configs, lab configs) as the CLI reads them: each line is
 * UTF-8 when it is valid UTF-8, and otherwise taken byte for character (ISO-8859-1), as IOS's 8-bit
 * CLI sees a byte it cannot print. Nothing aborts on a bad byte; the caller is told which line had one
 * and reports it ({@code FILE:LINE: message}).
 */
public final class LenientUtf8 {

    /** What is reported for a line that was not valid UTF-8 ({@code column} is 1-based, of the bad byte). */
    public static String problem(int invalidByte, int column) {
        return String.format("%% Invalid UTF-8 byte 0x%02X at column %d: line read as ISO-8859-1", invalidByte, column);
    }

    /** Told of each line (1-based number) that was not valid UTF-8. */
    @FunctionalInterface
    public interface InvalidLine {
        void found(int lineNumber, String problem);
    }

    private LenientUtf8() {
    }

    /** The lines of a whole file's bytes (a final line without newline counts; no empty last line). */
    public static List<String> lines(byte[] bytes, InvalidLine invalid) {
        List<String> out = new ArrayList<>();
        int start = 0;
        int number = 0;
        while (start < bytes.length) {
            int end = start;
            while (end < bytes.length && bytes[end] != '\n') {
                end++;
            }
            number++;
            int stop = end > start && bytes[end - 1] == '\r' ? end - 1 : end;
            out.add(decode(bytes, start, stop, number, invalid));
            start = end + 1;
        }
        return out;
    }

    /** A reader of {@code in} that decodes line by line, never reading past the end of the current line. */
    public static Reader reader(InputStream in, InvalidLine invalid) {
        return new LineDecodingReader(in, invalid);
    }

    static String decode(byte[] bytes, int from, int to, int lineNumber, InvalidLine invalid) {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, to - from);
        try {
            return utf8.decode(in).toString();
        } catch (CharacterCodingException e) {
            int bad = firstInvalid(bytes, from, to);
            invalid.found(lineNumber, problem(bytes[bad] & 0xff, bad - from + 1));
            return new String(bytes, from, to - from, StandardCharsets.ISO_8859_1);
        }
    }

    /** Index of the first byte that starts no valid UTF-8 sequence. */
    private static int firstInvalid(byte[] bytes, int from, int to) {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, to - from);
        CharBuffer out = CharBuffer.allocate(to - from + 1);
        utf8.decode(in, out, true);
        return Math.min(in.position(), to - 1);
    }

    /** Reads one line of bytes at a time, so a live pipe is never read ahead of what was typed. */
    private static final class LineDecodingReader extends Reader {
        private final InputStream in;
        private final InvalidLine invalid;
        private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
        private String decoded = "";
        private int offset;
        private int lineNumber;
        private boolean ended;

        LineDecodingReader(InputStream in, InvalidLine invalid) {
            this.in = in;
            this.invalid = invalid;
        }

        @Override
        public int read(char[] buffer, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            while (offset >= decoded.length()) {
                if (ended || !nextLine()) {
                    return -1;
                }
            }
            int n = Math.min(len, decoded.length() - offset);
            decoded.getChars(offset, offset + n, buffer, off);
            offset += n;
            return n;
        }

        /** Decodes the next line (with its newline); false at the end of input. */
        private boolean nextLine() throws IOException {
            pending.reset();
            int b;
            while ((b = in.read()) >= 0 && b != '\n') {
                pending.write(b);
            }
            if (b < 0) {
                ended = true;
                if (pending.size() == 0) {
                    return false;
                }
            }
            byte[] bytes = pending.toByteArray();
            lineNumber++;
            decoded = decode(bytes, 0, bytes.length, lineNumber, invalid) + (b < 0 ? "" : "\n");
            offset = 0;
            return true;
        }

        /** Something to read without blocking: a decoded rest, or bytes already in the pipe. */
        @Override
        public boolean ready() throws IOException {
            return offset < decoded.length() || (!ended && in.available() > 0);
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
