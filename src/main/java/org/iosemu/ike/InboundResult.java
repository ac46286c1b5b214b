package org.iosemu.ike;

/** Result of processing a received ESP packet. */
public sealed interface InboundResult {
    /**
     * The inner IPv4 packet (tunnel mode) or the rebuilt transport-mode packet, and the crypto map (for a tunnel
     * interface the one IOS builds for it, e.g. {@code Tunnel0-head-0}) of the SA that opened it.
     */
    record Decrypted(byte[] packet, String mapName) implements InboundResult {
        public Decrypted(byte[] packet) {
            this(packet, "");
        }
    }

    record Dropped(String reason) implements InboundResult {
    }
}
