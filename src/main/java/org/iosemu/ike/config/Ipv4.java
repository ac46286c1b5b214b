package org.iosemu.ike.config;

/** An IPv4 address as a 32-bit value. */
public record Ipv4(int bits) implements Comparable<Ipv4> {
    public static final Ipv4 ANY = new Ipv4(0);

    public static Ipv4 parse(String dotted) {
        String[] p = dotted.trim().split("\\.");
        if (p.length != 4) {
            throw new IllegalArgumentException("not an IPv4 address: " + dotted);
        }
        int v = 0;
        for (String s : p) {
            int o = Integer.parseInt(s);
            if (o < 0 || o > 255) {
                throw new IllegalArgumentException("not an IPv4 address: " + dotted);
            }
            v = (v << 8) | o;
        }
        return new Ipv4(v);
    }

    public static Ipv4 of(byte[] b, int off) {
        return new Ipv4(((b[off] & 0xff) << 24) | ((b[off + 1] & 0xff) << 16) | ((b[off + 2] & 0xff) << 8) | (b[off + 3] & 0xff));
    }

    public byte[] toBytes() {
        return new byte[] {(byte) (bits >>> 24), (byte) (bits >>> 16), (byte) (bits >>> 8), (byte) bits};
    }

    public boolean inSubnet(Ipv4 network, Ipv4 mask) {
        return (bits & mask.bits) == (network.bits & mask.bits);
    }

    /** Number of leading one bits of a mask. */
    public int prefixLength() {
        return Integer.bitCount(bits);
    }

    @Override
    public int compareTo(Ipv4 o) {
        return Integer.compareUnsigned(bits, o.bits);
    }

    @Override
    public String toString() {
        return ((bits >>> 24) & 0xff) + "." + ((bits >>> 16) & 0xff) + "." + ((bits >>> 8) & 0xff) + "." + (bits & 0xff);
    }
}
