package org.iosemu.ike.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.iosemu.ike.Pcap;
import org.iosemu.ike.codec.IsakmpCodec;
import org.iosemu.ike.codec.Payload;
import org.junit.jupiter.api.Test;

/**
 * RFC 2409 derivations checked against an independent oracle (the JDK's own HMAC, written straight from the
 * RFC text) using the real nonces, cookies and KE values of a strongSwan capture. The capture's logs do not
 * contain the DH secret, so g^xy here is a fixed stand-in; the phase-1 IV and Ka usage are checked against
 * the capture by ReferenceDecryptionTest.
 */
class KeyDerivationTest {

    private static byte[] jdkPrf(String alg, byte[] key, byte[]... parts) throws Exception {
        Mac mac = Mac.getInstance(alg);
        mac.init(new SecretKeySpec(key, alg));
        for (byte[] p : parts) {
            mac.update(p);
        }
        return mac.doFinal();
    }

    private static byte[] cat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    @Test
    void phase1KeysFromCaptureValuesMatchTheRfcFormulas() throws Exception {
        List<Pcap.Packet> ike = Pcap.read("D-backend-none-udp500-no-natt.pcap").stream().filter(Pcap.Packet::isakmp).toList();
        var mm3 = IsakmpCodec.decode(ike.get(2).data());
        var mm4 = IsakmpCodec.decode(ike.get(3).data());
        byte[] ni = mm3.chain().first(Payload.Nonce.class).orElseThrow().data();
        byte[] nr = mm4.chain().first(Payload.Nonce.class).orElseThrow().data();
        byte[] gxi = mm3.chain().first(Payload.KeyExchange.class).orElseThrow().data();
        byte[] gxr = mm4.chain().first(Payload.KeyExchange.class).orElseThrow().data();
        byte[] ckyI = mm3.header().initiatorCookie();
        byte[] ckyR = mm3.header().responderCookie();
        byte[] psk = "kd94j1ksldz".getBytes();
        byte[] gxy = Bytes.leftPad(new BigInteger(1, gxi).multiply(new BigInteger(1, gxr)).mod(DhGroup.GROUP2.prime()), 128);

        Phase1Keys k = new Ikev1Crypto(HashAlgorithm.SHA1, CipherAlgorithm.TRIPLE_DES).derivePhase1(psk, ni, nr, gxy, ckyI, ckyR, gxi, gxr);
        byte[] skeyid = jdkPrf("HmacSHA1", psk, ni, nr);
        byte[] d = jdkPrf("HmacSHA1", skeyid, gxy, ckyI, ckyR, new byte[] {0});
        byte[] a = jdkPrf("HmacSHA1", skeyid, d, gxy, ckyI, ckyR, new byte[] {1});
        byte[] e = jdkPrf("HmacSHA1", skeyid, a, gxy, ckyI, ckyR, new byte[] {2});
        assertArrayEquals(skeyid, k.skeyid());
        assertArrayEquals(d, k.skeyidD());
        assertArrayEquals(a, k.skeyidA());
        assertArrayEquals(e, k.skeyidE());
        // 3DES needs 24 bytes but SHA-1 gives 20: Ka = K1 | K2 with K1 = prf(SKEYID_e, 0), K2 = prf(SKEYID_e, K1)
        byte[] k1 = jdkPrf("HmacSHA1", e, new byte[] {0});
        byte[] k2 = jdkPrf("HmacSHA1", e, k1);
        assertArrayEquals(Arrays.copyOf(cat(k1, k2), 24), k.encryptionKey());
        assertArrayEquals(Arrays.copyOf(java.security.MessageDigest.getInstance("SHA-1").digest(cat(gxi, gxr)), 8), k.initialIv());
    }

