package org.iosemu.app;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What the command line asked for.
 *
 * @param startupConfig file loaded at start and written by `write memory`; none = an empty router
 *     whose saved configuration lives in memory only
 * @param replay script to feed as typed input ({@code -} = standard input); none = a console
 * @param help print usage and exit
 */
public record LaunchOptions(Optional<Path> startupConfig, Optional<String> replay, boolean help) {

    public static final String STDIN = "-";

    public static LaunchOptions defaults() {
        return new LaunchOptions(Optional.empty(), Optional.empty(), false);
    }

    LaunchOptions withStartupConfig(Path file) {
        return new LaunchOptions(Optional.of(file), replay, help);
    }

    LaunchOptions withReplay(String source) {
        return new LaunchOptions(startupConfig, Optional.of(source), help);
    }

    LaunchOptions withHelp() {
        return new LaunchOptions(startupConfig, replay, true);
    }
}
