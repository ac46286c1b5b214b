package org.iosemu.net.udp.interop;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A real strongSwan 5.9.8 as a Cisco Easy VPN-style client (Aggressive Mode PSK for the key-id group EZGROUP,
 * XAUTH through xauth-generic, a virtual IP requested by Mode Config; configuration in
 * src/test/resources/interop/ezvpn-client) against iosemu as the Easy VPN server, configured only with IOS
 * commands (AAA lists, local user, local pool, client configuration group with a split ACL, dynamic map with
 * reverse-route, crypto map client authentication / isakmp authorization / address respond). strongSwan gets
 * the pool's first address, pings iosemu's inside address from it through the tunnel, and iosemu's show commands
 * name the user, the group and the assigned address.
 */
@Tag("interop")
class EasyVpnServerInteropTest {
    private static final Pattern PACKETS = Pattern.compile("\\s*#pkts encaps: (\\d+), #pkts encrypt: \\d+, #pkts digest: \\d+");
    private static final Pattern DECAPS = Pattern.compile("\\s*#pkts decaps: (\\d+), #pkts decrypt: \\d+, #pkts verify: \\d+");

    private XauthInterop interop;
    private Harness harness;
    private DutProcess dut;
    private OwnCharon charon;

    @BeforeEach
    void setUp() throws Exception {
        interop = XauthInterop.open();
        harness = interop.harness();
    }

    @AfterEach
    void tearDown() throws Exception {
        if (interop != null) {
            interop.close("easyVpnServer", dut);
        }
    }

    private static final List<String> SERVER = List.of("enable", "configure terminal",
            "aaa new-model",
            "aaa authentication login userlist local",
            "aaa authorization network grouplist local",
            "username user1 password 0 pass1",
            "crypto isakmp policy 10", " encryption aes 256", " authentication pre-share", " group 2", " exit",
            "crypto isakmp client configuration group EZGROUP", " key grpkey", " pool EZPOOL", " dns 10.99.2.53",
            " acl 150", " exit",
            "crypto ipsec transform-set TS esp-aes 256 esp-sha-hmac", " exit",
            "crypto dynamic-map DYN 10", " set transform-set TS", " reverse-route", " exit",
            "crypto map VPN client authentication list userlist",
            "crypto map VPN isakmp authorization list grouplist",
            "crypto map VPN client configuration address respond",
            "crypto map VPN 65535 ipsec-isakmp dynamic DYN",
            "interface Loopback0", " ip address 10.99.2.1 255.255.255.0", " exit",
            "interface FastEthernet0/0", " ip address 10.99.0.2 255.255.255.0", " crypto map VPN", " no shutdown", " exit",
            "ip local pool EZPOOL 10.99.50.10 10.99.50.20",
            "access-list 150 permit ip 10.99.2.0 0.0.0.255 any",
            "end", "debug crypto isakmp");

