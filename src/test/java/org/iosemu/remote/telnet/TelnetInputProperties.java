package org.iosemu.remote.telnet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class TelnetInputProperties {

    @Property(tries = 300)
    void dataWithEscapedIacComesBackUnchanged(@ForAll byte[] data, @ForAll @IntRange(min = 1, max = 64) int chunk)
            throws IOException {
        ByteArrayOutputStream escaped = new ByteArrayOutputStream();
        for (byte b : data) {
            escaped.write(b);
            if ((b & 0xff) == TelnetCodes.IAC) {
                escaped.write(b);
            }
        }
        assertArrayEquals(data, decode(escaped.toByteArray(), chunk));
    }

    @Property(tries = 300)
    void arbitraryBytesNeverThrow(@ForAll byte[] garbage, @ForAll @IntRange(min = 1, max = 64) int chunk)
            throws IOException {
        decode(garbage, chunk);
    }

    private static byte[] decode(byte[] raw, int chunk) throws IOException {
        TelnetOptions options = new TelnetOptions(bytes -> { }, Set.of(1, 3), Set.of(31));
        TelnetInput input = new TelnetInput(new ByteArrayInputStream(raw), options, bytes -> { }, size -> { });
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[chunk];
        int n;
        while ((n = input.read(buffer, 0, chunk)) >= 0) {
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }
}
