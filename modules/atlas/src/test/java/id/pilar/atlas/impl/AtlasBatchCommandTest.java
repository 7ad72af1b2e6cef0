package id.pilar.atlas.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pilar.atlas.AtlasFixtures;
import id.pilar.testkit.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netbeans.api.sendopts.CommandException;
import org.netbeans.spi.sendopts.Option;

/** {@code --report-monthly} and {@code --atlas-index}: the files, the CSV's header, and bad input refused with exit 3. */
class AtlasBatchCommandTest {

    static TestDatabase db;
    final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    final PrintStream out = new PrintStream(outBytes, true, StandardCharsets.UTF_8);

    @BeforeAll
    static void open() {
        db = TestDatabase.create();
        AtlasFixtures.signInAsAdmin();
        AtlasFixtures.november(db.transactions());
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void theMonthlyReportIsWrittenUnderTheMonthsName(@TempDir Path dir) throws Exception {
        new AtlasBatchCommand().run(Map.of(AtlasBatchCommand.REPORT, new String[] {"2026-11"},
                AtlasBatchCommand.REPORT_OUT, new String[] {dir.toString()}), out, out);
        assertThat(dir.resolve("rekap-bulanan-2026-11.xlsx")).isNotEmptyFile();
        assertThat(dir.resolve("rekap-bulanan-2026-11.pdf")).isNotEmptyFile();
    }

    @Test
    void theIndexCsvHasOneRowPerKelurahanAndTheDocumentedHeader(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("indeks.csv");
        new AtlasBatchCommand().run(Map.of(AtlasBatchCommand.INDEX, new String[0], AtlasBatchCommand.AS_OF, new String[] {"30/11/2026"},
                AtlasBatchCommand.OUT, new String[] {csv.toString()}), out, out);
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines).hasSize(45);
        assertThat(lines.get(0)).startsWith("kode_kemendagri,kelurahan,kecamatan,indeks,peringkat,registry.ppks_people,registry.dtsen_d1_4,")
                .contains("cases.open", "intake.reports_30", "rosters.active_members").endsWith("atlas.population");
        // Gambir: the most people in need per inhabitant in the fixture.
        assertThat(lines.get(1)).startsWith("31.71.01.1001,Gambir,Gambir,").contains(",1,");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(csv);
        }
    }

    @Test
    void badInputIsRefusedWithExitCodeThree(@TempDir Path dir) {
        Map<String, Map<Option, String[]>> bad = Map.of(
                "ERR_Month", Map.of(AtlasBatchCommand.REPORT, new String[] {"2026-13"}, AtlasBatchCommand.REPORT_OUT, new String[] {dir.toString()}),
                "ERR_NoReportOut", Map.of(AtlasBatchCommand.REPORT, new String[] {"2026-11"}),
                "ERR_Folder", Map.of(AtlasBatchCommand.REPORT, new String[] {"2026-11"},
                        AtlasBatchCommand.REPORT_OUT, new String[] {dir.resolve("tidak-ada").toString()}),
                "ERR_AsOfDate", Map.of(AtlasBatchCommand.INDEX, new String[0], AtlasBatchCommand.AS_OF, new String[] {"31/11/2026"},
                        AtlasBatchCommand.OUT, new String[] {dir.resolve("x.csv").toString()}),
                "ERR_CsvWrite", Map.of(AtlasBatchCommand.INDEX, new String[0],
                        AtlasBatchCommand.OUT, new String[] {dir.resolve("tidak-ada/x.csv").toString()}));
        for (var e : bad.entrySet()) {
            assertThatThrownBy(() -> new AtlasBatchCommand().run(e.getValue(), out, out)).as(e.getKey())
                    .isInstanceOfSatisfying(CommandException.class, x -> {
                        assertThat(x.getExitCode()).isEqualTo(3);
                        assertThat(x.getLocalizedMessage()).isNotBlank();
                    });
        }
        assertThat(dir).isEmptyDirectory();
    }
}
