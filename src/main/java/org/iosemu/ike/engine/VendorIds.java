package org.iosemu.ike.engine;

import java.util.Arrays;
import java.util.List;
import org.iosemu.ike.codec.PayloadType;
import org.iosemu.ike.crypto.Bytes;

/** Vendor IDs we send and recognise. */
final class VendorIds {
    static final byte[] DPD = Bytes.unhex("afcad71368a1f1c96b8696fc77570100");
    static final byte[] UNITY = Bytes.unhex("12f5f28c457168a9702d9fe274cc0100");
    static final byte[] XAUTH = Bytes.unhex("09002689dfd6b712");
    /** MD5("RFC 3947"). */
    static final byte[] NATT_RFC3947 = Bytes.unhex("4a131c81070358455c5728f20e95452f");
    /** MD5("draft-ietf-ipsec-nat-t-ike-03"). */
    static final byte[] NATT_DRAFT_03 = Bytes.unhex("7d9419a65310ca6f2c179d9215529d56");
    /** MD5("draft-ietf-ipsec-nat-t-ike-02\n") — the misprinted variant most old implementations send. */
    static final byte[] NATT_DRAFT_02N = Bytes.unhex("90cb80913ebb696e086381b5ec427b1f");
    /** MD5("draft-ietf-ipsec-nat-t-ike-02"). */
    static final byte[] NATT_DRAFT_02 = Bytes.unhex("cd60464335df21f87cfdb2fc68b6a448");

    /** NAT-T VIDs an initiator offers, newest first (as IOS: rfc3947, 03, 02). */
    static final List<byte[]> NATT_OFFER = List.of(NATT_RFC3947, NATT_DRAFT_03, NATT_DRAFT_02N);

    private VendorIds() {
    }

    /** Records what the peer supports and returns the IOS debug text for the VID. */
    static String recognise(Phase1Sa sa, byte[] vid) {
        if (Arrays.equals(vid, DPD)) {
            sa.peerDpd = true;
            return " vendor ID is DPD";
        }
        if (Arrays.equals(vid, UNITY)) {
            sa.peerUnity = true;
            return " vendor ID is Unity";
        }
        if (Arrays.equals(vid, NATT_RFC3947)) {
            sa.natDType = PayloadType.NAT_D;
            return " vendor ID is NAT-T RFC 3947";
        }
        if (Arrays.equals(vid, NATT_DRAFT_03)) {
            preferDraft(sa);
            return " vendor ID is NAT-T v3";
        }
        if (Arrays.equals(vid, NATT_DRAFT_02N) || Arrays.equals(vid, NATT_DRAFT_02)) {
            preferDraft(sa);
            return " vendor ID is NAT-T v2";
        }
        if (Arrays.equals(vid, XAUTH)) {
            return " vendor ID is XAUTH";
        }
        if (vid.length >= 16) {
            return " vendor ID seems Unity/DPD but major " + (vid[14] & 0xff) + " mismatch";
        }
        return " vendor ID seems Unity/DPD but hash mismatch";
    }

    /** A draft VID only counts when the peer did not also announce RFC 3947 (which wins). */
    private static void preferDraft(Phase1Sa sa) {
        if (sa.natDType != PayloadType.NAT_D) {
            sa.natDType = PayloadType.NAT_D_DRAFT;
        }
    }

    /** The single NAT-T VID a responder answers with for the agreed NAT-D type. */
    static byte[] nattAnswer(int natDType) {
        return natDType == PayloadType.NAT_D ? NATT_RFC3947 : NATT_DRAFT_02N;
    }
}
