package org.iosemu.config;

import java.util.List;
import java.util.Optional;

/** One `interface` block. Duplex/speed use IOS defaults (auto); {@code legacyDuplex} is `half-duplex`/`full-duplex`. */
public record InterfaceConfig(
        InterfaceName name,
        Optional<String> description,
        Optional<IpAddress> address,
        List<IpAddress> secondaries,
        boolean shutdown,
        Duplex duplex,
        Speed speed,
        Optional<String> cryptoMap,
        Optional<String> ezvpnName,
        boolean ezvpnInside,
        Optional<IpsecGlobals.DfBit> dfBit,
        Optional<IpsecGlobals.Fragmentation> fragmentation,
        IpFeatures features,
        Optional<InterfaceName> unnumbered,
        Optional<Integer> ipMtu,
        Optional<Integer> tcpAdjustMss,
        Optional<InterfaceKeepalive> keepalive,
        TunnelConfig tunnel,
        Optional<Integer> mtu) {

    /** `duplex auto|full|half`, and the older `half-duplex`/`full-duplex` forms of plain Ethernet ports. */
    public enum Duplex {
        AUTO, FULL, HALF
    }

    /** `speed 10|100|1000|auto`. */
    public enum Speed {
        AUTO("auto"), S10("10"), S100("100"), S1000("1000");

        private final String keyword;

        Speed(String keyword) {
            this.keyword = keyword;
        }

        public String keyword() {
            return keyword;
        }

        public static Speed fromKeyword(String k) {
            for (Speed s : values()) {
                if (s.keyword.equalsIgnoreCase(k)) {
                    return s;
                }
            }
            throw new IllegalArgumentException(k);
        }
    }

    public InterfaceConfig {
        secondaries = List.copyOf(secondaries);
    }

    public static InterfaceConfig fresh(InterfaceName name, boolean shutdown) {
        return new InterfaceConfig(name, Optional.empty(), Optional.empty(), List.of(), shutdown, Duplex.AUTO, Speed.AUTO,
                Optional.empty(), Optional.empty(), false, Optional.empty(), Optional.empty(), IpFeatures.DEFAULT,
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), TunnelConfig.NONE, Optional.empty());
    }

    public InterfaceConfig withDescription(Optional<String> v) {
        return new InterfaceConfig(name, v, address, secondaries, shutdown, duplex, speed, cryptoMap, ezvpnName,
                ezvpnInside, dfBit, fragmentation, features, unnumbered, ipMtu, tcpAdjustMss, keepalive, tunnel, mtu);
    }

    public InterfaceConfig withAddresses(Optional<IpAddress> primary, List<IpAddress> second) {
        return new InterfaceConfig(name, description, primary, second, shutdown, duplex, speed, cryptoMap, ezvpnName,
                ezvpnInside, dfBit, fragmentation, features, unnumbered, ipMtu, tcpAdjustMss, keepalive, tunnel, mtu);
    }

    public InterfaceConfig withShutdown(boolean v) {
        return new InterfaceConfig(name, description, address, secondaries, v, duplex, speed, cryptoMap, ezvpnName,
                ezvpnInside, dfBit, fragmentation, features, unnumbered, ipMtu, tcpAdjustMss, keepalive, tunnel, mtu);
    }

    public InterfaceConfig withDuplex(Duplex v) {
        return new InterfaceConfig(name, description, address, secondaries, shutdown, v, speed, cryptoMap, ezvpnName,
                ezvpnInside, dfBit, fragmentation, features, unnumbered, ipMtu, tcpAdjustMss, keepalive, tunnel, mtu);
    }

    public InterfaceConfig withSpeed(Speed v) {
        return new InterfaceConfig(name, description, address, secondaries, shutdown, duplex, v, cryptoMap, ezvpnName,
                ezvpnInside, dfBit, fragmentation, features, unnumbered, ipMtu, tcpAdjustMss, keepalive, tunnel, mtu);
    }

    public InterfaceConfig withCryptoMap(Optional<String> v) {
        return new InterfaceConfig(name, description, address, secondaries, shutdown, duplex, speed, v, ezvpnName,
                ezvpnInside, dfBit, fragmentation, features, unnumbered, ipMtu, tcpAdjustMss, keepalive, tunnel, mtu);
    }

    public InterfaceConfig withEzvpn(Optional<String> v, boolean inside) {
        return new InterfaceConfig(name, description, address, secondaries, shutdown, duplex, speed, cryptoMap, v,
                inside, dfBit, fragmentation, features, unnumbered, ipMtu, tcpAdjustMss, keepalive, tunnel, mtu);
    }

    public InterfaceConfig withDfBit(Optional<IpsecGlobals.DfBit> v) {
        return new InterfaceConfig(name, description, address, secondaries, shutdown, duplex, speed, cryptoMap,
                ezvpnName, ezvpnInside, v, fragmentation, features, unnumbered, ipMtu, tcpAdjustMss, keepalive, tunnel, mtu);
    }

    public InterfaceConfig withFragmentation(Optional<IpsecGlobals.Fragmentation> v) {
        return new InterfaceConfig(name, description, address, secondaries, shutdown, duplex, speed, cryptoMap,
                ezvpnName, ezvpnInside, dfBit, v, features, unnumbered, ipMtu, tcpAdjustMss, keepalive, tunnel, mtu);
    }

    public InterfaceConfig withUnnumbered(Optional<InterfaceName> v) {
        return new InterfaceConfig(name, description, address, secondaries, shutdown, duplex, speed, cryptoMap, ezvpnName, ezvpnInside, dfBit, fragmentation, features, v, ipMtu, tcpAdjustMss, keepalive, tunnel, mtu);
    }

    public InterfaceConfig withIpMtu(Optional<Integer> v) {
        return new InterfaceConfig(name, description, address, secondaries, shutdown, duplex, speed, cryptoMap, ezvpnName, ezvpnInside, dfBit, fragmentation, features, unnumbered, v, tcpAdjustMss, keepalive, tunnel, mtu);
    }

    public InterfaceConfig withTcpAdjustMss(Optional<Integer> v) {
        return new InterfaceConfig(name, description, address, secondaries, shutdown, duplex, speed, cryptoMap, ezvpnName, ezvpnInside, dfBit, fragmentation, features, unnumbered, ipMtu, v, keepalive, tunnel, mtu);
    }

    public InterfaceConfig withKeepalive(Optional<InterfaceKeepalive> v) {
        return new InterfaceConfig(name, description, address, secondaries, shutdown, duplex, speed, cryptoMap, ezvpnName, ezvpnInside, dfBit, fragmentation, features, unnumbered, ipMtu, tcpAdjustMss, v, tunnel, mtu);
    }

    public InterfaceConfig withTunnel(TunnelConfig v) {
        return new InterfaceConfig(name, description, address, secondaries, shutdown, duplex, speed, cryptoMap, ezvpnName, ezvpnInside, dfBit, fragmentation, features, unnumbered, ipMtu, tcpAdjustMss, keepalive, v, mtu);
    }

    public InterfaceConfig withFeatures(java.util.function.UnaryOperator<IpFeatures> edit) {
        return new InterfaceConfig(name, description, address, secondaries, shutdown, duplex, speed, cryptoMap,
                ezvpnName, ezvpnInside, dfBit, fragmentation, edit.apply(features), unnumbered, ipMtu, tcpAdjustMss,
                keepalive, tunnel, mtu);
    }

    /** `mtu N` (the layer-2 MTU); empty = the interface type's default. */
    public InterfaceConfig withMtu(Optional<Integer> v) {
        return new InterfaceConfig(name, description, address, secondaries, shutdown, duplex, speed, cryptoMap, ezvpnName, ezvpnInside, dfBit, fragmentation, features, unnumbered, ipMtu, tcpAdjustMss, keepalive, tunnel, v);
    }
}
