package id.pilar.registry.impl.dtsen;

import static org.assertj.core.api.Assertions.assertThat;

import id.pilar.testkit.TestDatabase;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The parser's compact check ({@code parse}) decides every row as the full check with messages
 * ({@code explain}) does, with the same converted values: the fast path may only be faster.
 */
class DtsenRowParserTest {

    private static final List<String> HEADER = List.of("iddtks", "nomor_kk", "nomor_nik", "nama", "tanggal_lahir", "tempat_lahir",
            "jenis_kelamin", "nama_ibu_kandung", "hubungan_keluarga", "alamat", "rt", "rw", "desa_kelurahan", "kecamatan", "desil",
            "pkh", "bpnt", "pbi_jk", "catatan");
    private static final String[] GOOD = {"DT1", "3171010101200001", "3171011708450001", "Budi Santoso", "17-08-1945", "Jakarta", "L",
        "Siti", "1", "Jl. Kramat Raya", "001", "002", "Gambir", "Gambir", "3", "1", "0", "1", ""};

    static TestDatabase db;

    @BeforeAll
    static void open() {
        db = TestDatabase.create();
    }

    @AfterAll
    static void close() {
        db.close();
    }

    /** GOOD with field {@code i} set to {@code value}. */
    private static List<String> with(int i, String value) {
        List<String> f = new ArrayList<>(Arrays.asList(GOOD));
        f.set(i, value);
        return f;
    }

    @Test
    void theCompactCheckAndTheFullCheckAgreeOnEveryKindOfRow() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(Arrays.asList(GOOD));
        // Accepted in their other spellings.
        for (String flag : List.of("Ya", "tidak", "Y", "n", "true", "-", "", " 1 ")) {
            rows.add(with(15, flag));
        }
        for (String sex : List.of("P", "Laki-laki", "perempuan", "", "X")) {
            rows.add(with(6, sex));
        }
        for (String date : List.of("1945-08-17", "17/08/1945", "17.08.1945", "31-02-1990", "1945/08/17", "", "17-08-2999")) {
            rows.add(with(4, date));
        }
        for (String shdk : List.of("Kepala Keluarga", "11", "12", "0", "istri", "")) {
            rows.add(with(8, shdk));
        }
        for (String desil : List.of("1", "10", "0", "11", "x", "", "003")) {
            rows.add(with(14, desil));
        }
        for (String nik : List.of("", "123", "9971011708450001", "3171013002001234", "3171015708450001", "317101170845000x",
                "3171011708450000", "  3171011708450001  ")) {
            rows.add(with(2, nik));
        }
        for (String kk : List.of("", "317101010120000", "3171010101200000", "9971010101200001")) {
            rows.add(with(1, kk));
        }
        for (String kel : List.of("Harapan Mulya", "harapan mulya", "Kebayoran", "")) {
            rows.add(with(12, kel));
        }
        rows.add(with(0, ""));
        rows.add(with(0, "D".repeat(65)));
        rows.add(with(3, "  "));
        rows.add(with(3, "  Nama Berspasi  "));
        rows.add(with(18, "x".repeat(1001)));
        rows.add(with(7, "x".repeat(1001)));
        rows.add(shortRow());

        DtsenRowParser parser = new DtsenRowParser(HeaderMapping.detect(HEADER), HEADER.size(), LocalDate.of(2026, 12, 3));
        int accepted = 0;
        for (int n = 0; n < rows.size(); n++) {
            CsvRecords.Record r = new CsvRecords.Record(n + 2, String.join("|", rows.get(n)), rows.get(n), null);
            DtsenRowParser.Parsed fast = parser.parse(r);
            assertThat(fast).as("row %s", rows.get(n)).isEqualTo(parser.explain(r));
            accepted += fast.row() != null ? 1 : 0;
        }
        // Both kinds are in the sample: the agreement is not that of two paths refusing everything.
        assertThat(accepted).isBetween(20, rows.size() - 20);
        CsvRecords.Record broken = new CsvRecords.Record(99, "\"x", List.of(), CsvRecords.UNCLOSED_QUOTE);
        assertThat(parser.parse(broken).reason()).isEqualTo(parser.explain(broken).reason()).isNotNull();
    }

    @Test
    void oneCharacterSexesReadAsTheSharedParserReadsThem() {
        for (char ch = ' '; ch < 0x250; ch++) {
            String t = String.valueOf(ch);
            id.pilar.core.api.identity.Sex s = id.pilar.core.api.identity.Sex.parse(t);
            assertThat(DtsenRowParser.sexCode(t)).as("%s", t).isEqualTo(s == null ? null : s.code());
        }
        assertThat(DtsenRowParser.sexCode("Laki-laki")).isEqualTo("L");
        assertThat(DtsenRowParser.sexCode("wanita")).isEqualTo("P");
    }

    private static List<String> shortRow() {
        return Arrays.asList(GOOD).subList(0, 10);
    }
}
