package org.iosemu.lab;

import java.util.List;
import java.util.Map;

/** Startup-configs for lab tests: plain routers the seed chapter's crypto config is typed into. */
final class SeedConfigs {
    private SeedConfigs() {}

    /** R1 before crypto: addresses, a default route, the protected-network ACL. */
    static final String R1_BARE = String.join("\n",
            "hostname R1",
            "interface Loopback0",
            " ip address 10.1.1.1 255.255.255.0",
            "interface FastEthernet0",
            " ip address 10.1.32.14 255.255.255.0",
            "ip route 0.0.0.0 0.0.0.0 10.1.32.1",
            "access-list 101 permit ip 10.1.1.0 0.0.0.255 10.2.2.0 0.0.0.255",
            "");

    /** R2: the mirror of the seed's site-to-site config, keepalive as given. */
    static String r2(String keepalive) {
        return String.join("\n",
                "hostname R2",
                "crypto isakmp policy 1",
                " encryption 3des",
                " authentication pre-share",
                " group 2",
                "crypto isakmp key kd94j1ksldz address 10.1.32.14 255.255.255.0",
                keepalive.isEmpty() ? "!" : "crypto isakmp keepalive " + keepalive,
                "crypto ipsec transform-set esp-3des-sha esp-3des esp-sha-hmac",
                "crypto map test 1 ipsec-isakmp",
                " set peer 10.1.32.14",
                " set transform-set esp-3des-sha",
                " match address 101",
                "interface Loopback0",
                " ip address 10.2.2.1 255.255.255.0",
                "interface FastEthernet0",
                " ip address 10.2.80.209 255.255.255.0",
                " crypto map test",
                "ip route 0.0.0.0 0.0.0.0 10.2.80.1",
                "access-list 101 permit ip 10.2.2.0 0.0.0.255 10.1.1.0 0.0.0.255",
                "");
    }

    /** The seed's "Site-to-Site Setup with Periodic DPD Enabled" lines, with the keepalive line given. */
    static List<String> seedSiteToSite(String keepalive) {
        return List.of(
                "configure terminal",
                "crypto isakmp policy 1",
                "encryption 3des",
                "authentication pre-share",
                "group 2",
                "!",
                "crypto isakmp key kd94j1ksldz address 10.2.80.209 255.255.255.0",
                keepalive.isEmpty() ? "!" : "crypto isakmp keepalive " + keepalive,
                "crypto ipsec transform-set esp-3des-sha esp-3des esp-sha-hmac",
                "crypto map test 1 ipsec-isakmp",
                "set peer 10.2.80.209",
                "set transform-set esp-3des-sha",
                "match address 101",
                "!",
                "!",
                "interface FastEthernet0",
                "ip address 10.1.32.14 255.255.255.0",
                "speed auto",
                "crypto map test",
                "!",
                "end");
    }

    /** A two-router lab with the seed typed into R1 (enabled, `debug crypto isakmp` on). */
    static LabDriver siteToSite(String r1Keepalive, String r2Keepalive) {
        LabDriver d = new LabDriver(Map.of("R1", R1_BARE, "R2", r2(r2Keepalive)));
        d.type("enable");
        d.type(seedSiteToSite(r1Keepalive).toArray(String[]::new));
        d.type("debug crypto isakmp");
        return d;
    }
}