    @Test
    void aesWithSha256NeedsNoExpansionAndHashesFollowRfc() throws Exception {
        Ikev1Crypto c = new Ikev1Crypto(HashAlgorithm.SHA256, CipherAlgorithm.AES256);
        byte[] e = new byte[32];
        Arrays.fill(e, (byte) 7);
        assertArrayEquals(e, c.encryptionKey(e));
        byte[] skeyid = "skeyid".getBytes();
        byte[] gxi = {1, 2}, gxr = {3, 4}, ci = {5}, cr = {6}, sai = {7, 7}, idi = {8}, idr = {9};
        assertArrayEquals(jdkPrf("HmacSHA256", skeyid, gxi, gxr, ci, cr, sai, idi), c.hashI(skeyid, gxi, gxr, ci, cr, sai, idi));
        assertArrayEquals(jdkPrf("HmacSHA256", skeyid, gxr, gxi, cr, ci, sai, idr), c.hashR(skeyid, gxi, gxr, ci, cr, sai, idr));
        byte[] skeyidA = "a".getBytes();
        int mid = -889293300;
        byte[] m = java.nio.ByteBuffer.allocate(4).putInt(mid).array();
        assertArrayEquals(m, Bytes.u32(mid), "M-ID goes on the wire big-endian");
        assertArrayEquals(jdkPrf("HmacSHA256", skeyidA, m, idi), c.hash1(skeyidA, mid, idi));
        assertArrayEquals(jdkPrf("HmacSHA256", skeyidA, m, gxi, idi), c.hash2(skeyidA, mid, gxi, idi));
        assertArrayEquals(jdkPrf("HmacSHA256", skeyidA, new byte[] {0}, m, gxi, gxr), c.hash3(skeyidA, mid, gxi, gxr));
    }

    @Test
    void keymatExpandsByFeedback() throws Exception {
        Ikev1Crypto c = new Ikev1Crypto(HashAlgorithm.MD5, CipherAlgorithm.AES256);
        byte[] d = "skeyid_d".getBytes();
        byte[] spi = {0x12, 0x34, 0x56, 0x78};
        byte[] ni = {1, 1, 1}, nr = {2, 2, 2}, pfs = {9, 9};
        byte[] seed = cat(pfs, new byte[] {3}, spi, ni, nr);
        byte[] k1 = jdkPrf("HmacMD5", d, seed);
        byte[] k2 = jdkPrf("HmacMD5", d, k1, seed);
        byte[] k3 = jdkPrf("HmacMD5", d, k2, seed);
        // esp-aes 256 + esp-md5-hmac needs 32 + 16 bytes: three MD5 blocks
        byte[] km = c.keymat(d, pfs, 3, spi, ni, nr, 48);
        assertArrayEquals(cat(k1, k2, k3), km);
        EspKeys keys = EspKeys.fromKeymat(CipherAlgorithm.AES256, IntegrityAlgorithm.HMAC_MD5_96, km);
        assertArrayEquals(Arrays.copyOf(km, 32), keys.encryptionKey());
        assertArrayEquals(Arrays.copyOfRange(km, 32, 48), keys.integrityKey());
    }

    @Test
    void diffieHellmanAgreesForAllGroups() {
        for (DhGroup g : DhGroup.values()) {
            DhKeyPair x = DhKeyPair.generate(g, new byte[] {1, 2, 3, (byte) g.number()});
            DhKeyPair y = DhKeyPair.generate(g, new byte[] {4, 5, 6, (byte) g.number()});
            assertEquals(g.length(), x.publicValue().length);
            assertArrayEquals(x.sharedSecret(y.publicValue()).orElseThrow(), y.sharedSecret(x.publicValue()).orElseThrow());
            assertEquals(true, x.sharedSecret(new byte[g.length()]).isEmpty(), "0 is not a valid public value");
        }
    }

    @Test
    void privateExponentsAreShortAndExactlyTheirLength() {
        for (DhGroup g : DhGroup.values()) {
            byte[] ones = new byte[g.length()];
            Arrays.fill(ones, (byte) 0xff);
            for (byte[] r : List.of(new byte[g.length()], ones, new byte[] {7})) {
                DhKeyPair k = DhKeyPair.generate(g, r);
                assertEquals(g.exponentBits(), k.privateValue().bitLength(), "group " + g.number());
                assertEquals(g.generator().modPow(k.privateValue(), g.prime()), new java.math.BigInteger(1, k.publicValue()));
            }
        }
    }

    @Test
    void espRoundTripForEveryCipherAndIntegrity() {
        for (CipherAlgorithm c : CipherAlgorithm.values()) {
            for (IntegrityAlgorithm i : IntegrityAlgorithm.values()) {
                byte[] key = new byte[c.keyLength() + i.keyLength()];
                Arrays.fill(key, (byte) 0x5a);
                EspKeys k = EspKeys.fromKeymat(c, i, key);
                byte[] payload = new byte[37];
                byte[] packet = Esp.seal(k, 0x1000, 1, new byte[c.blockSize()], payload, 4);
                assertEquals(0, (packet.length - 8 - c.blockSize() - i.icvLength()) % c.blockSize());
                Esp.Opened o = Esp.open(k, packet).orElseThrow();
                assertArrayEquals(payload, o.payload());
                packet[packet.length - 1] ^= 1;
                assertEquals(true, Esp.open(k, packet).isEmpty());
            }
        }
    }
}
