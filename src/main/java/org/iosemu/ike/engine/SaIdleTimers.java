package org.iosemu.ike.engine;

import org.iosemu.ike.config.SaIdleTimer;

/**
 * IPsec SA idle timers: an SA whose map entry has an idle time is deleted (with a DELETE to the peer) once it
 * has carried no packet for that long. When it was the last IPsec SA with that peer the IKE SA goes too, and
 * an idle time with `default` sends the entry back to its default peer, so a tunnel that failed over returns
 * to the primary once traffic stops.
 */
final class SaIdleTimers {

    private final EngineCore core;

    SaIdleTimers(EngineCore core) {
        this.core = core;
    }

    /** Starts watching a new SA (nothing to do without an idle time). */
    void arm(IpsecSaState s) {
        SaIdleTimer idle = s.policy.idleTimer();
        if (idle.enabled()) {
            s.idleCheck = core.timers.schedule(idle.seconds() * 1000, () -> check(s));
        }
    }

    /** Runs when the SA may have gone idle; traffic since the last check moves the deadline on. */
    private void check(IpsecSaState s) {
        if (!core.childSas.contains(s)) {
            return;
        }
        SaIdleTimer idle = s.policy.idleTimer();
        long limit = idle.seconds() * 1000;
        long quiet = core.timers.now() - s.lastActivity;
        if (quiet < limit) {
            s.idleCheck = core.timers.schedule(limit - quiet, () -> check(s));
            return;
        }
        core.deleteIpsec(s, "idle timer expired", true);
        if (!core.childSas.anyBetween(s.local.ip(), s.remote.ip())) {
            core.ikeSas.established(s.local.ip(), s.remote.ip())
                    .ifPresent(sa -> core.deleteIkeSa(sa, "IPSec SAs idle", true));
        }
        if (idle.returnToDefaultPeer()) {
            core.returnToDefaultPeer(s.policy);
        }
    }
}
