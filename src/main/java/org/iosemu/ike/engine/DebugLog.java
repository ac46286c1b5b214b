package org.iosemu.ike.engine;

import org.iosemu.ike.Endpoint;
import org.iosemu.ike.IkeEvent;
import org.iosemu.ike.IkeListener;

/** Formats `debug crypto isakmp` lines the way classic IOS 12.4/15.x prints them. */
final class DebugLog {
    private final IkeListener listener;
    private final SyslogThrottle throttle = new SyslogThrottle();

    DebugLog(IkeListener listener) {
        this.listener = listener;
    }

    /**
     * IOS prints QM_IDLE with trailing blanks to 13 columns ("QM_IDLE      ", visible as seven spaces before
     * "(peer" in "deleting SA" lines); the 11-character MM_* names are printed as they are.
     */
    static String pad(String state) {
        return "QM_IDLE".equals(state) ? "QM_IDLE      " : state;
    }

    /**
     * Whether debug lines are wanted now. Every method here checks it before formatting; callers that build a
     * costly argument on a hot path (DPD) check it first too.
     */
    boolean enabled() {
        return listener.debugEnabled();
    }

    void raw(String text) {
        if (enabled()) {
            listener.onEvent(new IkeEvent.Debug(text));
        }
    }

    void global(String text) {
        if (enabled()) {
            raw("ISAKMP: " + text);
        }
    }

    void sa(Phase1Sa sa, String text) {
        if (enabled()) {
            raw("ISAKMP:(" + sa.connId + "):" + text);
        }
    }

    /** Attribute lines carry no conn-id: "ISAKMP:      encryption 3DES-CBC". */
    void attribute(String text) {
        if (enabled()) {
            raw("ISAKMP:      " + text);
        }
    }

    void input(Phase1Sa sa, String input) {
        if (enabled()) {
            sa(sa, "Input = " + input);
        }
    }

    void states(Phase1Sa sa, String oldState, String newState) {
        if (enabled()) {
            sa(sa, "Old State = " + oldState + "  New State = " + newState);
        }
    }

    /** Input line plus the Old/New pair, and moves the SA's FSM state (whether or not anyone listens). */
    void transition(Phase1Sa sa, String input, String newState) {
        input(sa, input);
        states(sa, sa.fsm, newState);
        sa.fsm = newState;
    }

    void node(Phase1Sa sa, int messageId, String input, String oldState, String newState) {
        if (enabled()) {
            sa(sa, "Node " + messageId + ", Input = " + input);
            states(sa, oldState, newState);
        }
    }

    void received(Phase1Sa sa, Endpoint from, Endpoint to, boolean newSa) {
        if (!enabled()) {
            return;
        }
        String where = newSa ? "(N) NEW SA" : "(" + sa.roleChar() + ") " + pad(sa.mmState);
        raw("ISAKMP (0:" + sa.connId + "): received packet from " + from.ip() + " dport " + to.port() + " sport " + from.port() + " Global " + where);
    }

    void sending(Phase1Sa sa) {
        if (!enabled()) {
            return;
        }
        sa(sa, " sending packet to " + sa.remote.ip() + " my_port " + sa.local.port() + " peer_port " + sa.remote.port() + " (" + sa.roleChar() + ") " + pad(sa.mmState));
    }

    void syslog(String text) {
        listener.onEvent(new IkeEvent.Syslog(text));
    }

    /**
     * A syslog line caused by a packet from outside ({@code text} starts with {@code %CRYPTO-4-MNEMONIC:}):
     * rate-limited per mnemonic, so a flood of garbage gives one line a minute.
     */
    void packetSyslog(String text, long nowMillis) {
        int colon = text.indexOf(':');
        String mnemonic = colon > 0 ? text.substring(0, colon) : text;
        if (throttle.allow(mnemonic, nowMillis)) {
            syslog(text);
        }
    }

    SyslogThrottle throttle() {
        return throttle;
    }

    void event(IkeEvent e) {
        listener.onEvent(e);
    }
}
