package org.iosemu.acl;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.iosemu.config.AclName;

/** How many packets each access-list line has matched since the last `clear access-list counters`. */
public final class AclCounters {

    private final Map<AclName, Map<Integer, AtomicLong>> byList = new ConcurrentHashMap<>();

    public void count(AclName list, int sequence) {
        byList.computeIfAbsent(list, l -> new ConcurrentHashMap<>())
                .computeIfAbsent(sequence, s -> new AtomicLong()).incrementAndGet();
    }

    public long matches(AclName list, int sequence) {
        AtomicLong n = byList.getOrDefault(list, Map.of()).get(sequence);
        return n == null ? 0 : n.get();
    }

    /** Every list's counters, or one list's. */
    public void clear(java.util.Optional<AclName> list) {
        if (list.isPresent()) {
            byList.remove(list.get());
        } else {
            byList.clear();
        }
    }
}
