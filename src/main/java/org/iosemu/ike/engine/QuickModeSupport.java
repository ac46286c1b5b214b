package org.iosemu.ike.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.iosemu.ike.codec.Attribute;
import org.iosemu.ike.codec.Payload;
import org.iosemu.ike.codec.PayloadChain;
import org.iosemu.ike.codec.Proposal;
import org.iosemu.ike.codec.Transform;
import org.iosemu.ike.config.ChildPolicy;
import org.iosemu.ike.config.EspAuth;
import org.iosemu.ike.config.EspCipher;
import org.iosemu.ike.config.EspMode;
import org.iosemu.ike.config.Ipv4;
import org.iosemu.ike.config.ProxyIdentity;
import org.iosemu.ike.config.EspTransform;
import org.iosemu.ike.crypto.Bytes;
import org.iosemu.ike.crypto.DhGroup;
import org.iosemu.ike.crypto.DhKeyPair;

/** ESP proposals, transform-set matching, PFS and proxy identities for Quick Mode. */
final class QuickModeSupport {
    static final int ATT_LIFE_TYPE = 1;
    static final int ATT_LIFE_DURATION = 2;
    static final int ATT_GROUP = 3;
    static final int ATT_ENCAPSULATION = 4;
    static final int ATT_AUTH = 5;
    static final int ATT_KEY_LENGTH = 6;

    /** The accepted proposal: transform set, the peer's SPI and the lifetimes/PFS group in it. */
    record Match(Proposal proposal, Transform transform, EspTransform transformSet, int pfsGroup, long lifetimeSeconds, long lifetimeKb,
                 boolean udpEncapsulated) {
    }

    /** RFC 3947 UDP-Encapsulated-Tunnel/-Transport and the draft values (draft-ietf-ipsec-nat-t-ike-02/03). */
    static final int ENCAPS_UDP_TUNNEL = 3;
    static final int ENCAPS_UDP_TRANSPORT = 4;
    static final int ENCAPS_UDP_TUNNEL_DRAFT = 61443;
    static final int ENCAPS_UDP_TRANSPORT_DRAFT = 61444;

    private QuickModeSupport() {
    }

    static Payload.Sa offer(ChildPolicy entry, int spi, Phase1Sa sa) {
        List<Proposal> proposals = new ArrayList<>();
        for (EspTransform ts : entry.transformSets()) {
            proposals.add(new Proposal(proposals.size() + 1, Proposal.PROTO_ESP, Bytes.u32(spi),
                    List.of(transform(ts, entry.lifetimeSeconds(), entry.lifetimeKilobytes(), entry.pfsGroup(), encapsulation(ts.mode(), sa)))));
        }
        return new Payload.Sa(Payload.Sa.DOI_IPSEC, Payload.Sa.SIT_IDENTITY_ONLY, proposals);
    }

    /** The encapsulation attribute: plain tunnel/transport, or its UDP form once NAT-T is in use on the IKE SA. */
    static int encapsulation(EspMode mode, Phase1Sa sa) {
        if (!sa.natTUsed()) {
            return mode.attributeValue();
        }
        boolean rfc = sa.natDType == org.iosemu.ike.codec.PayloadType.NAT_D;
        if (mode == EspMode.TUNNEL) {
            return rfc ? ENCAPS_UDP_TUNNEL : ENCAPS_UDP_TUNNEL_DRAFT;
        }
        return rfc ? ENCAPS_UDP_TRANSPORT : ENCAPS_UDP_TRANSPORT_DRAFT;
    }

    static Transform transform(EspTransform ts, long seconds, long kilobytes, int pfsGroup, int encapsulation) {
        List<Attribute> a = new ArrayList<>();
        a.add(Attribute.tv(ATT_LIFE_TYPE, 1));
        a.add(Attribute.number(ATT_LIFE_DURATION, seconds));
        a.add(Attribute.tv(ATT_LIFE_TYPE, 2));
        a.add(Attribute.number(ATT_LIFE_DURATION, kilobytes));
        if (pfsGroup != 0) {
            a.add(Attribute.tv(ATT_GROUP, pfsGroup));
        }
        a.add(Attribute.tv(ATT_ENCAPSULATION, encapsulation));
        a.add(Attribute.tv(ATT_AUTH, ts.auth().attributeValue()));
        if (ts.cipher().hasKeyLength()) {
            a.add(Attribute.tv(ATT_KEY_LENGTH, ts.cipher().cipher().keyBits()));
        }
        return new Transform(1, ts.cipher().transformId(), a);
    }

