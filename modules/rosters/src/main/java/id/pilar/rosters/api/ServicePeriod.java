package id.pilar.rosters.api;

import java.time.LocalDate;
import java.time.Period;

/** An unbroken stretch of membership (across organisations); {@code to} is the as-of date while it runs. */
public record ServicePeriod(LocalDate from, LocalDate to, boolean running) {

    /** Whole years served in this period. */
    public int years() {
        return Period.between(from, to.plusDays(1)).getYears();
    }
}
