package org.iosemu.capture;

import java.nio.ByteBuffer;

/**
 * Real Ethernet II / IPv4 / UDP framing of a captured packet, with valid IP and UDP checksums, so Wireshark
 * dissects ISAKMP (UDP 500, 4500 with the non-ESP marker) and ESP (protocol 50 or UDP 4500) as on a wire.
 * MAC addresses are locally administered and derived from the IPv4 addresses.
 */
final class EthernetFrames {
    private static final int ETHERTYPE_IPV4 = 0x0800;

    private EthernetFrames() {
    }

    static byte[] frame(CapturedPacket p, int identification) {
        byte[] ip = ipv4(p, identification);
        ByteBuffer b = ByteBuffer.allocate(14 + ip.length);
        b.put(mac(p.dst().toBytes()));
        b.put(mac(p.src().toBytes()));
        b.putShort((short) ETHERTYPE_IPV4);
        b.put(ip);
        return b.array();
    }

    private static byte[] mac(byte[] ip) {
        return new byte[] {0x02, 0x00, ip[0], ip[1], ip[2], ip[3]};
    }

    private static byte[] ipv4(CapturedPacket p, int identification) {
        int len = p.ipLength();
        ByteBuffer b = ByteBuffer.allocate(len);
        b.put((byte) 0x45).put((byte) 0).putShort((short) len).putShort((short) identification).putShort((short) 0x4000); // DF
        b.put((byte) 64).put((byte) p.protocol()).putShort((short) 0);
        b.put(p.src().toBytes()).put(p.dst().toBytes());
        byte[] out = b.array();
        int sum = checksum(out, 0, 20, 0);
        out[10] = (byte) (sum >>> 8);
        out[11] = (byte) sum;
        if (p.protocol() == CapturedPacket.UDP) {
            int udpLen = 8 + p.payload().length;
            ByteBuffer u = ByteBuffer.wrap(out, 20, udpLen);
            u.putShort((short) p.srcPort()).putShort((short) p.dstPort()).putShort((short) udpLen).putShort((short) 0).put(p.payload());
            int pseudo = sum16(p.src().toBytes()) + sum16(p.dst().toBytes()) + CapturedPacket.UDP + udpLen;
            int c = checksum(out, 20, udpLen, pseudo);
            if (c == 0) {
                c = 0xffff; // 0 means "no checksum" in UDP
            }
            out[26] = (byte) (c >>> 8);
            out[27] = (byte) c;
        } else {
            System.arraycopy(p.payload(), 0, out, 20, p.payload().length);
        }
        return out;
    }

    private static int sum16(byte[] b) {
        int s = 0;
        for (int i = 0; i + 1 < b.length; i += 2) {
            s += ((b[i] & 0xff) << 8) | (b[i + 1] & 0xff);
        }
        return s;
    }

    /** One's complement checksum of data[off, off+len) plus an initial sum (pseudo header). */
    static int checksum(byte[] data, int off, int len, int initial) {
        long s = initial;
        for (int i = 0; i < len; i += 2) {
            int hi = data[off + i] & 0xff;
            int lo = i + 1 < len ? data[off + i + 1] & 0xff : 0;
            s += (hi << 8) | lo;
        }
        while ((s >>> 16) != 0) {
            s = (s & 0xffff) + (s >>> 16);
        }
        return (int) (~s & 0xffff);
    }
}
