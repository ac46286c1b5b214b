package org.iosemu.ike.codec;

import java.util.Arrays;

/** Bounds-checked big-endian cursor over a slice of a byte array; every overrun becomes a DecodeException. */
final class Reader {
    private final byte[] data;
    private int pos;
    private final int end;

    Reader(byte[] data, int offset, int end) {
        this.data = data;
        this.pos = offset;
        this.end = end;
    }

    int remaining() {
        return end - pos;
    }

    int position() {
        return pos;
    }

    private void need(int n, String what) throws DecodeException {
        if (n < 0 || n > end - pos) {
            throw new DecodeException(DecodeException.Reason.TRUNCATED, what + " needs " + n + " bytes, " + (end - pos) + " left");
        }
    }

    int u8(String what) throws DecodeException {
        need(1, what);
        return data[pos++] & 0xff;
    }

    int u16(String what) throws DecodeException {
        need(2, what);
        int v = ((data[pos] & 0xff) << 8) | (data[pos + 1] & 0xff);
        pos += 2;
        return v;
    }

    int u32(String what) throws DecodeException {
        need(4, what);
        int v = ((data[pos] & 0xff) << 24) | ((data[pos + 1] & 0xff) << 16) | ((data[pos + 2] & 0xff) << 8) | (data[pos + 3] & 0xff);
        pos += 4;
        return v;
    }

    byte[] bytes(int n, String what) throws DecodeException {
        need(n, what);
        byte[] out = Arrays.copyOfRange(data, pos, pos + n);
        pos += n;
        return out;
    }

    /** A sub-reader over the next n bytes; this reader skips past them. */
    Reader slice(int n, String what) throws DecodeException {
        need(n, what);
        Reader r = new Reader(data, pos, pos + n);
        pos += n;
        return r;
    }
}
