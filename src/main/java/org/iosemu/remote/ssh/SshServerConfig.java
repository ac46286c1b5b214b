package org.iosemu.remote.ssh;

import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Where the SSH server listens and its IOS-like limits: {@code ip ssh authentication-retries}
 * (default 3), {@code ip ssh time-out} (default 120 s) and the RSA modulus used when no host key
 * exists yet at {@code hostKeyFile}. The n-th wrong password of a connection is answered after n
 * {@code failureDelay}s.
 */
public record SshServerConfig(InetAddress bindAddress, int port, Path hostKeyFile, int rsaModulus,
        int authenticationRetries, Duration authenticationTimeout, Duration failureDelay) {

    public SshServerConfig {
        Objects.requireNonNull(bindAddress, "bindAddress");
        Objects.requireNonNull(hostKeyFile, "hostKeyFile");
        Objects.requireNonNull(authenticationTimeout, "authenticationTimeout");
        Objects.requireNonNull(failureDelay, "failureDelay");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        if (authenticationRetries < 1) {
            throw new IllegalArgumentException("authenticationRetries must be at least 1");
        }
        if (rsaModulus < 1024) {
            throw new IllegalArgumentException("RSA modulus below 1024 bits is refused by SSH clients");
        }
    }

    public static SshServerConfig loopback(int port, Path hostKeyFile) {
        return new SshServerConfig(InetAddress.getLoopbackAddress(), port, hostKeyFile, HostKeyStore.DEFAULT_MODULUS,
                3, Duration.ofSeconds(120), Duration.ofSeconds(1));
    }

    public SshServerConfig withFailureDelay(Duration delay) {
        return new SshServerConfig(bindAddress, port, hostKeyFile, rsaModulus, authenticationRetries,
                authenticationTimeout, delay);
    }
}
