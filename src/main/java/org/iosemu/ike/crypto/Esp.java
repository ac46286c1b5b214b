package org.iosemu.ike.crypto;

import java.util.Arrays;
import java.util.Optional;

/** ESP packet protection (RFC 4303) with CBC ciphers and truncated HMAC ICVs. */
public final class Esp {
    /** A decrypted ESP payload: the inner data and the next-header value from the trailer. */
    public record Opened(int spi, int sequence, byte[] payload, int nextHeader) {
    }

    private Esp() {
    }

    /** Builds SPI | seq | IV | E(payload | pad | padlen | next) | ICV. */
    public static byte[] seal(EspKeys keys, int spi, int sequence, byte[] iv, byte[] payload, int nextHeader) {
        int bs = keys.cipher().blockSize();
        int padLen = (bs - (payload.length + 2) % bs) % bs;
        byte[] plain = new byte[payload.length + padLen + 2];
        System.arraycopy(payload, 0, plain, 0, payload.length);
        for (int i = 0; i < padLen; i++) {
            plain[payload.length + i] = (byte) (i + 1); // RFC 4303 monotonic padding
        }
        plain[plain.length - 2] = (byte) padLen;
        plain[plain.length - 1] = (byte) nextHeader;
        byte[] body = Bytes.concat(Bytes.u32(spi), Bytes.u32(sequence), iv, keys.cipher().encrypt(keys.encryptionKey(), iv, plain));
        return Bytes.concat(body, keys.integrity().icv(keys.integrityKey(), body, 0, body.length));
    }

    /** Verifies the ICV and decrypts; empty if the packet is malformed or fails authentication. */
    public static Optional<Opened> open(EspKeys keys, byte[] packet) {
        return open(keys, packet, sequence -> true).opened();
    }

    /** Why an inbound ESP packet was refused (RFC 4303 section 3.4), in the order the checks run. */
    public enum Refusal {
        /** Too short, or a ciphertext that is not whole cipher blocks. */
        INVALID_LENGTH,
        /** The sequence number is 0, a duplicate, or behind the anti-replay window: rejected before the ICV. */
        REPLAYED,
        /** The ICV does not match: altered in transit, or not from the peer. */
        INTEGRITY,
        /** Decrypted, but the pad length points outside the payload. */
        INVALID_PADDING
    }

    /** What {@link #open(EspKeys, byte[], java.util.function.LongPredicate)} made of a packet: opened, or refused and why. */
    public record Opening(Optional<Opened> opened, Optional<Refusal> refusal) {
        static Opening refused(Refusal why) {
            return new Opening(Optional.empty(), Optional.of(why));
        }
    }

    /**
     * Opens {@code packet} as RFC 4303 orders the receiver's checks: length, then {@code fresh} (the anti-replay
     * window's verdict on the unsigned sequence number, taken before the ICV so a replay costs no HMAC), then the
     * ICV, then decryption and the pad length. The caller updates its window only once the packet opened.
     */
    public static Opening open(EspKeys keys, byte[] packet, java.util.function.LongPredicate fresh) {
        int bs = keys.cipher().blockSize();
        int icvLen = keys.integrity().icvLength();
        int cipherLen = packet.length - 8 - bs - icvLen;
        if (cipherLen < bs || cipherLen % bs != 0) {
            return Opening.refused(Refusal.INVALID_LENGTH);
        }
        if (!fresh.test(Bytes.u32(packet, 4) & 0xffffffffL)) {
            return Opening.refused(Refusal.REPLAYED);
        }
        byte[] icv = Arrays.copyOfRange(packet, packet.length - icvLen, packet.length);
        if (!Bytes.same(icv, keys.integrity().icv(keys.integrityKey(), packet, 0, packet.length - icvLen))) {
            return Opening.refused(Refusal.INTEGRITY);
        }
        byte[] iv = Arrays.copyOfRange(packet, 8, 8 + bs);
        byte[] plain = keys.cipher().decrypt(keys.encryptionKey(), iv, Arrays.copyOfRange(packet, 8 + bs, 8 + bs + cipherLen));
        int padLen = plain[plain.length - 2] & 0xff;
        int next = plain[plain.length - 1] & 0xff;
        if (padLen + 2 > plain.length) {
            return Opening.refused(Refusal.INVALID_PADDING);
        }
        byte[] payload = Arrays.copyOf(plain, plain.length - 2 - padLen);
        return new Opening(Optional.of(new Opened(Bytes.u32(packet, 0), Bytes.u32(packet, 4), payload, next)), Optional.empty());
    }
}
