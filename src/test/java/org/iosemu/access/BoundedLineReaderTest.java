package org.iosemu.access;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import org.jline.utils.NonBlocking;
import org.jline.utils.NonBlockingReader;
import org.junit.jupiter.api.Test;

class BoundedLineReaderTest {

    private static String readAll(String input, int max) throws IOException {
        NonBlockingReader reader = new BoundedLineReader(NonBlocking.nonBlocking("test", new StringReader(input)), max);
        StringBuilder out = new StringBuilder();
        for (int c = reader.read(100); c >= 0; c = reader.read(100)) {
            out.append((char) c);
        }
        return out.toString();
    }

    @Test
    void charactersBeyondTheLimitAreDroppedUntilTheNextLineEnd() throws IOException {
        assertEquals("abcd\rxy\nabcd", readAll("abcdefgh\rxy\nabcdef", 4));
    }

    @Test
    void peekSkipsDroppedCharacters() throws IOException {
        NonBlockingReader reader = new BoundedLineReader(NonBlocking.nonBlocking("t", new StringReader("abZZ\r")), 2);
        assertEquals('a', reader.read(100));
        assertEquals('b', reader.peek(100));
        assertEquals('b', reader.read(100));
        assertEquals('\r', reader.peek(100));
        assertEquals('\r', reader.read(100));
    }

    @Test
    void bufferedReadsAreBoundedToo() throws IOException {
        NonBlockingReader reader = new BoundedLineReader(
                NonBlocking.nonBlocking("t", new StringReader("x".repeat(100) + "\r")), 10);
        char[] buffer = new char[256];
        StringBuilder got = new StringBuilder();
        for (int n = reader.readBuffered(buffer, 0, buffer.length, 100); n > 0;
                n = reader.readBuffered(buffer, 0, buffer.length, 100)) {
            got.append(buffer, 0, n);
        }
        assertEquals("x".repeat(10) + "\r", got.toString());
    }
}
