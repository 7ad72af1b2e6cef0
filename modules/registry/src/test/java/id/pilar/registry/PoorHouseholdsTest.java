package id.pilar.registry;

import static org.assertj.core.api.Assertions.assertThat;

import id.pilar.core.spi.area.AreaFigure;
import id.pilar.core.spi.area.AreaPeriod;
import id.pilar.registry.impl.atlas.RegistryAreaFigures;
import id.pilar.registry.impl.dtsen.DtsenImportImpl;
import id.pilar.testkit.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The atlas's DTSEN figure, households with a decile 1–4 per kelurahan, is kept by the import in
 * {@code dtsen_kelurahan_miskin} (registry V8) and must always equal the count from the rows
 * themselves, as the atlas read it through its partial index before: after a bulk import (the
 * reading thread's count), a re-import and a file that holds an iddtks twice (counted again from
 * the table), and after an upgrade of a database that holds rows already.
 */
class PoorHouseholdsTest {

    /** The figure from the rows, as the atlas's query read it before registry V8. */
    private static final String FROM_ROWS = "SELECT kode_kelurahan, COUNT(DISTINCT COALESCE(nomor_kk, iddtks)) FROM dtsen_person"
            + " WHERE desil BETWEEN 1 AND 4 AND kode_kelurahan IS NOT NULL GROUP BY kode_kelurahan";
    private static final String GAMBIR = "31.71.01.1001";
    private static final String HARAPAN_MULYA = "31.71.03.1003";

    @TempDir
    Path dir;

    @Test
    void aBulkImportCountsEachHouseholdOnceAndAPersonWithoutKkAlone() throws Exception {
        try (TestDatabase db = TestDatabase.create()) {
            importFile(db, "first.csv",
                    row("A1", "3171010101200011", "3171011708450001", "Gambir", 2),
                    row("A2", "3171010101200011", "3171011708450002", "Gambir", 2),   // same KK: one household
                    row("A3", "3171010101200012", "3171011708450003", "Gambir", 4),
                    row("A4", "3171010101200013", "3171011708450004", "Gambir", 5),   // decile 5: not poor
                    row("A5", "", "3171011708450005", "Harapan Mulya", 1),             // no KK: counts alone
                    row("A6", "", "3171011708450006", "Harapan Mulya", 1),
                    row("A7", "3171010101200011", "3171011708450007", "Harapan Mulya", 3)); // the same KK elsewhere counts there too

            assertThat(table(db)).isEqualTo(Map.of(GAMBIR, 2L, HARAPAN_MULYA, 3L)).isEqualTo(fromRows(db));
            List<AreaFigure> atlas = new RegistryAreaFigures(db.transactions()).figures(AreaPeriod.daysEndingOn(LocalDate.of(2026, 11, 30), 30))
                    .stream().filter(f -> f.indicator().equals(RegistryAreaFigures.DTSEN_POOR)).toList();
            assertThat(atlas).containsExactlyInAnyOrder(new AreaFigure(GAMBIR, RegistryAreaFigures.DTSEN_POOR, null, 2),
                    new AreaFigure(HARAPAN_MULYA, RegistryAreaFigures.DTSEN_POOR, null, 3));
        }
    }

    @Test
    void aReImportAndAFileWithAnIddtksTwiceAreCountedFromTheTable() throws Exception {
        try (TestDatabase db = TestDatabase.create()) {
            importFile(db, "first.csv",
                    row("B1", "3171010101200021", "3171011708450001", "Gambir", 2),
                    row("B2", "3171010101200022", "3171011708450002", "Gambir", 3));
            // Next month's extract: B1 is better off, B3 is new.
            importFile(db, "second.csv",
                    row("B1", "3171010101200021", "3171011708450001", "Gambir", 6),
                    row("B3", "3171010101200023", "3171011708450003", "Harapan Mulya", 1));
            assertThat(table(db)).isEqualTo(Map.of(GAMBIR, 1L, HARAPAN_MULYA, 1L)).isEqualTo(fromRows(db));

            db.transactions().jdbc(c -> {
                try (Statement st = c.createStatement()) {
                    st.execute("DELETE FROM dtsen_riwayat");
                    st.execute("DELETE FROM dtsen_person");
                }
                return null;
            });
            // Into an empty table, the same iddtks twice: the later row wins, in another kelurahan.
            importFile(db, "twice.csv",
                    row("C1", "3171010101200031", "3171011708450001", "Gambir", 2),
                    row("C2", "3171010101200032", "3171011708450002", "Gambir", 2),
                    row("C1", "3171010101200031", "3171011708450001", "Harapan Mulya", 2));
            assertThat(table(db)).isEqualTo(Map.of(GAMBIR, 1L, HARAPAN_MULYA, 1L)).isEqualTo(fromRows(db));
        }
    }

