package org.iosemu.cli.session;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.iosemu.time.IosTimestamp;
import org.iosemu.time.VirtualScheduler;

/**
 * Plays input lines into an {@link IosSession} and renders the console as a user would see it: prompt,
 * echoed line (not for secrets), output, then any log lines. Directives start with {@code @}:
 * {@code @ctrl-z}, {@code @ctrl-c [TEXT]} (TEXT typed, then Ctrl-C), {@code @help TEXT} (TEXT then `?`),
 * {@code @wait SECONDS}.
 * The clock starts at IOS's boot time and moves one second before every line.
 */
public final class TranscriptRunner {

    private final VirtualScheduler clock = new VirtualScheduler(IosTimestamp.IOS_BOOT_EPOCH_MILLIS);
    private final RouterContext router;
    private final IosSession session;
    private final StringBuilder screen = new StringBuilder();

    public TranscriptRunner(Optional<Path> startupConfig) {
        router = new RouterContext(clock, startupConfig, new StandaloneRouterServices(), new Random(7));
        router.boot(screen::append);
        session = new IosSession(router);
        session.setAsyncSink(line -> screen.append(line).append('\n'));
        screen.append(session.greeting());
    }

    public RouterContext router() {
        return router;
    }

    public IosSession session() {
        return session;
    }

    public String play(List<String> lines) {
        for (String line : lines) {
            if (!session.isOpen()) {
                break;
            }
            clock.advance(1000);
            String prompt = session.prompt();
            if (line.equals("@ctrl-z")) {
                screen.append(prompt).append("^Z\n");
                session.endConfiguration(screen::append);
            } else if (line.equals("@ctrl-c") || line.startsWith("@ctrl-c ")) {
                String typed = line.length() > "@ctrl-c".length() ? line.substring("@ctrl-c ".length()) : "";
                screen.append(prompt).append(session.echoesInput() ? typed : "").append("^C\n");
                session.interrupt(screen::append);
            } else if (line.startsWith("@help ")) {
                String text = line.substring("@help ".length());
                screen.append(prompt).append(text).append("?\n");
                session.help(text, screen::append);
            } else if (line.startsWith("@wait ")) {
                clock.advance(Long.parseLong(line.substring("@wait ".length()).strip()) * 1000);
            } else {
                screen.append(prompt).append(session.echoesInput() ? line : "").append('\n');
                session.submit(line, screen::append);
            }
        }
        if (session.isOpen()) {
            screen.append(session.prompt());
        }
        return screen.toString();
    }
}
