package org.iosemu.net.udp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import org.junit.jupiter.api.Test;

class NatTFramingTest {
    @Test
    void markerIsAddedAndStripped() {
        byte[] msg = {1, 2, 3, 4, 5, 6, 7, 8, 9};
        byte[] framed = NatTFraming.ike(msg);
        assertArrayEquals(new byte[] {0, 0, 0, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, framed);
        assertArrayEquals(msg, assertInstanceOf(NatTFraming.Ike.class, NatTFraming.classify(framed)).message());
    }

    @Test
    void keepaliveEspAndJunkAreTold() {
        assertInstanceOf(NatTFraming.Keepalive.class, NatTFraming.classify(new byte[] {(byte) 0xff}));
        byte[] esp = {0x12, 0x34, 0x56, 0x78, 0, 0, 0, 1, 9, 9};
        assertArrayEquals(esp, assertInstanceOf(NatTFraming.Esp.class, NatTFraming.classify(esp)).packet());
        assertEquals(3, assertInstanceOf(NatTFraming.Junk.class, NatTFraming.classify(new byte[] {1, 2, 3})).length());
        assertInstanceOf(NatTFraming.Junk.class, NatTFraming.classify(new byte[] {0x7f}));
    }
}
