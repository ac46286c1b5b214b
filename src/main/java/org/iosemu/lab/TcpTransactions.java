package org.iosemu.lab;

import org.iosemu.cli.session.DebugFlags;
import org.iosemu.net.Ipv4Address;
import org.iosemu.net.TcpSegment;

/**
 * `debug ip tcp transactions` for the lab's handshakes: state changes and the MSS each side advertises and
 * learns, in IOS's wording (the line set is reduced to the handshake the lab runs; the TCB numbers are stand-ins
 * for IOS's memory addresses, made from the connection so a replay prints the same).
 */
final class TcpTransactions {

    private TcpTransactions() {}

    private static boolean on(Router router) {
        return router.debugs().isOn(DebugFlags.Flag.TCP_TRANSACTIONS);
    }

    private static void debug(Router router, String line) {
        router.context().logBus().debug(line);
    }

    private static String tcb(int localPort, Ipv4Address peer, int peerPort) {
        int h = (localPort * 31 + peerPort) * 0x9E37 ^ peer.bits();
        return String.format("%08X", 0x64000000 | (h & 0x00FFFFF8));
    }

    /** The initiator's first SYN. */
    static void synSent(Router router, int localPort, Ipv4Address peer, int peerPort, int advertised) {
        if (on(router)) {
            debug(router, "TCP0: state was CLOSED -> SYNSENT [" + localPort + " -> " + peer + "(" + peerPort + ")]");
            debug(router, "TCP0: Connection to " + peer + ":" + peerPort + ", advertising MSS " + advertised);
        }
    }

    /** The initiator got the SYN-ACK. */
    static void established(Router router, int localPort, Ipv4Address peer, TcpSegment synAck, int advertised) {
        if (on(router)) {
            int peerPort = synAck.sourcePort();
            debug(router, "TCP0: state was SYNSENT -> ESTAB [" + localPort + " -> " + peer + "(" + peerPort + ")]");
            debug(router, "TCP: tcb " + tcb(localPort, peer, peerPort) + " connection to " + peer + ":" + peerPort
                    + ", peer MSS " + peerMss(synAck) + ", MSS is " + Math.min(advertised, peerMss(synAck)));
        }
    }

    /** The responder took a SYN and answers with its SYN-ACK. */
    static void synReceived(Router router, Ipv4Address peer, TcpSegment syn, TcpSegment synAck) {
        if (on(router)) {
            int localPort = syn.destinationPort();
            int peerPort = syn.sourcePort();
            int advertised = synAck.maxSegmentSize();
            debug(router, "TCP0: state was LISTEN -> SYNRCVD [" + localPort + " -> " + peer + "(" + peerPort + ")]");
            debug(router, "TCP: tcb " + tcb(localPort, peer, peerPort) + " connection to " + peer + ":" + peerPort
                    + ", peer MSS " + peerMss(syn) + ", MSS is " + Math.min(advertised, peerMss(syn)));
            debug(router, "TCP: sending SYN, seq " + synAck.sequence() + ", ack " + synAck.acknowledgement());
            debug(router, "TCP0: Connection to " + peer + ":" + peerPort + ", advertising MSS " + advertised);
        }
    }

    /** A segment without the option means RFC 879's 536. */
    private static int peerMss(TcpSegment s) {
        return s.maxSegmentSize() > 0 ? s.maxSegmentSize() : TcpMss.REMOTE;
    }
}
