package org.iosemu.ike.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.iosemu.ike.TimerPort;

/**
 * The message IDs ("nodes") IOS holds on an IKE SA: a quick mode's from its start, and after IOS deletes a node
 * (`deleting node N error FALSE ...`) it keeps it until it purges it 50 s later (`purging node N`; the IOS-XE
 * capture in the reference samples purges quick mode nodes 50 s after deleting them, the seed chapter shows
 * such a purge on its own). A phase-1 delete names each node still held. Sent informational messages are
 * purged at once and never held.
 */
final class IosNodes {
    static final long PURGE_AFTER_MS = 50_000;

    /** Held nodes in creation order; a node's purge timer once it is deleted, null before. */
    private final Map<Integer, TimerPort.Timer> held = new LinkedHashMap<>();

    void open(int node) {
        held.putIfAbsent(node, null);
    }

    /** IOS deleted the node: it is purged (and says so) after {@link #PURGE_AFTER_MS}. */
    void deleted(EngineCore core, Phase1Sa sa, int node) {
        if (held.get(node) != null || sa.deleted) {
            return;
        }
        held.put(node, core.timers.schedule(PURGE_AFTER_MS, () -> {
            held.remove(node);
            core.log.sa(sa, "purging node " + node);
        }));
    }

    List<Integer> ids() {
        return List.copyOf(held.keySet());
    }

    /** The SA is gone: no purge follows. */
    void clear() {
        held.values().forEach(t -> {
            if (t != null) {
                t.cancel();
            }
        });
        held.clear();
    }
}
