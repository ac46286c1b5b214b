package org.iosemu.config;

import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongSupplier;
import java.util.function.UnaryOperator;

/**
 * The running configuration: a reference to an immutable snapshot, swapped atomically per command.
 * Readers ({@link #current()}) never see a half-applied command; writers are serialised.
 */
public final class ConfigStore {

    private volatile RunningConfig current;
    private volatile long lastChangeMillis = -1;
    private final LongSupplier clock;
    private final List<ConfigListener> listeners = new CopyOnWriteArrayList<>();

    public ConfigStore(RunningConfig initial, LongSupplier clock) {
        this.current = initial;
        this.clock = clock;
    }

    public RunningConfig current() {
        return current;
    }

    /** Applies one command's edit atomically; listeners run after the swap, outside the lock. */
    public RunningConfig apply(UnaryOperator<RunningConfig> edit) {
        RunningConfig before;
        RunningConfig after;
        synchronized (this) {
            before = current;
            after = edit.apply(before);
            if (after.equals(before)) {
                return before;
            }
            current = after;
            lastChangeMillis = clock.getAsLong();
        }
        for (ConfigListener l : listeners) {
            l.configChanged(before, after);
        }
        return after;
    }

    /** Router-clock time of the last change, empty while the config is as it was loaded. */
    public OptionalLong lastChangeMillis() {
        long t = lastChangeMillis;
        return t < 0 ? OptionalLong.empty() : OptionalLong.of(t);
    }

    public void forgetChangeTime() {
        lastChangeMillis = -1;
    }

    public void addListener(ConfigListener l) {
        listeners.add(l);
    }

    public void removeListener(ConfigListener l) {
        listeners.remove(l);
    }
}
