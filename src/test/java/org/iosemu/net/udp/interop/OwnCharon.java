package org.iosemu.net.udp.interop;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A charon with the test's own strongswan.conf and swanctl.conf (from test resources, {@code @STATE@} replaced by
 * the state directory) in the harness's peer namespace: the harness builds the namespaces and veth, its own
 * charon is killed and this one takes its place, its pid where the harness's teardown looks for it.
 */
final class OwnCharon {
    private final Path state;

    private OwnCharon(Path state) {
        this.state = state;
    }

    static OwnCharon replacePeer(Harness harness, String resourceDir) throws Exception {
        harness.startPeer(List.of("--respond"));
        Harness.Run stop = harness.run(List.of("./stop-peer.sh", "--name", Harness.NAME, "--kill"), 30);
        if (stop.exit() != 0) {
            throw new IllegalStateException("stop-peer.sh failed:\n" + stop.output());
        }
        Path state = harness.peerFile("");
        for (String name : List.of("strongswan.conf", "swanctl.conf")) {
            try (InputStream in = OwnCharon.class.getResourceAsStream(resourceDir + name)) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                Files.writeString(state.resolve(name), text.replace("@STATE@", state.toString()));
            }
        }
        Files.deleteIfExists(state.resolve("charon.vici"));
        Files.deleteIfExists(state.resolve("run/charon.pid"));
        new ProcessBuilder("ip", "netns", "exec", Harness.PEER_NS, "sh", "-c",
                "mount --bind \"$1/run\" /run && exec env STRONGSWAN_CONF=\"$1/strongswan.conf\" /usr/lib/ipsec/charon", "sh", state.toString())
                .redirectErrorStream(true).redirectOutput(state.resolve("charon.stdout").toFile()).start();
        for (int i = 0; i < 100 && !(Files.exists(state.resolve("charon.vici")) && Files.exists(state.resolve("run/charon.pid"))); i++) {
            Thread.sleep(100);
        }
        if (!Files.exists(state.resolve("charon.vici"))) {
            throw new IllegalStateException("charon did not come up: " + Files.readString(state.resolve("charon.stdout")));
        }
        // the harness's teardown stops the charon named by this file
        Files.copy(state.resolve("run/charon.pid"), state.resolve("charon.pid"), StandardCopyOption.REPLACE_EXISTING);
        OwnCharon charon = new OwnCharon(state);
        Harness.Run load = charon.swanctl(30, "--load-all", "--file", state.resolve("swanctl.conf").toString());
        if (load.exit() != 0) {
            throw new IllegalStateException("swanctl --load-all failed:\n" + load.output());
        }
        return charon;
    }

    /** swanctl against this charon's VICI socket; exit 124 when it did not finish within {@code timeoutSeconds}. */
    Harness.Run swanctl(int timeoutSeconds, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("env", "STRONGSWAN_CONF=" + state.resolve("strongswan.conf"), "/usr/sbin/swanctl"));
        cmd.addAll(List.of(args));
        cmd.addAll(List.of("--uri", "unix://" + state.resolve("charon.vici")));
        Path out = Files.createTempFile(state, "swanctl", ".out");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        boolean done = p.waitFor(timeoutSeconds, TimeUnit.SECONDS);
        if (!done) {
            p.destroyForcibly();
            p.waitFor();
        }
        String text = Files.readString(out, StandardCharsets.UTF_8);
        Files.delete(out);
        return new Harness.Run(done ? p.exitValue() : 124, text);
    }
}
