package org.iosemu.exercise;

import java.util.Optional;

/** One step of a behaviour scenario (or of an exercise's activity), run on a lab on virtual time. */
public sealed interface Step {

    /** The file line the step came from, for messages. */
    int line();

    /** {@code ping ROUTER TARGET [source IF|ADDR] succeeds|fails}: succeeds = the last of at most two pings is 100 %. */
    record Ping(int line, String router, String target, Optional<String> source, boolean succeeds) implements Step {}

    /** {@code power ROUTER down|up}. */
    record Power(int line, String router, boolean up) implements Step {}

    /** {@code wait SECONDS}. */
    record Wait(int line, long seconds) implements Step {}

    /** {@code exec ROUTER COMMAND}: any privileged EXEC command (clear crypto sa, debug ..., ...). */
    record Exec(int line, String router, String command) implements Step {}

    /** {@code dead ROUTER PEER within SECONDS [after SECONDS]}: ROUTER's DPD declares PEER dead in that window. */
    record Dead(int line, String router, String peer, long within, long after) implements Step {}

    /** {@code quiet SECONDS}: not one packet on the lab network for that long. */
    record Quiet(int line, long seconds) implements Step {}

    /** {@code state ROUTER FACT ...}: a fact holds now. */
    record State(int line, String router, Fact fact) implements Step {}

    /** {@code logged ROUTER TEXT}: ROUTER logged (syslog or debug) a line containing TEXT since the scenario began. */
    record Logged(int line, String router, String text) implements Step {}
}
