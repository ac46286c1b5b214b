package org.iosemu.ike.engine;

import java.util.Arrays;
import java.util.Optional;
import org.iosemu.ike.InboundResult;
import org.iosemu.ike.OutboundResult;
import org.iosemu.ike.config.ChildPolicy;
import org.iosemu.ike.config.EspMode;
import org.iosemu.ike.config.Ipv4;
import org.iosemu.ike.config.ProxyIdentity;
import org.iosemu.ike.config.TrafficSelector;
import org.iosemu.ike.crypto.Bytes;

/** ESP data path: classifies outbound packets against crypto map ACLs (first match, deny = next entry), seals and opens ESP. */
final class DataPlane {
    private final EngineCore core;

    DataPlane(EngineCore core) {
        this.core = core;
    }

    OutboundResult outbound(Ipv4 src, Ipv4 dst, byte[] packet) {
        return outbound(src, dst, packet, null, org.iosemu.ike.EgressMtu.NONE);
    }

    /**
     * Classifies against the policies of {@code scope} only (the output feature of one interface: its crypto map's
     * entries or its Easy VPN tunnel's policies); null = every policy.
     */
    OutboundResult outbound(Ipv4 src, Ipv4 dst, byte[] packet, org.iosemu.ike.OutboundScope scope, org.iosemu.ike.EgressMtu mtu) {
        if (packet.length < 20) {
            return new OutboundResult.NotProtected(); // not an IPv4 packet: nothing to classify
        }
        int protocol = packet[9] & 0xff;
        Optional<Selected> selected = select(src, dst, packet, scope);
        if (selected.isEmpty()) {
            return new OutboundResult.NotProtected(); // no entry protects it: in clear
        }
        ChildPolicy e = selected.get().entry();
        if (selected.get().templateSa() != null) {
            IpsecSaState s = selected.get().templateSa();
            s.lastActivity = core.timers.now();
            return protect(s, packet, protocol, mtu);
        }
        ProxyIdentity p = selected.get().rule().identity();
        if (selected.get().easyVpn()) {
            IpsecSaState s = outboundSa(e, src, dst, protocol);
            if (s == null || s.kilobytesExhausted()) {
                core.requestSa(new SaRequest(e, p));
                return new OutboundResult.DroppedSaPending();
            }
            return protectNoting(s, packet, protocol, mtu);
        }
        int srcPort = port(packet, protocol, 0);
        int dstPort = port(packet, protocol, 2);
        if (!e.clearText().allowsOutbound(src, dst, protocol, srcPort, dstPort)) {
            return new OutboundResult.DroppedByAccessCheck(e.mapName() + " " + e.seq());
        }
        IpsecSaState s = outboundSa(e, src, dst, protocol);
        if (s != null && s.kilobytesExhausted()) {
            core.deleteIpsec(s, "kilobyte lifetime expired", true);
            s = null;
        }
        if (s == null) {
            core.requestSa(new SaRequest(e, p));
            return new OutboundResult.DroppedSaPending();
        }
        return protectNoting(s, packet, protocol, mtu);
    }

    /**
     * True when a policy of {@code scope} (null = any) takes the packet: it will be encrypted, or dropped while an SA
     * is negotiated or by the entry's access check, never sent in clear. Changes nothing.
     */
    boolean covers(Ipv4 src, Ipv4 dst, byte[] packet, org.iosemu.ike.OutboundScope scope) {
        return packet.length >= 20 && select(src, dst, packet, scope).isPresent();
    }

    /** The entry that takes a packet: a template's SA, a crypto map entry's permitting rule, or an Easy VPN policy's. */
    private record Selected(ChildPolicy entry, TrafficSelector.Rule rule, IpsecSaState templateSa, boolean easyVpn) {}

