package org.iosemu.ike.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.iosemu.ike.Pcap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Decodes every plaintext ISAKMP message of the strongSwan reference captures and re-encodes it byte for byte. */
class ReferenceCaptureTest {

    @ParameterizedTest
    @ValueSource(strings = {"A-mm-qm-esp-dpd-dut-killed", "B-dut-initiates-peer-killed", "C-aes128-sha256-modp2048-graceful-delete", "D-backend-none-udp500-no-natt"})
    void plaintextMessagesDecodeAndReencodeExactly(String scenario) throws Exception {
        List<Pcap.Packet> ike = Pcap.read(scenario + ".pcap").stream().filter(Pcap.Packet::isakmp).toList();
        assertTrue(ike.size() >= 9, "capture holds the main and quick mode exchanges");
        int plain = 0;
        for (Pcap.Packet p : ike) {
            IsakmpHeader h = IsakmpCodec.decodeHeader(p.data());
            if (h.encrypted()) {
                continue;
            }
            IsakmpMessage m = IsakmpCodec.decode(p.data());
            assertArrayEquals(p.data(), IsakmpCodec.encode(m.header(), m.chain().payloads()), "frame " + p.frame());
            plain++;
        }
        assertEquals(4, plain, "MM1..MM4 are plaintext");
    }

    @ParameterizedTest
    @ValueSource(strings = {"D-backend-none-udp500-no-natt"})
    void mainModeFirstMessageOffersOneIkeProposal(String scenario) throws Exception {
        Pcap.Packet mm1 = Pcap.read(scenario + ".pcap").stream().filter(Pcap.Packet::isakmp).findFirst().orElseThrow();
        IsakmpMessage m = IsakmpCodec.decode(mm1.data());
        assertEquals(ExchangeType.IDENTITY_PROTECTION, m.header().exchangeType());
        Payload.Sa sa = m.chain().first(Payload.Sa.class).orElseThrow();
        Transform t = sa.proposals().get(0).transforms().get(0);
        assertEquals(5, t.attribute(1).orElseThrow().longValue(), "3DES");
        assertEquals(2, t.attribute(2).orElseThrow().longValue(), "SHA");
        assertEquals(2, t.attribute(4).orElseThrow().longValue(), "group 2");
        assertEquals(4, m.chain().all(Payload.VendorId.class).size());
    }
}
