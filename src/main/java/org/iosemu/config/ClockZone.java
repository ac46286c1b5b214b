package org.iosemu.config;

/** `clock timezone NAME HOURS [MINUTES]`: the standard-time zone of the router's clock. */
public record ClockZone(String name, int hours, int minutes) {

    /** Offset from UTC; the minutes follow the sign of the hours (`-3 30` is 3.5 hours west). */
    public int offsetMinutes() {
        return hours * 60 + (hours < 0 ? -minutes : minutes);
    }

    /** 15.x always writes the minutes (`clock timezone EST -5 0`). */
    public String render() {
        return "clock timezone " + name + " " + hours + " " + minutes;
    }
}
