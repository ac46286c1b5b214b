package org.iosemu.ike.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.iosemu.ike.IkeEvent;
import org.iosemu.ike.config.Ipv4;
import org.iosemu.ike.config.DpdSettings;
import org.junit.jupiter.api.Test;

/** A listener that declines debug gets no debug lines, the same everything else, and the same lines once it opts in. */
class DebugGateTest {
    private static final String A = "10.1.32.14";
    private static final String B = "10.2.80.209";

    private record Pair(Lab lab, Lab.Router a, Lab.Router b) {
    }

    /** Tunnel up, periodic DPD for a minute, then B goes silent and A declares it dead. */
    private static Pair run(boolean aDebugAtFirst, long aDebugFrom) {
        Lab lab = new Lab();
        Lab.Router a = lab.router(A, 11);
        Lab.Router b = lab.router(B, 22);
        a.debugWanted = aDebugAtFirst;
        a.engine.onConfigChanged(Lab.site(a.address, "10.1.1.0", "10.2.2.0", B, Optional.of(DpdSettings.periodic(10, 2))));
        b.engine.onConfigChanged(Lab.site(b.address, "10.2.2.0", "10.1.1.0", A, Optional.of(DpdSettings.periodic(15, 3))));
        a.engine.outbound(Ipv4.parse("10.1.1.1"), Ipv4.parse("10.2.2.1"), Lab.icmp("10.1.1.1", "10.2.2.1", 7));
        lab.settle();
        lab.scheduler.runUntil(aDebugFrom);
        a.debugWanted = true;
        lab.scheduler.runUntil(Lab.START + 60_000);
        lab.network.setDown(b.address, true);
        lab.scheduler.runUntil(Lab.START + 120_000);
        return new Pair(lab, a, b);
    }

    private static List<Lab.Timed> nonDebug(Lab.Router r) {
        return r.events.stream().filter(t -> !(t.event() instanceof IkeEvent.Debug)).toList();
    }

    private static List<Lab.Timed> debugFrom(Lab.Router r, long from) {
        return r.events.stream().filter(t -> t.event() instanceof IkeEvent.Debug && t.time() >= from).toList();
    }

    @Test
    void decliningDebugChangesNothingButTheDebugLines() {
        long switchOn = Lab.START + 35_000;
        Pair always = run(true, Lab.START);
        Pair gated = run(false, switchOn);

        assertTrue(gated.a().events.stream().filter(t -> t.time() < switchOn).noneMatch(t -> t.event() instanceof IkeEvent.Debug));
        assertFalse(debugFrom(gated.a(), switchOn).isEmpty());
        assertEquals(debugFrom(always.a(), switchOn), debugFrom(gated.a(), switchOn));
        assertEquals(nonDebug(always.a()), nonDebug(gated.a()));
        assertTrue(nonDebug(gated.a()).stream().anyMatch(t -> t.event() instanceof IkeEvent.IkeSaDown));
        // the peer sees the same packets at the same times, so it logs the same lines
        assertEquals(always.b().events, gated.b().events);
    }
}
