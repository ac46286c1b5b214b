package org.iosemu.config;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;

/**
 * `clock summer-time NAME recurring`: one hour ahead between the United States dates IOS uses when the
 * command gives none (second Sunday in March 02:00 to first Sunday in November 02:00, local time).
 */
public record SummerTime(String name) {

    public static final int SHIFT_MINUTES = 60;

    /** Is summer time in effect at this local standard time? */
    public boolean inEffect(LocalDateTime standardTime) {
        int year = standardTime.getYear();
        LocalDateTime start = LocalDate.of(year, Month.MARCH, 1)
                .with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.SUNDAY)).atTime(2, 0);
        // the end is given in summer time, one hour ahead of the standard time compared here
        LocalDateTime end = LocalDate.of(year, Month.NOVEMBER, 1)
                .with(TemporalAdjusters.firstInMonth(DayOfWeek.SUNDAY)).atTime(2, 0).minusMinutes(SHIFT_MINUTES);
        return !standardTime.isBefore(start) && standardTime.isBefore(end);
    }

    public String render() {
        return "clock summer-time " + name + " recurring";
    }
}
