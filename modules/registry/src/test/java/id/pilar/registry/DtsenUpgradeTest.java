package id.pilar.registry;

import static org.assertj.core.api.Assertions.assertThat;

import id.pilar.registry.api.DtsenImportResult;
import id.pilar.registry.impl.dtsen.DtsenImportImpl;
import id.pilar.testkit.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database written by the first release (registry schema version 2: DTSEN rows pointing at
 * their import by UUID) opens in this one without loss: rows keep their first and last import,
 * the change history keeps naming the import whose values it holds, and the next import records
 * history against the right import.
 */
class DtsenUpgradeTest {

    private static final String IMPORT_1 = "01900000-0000-7000-8000-000000000001";
    private static final String IMPORT_2 = "01900000-0000-7000-8000-000000000002";

    @TempDir
    Path dir;

    @Test
    void version2DatabaseUpgradesWithoutLoss() throws Exception {
        Path file = dir.resolve("pilar-test.db"); // the name TestDatabase.at opens
        writeReleaseOneDatabase(file);

        try (TestDatabase db = TestDatabase.at(dir)) {
            List<String> rows = query(db, "SELECT p.iddtks || ':' || a.id || ':' || b.id FROM dtsen_person p"
                    + " JOIN dtsen_impor a ON a.nomor = p.impor_pertama JOIN dtsen_impor b ON b.nomor = p.impor_terakhir ORDER BY 1");
            assertThat(rows).containsExactly("DT1:" + IMPORT_1 + ":" + IMPORT_2, "DT2:" + IMPORT_2 + ":" + IMPORT_2);
            assertThat(query(db, "SELECT nomor || ':' || id FROM dtsen_impor ORDER BY nomor"))
                    .containsExactly("1:" + IMPORT_1, "2:" + IMPORT_2); // numbered in the order they ran
            assertThat(query(db, "SELECT iddtks || ':' || impor_id || ':' || desil FROM dtsen_riwayat"))
                    .containsExactly("DT1:" + IMPORT_1 + ":3");

            // The next import changes DT1's desil: the history names import 2, whose values they were.
            Path csv = dir.resolve("dtsen-3.csv");
            Files.writeString(csv, DtsenImportTest.HEADER + "\n" + DtsenImportTest.row("DT1", "3171011708450001", "Budi Santoso",
                    "Gambir", 1, "1") + "\n");
            DtsenImportResult r = new DtsenImportImpl(db.transactions()).importFile(csv, null, null, null, () -> false);
            assertThat(r.updated()).isEqualTo(1);
            assertThat(query(db, "SELECT impor_id || ':' || desil FROM dtsen_riwayat WHERE iddtks = 'DT1' ORDER BY desil"))
                    .containsExactly(IMPORT_2 + ":2", IMPORT_1 + ":3");
        }
    }

    /** The first release's schema through its own migration scripts, then its kind of data. */
    private static void writeReleaseOneDatabase(Path file) throws Exception {
        String url = EarlierSchema.build(file, "2");
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            for (String id : List.of(IMPORT_1, IMPORT_2)) {
                String at = id.equals(IMPORT_1) ? "2026-01-05T03:00:00Z" : "2026-06-05T03:00:00Z";
                st.execute("INSERT INTO dtsen_impor (id, version, created_at, created_by, updated_at, updated_by, nama_file, tanggal,"
                        + " jumlah_baru, jumlah_ubah, jumlah_tolak) VALUES ('" + id + "', 0, '" + at + "', 'admin', '" + at
                        + "', 'admin', 'dtsen.csv', '" + at.substring(0, 10) + "', 1, 1, 0)");
            }
            st.execute("INSERT INTO dtsen_person (iddtks, nik, nomor_kk, nama, tanggal_lahir, kode_kelurahan, desil, pkh, bpnt, pbi_jk,"
                    + " impor_pertama, impor_terakhir) VALUES ('DT1', '3171011708450001', '3171010101200001', 'Budi Santoso', '1945-08-17',"
                    + " '31.71.01.1001', 3, 1, 0, 1, '" + IMPORT_1 + "', '" + IMPORT_1 + "')");
            // Import 2 changed DT1 (the trigger keeps the old values) and added DT2.
            st.execute("UPDATE dtsen_person SET desil = 2, impor_terakhir = '" + IMPORT_2 + "' WHERE iddtks = 'DT1'");
            st.execute("INSERT INTO dtsen_person (iddtks, nik, nomor_kk, nama, tanggal_lahir, kode_kelurahan, desil, pkh, bpnt, pbi_jk,"
                    + " impor_pertama, impor_terakhir) VALUES ('DT2', '3171015508500002', '3171010101200001', 'Siti Aminah', '1950-08-15',"
                    + " '31.71.01.1001', 2, 1, 0, 1, '" + IMPORT_2 + "', '" + IMPORT_2 + "')");
        }
    }

    private static List<String> query(TestDatabase db, String sql) {
        return db.transactions().jdbc(c -> {
            List<String> out = new ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
    }
}
