package id.pilar.registry;

import static org.assertj.core.api.Assertions.assertThat;

import id.pilar.registry.api.DtsenImportResult;
import id.pilar.registry.impl.dtsen.DtsenImportImpl;
import id.pilar.registry.impl.dtsen.ImportPhases;
import id.pilar.testkit.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import tells where its time went: every phase measured, the writer's phases within the wall time. */
class DtsenImportPhasesTest {

    @TempDir
    Path dir;

    @Test
    void everyPhaseIsAccountedForAndTheWriterPhasesFitTheTotal() throws Exception {
        List<String> lines = new ArrayList<>(List.of(DtsenImportTest.HEADER));
        for (int i = 0; i < 1000; i++) {
            lines.add(DtsenImportTest.row(String.format("DT%010d", i), String.format("317101170845%04d", i + 1), "Warga " + i,
                    "Gambir", 1 + i % 10, "1"));
        }
        lines.add("DTBAD,1,2,,");
        Path csv = dir.resolve("dtsen.csv");
        Files.write(csv, lines, StandardCharsets.UTF_8);
        try (TestDatabase db = TestDatabase.create()) {
            ImportPhases phases = new ImportPhases();
            DtsenImportResult r = new DtsenImportImpl(db.transactions()).importFile(csv, null, dir.resolve("rejects.csv"), null,
                    () -> false, phases);
            assertThat(r.imported()).isEqualTo(1000);
            assertThat(r.rejected()).isEqualTo(1);
            assertThat(phases.rows()).isEqualTo(1000);
            assertThat(phases.parseNanos()).isPositive();
            assertThat(phases.validateNanos()).isPositive();
            assertThat(phases.insertNanos()).isPositive();
            assertThat(phases.indexNanos()).as("indexes rebuilt after the bulk load").isPositive();
            assertThat(phases.bookkeepingNanos()).isPositive();
            assertThat(phases.commitNanos()).isPositive();
            assertThat(phases.waitForReaderNanos()).isNotNegative();
            assertThat(phases.writerNanos()).isLessThanOrEqualTo(phases.totalNanos());
            // The whole call too: the permission check, opening the file, starting the reader.
            assertThat(phases.seconds()).containsOnlyKeys("permission", "open_file", "start", "parse", "validate", "wait_for_reader",
                    "insert", "index_build", "bookkeeping", "commit", "total", "call");
            assertThat(phases.seconds().get("call")).isGreaterThanOrEqualTo(phases.seconds().get("total"));
            assertThat(phases.toString()).contains("index_build", "commit");
        }
    }
}
