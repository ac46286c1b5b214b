package org.iosemu.lab;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.iosemu.grammar.IosParser;
import org.iosemu.ike.ClearFilter;
import org.iosemu.ike.IkeSnapshot;
import org.iosemu.ike.config.Ipv4;

/** One engine clear a `clear crypto ...` command stands for: which SAs, IKE and/or IPsec. */
record ClearRequest(ClearFilter filter, boolean ike, boolean ipsec) {

    static List<ClearRequest> of(IosParser.Ex_clearContext c, IkeSnapshot snapshot) {
        if (c.clear_crypto_session() != null) {
            return session(c.clear_crypto_session()).map(f -> List.of(new ClearRequest(f, true, true))).orElse(List.of());
        }
        if (c.clear_crypto_isakmp() != null) {
            ClearFilter f = Optional.ofNullable(c.clear_crypto_isakmp().arg_isakmp_conn_id())
                    .map(id -> ClearFilter.connId(Integer.parseInt(id.getText()))).orElse(ClearFilter.all());
            return List.of(new ClearRequest(f, true, false));
        }
        var sa = c.clear_crypto_sa();
        if (sa.arg_sa_peer_address() != null) {
            return List.of(new ClearRequest(ClearFilter.remote(ip(sa.arg_sa_peer_address().getText())), false, true));
        }
        if (sa.arg_crypto_map_name() != null) {
            // the engine clears by endpoints: one clear per (local, peer) pair the map has SAs with
            String map = sa.arg_crypto_map_name().getText();
            List<ClearRequest> out = new ArrayList<>();
            for (IkeSnapshot.IpsecSa s : snapshot.ipsecSas()) {
                ClearRequest r = new ClearRequest(new ClearFilter(Optional.of(s.peer()), Optional.empty(),
                        Optional.of(s.localAddress()), Optional.empty(), Optional.empty()), false, true);
                if (s.mapName().equals(map) && !out.contains(r)) {
                    out.add(r);
                }
            }
            return out;
        }
        return List.of(new ClearRequest(ClearFilter.all(), false, true));
    }

    /** Empty when the command names a VRF: there are none here, so nothing matches. */
    private static Optional<ClearFilter> session(IosParser.Clear_crypto_sessionContext s) {
        if (s.session_fvrf() != null || s.session_ivrf() != null) {
            return Optional.empty();
        }
        Optional<Ipv4> localIp = Optional.ofNullable(s.session_local()).map(l -> ip(l.arg_session_local_address().getText()));
        Optional<Integer> localPort = Optional.ofNullable(s.session_local()).map(l -> l.arg_session_port())
                .map(p -> Integer.parseInt(p.getText()));
        Optional<Ipv4> remoteIp = Optional.ofNullable(s.session_remote()).map(r -> ip(r.arg_session_remote_address().getText()));
        Optional<Integer> remotePort = Optional.ofNullable(s.session_remote()).map(r -> r.arg_session_port())
                .map(p -> Integer.parseInt(p.getText()));
        return Optional.of(new ClearFilter(remoteIp, remotePort, localIp, localPort, Optional.empty()));
    }

    private static Ipv4 ip(String text) {
        return Ipv4.parse(org.iosemu.config.Ipv4.canonical(text));
    }
}
