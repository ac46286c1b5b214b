package org.iosemu.lab;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.iosemu.net.Ipv4Address;

/**
 * ICMP errors that came back about this router's traceroute probes, by the probe's UDP ports (each probe
 * has its own destination port), with who sent them and when.
 */
final class ProbeAnswers {

    /** One answer: the router that sent it, when it arrived, and whether it came from the destination. */
    record Answer(Ipv4Address from, long atMillis, boolean unreachable) {}

    private final Map<Integer, Answer> answers = new ConcurrentHashMap<>();

    void arrived(int sourcePort, int destinationPort, Answer answer) {
        answers.putIfAbsent(key(sourcePort, destinationPort), answer);
    }

    boolean has(int sourcePort, int destinationPort) {
        return answers.containsKey(key(sourcePort, destinationPort));
    }

    Optional<Answer> take(int sourcePort, int destinationPort) {
        return Optional.ofNullable(answers.remove(key(sourcePort, destinationPort)));
    }

    void clear() {
        answers.clear();
    }

    private static int key(int sourcePort, int destinationPort) {
        return (sourcePort & 0xffff) << 16 | (destinationPort & 0xffff);
    }
}
