package org.iosemu.remote.telnet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jline.terminal.Size;
import org.junit.jupiter.api.Test;

class TelnetInputTest {

    private final List<byte[]> protocolOut = new ArrayList<>();
    private final List<Size> sizes = new ArrayList<>();

    private byte[] decode(int chunk, int... raw) throws IOException {
        byte[] bytes = new byte[raw.length];
        for (int i = 0; i < raw.length; i++) {
            bytes[i] = (byte) raw[i];
        }
        TelnetOptions options = new TelnetOptions(protocolOut::add, Set.of(1, 3), Set.of(31));
        TelnetInput input = new TelnetInput(new ByteArrayInputStream(bytes), options, protocolOut::add, sizes::add);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[chunk];
        int n;
        while ((n = input.read(buffer, 0, chunk)) >= 0) {
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    @Test
    void escapedIacIsOneDataByteAndCommandsBecomeKeys() throws IOException {
        // a IAC IAC b IAC IP IAC EC IAC EL IAC NOP c
        assertArrayEquals(new byte[] {'a', (byte) 0xff, 'b', 0x03, 0x7f, 0x15, 'c'},
                decode(64, 'a', 255, 255, 'b', 255, 244, 255, 247, 255, 248, 255, 241, 'c'));
    }

    @Test
    void sequencesSplitAcrossReadsAreDecoded() throws IOException {
        assertArrayEquals(new byte[] {'x', (byte) 0xff, 'y'},
                decode(1, 'x', 255, 250, 31, 0, 100, 0, 50, 255, 240, 255, 255, 'y'));
        assertEquals(List.of(new Size(100, 50)), sizes);
    }

    @Test
    void areYouThereIsAnswered() throws IOException {
        decode(16, 255, 246);
        assertEquals("\r\n[Yes]\r\n", new String(protocolOut.get(0), java.nio.charset.StandardCharsets.US_ASCII));
    }

    @Test
    void overlongOrUnterminatedSubnegotiationsAreDropped() throws IOException {
        int[] raw = new int[1000 + 6];
        raw[0] = 255;
        raw[1] = 250;
        raw[2] = 31;
        for (int i = 3; i < 1003; i++) {
            raw[i] = 7;
        }
        raw[1003] = 255;
        raw[1004] = 240;
        raw[1005] = 'z';
        assertArrayEquals(new byte[] {'z'}, decode(64, raw));
        assertEquals(List.of(), sizes);
        // IAC inside SB followed by something other than SE or IAC: resynchronise on that command
        assertArrayEquals(new byte[] {'q'}, decode(64, 255, 250, 31, 1, 255, 241, 'q'));
    }
}
