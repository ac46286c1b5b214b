package org.iosemu.ike.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.iosemu.ike.IkeEngine;
import org.iosemu.ike.IkeEvent;
import org.iosemu.ike.IkeListener;
import org.iosemu.ike.RandomPort;
import org.iosemu.ike.config.ChildPolicy;
import org.iosemu.ike.config.EspAuth;
import org.iosemu.ike.config.EspCipher;
import org.iosemu.ike.config.EspMode;
import org.iosemu.ike.config.IkeConfig;
import org.iosemu.ike.config.IkeEncryption;
import org.iosemu.ike.config.Phase1Hash;
import org.iosemu.ike.config.Ipv4;
import org.iosemu.ike.config.IkeProposal;
import org.iosemu.ike.config.DpdSettings;
import org.iosemu.ike.config.PeerCandidate;
import org.iosemu.ike.config.PreSharedKey;
import org.iosemu.ike.config.ProxyIdentity;
import org.iosemu.ike.config.EspTransform;
import org.iosemu.ike.testing.InMemoryNetwork;
import org.iosemu.ike.testing.VirtualScheduler;

/** A virtual-time lab of routers wired through an in-memory network. */
final class Lab {
    static final Ipv4 MASK24 = Ipv4.parse("255.255.255.0");
    static final Ipv4 ANY_MASK = Ipv4.parse("0.0.0.0");
    static final IkeProposal POLICY_3DES = new IkeProposal(1, IkeEncryption.TRIPLE_DES, Phase1Hash.SHA, 2, 86_400);
    static final EspTransform TS_3DES = new EspTransform("esp-3des-sha", EspCipher.TRIPLE_DES, EspAuth.SHA, EspMode.TUNNEL);
    static final long START = 1_000_000;

    record Timed(long time, IkeEvent event) {
    }

    final class Router {
        final Ipv4 address;
        final IkeEngine engine;
        final List<Timed> events = new ArrayList<>();
        /** What the listener answers to {@link IkeListener#debugEnabled()}. */
        boolean debugWanted = true;

        Router(String address, long seed) {
            this.address = Ipv4.parse(address);
            IkeListener listener = new IkeListener() {
                @Override
                public void onEvent(IkeEvent e) {
                    events.add(new Timed(scheduler.now(), e));
                }

                @Override
                public boolean debugEnabled() {
                    return debugWanted;
                }
            };
            this.engine = new IkeEngine(network.portFor(this.address), scheduler, RandomPort.seeded(seed), listener);
            network.attach(this.address, engine);
        }

        List<String> debug() {
            return events.stream().filter(t -> t.event() instanceof IkeEvent.Debug).map(t -> ((IkeEvent.Debug) t.event()).text()).toList();
        }

        List<Timed> debugTimed(String contains) {
            return events.stream().filter(t -> t.event() instanceof IkeEvent.Debug d && d.text().contains(contains)).toList();
        }

        List<String> syslog() {
            return events.stream().filter(t -> t.event() instanceof IkeEvent.Syslog).map(t -> ((IkeEvent.Syslog) t.event()).text()).toList();
        }
    }

    final VirtualScheduler scheduler = new VirtualScheduler(START);
    final InMemoryNetwork network;

    Lab() {
        this(0);
    }

    /** A lab whose datagrams take {@code latencyMillis} to arrive. */
    Lab(long latencyMillis) {
        network = new InMemoryNetwork(scheduler, latencyMillis);
    }

    Router router(String address, long seed) {
        return new Router(address, seed);
    }

    void settle() {
        scheduler.runPending();
    }

    /** Site-to-site configuration: local LAN → remote LAN through the listed peers. */
    static IkeConfig site(Ipv4 local, String localLan, String remoteLan, List<PeerCandidate> peers, Optional<DpdSettings> keepalive,
                          List<IkeProposal> policies, EspTransform ts, int pfs) {
        ProxyIdentity acl = new ProxyIdentity(Ipv4.parse(localLan), MASK24, Ipv4.parse(remoteLan), MASK24, 0);
        ChildPolicy entry = new ChildPolicy("test", 1, peers, List.of(ts), List.of(acl), pfs, 3600, 4_608_000, local);
        return new IkeConfig(policies, List.of(new PreSharedKey("kd94j1ksldz", Ipv4.parse("0.0.0.0"), ANY_MASK)), keepalive, List.of(entry));
    }

    static IkeConfig site(Ipv4 local, String localLan, String remoteLan, String peer, Optional<DpdSettings> keepalive) {
        return site(local, localLan, remoteLan, List.of(PeerCandidate.of(peer)), keepalive, List.of(POLICY_3DES), TS_3DES, 0);
    }

    /** A minimal IPv4/ICMP packet. */
    static byte[] icmp(String src, String dst, int id) {
        byte[] echo = new byte[8];
        echo[0] = 8;
        echo[4] = (byte) (id >>> 8);
        echo[5] = (byte) id;
        return Ipv4Packets.build(Ipv4.parse(src), Ipv4.parse(dst), 1, echo);
    }
}
