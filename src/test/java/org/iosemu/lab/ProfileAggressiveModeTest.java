package org.iosemu.lab;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * `initiate mode aggressive` with `self-identity fqdn` in an ISAKMP profile: R1 starts Aggressive Mode naming
 * itself r1.lab.example, and R2 picks its profile by that name (`match identity host`) and the key by the name in
 * its keyring (`pre-shared-key hostname`).
 */
class ProfileAggressiveModeTest {

    private static final String R2 = String.join("\n",
            "hostname R2",
            "crypto keyring BY-NAME",
            "  pre-shared-key hostname r1.lab.example key name-key",
            "crypto isakmp policy 1",
            " encryption 3des",
            " authentication pre-share",
            " group 2",
            "crypto isakmp profile FROM-R1",
            "   keyring BY-NAME",
            "   match identity host r1.lab.example",
            "crypto ipsec transform-set esp-3des-sha esp-3des esp-sha-hmac",
            "crypto map test 1 ipsec-isakmp",
            " set peer 10.1.32.14",
            " set transform-set esp-3des-sha",
            " set isakmp-profile FROM-R1",
            " match address 101",
            "interface Loopback0",
            " ip address 10.2.2.1 255.255.255.0",
            "interface FastEthernet0",
            " ip address 10.2.80.209 255.255.255.0",
            " crypto map test",
            "ip route 0.0.0.0 0.0.0.0 10.2.80.1",
            "access-list 101 permit ip 10.2.2.0 0.0.0.255 10.1.1.0 0.0.0.255",
            "");

    @Test
    void aggressiveModeByHostNameBuildsTheTunnel() {
        LabDriver d = new LabDriver(Map.of("R1", SeedConfigs.R1_BARE, "R2", R2));
        d.type("enable", "configure terminal",
                "ip domain-name lab.example",
                "hostname r1",
                "crypto keyring KR", " pre-shared-key address 10.2.80.209 key name-key",
                "crypto isakmp policy 1", " encryption 3des", " authentication pre-share", " group 2",
                "crypto isakmp profile TO-R2", " keyring KR", " match identity address 10.2.80.209",
                " self-identity fqdn", " initiate mode aggressive",
                "crypto ipsec transform-set esp-3des-sha esp-3des esp-sha-hmac",
                "crypto map test 1 ipsec-isakmp", " set peer 10.2.80.209", " set transform-set esp-3des-sha",
                " set isakmp-profile TO-R2", " match address 101",
                "interface FastEthernet0", " crypto map test", "end", "debug crypto isakmp");
        String ping = d.type("ping 10.2.2.1 source Loopback0");
        assertTrue(ping.contains("Success rate is 80 percent (4/5)"), ping);
        assertFalse(d.times("R1", "beginning Aggressive Mode exchange").isEmpty(), d.log("R1").toString());
    }
}
