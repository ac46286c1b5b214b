package org.iosemu.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real clients (netmiko over SSH and telnet, Ansible cisco.ios, OpenSSH under expect, TextFSM) against an
 * emulated router, through the shared harness {@code ../shared/harness/clients/run-clients.sh}. Skips
 * only when the harness or its Debian packages are absent; otherwise every check must pass.
 */
class ClientHarnessTest {

    private static final Pattern SUMMARY = Pattern.compile("(?m)^(\\d+) passed, (\\d+) failed$");

    @Test
    @Timeout(value = 15, unit = TimeUnit.MINUTES)
    void realClientsPassEveryCheck(@TempDir Path nvram) throws Exception {
        Path script = harness();
        assumeTrue(Files.isExecutable(script), "client harness not found at " + script
                + " (expected ../shared/harness/clients next to the project)");
        List<String> missing = missingPackages();
        assumeTrue(missing.isEmpty(), "Debian packages for the client harness missing: " + missing
                + " (apt-get install python3-netmiko python3-paramiko python3-textfsm ansible expect"
                + " openssh-client telnet sshpass)");

        try (AccessRouter r = new AccessRouter(java.util.Optional.of(nvram.resolve("startup-config")),
                AccessRouter.BASE_CONFIG)) {
            List<String> command = new ArrayList<>(List.of(script.toString(), "127.0.0.1",
                    String.valueOf(r.sshPort()), AccessRouter.USER, AccessRouter.PASSWORD, AccessRouter.ENABLE,
                    "--telnet-port", String.valueOf(r.telnetPort()), "--log-dir", nvram.resolve("logs").toString()));
            if (rendersEncr(r)) {
                command.addAll(List.of("--encr-line", "encr 3des"));
            }
            String only = System.getenv("IOSEMU_HARNESS_ONLY"); // developer aid: run some groups only
            if (only != null && !only.isBlank()) {
                command.addAll(List.of("--only", only));
            }
            Process harness = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(harness.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            harness.waitFor();
            System.out.println(output);
            Matcher summary = SUMMARY.matcher(output);
            assertTrue(summary.find(), "no summary line from the harness:\n" + output);
            assertEquals("0", summary.group(2), "harness checks failed:\n" + output);
            assertTrue(Integer.parseInt(summary.group(1)) >= 20, "too few checks ran:\n" + output);
        }
    }

    /** Whether show run prints `encryption 3des` as ` encr 3des`, as real IOS does (harness option). */
    private static boolean rendersEncr(AccessRouter r) {
        String shown = r.console("configure terminal", "crypto isakmp policy 1", "encryption 3des", "end",
                "show running-config | section isakmp policy 1");
        r.console("configure terminal", "no crypto isakmp policy 1", "end");
        return shown.contains("\n encr 3des");
    }

    /** ../shared relative to the project directory (CI clones next to it), else /work/shared. */
    static Path harness() {
        Path project = Path.of("").toAbsolutePath();
        Path sibling = project.resolveSibling("shared").resolve("harness/clients/run-clients.sh");
        if (Files.exists(sibling)) {
            return sibling;
        }
        Path up = project.getParent() == null ? sibling
                : project.getParent().resolveSibling("shared").resolve("harness/clients/run-clients.sh");
        return Files.exists(up) ? up : sibling;
    }

    private static List<String> missingPackages() throws IOException, InterruptedException {
        List<String> missing = new ArrayList<>();
        Process py = new ProcessBuilder("/usr/bin/python3", "-c", "import netmiko, paramiko, textfsm")
                .redirectErrorStream(true).start();
        py.getInputStream().readAllBytes();
        if (py.waitFor() != 0) {
            missing.add("python3-netmiko/python3-paramiko/python3-textfsm");
        }
        if (!Files.isExecutable(Path.of("/usr/bin/ansible-playbook"))) {
            missing.add("ansible");
        }
        for (String tool : List.of("expect", "ssh", "telnet")) {
            if (!Files.isExecutable(Path.of("/usr/bin", tool))) {
                missing.add(tool);
            }
        }
        return missing;
    }
}
