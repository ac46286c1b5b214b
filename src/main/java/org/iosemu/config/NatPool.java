package org.iosemu.config;

/** `ip nat pool NAME START END netmask M | prefix-length N`: the form typed is the form shown. */
public record NatPool(String name, String start, String end, String netmask, boolean typedAsPrefixLength) {

    public String render() {
        return "ip nat pool " + name + " " + start + " " + end + " "
                + (typedAsPrefixLength ? "prefix-length " + prefixLength() : "netmask " + netmask);
    }

    public int prefixLength() {
        return Long.bitCount(Ipv4.toLong(netmask));
    }

    /** Addresses in the pool, start to end inclusive. */
    public long size() {
        return Math.max(0, Ipv4.toLong(end) - Ipv4.toLong(start) + 1);
    }
}
