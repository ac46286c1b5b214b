package org.iosemu.ike.engine;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.iosemu.ike.TimerPort;

/**
 * The message IDs ("nodes") IOS holds on an IKE SA: a quick mode's from its start, and after IOS deletes a node
 * (`deleting node N error FALSE ...`) it keeps it until it purges it 50 s later (`purging node N`; the IOS-XE
 * capture in the reference samples purges quick mode nodes 50 s after deleting them, the seed chapter shows
 * such a purge on its own). A phase-1 delete names each node still held. Sent informational messages are
 * purged at once and never held. The purge is timed whether or not debug lines are wanted, so turning debug on
 * shows the same lines as having had it on all along.
 */
final class IosNodes {
    static final long PURGE_AFTER_MS = 50_000;
    private static final long OPEN = Long.MIN_VALUE;

    /** Held nodes in creation order, with the time IOS deleted them ({@link #OPEN} before). */
    private final Map<Integer, Long> held = new LinkedHashMap<>();
    /** Purges still to come. */
    private final Map<Integer, TimerPort.Timer> purges = new HashMap<>();

    void open(int node) {
        held.putIfAbsent(node, OPEN);
    }

    /** IOS deleted the node: it is purged after {@link #PURGE_AFTER_MS}. */
    void deleted(EngineCore core, Phase1Sa sa, int node) {
        Long at = held.get(node);
        if ((at != null && at != OPEN) || sa.deleted) {
            return;
        }
        long now = core.timers.now();
        forgetPurged(now);
        held.put(node, now);
        purges.put(node, core.timers.schedule(PURGE_AFTER_MS, () -> {
            purges.remove(node);
            core.log.sa(sa, "purging node " + node);
        }));
    }

    /** The nodes held at {@code now}, oldest first. */
    List<Integer> ids(long now) {
        forgetPurged(now);
        return List.copyOf(held.keySet());
    }

    private void forgetPurged(long now) {
        held.values().removeIf(at -> at != OPEN && now - at >= PURGE_AFTER_MS);
    }

    /** The SA is gone: no purge follows. */
    void clear() {
        purges.values().forEach(TimerPort.Timer::cancel);
        purges.clear();
        held.clear();
    }
}
