package org.iosemu.net;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.iosemu.ike.Endpoint;
import org.iosemu.ike.config.Ipv4;
import org.iosemu.time.Scheduler;

/**
 * The lab's shared IP cloud: every attached address belongs to one node, and a packet sent to an address
 * arrives at its owner over the link between the two nodes: after the default latency, or as that link's
 * {@link LinkProperties} say once the link has its own ({@link #setLink}). A node that is powered off neither
 * sends nor receives (packets to it vanish, like a dead router behind a real WAN).
 */
public final class VirtualNetwork {

    private final Scheduler scheduler;
    private final long latencyMillis;
    /** Links that have properties of their own, by their ends in name order. */
    private final Map<List<String>, Link> links = new TreeMap<>(Comparator.comparing((List<String> k) -> k.get(0))
            .thenComparing(k -> k.get(1)));
    private LinkProperties defaults;
    private long lossSeed = DEFAULT_LOSS_SEED;
    private final Map<Ipv4Address, String> ownerByAddress = new HashMap<>();
    private final Map<String, NetworkNode> nodes = new HashMap<>();
    private final Set<String> poweredOff = new HashSet<>();
    private final SourceNat nat = new SourceNat();
    /** How the NAT rewrote first fragments leaving an inside node, and arriving for one. */
    private final FragmentRewrites leavingFragments = new FragmentRewrites();
    private final FragmentRewrites arrivingFragments = new FragmentRewrites();
    private long delivered;
    private long dropped;
    private long nextPacketId;
    private volatile NetworkObserver observer = NetworkObserver.NONE;
    /** Ids of the packets on a link, by identity: a link hands back the same object it was given. */
    private final Map<IpPacket, Long> onLinks = new IdentityHashMap<>();

    /** Seed of the links' random loss unless the lab sets its own, so replays lose the same packets. */
    public static final long DEFAULT_LOSS_SEED = 2002;

    public VirtualNetwork(Scheduler scheduler, long latencyMillis) {
        this.scheduler = scheduler;
        this.latencyMillis = latencyMillis;
        this.defaults = LinkProperties.DEFAULT.withDelayMillis(latencyMillis);
    }

    /** Properties of every link that has none of its own (the lab file's `default` line). */
    public synchronized void setDefaultLink(LinkProperties properties) {
        defaults = properties;
    }

    public synchronized LinkProperties defaultLink() {
        return defaults;
    }

    /** Seeds the random loss of links created from now on (each link draws from its own seeded source). */
    public synchronized void setLossSeed(long seed) {
        lossSeed = seed;
    }

    /** Gives the link between {@code x} and {@code y} its own properties (both directions). */
    public synchronized Link setLink(String x, String y, LinkProperties properties) {
        Link link = link(x, y);
        link.setProperties(properties);
        return link;
    }

    /** The link between {@code x} and {@code y}, created with the default properties when it had none of its own. */
    public synchronized Link link(String x, String y) {
        List<String> ends = ends(x, y);
        return links.computeIfAbsent(ends, e -> new Link(e.get(0), e.get(1), defaults,
                lossSeed * 31 + e.hashCode(), scheduler, new Link.Sink() {
                    public void arrived(IpPacket packet, List<IpPacket> pieces) {
                        long id = linkId(packet);
                        if (pieces.size() == 1) {
                            deliver(id, pieces.get(0));
                            return;
                        }
                        observer.arrived(id, scheduler.nowMillis()); // the fragments reach the receiver together
                        pieces.forEach(VirtualNetwork.this::deliverPiece);
                    }

                    public void lost(IpPacket packet, String reason) {
                        observer.lost(linkId(packet), reason, scheduler.nowMillis());
                    }

                    public void tooBig(IpPacket packet, int mtu) {
                        observer.lost(linkId(packet), "too big for the link (MTU " + mtu + ") with DF set",
                                scheduler.nowMillis());
                        fragmentationNeeded(packet, mtu);
                    }
                }));
    }

    /** The next {@code count} packets over the link between {@code x} and {@code y} are lost (either way). */
    public synchronized void dropNext(String x, String y, int count) {
        link(x, y).dropNext(count);
    }

    /** The links with properties of their own, in name order. */
    public synchronized List<Link> links() {
        return List.copyOf(links.values());
    }

    private static List<String> ends(String x, String y) {
        return x.compareTo(y) <= 0 ? List.of(x, y) : List.of(y, x);
    }

