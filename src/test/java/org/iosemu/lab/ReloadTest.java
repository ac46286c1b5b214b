package org.iosemu.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.iosemu.cli.session.LineOutcome;
import org.junit.jupiter.api.Test;

/** `reload` on virtual time: the save dialogue, the reboot from the startup-config, the peer's DPD, dropped sessions. */
class ReloadTest {

    private static String typed(LabDriver d, String line) {
        int start = d.screen.length();
        d.screen.append(d.console.prompt()).append(line).append('\n');
        LineOutcome ignored = d.console.submit(line, d.screen::append);
        return d.screen.substring(start);
    }

    @Test
    void unsavedChangesAskToSaveThenTheRouterBootsFromItsStartupConfig() {
        LabDriver d = LabDriver.ofSamples("site-to-site-periodic-dpd");
        d.type("enable", "configure terminal", "hostname CHANGED", "end");
        String reload = typed(d, "reload") + typed(d, "maybe") + typed(d, "no") + typed(d, "");
        assertTrue(reload.startsWith("CHANGED#reload\n"
                + "System configuration has been modified. Save? [yes/no]: maybe\n"
                + "% Please answer 'yes' or 'no'.\n"
                + "System configuration has been modified. Save? [yes/no]: no\n"
                + "Proceed with reload? [confirm]\n"
                + "*Mar  1 00:00:00.000: %SYS-5-RELOAD: Reload requested by console. Reload Reason: Reload command.\n"), reload);
        assertTrue(reload.endsWith("\nCisco IOS Software, C181X Software (C181X-ADVIPSERVICESK9-M), Version 15.1(4)M4,"
                + " RELEASE SOFTWARE (fc1)\nTechnical Support: http://www.cisco.com/techsupport\n"
                + "Copyright (c) 1986-2012 by Cisco Systems, Inc.\nCompiled Tue 20-Mar-12 19:43 by prod_rel_team\n\n\n"
                + "Press RETURN to get started!\n\n"), reload);
        assertEquals(30_000, d.now(), "the router is away while it boots");
        assertEquals("\nR1>show version | include uptime|returned\nR1 uptime is 0 minutes\n"
                + "System returned to ROM by reload\n", typed(d, "") + typed(d, "show version | include uptime|returned"));
        assertEquals("R1>enable\nR1#reload\nProceed with reload? [confirm]n\n", typed(d, "enable") + typed(d, "reload")
                + typed(d, "n"), "saved (unchanged) configuration: only the confirmation; n cancels");
    }

    @Test
    void yesSavesBeforeTheReload() {
        LabDriver d = LabDriver.ofSamples("site-to-site-periodic-dpd");
        d.type("enable", "configure terminal", "hostname KEPT", "end");
        String s = typed(d, "reload") + typed(d, "yes") + typed(d, "y");
        assertTrue(s.contains("Save? [yes/no]: yes\nBuilding configuration...\n[OK]\nProceed with reload? [confirm]y\n"), s);
        assertEquals("KEPT", d.lab.router("R1").context().hostname());
    }

    @Test
    void theReloadedRoutersSasAreGoneAndItsPeersDpdNotices() {
        LabDriver d = LabDriver.ofSamples("site-to-site-periodic-dpd");
        d.type("enable", "debug crypto isakmp", "ping 10.2.2.1 source Loopback0");
        assertFalse(d.lab.router("R2").engine().snapshot().ikeSas().isEmpty());
        long reloadAt = d.now();
        d.on("R2", "enable", "reload", "");
        assertTrue(d.lab.router("R2").engine().snapshot().ikeSas().isEmpty(), "R2 lost its SAs");
        List<Long> dead = d.times("R1", "peer 10.2.80.209 not responding!");
        assertEquals(1, dead.size(), "R1's periodic DPD declares R2 dead while it boots");
        assertTrue(dead.get(0) > reloadAt && dead.get(0) <= reloadAt + 30_000, dead + " after " + reloadAt);
        String ping = d.type("lab wait 5", "ping 10.2.2.1 source Loopback0");
        assertTrue(ping.contains("!!!"), "a new tunnel once R2 is back: " + ping);
    }

    @Test
    void sessionsOnTheReloadedRouterAreDropped() throws Exception {
        LabDriver d = new LabDriver(TelnetSessionsTest.configs("line vty 0 4\n no login\n privilege level 15\n"));
        d.type("enable", "telnet 10.2.80.209");
        String s = typed(d, "reload") + typed(d, "");
        assertTrue(s.startsWith("R2#reload\nProceed with reload? [confirm]\n\n[Connection to 10.2.80.209 closed by foreign host]\n"), s);
        assertEquals("R1#", d.console.prompt());
    }
}
