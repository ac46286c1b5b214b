package org.iosemu.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The Easy VPN server model: what XAUTH and group authorization get from AAA lists, users and groups. */
class EzvpnServerConfigTest {

    private static RunningConfig server(boolean aaa) {
        RunningConfig rc = RunningConfig.factoryDefault(List.of(), false);
        return rc.withSystem(s -> s
                .withUsers(List.of(new UserAccount("ra1", 1, Optional.empty(), Optional.of(new Password("ra1pwd", false)))))
                .withServices(v -> v.withAaa(a -> a.withNewModel(aaa)
                        .withList(new AaaMethodList(AaaMethodList.Kind.LOGIN, "XLIST", List.of(AaaMethodList.Method.LOCAL)))
                        .withList(new AaaMethodList(AaaMethodList.Kind.LOGIN, "NOLOCAL", List.of(AaaMethodList.Method.NONE)))
                        .withList(new AaaMethodList(AaaMethodList.Kind.NETWORK, "GLIST", List.of(AaaMethodList.Method.LOCAL))))))
                .withCrypto(c -> c.withServer(s -> s.withGroup(ClientConfigGroup.named("ra1_grp").withPool(Optional.of("P")))));
    }

    @Test
    void xauthChecksTheLocalUsersThroughALocalLoginList() {
        assertInstanceOf(AaaLocalDatabase.Verdict.Accepted.class, AaaLocalDatabase.authenticate(server(true), "XLIST", "ra1", "ra1pwd"));
        assertInstanceOf(AaaLocalDatabase.Verdict.Rejected.class, AaaLocalDatabase.authenticate(server(true), "XLIST", "ra1", "wrong"));
        assertInstanceOf(AaaLocalDatabase.Verdict.Rejected.class, AaaLocalDatabase.authenticate(server(true), "UNDEFINED", "ra1", "ra1pwd"));
        assertInstanceOf(AaaLocalDatabase.Verdict.Rejected.class, AaaLocalDatabase.authenticate(server(true), "NOLOCAL", "ra1", "ra1pwd"));
        assertInstanceOf(AaaLocalDatabase.Verdict.Rejected.class, AaaLocalDatabase.authenticate(server(false), "XLIST", "ra1", "ra1pwd"),
                "without aaa new-model there are no method lists");
    }

    @Test
    void groupAuthorizationFindsTheGroupThroughALocalNetworkList() {
        assertEquals(Optional.of("P"), AaaLocalDatabase.authorizeGroup(server(true), "GLIST", "ra1_grp").flatMap(ClientConfigGroup::pool));
        assertTrue(AaaLocalDatabase.authorizeGroup(server(true), "GLIST", "other").isEmpty());
        assertTrue(AaaLocalDatabase.authorizeGroup(server(true), "XLIST", "ra1_grp").isEmpty(), "a login list is not a network list");
    }

    @Test
    void poolRangesCountAndOverlap() {
        IpLocalPool pool = new IpLocalPool("P", List.of()).withRange(new IpLocalPool.Range(Ipv4.toLong("10.0.0.1"), Ipv4.toLong("10.0.0.10")))
                .withRange(new IpLocalPool.Range(Ipv4.toLong("10.0.1.1"), Ipv4.toLong("10.0.1.1")));
        assertEquals(11, pool.size());
        assertEquals(List.of("ip local pool P 10.0.0.1 10.0.0.10", "ip local pool P 10.0.1.1"), pool.render());
        assertTrue(pool.contains(Ipv4.toLong("10.0.1.1")));
        assertTrue(new IpLocalPool.Range(Ipv4.toLong("10.0.0.10"), Ipv4.toLong("10.0.0.20"))
                .overlaps(new IpLocalPool.Range(Ipv4.toLong("10.0.0.1"), Ipv4.toLong("10.0.0.10"))));
    }

    @Test
    void aaaBlockIsWrittenAsIos15WritesIt() {
        assertEquals(List.of("aaa new-model", "!", "!", "aaa authentication login XLIST local",
                "aaa authentication login NOLOCAL none", "aaa authorization network GLIST local ",
                "!", "!", "!", "!", "!", "aaa session-id common"), server(true).system().services().aaa().render());
        assertEquals(List.of("no aaa new-model"), AaaSettings.OFF.render());
    }
}
