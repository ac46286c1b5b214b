package org.iosemu.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.iosemu.app.LabLaunch;
import org.iosemu.app.Launcher;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Link properties at their defaults change nothing: every golden lab transcript (samples/labs/NAME) replays to
 * its session.expected byte for byte when a links.txt gives every pair of its routers a link of its own, so
 * every packet crosses the link machinery instead of the plain latency. Written twice: with the default values
 * spelled out, and with a link so fast (10 Gbit/s) that packets go through the transmitter and its queue yet
 * never wait a millisecond.
 */
class DefaultLinksTranscriptTest {

    private static final Path LABS = Path.of("samples/labs");

    @TestFactory
    Stream<DynamicTest> defaultLinksLeaveEveryTranscriptUnchanged() throws IOException {
        List<Path> labs;
        try (Stream<Path> dirs = Files.list(LABS)) {
            // a lab with its own links file is about its links, not about the defaults
            labs = dirs.filter(d -> Files.exists(d.resolve("session.txt")) && !Files.exists(d.resolve(LinkPlan.FILE)))
                    .sorted().toList();
        }
        assertFalse(labs.isEmpty());
        List<DynamicTest> tests = new ArrayList<>();
        for (Path dir : labs) {
            String name = dir.getFileName().toString();
            tests.add(DynamicTest.dynamicTest(name + " (defaults spelled out)",
                    () -> check(dir, "mtu 1500 bandwidth 0 delay 1 loss 0", false)));
            tests.add(DynamicTest.dynamicTest(name + " (10 Gbit/s links)", () -> check(dir, "bandwidth 10000000", true)));
        }
        return tests.stream();
    }

    /** @param listsLinks the links differ from the default, so `lab show` lists them: compared without that part */
    private static void check(Path dir, String settings, boolean listsLinks) throws Exception {
        Path copy = Files.createTempDirectory("default-links");
        List<String> routers = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                Files.copy(f, copy.resolve(f.getFileName()));
                String file = f.getFileName().toString();
                if (file.endsWith(".cfg")) {
                    routers.add(file.substring(0, file.length() - 4));
                }
            }
        }
        StringBuilder links = new StringBuilder("seed 99\n");
        for (int i = 0; i < routers.size(); i++) {
            for (int j = i + 1; j < routers.size(); j++) {
                links.append(routers.get(i)).append(' ').append(routers.get(j)).append(' ').append(settings).append('\n');
            }
        }
        Files.writeString(copy.resolve(LinkPlan.FILE), links.toString());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        LabLaunch lab = LabLaunch.parse(List.of("--lab", copy.toString(), "--replay", copy.resolve("session.txt").toString()));
        int status = new Launcher(lab.factory(), new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                () -> false).run(lab.remaining());
        assertEquals("", err.toString(StandardCharsets.UTF_8));
        assertEquals(0, status);
        String actual = out.toString(StandardCharsets.UTF_8);
        if (listsLinks) {
            String withoutLinks = actual.replaceAll("\n(Default link: [^\n]*\n)(Link [^\n]*\n)([^\n#]*->[^\n]*\n)+", "");
            assertEquals(actual.contains("\nlab show") || actual.contains("#lab show"), !withoutLinks.equals(actual),
                    "`lab show` lists the links");
            actual = withoutLinks;
        }
        assertEquals(Files.readString(dir.resolve("session.expected"), StandardCharsets.UTF_8), actual);
    }
}
