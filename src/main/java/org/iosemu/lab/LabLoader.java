package org.iosemu.lab;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

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
                configs.put(name.substring(0, name.length() - 4), Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        if (configs.isEmpty()) {
            throw new IOException("no NAME.cfg startup-configs in " + dir);
        }
        return configs;
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
