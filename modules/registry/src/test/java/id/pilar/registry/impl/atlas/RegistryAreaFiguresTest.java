package id.pilar.registry.impl.atlas;

import static org.assertj.core.api.Assertions.assertThat;

import id.pilar.core.spi.area.AreaFigure;
import id.pilar.core.spi.area.AreaPeriod;
import id.pilar.testkit.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The registry's atlas figures (issue 15 item 7): the one-pass PPKS count gives what the two
 * {@code COUNT(DISTINCT)} aggregates it replaced gave, on the V6 indexes.
 */
class RegistryAreaFiguresTest {

    private static final String X = "31.71.01.1001";
    private static final String Y = "31.71.01.1002";
    private static final LocalDate DAY = LocalDate.of(2026, 11, 30);

    /** The queries before registry V6, kept here as the reference. */
    private static final String FROM = " FROM reg_person p JOIN reg_person_kategori k ON k.person_id = p.id"
            + " JOIN ref_kategori_kesos r ON r.kode = k.kode_kategori AND r.jenis <> 'PSKS'"
            + " WHERE p.status = 'AKTIF' AND p.kode_kelurahan IS NOT NULL"
            + " AND (k.mulai IS NULL OR k.mulai <= ?) AND (k.selesai IS NULL OR k.selesai > ?)";
    private static final String BY_CATEGORY = "SELECT p.kode_kelurahan, k.kode_kategori, COUNT(DISTINCT p.id)" + FROM
            + " GROUP BY p.kode_kelurahan, k.kode_kategori";
    private static final String TOTAL = "SELECT p.kode_kelurahan, NULL, COUNT(DISTINCT p.id)" + FROM + " GROUP BY p.kode_kelurahan";

    static TestDatabase db;

    @BeforeAll
    static void open() {
        db = TestDatabase.create();
        db.transactions().jdbc(c -> {
            person(c, "a", X, "AKTIF");
            category(c, "a", "PPKS-24", null, null);
            category(c, "a", "PPKS-08", "2026-01-01", null);
            person(c, "b", X, "AKTIF");            // the same category recorded twice: counts once
            category(c, "b", "PPKS-24", "2025-01-01", null);
            category(c, "b", "PPKS-24", "2026-06-01", "2026-12-31");
            person(c, "c", X, "AKTIF");            // a resource, not a need
            category(c, "c", "PSKS-02", null, null);
            person(c, "d", X, "GANDA");            // merged into another record
            category(c, "d", "PPKS-24", null, null);
            person(c, "e", Y, "AKTIF");            // ended on the day, begins after it
            category(c, "e", "PPKS-24", "2020-01-01", DAY.toString());
            category(c, "e", "PPKS-08", DAY.plusDays(1).toString(), null);
            person(c, "f", Y, "AKTIF");
            category(c, "f", "PPKS-09", DAY.toString(), null);
            person(c, "g", null, "AKTIF");         // no kelurahan: not on the map
            category(c, "g", "PPKS-12", null, null);
            return null;
        });
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void peopleInNeedCountOncePerCategoryAndOnceInTheTotal() {
        List<AreaFigure> figures = ppks(new RegistryAreaFigures(db.transactions()).figures(AreaPeriod.daysEndingOn(DAY, 30)));
        assertThat(figures).containsExactlyInAnyOrder(
                new AreaFigure(X, RegistryAreaFigures.PPKS_PEOPLE, "PPKS-24", 2),
                new AreaFigure(X, RegistryAreaFigures.PPKS_PEOPLE, "PPKS-08", 1),
                new AreaFigure(X, RegistryAreaFigures.PPKS_PEOPLE, null, 2),
                new AreaFigure(Y, RegistryAreaFigures.PPKS_PEOPLE, "PPKS-09", 1),
                new AreaFigure(Y, RegistryAreaFigures.PPKS_PEOPLE, null, 1));
    }

    @Test
    void theOnePassGivesWhatTheTwoAggregatesGave() {
        for (LocalDate day : List.of(DAY.minusYears(1), DAY.minusDays(200), DAY, DAY.plusDays(1), DAY.plusDays(40))) {
            Set<AreaFigure> expected = new HashSet<>(db.transactions().query(c -> {
                List<AreaFigure> out = new java.util.ArrayList<>();
                reference(c, BY_CATEGORY, day, out);
                reference(c, TOTAL, day, out);
                return out;
            }));
            assertThat(new HashSet<>(ppks(new RegistryAreaFigures(db.transactions()).figures(AreaPeriod.daysEndingOn(day, 30)))))
                    .as("as of %s", day).isEqualTo(expected);
        }
    }

    @Test
    void theCountsReadTheirCoveringIndexes() {
        List<String> plan = db.transactions().query(c -> {
            List<String> lines = new java.util.ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("EXPLAIN QUERY PLAN " + RegistryAreaFigures.PPKS_ROWS)) {
                ps.setString(1, DAY.toString());
                ps.setString(2, DAY.toString());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        lines.add(rs.getString(4));
                    }
                }
            }
            return lines;
        });
        assertThat(String.join("\n", plan)).contains("COVERING INDEX ix_reg_person_kategori_atlas")
                .contains("COVERING INDEX ix_reg_person_atlas").doesNotContain("TEMP B-TREE");
    }

    private static List<AreaFigure> ppks(List<AreaFigure> figures) {
        return figures.stream().filter(f -> f.indicator().equals(RegistryAreaFigures.PPKS_PEOPLE)).toList();
    }

    private static void reference(Connection c, String sql, LocalDate day, List<AreaFigure> out) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, day.toString());
            ps.setString(2, day.toString());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new AreaFigure(rs.getString(1), RegistryAreaFigures.PPKS_PEOPLE, rs.getString(2), rs.getDouble(3)));
                }
            }
        }
    }

    private static void person(Connection c, String id, String kelurahan, String status) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO reg_person (id, version, created_at, created_by, updated_at,"
                + " updated_by, nomor_registri, nama, nama_kanonik, kode_kelurahan, tanpa_alamat, status)"
                + " VALUES (?, 0, '2026-01-01T00:00:00Z', 'test', '2026-01-01T00:00:00Z', 'test', ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, id);
            ps.setString(2, "REG-2026-" + id);
            ps.setString(3, "Orang " + id);
            ps.setString(4, "orang " + id);
            ps.setString(5, kelurahan);
            ps.setInt(6, kelurahan == null ? 1 : 0);
            ps.setString(7, status);
            ps.executeUpdate();
        }
    }

    private static int categories;

    private static void category(Connection c, String person, String kode, String mulai, String selesai) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO reg_person_kategori (id, version, created_at, created_by,"
                + " updated_at, updated_by, person_id, kode_kategori, mulai, selesai)"
                + " VALUES (?, 0, '2026-01-01T00:00:00Z', 'test', '2026-01-01T00:00:00Z', 'test', ?, ?, ?, ?)")) {
            ps.setString(1, "k" + (++categories));
            ps.setString(2, person);
            ps.setString(3, kode);
            ps.setString(4, mulai);
            ps.setString(5, selesai);
            ps.executeUpdate();
        }
    }
}
