package org.iosemu.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.iosemu.cli.session.LineOutcome;
import org.junit.jupiter.api.Test;

/** `telnet`/`ssh -l` between lab routers through the lab network, suspend, resume, disconnect. */
class TelnetSessionsTest {

    static final String ESCAPE = "\u001ex";

    static Map<String, String> configs(String r2Extra) throws Exception {
        Path dir = Path.of("samples/labs/site-to-site-periodic-dpd");
        String r1 = Files.readString(dir.resolve("R1.cfg")).replace("\nend", "");
        String r2 = Files.readString(dir.resolve("R2.cfg")).replace("\nend", "");
        return Map.of("R1", r1 + "line vty 0 4\n password R1vty\n login\nend\n",
                "R2", r2 + r2Extra + "end\n");
    }

    /** Types one line, rejected or not (ESCAPE: the keys Ctrl-^ x), and returns what the screen shows for it. */
    static String typed(LabDriver d, String line) {
        int start = d.screen.length();
        if (line.equals(ESCAPE)) {
            d.screen.append(d.console.prompt()).append('\n'); // Ctrl-^ x is not echoed
            d.console.escape(d.screen::append);
            return d.screen.substring(start);
        }
        boolean echo = d.console.echoesInput();
        d.screen.append(d.console.prompt()).append(echo ? line.replace(ESCAPE, "") : "").append('\n');
        LineOutcome ignored = d.console.submit(line, d.screen::append);
        return d.screen.substring(start);
    }

    private static String session(LabDriver d, String... lines) {
        StringBuilder b = new StringBuilder();
        for (String l : lines) {
            b.append(typed(d, l));
        }
        return b.toString();
    }

    @Test
    void telnetLogsInOnTheRemoteVtySuspendsResumesAndCloses() throws Exception {
        LabDriver d = new LabDriver(configs("banner motd ^Authorized access only^\nline vty 0 4\n password Vty2\n login\n"));
        assertEquals("R1>enable\n"
                + "R1#telnet 10.2.80.209\n"
                + "Trying 10.2.80.209 ... Open\n"
                + "Authorized access only\n\n"
                + "User Access Verification\n\n"
                + "Password: \n"
                + "R2>show users\n"
                + "    Line       User       Host(s)              Idle       Location\n"
                + "   0 con 0                idle                 00:00:00\n"
                + "*  2 vty 0                idle                 00:00:00 10.1.32.14\n\n"
                + "  Interface    User               Mode         Idle     Peer Address\n\n"
                + "R2>\n"
                + "R1#show sessions\n"
                + "Conn Host                Address             Byte  Idle Conn Name\n"
                + "*  1 10.2.80.209         10.2.80.209            0     0 10.2.80.209\n"
                + "R1#\n"
                + "[Resuming connection 1 to 10.2.80.209 ... ]\n\n"
                + "R2>exit\n\n"
                + "[Connection to 10.2.80.209 closed by foreign host]\n"
                + "R1#show sessions\n"
                + "% No connections open\n",
                session(d, "enable", "telnet 10.2.80.209", "Vty2", "show users", ESCAPE, "show sessions", "",
                        "exit", "show sessions"));
    }

    @Test
    void resumeByNumberAndDisconnectWithConfirmation() throws Exception {
        LabDriver d = new LabDriver(configs("line vty 0 4\n no login\n"));
        String s = session(d, "enable", "10.2.80.209", ESCAPE, "telnet 10.1.1.1", ESCAPE, "show sessions",
                "1", "show privilege", ESCAPE, "resume 2", ESCAPE, "disconnect 1", "", "show sessions");
        assertTrue(s.contains("R1#10.2.80.209\nTrying 10.2.80.209 ... Open\nR2>\nR1#telnet 10.1.1.1\n"
                + "Trying 10.1.1.1 ... Open\n\nUser Access Verification\n\nPassword: \n"), s);
        assertTrue(s.contains("Conn Host                Address             Byte  Idle Conn Name\n"
                + "   1 10.2.80.209         10.2.80.209            0     0 10.2.80.209\n"
                + "*  2 10.1.1.1            10.1.1.1               0     0 10.1.1.1\n"), s);
        assertTrue(s.contains("R1#1\n[Resuming connection 1 to 10.2.80.209 ... ]\n\nR2>show privilege\n"
                + "Current privilege level is 1\n"), s);
        assertTrue(s.contains("R1#resume 2\n[Resuming connection 2 to 10.1.1.1 ... ]\n\nPassword: \n"), s);
        assertTrue(s.contains("R1#disconnect 1\nClosing connection to 10.2.80.209 [confirm]\n"
                + "R1#show sessions\nConn Host                Address             Byte  Idle Conn Name\n"
                + "*  2 10.1.1.1            10.1.1.1               0     0 10.1.1.1\n"), s);
        assertEquals(1, d.lab.router("R2").context().sessions().size(), "the vty session on R2 ended");
    }

