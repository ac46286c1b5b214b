package org.iosemu.net;

/** An IPv4 address as an unsigned 32-bit value; the one address type shared by network, lab and engine adapters. */
public record Ipv4Address(int bits) implements Comparable<Ipv4Address> {

    public static final Ipv4Address ANY = new Ipv4Address(0);

    /** Parses dotted-quad text; throws IllegalArgumentException for anything else. */
    public static Ipv4Address parse(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            throw new IllegalArgumentException("not an IPv4 address: " + text);
        }
        int bits = 0;
        for (String part : parts) {
            if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(Character::isDigit)) {
                throw new IllegalArgumentException("not an IPv4 address: " + text);
            }
            int octet = Integer.parseInt(part);
            if (octet > 255) {
                throw new IllegalArgumentException("not an IPv4 address: " + text);
            }
            bits = (bits << 8) | octet;
        }
        return new Ipv4Address(bits);
    }

    public static Ipv4Address fromBytes(byte[] bytes, int offset) {
        return new Ipv4Address(((bytes[offset] & 0xff) << 24) | ((bytes[offset + 1] & 0xff) << 16)
                | ((bytes[offset + 2] & 0xff) << 8) | (bytes[offset + 3] & 0xff));
    }

    public byte[] toBytes() {
        return new byte[] {(byte) (bits >>> 24), (byte) (bits >>> 16), (byte) (bits >>> 8), (byte) bits};
    }

    /** True when this address and {@code other} share the network of {@code mask}. */
    public boolean sameNetwork(Ipv4Address other, Ipv4Address mask) {
        return (bits & mask.bits) == (other.bits & mask.bits);
    }

    @Override
    public int compareTo(Ipv4Address o) {
        return Integer.compareUnsigned(bits, o.bits);
    }

    @Override
    public String toString() {
        return (bits >>> 24) + "." + ((bits >>> 16) & 0xff) + "." + ((bits >>> 8) & 0xff) + "." + (bits & 0xff);
    }
}
