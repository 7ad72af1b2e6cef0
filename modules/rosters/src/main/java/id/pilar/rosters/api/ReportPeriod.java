package id.pilar.rosters.api;

import java.time.LocalDate;

/** An inclusive date range of a report. */
public record ReportPeriod(LocalDate from, LocalDate to) {

    public ReportPeriod {
        if (to.isBefore(from)) {
            throw new RostersException("Akhir periode sebelum awal periode.");
        }
    }

    public static ReportPeriod year(int year) {
        return new ReportPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }
}
