package org.iosemu.cli.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import org.iosemu.config.PolicyMap;

/**
 * `show crypto engine brief|configuration` for the emulated router's one engine, the IOS software crypto
 * engine (the `SW:` flow ids of `show crypto ipsec sa`). No real capture was found; the layout is IOS's
 * right-aligned label column as network engineers know it, and the serial number is derived from the
 * router's name so it stays the same across reboots. `show crypto engine qos` (LLQ for IPsec encryption
 * engines) has no capture either: its layout follows the same label column.
 */
public final class CryptoEngineText {

    /** The software engine's input queue (best effort), as `show crypto engine configuration` gives it. */
    public static final int INPUT_QUEUE_SIZE = 500;
    /** The priority queue in front of the engine: as the lab's HQF class queues (voice later than that is too late). */
    public static final int PRIORITY_QUEUE_SIZE = 64;
    /** Priority packets the engine takes per best-effort packet while both wait (the guide's "favorable ratio"). */
    public static final int PRIORITY_RATIO = 4;

    private CryptoEngineText() {}

    public static List<String> brief(String hostname) {
        List<String> out = new ArrayList<>();
        out.add("        crypto engine name:  Cisco VPN Software Implementation");
        out.add("        crypto engine type:  software");
        out.add("             serial number:  " + serial(hostname));
        out.add("       crypto engine state:  installed");
        out.add("     crypto engine in slot:  N/A");
        out.add("");
        return out;
    }

    /** One of the engine's input queues: packets waiting now, its limit, packets taken by the engine, tail drops. */
    public record EngineQueue(int depth, int limit, long processed, long drops) {}

    /**
     * The engine's queueing: its rate (empty = not limited), the interfaces whose output policy supplies priority
     * classes (canonical name to policy), how many priority packets it takes per best-effort one while both wait.
     */
    public record EngineQos(OptionalLong kbps, Map<String, PolicyMap> priorityPolicies, int ratio,
                            EngineQueue priority, EngineQueue bestEffort) {
        public int depth() {
            return priority.depth() + bestEffort.depth();
        }

        /** An engine that is not limited and has processed nothing (a router outside a lab). */
        public static EngineQos idle(Map<String, PolicyMap> priorityPolicies) {
            return new EngineQos(OptionalLong.empty(), priorityPolicies, PRIORITY_RATIO,
                    new EngineQueue(0, PRIORITY_QUEUE_SIZE, 0, 0), new EngineQueue(0, INPUT_QUEUE_SIZE, 0, 0));
        }
    }

    public static List<String> configuration(String hostname) {
        return configuration(hostname, 0);
    }

    /** {@code queued}: packets waiting in the engine's input (best-effort) queue now (`input queue count`). */
    public static List<String> configuration(String hostname, int queued) {
        List<String> out = brief(hostname);
        out.remove(out.size() - 1);
        out.add("                  platform:  Cisco Software Crypto Engine");
        out.add("");
        out.add("   Encryption Process Info: ");
        out.add("          input queue size:  " + INPUT_QUEUE_SIZE);
        out.add("           input queue top:  0");
        out.add("           input queue bot:  0");
        out.add("         input queue count:  " + queued);
        out.add("");
        out.add("   Crypto Adjacency Counts: ");
        out.add("                Lock Count:  0");
        out.add("              Unlock Count:  0");
        out.add("");
        out.add("        crypto lib version:  22.0.0");
        out.add("");
        out.add("         ipsec lib version:  2.0.0");
        out.add("");
        return out;
    }

    /** `show crypto engine qos`. */
    public static List<String> qos(EngineQos qos) {
        List<String> out = new ArrayList<>();
        out.add(row("crypto engine name", "Cisco VPN Software Implementation"));
        out.add(row("crypto engine type", "software"));
        out.add(row("engine bandwidth", qos.kbps().isPresent() ? qos.kbps().getAsLong() + " kbps" : "not limited"));
        out.add(row("LLQ for IPsec", qos.priorityPolicies().isEmpty() ? "inactive" : "active"));
        qos.priorityPolicies().forEach((iface, policy) -> {
            out.add(row("interface policy", iface + " service-policy output " + policy.name()));
            out.add(row("priority classes", String.join(" ", policy.classes().stream()
                    .filter(c -> c.priorityKbps().isPresent()).map(PolicyMap.PolicyClass::name).toList())));
        });
        out.add(row("processing ratio", qos.ratio() + " priority : 1 best effort"));
        queue(out, "Priority Queue", qos.priority());
        queue(out, "Best Effort Queue", qos.bestEffort());
        out.add("");
        return out;
    }

    private static void queue(List<String> out, String title, EngineQueue q) {
        out.add("");
        out.add("   " + title + ": ");
        out.add(row("queue depth", String.valueOf(q.depth())));
        out.add(row("queue limit", String.valueOf(q.limit())));
        out.add(row("packets processed", String.valueOf(q.processed())));
        out.add(row("packets dropped", String.valueOf(q.drops())));
    }

    /** A label right-aligned in the engine shows' 26-column label field. */
    private static String row(String label, String value) {
        return String.format(Locale.ROOT, "%26s:  %s", label, value);
    }

    private static String serial(String hostname) {
        return String.format(Locale.ROOT, "%08X", hostname.toLowerCase(Locale.ROOT).hashCode() * 0x9E3779B1);
    }
}
