package org.iosemu.ike;

/** Result of processing a received ESP packet. */
public sealed interface InboundResult {
    /** The inner IPv4 packet (tunnel mode) or the rebuilt transport-mode packet. */
    record Decrypted(byte[] packet) implements InboundResult {
    }

    record Dropped(String reason) implements InboundResult {
    }
}
