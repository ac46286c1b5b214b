package org.iosemu.net.udp;

import java.util.Arrays;

/**
 * RFC 3948 framing of UDP port 4500: IKE carries a 4-byte zero non-ESP marker (an ESP SPI is never 0), a
 * single 0xFF byte is a NAT keepalive, anything else is an ESP packet.
 */
public final class NatTFraming {
    /** What arrived on port 4500. */
    public sealed interface Received {
    }

    public record Ike(byte[] message) implements Received {
    }

    public record Esp(byte[] packet) implements Received {
    }

    public record Keepalive() implements Received {
    }

    /** Too short to be anything (an ESP header alone is 8 bytes). */
    public record Junk(int length) implements Received {
    }

    public static final byte[] KEEPALIVE = {(byte) 0xff};
    private static final int MARKER = 4;

    private NatTFraming() {
    }

    public static Received classify(byte[] udpPayload) {
        if (udpPayload.length == 1 && udpPayload[0] == (byte) 0xff) {
            return new Keepalive();
        }
        if (udpPayload.length >= MARKER && udpPayload[0] == 0 && udpPayload[1] == 0 && udpPayload[2] == 0 && udpPayload[3] == 0) {
            return new Ike(Arrays.copyOfRange(udpPayload, MARKER, udpPayload.length));
        }
        if (udpPayload.length < 8) {
            return new Junk(udpPayload.length);
        }
        return new Esp(udpPayload);
    }

    /** An IKE message as it goes out between these endpoints: with the marker once either side is on 4500. */
    public static byte[] forIke(org.iosemu.ike.Endpoint local, org.iosemu.ike.Endpoint remote, byte[] message) {
        boolean floated = local.port() == org.iosemu.ike.Endpoint.NAT_T_PORT || remote.port() == org.iosemu.ike.Endpoint.NAT_T_PORT;
        return floated ? ike(message) : message;
    }

    /** An IKE message as sent on port 4500: marker + message. */
    public static byte[] ike(byte[] message) {
        byte[] out = new byte[MARKER + message.length];
        System.arraycopy(message, 0, out, MARKER, message.length);
        return out;
    }
}
