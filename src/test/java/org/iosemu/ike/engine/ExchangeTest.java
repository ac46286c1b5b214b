package org.iosemu.ike.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.iosemu.ike.IkeSnapshot;
import org.iosemu.ike.InboundResult;
import org.iosemu.ike.OutboundResult;
import org.iosemu.ike.config.EspAuth;
import org.iosemu.ike.config.EspCipher;
import org.iosemu.ike.config.EspMode;
import org.iosemu.ike.config.IkeConfig;
import org.iosemu.ike.config.IkeEncryption;
import org.iosemu.ike.config.Phase1Hash;
import org.iosemu.ike.config.Ipv4;
import org.iosemu.ike.config.IkeProposal;
import org.iosemu.ike.config.PeerCandidate;
import org.iosemu.ike.config.EspTransform;
import org.junit.jupiter.api.Test;

/** Two engines negotiate Main Mode + Quick Mode in-process and carry ESP traffic. */
class ExchangeTest {

    private static final String A = "10.1.32.14";
    private static final String B = "10.2.80.209";

    private Lab.Router[] pair(Lab lab, List<IkeProposal> policiesA, List<IkeProposal> policiesB, EspTransform ts, int pfs) {
        Lab.Router a = lab.router(A, 1);
        Lab.Router b = lab.router(B, 2);
        a.engine.onConfigChanged(Lab.site(a.address, "10.1.1.0", "10.2.2.0", List.of(PeerCandidate.of(B)), Optional.empty(), policiesA, ts, pfs));
        b.engine.onConfigChanged(Lab.site(b.address, "10.2.2.0", "10.1.1.0", List.of(PeerCandidate.of(A)), Optional.empty(), policiesB, ts, pfs));
        return new Lab.Router[] {a, b};
    }

    private void establishAndPing(Lab lab, Lab.Router a, Lab.Router b) {
        establishAndPing(lab, a, b, "10.1.1.1", "10.2.2.1");
    }

    /** {@code a} initiates for traffic hostA → hostB, then packets flow both ways. */
    private void establishAndPing(Lab lab, Lab.Router a, Lab.Router b, String hostA, String hostB) {
        byte[] ping = Lab.icmp(hostA, hostB, 1);
        assertInstanceOf(OutboundResult.DroppedSaPending.class, a.engine.outbound(Ipv4.parse(hostA), Ipv4.parse(hostB), ping));
        lab.settle();
        IkeSnapshot sa = a.engine.snapshot();
        assertEquals(1, sa.ikeSas().size());
        assertEquals("QM_IDLE", sa.ikeSas().get(0).state());
        assertEquals(1001, sa.ikeSas().get(0).connId());
        assertEquals("ACTIVE", sa.ikeSas().get(0).status());
        assertEquals(1, sa.ipsecSas().size());
        assertEquals(1, b.engine.snapshot().ipsecSas().size());
        for (int i = 0; i < 3; i++) {
            OutboundResult out = a.engine.outbound(Ipv4.parse(hostA), Ipv4.parse(hostB), Lab.icmp(hostA, hostB, i));
            OutboundResult.Protected p = assertInstanceOf(OutboundResult.Protected.class, out);
            assertEquals(b.address, p.peer());
            InboundResult in = b.engine.inboundEsp(p.local(), p.peer(), p.esp());
            byte[] got = assertInstanceOf(InboundResult.Decrypted.class, in).packet();
            byte[] sent = Lab.icmp(hostA, hostB, i);
            // transport mode rebuilds the header from the outer addresses; the transported payload must match
            assertArrayEquals(java.util.Arrays.copyOfRange(sent, 20, sent.length), java.util.Arrays.copyOfRange(got, 20, got.length));
            if (a.engine.snapshot().ipsecSas().get(0).mode() == EspMode.TUNNEL) {
                assertArrayEquals(sent, got);
            }
            OutboundResult back = b.engine.outbound(Ipv4.parse(hostB), Ipv4.parse(hostA), Lab.icmp(hostB, hostA, i));
            OutboundResult.Protected pb = assertInstanceOf(OutboundResult.Protected.class, back);
            assertInstanceOf(InboundResult.Decrypted.class, a.engine.inboundEsp(pb.local(), pb.peer(), pb.esp()));
        }
        IkeSnapshot.IpsecSa ipsecA = a.engine.snapshot().ipsecSas().get(0);
        assertEquals(3, ipsecA.encaps());
        assertEquals(3, ipsecA.encrypt());
        assertEquals(3, ipsecA.digest());
        assertEquals(3, ipsecA.decaps());
        assertEquals(3, ipsecA.verify());
        IkeSnapshot.IpsecSa ipsecB = b.engine.snapshot().ipsecSas().get(0);
        assertEquals(ipsecA.spiIn(), ipsecB.spiOut());
        assertEquals(ipsecA.spiOut(), ipsecB.spiIn());
        assertTrue(a.syslog().contains("%CRYPTO-5-SESSION_STATUS: Crypto tunnel is UP  .  Peer " + b.address + ":500       Id: " + b.address));
    }

