package org.iosemu.config;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The clock's zone and summer time: what `show clock` and local-time stamps turn UTC into. */
public record ClockSettings(Optional<ClockZone> zone, Optional<SummerTime> summerTime) {

    public static final ClockSettings UTC = new ClockSettings(Optional.empty(), Optional.empty());

    /** A moment as the router shows it: local wall time and the zone's name. */
    public record Reading(LocalDateTime time, String zoneName) {}

    public ClockSettings withZone(Optional<ClockZone> v) {
        return new ClockSettings(v, summerTime);
    }

    public ClockSettings withSummerTime(Optional<SummerTime> v) {
        return new ClockSettings(zone, v);
    }

    public Reading at(long epochMillis) {
        int offset = zone.map(ClockZone::offsetMinutes).orElse(0);
        LocalDateTime standard = LocalDateTime.ofInstant(Instant.ofEpochMilli(epochMillis), ZoneOffset.UTC)
                .plusMinutes(offset);
        if (summerTime.isPresent() && summerTime.get().inEffect(standard)) {
            return new Reading(standard.plusMinutes(SummerTime.SHIFT_MINUTES), summerTime.get().name());
        }
        return new Reading(standard, zone.map(ClockZone::name).orElse("UTC"));
    }

    public List<String> render() {
        List<String> out = new ArrayList<>();
        zone.ifPresent(z -> out.add(z.render()));
        summerTime.ifPresent(s -> out.add(s.render()));
        return out;
    }
}
