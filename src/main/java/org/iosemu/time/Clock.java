package org.iosemu.time;

/** The router's notion of "now", in epoch milliseconds: real time for people, virtual time for tests. */
public interface Clock {
    long nowMillis();
}