    /** Which entry takes the packet, first match (a deny line passes on to the next entry); nothing changes. */
    private Optional<Selected> select(Ipv4 src, Ipv4 dst, byte[] packet, org.iosemu.ike.OutboundScope scope) {
        int protocol = packet[9] & 0xff;
        int srcPort = port(packet, protocol, 0);
        int dstPort = port(packet, protocol, 2);
        for (ChildPolicy e : core.config.cryptoMaps()) {
            if (scope != null && !scope.covers(e)) {
                continue;
            }
            if (e.isTemplate()) {
                // a dynamic map protects only what its SAs were negotiated for, and never asks for an SA
                IpsecSaState s = outboundSa(e, src, dst, protocol);
                if (s == null || s.kilobytesExhausted()) {
                    continue;
                }
                return Optional.of(new Selected(e, null, s, false));
            }
            // the entry's first matching ACL line decides: permit protects here, deny passes on to the next entry
            Optional<TrafficSelector.Rule> rule = e.traffic().firstMatch(src, dst, protocol, srcPort, dstPort);
            if (rule.isPresent() && rule.get().permit()) {
                return Optional.of(new Selected(e, rule.get(), null, false));
            }
        }
        for (ChildPolicy e : core.easyVpn.childPolicies()) {
            // an Easy VPN remote's policy, built from what Mode Config gave it: split networks, else everything
            if (scope != null && !scope.covers(e)) {
                continue;
            }
            Optional<TrafficSelector.Rule> rule = e.traffic().firstMatch(src, dst, protocol, srcPort, dstPort);
            if (rule.isPresent() && rule.get().permit()) {
                return Optional.of(new Selected(e, rule.get(), null, true));
            }
        }
        return Optional.empty();
    }

    /** Protects with {@code s}, noting the traffic for on-demand DPD and the idle timer. */
    private OutboundResult protectNoting(IpsecSaState s, byte[] packet, int protocol, org.iosemu.ike.EgressMtu mtu) {
        core.ikeSas.established(s.local.ip(), s.remote.ip()).ifPresent(ike -> {
            ike.lastSent = core.timers.now();
            if (ike.dpd != null) {
                ike.dpd.onOutboundTraffic();
            }
        });
        s.lastActivity = core.timers.now();
        return protect(s, packet, protocol, mtu);
    }

    /**
     * A TCP/UDP port of an IPv4 packet ({@code offset} 0 = source, 2 = destination); -1 for other protocols and
     * for non-initial fragments, which carry no transport header.
     */
    private static int port(byte[] packet, int protocol, int offset) {
        int at = (packet[0] & 0x0f) * 4 + offset;
        boolean laterFragment = (((packet[6] & 0x1f) << 8) | (packet[7] & 0xff)) != 0;
        if ((protocol != 6 && protocol != 17) || laterFragment || packet.length < at + 2) {
            return -1;
        }
        return ((packet[at] & 0xff) << 8) | (packet[at + 1] & 0xff);
    }

    private IpsecSaState outboundSa(ChildPolicy e, Ipv4 src, Ipv4 dst, int protocol) {
        IpsecSaState found = null;
        for (IpsecSaState s : core.childSas.view()) {
            if (s.policy.key().equals(e.key()) && s.proxy.matches(src, dst, protocol)) {
                found = s;
            }
        }
        return found;
    }

    private OutboundResult protect(IpsecSaState s, byte[] packet, int protocol, org.iosemu.ike.EgressMtu mtu) {
        if (mtu.ipMtu() > 0) {
            s.ipMtu = mtu.ipMtu();
            int plaintext = s.plaintextMtu(core.timers.now());
            if (packet.length > plaintext && !mtu.encryptOversized()) {
                return new OutboundResult.TooBig(plaintext);
            }
        }
        byte[] iv = core.random.bytes(s.outKeys.cipher().blockSize());
        byte[] esp;
        if (s.transformSet.mode() == EspMode.TUNNEL) {
            esp = s.seal(packet, 4, iv);
        } else {
            int ihl = (packet[0] & 0x0f) * 4;
            esp = s.seal(Arrays.copyOfRange(packet, Math.min(ihl, packet.length), packet.length), protocol, iv);
        }
        Optional<OutboundResult.UdpPorts> udp = s.udpEncapsulated
                ? Optional.of(new OutboundResult.UdpPorts(s.local.port(), s.remote.port())) : Optional.empty();
        return new OutboundResult.Protected(s.local.ip(), s.remote.ip(), s.spiOut, esp, udp);
    }

