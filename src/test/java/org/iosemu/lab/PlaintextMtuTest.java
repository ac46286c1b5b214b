package org.iosemu.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** `plaintext mtu` of `show crypto ipsec sa detail` against every value the reference saw on real IOS (path mtu 1500). */
class PlaintextMtuTest {

    @Test
    void matchesTheObservedIosValues() {
        assertEquals(1438, IpsecSaRenderer.plaintextMtu("esp-aes esp-md5-hmac", false));
        assertEquals(1458, IpsecSaRenderer.plaintextMtu("esp-aes esp-md5-hmac", true));
        assertEquals(1446, IpsecSaRenderer.plaintextMtu("esp-3des esp-sha256-hmac", false));
        assertEquals(1482, IpsecSaRenderer.plaintextMtu("esp-des", true));
        assertEquals(1438, IpsecSaRenderer.plaintextMtu("esp-256-aes esp-sha256-hmac", false));
    }
}
