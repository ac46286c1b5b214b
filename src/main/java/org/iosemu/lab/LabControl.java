package org.iosemu.lab;

import org.iosemu.cli.session.CliOutput;

/** What the `lab` EXEC commands act on. */
public interface LabControl {

    /** `lab wait SECONDS`. */
    void waitSeconds(long seconds, CliOutput out);

    /** `lab router NAME down|up`. */
    void power(String router, boolean up, CliOutput out);

    /** `lab attach NAME`: moves the console. */
    void attach(String router, CliOutput out);

    /** `lab link A B [mtu|bandwidth|delay|loss VALUE]...|default`: the link's properties from now on. */
    void link(String a, String b, LinkSettings settings, CliOutput out);

    /** `lab link A B drop next N`: the next N packets over that link (either way) are lost. */
    void dropNext(String a, String b, int count, CliOutput out);

    /** `lab show`. */
    void show(CliOutput out);

    /** The powered router that owns {@code address} on the lab network (a connection's far end). */
    java.util.Optional<Router> owner(org.iosemu.net.Ipv4Address address);
}
