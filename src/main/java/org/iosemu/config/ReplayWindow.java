package org.iosemu.config;

/** Anti-replay: a window size (64 is the default) or disabled. */
public record ReplayWindow(boolean disabled, int windowSize) {

    public static final ReplayWindow DEFAULT = new ReplayWindow(false, 64);
    public static final ReplayWindow DISABLED = new ReplayWindow(true, 0);

    public static ReplayWindow window(int size) {
        return new ReplayWindow(false, size);
    }

    /** Words after `security-association replay`. */
    public String render() {
        return disabled ? "disable" : "window-size " + windowSize;
    }
}
