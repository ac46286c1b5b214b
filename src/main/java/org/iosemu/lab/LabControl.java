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

    /** `lab engine NAME kbps N|default`: the router's crypto engine processes N kbit/s (default: not limited). */
    default void engine(String router, java.util.OptionalLong kbps, CliOutput out) {
    }

    /** `lab traffic add NAME SOURCE DESTINATION KBPS [dscp N] [size N]`. */
    default void addFlow(String name, org.iosemu.net.Ipv4Address source, org.iosemu.net.Ipv4Address destination,
                         long kbps, int size, int dscp, CliOutput out) {
    }

    /** `lab traffic del NAME`. */
    default void deleteFlow(String name) {
    }

    /** `lab traffic show`. */
    default void showFlows(CliOutput out) {
    }

    /** A generated datagram reached the router owning its destination. */
    default void flowArrived(org.iosemu.net.IpPacket packet) {
    }

    /** `lab show`. */
    void show(CliOutput out);

    /** The exercise the lab runs (`lab exercise|check|hint|reset`); {@link ExerciseCommands#NONE} without one. */
    default ExerciseCommands exercise() {
        return ExerciseCommands.NONE;
    }

    /** `lab timeline FILE [last N | from A to B]`: the IKE and ESP traffic as a sequence diagram. */
    void timeline(TimelineRequest request, CliOutput out);

    /** The powered router that owns {@code address} on the lab network (a connection's far end). */
    java.util.Optional<Router> owner(org.iosemu.net.Ipv4Address address);
}
