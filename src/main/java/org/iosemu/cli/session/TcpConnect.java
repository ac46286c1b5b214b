package org.iosemu.cli.session;

/**
 * What opening a TCP connection to a lab address (telnet port 23, SSH port 22) came to: the remote router
 * accepted it on a free vty line, refused it (RST), or never answered within `ip tcp synwait-time`.
 */
public sealed interface TcpConnect {

    /** Telnet or SSH: which vty transport the remote end must allow. */
    enum Service {
        TELNET("telnet"), SSH("ssh");

        private final String transport;

        Service(String transport) {
            this.transport = transport;
        }

        /** The word `transport input` lists for it. */
        public String transport() {
            return transport;
        }
    }

    /** Accepted by {@code remote} on vty {@code vtyLine}; {@code localAddress} is the caller's source address. */
    record Open(RouterContext remote, int vtyLine, String localAddress) implements TcpConnect {}

    /** The remote answered with a reset: no free vty line that allows the service, or no SSH server. */
    record Refused() implements TcpConnect {}

    /** No answer: no route, nobody owns the address, or the packets were lost. */
    record TimedOut() implements TcpConnect {}
}
