package org.iosemu.cli.session;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.StandardOpenOption;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;

/**
 * NVRAM: the startup-config file. Saving writes a hidden temporary file beside it ({@code .NAME.x.tmp}),
 * syncs it and moves it into place atomically, so a crash never leaves half a config; the saved file keeps
 * its mode (a new one gets the umask's). Temporaries an interrupted save left are deleted at start and at
 * the next save. Without a path the router keeps the config in memory.
 */
public final class StartupConfigFile {

    private static final String TEMP_PREFIX = ".";
    private static final String TEMP_SUFFIX = ".tmp";
    private static final java.util.Random TEMP_NAMES = new java.security.SecureRandom();

    private final Optional<Path> path;
    private volatile Optional<List<String>> inMemory = Optional.empty();

    public StartupConfigFile(Optional<Path> path) {
        this.path = path;
        removeStaleTemporaries();
    }

    public Optional<Path> path() {
        return path;
    }

    /** The stored lines, empty when there is no startup-config. */
    public Optional<List<String>> read() {
        return read((line, problem) -> { });
    }

    /** The stored lines; a line that is not UTF-8 is read byte for character and told to {@code invalid}. */
    public Optional<List<String>> read(LenientUtf8.InvalidLine invalid) {
        if (path.isEmpty()) {
            return inMemory;
        }
        try {
            if (!Files.exists(path.get())) {
                return Optional.empty();
            }
            return Optional.of(LenientUtf8.lines(Files.readAllBytes(path.get()), invalid));
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
        removeStaleTemporaries();
        Path temp = dir.resolve(TEMP_PREFIX + target.getFileName() + "." + Long.toUnsignedString(TEMP_NAMES.nextLong(), 36) + TEMP_SUFFIX);
        try {
            // created with the umask's mode (0644 as a rule), then given the saved file's own mode if it has one
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                channel.write(ByteBuffer.wrap((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8)));
                channel.force(true);   // on disk before it replaces the old file
            }
            keepMode(target, temp);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Deletes what an interrupted save left beside the file: our hidden {@code .NAME.*.tmp} files, and the
     * {@code NAME<digits>.tmp} of earlier versions. Done at start and before each save.
     */
    public void removeStaleTemporaries() {
        if (path.isEmpty()) {
            return;
        }
        Path target = path.get().toAbsolutePath();
        String name = target.getFileName().toString();
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(target.getParent())) {
            for (Path sibling : siblings) {
                if (isOurTemporary(name, sibling.getFileName().toString())) {
                    Files.deleteIfExists(sibling);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // nothing left over, or not ours to clean: the next save tries again
        }
    }

    static boolean isOurTemporary(String name, String candidate) {
        if (!candidate.endsWith(TEMP_SUFFIX)) {
            return false;
        }
        String middle;
        if (candidate.startsWith(TEMP_PREFIX + name + ".")) {
            middle = candidate.substring(TEMP_PREFIX.length() + name.length() + 1, candidate.length() - TEMP_SUFFIX.length());
        } else if (candidate.startsWith(name)) {
            middle = candidate.substring(name.length(), candidate.length() - TEMP_SUFFIX.length());
            if (!middle.chars().allMatch(Character::isDigit)) {
                return false;   // Files.createTempFile's random digits, as earlier versions named them
            }
        } else {
            return false;
        }
        return !middle.isEmpty() && middle.chars().allMatch(c -> Character.isLetterOrDigit(c));
    }

    private static void keepMode(Path target, Path temp) {
        try {
            if (Files.exists(target)) {
                Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(target));
            }
        } catch (UnsupportedOperationException | IOException e) {
            // not a POSIX file system: the file keeps the default mode
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
