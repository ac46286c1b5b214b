package org.iosemu.lab;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.iosemu.net.TcpSegment;

/** The answers (SYN-ACK or RST) to this router's own connection requests, by its local port. */
final class TcpHandshakes {

    /** IOS's first local port for outgoing telnet/SSH connections. */
    private static final int FIRST_PORT = 11000;

    private final Map<Integer, TcpSegment> answers = new ConcurrentHashMap<>();
    private int lastPort = FIRST_PORT - 1;

    synchronized int nextLocalPort() {
        lastPort = lastPort >= 65535 ? FIRST_PORT : lastPort + 1;
        answers.remove(lastPort);
        return lastPort;
    }

    void answered(int localPort, TcpSegment segment) {
        answers.putIfAbsent(localPort, segment);
    }

    Optional<TcpSegment> answer(int localPort) {
        return Optional.ofNullable(answers.get(localPort));
    }

    void forget(int localPort) {
        answers.remove(localPort);
    }
}
