package org.iosemu.config;

/** Told after every committed edit, with the snapshots before and after (e.g. the IKE engine re-reads peers). */
@FunctionalInterface
public interface ConfigListener {
    void configChanged(RunningConfig before, RunningConfig after);
}
