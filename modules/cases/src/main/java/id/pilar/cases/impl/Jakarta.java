package id.pilar.cases.impl;

import java.time.LocalDate;
import java.time.ZoneId;

/** The office's calendar: "today" and "overdue" are Jakarta dates. */
final class Jakarta {

    static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");

    private Jakarta() {
    }

    static LocalDate today() {
        return LocalDate.now(ZONE);
    }
}
