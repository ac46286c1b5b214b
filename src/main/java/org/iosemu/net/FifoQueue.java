package org.iosemu.net;

import java.util.ArrayDeque;

/** First in, first out, with tail drop beyond {@code limit} packets (IOS's default output hold queue is 40). */
public final class FifoQueue implements OutputQueue {

    public static final int DEFAULT_LIMIT = 40;

    private final ArrayDeque<Queued> packets = new ArrayDeque<>();
    private final int limit;

    public FifoQueue(int limit) {
        this.limit = limit;
    }

    @Override
    public boolean offer(Queued packet) {
        if (packets.size() >= limit) {
            return false;
        }
        packets.add(packet);
        return true;
    }

    @Override
    public Queued poll() {
        return packets.poll();
    }

    @Override
    public int depth() {
        return packets.size();
    }
}
