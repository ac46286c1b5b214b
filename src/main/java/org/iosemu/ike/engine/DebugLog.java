package org.iosemu.ike.engine;

import org.iosemu.ike.Endpoint;
import org.iosemu.ike.IkeEvent;
import org.iosemu.ike.IkeListener;

/**
 * Formats `debug crypto isakmp` lines the way classic IOS 12.4/15.x prints them. One debug event is one IOS
 * message: it may span several lines joined by a newline (the continuation lines get no timestamp of their
 * own), and a message ending in a newline is followed by an empty line, as IOS prints after each phase-1
 * state change.
 */
final class DebugLog {
    private final IkeListener listener;
    private final StructAddresses structs = new StructAddresses();
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

    /** A two-line message: {@code continuation} is printed under {@code text} without prefix or timestamp. */
    void sa(Phase1Sa sa, String text, String continuation) {
        if (enabled()) {
            raw("ISAKMP:(" + sa.connId + "):" + text + "\n" + continuation);
        }
    }

    /** A `debug crypto ipsec` line of the IPsec policy code, which has no ISAKMP prefix: "IPSEC(function): text". */
    void ipsec(String function, String text, String continuation) {
        if (enabled()) {
            raw("IPSEC(" + function + "): " + text + "\n" + continuation);
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

    /** A phase-1 state change: IOS ends the line with a blank and prints an empty line after it. */
    void states(Phase1Sa sa, String oldState, String newState) {
        if (enabled()) {
            sa(sa, "Old State = " + oldState + "  New State = " + newState + " \n");
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
            // a quick mode node's state change has neither the trailing blank nor the empty line
            sa(sa, "Old State = " + oldState + "  New State = " + newState);
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

    /** The SA struct's address as IOS prints it after "sa = " (eight hex digits, no 0x). */
    String saStruct(Phase1Sa sa) {
        return StructAddresses.hex(structs.sa(sa));
    }

    /** The peer struct's address ("Locking peer struct 0x...", "peer_reap for A.B.C.D: ..."), without 0x. */
    String peerStruct(Phase1Sa sa) {
        return StructAddresses.hex(structs.peer(sa));
    }

    /** The peer handle IOS prints beside the peer struct ("peer_handle = 0x80000003"), without 0x. */
    String peerHandle(Phase1Sa sa) {
        return StructAddresses.hex(structs.peerHandle(sa));
    }

    /** IOS's first lines for a new SA: its peer struct (locked for {@code lockedFor}), the ports, the SA's insertion. */
    void newPeerStruct(Phase1Sa sa, String lockedFor, boolean setNodeZero) {
        if (!enabled()) {
            return;
        }
        global("Created a peer struct for " + sa.remote.ip() + ", peer port " + sa.remote.port());
        global("New peer created peer = 0x" + peerStruct(sa) + " peer_handle = 0x" + peerHandle(sa));
        global("Locking peer struct 0x" + peerStruct(sa) + ", refcount 1 for " + lockedFor);
        global("local port " + sa.local.port() + ", remote port " + sa.remote.port());
        if (setNodeZero) {
            global("set new node 0 to " + pad("QM_IDLE"));
        }
        raw("insert sa successfully sa = " + saStruct(sa));
    }

    void syslog(String text) {
        listener.onEvent(new IkeEvent.Syslog(text));
    }

    /**
     * A syslog line caused by a packet from outside ({@code text} starts with {@code %CRYPTO-4-MNEMONIC:}):
     * rate-limited per mnemonic, so a flood of garbage gives one line a minute.
     */
    void packetSyslog(String text, long nowMillis) {
        packetSyslog(text, nowMillis, SyslogThrottle.INTERVAL_MILLIS);
    }

    /** As {@link #packetSyslog(String, long)}, for a message IOS limits to one per {@code intervalMillis}. */
    void packetSyslog(String text, long nowMillis, long intervalMillis) {
        int colon = text.indexOf(':');
        String mnemonic = colon > 0 ? text.substring(0, colon) : text;
        if (throttle.allow(mnemonic, nowMillis, intervalMillis)) {
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
