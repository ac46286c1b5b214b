package org.iosemu.net;

/** How the packets waiting for a busy link direction are queued: a FIFO, or a router's class-based policy. */
@FunctionalInterface
public interface QueuePolicy {
    /** A fresh, empty queue for one link direction of {@code linkKbps} (class-default's share depends on it). */
    OutputQueue newQueue(long linkKbps);
}
