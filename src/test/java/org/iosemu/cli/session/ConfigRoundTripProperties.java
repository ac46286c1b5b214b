package org.iosemu.cli.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.iosemu.config.render.ConfigTimes;
import org.iosemu.config.render.RunningConfigRenderer;
import org.iosemu.time.IosTimestamp;
import org.iosemu.time.VirtualScheduler;

/** Whatever show run prints, a fresh router booting from it ends up with the same model and text. */
class ConfigRoundTripProperties {

    @Property(tries = 150)
    void renderedConfigReplaysToTheSameModel(@ForAll("configs") List<String> commands) throws IOException {
        RouterContext typed = new RouterContext(new VirtualScheduler(IosTimestamp.IOS_BOOT_EPOCH_MILLIS), Optional.empty(),
                new StandaloneRouterServices(), new Random(1));
        IosSession session = new IosSession(typed);
        StringBuilder screen = new StringBuilder();
        session.submit("enable", screen::append);
        session.submit("configure terminal", screen::append);
        for (String c : commands) {
            LineOutcome o = session.submit(c, screen::append);
            assertFalse(o.rejected(), () -> c + " -> " + o.message() + "\n" + screen);
        }
        List<String> body = RunningConfigRenderer.body(typed.config().current(), ConfigTimes.NONE);

        Path nvram = Files.createTempFile("roundtrip", ".cfg");
        try {
            Files.write(nvram, body);
            RouterContext booted = new RouterContext(new VirtualScheduler(IosTimestamp.IOS_BOOT_EPOCH_MILLIS),
                    Optional.of(nvram), new StandaloneRouterServices(), new Random(2));
            StringBuilder errors = new StringBuilder();
            booted.boot(errors::append);
            assertEquals("", errors.toString(), String.join("\n", body));
            assertEquals(String.join("\n", body),
                    String.join("\n", RunningConfigRenderer.body(booted.config().current(), ConfigTimes.NONE)));
            assertEquals(typed.config().current(), booted.config().current());
        } finally {
            Files.deleteIfExists(nvram);
        }
    }

    @Provide
    Arbitrary<List<String>> configs() {
        return ConfigGenerators.configs();
    }
}