    @Test
    void telnetFromLoopbackGoesThroughTheTunnelWhichItStarts() throws Exception {
        LabDriver d = new LabDriver(configs("line vty 0 4\n no login\n"));
        long before = d.now();
        String s = typed(d, "telnet 10.2.2.1 /source-interface Loopback0");
        // the tunnel's log line comes while the user waits for the connection, as on IOS
        assertTrue(s.startsWith("R1>telnet 10.2.2.1 /source-interface Loopback0\nTrying 10.2.2.1 ... \n*Mar  1 00:00:00.006:"
                + " %CRYPTO-5-SESSION_STATUS: Crypto tunnel is UP  .  Peer 10.2.80.209:500       Id: 10.2.80.209\nOpen\n"), s);
        assertTrue(d.now() - before >= 2000, "the first SYN started IKE and was dropped; the retransmission got through");
        assertTrue(typed(d, "show users").contains("*  2 vty 0                idle                 00:00:00 10.1.1.1\n"));
        typed(d, ESCAPE);
        long encrypted = d.lab.router("R1").engine().snapshot().ipsecSas().stream()
                .mapToLong(org.iosemu.ike.IkeSnapshot.IpsecSa::encaps).sum();
        assertTrue(encrypted >= 1, "the SYN went through the IPsec SA");
    }

    @Test
    void anEmptyLineResumesOnlyAtTheExecPrompt() throws Exception {
        LabDriver d = new LabDriver(configs("line vty 0 4\n no login\n"));
        assertEquals("R1>enable\nR1#telnet 10.2.80.209\nTrying 10.2.80.209 ... Open\nR2>\nR1#configure terminal\n"
                + "Enter configuration commands, one per line.  End with CNTL/Z.\nR1(config)#\nR1(config)#end\nR1#\n"
                + "[Resuming connection 1 to 10.2.80.209 ... ]\n\nR2>",
                session(d, "enable", "telnet 10.2.80.209", ESCAPE, "configure terminal", "", "end", "")
                        .replaceAll("\\*Mar.*CONFIG_I.*\n", "") + d.console.prompt());
    }

    @Test
    void refusedWithoutVtyAndTimedOutWithoutRoute() throws Exception {
        LabDriver d = new LabDriver(configs("line vty 0 4\n transport input none\n"));
        assertEquals("R1>telnet 10.2.80.209\nTrying 10.2.80.209 ... \n% Connection refused by remote host\n\n",
                typed(d, "telnet 10.2.80.209"));
        long before = d.now();
        assertEquals("R1>telnet 10.9.9.9\nTrying 10.9.9.9 ... \n% Connection timed out; remote host not responding\n\n",
                typed(d, "telnet 10.9.9.9"));
        assertEquals(30_000, d.now() - before, 30_000 / 10, "IOS waits out ip tcp synwait-time");
        d.type("enable", "configure terminal", "no ip route 0.0.0.0 0.0.0.0 10.1.32.1", "end");
        assertTrue(typed(d, "telnet 10.2.2.1").contains("% Connection timed out; remote host not responding"),
                "without a route the SYN never leaves");
    }

    @Test
    void theDefaultVtyWantsAPasswordNoneIsSet() throws Exception {
        LabDriver d = new LabDriver(configs(""));
        assertEquals("R1>telnet 10.2.80.209\nTrying 10.2.80.209 ... Open\n\nPassword required, but none set\n\n"
                + "[Connection to 10.2.80.209 closed by foreign host]\n", typed(d, "telnet 10.2.80.209"));
    }

    @Test
    void sshNeedsKeysAndTheRemoteLogin() throws Exception {
        LabDriver d = new LabDriver(configs("ip domain-name lab.example\nusername admin privilege 15 secret S3cret\n"
                + "line vty 0 4\n login local\n transport input ssh\n"));
        assertTrue(typed(d, "ssh -l admin 10.2.80.209").contains("% Connection refused by remote host"), "no RSA keys yet");
        d.on("R2", "enable", "configure terminal", "crypto key generate rsa modulus 1024", "end");
        assertEquals("R1>ssh -l admin 10.2.80.209\nPassword: \nPassword: \n\nR2#show privilege\nCurrent privilege level is 15\nR2#\n",
                session(d, "ssh -l admin 10.2.80.209", "wrong", "S3cret", "show privilege", ESCAPE).replace("\nR1>", ""));
        assertTrue(typed(d, "telnet 10.2.80.209").contains("% Connection refused by remote host"),
                "transport input ssh refuses telnet");
    }

    @Test
    void powerCutDropsTheSessionsOnTheRouter() throws Exception {
        LabDriver d = new LabDriver(configs("line vty 0 4\n no login\n"));
        session(d, "enable", "telnet 10.2.80.209", ESCAPE, "lab router R2 down");
        assertEquals("R1#resume\n\n[Connection to 10.2.80.209 closed by foreign host]\n", typed(d, "resume"));
    }
}
