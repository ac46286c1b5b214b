package org.iosemu.ike.engine;

import org.iosemu.ike.TimerPort;
import org.iosemu.ike.config.DpdSettings;
import org.iosemu.ike.config.DpdMode;

/**
 * RFC 3706 dead peer detection with IOS timing: periodic probes every `seconds` after the last acknowledged
 * exchange or the peer's last R_U_THERE (the chapter: a hello every 10 seconds "unless, of course, the router
 * receives a hello message from the peer"), or on-demand probes when traffic leaves after `seconds` of silence;
 * an unanswered probe is resent every `retry` seconds with a new sequence number, and the fifth unanswered send
 * declares the peer dead. Sequence numbers count from 1 on each IKE SA (the chapter's ACK of 0x9 came 98 s
 * after DPD started with 10-second probes).
 */
final class DpdMonitor {
    static final int MAX_SENDS = 5;
    static final int FIRST_SEQUENCE = 1;

    private final EngineCore core;
    private final Phase1Sa sa;
    private final DpdSettings keepalive;
    private int sequence;
    private boolean outstanding;
    private int errors;
    private TimerPort.Timer timer;
    private boolean stopped;

    DpdMonitor(EngineCore core, Phase1Sa sa, DpdSettings keepalive) {
        this.core = core;
        this.sa = sa;
        this.keepalive = keepalive;
        this.sequence = FIRST_SEQUENCE - 1;
    }

    void start() {
        core.log.sa(sa, "IKE_DPD is enabled, initializing timers");
        if (keepalive.mode() == DpdMode.PERIODIC) {
            scheduleIdle();
        }
    }

    private void scheduleIdle() {
        cancelTimer();
        timer = core.timers.schedule(keepalive.seconds() * 1000L, () -> {
            // the peer's hello arriving in this very millisecond counts as received first: decide after it
            timer = core.timers.schedule(0, () -> {
                timer = null;
                probe("IKE_TIMER_IM_ALIVE");
            });
        });
    }

    /** The peer's R_U_THERE proves it alive: a periodic router restarts its count instead of sending its own. */
    void onPeerHello() {
        if (stopped || outstanding || keepalive.mode() != DpdMode.PERIODIC) {
            return;
        }
        scheduleIdle();
    }

    /** On-demand trigger: outbound IPsec traffic for this peer. */
    void onOutboundTraffic() {
        if (stopped || outstanding || keepalive.mode() != DpdMode.ON_DEMAND) {
            return;
        }
        if (core.timers.now() - sa.lastHeard >= keepalive.seconds() * 1000L) {
            probe("IKE_TIMER_IM_ALIVE");
        }
    }

    private void probe(String timerInput) {
        if (stopped) {
            return;
        }
        outstanding = true;
        sequence++;
        core.informational.sendDpd(sa, org.iosemu.ike.codec.NotifyType.R_U_THERE, sequence);
        if (core.log.enabled()) {
            core.log.input(sa, "IKE_MESG_FROM_TIMER, " + timerInput);
            core.log.states(sa, sa.fsm, sa.fsm);
        }
        cancelTimer();
        timer = core.timers.schedule(keepalive.retrySeconds() * 1000L, () -> {
            timer = null;
            onRetryTimer();
        });
    }

    private void onRetryTimer() {
        if (stopped) {
            return;
        }
        errors++;
        core.log.sa(sa, "incrementing error counter on sa: PEERS_ALIVE_TIMER");
        if (errors >= MAX_SENDS) {
            stop();
            core.peerDead(sa);
            return;
        }
        probe("IKE_TIMER_PEERS_ALIVE");
    }

    /** An R-U-THERE-ACK arrived; only the latest outstanding sequence counts. */
    boolean onAck(int ackSequence) {
        if (stopped || !outstanding || ackSequence != sequence) {
            return false;
        }
        outstanding = false;
        errors = 0;
        cancelTimer();
        if (keepalive.mode() == DpdMode.PERIODIC) {
            scheduleIdle();
        }
        return true;
    }

    void stop() {
        stopped = true;
        cancelTimer();
    }

    private void cancelTimer() {
        if (timer != null) {
            timer.cancel();
            timer = null;
        }
    }
}
