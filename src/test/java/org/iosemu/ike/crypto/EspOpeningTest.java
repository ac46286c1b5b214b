package org.iosemu.ike.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Why ESP refuses a packet, checked in RFC 4303's order: length, anti-replay, ICV, padding. */
class EspOpeningTest {

    private static final EspKeys KEYS = keys();

    private static EspKeys keys() {
        byte[] key = new byte[CipherAlgorithm.AES128.keyLength() + IntegrityAlgorithm.HMAC_SHA1_96.keyLength()];
        Arrays.fill(key, (byte) 0x33);
        return EspKeys.fromKeymat(CipherAlgorithm.AES128, IntegrityAlgorithm.HMAC_SHA1_96, key);
    }

    private static Optional<Esp.Refusal> refusal(byte[] packet, boolean fresh) {
        return Esp.open(KEYS, packet, sequence -> fresh).refusal();
    }

    @Test
    void eachCheckRefusesForItsOwnReason() {
        byte[] packet = Esp.seal(KEYS, 0x100, 7, new byte[16], new byte[40], 4);
        assertTrue(Esp.open(KEYS, packet, s -> s == 7).opened().isPresent());
        assertEquals(Optional.of(Esp.Refusal.INVALID_LENGTH), refusal(Arrays.copyOf(packet, packet.length - 1), true));
        assertEquals(Optional.of(Esp.Refusal.REPLAYED), refusal(packet, false));
        byte[] altered = packet.clone();
        altered[30] ^= 1;
        assertEquals(Optional.of(Esp.Refusal.INTEGRITY), refusal(altered, true));
        assertEquals(Optional.of(Esp.Refusal.REPLAYED), refusal(altered, false), "the window is asked before the ICV");
    }

    @Test
    void aPadLengthBeyondThePayloadIsInvalidPadding() {
        // one block whose pad-length byte (255) points far outside it, properly encrypted and authenticated
        byte[] plain = new byte[16];
        plain[14] = (byte) 255;
        plain[15] = 4;
        byte[] iv = new byte[16];
        byte[] body = Bytes.concat(Bytes.u32(0x100), Bytes.u32(1), iv,
                KEYS.cipher().encrypt(KEYS.encryptionKey(), iv, plain));
        byte[] packet = Bytes.concat(body, KEYS.integrity().icv(KEYS.integrityKey(), body, 0, body.length));
        assertEquals(Optional.of(Esp.Refusal.INVALID_PADDING), refusal(packet, true));
    }
}
