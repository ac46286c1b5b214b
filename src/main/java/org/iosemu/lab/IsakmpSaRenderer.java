package org.iosemu.lab;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.iosemu.ike.IkeSnapshot;
import org.iosemu.ike.config.Ipv4;

/** `show crypto isakmp sa [detail]` and `show crypto isakmp peers` from engine state (15.x layouts). */
final class IsakmpSaRenderer {

    private IsakmpSaRenderer() {}

    static List<String> brief(IkeSnapshot s) {
        List<String> out = new ArrayList<>();
        out.add("IPv4 Crypto ISAKMP SA");
        out.add("dst             src             state          conn-id status");
        for (IkeSnapshot.IkeSa sa : s.ikeSas()) {
            out.add(String.format(Locale.ROOT, "%-16s%-16s%-15s%7d %s", sa.dst(), sa.src(), sa.state(), sa.connId(),
                    sa.status()).stripTrailing());
        }
        out.add("");
        out.add("IPv6 Crypto ISAKMP SA");
        out.add("");
        return out;
    }

    static List<String> detail(IkeSnapshot s) {
        List<String> out = new ArrayList<>();
        out.add("Codes: C - IKE configuration mode, D - Dead Peer Detection");
        out.add("       K - Keepalives, N - NAT-traversal");
        out.add("       T - cTCP encapsulation, X - IKE Extended Authentication");
        out.add("       psk - Preshared key, rsig - RSA signature");
        out.add("       renc - RSA encryption");
        out.add("IPv4 Crypto ISAKMP SA");
        out.add("");
        out.add("C-id  Local           Remote          I-VRF  Status Encr Hash   Auth DH Lifetime Cap.");
        out.add("");
        for (IkeSnapshot.IkeSa sa : s.ikeSas()) {
            out.add(String.format(Locale.ROOT, "%-6d%-16s%-16s%-7s%-7s%-5s%-7s%-5s%-3d%s %-4s", sa.connId(), local(sa),
                    remote(sa), "", sa.status(), sa.encryption().toLowerCase(Locale.ROOT),
                    sa.hash().toLowerCase(Locale.ROOT), sa.auth().toLowerCase(Locale.ROOT), sa.dhGroup(),
                    Durations.hms(sa.remainingSeconds()), sa.capabilities()));
            out.add("       Engine-id:Conn-id =  SW:" + Math.max(0, sa.connId() - 1000));
            out.add("");
        }
        out.add("IPv6 Crypto ISAKMP SA");
        out.add("");
        return out;
    }

    /** One entry per peer with an IKE SA. */
    static List<String> peers(IkeSnapshot s) {
        List<String> out = new ArrayList<>();
        List<Ipv4> seen = new ArrayList<>();
        for (IkeSnapshot.IkeSa sa : s.ikeSas()) {
            if (seen.contains(remote(sa))) {
                continue;
            }
            seen.add(remote(sa));
            out.add("Peer: " + remote(sa) + " Port: " + sa.remotePort() + " Local: " + local(sa));
            out.add(" Phase1 id: " + remote(sa));
        }
        return out;
    }

    static Ipv4 local(IkeSnapshot.IkeSa sa) {
        return sa.initiator() ? sa.src() : sa.dst();
    }

    static Ipv4 remote(IkeSnapshot.IkeSa sa) {
        return sa.initiator() ? sa.dst() : sa.src();
    }
}
