package org.iosemu.net;

/**
 * Watches the lab network's traffic (the lab's timeline records it): each packet once when it is sent, then once
 * when it arrives or is lost. Called on the network's threads; implementations keep their own locking.
 */
public interface NetworkObserver {

    /** Sees nothing. */
    NetworkObserver NONE = new NetworkObserver() {
        @Override
        public void sent(long id, String sender, String receiver, IpPacket packet, long timeMillis) {
        }

        @Override
        public void arrived(long id, long timeMillis) {
        }

        @Override
        public void lost(long id, String reason, long timeMillis) {
        }
    };

    /**
     * {@code packet} left {@code sender} (after any NAT, as it travels); {@code receiver} is the node that owns its
     * destination at that moment, or null when nobody does.
     */
    void sent(long id, String sender, String receiver, IpPacket packet, long timeMillis);

    /** Packet {@code id} reached its receiver. */
    void arrived(long id, long timeMillis);

    /** Packet {@code id} vanished: its sender or receiver is powered off, or nobody owns its destination. */
    void lost(long id, String reason, long timeMillis);
}
