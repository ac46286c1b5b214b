package org.iosemu.ike.engine;

import java.util.Optional;
import org.iosemu.ike.Endpoint;
import org.iosemu.ike.TimerPort;
import org.iosemu.ike.config.ChildPolicy;
import org.iosemu.ike.config.ProxyIdentity;
import org.iosemu.ike.config.EspTransform;
import org.iosemu.ike.crypto.Esp;
import org.iosemu.ike.crypto.EspKeys;

/**
 * A pair of ESP SAs (inbound and outbound) negotiated by one quick mode, with IOS packet counters. It keeps the
 * addresses and conn-id of the IKE SA that made it, not the IKE SA itself: a child SA outlives its IKE SA.
 */
final class IpsecSaState {
    /** What the SA was negotiated for, and where that came from (its crypto map entry, ...). */
    final ChildPolicy policy;
    final Endpoint local;
    final Endpoint remote;
    /** src = local identity, dst = remote identity. */
    final ProxyIdentity proxy;
    final EspTransform transformSet;
    final int pfsGroup;
    /** ESP travels in UDP (encapsulation mode 3/4, RFC 3948) between local and remote ports. */
    final boolean udpEncapsulated;
    final int spiIn;
    final int spiOut;
    final EspKeys inKeys;
    final EspKeys outKeys;
    final int connId;
    /** The inbound SA's software flow id (odd; the outbound SA has the next): see IkeSnapshot.IpsecSa. */
    final int flowIn;
    final long createdAt;
    final long lifetimeMillis;
    final long lifetimeKb;
    TimerPort.Timer expiry;
    TimerPort.Timer softExpiry;
    TimerPort.Timer idleCheck;
    /** When the SA last sealed or opened a packet (creation until then): what the idle timer measures. */
    long lastActivity;

    long encaps;
    long encrypt;
    long digest;
    long decaps;
    long decrypt;
    long verify;
    long bytes;
    /** What the SAs this one replaced for its flow counted (rekeys): the flow's counters go on from there. */
    PacketCounts carried = PacketCounts.ZERO;
    private int sequenceOut;
    /** The exit interface's IP MTU when the SA last sent (IOS's "ip mtu"). */
    int ipMtu = DEFAULT_MTU;
    /** The MTU path MTU discovery learned for the path to the peer; 0 = none (the ip mtu is assumed). */
    private int pathMtu;
    /** When {@link #pathMtu} was last reported. */
    private long pathMtuLearnedAt;
    long sendErrors;
    /** Inbound packets the SA refused, by reason. */
    final ReceiveErrors receiveErrors = new ReceiveErrors();

    /** IOS's per-SA receive error counters (`show crypto ipsec sa detail`); their sum is `#recv errors`. */
    static final class ReceiveErrors {
        long verifyFailed;
        long replayFailed;
        long invalidLength;
        long invalidProtocol;
        long invalidIdentity;

        org.iosemu.ike.IkeSnapshot.ReceiveErrors snapshot() {
            return new org.iosemu.ike.IkeSnapshot.ReceiveErrors(verifyFailed, replayFailed, invalidLength,
                    invalidProtocol, invalidIdentity);
        }
    }

    static final int DEFAULT_MTU = 1500;
    /** A "fragmentation needed" below this is ignored (RFC 791's minimum datagram every host takes). */
    static final int MIN_PATH_MTU = 68;
    /**
     * A learned path MTU is forgotten this long after the last "fragmentation needed" that reported it, so a path
     * that grew back is used again (RFC 1191 section 6.3's 10 minutes; the reference says nothing of IOS here).
     */
    static final long PATH_MTU_AGE_MILLIS = 10 * 60_000L;
    final ReplayWindow replay;

