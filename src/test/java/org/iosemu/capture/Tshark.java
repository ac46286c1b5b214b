package org.iosemu.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs tshark on a pcap with `-o` preference lines (the key command's output) for tests. */
public final class Tshark {
    private Tshark() {
    }

    public static boolean installed() {
        try {
            Process p = new ProcessBuilder("tshark", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /** Output lines of {@code tshark -n -r pcap -o KEY... ARGS}. */
    public static List<String> run(Path pcap, List<String> preferences, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("tshark", "-n", "-r", pcap.toString()));
        for (String k : preferences) {
            cmd.add("-o");
            cmd.add(k);
        }
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), () -> "tshark failed: " + new String(out, StandardCharsets.UTF_8));
        return new String(out, StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
    }

    /** Frames tshark flags as malformed or with error-level expert info. */
    public static List<String> malformed(Path pcap, List<String> preferences) throws IOException, InterruptedException {
        return run(pcap, preferences, "-Y", "_ws.malformed || _ws.expert.severity >= \"error\"");
    }
}
