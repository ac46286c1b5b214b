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

    /** The exercise the lab runs (`lab exercise|check|hint|reset`); {@link ExerciseCommands#NONE} without one. */
    default ExerciseCommands exercise() {
        return ExerciseCommands.NONE;
    }

    /** The powered router that owns {@code address} on the lab network (a connection's far end). */
    java.util.Optional<Router> owner(org.iosemu.net.Ipv4Address address);
}
