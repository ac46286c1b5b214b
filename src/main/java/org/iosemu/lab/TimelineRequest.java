package org.iosemu.lab;

import java.util.OptionalLong;

/**
 * `lab timeline FILE [last SECONDS | from A to B]`: the file, and the window in seconds (back from now, or counted
 * from the start of the lab); neither means everything recorded.
 */
public record TimelineRequest(String file, OptionalLong lastSeconds, OptionalLong fromSecond, OptionalLong toSecond) {

    public static TimelineRequest all(String file) {
        return new TimelineRequest(file, OptionalLong.empty(), OptionalLong.empty(), OptionalLong.empty());
    }

    public static TimelineRequest last(String file, long seconds) {
        return new TimelineRequest(file, OptionalLong.of(seconds), OptionalLong.empty(), OptionalLong.empty());
    }

    public static TimelineRequest between(String file, long from, long to) {
        return new TimelineRequest(file, OptionalLong.empty(), OptionalLong.of(from), OptionalLong.of(to));
    }
}
