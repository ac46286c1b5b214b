package org.iosemu.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Interface MTUs, the DF bit and ESP's size on the lab network: fragmentation where IOS fragments, drops and
 * "fragmentation needed" where it refuses, pre-fragmentation and after-encryption fragmentation, df-bit override,
 * path MTU discovery through the tunnel.
 */
class MtuAndFragmentationTest {

    private static LabDriver lab() {
        LabDriver d = LabDriver.ofSamples("site-to-site-periodic-dpd");
        d.type("enable");
        d.on("R2", "enable");
        return d;
    }

    private static long outputPackets(LabDriver d, String router) {
        Matcher m = Pattern.compile("(\\d+) packets output").matcher(d.on(router, "show interfaces FastEthernet0"));
        assertTrue(m.find());
        return Long.parseLong(m.group(1));
    }

    private static long encaps(LabDriver d, String router) {
        Matcher m = Pattern.compile("#pkts encaps: (\\d+)").matcher(d.on(router, "show crypto ipsec sa"));
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    @Test
    void theIpMtuFragmentsALargerPacketAndRefusesItWithDfSet() {
        LabDriver d = lab();
        d.type("configure terminal", "interface FastEthernet0", "ip mtu 1400", "end");
        String refused = d.type("ping 10.2.80.209 size 1401 df-bit");
        assertTrue(refused.contains("Packet sent with the DF bit set\n.....\nSuccess rate is 0 percent (0/5)\n"), refused);
        assertTrue(d.type("ping 10.2.80.209 size 1400 df-bit repeat 1").contains("\n!\n"));
        long before = outputPackets(d, "R1");
        String sent = d.type("ping 10.2.80.209 size 1401 repeat 1");
        assertTrue(sent.contains("\n!\nSuccess rate is 100 percent (1/1)"), sent);
        assertEquals(before + 2, outputPackets(d, "R1"), "the echo left in two fragments");
        assertTrue(d.type("show ip interface FastEthernet0").contains("  MTU is 1400 bytes\n"));
    }

    @Test
    void theLayerTwoMtuShowsAndDropsLargerFramesAsTheyArrive() {
        LabDriver d = lab();
        d.on("R2", "configure terminal", "interface FastEthernet0", "mtu 1425", "end");
        assertTrue(d.on("R2", "show interfaces FastEthernet0").contains("  MTU 1425 bytes, BW 100000 Kbit/sec"));
        assertTrue(d.on("R2", "show ip interface FastEthernet0").contains("  MTU is 1425 bytes\n"));
        assertTrue(d.on("R2", "show running-config interface FastEthernet0").contains(" mtu 1425\n ip address"));
        assertTrue(d.type("ping 10.2.80.209 size 1425 repeat 1").contains("\n!\n"));
        assertTrue(d.type("ping 10.2.80.209 size 1426 repeat 1").contains("\n.\n"), "a giant at R2, DF or not");
        assertTrue(d.on("R2", "show interfaces FastEthernet0").contains("     0 runts, 1 giants, 0 throttles \n"
                + "     1 input errors, 0 CRC"));
        d.on("R2", "configure terminal", "interface FastEthernet0", "no mtu", "end");
        assertTrue(d.on("R2", "show interfaces FastEthernet0").contains("  MTU 1500 bytes"));
    }

    @Test
    void aSmallerPathAnswersDfEchoesWithFragmentationNeededAndPingShowsM() {
        LabDriver d = lab();
        d.type("lab link R1 R2 mtu 1400");
        String out = d.type("ping 10.2.80.209 size 1500 df-bit");
        // the answer comes at once; the next one falls inside IOS's 500 ms unreachable rate limit of the path
        assertTrue(out.contains("Packet sent with the DF bit set\nM.M.M\nSuccess rate is 0 percent (0/5)\n"), out);
        assertTrue(d.type("ping 10.2.80.209 size 1500").contains("!!!!!"), "without DF the path fragments");
    }

    @Test
    void espOverheadMeansA1500BytePacketIsPreFragmentedIntoTwoEspPackets() {
        LabDriver d = lab();
        d.type("ping 10.2.2.1 source Loopback0 repeat 1");
        long before = encaps(d, "R1");
        // esp-3des esp-sha-hmac in tunnel mode: 1446 bytes fit one ESP packet in 1500, 1447 do not
        assertTrue(d.type("ping 10.2.2.1 source Loopback0 size 1446 repeat 1").contains("\n!\n"));
        assertEquals(before + 1, encaps(d, "R1"));
        assertTrue(d.type("ping 10.2.2.1 source Loopback0 size 1447 repeat 1").contains("\n!\n"));
        assertEquals(before + 3, encaps(d, "R1"), "fragmented before encryption: two ESP packets");
        assertTrue(d.on("R2", "show crypto ipsec sa").contains("#pkts decaps: " + (before + 3)));
    }

    @Test
    void afterEncryptionTheEspPacketIsFragmentedAndReassembledBeforeDecryption() {
        LabDriver d = lab();
        d.type("configure terminal", "crypto ipsec fragmentation after-encryption", "end");
        d.on("R2", "configure terminal", "crypto ipsec fragmentation after-encryption", "end");
        d.type("ping 10.2.2.1 source Loopback0 repeat 1");
        long before = encaps(d, "R1");
        long sentBefore = outputPackets(d, "R1");
        assertTrue(d.type("ping 10.2.2.1 source Loopback0 size 1500 repeat 1").contains("\n!\n"));
        assertEquals(before + 1, encaps(d, "R1"), "one ESP packet");
        assertEquals(sentBefore + 2, outputPackets(d, "R1"), "in two fragments");
    }

    @Test
    void dfBitSetLearnsThePathMtuThroughTheTunnelAndClearFragmentsInThePath() {
        LabDriver d = lab();
        d.type("configure terminal", "crypto ipsec df-bit set", "end");
        d.type("ping 10.2.2.1 source Loopback0 repeat 1");
        d.type("lab link R1 R2 mtu 1400");
        String out = d.type("ping 10.2.2.1 source Loopback0 size 1400");
        assertTrue(out.contains("\n.!!!!\n"), "the first ESP packet is lost in the path, which reports its MTU: " + out);
        String sa = d.type("show crypto ipsec sa detail");
        assertTrue(sa.contains("plaintext mtu 1350, path mtu 1400, ip mtu 1500, ip mtu idb FastEthernet0"), sa);

        LabDriver c = lab();
        c.type("configure terminal", "crypto ipsec df-bit clear", "end");
        c.type("ping 10.2.2.1 source Loopback0 repeat 1");
        c.type("lab link R1 R2 mtu 1400");
        assertTrue(c.type("ping 10.2.2.1 source Loopback0 size 1400").contains("\n!!!!!\n"));
        assertTrue(c.type("show crypto ipsec sa").contains("path mtu 1500, ip mtu 1500"));
    }

    @Test
    void aLearnedPathMtuAgesBackToTheInterfaceMtuAfterTenMinutes() {
        LabDriver d = lab();
        d.type("configure terminal", "crypto ipsec df-bit set", "end");
        d.type("ping 10.2.2.1 source Loopback0 repeat 1");
        d.type("lab link R1 R2 mtu 1400");
        assertTrue(d.type("ping 10.2.2.1 source Loopback0 size 1400 repeat 2").contains("\n.!\n"));
        d.type("lab link R1 R2 mtu 1500"); // the path grows back; the SA keeps its estimate until it ages
        d.type("lab wait 595"); // learned 2 s ago, while the lost echo timed out
        assertTrue(d.type("show crypto ipsec sa").contains("path mtu 1400, ip mtu 1500"));
        d.type("lab wait 3");
        String sa = d.type("show crypto ipsec sa detail");
        assertTrue(sa.contains("plaintext mtu 1446, path mtu 1500, ip mtu 1500, ip mtu idb FastEthernet0"), sa);
        long before = encaps(d, "R1");
        assertTrue(d.type("ping 10.2.2.1 source Loopback0 size 1446 repeat 1").contains("\n!\n"));
        assertEquals(before + 1, encaps(d, "R1"), "one ESP packet again: no more pre-fragmentation for 1400");
    }

    @Test
    void dfBitSetWithAfterEncryptionDropsTheOversizedEspPacketAsASendError() {
        LabDriver d = lab();
        d.type("configure terminal", "crypto ipsec fragmentation after-encryption", "interface FastEthernet0",
                "crypto ipsec df-bit set", "end");
        d.type("ping 10.2.2.1 source Loopback0 repeat 1");
        assertTrue(d.type("ping 10.2.2.1 source Loopback0 size 1500 repeat 3").contains("\n...\n"));
        assertTrue(d.type("show crypto ipsec sa").contains("    #send errors 3, #recv errors 0\n"));
    }

    @Test
    void natTraversalCostsEightBytesMoreOfThePlaintextMtu() {
        LabDriver d = LabDriver.ofSamples("site-to-site-nat-t");
        d.on("R2", "enable", "ping 10.1.1.1 source Loopback0 repeat 2");
        long before = encaps(d, "R2");
        // esp-3des esp-sha-hmac in UDP: 1438 bytes fit one ESP packet (1446 without NAT-T)
        assertTrue(d.on("R2", "ping 10.1.1.1 source Loopback0 size 1438 repeat 1").contains("\n!\n"));
        assertEquals(before + 1, encaps(d, "R2"));
        assertTrue(d.on("R2", "ping 10.1.1.1 source Loopback0 size 1439 repeat 1").contains("\n!\n"));
        assertEquals(before + 3, encaps(d, "R2"));
        assertTrue(d.on("R2", "show crypto ipsec sa detail").contains("plaintext mtu 1438, path mtu 1500"));
    }

    @Test
    void aTunnelFragmentsAtItsIpMtuAndItsEspLeavesInFragmentsWhenLongerThanTheUnderlay() {
        LabDriver d = LabDriver.ofSamples("vti-static-dpd"); // Tunnel0 has ip mtu 1400
        d.type("enable", "lab wait 5");
        d.on("R2", "enable");
        assertTrue(d.type("ping 10.2.2.1 source Loopback0 repeat 1").contains("\n!\n"));
        long before = outputPackets(d, "R1");
        assertTrue(d.type("ping 10.2.2.1 source Loopback0 size 1400 repeat 1").contains("\n!\n"));
        assertEquals(before + 1, outputPackets(d, "R1"), "1400 + ESP fits 1500");
        d.type("configure terminal", "interface Tunnel0", "ip mtu 1476", "end");
        before = outputPackets(d, "R1");
        assertTrue(d.type("ping 10.2.2.1 source Loopback0 size 1476 repeat 1").contains("\n!\n"));
        assertEquals(before + 2, outputPackets(d, "R1"), "1476 + ESP does not: two fragments after encryption");
        String refused = d.type("ping 10.2.2.1 source Loopback0 size 1477 df-bit repeat 1");
        assertTrue(refused.contains("\n.\n"), "above the tunnel's ip mtu with DF: dropped " + refused);
        assertTrue(d.type("ping 10.2.2.1 source Loopback0 size 1477 repeat 1").contains("\n!\n"));
    }
}
