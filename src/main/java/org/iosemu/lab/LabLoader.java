package org.iosemu.lab;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.iosemu.cli.session.LenientUtf8;
import org.iosemu.net.Ipv4Address;

/** Reads a lab's startup-configs: NAME.cfg files in a folder, or the embedded default lab on the classpath. */
public final class LabLoader {

    /** Classpath folder of the default lab; its INDEX lists the .cfg files. */
    public static final String EMBEDDED = "labs/default/";

    private LabLoader() {}

    public static Map<String, String> fromDirectory(Path dir) throws IOException {
        Map<String, String> configs = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".cfg")).sorted().toList()) {
                String name = f.getFileName().toString();
                // a byte that is not UTF-8 is read as ISO-8859-1; the router then rejects (and reports) that line
                List<String> lines = LenientUtf8.lines(Files.readAllBytes(f), (line, problem) -> { });
                configs.put(name.substring(0, name.length() - 4), lines.isEmpty() ? "" : String.join("\n", lines) + "\n");
            }
        }
        if (configs.isEmpty()) {
            throw new IOException("no NAME.cfg startup-configs in " + dir);
        }
        return configs;
    }

    /** The lab's NAT file: one `ROUTER behind-nat PUBLIC-ADDRESS` per line, `!` starts a comment. */
    public static final String NAT_FILE = "nat.txt";

    /** Public address by router name, from the folder's {@link #NAT_FILE} (none if there is no such file). */
    public static Map<String, Ipv4Address> nats(Path dir) throws IOException {
        Map<String, Ipv4Address> nats = new LinkedHashMap<>();
        LabFileLines lines = LabFileLines.read(dir.resolve(NAT_FILE));
        Path file = lines.file();
        for (LabFileLines.Line line : lines.lines()) {
            String text = line.text();
            String[] words = line.words();
            if (words.length != 3 || !words[1].equals("behind-nat")) {
                throw new IOException(file + ": expected 'ROUTER behind-nat PUBLIC-ADDRESS', got '" + text + "'");
            }
            try {
                nats.put(words[0], Ipv4Address.parse(words[2]));
            } catch (IllegalArgumentException e) {
                throw new IOException(file + ": bad address '" + words[2] + "'", e);
            }
        }
        return nats;
    }

    public static Map<String, String> embedded() {
        Map<String, String> configs = new LinkedHashMap<>();
        for (String file : read(EMBEDDED + "INDEX").lines().map(String::strip).filter(l -> l.endsWith(".cfg")).toList()) {
            configs.put(file.substring(0, file.length() - 4), read(EMBEDDED + file));
        }
        return configs;
    }

    private static String read(String resource) {
        try (InputStream in = LabLoader.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fresh directory for the routers' NVRAM copies, removed when the JVM exits. */
    public static Path scratchNvram() {
        try {
            Path dir = Files.createTempDirectory("iosemu-lab");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
