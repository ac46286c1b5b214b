package org.iosemu.cli.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.iosemu.time.IosTimestamp;
import org.iosemu.time.VirtualScheduler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** NVRAM on disk: atomic saves that keep the file's mode and leave no temporary behind; lenient reading. */
class StartupConfigFileTest {

    @TempDir
    Path dir;

    @Test
    void aSaveKeepsTheFilesMode() throws IOException {
        Path file = Files.writeString(dir.resolve("r1.cfg"), "hostname R1\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        new StartupConfigFile(Optional.of(file)).write(List.of("hostname R2"));
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw----"));
        new StartupConfigFile(Optional.of(file)).write(List.of("hostname R3"));
        assertEquals("rw-rw----", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals("hostname R3\n", Files.readString(file));
    }

    @Test
    void aNewFileGetsTheUmasksModeNotAPrivateOne() throws IOException {
        Path probe = Files.createFile(dir.resolve("probe"));
        Path file = dir.resolve("new.cfg");
        new StartupConfigFile(Optional.of(file)).write(List.of("hostname R1"));
        assertEquals(Files.getPosixFilePermissions(probe), Files.getPosixFilePermissions(file));
    }

    @Test
    void temporariesAnInterruptedSaveLeftAreRemovedAtStartAndAtTheNextSave() throws IOException {
        Path file = Files.writeString(dir.resolve("startup-config"), "hostname R1\n");
        Path old = Files.writeString(dir.resolve("startup-config8061237812391.tmp"), "half");
        Path hidden = Files.writeString(dir.resolve(".startup-config.k2x9.tmp"), "half");
        Path unrelated = Files.writeString(dir.resolve("startup-config.bak.tmp"), "mine");
        Path other = Files.writeString(dir.resolve("notes.tmp"), "mine");
        StartupConfigFile nvram = new StartupConfigFile(Optional.of(file));
        assertFalse(Files.exists(old));
        assertFalse(Files.exists(hidden));
        Files.writeString(hidden, "half again");
        nvram.write(List.of("hostname R2"));
        assertFalse(Files.exists(hidden));
        assertTrue(Files.exists(unrelated) && Files.exists(other), "only our own temporaries are deleted");
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("notes.tmp", "startup-config", "startup-config.bak.tmp"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void aStartupConfigWithBytesThatAreNotUtf8BootsAndReportsTheLine() throws IOException {
        Path file = dir.resolve("r1.cfg");
        Files.write(file, new byte[] {'h', 'o', 's', 't', 'n', 'a', 'm', 'e', ' ', 'R', '1', '\n',
                'i', 'n', 't', 'e', 'r', 'f', 'a', 'c', 'e', ' ', 'F', 'a', (byte) 0xff, '\n',
                'b', 'a', 'n', 'n', 'e', 'r', ' ', 'm', 'o', 't', 'd', ' ', '#', 'c', 'a', 'f', (byte) 0xe9, '#', '\n',
                'i', 'p', ' ', 'c', 'e', 'f', '\n'});
        RouterContext router = new RouterContext(new VirtualScheduler(IosTimestamp.IOS_BOOT_EPOCH_MILLIS), Optional.of(file),
                new StandaloneRouterServices(), new Random(1));
        List<String> errors = new ArrayList<>();
        List<String> problems = router.boot(text -> errors.add(text));
        assertTrue(problems.contains(file + ":2: % Invalid UTF-8 byte 0xFF at column 13: line read as ISO-8859-1"), problems.toString());
        assertTrue(problems.contains(file + ":3: % Invalid UTF-8 byte 0xE9 at column 17: line read as ISO-8859-1"), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith(file + ":2: % Invalid input")), problems.toString());
        assertEquals("R1", router.config().current().system().hostname());
    }
}
