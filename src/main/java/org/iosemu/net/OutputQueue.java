package org.iosemu.net;

/**
 * The packets waiting for one direction of a busy link, and the order they leave in. The plain one is a FIFO
 * with tail drop; a router's `service-policy output` supplies a class-based one.
 */
public interface OutputQueue {

    /** Queues {@code packet}, or refuses it (a tail drop) when its queue is full. */
    boolean offer(Queued packet);

    /** The next packet to put on the wire, or null when none waits. */
    Queued poll();

    int depth();

    /** A packet waiting with what it will cost on the wire, its class in the sender's policy, and who counts it. */
    record Queued(IpPacket packet, int wireBytes, int trafficClass, TransmitListener listener) {}

    /** Told when a packet leaves the queue for the wire or is refused (for `show policy-map interface`). */
    interface TransmitListener {
        TransmitListener NONE = new TransmitListener() { };

        default void transmitted(int bytes) { }

        /** Refused: the class's (or flow's) queue was full. */
        default void dropped(int bytes) { }

        /** Refused: a priority class above its rate while the link is congested (IOS's "b/w exceed drops"). */
        default void exceeded(int bytes) { }

        /** Now waiting in a queue. */
        default void queued() { }

        /** Left its queue for the wire. */
        default void dequeued() { }
    }
}
