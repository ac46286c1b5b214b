package org.iosemu.lab;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * What a router's output policy sees of encrypted traffic: the ESP outer header carries the clear packet's
 * DSCP, and with `qos pre-classify` the classes look at the clear packet itself.
 */
class QosLabTest {

    private static final String PING = "ping 10.2.2.1 source Loopback0";

    private static LabDriver tunnel() {
        LabDriver d = SeedConfigs.siteToSite("", "");
        d.type(PING);
        d.type("configure terminal",
                "access-list 150 permit icmp host 10.1.1.1 host 10.2.2.1",
                "class-map match-all VOICE", "match ip dscp ef",
                "class-map match-all PINGS", "match access-group 150",
                "policy-map WAN", "class VOICE", "priority 64", "class PINGS", "bandwidth 32",
                "interface FastEthernet0", "service-policy output WAN", "end");
        return d;
    }

    @Test
    void theInnerDscpIsCopiedToTheEspHeaderSoThePolicyClassifiesEncryptedTraffic() {
        LabDriver d = tunnel();
        d.type(PING + " tos 184"); // precedence 5, DSCP 46 (ef)
        String show = d.type("show policy-map interface FastEthernet0");
        assertTrue(show.contains("    Class-map: VOICE (match-all)\n      5 packets, "), show);
        assertTrue(show.contains("    Class-map: PINGS (match-all)\n      0 packets, 0 bytes"), show);
    }

    @Test
    void withoutPreClassifyAnInnerAddressAclSeesOnlyEspWithItItSeesTheClearPacket() {
        LabDriver d = tunnel();
        d.type(PING);
        String before = d.type("show policy-map interface FastEthernet0");
        assertTrue(before.contains("    Class-map: PINGS (match-all)\n      0 packets, 0 bytes"), before);
        assertTrue(before.contains("    Class-map: class-default (match-any)\n      5 packets, "), before);
        d.type("configure terminal", "crypto map test 1 ipsec-isakmp", "qos pre-classify", "end", "clear counters", "");
        d.type(PING);
        String after = d.type("show policy-map interface FastEthernet0");
        assertTrue(after.contains("    Class-map: PINGS (match-all)\n      5 packets, "), after);
    }
}
