package org.iosemu.timeline;

import java.util.Optional;
import org.iosemu.capture.CapturedPacket;
import org.iosemu.ike.Endpoint;
import org.iosemu.net.IpPacket;
import org.iosemu.net.udp.NatTFraming;

/** What a recorded packet carries: an ISAKMP message (port 500, or 4500 after the non-ESP marker) or ESP. */
sealed interface WirePayload {

    record Ike(byte[] message) implements WirePayload {
    }

    /** ESP, as protocol 50 or in UDP 4500; {@code spi} and {@code sequence} from its header. */
    record Esp(int spi, long sequence) implements WirePayload {
    }

    /** A NAT keepalive or a runt: not a message. */
    record Other() implements WirePayload {
    }

    static WirePayload of(CapturedPacket p) {
        if (p.protocol() == IpPacket.ESP) {
            return esp(p.payload()).orElse(new Other());
        }
        if (p.protocol() != IpPacket.UDP) {
            return new Other();
        }
        if (p.srcPort() == Endpoint.NAT_T_PORT || p.dstPort() == Endpoint.NAT_T_PORT) {
            NatTFraming.Received r = NatTFraming.classify(p.payload());
            if (r instanceof NatTFraming.Ike ike) {
                return new Ike(ike.message());
            }
            if (r instanceof NatTFraming.Esp esp) {
                return esp(esp.packet()).orElse(new Other());
            }
            return new Other();
        }
        return new Ike(p.payload());
    }

    private static Optional<WirePayload> esp(byte[] b) {
        if (b.length < 8) {
            return Optional.empty();
        }
        int spi = (b[0] & 0xff) << 24 | (b[1] & 0xff) << 16 | (b[2] & 0xff) << 8 | (b[3] & 0xff);
        long seq = ((long) (b[4] & 0xff) << 24 | (b[5] & 0xff) << 16 | (b[6] & 0xff) << 8 | (b[7] & 0xff)) & 0xffffffffL;
        return Optional.of(new Esp(spi, seq));
    }
}
