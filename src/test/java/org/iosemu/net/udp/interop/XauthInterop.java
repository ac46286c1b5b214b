package org.iosemu.net.udp.interop;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.Assumptions;

/**
 * What the Easy VPN interop tests share around their scenario: the harness's namespaces, held exclusively, with
 * strongSwan's XAUTH plugin (skipped, saying why, without them), and at the end the DUT's transcript and charon's
 * log kept under {@code target/interop/NAME.*} before the namespaces go.
 */
final class XauthInterop {

    private final Harness harness;
    private final AutoCloseable exclusive;

    private XauthInterop(Harness harness, AutoCloseable exclusive) {
        this.harness = harness;
        this.exclusive = exclusive;
    }

    static XauthInterop open() throws Exception {
        Harness.Result<Harness> h = Harness.locate();
        Assumptions.assumeTrue(h.value() != null, () -> "interop skipped: " + h.reason());
        Assumptions.assumeTrue(Files.exists(Path.of("/usr/lib/ipsec/plugins/libstrongswan-xauth-generic.so")),
                "interop skipped: xauth-generic (libcharon-extauth-plugins) not installed: see .ci/run");
        AutoCloseable exclusive = Harness.exclusive();
        h.value().teardown();
        return new XauthInterop(h.value(), exclusive);
    }

    Harness harness() {
        return harness;
    }

    /** Keeps what the run left ({@code dut} may be null: it never started), then frees the namespaces. */
    void close(String name, DutProcess dut) throws Exception {
        try {
            Path out = Path.of("target", "interop");
            Files.createDirectories(out);
            if (dut != null) {
                Files.writeString(out.resolve(name + ".dut.txt"), dut.transcript());
                dut.close();
            }
            Path log = harness.peerFile("charon.log");
            if (Files.exists(log)) {
                Files.copy(log, out.resolve(name + ".charon.log"), StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            try {
                harness.teardown();
            } finally {
                exclusive.close();
            }
        }
    }
}
