package org.iosemu.net;

/**
 * How the sender wants a packet queued when its link is busy: the policy of the interface it leaves by, the
 * packet's class in that policy, and who counts it (the interface's `show policy-map interface` counters).
 */
public record Egress(QueuePolicy policy, int trafficClass, OutputQueue.TransmitListener listener) {

    /** No `service-policy`: the interface's FIFO output queue. */
    public static final Egress FIFO = new Egress(kbps -> new FifoQueue(FifoQueue.DEFAULT_LIMIT), 0,
            OutputQueue.TransmitListener.NONE);
}
