package org.iosemu.cli.session;

import org.iosemu.config.InterfaceConfig;
import org.iosemu.config.InterfaceType;

/** `show interfaces X`: the head from the configuration and the line state, the counter block from the traffic. */
final class InterfaceStatus {

    private InterfaceStatus() {}

    /**
     * `show interfaces X` in the 15.x layout (the IOSv fixture's lines, which ntc-templates parses): the
     * configuration-derived head, then the queue, rate and counter block; {@code clearedMillis} is the last
     * `clear counters`, {@code now} the router clock.
     */
    static void details(InterfaceConfig i, org.iosemu.config.RunningConfig config, org.iosemu.routing.LineState state,
                        InterfaceCounters c, java.util.OptionalLong clearedMillis, long now, CliOutput out) {
        out.print(i.name() + " is " + state.status() + ", line protocol is " + state.protocol() + "\n");
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
        int mtu = org.iosemu.config.InterfaceMtu.layer2(i);
        String bw = switch (type) {
            case LOOPBACK -> "8000000";
            case TUNNEL -> "100";
            case ETHERNET -> "10000";
            case GIGABIT_ETHERNET -> "1000000";
            case SERIAL -> "1544";
            default -> "100000";
        };
        String delay = type == InterfaceType.LOOPBACK ? "5000" : type == InterfaceType.TUNNEL ? "50000" : "100";
        out.print("  MTU " + mtu + " bytes, BW " + bw + " Kbit/sec, DLY " + delay + " usec, \n");
        out.print("     reliability 255/255, txload 1/255, rxload 1/255\n");
        boolean ethernet = type.hasSpeedAndDuplex();
        if (ethernet) {
            out.print("  Encapsulation ARPA, loopback not set\n");
            out.print(i.keepalive().filter(k -> !k.enabled()).isPresent() ? "  Keepalive not set\n"
                    : "  Keepalive set (" + i.keepalive().map(k -> k.periodSeconds()).orElse(10) + " sec)\n");
            out.print("  " + (i.duplex() == InterfaceConfig.Duplex.AUTO ? "Auto-duplex" : i.duplex() == InterfaceConfig.Duplex.FULL
                    ? "Full-duplex" : "Half-duplex") + ", " + (i.speed() == InterfaceConfig.Speed.AUTO ? "Auto Speed"
                    : i.speed().keyword() + "Mb/s") + ", 100BaseTX/FX\n");
            out.print("  ARP type: ARPA, ARP Timeout 04:00:00\n");
        } else if (type == InterfaceType.TUNNEL) {
            TunnelInterfaceText.lines(i, config, state).forEach(l -> out.print(l + "\n"));
        } else if (type == InterfaceType.LOOPBACK) {
            out.print("  Encapsulation LOOPBACK, loopback not set\n");
            out.print("  Keepalive set (10 sec)\n");
        }
        out.print("  Last input " + since(c.lastInputMillis(), now) + ", output " + since(c.lastOutputMillis(), now)
                + ", output hang never\n");
        out.print("  Last clearing of \"show interface\" counters " + since(clearedMillis, now) + "\n");
        out.print("  Input queue: 0/75/0/0 (size/max/drops/flushes); Total output drops: 0\n");
        out.print("  Queueing strategy: fifo\n");
        out.print("  Output queue: 0/" + (ethernet ? 40 : 0) + " (size/max)\n");
        out.print("  5 minute input rate " + c.inputBitsPerSecond() + " bits/sec, " + c.inputPacketsPerSecond() + " packets/sec\n");
        out.print("  5 minute output rate " + c.outputBitsPerSecond() + " bits/sec, " + c.outputPacketsPerSecond()
                + " packets/sec\n");
        out.print("     " + c.packetsIn() + " packets input, " + c.bytesIn() + " bytes, 0 no buffer\n");
        out.print("     Received 0 broadcasts (0 IP multicasts)\n");
        out.print("     0 runts, " + c.giants() + " giants, 0 throttles \n");
        out.print("     " + c.giants() + " input errors, 0 CRC, 0 frame, 0 overrun, 0 ignored" + (ethernet ? "" : ", 0 abort") + "\n");
        if (ethernet) {
            out.print("     0 watchdog, 0 multicast, 0 pause input\n");
        }
        out.print("     " + c.packetsOut() + " packets output, " + c.bytesOut() + " bytes, 0 underruns\n");
        out.print("     0 output errors, 0 collisions, 0 interface resets\n");
        out.print("     0 unknown protocol drops\n");
        if (ethernet) {
            out.print("     0 babbles, 0 late collision, 0 deferred\n");
            out.print("     0 lost carrier, 0 no carrier, 0 pause output\n");
        }
        out.print("     0 output buffer failures, 0 output buffers swapped out\n");
    }

    /** IOS's "time since": never, hh:mm:ss up to a day, then 1d02h, then 2w3d. */
    static String since(java.util.OptionalLong at, long now) {
        if (at.isEmpty()) {
            return "never";
        }
        long seconds = Math.max(0, now - at.getAsLong()) / 1000;
        long hours = seconds / 3600;
        if (hours < 24) {
            return String.format("%02d:%02d:%02d", hours, seconds / 60 % 60, seconds % 60);
        }
        long days = hours / 24;
        return days < 7 ? days + "d" + String.format("%02d", hours % 24) + "h" : days / 7 + "w" + days % 7 + "d";
    }

    private static String suffix(InterfaceConfig i) {
        int n = Math.abs(i.name().number().hashCode()) % 200 + 16;
        return String.format("%02x", n);
    }
}
