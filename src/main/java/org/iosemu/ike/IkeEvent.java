package org.iosemu.ike;

import org.iosemu.ike.config.Ipv4;

/** Everything the engine reports. Debug text carries no timestamp; the CLI adds it. */
public sealed interface IkeEvent {
    /** A `debug crypto isakmp` line. */
    record Debug(String text) implements IkeEvent {
    }

    /** A syslog message such as %CRYPTO-5-SESSION_STATUS. */
    record Syslog(String text) implements IkeEvent {
    }

    record IkeSaUp(int connId, Ipv4 local, Ipv4 peer) implements IkeEvent {
    }

    record IkeSaDown(int connId, Ipv4 local, Ipv4 peer, String reason) implements IkeEvent {
    }

    record IpsecSaUp(String mapName, int seq, Ipv4 peer, int spiIn, int spiOut) implements IkeEvent {
    }

    record IpsecSaDown(String mapName, int seq, Ipv4 peer, int spiIn, int spiOut, String reason) implements IkeEvent {
    }
}
