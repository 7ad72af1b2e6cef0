package id.pilar.cases.impl.atlas;

import id.pilar.cases.api.CasesPermissions;
import id.pilar.core.api.security.AccessControl;
import id.pilar.core.persistence.Transactions;
import id.pilar.core.spi.area.AreaFigure;
import id.pilar.core.spi.area.AreaIndicator;
import id.pilar.core.spi.area.AreaIndicatorSource;
import id.pilar.core.spi.area.AreaPeriod;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
     * New: opened in the period. Both counted in one pass over {@code ix_case_file_atlas} (cases
     * V6, covering, in the GROUP BY's order: nothing sorted, no case row read); a kelurahan's total
     * is the sum of its groups, the group without a category included.
     */
    private static final String COUNTS = "SELECT kode_kelurahan, kategori_kode,"
            + " SUM(CASE WHEN tanggal_buka <= ? AND (tanggal_tutup IS NULL OR tanggal_tutup > ?) THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN tanggal_buka >= ? AND tanggal_buka < ? THEN 1 ELSE 0 END)"
            + " FROM case_file WHERE kode_kelurahan IS NOT NULL GROUP BY kode_kelurahan, kategori_kode";

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
            Map<String, long[]> totals = new TreeMap<>();
            try (PreparedStatement ps = c.prepareStatement(COUNTS)) {
                ps.setString(1, day);
                ps.setString(2, day);
                ps.setString(3, from);
                ps.setString(4, to);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String kelurahan = rs.getString(1);
                        String kategori = rs.getString(2);
                        long open = rs.getLong(3);
                        long opened = rs.getLong(4);
                        long[] t = totals.computeIfAbsent(kelurahan, k -> new long[2]);
                        t[0] += open;
                        t[1] += opened;
                        if (kategori != null) {
                            addIfAny(out, kelurahan, OPEN, kategori, open);
                            addIfAny(out, kelurahan, NEW, kategori, opened);
                        }
                    }
                }
            }
            totals.forEach((kelurahan, t) -> {
                addIfAny(out, kelurahan, OPEN, null, t[0]);
                addIfAny(out, kelurahan, NEW, null, t[1]);
            });
            return out;
        });
    }

    /** Like the aggregate queries before, a kelurahan or category without a case gives no figure. */
    private static void addIfAny(List<AreaFigure> out, String kelurahan, String indicator, String kategori, long n) {
        if (n > 0) {
            out.add(new AreaFigure(kelurahan, indicator, kategori, n));
        }
    }
}