    @Test
    void tripleDesShaGroup2BothDirections() {
        Lab lab = new Lab();
        Lab.Router[] r = pair(lab, List.of(Lab.POLICY_3DES), List.of(Lab.POLICY_3DES), Lab.TS_3DES, 0);
        establishAndPing(lab, r[0], r[1]);
        List<String> debug = r[0].debug();
        assertTrue(debug.contains("ISAKMP:(0): beginning Main Mode exchange"), debug.toString());
        assertTrue(debug.contains("ISAKMP:(1001):Old State = IKE_I_MM4  New State = IKE_I_MM5 \n"));
        assertTrue(debug.contains("ISAKMP:(1001):Old State = IKE_I_MM6  New State = IKE_P1_COMPLETE \n"));
        assertTrue(debug.contains("ISAKMP:(1001):SA has been authenticated with 10.2.80.209"));
        assertTrue(debug.stream().anyMatch(l -> l.startsWith("ISAKMP (0:1001): received packet from 10.2.80.209 dport 500 sport 500 Global (I) MM_KEY_EXCH")));
        assertTrue(debug.contains("ISAKMP:(1001): sending packet to 10.2.80.209 my_port 500 peer_port 500 (I) QM_IDLE      "));
        List<String> responder = r[1].debug();
        assertTrue(responder.contains("ISAKMP:(0):Checking ISAKMP transform 1 against priority 1 policy"));
        assertTrue(responder.contains("ISAKMP:(0):atts are acceptable. Next payload is 0"));
        assertTrue(responder.contains("ISAKMP:(1001):Old State = IKE_R_MM5  New State = IKE_P1_COMPLETE \n"));
        assertTrue(responder.stream().anyMatch(l -> l.endsWith("New State = IKE_QM_PHASE2_COMPLETE")));
    }

    @Test
    void aes128Sha256Group14WithPfsAndSecondPolicyChosen() {
        Lab lab = new Lab();
        IkeProposal aes = new IkeProposal(10, IkeEncryption.AES128, Phase1Hash.SHA256, 14, 86_400);
        IkeProposal des = new IkeProposal(5, IkeEncryption.DES, Phase1Hash.MD5, 1, 86_400);
        EspTransform ts = new EspTransform("aes-sha256", EspCipher.AES128, EspAuth.SHA256, EspMode.TUNNEL);
        Lab.Router[] r = pair(lab, List.of(des, aes), List.of(new IkeProposal(1, IkeEncryption.AES128, Phase1Hash.SHA256, 14, 3600)), ts, 14);
        establishAndPing(lab, r[0], r[1]);
        IkeSnapshot.IkeSa ike = r[0].engine.snapshot().ikeSas().get(0);
        assertEquals("AES", ike.encryption());
        assertEquals(128, ike.keyBits());
        assertEquals("SHA256", ike.hash());
        assertEquals(14, ike.dhGroup());
        assertEquals(3600, ike.lifetimeSeconds(), "the shorter lifetime wins");
        assertEquals(14, r[0].engine.snapshot().ipsecSas().get(0).pfsGroup());
        assertTrue(r[1].debug().contains("ISAKMP:(0):Encryption algorithm offered does not match policy!"));
    }

    @Test
    void responderInitiatesTheOtherWayAndTransportModeWorks() {
        Lab lab = new Lab();
        EspTransform ts = new EspTransform("t", EspCipher.AES256, EspAuth.MD5, EspMode.TRANSPORT);
        Lab.Router[] r = pair(lab, List.of(Lab.POLICY_3DES), List.of(Lab.POLICY_3DES), ts, 0);
        establishAndPing(lab, r[1], r[0], "10.2.2.7", "10.1.1.7");
        IkeSnapshot.IpsecSa s = r[1].engine.snapshot().ipsecSas().get(0);
        assertEquals(EspMode.TRANSPORT, s.mode());
        assertEquals("esp-aes 256 esp-md5-hmac", s.transform());
    }

    @Test
    void noMatchingPolicyLeavesNoSa() {
        Lab lab = new Lab();
        IkeProposal other = new IkeProposal(1, IkeEncryption.AES256, Phase1Hash.SHA, 5, 86_400);
        Lab.Router[] r = pair(lab, List.of(Lab.POLICY_3DES), List.of(other), Lab.TS_3DES, 0);
        r[0].engine.outbound(Ipv4.parse("10.1.1.1"), Ipv4.parse("10.2.2.1"), Lab.icmp("10.1.1.1", "10.2.2.1", 1));
        lab.settle();
        assertEquals(0, r[1].engine.snapshot().ikeSas().size());
        assertTrue(r[1].debug().contains("ISAKMP:(0):atts are not acceptable. Next payload is 0"));
        assertEquals("MM_NO_STATE", r[0].engine.snapshot().ikeSas().get(0).state());
        lab.scheduler.advance(70_000);
        assertEquals(0, r[0].engine.snapshot().ikeSas().size(), "initiator gave up after retransmissions");
        assertTrue(r[0].debug().stream().anyMatch(l -> l.contains("Death by retransmission P1")));
    }

    @Test
    void clearSessionSendsDeletesAndPeerRemovesItsSas() {
        Lab lab = new Lab();
        Lab.Router[] r = pair(lab, List.of(Lab.POLICY_3DES), List.of(Lab.POLICY_3DES), Lab.TS_3DES, 0);
        establishAndPing(lab, r[0], r[1]);
        assertEquals(2, r[0].engine.clear(org.iosemu.ike.ClearFilter.remote(r[1].address), true, true));
        lab.settle();
        assertEquals(0, r[0].engine.snapshot().ikeSas().size());
        assertEquals(0, r[1].engine.snapshot().ikeSas().size());
        assertEquals(0, r[1].engine.snapshot().ipsecSas().size());
        assertTrue(r[1].syslog().contains("%CRYPTO-5-SESSION_STATUS: Crypto tunnel is DOWN. Peer 10.1.32.14:500 Id: 10.1.32.14"));
    }

}
