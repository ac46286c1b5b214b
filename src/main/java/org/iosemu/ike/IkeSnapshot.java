package org.iosemu.ike;

import java.util.List;
import org.iosemu.ike.config.EspMode;
import org.iosemu.ike.config.Ipv4;
import org.iosemu.ike.config.ProxyIdentity;

/** Read-only view of the engine for show commands. */
public record IkeSnapshot(List<IkeSa> ikeSas, List<IpsecSa> ipsecSas, List<CurrentPeer> currentPeers) {

    /**
     * One IKE SA. dst/src follow IOS: dst is the responder, src the initiator. state is MM_NO_STATE,
     * MM_SA_SETUP, MM_KEY_EXCH or QM_IDLE; status ACTIVE once phase 1 completed. capabilities uses IOS letters
     * (C = Mode Config done, D = dead peer detection, K = keepalives, N = NAT-T in use, X = XAUTH; remotePort 4500
     * after the float).
     */
    public record IkeSa(Ipv4 dst, Ipv4 src, int localPort, int remotePort, String state, int connId, String status,
                        boolean initiator, String encryption, int keyBits, String hash, String auth, int dhGroup,
                        long lifetimeSeconds, long remainingSeconds, String capabilities) {
    }

    /**
     * One negotiated ESP SA pair; proxy.src* is the local identity, proxy.dst* the remote one. The packet counters are
     * the flow's: this SA's plus those of the SAs it replaced at rekeys (IOS's per-flow counts go on across rekeys).
     */
    public record IpsecSa(String mapName, int seq, Ipv4 localAddress, Ipv4 peer, int peerPort, ProxyIdentity proxy, int spiIn, int spiOut, String transform, EspMode mode, int pfsGroup,
                          long encaps, long encrypt, long digest, long decaps, long decrypt, long verify,
                          long remainingSeconds, long remainingKilobytes, int connId, boolean udpEncapsulated,
                          boolean replayDetection, Sizing sizing, ReceiveErrors receiveErrors, int flowIn) {
        /**
         * IOS's software crypto engine numbers an SA's `conn id` 2000 above its `flow_id: SW:n`; the flow ids are
         * handed out in pairs (inbound odd, outbound the next) as SAs are created and never reused, so a rekey's
         * successor shows the next pair (2003/2004 after 2001/2002).
         */
        public static final int SOFTWARE_CONN_ID_BASE = 2000;

        /** A lone SA: the first flow pair of a fresh router. */
        public IpsecSa(String mapName, int seq, Ipv4 localAddress, Ipv4 peer, int peerPort, ProxyIdentity proxy, int spiIn, int spiOut, String transform, EspMode mode, int pfsGroup,
                       long encaps, long encrypt, long digest, long decaps, long decrypt, long verify,
                       long remainingSeconds, long remainingKilobytes, int connId, boolean udpEncapsulated,
                       boolean replayDetection, Sizing sizing, ReceiveErrors receiveErrors) {
            this(mapName, seq, localAddress, peer, peerPort, proxy, spiIn, spiOut, transform, mode, pfsGroup, encaps, encrypt, digest, decaps, decrypt, verify,
                    remainingSeconds, remainingKilobytes, connId, udpEncapsulated, replayDetection, sizing, receiveErrors, 1);
        }

        /** The inbound or outbound SA's `flow_id: SW:n`. */
        public int flow(boolean inbound) {
            return inbound ? flowIn : flowIn + 1;
        }

        /** The inbound or outbound SA's `conn id`, also the `connection id=` of its syslog lines. */
        public int ipsecConnId(boolean inbound) {
            return SOFTWARE_CONN_ID_BASE + flow(inbound);
        }

        public IpsecSa(String mapName, int seq, Ipv4 localAddress, Ipv4 peer, int peerPort, ProxyIdentity proxy, int spiIn, int spiOut, String transform, EspMode mode, int pfsGroup,
                       long encaps, long encrypt, long digest, long decaps, long decrypt, long verify,
                       long remainingSeconds, long remainingKilobytes, int connId, boolean udpEncapsulated,
                       boolean replayDetection, Sizing sizing) {
            this(mapName, seq, localAddress, peer, peerPort, proxy, spiIn, spiOut, transform, mode, pfsGroup, encaps, encrypt, digest, decaps, decrypt, verify,
                    remainingSeconds, remainingKilobytes, connId, udpEncapsulated, replayDetection, sizing, ReceiveErrors.NONE);
        }

        public IpsecSa(String mapName, int seq, Ipv4 localAddress, Ipv4 peer, int peerPort, ProxyIdentity proxy, int spiIn, int spiOut, String transform, EspMode mode, int pfsGroup,
                       long encaps, long encrypt, long digest, long decaps, long decrypt, long verify,
                       long remainingSeconds, long remainingKilobytes, int connId, boolean udpEncapsulated,
                       boolean replayDetection) {
            this(mapName, seq, localAddress, peer, peerPort, proxy, spiIn, spiOut, transform, mode, pfsGroup, encaps, encrypt, digest, decaps, decrypt, verify,
                    remainingSeconds, remainingKilobytes, connId, udpEncapsulated, replayDetection, null);
        }

        /** An SA with anti-replay on (IOS's default). */
        public IpsecSa(String mapName, int seq, Ipv4 localAddress, Ipv4 peer, int peerPort, ProxyIdentity proxy, int spiIn, int spiOut, String transform, EspMode mode, int pfsGroup,
                       long encaps, long encrypt, long digest, long decaps, long decrypt, long verify,
                       long remainingSeconds, long remainingKilobytes, int connId, boolean udpEncapsulated) {
            this(mapName, seq, localAddress, peer, peerPort, proxy, spiIn, spiOut, transform, mode, pfsGroup, encaps, encrypt, digest, decaps, decrypt, verify,
                    remainingSeconds, remainingKilobytes, connId, udpEncapsulated, true);
        }

        /** An SA carried as plain ESP (no NAT-T). */
        public IpsecSa(String mapName, int seq, Ipv4 localAddress, Ipv4 peer, int peerPort, ProxyIdentity proxy, int spiIn, int spiOut, String transform, EspMode mode, int pfsGroup,
                       long encaps, long encrypt, long digest, long decaps, long decrypt, long verify,
                       long remainingSeconds, long remainingKilobytes, int connId) {
            this(mapName, seq, localAddress, peer, peerPort, proxy, spiIn, spiOut, transform, mode, pfsGroup, encaps, encrypt, digest, decaps, decrypt, verify,
                    remainingSeconds, remainingKilobytes, connId, false);
        }

        /** IOS "in use settings ={Tunnel, }" or "{Tunnel UDP-Encaps, }". */
        public String inUseSettings() {
            String m = mode == EspMode.TUNNEL ? "Tunnel" : "Transport";
            return "{" + m + (udpEncapsulated ? " UDP-Encaps" : "") + ", }";
        }
    }

