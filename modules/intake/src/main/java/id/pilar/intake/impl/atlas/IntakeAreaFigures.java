package id.pilar.intake.impl.atlas;

import id.pilar.core.api.security.AccessControl;
import id.pilar.core.persistence.Transactions;
import id.pilar.core.spi.area.AreaCounts;
import id.pilar.core.spi.area.AreaFigure;
import id.pilar.core.spi.area.AreaIndicator;
import id.pilar.core.spi.area.AreaIndicatorSource;
import id.pilar.core.spi.area.AreaPeriod;
import id.pilar.intake.api.IntakePermissions;
import java.util.ArrayList;
import java.util.List;
import org.openide.util.NbBundle.Messages;
import org.openide.util.lookup.ServiceProvider;

/**
 * Intake's figures for the atlas: public reports of the last 30 and 90 days up to the period's
 * last day (duplicates left out), per category and in total, and the early-warning alerts of the
 * weeks that begin in the period, placed in the kelurahan itself or in the hotspot's kelurahan.
 */
@Messages({
    "IND_Reports30=Laporan masyarakat 30 hari terakhir",
    "IND_Reports90=Laporan masyarakat 90 hari terakhir",
    "IND_Alerts=Peringatan dini dalam periode"
})
@ServiceProvider(service = AreaIndicatorSource.class, position = 300)
public final class IntakeAreaFigures implements AreaIndicatorSource {

    public static final String REPORTS_30 = "intake.reports_30";
    public static final String REPORTS_90 = "intake.reports_90";
    public static final String ALERTS = "intake.alerts";

    private static final String REPORT_WHERE = " FROM intake_report WHERE tanggal >= ? AND tanggal <= ? AND status <> 'DUPLIKAT'";

    private static final String REPORTS_BY_CATEGORY = "SELECT kode_kelurahan, kategori_kode, COUNT(*)" + REPORT_WHERE
            + " GROUP BY kode_kelurahan, kategori_kode";

    private static final String REPORTS_TOTAL = "SELECT kode_kelurahan, COUNT(*)" + REPORT_WHERE + " GROUP BY kode_kelurahan";

    private static final String ALERTS_SQL = "SELECT CASE WHEN a.tingkat = 'KELURAHAN' THEN a.tempat_kode ELSE h.kode_kelurahan END AS kel,"
            + " COUNT(*) FROM intake_alert a LEFT JOIN intake_hotspot h ON a.tingkat = 'TITIK' AND h.id = a.tempat_kode"
            + " WHERE a.minggu >= ? AND a.minggu < ? GROUP BY kel";

    private final Transactions tx;

    public IntakeAreaFigures() {
        this(Transactions.get());
    }

    public IntakeAreaFigures(Transactions tx) {
        this.tx = tx;
    }

    @Override
    public String moduleId() {
        return "intake";
    }

    @Override
    public List<AreaIndicator> indicators() {
        return List.of(
                new AreaIndicator(REPORTS_30, Bundle.IND_Reports30(), 10_000, true, true, true),
                new AreaIndicator(REPORTS_90, Bundle.IND_Reports90(), 10_000, true, true, false),
                new AreaIndicator(ALERTS, Bundle.IND_Alerts(), 0, true, false, true));
    }

    @Override
    public List<AreaFigure> figures(AreaPeriod period) {
        AccessControl.get().require(IntakePermissions.READ);
        String last = period.asOf().toString();
        String from30 = period.asOf().minusDays(29).toString();
        String from90 = period.asOf().minusDays(89).toString();
        String from = period.from().toString();
        String to = period.toExclusive().toString();
        return tx.query(c -> {
            List<AreaFigure> out = new ArrayList<>();
            AreaCounts.collect(c, REPORTS_BY_CATEGORY, REPORTS_30, true, out, from30, last);
            AreaCounts.collect(c, REPORTS_TOTAL, REPORTS_30, false, out, from30, last);
            AreaCounts.collect(c, REPORTS_BY_CATEGORY, REPORTS_90, true, out, from90, last);
            AreaCounts.collect(c, REPORTS_TOTAL, REPORTS_90, false, out, from90, last);
            AreaCounts.collect(c, ALERTS_SQL, ALERTS, false, out, from, to);
            return out;
        });
    }
}
