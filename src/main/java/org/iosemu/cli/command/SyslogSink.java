package org.iosemu.cli.command;

/** Where commands raise syslog messages (`%CRYPTO-6-ISAKMP_ON_OFF: ISAKMP is ON`); the bus adds timestamps. */
@FunctionalInterface
public interface SyslogSink {

    void log(String message);

    /** A message IOS raises a moment later (line protocol follows the link by about a second). */
    default void logAfter(long delayMillis, String message) {
        log(message);
    }
}
