package org.iosemu.cli.session;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;

/**
 * NVRAM: the startup-config file. Saving writes a temporary file beside it and moves it into place
 * atomically, so a crash never leaves half a config; without a path the router keeps it in memory.
 */
public final class StartupConfigFile {

    private final Optional<Path> path;
    private volatile Optional<List<String>> inMemory = Optional.empty();

    public StartupConfigFile(Optional<Path> path) {
        this.path = path;
    }

    public Optional<Path> path() {
        return path;
    }

    /** The stored lines, empty when there is no startup-config. */
    public Optional<List<String>> read() {
        if (path.isEmpty()) {
            return inMemory;
        }
        try {
            if (!Files.exists(path.get())) {
                return Optional.empty();
            }
            return Optional.of(Files.readAllLines(path.get(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void write(List<String> lines) throws IOException {
        if (path.isEmpty()) {
            inMemory = Optional.of(List.copyOf(lines));
            return;
        }
        Path target = path.get().toAbsolutePath();
        Path dir = target.getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, target.getFileName().toString(), ".tmp");
        try {
            Files.write(temp, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** `write erase`. */
    public void erase() throws IOException {
        if (path.isEmpty()) {
            inMemory = Optional.empty();
        } else {
            Files.deleteIfExists(path.get());
        }
    }
}
