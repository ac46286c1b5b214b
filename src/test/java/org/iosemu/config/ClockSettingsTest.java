package org.iosemu.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** UTC to the router's wall time: zone offset, and US recurring summer time switching at 02:00 local. */
class ClockSettingsTest {

    private static final ClockSettings EASTERN = new ClockSettings(Optional.of(new ClockZone("EST", -5, 0)),
            Optional.of(new SummerTime("EDT")));

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource({
        "2002-03-01T00:00:00Z, 2002-02-28T19:00, EST",
        "2024-03-10T06:59:59Z, 2024-03-10T01:59:59, EST",
        "2024-03-10T07:00:00Z, 2024-03-10T03:00, EDT",
        "2024-11-03T05:59:59Z, 2024-11-03T01:59:59, EDT",
        "2024-11-03T06:00:00Z, 2024-11-03T01:00, EST",
    })
    void easternTime(String utc, String local, String zone) {
        ClockSettings.Reading r = EASTERN.at(Instant.parse(utc).toEpochMilli());
        assertEquals(LocalDateTime.parse(local), r.time());
        assertEquals(zone, r.zoneName());
    }

    @ParameterizedTest(name = "{0} {1} -> {2} minutes")
    @CsvSource({"-5, 0, -300", "-3, 30, -210", "5, 30, 330", "0, 0, 0"})
    void minutesFollowTheSignOfTheHours(int hours, int minutes, int offset) {
        assertEquals(offset, new ClockZone("Z", hours, minutes).offsetMinutes());
    }
}