    /** From now on {@code observer} sees every packet sent, and whether it arrived. */
    public void observe(NetworkObserver observer) {
        this.observer = observer;
    }

    public synchronized void attach(String nodeName, NetworkNode node) {
        nodes.put(nodeName, node);
    }

    /** Claims {@code address} for {@code nodeName}; a later claim by another node wins (as a moved address). */
    public synchronized void assign(Ipv4Address address, String nodeName) {
        ownerByAddress.put(address, nodeName);
    }

    public synchronized void release(Ipv4Address address, String nodeName) {
        ownerByAddress.remove(address, nodeName);
    }

    /** Forgets every address of {@code nodeName} (its interfaces were reconfigured). */
    public synchronized void releaseAll(String nodeName) {
        ownerByAddress.values().removeIf(nodeName::equals);
    }

    /**
     * Puts the node owning {@code inside} behind a source NAT: its UDP leaves from {@code outside} and a port
     * the NAT picks, and UDP to that public port reaches it. Other protocols pass untranslated.
     */
    public synchronized void addNat(Ipv4Address inside, Ipv4Address outside) {
        nat.add(new Ipv4(inside.bits()), new Ipv4(outside.bits()));
    }

    public synchronized void setPowered(String nodeName, boolean on) {
        if (on) {
            poweredOff.remove(nodeName);
        } else {
            poweredOff.add(nodeName);
        }
    }

    public synchronized boolean isPowered(String nodeName) {
        return !poweredOff.contains(nodeName);
    }

    /** The node owning {@code address}, or null. */
    public synchronized String ownerOf(Ipv4Address address) {
        return ownerByAddress.get(address);
    }

    /** Sends {@code packet} from {@code senderName}; it is delivered after the latency if its owner is up. */
    public void send(String senderName, IpPacket packet) {
        send(senderName, packet, Egress.FIFO);
    }

    /**
     * Sends {@code packet} from {@code senderName} over the link to the owner of its destination, queued as
     * {@code egress} says when that link is busy; it is delivered if it survives the link and its owner is up.
     */
    public void send(String senderName, IpPacket packet, Egress egress) {
        Link link = null;
        IpPacket translated;
        long id;
        boolean senderOff;
        synchronized (this) {
            id = nextPacketId++;
            senderOff = poweredOff.contains(senderName);
            if (senderOff) {
                dropped++;
            }
        }
        NetworkObserver watching = observer;
        if (senderOff) {
            watching.sent(id, senderName, ownerOf(packet.destination()), packet, scheduler.nowMillis());
            watching.lost(id, senderName + " is powered off", scheduler.nowMillis());
            return;
        }
        Optional<IpPacket> leaving = translate(packet, true);
        if (leaving.isEmpty()) {
            synchronized (this) {
                dropped++;
            }
            watching.sent(id, senderName, null, packet, scheduler.nowMillis());
            watching.lost(id, "a fragment the NAT has no translation for", scheduler.nowMillis());
            return;
        }
        translated = leaving.get();
        if (watching != NetworkObserver.NONE) {
            watching.sent(id, senderName, translate(translated, false).map(t -> ownerOf(t.destination())).orElse(null),
                    translated, scheduler.nowMillis());
        }
        synchronized (this) {
            String owner = ownerByAddress.get(translated.destination());
            if (owner != null && (links.containsKey(ends(senderName, owner)) || !defaults.equals(plainDefault()))) {
                link = link(senderName, owner);
                onLinks.put(translated, id);
            }
        }
        if (link == null) {
            // the common case stays as cheap as it always was: nothing to queue, nothing to lose
            egress.listener().transmitted(translated.length());
            scheduler.schedule(latencyMillis, () -> deliver(id, translated));
            return;
        }
        link.send(senderName, translated, egress);
    }

    private synchronized long linkId(IpPacket packet) {
        Long id = onLinks.remove(packet);
        return id == null ? -1 : id;
    }

    private LinkProperties plainDefault() {
        return LinkProperties.DEFAULT.withDelayMillis(latencyMillis);
    }

