package org.iosemu.ike.codec;


/** Big-endian byte sink with back-patching of 16-bit length fields. */
final class Writer {
    private byte[] buf = new byte[256];
    private int len;

    private void ensure(int n) {
        if (len + n > buf.length) {
            buf = java.util.Arrays.copyOf(buf, Math.max(buf.length * 2, len + n));
        }
    }

    Writer u8(int v) {
        ensure(1);
        buf[len++] = (byte) v;
        return this;
    }

    Writer u16(int v) {
        ensure(2);
        buf[len++] = (byte) (v >>> 8);
        buf[len++] = (byte) v;
        return this;
    }

    Writer u32(int v) {
        ensure(4);
        for (int s = 24; s >= 0; s -= 8) {
            buf[len++] = (byte) (v >>> s);
        }
        return this;
    }

    Writer bytes(byte[] b) {
        ensure(b.length);
        System.arraycopy(b, 0, buf, len, b.length);
        len += b.length;
        return this;
    }

    int size() {
        return len;
    }

    void patchU16(int at, int v) {
        buf[at] = (byte) (v >>> 8);
        buf[at + 1] = (byte) v;
    }

    byte[] toBytes() {
        return java.util.Arrays.copyOf(buf, len);
    }

}
