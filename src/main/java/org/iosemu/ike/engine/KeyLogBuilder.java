package org.iosemu.ike.engine;

import java.util.ArrayList;
import java.util.List;
import org.iosemu.ike.KeyLog;
import org.iosemu.ike.crypto.CipherAlgorithm;
import org.iosemu.ike.crypto.IntegrityAlgorithm;

/** Collects the keys of established IKE SAs and installed ESP SAs in Wireshark's terms. */
final class KeyLogBuilder {
    private KeyLogBuilder() {
    }

    static KeyLog build(List<Phase1Sa> ikeSas, List<IpsecSaState> ipsecSas) {
        List<KeyLog.IkeKey> ike = new ArrayList<>();
        for (Phase1Sa sa : ikeSas) {
            if (sa.keys != null) {
                ike.add(new KeyLog.IkeKey(sa.ckyI.clone(), sa.keys.encryptionKey().clone()));
            }
        }
        List<KeyLog.EspKey> esp = new ArrayList<>();
        for (IpsecSaState s : ipsecSas) {
            esp.add(new KeyLog.EspKey(s.local.ip(), s.remote.ip(), s.spiOut, cipher(s.outKeys.cipher()), s.outKeys.encryptionKey().clone(),
                    integrity(s.outKeys.integrity()), s.outKeys.integrityKey().clone()));
            esp.add(new KeyLog.EspKey(s.remote.ip(), s.local.ip(), s.spiIn, cipher(s.inKeys.cipher()), s.inKeys.encryptionKey().clone(),
                    integrity(s.inKeys.integrity()), s.inKeys.integrityKey().clone()));
        }
        return new KeyLog(ike, esp);
    }

    static String cipher(CipherAlgorithm c) {
        return switch (c) {
            case DES -> "DES-CBC [RFC2405]";
            case TRIPLE_DES -> "TripleDES-CBC [RFC2451]";
            default -> "AES-CBC [RFC3602]";
        };
    }

    static String integrity(IntegrityAlgorithm i) {
        return switch (i) {
            case HMAC_MD5_96 -> "HMAC-MD5-96 [RFC2403]";
            case HMAC_SHA1_96 -> "HMAC-SHA-1-96 [RFC2404]";
            case HMAC_SHA256_128 -> "HMAC-SHA-256-128 [RFC4868]";
        };
    }
}
