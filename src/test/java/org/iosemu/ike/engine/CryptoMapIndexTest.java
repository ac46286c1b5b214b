package org.iosemu.ike.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.iosemu.ike.config.ChildPolicy;
import org.iosemu.ike.config.Ipv4;
import org.iosemu.ike.config.PeerCandidate;
import org.iosemu.ike.config.ProxyIdentity;
import org.junit.jupiter.api.Test;

class CryptoMapIndexTest {
    private static final Ipv4 LOCAL = Ipv4.parse("100.64.0.1");
    private static final Ipv4 OTHER_LOCAL = Ipv4.parse("100.64.0.9");
    private static final ProxyIdentity ACL = new ProxyIdentity(Ipv4.parse("10.1.1.0"), Lab.MASK24, Ipv4.parse("10.2.2.0"), Lab.MASK24, 0);

    private static ChildPolicy entry(int seq, Ipv4 local, String... peers) {
        List<PeerCandidate> p = new ArrayList<>();
        for (String peer : peers) {
            p.add(PeerCandidate.of(peer));
        }
        return new ChildPolicy("hub", seq, p, List.of(Lab.TS_3DES), List.of(ACL), 0, 3600, 4_608_000, local);
    }

    @Test
    void findsTheEntriesNamingAPeerOnALocalAddressInConfigurationOrder() {
        ChildPolicy e1 = entry(10, LOCAL, "1.1.1.1", "2.2.2.2");
        ChildPolicy e2 = entry(20, LOCAL, "2.2.2.2", "2.2.2.2");
        ChildPolicy e3 = entry(30, OTHER_LOCAL, "2.2.2.2");
        ChildPolicy e4 = entry(40, LOCAL, "2.2.2.2");
        CryptoMapIndex index = new CryptoMapIndex(List.of(e1, e2, e3, e4));
        assertEquals(List.of(e1, e2, e4), index.entries(LOCAL, Ipv4.parse("2.2.2.2")));
        assertEquals(List.of(e1), index.entries(LOCAL, Ipv4.parse("1.1.1.1")));
        assertEquals(List.of(e3), index.entries(OTHER_LOCAL, Ipv4.parse("2.2.2.2")));
        assertEquals(List.of(), index.entries(OTHER_LOCAL, Ipv4.parse("1.1.1.1")));
    }

    @Test
    void knowsWhichListItIndexes() {
        List<ChildPolicy> entries = List.of(entry(10, LOCAL, "1.1.1.1"));
        CryptoMapIndex index = new CryptoMapIndex(entries);
        assertTrue(index.indexes(entries));
        assertFalse(index.indexes(List.copyOf(new ArrayList<>(entries))));
    }
}
