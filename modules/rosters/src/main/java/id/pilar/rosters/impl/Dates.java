package id.pilar.rosters.impl;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Dates in service messages as the office writes them, 21/06/2026. */
final class Dates {

    private static final DateTimeFormatter SHOW = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private Dates() {
    }

    static String show(LocalDate d) {
        return d == null ? "-" : SHOW.format(d);
    }
}
