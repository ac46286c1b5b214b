package org.iosemu.net;

import java.util.Optional;

/** ICMP echo request/reply messages (RFC 792), the traffic `ping` sends through tunnels. */
public record IcmpEcho(boolean request, int identifier, int sequence, byte[] data) {

    private static final int ECHO_REPLY = 0;
    private static final int ECHO_REQUEST = 8;

    public byte[] encode() {
        byte[] out = new byte[8 + data.length];
        out[0] = (byte) (request ? ECHO_REQUEST : ECHO_REPLY);
        out[4] = (byte) (identifier >>> 8);
        out[5] = (byte) identifier;
        out[6] = (byte) (sequence >>> 8);
        out[7] = (byte) sequence;
        System.arraycopy(data, 0, out, 8, data.length);
        int checksum = InternetChecksum.of(out, 0, out.length);
        out[2] = (byte) (checksum >>> 8);
        out[3] = (byte) checksum;
        return out;
    }

    /** The reply a host sends back for this request. */
    public IcmpEcho reply() {
        return new IcmpEcho(false, identifier, sequence, data);
    }

    /** Parses an echo request or reply; empty for other ICMP types or a bad checksum. */
    public static Optional<IcmpEcho> decode(byte[] icmp) {
        if (icmp.length < 8 || InternetChecksum.of(icmp, 0, icmp.length) != 0) {
            return Optional.empty();
        }
        int type = icmp[0] & 0xff;
        if ((type != ECHO_REQUEST && type != ECHO_REPLY) || icmp[1] != 0) {
            return Optional.empty();
        }
        byte[] data = new byte[icmp.length - 8];
        System.arraycopy(icmp, 8, data, 0, data.length);
        return Optional.of(new IcmpEcho(type == ECHO_REQUEST, ((icmp[4] & 0xff) << 8) | (icmp[5] & 0xff),
                ((icmp[6] & 0xff) << 8) | (icmp[7] & 0xff), data));
    }
}