    /**
     * The packet after the NAT: source rewritten leaving an inside node, destination arriving at a public port; empty
     * when the NAT drops it. A UDP datagram in fragments is translated by its first fragment (the one with the UDP
     * header), and its later fragments as that one was; a later fragment whose first the NAT has not seen is dropped
     * if it belongs to a translated address: the lab delivers the pieces of a datagram in order, so its first
     * fragment was lost and the datagram cannot be completed (holding it would only delay the same loss).
     */
    private synchronized Optional<IpPacket> translate(IpPacket p, boolean leaving) {
        if (p.protocol() != IpPacket.UDP) {
            return Optional.of(p);
        }
        long now = scheduler.nowMillis();
        FragmentRewrites fragments = leaving ? leavingFragments : arrivingFragments;
        if (FragmentRewrites.isLater(p)) {
            Optional<IpPacket> known = fragments.later(p, now);
            if (known.isPresent()) {
                return known;
            }
            Ipv4Address near = leaving ? p.source() : p.destination();
            return nat.hides(new Ipv4(near.bits())) ? Optional.empty() : Optional.of(p);
        }
        boolean first = FragmentRewrites.isFirst(p);
        int sourcePort = first ? FragmentRewrites.headerPort(p, 0) : p.sourcePort();
        int destinationPort = first ? FragmentRewrites.headerPort(p, 2) : p.destinationPort();
        Endpoint from = new Endpoint(new Ipv4(p.source().bits()), sourcePort);
        Endpoint to = new Endpoint(new Ipv4(p.destination().bits()), destinationPort);
        if (leaving) {
            from = nat.outbound(from);
        } else {
            to = nat.inbound(to);
        }
        Ipv4Address source = new Ipv4Address(from.ip().bits());
        Ipv4Address destination = new Ipv4Address(to.ip().bits());
        if (!first) {
            return Optional.of(p.headerOnto(IpPacket.udp(source, from.port(), destination, to.port(), p.payload())));
        }
        IpPacket rewritten = FragmentRewrites.rewriteFirst(p, source, from.port(), destination, to.port());
        if (!rewritten.source().equals(p.source()) || !rewritten.destination().equals(p.destination())) {
            fragments.firstRewritten(p, rewritten, now);
        }
        return Optional.of(rewritten);
    }

    /**
     * The path's answer to a DF packet too big for a link: ICMP "fragmentation needed" with the link's MTU, back to
     * the sender. The lab has no address for the routers inside a link, so it comes from the packet's destination.
     */
    private void fragmentationNeeded(IpPacket packet, int mtu) {
        IpPacket icmp = new IpPacket(packet.destination(), packet.source(), IpPacket.ICMP, 0, 0,
                IcmpError.fragmentationNeeded(packet, mtu).encode());
        NetworkNode target;
        synchronized (this) {
            String owner = ownerByAddress.get(packet.source());
            target = owner == null || poweredOff.contains(owner) ? null : nodes.get(owner);
        }
        if (target != null) {
            target.receive(icmp);
        }
    }

    /** A fragment the link cut: delivered like a packet, not seen separately by the observer. */
    private void deliverPiece(IpPacket piece) {
        Optional<IpPacket> arriving = translate(piece, false);
        if (arriving.isEmpty()) {
            return;
        }
        IpPacket packet = arriving.get();
        NetworkNode target;
        synchronized (this) {
            String owner = ownerByAddress.get(packet.destination());
            target = owner == null || poweredOff.contains(owner) ? null : nodes.get(owner);
        }
        if (target != null) {
            target.receive(packet);
        }
    }

    private void deliver(long id, IpPacket sent) {
        Optional<IpPacket> arriving = translate(sent, false);
        if (arriving.isEmpty()) {
            synchronized (this) {
                dropped++;
            }
            observer.lost(id, "a fragment the NAT has no translation for", scheduler.nowMillis());
            return;
        }
        NetworkNode target;
        IpPacket packet = arriving.get();
        String lostBecause = null;
        synchronized (this) {
            String owner = ownerByAddress.get(packet.destination());
            target = owner == null || poweredOff.contains(owner) ? null : nodes.get(owner);
            if (target == null) {
                dropped++;
                lostBecause = owner == null ? "nobody has " + packet.destination() : owner + " is powered off";
            } else {
                delivered++;
            }
        }
        if (target == null) {
            observer.lost(id, lostBecause, scheduler.nowMillis());
            return;
        }
        observer.arrived(id, scheduler.nowMillis());
        target.receive(packet);
    }

    public synchronized long deliveredCount() {
        return delivered;
    }

    public synchronized long droppedCount() {
        return dropped;
    }
}
