package org.iosemu.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LineEndNormalizerTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "a\\r\\nb|a\\rb",
        "a\\r\\0b|a\\rb",
        "a\\rb|a\\rb",
        "a\\nb|a\\nb",
        "a\\r\\r\\nb|a\\r\\rb",
        "a\\n\\nb|a\\n\\nb",
        "\\r\\n\\r\\n|\\r\\r",
        "a\\n\\rb|a\\n\\rb",
    })
    void everyEnterBecomesOneByte(String input, String expected) throws IOException {
        assertEquals(unescape(expected), readAll(new LineEndNormalizer(stream(unescape(input))), 64));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"x\\r\\ny\\r\\nz|x\\ry\\rz", "\\r\\0\\r\\n|\\r\\r"})
    void theSecondByteIsDroppedEvenWhenItArrivesInTheNextRead(String input, String expected) throws IOException {
        // one byte per read() call: the CR and its LF never share a buffer
        assertEquals(unescape(expected), readAll(new LineEndNormalizer(stream(unescape(input))), 1));
    }

    private static InputStream stream(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static String readAll(InputStream in, int chunk) throws IOException {
        StringBuilder out = new StringBuilder();
        byte[] buffer = new byte[chunk];
        int n;
        while ((n = in.read(buffer, 0, chunk)) >= 0) {
            out.append(new String(buffer, 0, n, StandardCharsets.ISO_8859_1));
        }
        return out.toString();
    }

    static String unescape(String s) {
        return s.replace("\\r", "\r").replace("\\n", "\n").replace("\\0", "\0");
    }
}
