package org.iosemu.ike.codec;

import java.util.List;

/** A proposal inside an SA payload. */
public record Proposal(int number, int protocolId, byte[] spi, List<Transform> transforms) {
    public static final int PROTO_ISAKMP = 1;
    public static final int PROTO_ESP = 3;

    public Proposal {
        transforms = List.copyOf(transforms);
    }
}
