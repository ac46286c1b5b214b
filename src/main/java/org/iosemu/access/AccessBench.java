package org.iosemu.access;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelShell;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.core.CoreModuleProperties;
import org.iosemu.cli.session.IosSession;
import org.iosemu.cli.session.RouterContext;
import org.iosemu.cli.session.StandaloneRouterServices;
import org.iosemu.time.IosTimestamp;
import org.iosemu.time.RealTimeScheduler;

/**
 * Load benchmark for remote access (not a test): N concurrent SSH sessions (Apache MINA client) run a
 * mix of show and config commands for a while; prints commands/s, p50/p99 latency (command sent to
 * prompt back) and errors. IOS gives a router at most 16 vty lines, so the sessions are spread over
 * enough in-process routers.
 *
 * <pre>java -cp target/classes:$(cat cp.txt) org.iosemu.access.AccessBench [sessions] [seconds] [think-ms]</pre>
 * With think-ms 0 (default) every session sends its next command as soon as the prompt is back, so
 * the run measures saturation; a think time models automation that pauses between commands.
 */
public final class AccessBench {

    private static final String USER = "bench";
    private static final String PASSWORD = "B3nchPass";
    private static final int LINES_PER_ROUTER = 16;
    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(5);
    /** SSH channel data messages the clients received: how many sends the server spends per command. */
    private static final AtomicLong DATA_MESSAGES = new AtomicLong();

    private AccessBench() {}

    public static void main(String[] args) throws Exception {
        int sessions = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        long thinkMillis = args.length > 2 ? Long.parseLong(args[2]) : 0;
        int routerCount = (sessions + LINES_PER_ROUTER - 1) / LINES_PER_ROUTER;
        List<RouterAccess> servers = new ArrayList<>();
        try (RealTimeScheduler clock = new RealTimeScheduler(IosTimestamp.IOS_BOOT_EPOCH_MILLIS)) {
            for (int i = 0; i < routerCount; i++) {
                servers.add(router(clock, "R" + (i + 1)));
            }
            SshClient client = SshClient.setUpDefaultClient();
            client.setServerKeyVerifier((s, address, key) -> true);
            client.start();
            try {
                Result result = run(client, servers, sessions, Duration.ofSeconds(seconds), thinkMillis);
                System.out.println(result.report(sessions, routerCount, seconds) + " think=" + thinkMillis + "ms");
            } finally {
                client.stop();
                servers.forEach(RouterAccess::close);
            }
        }
    }

    private static RouterAccess router(RealTimeScheduler clock, String hostname) throws IOException {
        RouterContext router = new RouterContext(clock, Optional.empty(), new StandaloneRouterServices(),
                new SecureRandom());
        IosSession console = new IosSession(router);
        for (String line : List.of("enable", "configure terminal", "hostname " + hostname,
                "ip domain-name bench.example", "crypto key generate rsa modulus 2048",
                "username " + USER + " privilege 15 secret " + PASSWORD,
                "line vty 0 15", "login local", "transport input ssh", "end")) {
            console.submit(line, text -> { });
        }
        return RouterAccess.start(router, new AccessPorts(OptionalInt.of(0), OptionalInt.empty()),
                RouterAccess.Settings.IOS);
    }

