package id.pilar.intake.impl;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;

/** Dates as the office lives them: Asia/Jakarta, weeks from Monday to Sunday. */
public final class Jakarta {

    public static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");

    private Jakarta() {
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    public static LocalDate date(Instant i) {
        return i.atZone(ZONE).toLocalDate();
    }

    public static LocalDate monday(LocalDate d) {
        return d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
