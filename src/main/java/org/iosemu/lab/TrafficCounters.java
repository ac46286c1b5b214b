package org.iosemu.lab;

import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import org.iosemu.cli.session.InterfaceCounters;
import org.iosemu.config.InterfaceName;

/** Packets and bytes through each interface of one router, counted by its IP stack; `clear counters` zeroes them. */
final class TrafficCounters {

    private final Map<InterfaceName, InterfaceCounters> byInterface = new ConcurrentHashMap<>();

    void input(InterfaceName name, int bytes, long nowMillis) {
        byInterface.merge(name, new InterfaceCounters(1, bytes, 0, 0, OptionalLong.of(nowMillis), OptionalLong.empty()),
                TrafficCounters::add);
    }

    void output(InterfaceName name, int bytes, long nowMillis) {
        byInterface.merge(name, new InterfaceCounters(0, 0, 1, bytes, OptionalLong.empty(), OptionalLong.of(nowMillis)),
                TrafficCounters::add);
    }

    InterfaceCounters of(InterfaceName name) {
        return byInterface.getOrDefault(name, InterfaceCounters.NONE);
    }

    /** `clear counters`: the counts start again; the last input/output times stay, as on IOS. */
    void clear() {
        byInterface.replaceAll((name, c) -> new InterfaceCounters(0, 0, 0, 0, c.lastInputMillis(), c.lastOutputMillis()));
    }

    private static InterfaceCounters add(InterfaceCounters a, InterfaceCounters b) {
        return new InterfaceCounters(a.packetsIn() + b.packetsIn(), a.bytesIn() + b.bytesIn(), a.packetsOut() + b.packetsOut(),
                a.bytesOut() + b.bytesOut(), b.lastInputMillis().isPresent() ? b.lastInputMillis() : a.lastInputMillis(),
                b.lastOutputMillis().isPresent() ? b.lastOutputMillis() : a.lastOutputMillis());
    }
}
