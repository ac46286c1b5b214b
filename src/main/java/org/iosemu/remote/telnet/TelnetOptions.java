package org.iosemu.remote.telnet;

import static org.iosemu.remote.telnet.TelnetCodes.DO;
import static org.iosemu.remote.telnet.TelnetCodes.DONT;
import static org.iosemu.remote.telnet.TelnetCodes.IAC;
import static org.iosemu.remote.telnet.TelnetCodes.WILL;
import static org.iosemu.remote.telnet.TelnetCodes.WONT;

import java.io.IOException;
import java.util.Set;

/**
 * Option negotiation for one connection, loop-free in the spirit of RFC 1143: a request is answered only
 * when it changes an option's state, and an answer to our own request is taken as acceptance or refusal
 * without replying. Options we do not support are refused.
 */
final class TelnetOptions {

    /** Where raw protocol bytes (not data) go. */
    @FunctionalInterface
    interface Sender {
        void send(byte[] bytes) throws IOException;
    }

    private enum State { NO, YES, WANT_YES }

    private final Sender sender;
    private final Set<Integer> localSupported;
    private final Set<Integer> remoteSupported;
    private final State[] local = new State[256];
    private final State[] remote = new State[256];

    /**
     * @param localSupported  options this side will perform (answers DO with WILL)
     * @param remoteSupported options the client may perform (answers WILL with DO)
     */
    TelnetOptions(Sender sender, Set<Integer> localSupported, Set<Integer> remoteSupported) {
        this.sender = sender;
        this.localSupported = Set.copyOf(localSupported);
        this.remoteSupported = Set.copyOf(remoteSupported);
        java.util.Arrays.fill(local, State.NO);
        java.util.Arrays.fill(remote, State.NO);
    }

    /** Offers to perform an option (WILL). */
    synchronized void offer(int option) throws IOException {
        if (local[option] == State.NO) {
            local[option] = State.WANT_YES;
            send(WILL, option);
        }
    }

    /** Asks the client to perform an option (DO). */
    synchronized void ask(int option) throws IOException {
        if (remote[option] == State.NO) {
            remote[option] = State.WANT_YES;
            send(DO, option);
        }
    }

    synchronized boolean isRemoteEnabled(int option) {
        return remote[option] == State.YES;
    }

    synchronized boolean isLocalEnabled(int option) {
        return local[option] == State.YES;
    }

    /** Handles IAC WILL/WONT/DO/DONT option from the client. */
    synchronized void receive(int command, int option) throws IOException {
        switch (command) {
            case DO -> {
                if (!localSupported.contains(option)) {
                    send(WONT, option);
                } else if (local[option] != State.YES) {
                    boolean wasRequested = local[option] == State.WANT_YES;
                    local[option] = State.YES;
                    if (!wasRequested) {
                        send(WILL, option);
                    }
                }
            }
            case DONT -> {
                if (local[option] == State.YES) {
                    send(WONT, option);
                }
                local[option] = State.NO;
            }
            case WILL -> {
                if (!remoteSupported.contains(option)) {
                    send(DONT, option);
                } else if (remote[option] != State.YES) {
                    boolean wasRequested = remote[option] == State.WANT_YES;
                    remote[option] = State.YES;
                    if (!wasRequested) {
                        send(DO, option);
                    }
                }
            }
            case WONT -> {
                if (remote[option] == State.YES) {
                    send(DONT, option);
                }
                remote[option] = State.NO;
            }
            default -> throw new IllegalArgumentException("not a negotiation command: " + command);
        }
    }

    private void send(int command, int option) throws IOException {
        sender.send(new byte[] {(byte) IAC, (byte) command, (byte) option});
    }
}
