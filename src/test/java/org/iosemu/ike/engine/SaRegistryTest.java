package org.iosemu.ike.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.iosemu.ike.config.Ipv4;
import org.junit.jupiter.api.Test;

class SaRegistryTest {
    private record Sa(String name, Ipv4 peer) {
    }

    private static final Ipv4 P1 = Ipv4.parse("10.0.0.1");
    private static final Ipv4 P2 = Ipv4.parse("10.0.0.2");

    @Test
    void keepsCreationOrderOverallAndPerPeer() {
        SaRegistry<Sa> r = new SaRegistry<>(Sa::peer);
        Sa a = new Sa("a", P1);
        Sa b = new Sa("b", P2);
        Sa c = new Sa("c", P1);
        Sa d = new Sa("d", P2);
        List.of(a, b, c, d).forEach(r::add);
        assertEquals(List.of(a, b, c, d), r.list());
        assertEquals(List.of(a, c), r.withPeer(P1));
        assertEquals(List.of(b, d), r.withPeer(P2));
        assertEquals(List.of(), r.withPeer(Ipv4.parse("10.0.0.3")));
    }

    @Test
    void removesFromBothViews() {
        SaRegistry<Sa> r = new SaRegistry<>(Sa::peer);
        Sa a = new Sa("a", P1);
        Sa b = new Sa("b", P1);
        r.add(a);
        r.add(b);
        assertTrue(r.remove(a));
        assertFalse(r.remove(a));
        assertFalse(r.contains(a));
        assertTrue(r.contains(b));
        assertEquals(List.of(b), r.withPeer(P1));
        assertTrue(r.remove(b));
        assertEquals(List.of(), r.withPeer(P1));
        assertEquals(List.of(), List.copyOf(r.view()));
    }

    @Test
    void snapshotsSurviveChangesWhileIterating() {
        SaRegistry<Sa> r = new SaRegistry<>(Sa::peer);
        Sa a = new Sa("a", P1);
        Sa b = new Sa("b", P1);
        r.add(a);
        r.add(b);
        for (Sa sa : r.withPeer(P1)) {
            r.remove(sa);
        }
        assertEquals(List.of(), r.list());
    }
}
