package org.iosemu.net.udp.interop;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shared strongSwan harness (start-peer.sh, check-interop.sh, stop-peer.sh) driven from JUnit, with its
 * own namespace names and state directory so it never touches another engineer's peer.
 */
final class Harness {
    static final String PEER_NS = "iosemu-p";
    static final String DUT_NS = "iosemu-d";
    static final String NAME = "iosemu";

    final Path dir;
    final Path state;

    private Harness(Path dir, Path state) {
        this.dir = dir;
        this.state = state;
    }

    /**
     * Holds the machine-wide interop lock until closed. The namespace names are fixed (so a run cleans up
     * what an aborted one left), which means two test runs on one machine would tear down each other's
     * peer; with the lock the second waits for the first test to finish instead.
     */
    static AutoCloseable exclusive() throws IOException {
        FileChannel channel = FileChannel.open(Path.of(System.getProperty("java.io.tmpdir"), "iosemu-interop.lock"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = channel.lock();
        return () -> {
            lock.release();
            channel.close();
        };
    }

    /** The harness, or the reason interop cannot run here. */
    static Result<Harness> locate() {
        Path dir = Path.of(Optional.ofNullable(System.getenv("IKE_HARNESS")).orElse("/work/shared/harness/ike"));
        if (!Files.isExecutable(dir.resolve("start-peer.sh"))) {
            return Result.fail("strongSwan harness not found at " + dir + " (set IKE_HARNESS)");
        }
        if (!Files.isExecutable(Path.of("/usr/lib/ipsec/charon")) || !Files.isExecutable(Path.of("/usr/sbin/swanctl"))) {
            return Result.fail("strongSwan (charon, swanctl) not installed: see .ci/run");
        }
        if (!"root".equals(System.getProperty("user.name"))) {
            return Result.fail("network namespaces need root");
        }
        try {
            Process p = new ProcessBuilder("ip", "netns", "list").redirectErrorStream(true).start();
            if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) {
                return Result.fail("`ip netns` does not work here");
            }
        } catch (IOException e) {
            return Result.fail("iproute2 missing: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Result.fail("interrupted");
        }
        return Result.ok(new Harness(dir, Path.of("target", "ike-harness").toAbsolutePath()));
    }

    record Result<T>(T value, String reason) {
        static <T> Result<T> ok(T v) {
            return new Result<>(v, null);
        }

        static <T> Result<T> fail(String why) {
            return new Result<>(null, why);
        }
    }

    /** start-peer.sh with our names plus {@code options}; fails the test if the peer does not come up. */
    void startPeer(List<String> options) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("./start-peer.sh", "--name", NAME, "--ns", PEER_NS, "--dut-ns", DUT_NS, "--capture"));
        cmd.addAll(options);
        Run r = run(cmd, 60);
        if (r.exit != 0) {
            throw new IllegalStateException("start-peer.sh failed:\n" + r.output);
        }
    }

    /** Stops the peer (kill -9) and deletes the namespaces the harness created; safe to call twice. */
    void teardown() throws IOException, InterruptedException {
        run(List.of("./stop-peer.sh", "--name", NAME, "--kill", "--teardown"), 60);
    }

    /** check-interop.sh against the DUT at 10.99.0.2. */
    Check check(List<String> options, int timeoutSeconds) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("./check-interop.sh", "--name", NAME, "10.99.0.2"));
        cmd.addAll(options);
        Run r = run(cmd, timeoutSeconds);
        return Check.parse(r.output);
    }

    Path peerFile(String name) {
        return state.resolve(NAME).resolve(name);
    }

    record Run(int exit, String output) {
    }

    Run run(List<String> cmd, int timeoutSeconds) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        env.put("IKE_HARNESS_DIR", state.toString());
        Files.createDirectories(state);
        Path log = Files.createTempFile(state, "run", ".log");
        pb.redirectOutput(log.toFile());
        Process p = pb.start();
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            p.waitFor();
        }
        String out = Files.readString(log, StandardCharsets.UTF_8);
        Files.delete(log);
        return new Run(p.exitValue(), out);
    }

    /** The check report: PASS/FAIL/SKIP lines and the final "N passed, M failed". */
    record Check(String report, List<String> passed, List<String> failed, int passCount, int failCount) {
        private static final Pattern TOTAL = Pattern.compile("(\\d+) passed, (\\d+) failed");

        static Check parse(String report) {
            List<String> pass = new ArrayList<>();
            List<String> fail = new ArrayList<>();
            int p = -1;
            int f = -1;
            for (String line : report.split("\n")) {
                if (line.startsWith("PASS: ")) {
                    pass.add(line.substring(6));
                } else if (line.startsWith("FAIL: ")) {
                    fail.add(line.substring(6));
                }
                Matcher m = TOTAL.matcher(line);
                if (m.matches()) {
                    p = Integer.parseInt(m.group(1));
                    f = Integer.parseInt(m.group(2));
                }
            }
            return new Check(report, pass, fail, p, f);
        }

        boolean passed(String checkPrefix) {
            return passed.stream().anyMatch(l -> l.startsWith(checkPrefix));
        }

        /** The checker ran the check but saw nothing to judge (a SKIP line). */
        boolean skipped(String checkPrefix) {
            return report.lines().anyMatch(l -> l.startsWith("SKIP: " + checkPrefix));
        }
    }
}
