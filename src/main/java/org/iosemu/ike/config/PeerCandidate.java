package org.iosemu.ike.config;

/** `set peer A.B.C.D [default]`. */
public record PeerCandidate(Ipv4 address, boolean isDefault) {
    public static PeerCandidate of(String address) {
        return new PeerCandidate(Ipv4.parse(address), false);
    }
}
