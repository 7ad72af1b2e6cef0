package id.pilar.rosters.api;

import java.time.LocalDate;
import org.openide.util.NbBundle.Messages;

/** An inclusive date range of a report. */
@Messages({
    "ERR_PeriodReversed=Akhir periode sebelum awal periode."
})
public record ReportPeriod(LocalDate from, LocalDate to) {

    public ReportPeriod {
        if (to.isBefore(from)) {
            throw new RostersException("ERR_PeriodReversed", Bundle.ERR_PeriodReversed());
        }
    }

    public static ReportPeriod year(int year) {
        return new ReportPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }
}
