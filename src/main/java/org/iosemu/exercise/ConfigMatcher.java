package org.iosemu.exercise;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.iosemu.cli.session.CliOutput;
import org.iosemu.cli.session.RouterContext;
import org.iosemu.cli.session.StandaloneRouterServices;
import org.iosemu.config.render.ConfigTimes;
import org.iosemu.config.render.RunningConfigRenderer;
import org.iosemu.time.IosTimestamp;
import org.iosemu.time.VirtualScheduler;

/**
 * Whether a config line is in a running-config the way IOS reads it: the line is typed into a scratch router
 * that holds the same config, and it is present when that changes nothing. So abbreviations (`cry isa keep 10
 * peri`), defaults (`crypto isakmp keepalive 10 2 on-demand` is `crypto isakmp keepalive 10`) and the order of
 * sub-mode lines that IOS keeps in its own order are all IOS's business, not a text comparison. A line is absent
 * when typing it would change the config. "No keepalive at all" is a `no` line that is present: typing
 * `no crypto isakmp keepalive` changes nothing when there is nothing to remove.
 */
public final class ConfigMatcher {

    private ConfigMatcher() {}

    /** Why IOS rejects {@code snippet} typed into an empty router, if it does. */
    public static Optional<String> rejected(List<String> snippet) {
        List<String> problems = new ArrayList<>();
        boot(snippet, problems);
        return problems.stream().findFirst().map(p -> p.replaceFirst("^startup-config:\\d+: ", ""));
    }

    /** Whether {@code snippet} is present (or absent) in {@code runningConfig}, with what was observed. */
    public static Outcome check(String runningConfig, List<String> snippet, boolean present) {
        List<String> config = configLines(runningConfig);
        List<String> before = boot(config, new ArrayList<>());
        boolean isPresent = before.equals(boot(concat(config, snippet), new ArrayList<>()));
        String expected = (present ? "present: " : "absent: ") + String.join(" / ", snippet.stream().map(String::strip).toList());
        if (present) {
            return Outcome.of(isPresent, expected, isPresent ? "present" : observed(before, snippet));
        }
        return Outcome.of(!isPresent, expected, isPresent ? "present" : "absent");
    }

    /** The running-config lines that look like the check's last line (same first words), for the learner. */
    private static String observed(List<String> body, List<String> snippet) {
        String[] words = snippet.get(snippet.size() - 1).strip().split("\\s+");
        int least = Math.max(1, Math.min(3, words.length - 1)); // "crypto isakmp" alone says nothing
        for (int n = Math.min(3, words.length); n >= least; n--) {
            String prefix = String.join(" ", java.util.Arrays.copyOf(words, n));
            List<String> similar = body.stream().map(String::strip)
                    .filter(l -> l.equals(prefix) || l.startsWith(prefix + " ")).toList();
            if (!similar.isEmpty()) {
                return "in the running-config: " + String.join(" / ", similar);
            }
        }
        return "no such line in the running-config";
    }

    private static List<String> configLines(String text) {
        return text.lines().filter(l -> !l.strip().equals("end")).toList();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.add("!");
        all.addAll(b);
        return all;
    }

    /** The running-config body of a scratch router booted from {@code lines}; rejected lines go to {@code problems}. */
    private static List<String> boot(List<String> lines, List<String> problems) {
        RouterContext router = new RouterContext(new VirtualScheduler(IosTimestamp.IOS_BOOT_EPOCH_MILLIS), Optional.empty(),
                new StandaloneRouterServices(), new SplittableRandom(1));
        try {
            router.startupConfig().write(lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CliOutput errors = text -> text.lines().forEach(problems::add);
        router.boot(errors);
        return RunningConfigRenderer.body(router.config().current(), ConfigTimes.NONE);
    }
}
