package id.pilar.cases.impl.atlas;

import static org.assertj.core.api.Assertions.assertThat;

import id.pilar.core.spi.area.AreaFigure;
import id.pilar.core.spi.area.AreaPeriod;
import id.pilar.testkit.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The case files' atlas figures (issue 15 item 7): the one scan over the V6 index gives what the
 * four aggregate queries it replaced gave (open and new, per category and in total).
 */
class CasesAreaFiguresTest {

    private static final String X = "31.71.01.1001";
    private static final String Y = "31.71.02.1001";
    private static final LocalDate DAY = LocalDate.of(2026, 11, 30);

    private static final String OPEN = " FROM case_file WHERE tanggal_buka <= ? AND (tanggal_tutup IS NULL OR tanggal_tutup > ?)";
    private static final String NEW = " FROM case_file WHERE tanggal_buka >= ? AND tanggal_buka < ?";

    static TestDatabase db;

    @BeforeAll
    static void open() {
        db = TestDatabase.create();
        db.transactions().jdbc(c -> {
            file(c, X, "PPKS-24", "2026-01-10", null);
            file(c, X, "PPKS-24", "2026-11-15", null);          // new in the period
            file(c, X, null, "2026-11-20", null);               // no category: in the totals only
            file(c, X, "PPKS-08", "2026-03-01", "2026-11-30");  // closed on the day
            file(c, Y, "PPKS-08", "2026-03-01", "2026-12-01");
            file(c, Y, "PPKS-11", "2026-12-05", null);          // after the day
            file(c, null, "PPKS-11", "2026-11-29", null);       // no kelurahan: not on the map
            return null;
        });
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void openAndNewCasesPerCategoryAndInTotal() {
        List<AreaFigure> f = new CasesAreaFigures(db.transactions()).figures(AreaPeriod.daysEndingOn(DAY, 30));
        assertThat(f).containsExactlyInAnyOrder(
                new AreaFigure(X, CasesAreaFigures.OPEN, "PPKS-24", 2), new AreaFigure(X, CasesAreaFigures.OPEN, null, 3),
                new AreaFigure(X, CasesAreaFigures.NEW, "PPKS-24", 1), new AreaFigure(X, CasesAreaFigures.NEW, null, 2),
                new AreaFigure(Y, CasesAreaFigures.OPEN, "PPKS-08", 1), new AreaFigure(Y, CasesAreaFigures.OPEN, null, 1));
    }

    @Test
    void theOneScanGivesWhatTheFourAggregatesGave() {
        for (LocalDate day : List.of(DAY.minusDays(300), DAY.minusDays(30), DAY, DAY.plusDays(10))) {
            AreaPeriod period = AreaPeriod.daysEndingOn(day, 30);
            String d = day.toString();
            String from = period.from().toString();
            String to = period.toExclusive().toString();
            List<AreaFigure> expected = db.transactions().query(c -> {
                List<AreaFigure> out = new ArrayList<>();
                reference(c, "SELECT kode_kelurahan, kategori_kode, COUNT(*)" + OPEN
                        + " AND kategori_kode IS NOT NULL GROUP BY kode_kelurahan, kategori_kode", CasesAreaFigures.OPEN, out, d, d);
                reference(c, "SELECT kode_kelurahan, NULL, COUNT(*)" + OPEN + " GROUP BY kode_kelurahan", CasesAreaFigures.OPEN, out, d, d);
                reference(c, "SELECT kode_kelurahan, kategori_kode, COUNT(*)" + NEW
                        + " AND kategori_kode IS NOT NULL GROUP BY kode_kelurahan, kategori_kode", CasesAreaFigures.NEW, out, from, to);
                reference(c, "SELECT kode_kelurahan, NULL, COUNT(*)" + NEW + " GROUP BY kode_kelurahan", CasesAreaFigures.NEW, out, from, to);
                return out;
            });
            assertThat(new HashSet<>(new CasesAreaFigures(db.transactions()).figures(period))).as("as of %s", day)
                    .isEqualTo(new HashSet<>(expected));
        }
    }

    private static void reference(Connection c, String sql, String indicator, List<AreaFigure> out, String a, String b)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, a);
            ps.setString(2, b);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (rs.getString(1) != null) {
                        out.add(new AreaFigure(rs.getString(1), indicator, rs.getString(2), rs.getDouble(3)));
                    }
                }
            }
        }
    }

    private static int files;

    private static void file(Connection c, String kelurahan, String kategori, String buka, String tutup) throws SQLException {
        int n = ++files;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO case_file (id, version, created_at, created_by, updated_at,"
                + " updated_by, nomor, tahun, status, sumber, kategori_kode, risiko, tanggal_buka, kode_kelurahan, tanggal_tutup)"
                + " VALUES (?, 0, '2026-01-01T00:00:00Z', 'test', '2026-01-01T00:00:00Z', 'test', ?, 2026, ?, 'LAINNYA', ?, 'RENDAH', ?, ?, ?)")) {
            ps.setString(1, "case-" + n);
            ps.setString(2, "KS-2026-" + n);
            ps.setString(3, tutup == null ? "ASESMEN" : "DITUTUP");
            ps.setString(4, kategori);
            ps.setString(5, buka);
            ps.setString(6, kelurahan);
            ps.setString(7, tutup);
            ps.executeUpdate();
        }
    }
}
