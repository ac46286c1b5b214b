package org.iosemu.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The exercise file: what it says, and mistakes reported as FILE:LINE: message. */
class ExerciseParserTest {

    private static final Map<String, String> LAB = Map.of(
            "R1", "hostname R1\ncrypto isakmp key abc address 10.0.0.2\nip route 0.0.0.0 0.0.0.0 10.0.0.254\n",
            "R2", "hostname R2\n");

    private static Exercise parse(String text) throws ExerciseFormatException {
        return ExerciseParser.parse(Path.of("x"), "ex.txt", text.lines().toList(), LAB, Map.of(), Map.of());
    }

    private static String error(String text) {
        return assertThrows(ExerciseFormatException.class, () -> parse(text)).getMessage();
    }

    @Test
    void readsTitleBriefingFaultsTasksAndChecks() throws Exception {
        Exercise e = parse("""
                ! a comment
                title T
                briefing
                  first line
                    indented

                  after a blank
                fault missing-route R1
                task one The first task
                  points 5
                  hint h1
                  hint h2
                  config R1 present crypto isakmp keepalive 10 periodic
                  config R2 absent
                    crypto map m 1 ipsec-isakmp
                     set peer 10.0.0.1
                  state R1 ike-sa R2
                  behaviour it works
                    ping R1 10.2.2.1 source Loopback0 succeeds
                    power R2 down
                    dead R1 10.0.0.2 within 40 after 10
                    quiet 30
                """);
        assertEquals("T", e.title());
        assertEquals(List.of("first line", "  indented", "", "after a blank"), e.briefing());
        assertEquals(List.of(new Fault(Fault.Kind.MISSING_ROUTE, "R1")), e.faults());
        Task t = e.tasks().get(0);
        assertEquals("one", t.id());
        assertEquals("The first task", t.title());
        assertEquals(5, t.points());
        assertEquals(List.of("h1", "h2"), t.hints());
        assertEquals(new Check.Config("R2", List.of("crypto map m 1 ipsec-isakmp", " set peer 10.0.0.1"), false), t.checks().get(1));
        assertEquals(new Check.State("R1", new Fact.IkeSa("R2", "QM_IDLE")), t.checks().get(2));
        Check.Behaviour b = (Check.Behaviour) t.checks().get(3);
        assertEquals(new Step.Dead(21, "R1", "10.0.0.2", 40, 10), b.steps().get(2));
        assertEquals(5, e.maxPoints());
        // the fault is applied to the starting config, not to the lab's
        assertEquals("hostname R1\ncrypto isakmp key abc address 10.0.0.2\n", e.startingConfigs().get("R1"));
    }

    @Test
    void readsEasyVpnNatAndNegatedFacts() throws Exception {
        Exercise e = parse("""
                title T
                task one t
                  state R1 ezvpn HQ
                  state R1 ezvpn HQ XAUTH_PROMPT
                  state R1 ezvpn-peer HQ R2
                  state R1 nat-translation 10.1.1.1 R2
                  state R1 not nat-translation 10.1.1.1 10.2.2.1
                """);
        assertEquals(List.of(new Check.State("R1", new Fact.EzvpnState("HQ", "IPSEC_ACTIVE")),
                new Check.State("R1", new Fact.EzvpnState("HQ", "XAUTH_PROMPT")),
                new Check.State("R1", new Fact.EzvpnPeer("HQ", "R2")),
                new Check.State("R1", new Fact.NatTranslation("10.1.1.1", "R2")),
                new Check.State("R1", new Fact.Not(new Fact.NatTranslation("10.1.1.1", "10.2.2.1")))), e.tasks().get(0).checks());
        assertEquals("ex.txt:3: unknown Easy VPN state 'UP' (one of CONNECT_REQUIRED, READY, IKE_PEND, XAUTH_REQ, XAUTH_PROMPT, "
                + "XAUTH_REPLIED, SS_OPEN, IPSEC_ACTIVE)", error("title T\ntask a b\n state R1 ezvpn HQ UP\n"));
        assertEquals("ex.txt:3: expected 'not FACT'", error("title T\ntask a b\n state R1 not\n"));
        assertEquals("ex.txt:3: expected 'not FACT'", error("title T\ntask a b\n state R1 not not dpd R2\n"));
        assertEquals("ex.txt:3: expected 'ezvpn-peer TUNNEL PEER'", error("title T\ntask a b\n state R1 ezvpn-peer HQ\n"));
        assertEquals("ex.txt:3: 'web' is neither a router of the lab nor an address",
                error("title T\ntask a b\n state R1 nat-translation 10.1.1.1 web\n"));
    }

    @Test
    void mistakesAreReportedWithFileAndLine() {
        assertEquals("ex.txt:2: unknown keyword 'titel' (expected title, briefing, fault, activity or task)",
                error("title T\ntitel U\ntask a b\n config R1 present hostname R1\n"));
        assertEquals("ex.txt:3: no router R3 in the lab (" + String.join(", ", LAB.keySet()) + ")",
                error("title T\ntask a b\n state R3 dpd R1\n"));
        assertEquals("ex.txt:3: config line rejected by IOS: % Invalid input detected at '^' marker.",
                error("title T\ntask a b\n config R1 present crypto isakmp keepalive 5\n"));
        assertEquals("ex.txt:2: fault wrong-psk: R2's config has nothing it could change",
                error("title T\nfault wrong-psk R2\ntask a b\n config R1 present hostname R1\n"));
        assertEquals("ex.txt:2: unknown fault 'bad-key' (one of wrong-psk, transform-set-mismatch, acl-not-mirrored, missing-route, no-dpd, no-nat-exemption, peer-down)",
                error("title T\nfault bad-key R2\n"));
        assertEquals("ex.txt:2: task a has no check", error("title T\ntask a b\n points 3\n"));
        assertEquals("ex.txt:4: '99999999999' is not a number from 1 to 86400",
                error("title T\ntask a b\n behaviour x\n  wait 99999999999\n"));
        assertEquals("ex.txt:4: 'nowhere' is neither a router of the lab nor an address",
                error("title T\ntask a b\n behaviour x\n  dead R1 nowhere within 10\n"));
        assertEquals("ex.txt:1: the exercise has no title line", error("task a b\n config R1 present hostname R1\n"));
        assertEquals("ex.txt:4: task a is defined twice",
                error("title T\ntask a b\n config R1 present hostname R1\ntask a c\n config R1 present hostname R1\n"));
        assertEquals("ex.txt:2: indent with spaces, not tabs", error("title T\n\tbriefing\n"));
    }
}
