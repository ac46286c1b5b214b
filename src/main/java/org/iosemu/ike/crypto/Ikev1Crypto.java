package org.iosemu.ike.crypto;

import java.util.Arrays;

/**
 * IKEv1 derivations for pre-shared-key authentication (RFC 2409 sections 5, 5.5, 5.7 and appendix B).
 * Stateless: every method is a pure function of its inputs.
 */
public record Ikev1Crypto(HashAlgorithm prf, CipherAlgorithm cipher) {

    public Phase1Keys derivePhase1(byte[] psk, byte[] nonceI, byte[] nonceR, byte[] gxy, byte[] ckyI, byte[] ckyR, byte[] gxi, byte[] gxr) {
        byte[] skeyid = prf.prf(psk, nonceI, nonceR);
        KeyedPrf bySkeyid = prf.keyed(skeyid);
        byte[] d = bySkeyid.apply(gxy, ckyI, ckyR, new byte[] {0});
        byte[] a = bySkeyid.apply(d, gxy, ckyI, ckyR, new byte[] {1});
        byte[] e = bySkeyid.apply(a, gxy, ckyI, ckyR, new byte[] {2});
        return new Phase1Keys(skeyid, d, a, e, encryptionKey(e), phase1Iv(gxi, gxr));
    }

    /** Ka from SKEYID_e, expanded per appendix B when SKEYID_e is shorter than the cipher key. */
    public byte[] encryptionKey(byte[] skeyidE) {
        if (skeyidE.length >= cipher.keyLength()) {
            return Arrays.copyOf(skeyidE, cipher.keyLength());
        }
        byte[] out = new byte[0];
        byte[] k = new byte[] {0};
        KeyedPrf byE = prf.keyed(skeyidE);
        while (out.length < cipher.keyLength()) {
            k = byE.apply(k);
            out = Bytes.concat(out, k);
        }
        return Arrays.copyOf(out, cipher.keyLength());
    }

    /** First phase-1 IV = hash(g^xi | g^xr), truncated to the block size. */
    public byte[] phase1Iv(byte[] gxi, byte[] gxr) {
        return Arrays.copyOf(prf.hash(gxi, gxr), cipher.blockSize());
    }

    /** IV of the first message of a phase-2 or informational exchange: hash(last phase-1 CBC block | M-ID). */
    public byte[] phase2Iv(byte[] lastPhase1Block, int messageId) {
        return Arrays.copyOf(prf.hash(lastPhase1Block, Bytes.u32(messageId)), cipher.blockSize());
    }

    public byte[] hashI(byte[] skeyid, byte[] gxi, byte[] gxr, byte[] ckyI, byte[] ckyR, byte[] saiBody, byte[] idiiBody) {
        return prf.prf(skeyid, gxi, gxr, ckyI, ckyR, saiBody, idiiBody);
    }

    public byte[] hashR(byte[] skeyid, byte[] gxi, byte[] gxr, byte[] ckyI, byte[] ckyR, byte[] saiBody, byte[] idirBody) {
        return prf.prf(skeyid, gxr, gxi, ckyR, ckyI, saiBody, idirBody);
    }

    /** Quick Mode HASH(1), and informational HASH(1): prf(SKEYID_a, M-ID | payloads after HASH). */
    public byte[] hash1(byte[] skeyidA, int messageId, byte[] rest) {
        return hash1(prf.keyed(skeyidA), messageId, rest);
    }

    /** HASH(1) with a PRF already keyed with SKEYID_a (informational exchanges recur for the SA's whole life). */
    public byte[] hash1(KeyedPrf skeyidA, int messageId, byte[] rest) {
        return skeyidA.apply(Bytes.u32(messageId), rest);
    }

    /** Quick Mode HASH(2) = prf(SKEYID_a, M-ID | Ni_b | payloads after HASH). */
    public byte[] hash2(byte[] skeyidA, int messageId, byte[] nonceIBody, byte[] rest) {
        return prf.prf(skeyidA, Bytes.u32(messageId), nonceIBody, rest);
    }

    /** Quick Mode HASH(3) = prf(SKEYID_a, 0 | M-ID | Ni_b | Nr_b). */
    public byte[] hash3(byte[] skeyidA, int messageId, byte[] nonceIBody, byte[] nonceRBody) {
        return prf.prf(skeyidA, new byte[] {0}, Bytes.u32(messageId), nonceIBody, nonceRBody);
    }

    /**
     * KEYMAT for one direction: prf(SKEYID_d, [g(qm)^xy |] protocol | SPI | Ni_b | Nr_b), expanded by
     * feeding back the previous block until {@code length} bytes exist.
     */
    public byte[] keymat(byte[] skeyidD, byte[] pfsSecret, int protocol, byte[] spi, byte[] nonceI, byte[] nonceR, int length) {
        byte[] seed = Bytes.concat(pfsSecret == null ? new byte[0] : pfsSecret, new byte[] {(byte) protocol}, spi, nonceI, nonceR);
        byte[] out = new byte[0];
        byte[] k = new byte[0];
        KeyedPrf byD = prf.keyed(skeyidD);
        while (out.length < length) {
            k = byD.apply(k, seed);
            out = Bytes.concat(out, k);
        }
        return Arrays.copyOf(out, length);
    }
}
