package org.iosemu.ike.engine;

import java.util.HashMap;
import java.util.Map;

/**
 * At most one line per message type (mnemonic) per interval for the messages a stray or hostile packet
 * causes (IKMP_NO_SA, RECVD_PKT_INV_SPI, IKMP_BAD_MESSAGE, ...), so a flood cannot fill the console and
 * the logging buffer. IOS rate-limits these per message (a Cisco engineer gives one per minute for
 * PKT_REPLAY_ERR); the others are taken to behave alike. Suppressed lines are only counted: IOS prints
 * nothing for them.
 */
final class SyslogThrottle {

    static final long INTERVAL_MILLIS = 60_000;

    private final Map<String, Long> lastShown = new HashMap<>();
    private final Map<String, Long> suppressed = new HashMap<>();

    /** True when a line of this type may be shown at {@code nowMillis}; otherwise it is counted. */
    synchronized boolean allow(String mnemonic, long nowMillis) {
        return allow(mnemonic, nowMillis, INTERVAL_MILLIS);
    }

    /** As {@link #allow(String, long)} for a message with its own interval. */
    synchronized boolean allow(String mnemonic, long nowMillis, long intervalMillis) {
        Long last = lastShown.get(mnemonic);
        if (last != null && nowMillis - last < intervalMillis) {
            suppressed.merge(mnemonic, 1L, Long::sum);
            return false;
        }
        lastShown.put(mnemonic, nowMillis);
        return true;
    }

    /** Lines of this type not shown so far. */
    synchronized long suppressed(String mnemonic) {
        return suppressed.getOrDefault(mnemonic, 0L);
    }
}
