package org.iosemu.net.udp.interop;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * iosemu as an Easy VPN remote (configured only with IOS commands, `xauth userid mode local`) against a real
 * strongSwan 5.9.8 acting as an Easy VPN-style server (Aggressive Mode PSK for a key-id group, xauth-generic, a
 * pool, Unity split-include; configuration in src/test/resources/interop/ezvpn): XAUTH succeeds, strongSwan
 * assigns a pool address, iosemu reports the connection up with it, and the IPsec SA for the split network is
 * installed on both ends. Then strongSwan is killed: after one R_U_THERE and four retransmissions iosemu declares
 * it dead and starts Aggressive Mode with its second peer. The harness builds the namespaces; this test runs its
 * own charon in them.
 */
@Tag("interop")
class EasyVpnInteropTest {
    private XauthInterop interop;
    private Harness harness;
    private DutProcess dut;

    @BeforeEach
    void setUp() throws Exception {
        interop = XauthInterop.open();
        harness = interop.harness();
    }

    @AfterEach
    void tearDown() throws Exception {
        if (interop != null) {
            interop.close("easyVpn", dut);
        }
    }

    @Test
    void iosemuRemoteGetsAPoolAddressFromStrongSwanAfterXauthAndMovesOnWhenItDies() throws Exception {
        OwnCharon charon = OwnCharon.replacePeer(harness, "/interop/ezvpn/"); // the Easy VPN server configuration
        dut = new DutProcess(Harness.DUT_NS, "10.99.0.2");
        assertTrue(dut.await(l -> l.startsWith("UDP 500/4500 bound on 10.99.0.2"), 20).isPresent(), () -> "DUT did not start:\n" + dut.transcript());
        dut.type("enable", "debug crypto isakmp", "configure terminal", "crypto isakmp keepalive 10 2 periodic",
                "crypto ipsec client ezvpn EZ", " connect auto", " group EZGROUP key grpkey", " mode client", " peer 10.99.0.1", " peer 10.99.0.3",
                " username user1 password pass1", " xauth userid mode local", " exit",
                "interface FastEthernet0/0", " ip address 10.99.0.2 255.255.255.0", " no shutdown",
                " crypto ipsec client ezvpn EZ", " exit", "end");
        assertTrue(dut.await(l -> l.contains("%CRYPTO-6-EZVPN_CONNECTION_UP: (Client)  User=user1  Group=EZGROUP  Client_public_addr=10.99.0.2"
                + "  Server_public_addr=10.99.0.1  Assigned_client_addr=10.99.50.10"), 45).isPresent(), () -> dut.transcript());
        String charonLog = Files.readString(harness.peerFile("charon.log"));
        assertTrue(charonLog.contains("XAuth authentication of 'user1' successful"), charonLog);
        assertTrue(charonLog.contains("assigning virtual IP 10.99.50.10"), charonLog);
        Harness.Run sas = charon.swanctl(30, "--list-sas");
        assertTrue(sas.output().contains("remote-vips=[10.99.50.10]") || sas.output().contains("10.99.50.10/32"), sas.output());
        assertTrue(sas.output().contains("10.99.1.0/24"), "the split network's child SA: " + sas.output());

        Harness.Run kill = harness.run(List.of("./stop-peer.sh", "--name", Harness.NAME, "--kill"), 30);
        assertTrue(kill.exit() == 0, kill.output());
        assertTrue(dut.await(l -> l.contains("peer 10.99.0.1 not responding!"), 40).isPresent(), () -> dut.transcript());
        assertTrue(dut.await(l -> l.contains("%CRYPTO-6-EZVPN_CONNECTION_DOWN: (Client)  User=user1  Group=EZGROUP"), 5).isPresent(),
                () -> dut.transcript());
        assertTrue(dut.await(l -> l.contains(" sending packet to 10.99.0.3 my_port 500 peer_port 500 (I) AG_INIT_EXCH"), 5).isPresent(),
                () -> "Aggressive Mode to the second peer:\n" + dut.transcript());
    }
}
