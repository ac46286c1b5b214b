package org.iosemu.capture;

import java.util.ArrayList;
import java.util.List;

/** One `monitor capture NAME`: where it listens, whether it is running, and its buffer. */
public final class CapturePoint {
    /** IOS-XE default buffer size is 10 MB; we bound by packet count to keep it simple. */
    static final int MAX_PACKETS = 100_000;

    public enum Direction { BOTH, IN, OUT }

    private final String name;
    private String interfaceName;
    private Direction direction = Direction.BOTH;
    private boolean active;
    private final List<CapturedPacket> buffer = new ArrayList<>();

    CapturePoint(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    synchronized void attach(String interfaceName, Direction direction) {
        this.interfaceName = interfaceName;
        this.direction = direction;
    }

    synchronized boolean hasInterface() {
        return interfaceName != null;
    }

    synchronized void setActive(boolean on) {
        active = on;
    }

    public synchronized boolean active() {
        return active;
    }

    synchronized void clear() {
        buffer.clear();
    }

    synchronized void offer(CapturedPacket p) {
        if (!active || !p.interfaceName().equalsIgnoreCase(interfaceName) || buffer.size() >= MAX_PACKETS) {
            return;
        }
        if (direction == Direction.IN && !p.inbound() || direction == Direction.OUT && p.inbound()) {
            return;
        }
        buffer.add(p);
    }

    public synchronized List<CapturedPacket> packets() {
        return List.copyOf(buffer);
    }
}
