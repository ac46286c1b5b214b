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

    /** `lab show`. */
    void show(CliOutput out);

    /** `lab timeline FILE [last N | from A to B]`: the IKE and ESP traffic as a sequence diagram. */
    void timeline(TimelineRequest request, CliOutput out);

    /** The powered router that owns {@code address} on the lab network (a connection's far end). */
    java.util.Optional<Router> owner(org.iosemu.net.Ipv4Address address);
}
