package org.iosemu.lab;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.iosemu.cli.session.LogBus;
import org.iosemu.config.InterfaceConfig;
import org.iosemu.config.InterfaceName;
import org.iosemu.config.InterfaceType;
import org.iosemu.config.IpAddress;
import org.iosemu.ike.EasyVpnStatus;
import org.iosemu.ike.config.EasyVpnRemote;
import org.iosemu.net.Ipv4Address;

/**
 * The Easy VPN tunnels of a router that are up, and the virtual interfaces IOS creates for them: in client mode
 * `Loopback10000` (the next free number for a second tunnel) holds the address Mode Config assigned, /32; in
 * network-extension mode the tunnel rides `NVI0`. They exist while the tunnel is up (`show ip interface brief`,
 * `show interfaces`) and go with it, logged as IOS logs them. Told under the engine's lock: it only records and logs.
 */
final class EasyVpnInterfaces {

    static final int FIRST_LOOPBACK = 10000;
    static final InterfaceName NVI0 = new InterfaceName(InterfaceType.NVI, "0");

    private record Tunnel(EasyVpnStatus status, Optional<InterfaceName> loopback) {}

    private final Map<String, Tunnel> up = new TreeMap<>();
    private final java.util.function.Consumer<org.iosemu.ike.config.Ipv4> addressGone;

    /** @param addressGone told when an assigned address goes with its tunnel */
    EasyVpnInterfaces(java.util.function.Consumer<org.iosemu.ike.config.Ipv4> addressGone) {
        this.addressGone = addressGone;
    }

    /** `%CRYPTO-6-EZVPN_CONNECTION_UP` was logged: the tunnel's virtual interface comes up. */
    synchronized void up(EasyVpnStatus status, LogBus log) {
        Tunnel before = up.remove(status.name());
        if (before != null) {
            gone(before, log);
        }
        boolean nviWasUp = nviUp();
        Optional<InterfaceName> loopback = Optional.empty();
        if (status.mode() == EasyVpnRemote.Mode.CLIENT && status.address().isPresent()) {
            int n = FIRST_LOOPBACK;
            while (taken(n)) {
                n++;
            }
            loopback = Optional.of(new InterfaceName(InterfaceType.LOOPBACK, String.valueOf(n)));
        }
        up.put(status.name(), new Tunnel(status, loopback));
        loopback.ifPresent(l -> {
            log.log("%LINK-3-UPDOWN: Interface " + l + ", changed state to up");
            log.log("%LINEPROTO-5-UPDOWN: Line protocol on Interface " + l + ", changed state to up");
        });
        if (!nviWasUp && nviUp()) {
            log.log("%LINEPROTO-5-UPDOWN: Line protocol on Interface " + NVI0 + ", changed state to up");
        }
    }

    /** `%CRYPTO-6-EZVPN_CONNECTION_DOWN` was logged: the virtual interface goes administratively down and away. */
    synchronized void down(String tunnel, LogBus log) {
        Tunnel t = up.remove(tunnel);
        if (t != null) {
            gone(t, log);
        }
    }

    private void gone(Tunnel t, LogBus log) {
        t.status().address().ifPresent(addressGone);
        t.loopback().ifPresent(l -> {
            log.log("%LINK-5-CHANGED: Interface " + l + ", changed state to administratively down");
            log.log("%LINEPROTO-5-UPDOWN: Line protocol on Interface " + l + ", changed state to down");
        });
        if (t.status().mode() != EasyVpnRemote.Mode.CLIENT && !nviUp()) {
            log.log("%LINEPROTO-5-UPDOWN: Line protocol on Interface " + NVI0 + ", changed state to down");
        }
    }

    /** Power cut: nothing is up any more, and nothing is logged (the router is off). */
    synchronized void reset() {
        up.clear();
    }

    /** The tunnel's status as it came up, while it is up. */
    synchronized Optional<EasyVpnStatus> active(String tunnel) {
        return Optional.ofNullable(up.get(tunnel)).map(Tunnel::status);
    }

    /** The virtual interfaces now: the loopbacks in their numbers' order, then NVI0. */
    synchronized List<InterfaceConfig> interfaces() {
        List<InterfaceConfig> out = new ArrayList<>();
        up.values().stream().filter(t -> t.loopback().isPresent())
                .sorted((a, b) -> Integer.compare(Integer.parseInt(a.loopback().get().number()), Integer.parseInt(b.loopback().get().number())))
                .forEach(t -> out.add(InterfaceConfig.fresh(t.loopback().get(), false).withAddresses(
                        Optional.of(new IpAddress(t.status().address().orElseThrow().toString(), "255.255.255.255")), List.of())));
        if (nviUp()) {
            out.add(InterfaceConfig.fresh(NVI0, false));
        }
        return out;
    }

    /** Whether {@code a} is the address of one of the virtual loopbacks (the router answers for it). */
    synchronized boolean owns(Ipv4Address a) {
        return up.values().stream().anyMatch(t -> t.loopback().isPresent()
                && t.status().address().map(Addresses::net).filter(a::equals).isPresent());
    }

    private boolean taken(int loopback) {
        return up.values().stream().anyMatch(t -> t.loopback().filter(l -> l.number().equals(String.valueOf(loopback))).isPresent());
    }

    private boolean nviUp() {
        return up.values().stream().anyMatch(t -> t.status().mode() != EasyVpnRemote.Mode.CLIENT);
    }
}
