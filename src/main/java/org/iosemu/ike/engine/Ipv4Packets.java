package org.iosemu.ike.engine;

import org.iosemu.ike.config.Ipv4;

/** Rebuilds an IPv4 header around a transport-mode ESP payload. */
final class Ipv4Packets {
    private Ipv4Packets() {
    }

    static byte[] build(Ipv4 src, Ipv4 dst, int protocol, byte[] payload) {
        byte[] p = new byte[20 + payload.length];
        p[0] = 0x45;
        p[2] = (byte) (p.length >>> 8);
        p[3] = (byte) p.length;
        p[8] = 64;
        p[9] = (byte) protocol;
        System.arraycopy(src.toBytes(), 0, p, 12, 4);
        System.arraycopy(dst.toBytes(), 0, p, 16, 4);
        int sum = 0;
        for (int i = 0; i < 20; i += 2) {
            sum += ((p[i] & 0xff) << 8) | (p[i + 1] & 0xff);
        }
        sum = (sum & 0xffff) + (sum >>> 16);
        sum = (sum & 0xffff) + (sum >>> 16);
        p[10] = (byte) (~sum >>> 8);
        p[11] = (byte) ~sum;
        System.arraycopy(payload, 0, p, 20, payload.length);
        return p;
    }
}
