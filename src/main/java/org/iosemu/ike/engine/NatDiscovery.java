package org.iosemu.ike.engine;

import java.util.List;
import org.iosemu.ike.Endpoint;
import org.iosemu.ike.codec.Payload;
import org.iosemu.ike.codec.PayloadChain;
import org.iosemu.ike.crypto.Bytes;
import org.iosemu.ike.crypto.HashAlgorithm;

/**
 * RFC 3947 NAT discovery in Main Mode messages 3 and 4: each side sends HASH(CKY-I | CKY-R | IP | port) of
 * the destination address as it addressed the packet, then of its own source address. A receiver behind a NAT
 * does not find its own address in the first hash; a sender behind a NAT is not found among the others.
 */
final class NatDiscovery {
    private NatDiscovery() {
    }

    static byte[] hash(Phase1Sa sa, Endpoint e) {
        return hash(sa.policy.hash().algorithm(), sa.ckyI, sa.ckyR, e);
    }

    /** HASH(CKY-I | CKY-R | IP | port) with the negotiated hash (not the PRF), RFC 3947 3.2. */
    static byte[] hash(HashAlgorithm algorithm, byte[] ckyI, byte[] ckyR, Endpoint e) {
        return algorithm.hash(ckyI, ckyR, e.ip().toBytes(), Bytes.u16(e.port()));
    }

    /** The NAT-D payloads for an outgoing MM3/MM4: the peer's address first, then ours. */
    static List<Payload> payloads(Phase1Sa sa) {
        return List.of(new Payload.NatD(sa.natDType, hash(sa, sa.remote)), new Payload.NatD(sa.natDType, hash(sa, sa.local)));
    }

    /**
     * Checks the NAT-D payloads of a received MM3/MM4 against the addresses the packet really had and records
     * who is behind a NAT, with the IOS debug lines. A peer that announced NAT-T but sent no NAT-D is treated
     * as "no NAT" (nothing to compare).
     */
    static void check(EngineCore core, Phase1Sa sa, PayloadChain chain) {
        List<Payload.NatD> hashes = chain.all(Payload.NatD.class);
        if (sa.natDType == 0 || hashes.isEmpty()) {
            return;
        }
        byte[] mine = hash(sa, sa.local);
        byte[] his = hash(sa, sa.remote);
        boolean myMatch = Bytes.same(hashes.get(0).data(), mine);
        boolean hisMatch = false;
        for (int i = 1; i < hashes.size(); i++) {
            hisMatch |= Bytes.same(hashes.get(i).data(), his);
        }
        core.log.sa(sa, "received payload type " + hashes.get(0).type());
        if (!hisMatch) {
            core.log.sa(sa, "His hash no match - this node outside NAT");
        }
        for (int i = 1; i < hashes.size(); i++) {
            core.log.sa(sa, "received payload type " + hashes.get(i).type());
        }
        if (!myMatch) {
            core.log.sa(sa, "My hash no match -  this node inside NAT");
        }
        sa.natLocal = !myMatch;
        sa.natRemote = !hisMatch;
        if (sa.natLocal && sa.natRemote) {
            core.log.sa(sa, "NAT found, both nodes inside NAT");
        } else if (sa.natLocal) {
            core.log.sa(sa, "NAT found, the node inside NAT");
        } else if (sa.natRemote) {
            core.log.sa(sa, "NAT found, the node outside NAT");
        } else {
            core.log.sa(sa, "No NAT Found for self or peer");
        }
    }

    /** The initiator moves to port 4500 from MM5 on when a NAT was found (RFC 3947 4). */
    static void floatPorts(EngineCore core, Phase1Sa sa) {
        if (!sa.natTUsed()) {
            return;
        }
        sa.local = sa.local.withPort(Endpoint.NAT_T_PORT);
        sa.remote = sa.remote.withPort(Endpoint.NAT_T_PORT);
        core.log.sa(sa, "NAT-T floating to port " + Endpoint.NAT_T_PORT);
    }
}
