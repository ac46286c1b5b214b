package org.iosemu.cli.session;

import java.util.Optional;
import org.iosemu.config.InterfaceConfig;
import org.iosemu.config.InterfaceName;
import org.iosemu.config.RunningConfig;

/**
 * The source a user chose for ping or traceroute (an address or an interface), checked as IOS checks it:
 * the address must be on an interface that is up, the interface must be up and have an address.
 */
public final class SourceChoice {

    private SourceChoice() {}

    /**
     * The source address to use (empty inside: none chosen), or nothing after printing IOS's refusal.
     */
    public static Optional<Optional<String>> check(Optional<String> address, Optional<InterfaceName> iface,
            RunningConfig config, CliOutput out) {
        if (address.isPresent()) {
            boolean own = config.interfaces().stream().filter(i -> !i.shutdown())
                    .anyMatch(i -> i.address().filter(a -> a.address().equals(address.get())).isPresent()
                            || i.secondaries().stream().anyMatch(a -> a.address().equals(address.get())));
            if (!own) {
                out.print("% Invalid source address- IP address not on any of our up interfaces\n");
                return Optional.empty();
            }
            return Optional.of(address);
        }
        if (iface.isPresent()) {
            Optional<String> a = config.iface(iface.get()).filter(i -> !i.shutdown())
                    .flatMap(InterfaceConfig::address).map(x -> x.address());
            if (a.isEmpty()) {
                out.print("% Invalid source interface - Interface down or has no IP address\n");
                return Optional.empty();
            }
            return Optional.of(a);
        }
        return Optional.of(Optional.empty());
    }
}
