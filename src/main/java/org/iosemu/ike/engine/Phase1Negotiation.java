package org.iosemu.ike.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.iosemu.ike.codec.Attribute;
import org.iosemu.ike.codec.Payload;
import org.iosemu.ike.codec.PayloadChain;
import org.iosemu.ike.codec.Proposal;
import org.iosemu.ike.codec.Transform;
import org.iosemu.ike.config.IkeEncryption;
import org.iosemu.ike.config.Phase1Hash;
import org.iosemu.ike.config.IkeProposal;
import org.iosemu.ike.crypto.DhGroup;
import org.iosemu.ike.crypto.DhKeyPair;
import org.iosemu.ike.crypto.Ikev1Crypto;

/** Pieces shared by the phase-1 modes, initiator and responder: SA offers, policy matching, vendor IDs, the DH pair. */
final class Phase1Negotiation {
    static final int ATT_ENCRYPTION = 1;
    static final int ATT_HASH = 2;
    static final int ATT_AUTH = 3;
    static final int ATT_GROUP = 4;
    static final int ATT_LIFE_TYPE = 11;
    static final int ATT_LIFE_DURATION = 12;
    static final int ATT_KEY_LENGTH = 14;
    static final int AUTH_PRE_SHARE = 1;
    /** XAUTHInitPreShared (draft-ietf-ipsec-isakmp-xauth-06): pre-shared key, then XAUTH by the responder. */
    static final int AUTH_XAUTH_INIT_PRE_SHARED = 65001;
    static final int KEY_IKE = 1;
    static final int NONCE_LENGTH = 20;

    /** A policy accepted for an offered transform, with the lifetime both sides will use. */
    record Choice(IkeProposal policy, Transform transform, long lifetimeSeconds) {
    }

    private Phase1Negotiation() {
    }

    /** Initiator offer: every local policy, in priority order, as one transform each. */
    static Payload.Sa offer(List<IkeProposal> policies) {
        return offer(policies, false);
    }

    /**
     * Initiator offer; with {@code xauth} (an Easy VPN remote) every policy is offered with XAUTHInitPreShared
     * first and plain pre-share after it, so the server's choice says whether XAUTH follows.
     */
    static Payload.Sa offer(List<IkeProposal> policies, boolean xauth) {
        List<Transform> transforms = new ArrayList<>();
        for (IkeProposal p : policies) {
            if (xauth) {
                transforms.add(transformFor(p, transforms.size() + 1, AUTH_XAUTH_INIT_PRE_SHARED));
            }
            transforms.add(transformFor(p, transforms.size() + 1, AUTH_PRE_SHARE));
        }
        return new Payload.Sa(Payload.Sa.DOI_IPSEC, Payload.Sa.SIT_IDENTITY_ONLY, List.of(new Proposal(1, Proposal.PROTO_ISAKMP, new byte[0], transforms)));
    }

    static Transform transformFor(IkeProposal p, int number) {
        return transformFor(p, number, AUTH_PRE_SHARE);
    }

    /**
     * The authentication methods this end accepts: an initiator what it offered; a responder XAUTHInitPreShared
     * only when its profile requires XAUTH (a client must not skip it by offering plain pre-share), plain
     * pre-share otherwise.
     */
    static List<Integer> acceptedAuthentication(Phase1Sa sa) {
        if (sa.initiator()) {
            return List.of(AUTH_PRE_SHARE, AUTH_XAUTH_INIT_PRE_SHARED);
        }
        return sa.profile != null && sa.profile.xauth().required() ? List.of(AUTH_XAUTH_INIT_PRE_SHARED) : List.of(AUTH_PRE_SHARE);
    }

    static Transform transformFor(IkeProposal p, int number, int authentication) {
        List<Attribute> a = new ArrayList<>();
        a.add(Attribute.tv(ATT_ENCRYPTION, p.encryption().attributeValue()));
        if (p.encryption().hasKeyLength()) {
            a.add(Attribute.tv(ATT_KEY_LENGTH, p.encryption().cipher().keyBits()));
        }
        a.add(Attribute.tv(ATT_HASH, p.hash().attributeValue()));
        a.add(Attribute.tv(ATT_AUTH, authentication));
        a.add(Attribute.tv(ATT_GROUP, p.group()));
        a.add(Attribute.tv(ATT_LIFE_TYPE, 1));
        a.add(Attribute.number(ATT_LIFE_DURATION, p.lifetimeSeconds()));
        return new Transform(number, KEY_IKE, a);
    }

