package id.pilar.registry;

import static org.assertj.core.api.Assertions.assertThat;

import id.pilar.core.api.time.JakartaTime;
import id.pilar.registry.impl.DtsenMatchingImpl;
import id.pilar.registry.impl.dtsen.DtsenImportImpl;
import id.pilar.testkit.TestDatabase;
import id.pilar.ui.api.Formats;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An import made at 06:30 on 2 December in Jakarta (23:30 UTC on 1 December), on a PC whose zone
 * is UTC, is dated 2 December where the clerk sees it (the start page's "last import").
 */
class DtsenImportDateTest {

    @TempDir
    Path dir;

    @Test
    void importAt2330UtcIsShownWithTheJakartaDate() throws Exception {
        TimeZone zone = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
        Clock before = JakartaTime.useClock(Clock.fixed(Instant.parse("2026-12-01T23:30:00Z"), ZoneOffset.UTC));
        try (TestDatabase db = TestDatabase.create()) {
            Path csv = dir.resolve("dtsen.csv");
            Files.writeString(csv, DtsenImportTest.HEADER + "\n"
                    + DtsenImportTest.row("D1", "3171011708450001", "Budi Santoso", "Gambir", 3, "1") + "\n", StandardCharsets.UTF_8);
            new DtsenImportImpl(db.transactions()).importFile(csv, null, null, null, () -> false);

            var last = new DtsenMatchingImpl(db.transactions()).latestImport();
            assertThat(Formats.date(last.tanggal())).isEqualTo("02/12/2026");
        } finally {
            JakartaTime.useClock(before);
            TimeZone.setDefault(zone);
        }
    }
}
