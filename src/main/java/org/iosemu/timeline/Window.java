package org.iosemu.timeline;

/** The stretch of lab time a timeline shows, both ends included (epoch milliseconds of the lab clock). */
public record Window(long from, long to) {
    public Window {
        if (to < from) {
            throw new IllegalArgumentException("window ends before it starts");
        }
    }

    public boolean contains(long time) {
        return time >= from && time <= to;
    }
}