    @Test
    void aVersion7DatabaseGetsTheFigureOfTheRowsItHolds() throws Exception {
        Path file = dir.resolve("pilar-test.db"); // the name TestDatabase.at opens
        String url = EarlierSchema.build(file, "7");
        try (Connection c = DriverManager.getConnection(url)) {
            try (Statement st = c.createStatement()) {
                st.execute("INSERT INTO dtsen_impor (id, nomor, version, created_at, created_by, updated_at, updated_by, nama_file,"
                        + " tanggal, jumlah_baru, jumlah_ubah, jumlah_tolak) VALUES ('i1', 1, 0, '2026-11-01T00:00:00Z', 'admin',"
                        + " '2026-11-01T00:00:00Z', 'admin', 'dtsen.csv', '2026-11-01', 4, 0, 0)");
            }
            dtsenRow(c, "V1", "3171010101200041", GAMBIR, 1);
            dtsenRow(c, "V2", "3171010101200041", GAMBIR, 1);
            dtsenRow(c, "V3", null, GAMBIR, 4);
            dtsenRow(c, "V4", "3171010101200042", HARAPAN_MULYA, 9);
        }
        try (TestDatabase db = TestDatabase.at(dir)) {
            assertThat(table(db)).isEqualTo(Map.of(GAMBIR, 2L)).isEqualTo(fromRows(db));
            assertThat(value(db, "SELECT count(*) FROM sqlite_master WHERE name = 'ix_dtsen_person_atlas'")).isZero();
            assertThat(value(db, "SELECT count(*) FROM dtsen_person")).isEqualTo(4);
        }
    }

    private static void dtsenRow(Connection c, String id, String kk, String kelurahan, int desil) throws Exception {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO dtsen_person (iddtks, nomor_kk, nama, kode_kelurahan, desil,"
                + " pkh, bpnt, pbi_jk, impor_pertama, impor_terakhir) VALUES (?, ?, 'Orang', ?, ?, 0, 0, 0, 1, 1)")) {
            ps.setString(1, id);
            ps.setString(2, kk);
            ps.setString(3, kelurahan);
            ps.setInt(4, desil);
            ps.executeUpdate();
        }
    }

    private void importFile(TestDatabase db, String name, String... rows) throws Exception {
        Path csv = dir.resolve(name);
        Files.writeString(csv, DtsenImportTest.HEADER + "\r\n" + String.join("\r\n", rows) + "\r\n", StandardCharsets.UTF_8);
        var r = new DtsenImportImpl(db.transactions()).importFile(csv, null, null, null, () -> false);
        assertThat(r.rejected()).as(name + " rejects").isZero();
    }

    /** A row of {@link DtsenImportTest}'s shape with its own KK (empty: none). */
    private static String row(String id, String kk, String nik, String kelurahan, int desil) {
        return DtsenImportTest.row(id, nik, "Orang " + id, kelurahan, desil, "1").replace(id + ",3171010101200001,", id + "," + kk + ",");
    }

    private static Map<String, Long> table(TestDatabase db) {
        return counts(db, "SELECT kode_kelurahan, jumlah_kk FROM dtsen_kelurahan_miskin");
    }

    private static Map<String, Long> fromRows(TestDatabase db) {
        return counts(db, FROM_ROWS);
    }

    private static Map<String, Long> counts(TestDatabase db, String sql) {
        return db.transactions().jdbc(c -> {
            Map<String, Long> out = new TreeMap<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getLong(2));
                }
            }
            return out;
        });
    }

    private static long value(TestDatabase db, String sql) {
        return db.transactions().jdbc(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }
}