    /**
     * IOS matching: local policies in priority order, each checked against every offered transform; the first
     * acceptable pair wins. Logs the IOS "Checking ISAKMP transform" lines.
     */
    static Optional<Choice> choose(EngineCore core, Phase1Sa sa, Payload.Sa offered, List<IkeProposal> policies) throws DropPacket {
        if (offered.proposals().isEmpty()) {
            throw new DropPacket("SA payload without proposal, dropped");
        }
        Proposal proposal = offered.proposals().get(0);
        if (proposal.protocolId() != Proposal.PROTO_ISAKMP) {
            throw new DropPacket("SA payload proposes protocol " + proposal.protocolId() + ", dropped");
        }
        List<Integer> auths = acceptedAuthentication(sa);
        for (IkeProposal policy : policies) {
            List<Transform> ts = proposal.transforms();
            for (int i = 0; i < ts.size(); i++) {
                Transform t = ts.get(i);
                core.log.sa(sa, "Checking ISAKMP transform " + t.number() + " against priority " + policy.priority() + " policy");
                logAttributes(core, t);
                String mismatch = mismatch(t, policy, auths);
                int next = i + 1 < ts.size() ? 3 : 0;
                if (mismatch == null) {
                    core.log.sa(sa, "atts are acceptable. Next payload is " + next);
                    long offeredLife = t.attribute(ATT_LIFE_DURATION).map(Attribute::longValue).orElse(policy.lifetimeSeconds());
                    return Optional.of(new Choice(policy, t, Math.min(offeredLife, policy.lifetimeSeconds())));
                }
                core.log.sa(sa, mismatch);
                core.log.sa(sa, "atts are not acceptable. Next payload is " + next);
            }
        }
        return Optional.empty();
    }

    static Transform withLifetime(Transform t, long seconds) {
        List<Attribute> attrs = new ArrayList<>();
        for (Attribute a : t.attributes()) {
            attrs.add(a.type() == ATT_LIFE_DURATION ? Attribute.number(ATT_LIFE_DURATION, seconds) : a);
        }
        return new Transform(t.number(), t.transformId(), attrs);
    }

    private static String mismatch(Transform t, IkeProposal p, List<Integer> auths) {
        if (t.transformId() != KEY_IKE) {
            return "Transform id offered is not KEY_IKE!";
        }
        Optional<IkeEncryption> enc = encryption(t);
        if (enc.isEmpty() || enc.get() != p.encryption()) {
            return "Encryption algorithm offered does not match policy!";
        }
        if (t.attribute(ATT_HASH).map(Attribute::longValue).orElse(-1L) != p.hash().attributeValue()) {
            return "Hash algorithm offered does not match policy!";
        }
        long auth = t.attribute(ATT_AUTH).map(Attribute::longValue).orElse(-1L);
        if (auth < 0 || auth > 0xffff || !auths.contains((int) auth)) {
            return "Preshared authentication offered but does not match policy!";
        }
        if (t.attribute(ATT_GROUP).map(Attribute::longValue).orElse(-1L) != p.group()) {
            return "Diffie-Hellman group offered does not match policy!";
        }
        return null;
    }

