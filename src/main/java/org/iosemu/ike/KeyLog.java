package org.iosemu.ike;

import java.util.List;
import org.iosemu.ike.config.Ipv4;

/**
 * The secrets of the live SAs, for learners who want Wireshark to decrypt a capture: IKEv1 entries are the
 * initiator cookie and the encryption key Ka, ESP entries one direction of an SA each.
 */
public record KeyLog(List<IkeKey> ike, List<EspKey> esp) {
    public KeyLog {
        ike = List.copyOf(ike);
        esp = List.copyOf(esp);
    }

    public record IkeKey(byte[] initiatorCookie, byte[] encryptionKey) {
    }

    /** cipher/integrity are the Wireshark ESP SA table names, e.g. "TripleDES-CBC [RFC2451]". */
    public record EspKey(Ipv4 src, Ipv4 dst, int spi, String cipher, byte[] encryptionKey, String integrity, byte[] integrityKey) {
    }
}
