package org.iosemu.remote.telnet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.iosemu.remote.OutputQueue;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TelnetDataOutputTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "a\\nb|a\\r\\nb",
        "a\\r\\nb|a\\r\\nb",
        "a\\rb|a\\r\\0b",
        "end\\r|end\\r\\0",
        "\\u00ff|\\u00ff\\u00ff",
        "x\\n\\n|x\\r\\n\\r\\n",
    })
    void encodesForTheNetworkVirtualTerminal(String input, String expected) throws Exception {
        assertEquals(unescape(expected), encode(unescape(input), false));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"a\\r\\nb|a\\r\\nb", "a\\rb|a\\r\\0b"})
    void aCrSplitFromItsLfByWritesStillMakesOneLineEnd(String input, String expected) throws Exception {
        assertEquals(unescape(expected), encode(unescape(input), true));
    }

    private static String encode(String text, boolean byteByByte) throws IOException, InterruptedException {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        try (OutputQueue queue = new OutputQueue(sink, 4096, Duration.ofSeconds(5), "test", null)) {
            TelnetDataOutput out = new TelnetDataOutput(queue);
            byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
            if (byteByByte) {
                for (byte b : bytes) {
                    out.write(b);
                }
            } else {
                out.write(bytes);
            }
            out.flush();
            queue.drainFully(Duration.ofSeconds(5));
        }
        synchronized (sink) {
            return sink.toString(StandardCharsets.ISO_8859_1);
        }
    }

    private static String unescape(String s) {
        return s.replace("\\r", "\r").replace("\\n", "\n").replace("\\0", "\0").replace("\\u00ff", "\u00ff");
    }
}
