package org.iosemu.ike.codec;

import java.util.List;

/**
 * Decoded payloads plus their exact wire bytes (generic header included), which the IKE hashes are
 * computed over — re-encoding could differ from what the peer sent.
 */
public record PayloadChain(List<Payload> payloads, List<byte[]> raw) {
    public PayloadChain {
        payloads = List.copyOf(payloads);
        raw = List.copyOf(raw);
    }

    public <T extends Payload> java.util.Optional<T> first(Class<T> kind) {
        return payloads.stream().filter(kind::isInstance).map(kind::cast).findFirst();
    }

    public <T extends Payload> List<T> all(Class<T> kind) {
        return payloads.stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    public int indexOf(Payload p) {
        for (int i = 0; i < payloads.size(); i++) {
            if (payloads.get(i) == p) {
                return i;
            }
        }
        return -1;
    }

    /** Payload body without its 4-byte generic header (SAi_b, IDii_b in RFC 2409). */
    public byte[] body(Payload p) {
        byte[] r = raw.get(indexOf(p));
        return java.util.Arrays.copyOfRange(r, 4, r.length);
    }

    /** Concatenated wire bytes of payloads from index {@code from} to the end. */
    public byte[] rawFrom(int from) {
        int n = 0;
        for (int i = from; i < raw.size(); i++) {
            n += raw.get(i).length;
        }
        byte[] out = new byte[n];
        int at = 0;
        for (int i = from; i < raw.size(); i++) {
            System.arraycopy(raw.get(i), 0, out, at, raw.get(i).length);
            at += raw.get(i).length;
        }
        return out;
    }
}
