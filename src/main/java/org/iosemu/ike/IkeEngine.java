package org.iosemu.ike;

import org.iosemu.ike.config.IkeConfig;
import org.iosemu.ike.config.Ipv4;
import org.iosemu.ike.engine.EngineCore;

/**
 * IKEv1 engine of one router. Feed it configuration, received UDP/500 datagrams and data-plane packets;
 * it talks back through the ports and the listener. Not thread-safe: call it from one thread (or lock).
 */
public final class IkeEngine {
    private final EngineCore core;

    public IkeEngine(DatagramPort datagrams, TimerPort timers, RandomPort random, IkeListener listener) {
        this.core = new EngineCore(datagrams, timers, random, listener);
    }

    public void onConfigChanged(IkeConfig config) {
        core.onConfigChanged(config);
    }

    /** A UDP datagram arrived on port 500 (or 4500 with the non-ESP marker removed). */
    public void onDatagram(Endpoint local, Endpoint remote, byte[] payload) {
        core.onDatagram(local, remote, payload);
    }

    /** A clear-text IPv4 packet leaves an interface with a crypto map. */
    public OutboundResult outbound(Ipv4 src, Ipv4 dst, byte[] ipPacket) {
        return core.outbound(src, dst, ipPacket);
    }

    /** An IPv4 packet with protocol 50 arrived; {@code esp} is its payload. */
    public InboundResult inboundEsp(Ipv4 outerSrc, Ipv4 outerDst, byte[] esp) {
        return core.inboundEsp(outerSrc, outerDst, esp);
    }

    public IkeSnapshot snapshot() {
        return core.snapshot();
    }

    /** `clear crypto session` (both), `clear crypto isakmp` (ike only), `clear crypto sa` (ipsec only). */
    public int clear(ClearFilter filter, boolean ikeSas, boolean ipsecSas) {
        return core.clear(filter, ikeSas, ipsecSas);
    }
}