    @Test
    void strongSwanClientGetsAnAddressFromTheIosemuPoolAndPingsThroughTheTunnel() throws Exception {
        charon = OwnCharon.replacePeer(harness, "/interop/ezvpn-client/");
        dut = new DutProcess(Harness.DUT_NS, "10.99.0.2");
        assertTrue(dut.await(l -> l.startsWith("UDP 500/4500 bound on 10.99.0.2"), 20).isPresent(), () -> "DUT did not start:\n" + dut.transcript());
        dut.type(SERVER.toArray(String[]::new));
        assertTrue(dut.await(l -> l.contains("Crypto ISAKMP debugging is on"), 20).isPresent(), () -> dut.transcript());

        Harness.Run up = charon.swanctl(60, "--initiate", "--ike", "ezcli", "--child", "ez", "--timeout", "40");
        assertTrue(up.exit() == 0, () -> "strongSwan's initiate failed:\n" + up.output() + "\n" + dut.transcript());
        assertTrue(dut.await(l -> l.endsWith("ISAKMP:      auth XAUTHInitPreShared"), 1).isPresent(), "strongSwan offered XAUTH");
        assertTrue(dut.await(l -> l.contains("ISAKMP: Sending split include network 10.99.2.0 mask 255.255.255.0"), 1).isPresent(),
                () -> "the group's split ACL in the Mode Config reply:\n" + dut.transcript());
        String charonLog = Files.readString(harness.peerFile("charon.log"));
        assertTrue(charonLog.contains("XAuth authentication of 'user1' (myself) successful"), charonLog);
        assertTrue(charonLog.contains("installing new virtual IP 10.99.50.10"), charonLog);

        Harness.Run sas = charon.swanctl(30, "--list-sas");
        assertTrue(sas.output().contains("local  'EZGROUP' @ 10.99.0.1[4500] [10.99.50.10]"), "the pool's first address as virtual IP: " + sas.output());
        assertTrue(sas.output().contains("local  10.99.50.10/32") && sas.output().contains("remote 10.99.2.0/24"),
                "the child SA between the assigned address and the split network: " + sas.output());

        Harness.Run ping = harness.run(List.of("ip", "netns", "exec", Harness.PEER_NS,
                "ping", "-c", "5", "-i", "0.3", "-W", "2", "-I", "10.99.50.10", "10.99.2.1"), 30);
        assertTrue(ping.output().matches("(?s).* 5 received.*"), () -> "pings from the virtual IP answered through the tunnel:\n"
                + ping.output() + "\n" + dut.transcript());

        dut.type("show crypto ipsec sa", "show crypto session detail", "show crypto isakmp sa", "show ip local pool",
                "show ip route", "show clock");
        assertTrue(dut.await(l -> l.contains("#show clock"), 20).isPresent(), dut::transcript);
        List<String> lines = dut.lines();
        assertTrue(count(lines, PACKETS) >= 5 && count(lines, DECAPS) >= 5, () -> "iosemu's counters moved:\n" + dut.transcript());
        // strongSwan proposes 0.0.0.0/0 as a Cisco client does and narrows it to the split network on its side only
        assertTrue(lines.stream().anyMatch(l -> l.equals("   local  ident (addr/mask/prot/port): (0.0.0.0/0.0.0.0/0/0)")), dut::transcript);
        assertTrue(lines.stream().anyMatch(l -> l.equals("   remote ident (addr/mask/prot/port): (10.99.50.10/255.255.255.255/0/0)")), dut::transcript);
        assertTrue(lines.stream().anyMatch(l -> l.trim().equals("Username: user1")), () -> "show crypto session detail:\n" + dut.transcript());
        assertTrue(lines.stream().anyMatch(l -> l.trim().equals("Group: EZGROUP")), dut::transcript);
        assertTrue(lines.stream().anyMatch(l -> l.trim().equals("Assigned address: 10.99.50.10")), dut::transcript);
        assertTrue(lines.stream().anyMatch(l -> l.equals("      Phase1_id: EZGROUP")), () -> "the client's group as its phase-1 id:\n" + dut.transcript());
        assertTrue(lines.stream().anyMatch(l -> l.matches(" {10}Capabilities:CNX connid:1001 lifetime:\\d\\d:\\d\\d:\\d\\d")),
                () -> "Mode Config, NAT-T and XAUTH:\n" + dut.transcript());
        assertTrue(lines.stream().anyMatch(l -> l.matches("10\\.99\\.0\\.2\\s+10\\.99\\.0\\.1\\s+QM_IDLE\\s+\\d+ ACTIVE")),
                () -> "show crypto isakmp sa:\n" + dut.transcript());
        assertTrue(lines.stream().anyMatch(l -> l.matches("S\\s+10\\.99\\.50\\.10/32 \\[1/0] via 10\\.99\\.0\\.1")),
                () -> "reverse route to the assigned address:\n" + dut.transcript());
        assertTrue(lines.stream().anyMatch(l -> l.equals(" EZPOOL                   10.99.50.10     10.99.50.20        10       1")),
                () -> "show ip local pool:\n" + dut.transcript());

        // the client leaves (ISAKMP DELETE): the address goes back to the pool and the reverse route goes
        Harness.Run down = charon.swanctl(30, "--terminate", "--ike", "ezcli");
        assertTrue(down.exit() == 0, down.output());
        int seen = dut.lines().size();
        for (int i = 0; i < 50; i++) {
            dut.type("show ip local pool");
            Thread.sleep(200);
            if (dut.lines().subList(seen, dut.lines().size()).stream()
                    .anyMatch(l -> l.equals(" EZPOOL                   10.99.50.10     10.99.50.20        11       0"))) {
                break;
            }
        }
        dut.type("show ip route", "show crypto session", "show clock");
        // await searches from the start: wait for the second `show clock` of this test
        for (int i = 0; i < 200 && dut.lines().stream().filter(l -> l.contains("#show clock")).count() < 2; i++) {
            Thread.sleep(100);
        }
        assertTrue(dut.lines().stream().filter(l -> l.contains("#show clock")).count() == 2, dut::transcript);
        List<String> after = dut.lines().subList(seen, dut.lines().size());
        assertTrue(after.stream().anyMatch(l -> l.equals(" EZPOOL                   10.99.50.10     10.99.50.20        11       0")),
                () -> "the address is back in the pool:\n" + dut.transcript());
        assertTrue(after.stream().noneMatch(l -> l.contains("10.99.50.10/32")), () -> "the reverse route went:\n" + dut.transcript());
        assertTrue(after.stream().noneMatch(l -> l.startsWith("Username: ")), () -> "no session left:\n" + dut.transcript());
    }

    private static int count(List<String> lines, Pattern p) {
        int max = 0;
        for (String l : lines) {
            Matcher m = p.matcher(l);
            if (m.matches()) {
                max = Math.max(max, Integer.parseInt(m.group(1)));
            }
        }
        return max;
    }
}
