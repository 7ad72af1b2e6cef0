package id.pilar.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pilar.registry.api.DtsenFilePreview;
import id.pilar.registry.api.DtsenImportResult;
import id.pilar.registry.impl.dtsen.DtsenImportImpl;
import id.pilar.testkit.TestDatabase;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DtsenImportTest {

    static TestDatabase db;
    static DtsenImportImpl importer;

    @TempDir
    Path dir;

    static final String HEADER = "iddtks,nomor_kk,nomor_nik,nama,tanggal_lahir,tempat_lahir,jenis_kelamin,nama_ibu_kandung,"
            + "hubungan_keluarga,alamat,rt,rw,desa_kelurahan,kecamatan,desil,pkh,bpnt,pbi_jk";

    @BeforeAll
    static void open() {
        db = TestDatabase.create();
        importer = new DtsenImportImpl(db.transactions());
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @BeforeEach
    void empty() {
        db.transactions().jdbc(c -> {
            try (Statement st = c.createStatement()) {
                st.execute("DELETE FROM dtsen_person");
                st.execute("DELETE FROM dtsen_riwayat");
                st.execute("DELETE FROM dtsen_impor");
            }
            return null;
        });
    }

    static String row(String id, String nik, String name, String kelurahan, int desil, String pkh) {
        return id + ",3171010101200001," + nik + "," + name + ",17-08-1945,Jakarta,L,Siti,1,Jl. Kramat Raya,001,002,"
                + kelurahan + ",Gambir," + desil + "," + pkh + ",0,1";
    }

    private Path write(String name, Charset cs, boolean bom, String... lines) throws IOException {
        Path p = dir.resolve(name);
        byte[] body = (String.join("\r\n", lines) + "\r\n").getBytes(cs);
        byte[] all = body;
        if (bom) {
            all = new byte[body.length + 3];
            all[0] = (byte) 0xEF;
            all[1] = (byte) 0xBB;
            all[2] = (byte) 0xBF;
            System.arraycopy(body, 0, all, 3, body.length);
        }
        Files.write(p, all);
        return p;
    }

    /**
     * A bulk load drops the table's secondary indexes and builds them again from the catalogue's
     * own definitions: afterwards they are the migrations' indexes, exactly, and queries use them.
     */
    @Test
    void aBulkImportLeavesTheMigrationsIndexesAsTheyWere() throws Exception {
        String indexes = "SELECT group_concat(name || ': ' || sql, ' | ') FROM (SELECT name, sql FROM sqlite_master"
                + " WHERE type = 'index' AND tbl_name = 'dtsen_person' AND sql IS NOT NULL ORDER BY name)";
        String before = value(indexes);
        assertThat(before).contains("ix_dtsen_person_nik", "ix_dtsen_person_kk").doesNotContain("ix_dtsen_person_atlas");
        Path csv = write("indexes.csv", StandardCharsets.UTF_8, false, HEADER,
                row("X1", "3171011708450001", "Budi Santoso", "Gambir", 3, "1"));
        assertThat(importer.importFile(csv, null, null, null, () -> false).imported()).isEqualTo(1);

        assertThat(value(indexes)).isEqualTo(before);
        assertThat(plan("SELECT iddtks FROM dtsen_person WHERE nik = '3171011708450001'")).contains("ix_dtsen_person_nik");
        assertThat(plan("SELECT iddtks FROM dtsen_person WHERE nomor_kk = '3171010101200001'")).contains("ix_dtsen_person_kk");
    }

    private static String plan(String sql) {
        return db.transactions().jdbc(c -> {
            StringBuilder b = new StringBuilder();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("EXPLAIN QUERY PLAN " + sql)) {
                while (rs.next()) {
                    b.append(rs.getString("detail")).append('\n');
                }
            }
            return b.toString();
        });
    }

    @Test
    void goodRowsImportAndEveryBadRowIsReportedWithLineAndReason() throws Exception {
        String big = "x".repeat(10 * 1024 * 1024);
        Path csv = write("dtsen.csv", StandardCharsets.UTF_8, true,
                HEADER,
                row("D1", "3171011708450001", "Budi Santoso", "Gambir", 3, "1"),
                row("D2", "3171015708450001", "Siti Aminah", "Harapan Mulya", 2, "Ya"),
                row("D3", "", "Tanpa NIK", "Rawa Sari", 5, "0"),
                row("D4", "9971011708450001", "Provinsi Salah", "Gambir", 1, "1"),
                row("D5", "3171013002001234", "Tanggal Salah", "Gambir", 1, "1"),
                row("D6", "3171011708450002", "Kelurahan Asing", "Kebayoran", 1, "1"),
                row("D7", "3171011708450003", "Terlalu Banyak", "Gambir", 1, "1") + ",extra",
                "D8,3171010101200001",
                row("D9", "3171011708450004", "Desil Salah", "Gambir", 11, "1"),
                row("D10", "3171011708450005", "\"Kutip Terbuka", "Gambir", 1, "1"),
                row("D11", "3171011708450006", big, "Gambir", 1, "1"),
                row("D12", "3171012902001234", "Kabisat, Ahmad", "Gambir", 4, "1").replace("Kabisat, Ahmad", "\"Kabisat, Ahmad\""));
        DtsenImportResult r = importer.importFile(csv, null, null, null, () -> false);

        assertThat(r.summaryLine()).isEqualTo("imported 4, updated 0, rejected 8");
        List<String> report = Files.readAllLines(r.rejectReport());
        assertThat(r.rejectReport()).isEqualTo(dir.resolve("dtsen.csv.rejects.csv"));
        assertThat(report.get(0)).isEqualTo("baris,alasan,isi_baris");
        assertThat(report).anySatisfy(l -> assertThat(l).startsWith("5,").contains("provinsi"));
        assertThat(report).anySatisfy(l -> assertThat(l).startsWith("6,").contains("Tanggal lahir dalam NIK"));
        assertThat(report).anySatisfy(l -> assertThat(l).startsWith("7,").contains("Kebayoran"));
        assertThat(report).anySatisfy(l -> assertThat(l).startsWith("8,").contains("Jumlah kolom 19, seharusnya 18"));
        assertThat(report).anySatisfy(l -> assertThat(l).startsWith("9,").contains("Jumlah kolom 2"));
        assertThat(report).anySatisfy(l -> assertThat(l).startsWith("10,").contains("Desil"));
        assertThat(report).anySatisfy(l -> assertThat(l).startsWith("11,").contains("kutip"));
        assertThat(report).anySatisfy(l -> assertThat(l).startsWith("12,").contains("terlalu panjang"));
        assertThat(Files.size(r.rejectReport())).isLessThan(100_000);
        assertThat(value("SELECT kode_kelurahan FROM dtsen_person WHERE iddtks = 'D2'")).isEqualTo("31.71.03.1003");
        assertThat(value("SELECT kode_kelurahan FROM dtsen_person WHERE iddtks = 'D3'")).isEqualTo("31.71.05.1003");
        assertThat(value("SELECT nama FROM dtsen_person WHERE iddtks = 'D12'")).isEqualTo("Kabisat, Ahmad");
        assertThat(value("SELECT count(*) FROM dtsen_impor")).isEqualTo("1");
        // The report's name is written in the import's own transaction, with its counts.
        assertThat(value("SELECT file_tolak FROM dtsen_impor")).isEqualTo(r.rejectReport().toString());
        assertThat(value("SELECT jumlah_tolak FROM dtsen_impor")).isEqualTo("8");
    }

    @Test
    void aCommitThatFailsLeavesNeitherRowsNorTheRejectReport() throws Exception {
        Path csv = write("fails.csv", StandardCharsets.UTF_8, false,
                HEADER,
                row("F1", "3171011708450001", "Budi Santoso", "Gambir", 3, "1"),
                row("F2", "123", "NIK Salah", "Gambir", 1, "1"));
        // The work runs to its end, then the commit fails as it could (disk full). The import
        // commits on its own connection (so SQLite's checkpoint is left for after it), so the
        // connection's commit is what fails here.
        id.pilar.core.persistence.Transactions failing = new id.pilar.core.persistence.Transactions() {
            @Override
            public <T> T inTransaction(java.util.function.Function<org.hibernate.Session, T> work) {
                return db.transactions().inTransaction(work);
            }

            @Override
            public <T> T read(java.util.function.Function<org.hibernate.Session, T> work) {
                return db.transactions().read(work);
            }

            @Override
            public <T> T jdbc(JdbcWork<T> work) {
                return db.transactions().jdbc(c -> work.execute((java.sql.Connection) java.lang.reflect.Proxy.newProxyInstance(
                        getClass().getClassLoader(), new Class<?>[] {java.sql.Connection.class}, (proxy, m, args) -> {
                            if (m.getName().equals("commit")) {
                                throw new java.sql.SQLException("disk full");
                            }
                            try {
                                return m.invoke(c, args);
                            } catch (java.lang.reflect.InvocationTargetException e) {
                                throw e.getCause();
                            }
                        })));
            }

            @Override
            public <T> T query(JdbcWork<T> work) {
                return db.transactions().query(work);
            }
        };
        assertThatThrownBy(() -> new DtsenImportImpl(failing).importFile(csv, null, null, null, () -> false))
                .isInstanceOf(RuntimeException.class);
        assertThat(value("SELECT count(*) FROM dtsen_person")).isEqualTo("0");
        assertThat(value("SELECT count(*) FROM dtsen_impor")).isEqualTo("0");
        assertThat(dir.resolve("fails.csv.rejects.csv")).doesNotExist();
        assertThat(dir.resolve("fails.csv.rejects.csv.part")).doesNotExist();
    }

    @Test
    void underTheEnglishLocaleRejectReasonsAndRefusalsAreEnglish() throws Exception {
        java.util.Locale before = java.util.Locale.getDefault();
        java.util.Locale.setDefault(java.util.Locale.US);
        try {
            Path csv = write("english.csv", StandardCharsets.UTF_8, false, HEADER,
                    row("E1", "3171011708450001", "Budi Santoso", "Gambir", 3, "1"),
                    row("E2", "9971011708450001", "Provinsi Salah", "Gambir", 1, "1"),
                    row("E3", "3171011708450002", "Kelurahan Asing", "Kebayoran", 1, "1"),
                    "E4,3171010101200001");
            DtsenImportResult r = importer.importFile(csv, null, null, null, () -> false);
            assertThat(r.summaryLine()).isEqualTo("imported 1, updated 0, rejected 3");
            List<String> report = Files.readAllLines(r.rejectReport());
            assertThat(report.get(0)).isEqualTo("baris,alasan,isi_baris");
            assertThat(report).anySatisfy(l -> assertThat(l).startsWith("3,").contains("Province code 99 in the NIK is unknown."));
            assertThat(report).anySatisfy(l -> assertThat(l).startsWith("4,").contains("Unknown kelurahan in Jakarta Pusat: Kebayoran"));
            assertThat(report).anySatisfy(l -> assertThat(l).startsWith("5,").contains("2 fields, expected 18."));
            assertThat(String.join("\n", report)).doesNotContain("tidak", "seharusnya");

            Path empty = write("kosong.csv", StandardCharsets.UTF_8, false, "");
            assertThatThrownBy(() -> importer.importFile(empty, null, null, null, () -> false))
                    .hasMessage("The file is empty: no rows to import.");
        } finally {
            java.util.Locale.setDefault(before);
        }
    }

    @Test
    void reImportUpdatesInsteadOfDuplicatingAndKeepsHistory() throws Exception {
        Path first = write("a.csv", StandardCharsets.UTF_8, false, HEADER,
                row("D1", "3171011708450001", "Budi", "Gambir", 3, "1"), row("D2", "3171015708450001", "Siti", "Gambir", 2, "0"));
        DtsenImportResult firstImport = importer.importFile(first, null, null, null, () -> false);
        Path newer = write("b.csv", StandardCharsets.UTF_8, false, HEADER,
                row("D1", "3171011708450001", "Budi", "Gambir", 6, "0"), row("D2", "3171015708450001", "Siti", "Gambir", 2, "0"),
                row("D3", "3171011708450009", "Baru", "Gambir", 1, "1"));
        DtsenImportResult r = importer.importFile(newer, null, null, null, () -> false);
        assertThat(r.summaryLine()).isEqualTo("imported 1, updated 2, rejected 0");
        assertThat(r.rejectReport()).isNull();
        assertThat(value("SELECT count(*) FROM dtsen_person")).isEqualTo("3");
        assertThat(value("SELECT desil FROM dtsen_person WHERE iddtks = 'D1'")).isEqualTo("6");
        assertThat(value("SELECT desil || '/' || pkh FROM dtsen_riwayat WHERE iddtks = 'D1'")).isEqualTo("3/1");
        assertThat(value("SELECT count(*) FROM dtsen_riwayat")).isEqualTo("1");
        assertThat(value("SELECT count(*) FROM dtsen_impor")).isEqualTo("2");
        // Rows carry the import's number; the history still names the import whose values these were.
        assertThat(value("SELECT impor_id FROM dtsen_riwayat WHERE iddtks = 'D1'")).isEqualTo(firstImport.importId());
        assertThat(value("SELECT i.id FROM dtsen_person d JOIN dtsen_impor i ON i.nomor = d.impor_pertama WHERE d.iddtks = 'D1'"))
                .isEqualTo(firstImport.importId());
        assertThat(value("SELECT i.id FROM dtsen_person d JOIN dtsen_impor i ON i.nomor = d.impor_terakhir WHERE d.iddtks = 'D1'"))
                .isEqualTo(r.importId());
    }

    @Test
    void delimitersAndWindows1252AreDetected() throws Exception {
        for (String d : List.of(";", "|", "\t")) {
            empty();
            Path csv = write("d.csv", Charset.forName("windows-1252"), false, HEADER.replace(",", d),
                    row("D1", "3171011708450001", "José Müller", "Gambir", 3, "1").replace(",", d));
            DtsenFilePreview preview = importer.preview(csv);
            assertThat(preview.delimiter()).isEqualTo(d.charAt(0));
            assertThat(preview.charset()).isEqualTo("windows-1252");
            assertThat(preview.importable()).isTrue();
            assertThat(importer.importFile(csv, null, null, null, () -> false).imported()).isEqualTo(1);
            assertThat(value("SELECT nama FROM dtsen_person")).isEqualTo("José Müller");
        }
    }

    @Test
    void unreadableFilesGiveOneClearErrorAndWriteNothing() throws Exception {
        Path empty = write("empty.csv", StandardCharsets.UTF_8, false, "");
        assertThatThrownBy(() -> importer.importFile(empty, null, null, null, () -> false))
                .isInstanceOfSatisfying(id.pilar.registry.api.RegistryException.class, e -> assertThat(e.code()).isEqualTo("ERR_FileEmpty"))
                .hasMessageContaining("kosong");
        Path binary = dir.resolve("foto.csv");
        Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2, 3});
        assertThatThrownBy(() -> importer.importFile(binary, null, null, null, () -> false)).hasMessageContaining("bukan file CSV");
        Path noColumns = write("cols.csv", StandardCharsets.UTF_8, false, "a,b,c", "1,2,3");
        assertThatThrownBy(() -> importer.importFile(noColumns, null, null, null, () -> false))
                .hasMessageContaining("iddtks").hasMessageContaining("nama");
        assertThat(value("SELECT count(*) FROM dtsen_impor")).isEqualTo("0");
    }

    @Test
    void cancelLeavesNothingBehind() throws Exception {
        String[] lines = new String[2001];
        lines[0] = HEADER;
        for (int i = 1; i <= 2000; i++) {
            lines[i] = row("C" + i, "", "Orang " + i, "Gambir", 1 + i % 10, "0");
        }
        lines[5] = row("BAD", "123", "Salah", "Gambir", 1, "0");
        Path csv = write("big.csv", StandardCharsets.UTF_8, false, lines);
        int[] polls = {0};
        DtsenImportResult r = importer.importFile(csv, null, null, null, () -> ++polls[0] > 2);
        assertThat(r.cancelled()).isTrue();
        assertThat(value("SELECT count(*) FROM dtsen_person")).isEqualTo("0");
        assertThat(value("SELECT count(*) FROM dtsen_impor")).isEqualTo("0");
        assertThat(dir.resolve("big.csv.rejects.csv")).doesNotExist();
        assertThat(dir.resolve("big.csv.rejects.csv.part")).doesNotExist();
        assertThat(importer.importFile(csv, null, null, null, () -> false).summaryLine()).isEqualTo("imported 1999, updated 0, rejected 1");
    }

    @Test
    void sameIddtksTwiceInOneFileIsOneRowAndCountsAsUpdate() throws Exception {
        String[] lines = new String[601];
        lines[0] = HEADER;
        for (int i = 1; i <= 600; i++) {
            // Rows 300 and 301 repeat earlier ids: one inside the first full batch, one across batches.
            String id = i == 300 ? "U10" : i == 301 ? "U299" : "U" + i;
            lines[i] = row(id, "", "Orang " + i, "Gambir", 1 + i % 10, "0");
        }
        Path csv = write("dup.csv", StandardCharsets.UTF_8, false, lines);
        DtsenImportResult r = importer.importFile(csv, null, null, null, () -> false);
        assertThat(r.summaryLine()).isEqualTo("imported 598, updated 2, rejected 0");
        assertThat(value("SELECT count(*) FROM dtsen_person")).isEqualTo("598");
        assertThat(value("SELECT nama FROM dtsen_person WHERE iddtks = 'U10'")).isEqualTo("Orang 300");
    }

    static String value(String sql) {
        return db.transactions().jdbc(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
                return rs.next() ? rs.getString(1) : null;
            }
        });
    }
}