    InboundResult inboundEsp(Ipv4 src, Ipv4 dst, byte[] esp) {
        if (esp.length < 8) {
            return new InboundResult.Dropped("truncated ESP packet");
        }
        int spi = Bytes.u32(esp, 0);
        IpsecSaState s = core.childSas.inbound(spi);
        if (s == null || !s.local.ip().equals(dst) || !s.remote.ip().equals(src)) {
            core.log.packetSyslog(String.format("%%CRYPTO-4-RECVD_PKT_INV_SPI: decaps: rec'd IPSEC packet has invalid spi for destaddr=%s, prot=50, spi=0x%X(%d), srcaddr=%s",
                    dst, spi, spi & 0xffffffffL, src), core.timers.now());
            if (core.config.invalidSpiRecovery()) {
                core.recoverInvalidSpi(dst, src, spi);
            }
            return new InboundResult.Dropped("invalid SPI");
        }
        org.iosemu.ike.crypto.Esp.Opening opening = s.open(esp);
        Optional<org.iosemu.ike.crypto.Esp.Opened> opened = opening.opened();
        if (opened.isEmpty()) {
            opening.refusal().ifPresent(why -> logRefusal(s, why, esp));
            return new InboundResult.Dropped("refused by the SA (integrity, replay or length check)");
        }
        s.lastActivity = core.timers.now();
        core.ikeSas.established(s.local.ip(), s.remote.ip()).ifPresent(core::heard);
        byte[] inner = opened.get().payload();
        if (s.transformSet.mode() == EspMode.TUNNEL) {
            if (opened.get().nextHeader() != 4 || inner.length < 20) {
                s.receiveErrors.invalidProtocol++;
                return new InboundResult.Dropped("tunnel mode packet without inner IPv4");
            }
            // the inner packet must belong to the SA's proxy identities (remote side → local side)
            if (!s.proxy.mirror().matches(Ipv4.of(inner, 12), Ipv4.of(inner, 16), inner[9] & 0xff)) {
                core.log.packetSyslog("%CRYPTO-4-RECVD_PKT_INV_IDENTITY_ACL: ipsec check access: identity not allowed by ACL (ip) dest_addr= "
                        + Ipv4.of(inner, 16) + ", src_addr= " + Ipv4.of(inner, 12) + ", prot= " + (inner[9] & 0xff), core.timers.now());
                s.receiveErrors.invalidIdentity++;
                return new InboundResult.Dropped("inner packet outside the SA's proxy identities");
            }
            return checkedClearText(s, inner);
        }
        return checkedClearText(s, Ipv4Packets.build(src, dst, opened.get().nextHeader(), inner));
    }

    /**
     * The rate-limited syslog line IOS prints for a refused packet, naming the inbound SA's conn id (the one `show
     * crypto ipsec sa` prints): PKT_REPLAY_ERR (one a minute, a Cisco engineer's figure; the continuation line's
     * 8-space indent is the 15.x log buffer's) and RECVD_PKT_MAC_ERR (one per 30 seconds, Cisco document 116085).
     * Length and padding refusals are only counted: no real line for them was found.
     */
    private void logRefusal(IpsecSaState s, org.iosemu.ike.crypto.Esp.Refusal why, byte[] esp) {
        int connId = org.iosemu.ike.IkeSnapshot.IpsecSa.SOFTWARE_CONN_ID_BASE + s.flowIn;
        long sequence = Bytes.u32(esp, 4) & 0xffffffffL;
        long now = core.timers.now();
        switch (why) {
            case REPLAYED -> core.log.packetSyslog("%CRYPTO-4-PKT_REPLAY_ERR: decrypt: replay check failed\n"
                    + "        connection id=" + connId + ", sequence number=" + sequence, now);
            case INTEGRITY -> core.log.packetSyslog(String.format("%%CRYPTO-4-RECVD_PKT_MAC_ERR: decrypt: mac verify failed for "
                    + "connection id=%d spi=%08X seqno=%08X", connId, s.spiIn, sequence), now, MAC_ERROR_INTERVAL_MILLIS);
            default -> { }
        }
    }

    /** Cisco document 116085: RECVD_PKT_MAC_ERR is "rate limited at 30 second intervals". */
    private static final long MAC_ERROR_INTERVAL_MILLIS = 30_000;

    /** The entry's `set ip access-group ... in` sees the decrypted packet before it is delivered. */
    private static InboundResult checkedClearText(IpsecSaState s, byte[] packet) {
        int protocol = packet[9] & 0xff;
        if (!s.policy.clearText().allowsInbound(Ipv4.of(packet, 12), Ipv4.of(packet, 16), protocol,
                port(packet, protocol, 0), port(packet, protocol, 2))) {
            return new InboundResult.Dropped("denied by the crypto map's inbound access group");
        }
        return new InboundResult.Decrypted(packet, s.policy.mapName());
    }
}
