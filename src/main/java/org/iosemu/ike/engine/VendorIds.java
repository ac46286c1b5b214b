package org.iosemu.ike.engine;

import java.util.Arrays;
import org.iosemu.ike.crypto.Bytes;

/** Vendor IDs we send and recognise. */
final class VendorIds {
    static final byte[] DPD = Bytes.unhex("afcad71368a1f1c96b8696fc77570100");
    static final byte[] UNITY = Bytes.unhex("12f5f28c457168a9702d9fe274cc0100");
    static final byte[] NATT_RFC3947 = Bytes.unhex("4a131c81070358455c5728f20e95452f");
    static final byte[] XAUTH = Bytes.unhex("09002689dfd6b712");

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
            sa.peerNatT = true;
            return " vendor ID is NAT-T RFC 3947";
        }
        if (Arrays.equals(vid, XAUTH)) {
            return " vendor ID is XAUTH";
        }
        if (vid.length >= 16) {
            return " vendor ID seems Unity/DPD but major " + (vid[14] & 0xff) + " mismatch";
        }
        return " vendor ID seems Unity/DPD but hash mismatch";
    }
}
