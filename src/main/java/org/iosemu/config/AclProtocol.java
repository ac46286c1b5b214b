package org.iosemu.config;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The IP protocols an extended ACL line names: IOS stores a well-known protocol by name (`gre`, not `47`),
 * while IPsec flows and proxy identities need its number.
 */
public final class AclProtocol {

    private static final Map<String, Integer> NUMBERS = Map.of(
            "ip", 0, "icmp", 1, "tcp", 6, "udp", 17, "gre", 47, "esp", 50, "ahp", 51);

    private AclProtocol() {}

    /** The number of an ACL line's protocol (a name above or a decimal number); empty for anything else. */
    public static OptionalInt number(String protocol) {
        Integer known = NUMBERS.get(protocol);
        if (known != null) {
            return OptionalInt.of(known);
        }
        if (protocol.isEmpty() || !protocol.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return OptionalInt.empty();
        }
        try {
            return OptionalInt.of(Integer.parseInt(protocol));
        } catch (NumberFormatException tooLong) {
            return OptionalInt.empty();
        }
    }

    /** The name IOS stores and shows for protocol {@code number}, if it has one. */
    public static Optional<String> name(int number) {
        return NUMBERS.entrySet().stream().filter(e -> e.getValue() == number).map(Map.Entry::getKey).findFirst();
    }
}