    static Optional<IkeEncryption> encryption(Transform t) {
        long e = t.attribute(ATT_ENCRYPTION).map(Attribute::longValue).orElse(-1L);
        long bits = t.attribute(ATT_KEY_LENGTH).map(Attribute::longValue).orElse(128L);
        for (IkeEncryption c : IkeEncryption.values()) {
            if (c.attributeValue() == e && (!c.hasKeyLength() || c.cipher().keyBits() == bits)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    private static void logAttributes(EngineCore core, Transform t) {
        for (Attribute a : t.attributes()) {
            long v = a.longValue();
            switch (a.type()) {
                case ATT_ENCRYPTION -> core.log.attribute("encryption " + (v == 1 ? "DES-CBC" : v == 5 ? "3DES-CBC" : v == 7 ? "AES-CBC" : "unknown " + v));
                case ATT_KEY_LENGTH -> core.log.attribute("keylength of " + v);
                case ATT_HASH -> core.log.attribute("hash " + hashName(v));
                case ATT_AUTH -> core.log.attribute("auth " + (v == AUTH_PRE_SHARE ? "pre-share" : v == AUTH_XAUTH_INIT_PRE_SHARED ? "XAUTHInitPreShared" : "method " + v));
                case ATT_GROUP -> core.log.attribute("default group " + v);
                case ATT_LIFE_TYPE -> core.log.attribute("life type in " + (v == 1 ? "seconds" : "kilobytes"));
                case ATT_LIFE_DURATION -> core.log.attribute(lifeDuration("life duration", a));
                default -> core.log.attribute("attribute " + a.type());
            }
        }
    }

    private static String hashName(long v) {
        for (Phase1Hash h : Phase1Hash.values()) {
            if (h.attributeValue() == v) {
                return h.debugName();
            }
        }
        return "unknown " + v;
    }

    /** "life duration (basic) of 3600" or "life duration (VPI) of  0x0 0x1 0x51 0x80 " (IOS ends it with a blank). */
    static String lifeDuration(String label, Attribute a) {
        if (a.basic()) {
            return label + " (basic) of " + a.longValue();
        }
        StringBuilder sb = new StringBuilder(label + " (VPI) of ");
        for (byte b : a.value()) {
            sb.append(" 0x").append(Integer.toHexString(b & 0xff));
        }
        return sb.append(' ').toString();
    }

    /** Vendor ID processing with the IOS debug lines. */
    static void processVendorIds(EngineCore core, Phase1Sa sa, PayloadChain chain) {
        for (Payload.VendorId v : chain.all(Payload.VendorId.class)) {
            core.log.sa(sa, " processing vendor id payload");
            core.log.sa(sa, VendorIds.recognise(sa, v.data()));
        }
        if (!core.config.natTransparency().enabled()) {
            sa.natDType = 0; // `no crypto ipsec nat-transparency udp-encapsulation`: plain ESP only
        }
    }

    /** Initiator VIDs: DPD, Unity and, unless NAT-T is disabled, the RFC 3947 and draft NAT-T IDs. */
    static List<Payload> vendorIds(EngineCore core) {
        return vendorIds(core, false);
    }

    /** Initiator VIDs, with XAUTH's first for an Easy VPN remote. */
    static List<Payload> vendorIds(EngineCore core, boolean xauth) {
        List<Payload> v = new ArrayList<>();
        if (xauth) {
            v.add(new Payload.VendorId(VendorIds.XAUTH));
        }
        v.addAll(List.of(new Payload.VendorId(VendorIds.DPD), new Payload.VendorId(VendorIds.UNITY)));
        if (core.config.natTransparency().enabled()) {
            VendorIds.NATT_OFFER.forEach(id -> v.add(new Payload.VendorId(id)));
        }
        return v;
    }

    /** Responder VIDs: DPD, Unity and the one NAT-T ID agreed from the initiator's offer. */
    static List<Payload> answerVendorIds(Phase1Sa sa) {
        List<Payload> v = new ArrayList<>(List.of(new Payload.VendorId(VendorIds.DPD), new Payload.VendorId(VendorIds.UNITY)));
        if (sa.natDType != 0) {
            v.add(new Payload.VendorId(VendorIds.nattAnswer(sa.natDType)));
        }
        return v;
    }

    static void applyChoice(Phase1Sa sa, Choice choice) {
        sa.policy = new IkeProposal(choice.policy().priority(), choice.policy().encryption(), choice.policy().hash(), choice.policy().group(), choice.lifetimeSeconds());
        sa.crypto = new Ikev1Crypto(sa.policy.hash().algorithm(), sa.policy.encryption().cipher());
        sa.lifetimeMillis = choice.lifetimeSeconds() * 1000;
        sa.xauthAuthentication = choice.transform().attribute(ATT_AUTH).map(Attribute::longValue).orElse(0L) == AUTH_XAUTH_INIT_PRE_SHARED;
    }

    static DhKeyPair newDh(EngineCore core, Phase1Sa sa) {
        return newDh(core, sa.policy.group());
    }

    /** A key pair of {@code group}, for an Aggressive Mode initiator that sends KE before any policy is chosen. */
    static DhKeyPair newDh(EngineCore core, int group) {
        DhGroup g = DhGroup.of(group);
        return DhKeyPair.generate(g, core.random.bytes(g.length()));
    }
}
