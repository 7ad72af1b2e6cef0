package id.pilar.core.api.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** 23:30 UTC on 1 December is already 06:30 on 2 December in Jakarta: the date a clerk sees. */
class JakartaTimeTest {

    private static final Instant LATE_EVENING_UTC = Instant.parse("2026-12-01T23:30:00Z");
    private Clock before;
    private TimeZone zoneBefore;

    @BeforeEach
    void pinClockAndPcZone() {
        zoneBefore = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("UTC")); // an office PC left on UTC
        before = JakartaTime.useClock(Clock.fixed(LATE_EVENING_UTC, ZoneOffset.UTC));
    }

    @AfterEach
    void restore() {
        JakartaTime.useClock(before);
        TimeZone.setDefault(zoneBefore);
    }

    @Test
    void todayIsTheJakartaDate() {
        // What the old code used, LocalDate.now() on a PC left on UTC, at the same instant:
        assertThat(LocalDate.now(Clock.fixed(LATE_EVENING_UTC, TimeZone.getDefault().toZoneId()))).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(JakartaTime.today()).isEqualTo(LocalDate.of(2026, 12, 2));
    }

    @Test
    void fileNamesCarryJakartaTime() {
        assertThat(JakartaTime.fileStamp()).isEqualTo("20261202-063000");
    }

    @Test
    void instantsStayUtc() {
        assertThat(JakartaTime.now()).isEqualTo(LATE_EVENING_UTC);
        assertThat(JakartaTime.dateOf(JakartaTime.now())).isEqualTo(LocalDate.of(2026, 12, 2));
    }
}
