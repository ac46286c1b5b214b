package org.iosemu.config;

/** An interface address with its netmask. */
public record IpAddress(String address, String mask) {
    public IpAddress {
        address = Ipv4.canonical(address);
        mask = Ipv4.canonical(mask);
    }

    @Override
    public String toString() {
        return address + " " + mask;
    }
}
