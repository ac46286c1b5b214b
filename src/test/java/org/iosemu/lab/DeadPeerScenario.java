package org.iosemu.lab;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The chapter's dead-peer story on `samples/labs/crypto-map-three-peers` (periodic DPD every 10 s, `set peer`
 * HUB1, HUB2, HUB3), as that folder's `timeline.txt` tells it: BRANCH brings its tunnel up to HUB1 with a ping, a few
 * DPD exchanges pass, HUB1 loses power, BRANCH's probes go unanswered, it declares HUB1 dead, its crypto map fails
 * over to HUB2, and the next ping builds the tunnel there.
 */
final class DeadPeerScenario {
    static final Path DIR = Path.of("samples/labs/crypto-map-three-peers");
    static final Path SCRIPT = DIR.resolve("timeline.txt");

    private DeadPeerScenario() {
    }

    /** The script up to its `lab timeline` line, typed at BRANCH's console. */
    static LabDriver run() {
        LabDriver d = LabDriver.ofSamples("crypto-map-three-peers");
        try {
            for (String line : Files.readAllLines(SCRIPT)) {
                if (!line.startsWith("lab timeline")) {
                    d.type(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return d;
    }
}
