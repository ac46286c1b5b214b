package org.iosemu.ike.config;

/** `set peer A.B.C.D [default]`. */
public record MapPeer(Ipv4 address, boolean isDefault) {
    public static MapPeer of(String address) {
        return new MapPeer(Ipv4.parse(address), false);
    }
}
