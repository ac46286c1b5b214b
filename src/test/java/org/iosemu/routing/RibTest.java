package org.iosemu.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.iosemu.config.InterfaceConfig;
import org.iosemu.config.InterfaceName;
import org.iosemu.config.IpAddress;
import org.iosemu.config.RunningConfig;
import org.iosemu.config.StaticRoute;
import org.junit.jupiter.api.Test;

/** Which routes a configuration installs and which one a packet takes. */
class RibTest {

    private static final InterfaceName WAN = InterfaceName.parse("FastEthernet0/0").orElseThrow();
    private static final InterfaceName LAN = InterfaceName.parse("FastEthernet0/1").orElseThrow();

    private static RunningConfig router(boolean lanShutdown, StaticRoute... routes) {
        return RunningConfig.factoryDefault(List.of(), true)
                .withInterface(InterfaceConfig.fresh(WAN, false).withAddresses(Optional.of(new IpAddress("10.1.32.14", "255.255.255.0")), List.of()))
                .withInterface(InterfaceConfig.fresh(LAN, lanShutdown).withAddresses(Optional.of(new IpAddress("192.168.5.1", "255.255.255.0")), List.of()))
                .withSystem(s -> s.withRoutes(List.of(routes)));
    }

    private static StaticRoute via(String prefix, String mask, String hop) {
        return new StaticRoute(prefix, mask, Optional.of(hop), Optional.empty());
    }

    private static String exitFor(Rib rib, String address) {
        return rib.lookup(Prefix.bits(address)).map(r -> r.exit().name().canonical() + " " + r.source()).orElse("none");
    }

    @Test
    void longestPrefixWinsAndConnectedBeatsAStaticForTheSamePrefix() {
        Rib rib = Rib.of(router(false, via("0.0.0.0", "0.0.0.0", "10.1.32.1"),
                via("192.168.5.0", "255.255.255.0", "10.1.32.9"),
                new StaticRoute("172.16.0.0", "255.255.0.0", Optional.empty(), Optional.of(LAN))));
        assertEquals("FastEthernet0/1 CONNECTED", exitFor(rib, "192.168.5.77"));
        assertEquals("FastEthernet0/1 STATIC", exitFor(rib, "172.16.3.4"));
        assertEquals("FastEthernet0/0 STATIC", exitFor(rib, "8.8.8.8"));
        assertEquals("FastEthernet0/0 LOCAL", exitFor(rib, "10.1.32.14"));
        assertTrue(rib.routes().stream().noneMatch(r -> r.source() == Route.Source.STATIC
                && r.prefix().equals(Prefix.of("192.168.5.0", "255.255.255.0"))), "the static loses to connected");
    }

    @Test
    void aStaticIsInstalledOnlyWhileItResolves() {
        StaticRoute recursive = via("10.3.0.0", "255.255.0.0", "10.2.9.9");
        StaticRoute hop = via("10.2.0.0", "255.255.0.0", "10.1.32.1");
        StaticRoute viaDownLan = new StaticRoute("10.4.0.0", "255.255.0.0", Optional.empty(), Optional.of(LAN));
        StaticRoute unreachable = via("10.5.0.0", "255.255.0.0", "99.9.9.9");
        Rib rib = Rib.of(router(true, recursive, hop, viaDownLan, unreachable));
        assertEquals("FastEthernet0/0 STATIC", exitFor(rib, "10.3.1.1"), "resolved through another static");
        assertEquals("none", exitFor(rib, "10.4.1.1"), "exit interface shut down");
        assertEquals("none", exitFor(rib, "10.5.1.1"), "next hop unreachable");
        assertEquals("none", exitFor(rib, "192.168.5.1"), "a shut interface has no connected route");
    }

    @Test
    void staticsThatOnlyResolveThroughEachOtherAreNotInstalled() {
        Rib rib = Rib.of(router(false, via("10.6.0.0", "255.255.0.0", "10.7.0.1"), via("10.7.0.0", "255.255.0.0", "10.6.0.1")));
        assertEquals("none", exitFor(rib, "10.6.0.1"));
        assertEquals("none", exitFor(rib, "10.7.0.1"));
    }

    @Test
    void aHostAddressGetsAConnectedRouteButNoLocalOne() {
        RunningConfig config = router(false).withInterface(InterfaceConfig.fresh(InterfaceName.parse("Loopback0").orElseThrow(), false)
                .withAddresses(Optional.of(new IpAddress("1.1.1.1", "255.255.255.255")), List.of()));
        List<Route> loopback = Rib.of(config).routes().stream().filter(r -> r.prefix().network() == Prefix.bits("1.1.1.1")).toList();
        assertEquals(1, loopback.size());
        assertEquals(Route.Source.CONNECTED, loopback.get(0).source());
    }

    @Test
    void aFloatingStaticIsInstalledOnlyWhileNoBetterRouteToItsPrefixIs() {
        StaticRoute primary = via("0.0.0.0", "0.0.0.0", "10.1.32.1");
        StaticRoute backup = new StaticRoute("0.0.0.0", "0.0.0.0", Optional.of("192.168.5.254"), Optional.empty(),
                250, Optional.empty(), Optional.of("BACKUP"));
        Rib both = Rib.of(router(false, primary, backup));
        assertEquals(List.of(1), both.routes().stream().filter(Route::isDefault).map(Route::distance).toList());
        assertEquals("FastEthernet0/0 STATIC", exitFor(both, "8.8.8.8"));

        RunningConfig wanDown = router(false, primary, backup).withInterface(InterfaceConfig.fresh(WAN, true));
        Rib failedOver = Rib.of(wanDown);
        assertEquals(List.of(250), failedOver.routes().stream().filter(Route::isDefault).map(Route::distance).toList());
        assertEquals("FastEthernet0/1 STATIC", exitFor(failedOver, "8.8.8.8"));
    }

    @Test
    void aStaticThroughAnInterfaceWithANextHopLeavesByThatInterface() {
        StaticRoute named = new StaticRoute("10.9.0.0", "255.255.0.0", Optional.of("10.1.32.9"), Optional.of(LAN));
        Route installed = Rib.of(router(false, named)).lookup(Prefix.bits("10.9.1.1")).orElseThrow();
        assertEquals("FastEthernet0/1", installed.exit().name().canonical());
        assertEquals(Optional.of(Prefix.bits("10.1.32.9")), installed.nextHop());
        assertTrue(installed.exitNamed());
    }
}
