package org.iosemu.cli.command;

import java.util.Optional;
import org.iosemu.config.InterfaceName;
import org.iosemu.config.InterfaceType;
import org.iosemu.config.Ipv4;
import org.iosemu.config.RunningConfig;

/** The checks IOS makes on `ip address A M`: a real mask, a host address, no subnet shared with another interface. */
final class AddressCheck {

    private AddressCheck() {}

    static Optional<String> problem(RunningConfig config, InterfaceName name, String address, String mask) {
        long a = Ipv4.toLong(address);
        long m = Ipv4.toLong(mask);
        if (!Ipv4.isContiguousMask(mask)) {
            return Optional.of(String.format("Bad mask 0x%08X for address %s%n", m, address));
        }
        int prefix = Long.bitCount(m);
        long host = a & ~m & 0xFFFFFFFFL;
        long hostMax = ~m & 0xFFFFFFFFL;
        boolean pointToPoint = prefix >= 31;
        if (prefix == 0 || (!pointToPoint && (host == 0 || host == hostMax))
                || (prefix == 32 && name.type() != InterfaceType.LOOPBACK)) {
            return Optional.of("Bad mask /" + prefix + " for address " + address + "\n");
        }
        return config.subnets().firstOverlap(a, prefix, name)
                .map(other -> "% " + toText(a & m) + " overlaps with " + other + "\n");
    }

    private static String toText(long v) {
        return (v >> 24 & 255) + "." + (v >> 16 & 255) + "." + (v >> 8 & 255) + "." + (v & 255);
    }
}