    /**
     * Finds the first offered proposal that one of our transform sets accepts, logging IOS lines.
     * {@code requiredPfs} is our `set pfs` group (0 = none; then the peer's choice is accepted).
     */
    static Optional<Match> choose(EngineCore core, Phase1Sa sa, Payload.Sa offered, List<EspTransform> sets, int requiredPfs) {
        return choose(core, sa, offered, sets, requiredPfs, new ArrayList<>());
    }

    /**
     * As {@link #choose(EngineCore, Phase1Sa, Payload.Sa, List, int)}; {@code unsupported} receives, in IOS's
     * words ("esp-3des esp-sha-hmac"), each transform whose attributes were acceptable but which no transform set
     * of ours holds: IOS then says "transform proposal not supported" and invalidates with error 256.
     */
    static Optional<Match> choose(EngineCore core, Phase1Sa sa, Payload.Sa offered, List<EspTransform> sets, int requiredPfs,
                                  List<String> unsupported) {
        for (Proposal p : offered.proposals()) {
            core.log.sa(sa, "Checking IPSec proposal " + p.number());
            if (p.protocolId() != Proposal.PROTO_ESP || p.spi().length != 4) {
                core.log.sa(sa, "atts are not acceptable.");
                continue;
            }
            for (Transform t : p.transforms()) {
                Optional<Match> m = check(core, sa, p, t, sets, requiredPfs, unsupported);
                if (m.isPresent()) {
                    return m;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Match> check(EngineCore core, Phase1Sa sa, Proposal p, Transform t, List<EspTransform> sets, int requiredPfs,
                                         List<String> unsupported) {
        EspCipher cipher = null;
        long keyBits = t.attribute(ATT_KEY_LENGTH).map(Attribute::longValue).orElse(128L);
        for (EspCipher c : EspCipher.values()) {
            if (c.transformId() == t.transformId() && (!c.hasKeyLength() || c.cipher().keyBits() == keyBits)) {
                cipher = c;
            }
        }
        // IOS prints the transform and its attributes without the conn-id, the transform line with a trailing blank
        core.log.global("transform " + t.number() + ", " + (cipher == null ? "ESP transform " + t.transformId() : cipher.debugName()) + " ");
        core.log.global("  attributes in transform:");
        EspAuth auth = null;
        EspMode mode = EspMode.TUNNEL;
        boolean udp = false;
        int group = 0;
        long seconds = org.iosemu.ike.config.ChildPolicy.DEFAULT_LIFETIME_SECONDS;
        long kb = org.iosemu.ike.config.ChildPolicy.DEFAULT_LIFETIME_KB;
        long lifeType = 1;
        for (Attribute a : t.attributes()) {
            long v = a.longValue();
            switch (a.type()) {
                case ATT_LIFE_TYPE -> {
                    lifeType = v;
                    core.log.attribute("SA life type in " + (v == 1 ? "seconds" : "kilobytes"));
                }
                case ATT_LIFE_DURATION -> {
                    if (lifeType == 1) {
                        seconds = v;
                    } else {
                        kb = v;
                    }
                    core.log.attribute(Phase1Negotiation.lifeDuration("SA life duration", a));
                }
                case ATT_GROUP -> {
                    group = (int) v;
                    core.log.attribute("group is " + v);
                }
                case ATT_ENCAPSULATION -> {
                    mode = (v == 2 || v == ENCAPS_UDP_TRANSPORT || v == ENCAPS_UDP_TRANSPORT_DRAFT) ? EspMode.TRANSPORT : EspMode.TUNNEL;
                    udp = v == ENCAPS_UDP_TUNNEL || v == ENCAPS_UDP_TRANSPORT || v == ENCAPS_UDP_TUNNEL_DRAFT || v == ENCAPS_UDP_TRANSPORT_DRAFT;
                    core.log.attribute("encaps is " + v + " (" + (mode == EspMode.TUNNEL ? "Tunnel" : "Transport") + (udp ? "-UDP" : "") + ")");
                }
                case ATT_AUTH -> {
                    for (EspAuth e : EspAuth.values()) {
                        if (e.attributeValue() == v) {
                            auth = e;
                        }
                    }
                    core.log.attribute("authenticator is " + (auth == null ? "unknown " + v : auth.debugName()));
                }
                case ATT_KEY_LENGTH -> core.log.attribute("key length is " + v);
                default -> core.log.attribute("attribute " + a.type());
            }
        }
        if (udp != sa.natTUsed()) {
            // UDP encapsulation exactly when NAT discovery found a NAT (RFC 3947 5.1)
            core.log.sa(sa, "atts are not acceptable.");
            return Optional.empty();
        }
        if (requiredPfs != 0 && group != requiredPfs) {
            core.log.sa(sa, "atts are not acceptable.");
            return Optional.empty();
        }
        for (EspTransform ts : sets) {
            if (ts.cipher() == cipher && ts.auth() == auth && ts.mode() == mode) {
                core.log.sa(sa, "atts are acceptable.");
                return Optional.of(new Match(p, t, ts, group, seconds, kb, udp));
            }
        }
        if (cipher == null || auth == null) {
            core.log.sa(sa, "atts are not acceptable.");
            return Optional.empty();
        }
        // the ISAKMP attributes are fine: it is the IPsec policy (our transform sets) that refuses it (15.x sample)
        core.log.sa(sa, "atts are acceptable.");
        unsupported.add(cipher.iosName() + " " + auth.iosName());
        return Optional.empty();
    }

    /** Our Diffie-Hellman pair for PFS; an unsupported group throws IllegalArgumentException before any randomness is used. */
    static DhKeyPair pfsKeyPair(EngineCore core, int group) {
        DhGroup g = DhGroup.of(group);
        return DhKeyPair.generate(g, core.random.bytes(g.length()));
    }

    /** The PFS g^xy from the peer's KE payload, or null when the payload is missing or its value out of range. */
    static byte[] pfsSecret(DhKeyPair dh, PayloadChain chain) {
        Payload.KeyExchange ke = chain.first(Payload.KeyExchange.class).orElse(null);
        return ke == null ? null : dh.sharedSecret(ke.data()).orElse(null);
    }

    static Payload.Identification identity(Ipv4 net, Ipv4 mask, int protocol) {
        if (mask.bits() == -1) {
            return new Payload.Identification(Payload.Identification.ID_IPV4_ADDR, protocol, 0, net.toBytes());
        }
        return new Payload.Identification(Payload.Identification.ID_IPV4_ADDR_SUBNET, protocol, 0, Bytes.concat(net.toBytes(), mask.toBytes()));
    }

    /** (network, mask) of an ID payload, or empty for types we do not support. */
    static Optional<Ipv4[]> subnet(Payload.Identification id) {
        if (id.idType() == Payload.Identification.ID_IPV4_ADDR && id.data().length == 4) {
            return Optional.of(new Ipv4[] {Ipv4.of(id.data(), 0), new Ipv4(-1)});
        }
        if (id.idType() == Payload.Identification.ID_IPV4_ADDR_SUBNET && id.data().length == 8) {
            return Optional.of(new Ipv4[] {Ipv4.of(id.data(), 0), Ipv4.of(id.data(), 4)});
        }
        return Optional.empty();
    }

    /** Proxy identity seen from our side: local = IDcr network for the responder, IDci for the initiator. */
    static ProxyIdentity proxy(Ipv4[] local, Ipv4[] remote, int protocol) {
        return new ProxyIdentity(local[0], local[1], remote[0], remote[1], protocol);
    }

    static boolean covers(Ipv4 net, Ipv4 mask, Ipv4 offeredNet, Ipv4 offeredMask) {
        return offeredNet.inSubnet(net, mask) && offeredMask.prefixLength() >= mask.prefixLength();
    }
}
