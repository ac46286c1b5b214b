package org.iosemu.remote.telnet;

import java.net.InetAddress;
import java.time.Duration;
import java.util.Objects;

/**
 * Where and how the telnet server listens. {@code port} 0 picks a free port (tests).
 * {@code maxConnections} plays the role of the vty lines (IOS: 5 by default, 16 at most); extra
 * connections are closed at once. Output beyond {@code outputBufferBytes} waits for the client at most
 * {@code outputStallTimeout}, then the connection is dropped.
 */
public record TelnetServerConfig(InetAddress bindAddress, int port, int maxConnections, int outputBufferBytes,
        Duration outputStallTimeout) {

    public TelnetServerConfig {
        Objects.requireNonNull(bindAddress, "bindAddress");
        Objects.requireNonNull(outputStallTimeout, "outputStallTimeout");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        if (maxConnections < 1 || outputBufferBytes < 1024) {
            throw new IllegalArgumentException("maxConnections must be >= 1 and outputBufferBytes >= 1024");
        }
    }

    /** Loopback only, 16 vtys, 256 KiB of output per connection, 30 s before a stalled client is dropped. */
    public static TelnetServerConfig loopback(int port) {
        return new TelnetServerConfig(InetAddress.getLoopbackAddress(), port, 16, 256 * 1024, Duration.ofSeconds(30));
    }

    public TelnetServerConfig withMaxConnections(int max) {
        return new TelnetServerConfig(bindAddress, port, max, outputBufferBytes, outputStallTimeout);
    }

    public TelnetServerConfig withOutputLimits(int bufferBytes, Duration stallTimeout) {
        return new TelnetServerConfig(bindAddress, port, maxConnections, bufferBytes, stallTimeout);
    }
}
