package org.iosemu.ike.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.iosemu.ike.IkeSnapshot;

/** Builds the read-only show-command view of the engine's SAs. */
final class SnapshotBuilder {
    private SnapshotBuilder() {
    }

    static IkeSnapshot build(long now, List<Phase1Sa> ikeSas, List<IpsecSaState> ipsecSas, List<IkeSnapshot.CurrentPeer> peers) {

        List<IkeSnapshot.IkeSa> ike = new ArrayList<>();
        for (Phase1Sa sa : ikeSas) {
            boolean i = sa.initiator();
            String enc = sa.policy == null ? "" : switch (sa.policy.encryption()) {
                case DES -> "DES";
                case TRIPLE_DES -> "3DES";
                default -> "AES";
            };
            long remaining = sa.established ? Math.max(0, (sa.lifetimeMillis - (now - sa.establishedAt)) / 1000) : 0;
            // D only where this side runs DPD (keepalive configured) with a DPD peer: IOS routers always send the DPD
            // vendor ID, and real 15.x rows between them without keepalives show an empty Cap. column
            boolean keepalive = sa.dpd != null;
            // in the order of IOS's legend: C (Mode Config done), D, K, N, X (XAUTH negotiated in phase 1)
            String caps = (sa.modeConfigured ? "C" : "") + (keepalive && sa.peerDpd ? "D" : "") + (keepalive && !sa.peerDpd ? "K" : "")
                    + (sa.natTUsed() ? "N" : "") + (sa.xauthAuthentication ? "X" : "");
            ike.add(new IkeSnapshot.IkeSa(i ? sa.remote.ip() : sa.local.ip(), i ? sa.local.ip() : sa.remote.ip(), sa.local.port(), sa.remote.port(),
                    sa.mmState, sa.connId, sa.established ? "ACTIVE" : "", i,
                    enc, sa.policy == null ? 0 : sa.policy.encryption().cipher().keyBits(), sa.policy == null ? "" : sa.policy.hash().debugName(),
                    "PSK", sa.policy == null ? 0 : sa.policy.group(), sa.lifetimeMillis / 1000, remaining, caps));
        }
        List<IkeSnapshot.IpsecSa> ipsec = new ArrayList<>();
        for (IpsecSaState s : ipsecSas) {
            PacketCounts n = s.flowCounts(); // the flow's counts since its first SA: IOS's are cumulative across rekeys
            ipsec.add(new IkeSnapshot.IpsecSa(s.policy.mapName(), s.policy.seq(), s.local.ip(), s.remote.ip(), s.remote.port(), s.proxy, s.spiIn, s.spiOut,
                    s.transformSet.iosText(), s.transformSet.mode(), s.pfsGroup, n.encaps(), n.encrypt(), n.digest(), n.decaps(), n.decrypt(), n.verify(),
                    Math.max(0, (s.lifetimeMillis - (now - s.createdAt)) / 1000), Math.max(0, s.lifetimeKb - s.bytes / 1024), s.connId, s.udpEncapsulated,
                    s.replay.enabled(), new IkeSnapshot.Sizing(s.pathMtu(now), s.ipMtu, s.plaintextMtu(now), s.sendErrors),
                    s.receiveErrors.snapshot(), s.flowIn));
        }
        ike.sort(Comparator.comparingInt(IkeSnapshot.IkeSa::connId));
        return new IkeSnapshot(ike, ipsec, peers);
    }
}
