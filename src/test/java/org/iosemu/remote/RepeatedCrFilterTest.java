package org.iosemu.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RepeatedCrFilterTest {

    private final ByteArrayOutputStream sent = new ByteArrayOutputStream();
    private final RepeatedCrFilter filter = new RepeatedCrFilter(sent);

    private String sent() {
        return sent.toString(StandardCharsets.US_ASCII);
    }

    @Test
    void crCrLfAfterAnAcceptedLineBecomesCrLf() throws IOException {
        filter.write("R1#show privilege\r\r\nCurrent privilege level is 15\r\n".getBytes(StandardCharsets.US_ASCII));
        assertEquals("R1#show privilege\r\nCurrent privilege level is 15\r\n", sent());
    }

    @Test
    void theSecondCrIsDroppedAcrossWritesAndByteByByte() throws IOException {
        filter.write("exit\r".getBytes(StandardCharsets.US_ASCII));
        filter.write('\r');
        filter.write('\n');
        filter.write('\r');
        filter.write("\r\rx".getBytes(StandardCharsets.US_ASCII));
        assertEquals("exit\r\n\rx", sent());
    }

    @Test
    void everythingElsePassesUnchanged() throws IOException {
        byte[] all = new byte[256];
        for (int i = 0; i < all.length; i++) {
            all[i] = (byte) i;
        }
        filter.write(all, 0, all.length);
        assertEquals(256, sent.size());
    }
}