    IpsecSaState(ChildPolicy policy, Endpoint local, Endpoint remote, ProxyIdentity proxy,
                 EspTransform transformSet, int pfsGroup, boolean udpEncapsulated, int spiIn, int spiOut, EspKeys inKeys, EspKeys outKeys, int connId,
                 int flowIn, long createdAt, long lifetimeMillis, long lifetimeKb) {
        this.policy = policy;
        this.local = local;
        this.remote = remote;
        this.proxy = proxy;
        this.transformSet = transformSet;
        this.pfsGroup = pfsGroup;
        this.udpEncapsulated = udpEncapsulated;
        this.spiIn = spiIn;
        this.spiOut = spiOut;
        this.inKeys = inKeys;
        this.outKeys = outKeys;
        this.connId = connId;
        this.flowIn = flowIn;
        this.createdAt = createdAt;
        this.lifetimeMillis = lifetimeMillis;
        this.lifetimeKb = lifetimeKb;
        this.lastActivity = createdAt;
        this.replay = new ReplayWindow(policy.replayWindow());
    }

    /** The flow's counters up to now: this SA's own and those carried over from its predecessors. */
    PacketCounts flowCounts() {
        return carried.plus(new PacketCounts(encaps, encrypt, digest, decaps, decrypt, verify));
    }

    /** Same flow: the same policy, peer and proxy identities (a rekey's successor). */
    boolean sameFlow(IpsecSaState o) {
        return policy.key().equals(o.policy.key()) && remote.ip().equals(o.remote.ip()) && proxy.equals(o.proxy);
    }

    byte[] seal(byte[] payload, int nextHeader, byte[] iv) {
        sequenceOut++;
        byte[] out = Esp.seal(outKeys, spiOut, sequenceOut, iv, payload, nextHeader);
        encaps++;
        encrypt++;
        digest++;
        bytes += payload.length;
        return out;
    }

    /**
     * Opens an inbound packet, enforcing the anti-replay window; a refused packet is counted by its reason (IOS's
     * `#pkts verify failed`, `#pkts replay failed (rcv)`, `#pkts invalid len (rcv)`, all in `#recv errors`).
     */
    Esp.Opening open(byte[] packet) {
        Esp.Opening opening = Esp.open(inKeys, packet, replay::fresh);
        if (opening.refusal().isPresent()) {
            switch (opening.refusal().get()) {
                case INTEGRITY -> receiveErrors.verifyFailed++;
                case REPLAYED -> receiveErrors.replayFailed++;
                case INVALID_LENGTH, INVALID_PADDING -> receiveErrors.invalidLength++;
            }
            return opening;
        }
        Esp.Opened opened = opening.opened().orElseThrow();
        replay.accept(opened.sequence() & 0xffffffffL);
        decaps++;
        decrypt++;
        verify++;
        bytes += opened.payload().length;
        return opening;
    }

    /** The path MTU a "fragmentation needed" reported at {@code now}. */
    void learnPathMtu(int mtu, long now) {
        pathMtu = mtu;
        pathMtuLearnedAt = now;
    }

    /** "path mtu" at {@code now}: what discovery learned (until it ages), else the interface's IP MTU. */
    int pathMtu(long now) {
        if (pathMtu != 0 && now - pathMtuLearnedAt >= PATH_MTU_AGE_MILLIS) {
            pathMtu = 0;
        }
        return pathMtu == 0 ? ipMtu : Math.min(pathMtu, ipMtu);
    }

    /**
     * The largest clear packet that fits one ESP packet within the path MTU: outer IP header 20 (and UDP 8 with
     * NAT-T), ESP header 8, IV, the payload with its pad-length and next-header bytes padded to the cipher block,
     * ICV. Tunnel mode carries the inner IP header inside; transport mode leaves it outside, so 20 more fit.
     */
    int plaintextMtu(long now) {
        int block = Math.max(outKeys.cipher().blockSize(), 4); // RFC 4303: at least 4-byte alignment
        int iv = outKeys.cipher().blockSize();
        int room = pathMtu(now) - 20 - (udpEncapsulated ? 8 : 0) - 8 - iv - outKeys.integrity().icvLength();
        int tunnel = room / block * block - 2;
        return transformSet.mode() == org.iosemu.ike.config.EspMode.TRANSPORT ? tunnel + 20 : tunnel;
    }

    boolean kilobytesExhausted() {
        return lifetimeKb > 0 && bytes / 1024 >= lifetimeKb;
    }
}
