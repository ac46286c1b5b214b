package org.iosemu.app;

import java.nio.file.Path;
import java.util.Optional;
import org.iosemu.time.Scheduler;

/** What a router needs to boot: its hostname, its clock and timers, and where its startup-config lives. */
public record RouterSetup(String hostname, Scheduler scheduler, Optional<Path> startupConfig) {}
