package org.iosemu.ike;

import org.iosemu.ike.config.IkeConfig;
import org.iosemu.ike.config.Ipv4;
import org.iosemu.ike.engine.EngineCore;

/**
 * IKEv1 engine of one router. Feed it configuration, received UDP/500 datagrams and data-plane packets;
 * it talks back through the ports and the listener.
 *
 * <p>Every entry point, and every timer task, runs under one lock per engine, so CLI, network and timer
 * threads may call in concurrently. The ports are called with that lock held: a {@link DatagramPort} must not
 * synchronously deliver into another engine on another thread (queue instead, as the in-memory network does).
 */
public final class IkeEngine {
    private final Object lock = new Object();
    private final EngineCore core;

    public IkeEngine(DatagramPort datagrams, TimerPort timers, RandomPort random, IkeListener listener) {
        this.core = new EngineCore(datagrams, new LockedTimers(timers, lock), random, listener);
    }

    public void onConfigChanged(IkeConfig config) {
        synchronized (lock) {
            core.onConfigChanged(config);
        }
    }

    /** A UDP datagram arrived on port 500 (or 4500 with the non-ESP marker removed). */
    public void onDatagram(Endpoint local, Endpoint remote, byte[] payload) {
        synchronized (lock) {
            core.onDatagram(local, remote, payload);
        }
    }

    /** A clear-text IPv4 packet leaves an interface with a crypto map. */
    public OutboundResult outbound(Ipv4 src, Ipv4 dst, byte[] ipPacket) {
        synchronized (lock) {
            return core.outbound(src, dst, ipPacket);
        }
    }

    /**
     * Whether a policy of {@code scope} takes the packet: {@link #outbound} would encrypt it or drop it, never
     * return {@link OutboundResult.NotProtected}. Nothing changes (no SA is asked for): a caller that queues the
     * packet for encryption asks this first.
     */
    public boolean covers(OutboundScope scope, Ipv4 src, Ipv4 dst, byte[] ipPacket) {
        synchronized (lock) {
            return core.covers(scope, src, dst, ipPacket);
        }
    }

    /**
     * A clear-text IPv4 packet leaves an interface whose output feature is {@code scope} (its crypto map or its Easy VPN
     * tunnel), within the exit interface's MTU: a packet larger than the SA's plaintext MTU comes back as
     * {@link OutboundResult.TooBig} unless {@code mtu} says to encrypt it anyway.
     */
    public OutboundResult outbound(OutboundScope scope, Ipv4 src, Ipv4 dst, byte[] ipPacket, EgressMtu mtu) {
        synchronized (lock) {
            return core.outbound(scope, src, dst, ipPacket, mtu);
        }
    }

    /**
     * An ICMP "fragmentation needed" about ESP this router sent from {@code local} to {@code peer}: the SAs between
     * them take {@code mtu} as their path MTU (path MTU discovery through the tunnel).
     */
    public void pathMtuDiscovered(Ipv4 local, Ipv4 peer, int mtu) {
        synchronized (lock) {
            core.pathMtuDiscovered(local, peer, mtu);
        }
    }

    /** The ESP packet of outbound SA {@code spi} could not be sent (too big with DF set): `#send errors`. */
    public void sendError(int spi) {
        synchronized (lock) {
            core.sendError(spi);
        }
    }

    /** Brings up the IPsec SA of a policy without traffic (a tunnel interface's protection). */
    public void initiate(String policyKey) {
        synchronized (lock) {
            core.initiate(policyKey);
        }
    }

    /** An IPv4 packet with protocol 50 arrived; {@code esp} is its payload. */
    public InboundResult inboundEsp(Ipv4 outerSrc, Ipv4 outerDst, byte[] esp) {
        synchronized (lock) {
            return core.inboundEsp(outerSrc, outerDst, esp);
        }
    }

    public IkeSnapshot snapshot() {
        synchronized (lock) {
            return core.snapshot();
        }
    }

    /** `crypto ipsec client ezvpn connect [NAME]` (empty: the only remote); false if there is no such remote. */
    public boolean easyVpnConnect(java.util.Optional<String> name) {
        synchronized (lock) {
            return core.easyVpnConnect(name);
        }
    }

    /**
     * The user's answer to the pending XAUTH request of an Easy VPN remote ({@link IkeEvent.EasyVpnXauthPending});
     * false if none is pending.
     */
    public boolean easyVpnCredentials(java.util.Optional<String> name, String user, String password) {
        synchronized (lock) {
            return core.easyVpnCredentials(name, user, password);
        }
    }

    /** `clear crypto ipsec client ezvpn [NAME]`; false if there is no such remote. */
    public boolean easyVpnClear(java.util.Optional<String> name) {
        synchronized (lock) {
            return core.easyVpnClear(name);
        }
    }

    /** `show crypto ipsec client ezvpn`: every Easy VPN remote's state. */
    public java.util.List<EasyVpnStatus> easyVpnStatus() {
        synchronized (lock) {
            return core.easyVpnStatus();
        }
    }

    /** The Easy VPN clients this router serves as a server. */
    public java.util.List<RemoteAccessSession> remoteAccessSessions() {
        synchronized (lock) {
            return core.remoteAccessSessions();
        }
    }

    /** Keys of the live SAs for Wireshark decryption (the hidden `show crypto isakmp keys`). */
    public KeyLog keyLog() {
        synchronized (lock) {
            return core.keyLog();
        }
    }

    /** `clear crypto session` (both), `clear crypto isakmp` (ike only), `clear crypto sa` (ipsec only). */
    public int clear(ClearFilter filter, boolean ikeSas, boolean ipsecSas) {
        synchronized (lock) {
            return core.clear(filter, ikeSas, ipsecSas);
        }
    }

    /** Reload/power-off: drops all SAs without notifying peers, cancels timers, ignores further input. */
    public void shutdown() {
        synchronized (lock) {
            core.shutdown();
        }
    }

    /** Runs the engine's timer tasks under the engine lock. */
    private record LockedTimers(TimerPort delegate, Object lock) implements TimerPort {
        @Override
        public long now() {
            return delegate.now();
        }

        @Override
        public Timer schedule(long delayMillis, Runnable task) {
            return delegate.schedule(delayMillis, () -> {
                synchronized (lock) {
                    task.run();
                }
            });
        }
    }
}
