package org.iosemu.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Two routers whose pre-shared keys come only from keyrings and whose DPD comes from an ISAKMP profile
 * (`keepalive 10 retry 3`), while the global `crypto isakmp keepalive` says something else: the tunnel comes up,
 * and probes, retries and the dead-peer verdict follow the profile on the initiator (profile named by the map
 * entry) and on the responder (profile chosen by the peer's identity).
 */
class ProfileDpdTest {

    private static final String PING = "ping 10.2.2.1 source Loopback0";

    /** R1 types this: its key lives in keyring KR, its DPD in profile TO-R2, named by the map entry. */
    private static final String[] R1_CRYPTO = {
        "configure terminal",
        "crypto keyring KR",
        " pre-shared-key address 10.2.80.209 key kd94j1ksldz",
        "crypto isakmp policy 1",
        " encryption 3des",
        " authentication pre-share",
        " group 2",
        "crypto isakmp keepalive 30 5 periodic",
        "crypto isakmp profile TO-R2",
        " keyring KR",
        " match identity address 10.2.80.209 255.255.255.255",
        " keepalive 10 retry 3",
        "crypto ipsec transform-set esp-3des-sha esp-3des esp-sha-hmac",
        "crypto map test 1 ipsec-isakmp",
        " set peer 10.2.80.209",
        " set transform-set esp-3des-sha",
        " set isakmp-profile TO-R2",
        " match address 101",
        "interface FastEthernet0",
        " crypto map test",
        "end",
    };

    /** R2: a keyring with a wildcard and a host key (the host key must win), the profile matching R1's address. */
    private static String r2(String profileKeepalive) {
        return String.join("\n",
                "hostname R2",
                "crypto keyring KR2",
                "  pre-shared-key address 0.0.0.0 0.0.0.0 key wrong-wildcard-key",
                "  pre-shared-key address 10.1.32.14 key kd94j1ksldz",
                "crypto isakmp policy 1",
                " encryption 3des",
                " authentication pre-share",
                " group 2",
                "crypto isakmp keepalive 60 5 periodic",
                "crypto isakmp profile FROM-R1",
                "   keyring KR2",
                "   match identity address 10.1.32.14 255.255.255.255 ",
                profileKeepalive.isEmpty() ? "!" : "   keepalive " + profileKeepalive,
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

    private static LabDriver lab(String r2ProfileKeepalive) {
        LabDriver d = new LabDriver(Map.of("R1", SeedConfigs.R1_BARE, "R2", r2(r2ProfileKeepalive)));
        d.type("enable");
        d.type(R1_CRYPTO);
        d.type("debug crypto isakmp");
        d.on("R2", "enable", "debug crypto isakmp");
        return d;
    }

    @Test
    void keyringKeysBuildTheTunnel() {
        LabDriver d = lab("");
        String ping = d.type(PING);
        assertTrue(ping.contains("Success rate is 80 percent (4/5)"), ping);
        String sa = d.type("show crypto isakmp sa");
        assertTrue(sa.contains("10.2.80.209     10.1.32.14      QM_IDLE"), sa);
    }

    @Test
    void initiatorProbesAtTheProfilesIntervalNotTheGlobalOne() {
        LabDriver d = lab("");
        d.type(PING);
        long up = d.times("R1", "IKE_DPD is enabled, initializing timers").get(0);
        d.type("lab wait 35");
        List<Long> probes = d.times("R1", "IKE_TIMER_IM_ALIVE");
        assertTrue(probes.size() >= 3, probes.toString());
        assertEquals(up + 10_000, probes.get(0), "first probe 10 s (the profile's) after the SA came up, not 30 s");
        List<Long> acks = d.times("R1", "DPD/R_U_THERE_ACK received from peer 10.2.80.209");
        assertEquals(acks.get(0) + 10_000, probes.get(1));
    }

    @Test
    void deadPeerAfterTheProfilesRetryInterval() {
        LabDriver d = lab("");
        d.type(PING);
        long up = d.times("R1", "IKE_DPD is enabled, initializing timers").get(0);
        d.type("lab router R2 down", "lab wait 40");
        long first = up + 10_000;
        assertEquals(List.of(first), d.times("R1", "IKE_TIMER_IM_ALIVE"));
        assertEquals(List.of(first + 3_000, first + 6_000, first + 9_000, first + 12_000, first + 15_000),
                d.times("R1", "incrementing error counter on sa: PEERS_ALIVE_TIMER"));
        assertEquals(List.of(first + 15_000), d.times("R1", "Crypto tunnel is DOWN"));
    }

    @Test
    void responderUsesTheProfileMatchingThePeersIdentity() {
        LabDriver d = lab("12 retry 4");
        d.type(PING);
        long up = d.times("R2", "IKE_DPD is enabled, initializing timers").get(0);
        d.type("lab router R1 down");
        d.type("lab wait 40");
        long first = up + 12_000;
        assertEquals(first, d.times("R2", "IKE_TIMER_IM_ALIVE").get(0), "R2 probes at its profile's 12 s, not 60 s");
        assertEquals(List.of(first + 4_000, first + 8_000, first + 12_000, first + 16_000, first + 20_000),
                d.times("R2", "incrementing error counter on sa: PEERS_ALIVE_TIMER"));
    }

    @Test
    void withoutAProfileKeepaliveTheGlobalOneApplies() {
        LabDriver d = lab("");
        d.type(PING);
        long up = d.times("R2", "IKE_DPD is enabled, initializing timers").get(0);
        // R1 goes quiet: its 10 s hellos would restart R2's count (a received R_U_THERE proves R1 alive)
        d.type("lab router R1 down", "lab wait 65");
        List<Long> probes = d.times("R2", "IKE_TIMER_IM_ALIVE");
        assertEquals(up + 60_000, probes.get(0), "R2's profile has no keepalive: the global 60 s applies");
    }

    @Test
    void removingTheProfileKeepaliveReturnsToTheGlobalOne() {
        LabDriver d = lab("");
        d.type(PING);
        d.type("configure terminal", "crypto isakmp profile TO-R2", "no keepalive", "end");
        long changed = d.now();
        d.type("lab wait 35");
        List<Long> probes = d.times("R1", "IKE_TIMER_IM_ALIVE");
        assertEquals(List.of(changed + 30_000), probes, "the global 30 s periodic keepalive restarts");
    }
}
