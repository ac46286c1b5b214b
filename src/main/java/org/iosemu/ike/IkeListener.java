package org.iosemu.ike;

public interface IkeListener {
    void onEvent(IkeEvent event);

    /**
     * Whether {@link IkeEvent.Debug} events are wanted right now; asked before each debug line, so it may change
     * at any time. When false the engine skips formatting them (a busy hub would otherwise format lines nobody
     * reads). Syslog and SA events are delivered regardless.
     */
    default boolean debugEnabled() {
        return true;
    }
}
