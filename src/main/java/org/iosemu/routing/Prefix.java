package org.iosemu.routing;

/** An IPv4 network and its prefix length, the network bits kept with the host bits cleared. */
public record Prefix(int network, int length) implements Comparable<Prefix> {

    public Prefix {
        if (length < 0 || length > 32) {
            throw new IllegalArgumentException("prefix length " + length);
        }
        network &= mask(length);
    }

    /** The prefix of an address and its dotted netmask, as an interface address or `ip route` gives them. */
    public static Prefix of(String address, String netmask) {
        return new Prefix(bits(address), Integer.bitCount(bits(netmask)));
    }

    public static int mask(int length) {
        return length == 0 ? 0 : -1 << (32 - length);
    }

    public static int bits(String dotted) {
        String[] parts = dotted.split("\\.");
        int v = 0;
        for (String p : parts) {
            v = (v << 8) | Integer.parseInt(p);
        }
        return v;
    }

    public static String dotted(int bits) {
        return (bits >>> 24) + "." + ((bits >>> 16) & 0xff) + "." + ((bits >>> 8) & 0xff) + "." + (bits & 0xff);
    }

    public boolean contains(int address) {
        return (address & mask(length)) == network;
    }

    /** The class A/B/C network this prefix lies in, as IOS groups `show ip route` by it (class D/E: /32). */
    public Prefix classful() {
        int first = network >>> 24;
        int classLength = first < 128 ? 8 : first < 192 ? 16 : first < 224 ? 24 : 32;
        return new Prefix(network, classLength);
    }

    public String address() {
        return dotted(network);
    }

    @Override
    public int compareTo(Prefix other) {
        int byAddress = Integer.compareUnsigned(network, other.network);
        return byAddress != 0 ? byAddress : Integer.compare(length, other.length);
    }

    @Override
    public String toString() {
        return address() + "/" + length;
    }
}
