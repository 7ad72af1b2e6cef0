package id.pilar.registry.impl.dtsen;

import static org.assertj.core.api.Assertions.assertThat;

import id.pilar.registry.api.DtsenImportResult;
import id.pilar.testkit.TestDatabase;
import java.nio.charset.StandardCharsets;
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
 * The import's commit leaves SQLite's checkpoint for a background task: the rows are committed
 * (in the WAL) when the import returns, the database file receives them afterwards, and the
 * pooled connection checkpoints as usual again.
 */
class WalCheckpointTest {

    private static final String HEADER = "iddtks,nomor_kk,nomor_nik,nama,tanggal_lahir,tempat_lahir,jenis_kelamin,nama_ibu_kandung,"
            + "hubungan_keluarga,alamat,rt,rw,desa_kelurahan,kecamatan,desil,pkh,bpnt,pbi_jk";

    @TempDir
    Path dir;

    private static String row(String id, String nik, String name, String kelurahan, int desil, String pkh) {
        return id + ",3171010101200001," + nik + "," + name + ",17-08-1945,Jakarta,L,Siti,1,Jl. Kramat Raya,001,002,"
                + kelurahan + ",Gambir," + desil + "," + pkh + ",0,1";
    }

    @Test
    void aCommitWithoutCheckpointLeavesThePagesInTheWalUntilTheBackgroundCheckpoint() throws Exception {
        try (TestDatabase db = TestDatabase.create()) {
            long before = Files.size(db.file());
            int[] setting = new int[1];
            boolean[] deferred = new boolean[1];
            db.transactions().jdbc(c -> {
                try (Statement st = c.createStatement()) {
                    st.execute("CREATE TABLE wal_probe (b BLOB)");
                    // 8 MB: 2,000 pages, over SQLite's automatic checkpoint of 1,000.
                    st.execute("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000)"
                            + " INSERT INTO wal_probe SELECT randomblob(8192) FROM n");
                }
                deferred[0] = WalCheckpoint.commitWithoutCheckpoint(c);
                setting[0] = pragma(c, "wal_autocheckpoint");
                return null;
            });
            assertThat(deferred[0]).isTrue();
            assertThat(setting[0]).as("the pooled connection checkpoints as every other one again").isEqualTo(1000);
            assertThat(Files.size(db.file())).as("committed pages wait in the WAL").isLessThan(before + 4_000_000);
            try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + db.file())) {
                assertThat(pragmaQuery(other, "SELECT count(*) FROM wal_probe")).as("durable and visible to others").isEqualTo(1000);
            }
            WalCheckpoint.later(db.transactions()).waitFinished();
            assertThat(Files.size(db.file())).as("the checkpoint copied them into the database").isGreaterThan(before + 8_000_000);
        }
    }

    @Test
    void anImportReturnsCommittedAndItsCheckpointFollows() throws Exception {
        List<String> lines = new ArrayList<>(List.of(HEADER));
        for (int i = 0; i < 20_000; i++) {
            lines.add(row(String.format("DT%010d", i), String.format("317101170845%04d", i % 9999 + 1),
                    "Warga " + i, "Gambir", 1 + i % 10, "1"));
        }
        Path csv = dir.resolve("dtsen.csv");
        Files.write(csv, lines, StandardCharsets.UTF_8);
        try (TestDatabase db = TestDatabase.create()) {
            long before = Files.size(db.file());
            DtsenImportImpl importer = new DtsenImportImpl(db.transactions());
            DtsenImportResult r = importer.importFile(csv, null, dir.resolve("rejects.csv"), null, () -> false);
            assertThat(r.imported()).isEqualTo(20_000);
            try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + db.file())) {
                assertThat(pragmaQuery(other, "SELECT count(*) FROM dtsen_person")).isEqualTo(20_000);
            }
            importer.awaitCheckpoint();
            assertThat(Files.size(db.file())).as("the rows reached the database file").isGreaterThan(before + 1_000_000);
            for (int i = 0; i < 4; i++) {
                int setting = db.transactions().query(c -> pragma(c, "wal_autocheckpoint"));
                assertThat(setting).isEqualTo(1000);
            }
        }
    }

    private static int pragma(Connection c, String name) throws java.sql.SQLException {
        return pragmaQuery(c, "PRAGMA " + name);
    }

    private static int pragmaQuery(Connection c, String sql) throws java.sql.SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
