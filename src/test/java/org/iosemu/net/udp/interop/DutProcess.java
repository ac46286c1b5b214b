package org.iosemu.net.udp.interop;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** iosemu (`Main --udp R1=ADDR`, console fed from a pipe) as a child JVM inside the DUT namespace, fed IOS commands on stdin. */
final class DutProcess implements AutoCloseable {
    private static final Pattern STAMP = Pattern.compile("^\\*\\w{3} +\\d+ (\\d\\d:\\d\\d:\\d\\d\\.\\d{3}): (.*)$");

    private final Process process;
    private final PrintWriter in;
    private final List<String> output = new ArrayList<>();

    DutProcess(String namespace, String address) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        process = new ProcessBuilder("ip", "netns", "exec", namespace, java, "-cp", System.getProperty("java.class.path"),
                "org.iosemu.app.Main", "--udp", "R1=" + address).redirectErrorStream(true).start();
        in = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8);
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String l = r.readLine(); l != null; l = r.readLine()) {
                    synchronized (output) {
                        output.add(l);
                        output.notifyAll();
                    }
                }
            } catch (IOException e) {
                // the process ended
            }
        }, "dut-output");
        reader.setDaemon(true);
        reader.start();
    }

    /** `ip netns exec` execs java, so this is the JVM's own pid (for kill -9). */
    long pid() {
        return process.pid();
    }

    void type(String... lines) {
        for (String l : lines) {
            in.println(l);
        }
    }

    /** Waits until a line matching {@code p} appeared (searching from the start); empty on timeout. */
    Optional<String> await(Predicate<String> p, long seconds) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        synchronized (output) {
            while (true) {
                Optional<String> hit = output.stream().filter(p).findFirst();
                if (hit.isPresent()) {
                    return hit;
                }
                long left = TimeUnit.NANOSECONDS.toMillis(end - System.nanoTime());
                if (left <= 0 || !process.isAlive() && output.stream().noneMatch(p)) {
                    return Optional.empty();
                }
                output.wait(Math.min(left, 200));
            }
        }
    }

    List<String> lines() {
        synchronized (output) {
            return List.copyOf(output);
        }
    }

    String transcript() {
        return String.join("\n", lines());
    }

    /** Seconds of day of a timestamped debug/syslog line ("*Nov 28 00:43:22.114: ..."). */
    static Optional<Double> time(String line) {
        Matcher m = STAMP.matcher(line);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(LocalTime.parse(m.group(1), DateTimeFormatter.ofPattern("HH:mm:ss.SSS")).toNanoOfDay() / 1e9);
    }

    boolean alive() {
        return process.isAlive();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
    }
}
