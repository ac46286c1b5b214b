package org.iosemu.cli.command;

import java.util.Optional;
import org.iosemu.config.InterfaceConfig;
import org.iosemu.config.InterfaceName;
import org.iosemu.config.InterfaceType;
import org.iosemu.config.IpAddress;
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
        for (InterfaceConfig other : config.interfaces()) {
            if (other.name().equals(name)) {
                continue;
            }
            for (IpAddress o : addresses(other)) {
                long om = Ipv4.toLong(o.mask());
                long common = m & om;
                if ((a & common) == (Ipv4.toLong(o.address()) & common)) {
                    return Optional.of("% " + toText(a & m) + " overlaps with " + other.name() + "\n");
                }
            }
        }
        return Optional.empty();
    }

    private static java.util.List<IpAddress> addresses(InterfaceConfig i) {
        java.util.List<IpAddress> all = new java.util.ArrayList<>(i.secondaries());
        i.address().ifPresent(all::add);
        return all;
    }

    private static String toText(long v) {
        return (v >> 24 & 255) + "." + (v >> 16 & 255) + "." + (v >> 8 & 255) + "." + (v & 255);
    }
}
