package org.iosemu.remote;

import java.io.IOException;
import java.io.InputStream;

/** `InputStream.read()` for filters that only implement the array form (which may return 0 bytes). */
public final class SingleByteRead {

    private SingleByteRead() {}

    public static int from(InputStream stream) throws IOException {
        byte[] one = new byte[1];
        int n;
        do {
            n = stream.read(one, 0, 1);
        } while (n == 0);
        return n < 0 ? -1 : one[0] & 0xff;
    }
}