    private static Result run(SshClient client, List<RouterAccess> servers, int sessions, Duration duration,
            long thinkMillis) throws Exception {
        Result result = new Result();
        CountDownLatch ready = new CountDownLatch(sessions);
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < sessions; i++) {
            int index = i;
            RouterAccess server = servers.get(i % servers.size());
            Thread t = new Thread(() -> worker(client, server, index, ready, go, duration, thinkMillis, result), "bench-" + i);
            workers.add(t);
            t.start();
        }
        ready.await();
        result.started = System.nanoTime();
        go.countDown();
        for (Thread t : workers) {
            t.join();
        }
        result.elapsedNanos = System.nanoTime() - result.started;
        return result;
    }

    private static void worker(SshClient client, RouterAccess server, int index, CountDownLatch ready,
            CountDownLatch go, Duration duration, long thinkMillis, Result result) {
        long[] latencies = new long[1 << 16];
        int count = 0;
        try (ClientSession session = client.connect(USER,
                new InetSocketAddress("127.0.0.1", server.sshPort().getAsInt())).verify(60_000).getSession()) {
            session.addPasswordIdentity(PASSWORD);
            session.auth().verify(60_000);
            try (ChannelShell shell = session.createShellChannel()) {
                Screen screen = new Screen();
                shell.setOut(screen);
                shell.setErr(screen);
                shell.open().verify(60_000);
                OutputStream keys = shell.getInvertedIn();
                String prompt = screen.awaitPromptEnd("#", COMMAND_TIMEOUT);
                String name = prompt.substring(0, prompt.length() - 1);
                send(keys, screen, "terminal length 0", name + "#");
                ready.countDown();
                go.await();
                long end = System.nanoTime() + duration.toNanos();
                int acl = 100 + index;
                String[][] mix = {
                    {"show ip interface brief", name + "#"},
                    {"configure terminal", name + "(config)#"},
                    {"access-list " + acl + " permit ip host 10.0." + index + ".1 any", name + "(config)#"},
                    {"end", name + "#"},
                    {"show access-lists " + acl, name + "#"},
                    {"show running-config | include hostname", name + "#"},
                    {"configure terminal", name + "(config)#"},
                    {"no access-list " + acl, name + "(config)#"},
                    {"end", name + "#"},
                    {"show privilege", name + "#"},
                };
                while (System.nanoTime() < end) {
                    for (String[] step : mix) {
                        long t0 = System.nanoTime();
                        String out = send(keys, screen, step[0], step[1]);
                        long took = System.nanoTime() - t0;
                        if (count == latencies.length) {
                            latencies = Arrays.copyOf(latencies, count * 2);
                        }
                        latencies[count++] = took;
                        if (out.contains("\n% ")) {
                            result.errors.incrementAndGet();
                            result.firstError(step[0] + " -> " + out.strip());
                        }
                        if (thinkMillis > 0) {
                            Thread.sleep(thinkMillis);
                        }
                    }
                }
                keys.write("exit\r".getBytes(StandardCharsets.US_ASCII));
                keys.flush();
            }
        } catch (Exception e) {
            result.errors.incrementAndGet();
            result.firstError("session " + index + " (port " + server.sshPort().getAsInt() + "): " + e);
            ready.countDown();
        }
        result.add(Arrays.copyOf(latencies, count));
    }

    /** Types a command and waits until its output ends with {@code prompt}; returns the output. */
    private static String send(OutputStream keys, Screen screen, String command, String prompt) throws Exception {
        int from = screen.mark();
        keys.write((command + "\r").getBytes(StandardCharsets.US_ASCII));
        keys.flush();
        return screen.awaitAfter(from, command, prompt, COMMAND_TIMEOUT);
    }

    /** What one SSH session printed, with waits for a prompt. */
    private static final class Screen extends OutputStream {
        private final StringBuilder text = new StringBuilder();

        @Override
        public synchronized void write(int b) {
            text.append((char) b);
            notifyAll();
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            DATA_MESSAGES.incrementAndGet();
            text.append(new String(b, off, len, StandardCharsets.ISO_8859_1));
            notifyAll();
        }

        synchronized int mark() {
            return text.length();
        }

        synchronized String awaitPromptEnd(String suffix, Duration timeout) throws Exception {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (!text.toString().stripTrailing().endsWith(suffix)) {
                waitUntil(deadline, "a prompt");
            }
            String all = text.toString().stripTrailing();
            return all.substring(all.lastIndexOf('\n') + 1).strip();
        }

        /** Output after the echoed command, once the expected prompt ends it. */
        synchronized String awaitAfter(int from, String command, String prompt, Duration timeout) throws Exception {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (true) {
                String after = text.substring(from);
                int echoed = after.indexOf(command);
                if (echoed >= 0 && after.endsWith(prompt)) {
                    String out = after.substring(echoed + command.length());
                    if (out.contains("\n")) {
                        text.setLength(0); // keep memory flat over a long run
                        return out;
                    }
                }
                waitUntil(deadline, "'" + prompt + "' after " + command);
            }
        }

        private void waitUntil(long deadline, String what) throws Exception {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new IOException("timed out waiting for " + what);
            }
            wait(Math.max(1, left / 1_000_000));
        }
    }

    /** Latencies and errors of all sessions. */
    private static final class Result {
        final AtomicLong errors = new AtomicLong();
        private final List<long[]> samples = new ArrayList<>();
        private volatile String firstError;
        long started;
        long elapsedNanos;

        synchronized void add(long[] latencies) {
            samples.add(latencies);
        }

        void firstError(String message) {
            if (firstError == null) {
                firstError = message;
            }
        }

        synchronized String report(int sessions, int routers, int seconds) {
            long[] all = samples.stream().flatMapToLong(Arrays::stream).sorted().toArray();
            double perSecond = all.length / (elapsedNanos / 1e9);
            return String.format("sessions=%d routers=%d duration=%ds commands=%d commands/s=%.0f"
                    + " p50=%.2fms p99=%.2fms max=%.2fms errors=%d data-messages/command=%.1f%s", sessions, routers,
                    seconds, all.length, perSecond, percentile(all, 50), percentile(all, 99),
                    all.length == 0 ? 0 : all[all.length - 1] / 1e6, errors.get(),
                    all.length == 0 ? 0 : (double) DATA_MESSAGES.get() / all.length,
                    firstError == null ? "" : " first-error=" + firstError);
        }

        private static double percentile(long[] sorted, int p) {
            if (sorted.length == 0) {
                return 0;
            }
            int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, index)] / 1e6;
        }
    }
}
