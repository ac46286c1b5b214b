package org.iosemu.app;

import java.nio.file.Path;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.iosemu.time.Scheduler;

/**
 * What a router needs to boot.
 *
 * @param scheduler its clock and timers
 * @param startupConfig where its startup-config lives (none: NVRAM in memory only)
 * @param random salts and other random choices; seeded in replay so transcripts repeat
 */
public record RouterSetup(Scheduler scheduler, Optional<Path> startupConfig, RandomGenerator random) {}