    /**
     * An SA's MTUs and send failures: {@code pathMtu} (discovered, else the ip mtu), the exit interface's
     * {@code ipMtu}, the {@code plaintextMtu} that fits one ESP packet, and {@code sendErrors}.
     */
    public record Sizing(int pathMtu, int ipMtu, int plaintextMtu, long sendErrors) {
    }

    /**
     * Inbound ESP an SA refused, by IOS's detail counters: failed ICV ({@code #pkts verify failed}), anti-replay
     * ({@code #pkts replay failed (rcv)}), bad length or padding ({@code #pkts invalid len (rcv)}), no inner IPv4
     * in tunnel mode ({@code #pkts invalid prot (recv)}), inner packet outside the proxy identities ({@code #pkts
     * invalid identity (recv)}).
     */
    public record ReceiveErrors(long verifyFailed, long replayFailed, long invalidLength, long invalidProtocol,
                                long invalidIdentity) {
        public static final ReceiveErrors NONE = new ReceiveErrors(0, 0, 0, 0, 0);

        /** IOS's {@code #recv errors}: every inbound packet the SA refused. */
        public long total() {
            return verifyFailed + replayFailed + invalidLength + invalidProtocol + invalidIdentity;
        }
    }

    public record CurrentPeer(String mapName, int seq, Ipv4 peer) {
    }
}
