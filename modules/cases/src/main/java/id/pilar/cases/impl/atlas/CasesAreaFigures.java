package id.pilar.cases.impl.atlas;

import id.pilar.cases.api.CasesPermissions;
import id.pilar.core.api.security.AccessControl;
import id.pilar.core.persistence.Transactions;
import id.pilar.core.spi.area.AreaCounts;
import id.pilar.core.spi.area.AreaFigure;
import id.pilar.core.spi.area.AreaIndicator;
import id.pilar.core.spi.area.AreaIndicatorSource;
import id.pilar.core.spi.area.AreaPeriod;
import java.util.ArrayList;
import java.util.List;
import org.openide.util.NbBundle.Messages;
import org.openide.util.lookup.ServiceProvider;

/**
 * The case files' figures for the atlas, by the kelurahan the case is recorded in: cases open on
 * the period's last day and cases opened in the period, each per PPKS category and in total.
 */
@Messages({
    "IND_OpenCases=Kasus terbuka",
    "IND_NewCases=Kasus baru dalam periode"
})
@ServiceProvider(service = AreaIndicatorSource.class, position = 200)
public final class CasesAreaFigures implements AreaIndicatorSource {

    public static final String OPEN = "cases.open";
    public static final String NEW = "cases.new";

    /**
     * Open on a day: opened by then and not closed by then. Reopening clears the closing date, so
     * a reopened case counts as open since it was first opened (the file keeps no earlier gaps).
     */
    private static final String OPEN_WHERE = " FROM case_file WHERE tanggal_buka <= ?"
            + " AND (tanggal_tutup IS NULL OR tanggal_tutup > ?)";

    private static final String NEW_WHERE = " FROM case_file WHERE tanggal_buka >= ? AND tanggal_buka < ?";

    private final Transactions tx;

    public CasesAreaFigures() {
        this(Transactions.get());
    }

    public CasesAreaFigures(Transactions tx) {
        this.tx = tx;
    }

    @Override
    public String moduleId() {
        return "cases";
    }

    @Override
    public List<AreaIndicator> indicators() {
        return List.of(
                new AreaIndicator(OPEN, Bundle.IND_OpenCases(), 10_000, true, true, true),
                new AreaIndicator(NEW, Bundle.IND_NewCases(), 10_000, true, true, true));
    }

    @Override
    public List<AreaFigure> figures(AreaPeriod period) {
        AccessControl.get().require(CasesPermissions.READ);
        String day = period.asOf().toString();
        String from = period.from().toString();
        String to = period.toExclusive().toString();
        return tx.query(c -> {
            List<AreaFigure> out = new ArrayList<>();
            AreaCounts.collect(c, byCategory(OPEN_WHERE), OPEN, true, out, day, day);
            AreaCounts.collect(c, total(OPEN_WHERE), OPEN, false, out, day, day);
            AreaCounts.collect(c, byCategory(NEW_WHERE), NEW, true, out, from, to);
            AreaCounts.collect(c, total(NEW_WHERE), NEW, false, out, from, to);
            return out;
        });
    }

    private static String byCategory(String where) {
        return "SELECT kode_kelurahan, kategori_kode, COUNT(*)" + where
                + " AND kategori_kode IS NOT NULL GROUP BY kode_kelurahan, kategori_kode";
    }

    private static String total(String where) {
        return "SELECT kode_kelurahan, COUNT(*)" + where + " GROUP BY kode_kelurahan";
    }
}
