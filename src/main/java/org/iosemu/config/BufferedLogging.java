package org.iosemu.config;

/** `logging buffered [SIZE] [LEVEL]`: the in-memory log, its size in bytes and the least severe level kept. */
public record BufferedLogging(int size, Severity level) {

    /** The buffer size this platform starts with; show run omits it, as it omits the default level. */
    public static final int DEFAULT_SIZE = 4096;

    public static final BufferedLogging DEFAULT = new BufferedLogging(DEFAULT_SIZE, Severity.DEBUGGING);

    public String render() {
        StringBuilder b = new StringBuilder("logging buffered");
        if (size != DEFAULT_SIZE) {
            b.append(' ').append(size);
        }
        if (level != Severity.DEBUGGING) {
            b.append(' ').append(level.keyword());
        }
        return b.toString();
    }
}
