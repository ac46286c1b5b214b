package org.iosemu.ike.engine;

import org.iosemu.ike.Endpoint;

/**
 * `crypto isakmp nat keepalive N`: a node behind a NAT sends a one-byte 0xFF datagram on UDP 4500 whenever it
 * has sent nothing to the peer for N seconds, so the NAT keeps the port mapping (RFC 3948 2.3, 4).
 */
final class NatKeepalive {
    private NatKeepalive() {
    }

    static void start(EngineCore core, Phase1Sa sa) {
        int seconds = core.config.natTransparency().keepaliveSeconds();
        if (seconds == 0 || !sa.natLocal || sa.local.port() != Endpoint.NAT_T_PORT) {
            return;
        }
        schedule(core, sa, seconds * 1000L);
    }

    private static void schedule(EngineCore core, Phase1Sa sa, long delay) {
        sa.natKeepalive = core.timers.schedule(delay, () -> tick(core, sa));
    }

    private static void tick(EngineCore core, Phase1Sa sa) {
        if (sa.deleted) {
            return;
        }
        long interval = core.config.natTransparency().keepaliveSeconds() * 1000L;
        if (interval == 0) {
            sa.natKeepalive = null;
            return;
        }
        long idle = core.timers.now() - sa.lastSent;
        if (idle >= interval) {
            core.log.sa(sa, "sending NAT keepalive packet to " + sa.remote);
            core.net.sendNatKeepalive(sa.local, sa.remote);
            sa.lastSent = core.timers.now();
            schedule(core, sa, interval);
        } else {
            schedule(core, sa, interval - idle);
        }
    }
}
