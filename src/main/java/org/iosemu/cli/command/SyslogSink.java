package org.iosemu.cli.command;

/** Where commands raise syslog messages (`%CRYPTO-6-ISAKMP_ON_OFF: ISAKMP is ON`); the bus adds timestamps. */
@FunctionalInterface
public interface SyslogSink {
    void log(String message);
}
