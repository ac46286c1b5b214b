package org.iosemu.capture;

import java.util.ArrayList;
import java.util.List;
import org.iosemu.ike.KeyLog;
import org.iosemu.ike.crypto.Bytes;

/**
 * The key log as tshark {@code -o} preferences: ESP decryption switched on, {@code uat:ikev1_decryption_table:<CKY-I hex>,<Ka hex>} and
 * {@code uat:esp_sa:"IPv4","src","dst","0xSPI","cipher","0xkey","integrity","0xkey"} (the same lines the
 * strongSwan harness's ike-keys.py prints, so `tshark $(sed 's/^/-o /' keys.txt)` decrypts a capture).
 */
public final class WiresharkKeys {
    private WiresharkKeys() {
    }

    public static List<String> lines(KeyLog log) {
        List<String> out = new ArrayList<>();
        out.add("esp.enable_encryption_decode:TRUE");
        for (KeyLog.IkeKey k : log.ike()) {
            out.add("uat:ikev1_decryption_table:" + Bytes.hex(k.initiatorCookie()) + "," + Bytes.hex(k.encryptionKey()));
        }
        for (KeyLog.EspKey e : log.esp()) {
            out.add(String.format("uat:esp_sa:\"IPv4\",\"%s\",\"%s\",\"0x%08x\",\"%s\",\"0x%s\",\"%s\",\"0x%s\"",
                    e.src(), e.dst(), e.spi(), e.cipher(), Bytes.hex(e.encryptionKey()), e.integrity(), Bytes.hex(e.integrityKey())));
        }
        return out;
    }
}
