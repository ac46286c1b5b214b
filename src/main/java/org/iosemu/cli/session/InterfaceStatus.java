package org.iosemu.cli.session;

import org.iosemu.config.InterfaceConfig;
import org.iosemu.config.InterfaceType;

/** Link state as the standalone router sees it: up unless shut down (cables are always plugged in). */
final class InterfaceStatus {

    private InterfaceStatus() {}

    static String status(InterfaceConfig i) {
        return i.shutdown() ? "administratively down" : "up";
    }

    static String protocol(InterfaceConfig i) {
        boolean needsEndpoints = !i.name().type().physical() && i.name().type() != InterfaceType.LOOPBACK;
        return i.shutdown() || needsEndpoints ? "down" : "up";
    }

    /** `show interfaces X`: the first, configuration-derived part of the IOS display. */
    static void details(InterfaceConfig i, CliOutput out) {
        out.print(i.name() + " is " + status(i) + ", line protocol is " + protocol(i) + "\n");
        InterfaceType type = i.name().type();
        String hardware = switch (type) {
            case LOOPBACK -> "Loopback";
            case TUNNEL -> "Tunnel";
            case SERIAL -> "PowerQUICC Serial";
            case ETHERNET -> "PQUICC Ethernet, address is 0019.e8a1.0b01 (bia 0019.e8a1.0b01)";
            case GIGABIT_ETHERNET -> "PQ3_TSEC, address is 0019.e8a1.0b" + suffix(i) + " (bia 0019.e8a1.0b" + suffix(i) + ")";
            case FAST_ETHERNET -> "PQ3_TSEC, address is 0019.e8a1.0b" + suffix(i) + " (bia 0019.e8a1.0b" + suffix(i) + ")";
            default -> type.canonical();
        };
        out.print("  Hardware is " + hardware + "\n");
        i.description().ifPresent(d -> out.print("  Description: " + d + "\n"));
        i.address().ifPresent(a -> out.print("  Internet address is " + a.address() + "/"
                + Long.bitCount(org.iosemu.config.Ipv4.toLong(a.mask())) + "\n"));
        int mtu = type == InterfaceType.LOOPBACK ? 1514 : type == InterfaceType.TUNNEL ? 17916 : 1500;
        String bw = switch (type) {
            case LOOPBACK -> "8000000";
            case TUNNEL -> "100";
            case ETHERNET -> "10000";
            case GIGABIT_ETHERNET -> "1000000";
            case SERIAL -> "1544";
            default -> "100000";
        };
        out.print("  MTU " + mtu + " bytes, BW " + bw + " Kbit/sec, DLY 100 usec, \n");
        out.print("     reliability 255/255, txload 1/255, rxload 1/255\n");
        if (type.hasSpeedAndDuplex()) {
            out.print("  Encapsulation ARPA, loopback not set\n");
            out.print("  Keepalive set (10 sec)\n");
            out.print("  " + (i.duplex() == InterfaceConfig.Duplex.AUTO ? "Auto-duplex" : i.duplex() == InterfaceConfig.Duplex.FULL
                    ? "Full-duplex" : "Half-duplex") + ", " + (i.speed() == InterfaceConfig.Speed.AUTO ? "Auto Speed"
                    : i.speed().keyword() + "Mb/s") + ", 100BaseTX/FX\n");
        }
        out.print("  Last input never, output never, output hang never\n");
        out.print("  Last clearing of \"show interface\" counters never\n");
        out.print("  Input queue: 0/75/0/0 (size/max/drops/flushes); Total output drops: 0\n");
        out.print("  5 minute input rate 0 bits/sec, 0 packets/sec\n");
        out.print("  5 minute output rate 0 bits/sec, 0 packets/sec\n");
        out.print("     0 packets input, 0 bytes\n");
        out.print("     0 packets output, 0 bytes, 0 underruns\n");
    }

    private static String suffix(InterfaceConfig i) {
        int n = Math.abs(i.name().number().hashCode()) % 200 + 16;
        return String.format("%02x", n);
    }
}
