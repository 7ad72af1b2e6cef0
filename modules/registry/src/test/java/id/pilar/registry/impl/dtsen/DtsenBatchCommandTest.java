package id.pilar.registry.impl.dtsen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pilar.registry.api.DtsenImportResult;
import id.pilar.testkit.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netbeans.api.sendopts.CommandException;

class DtsenBatchCommandTest {

    static TestDatabase db;

    @BeforeAll
    static void open() {
        db = TestDatabase.create();
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void printsOneSummaryLineAndWritesRejectsWhereAsked(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("dtsen.csv");
        Files.writeString(csv, "iddtks;nama;nomor_nik\nB1;Budi;3171011708450001\nB2;Salah;9971011708450001\n");
        Path rejects = dir.resolve("tolak.csv");
        String line = DtsenBatchCommand.run(new DtsenImportImpl(db.transactions()), csv, rejects);
        assertThat(line).isEqualTo("imported 1, updated 0, rejected 1");
        assertThat(Files.readAllLines(rejects)).hasSize(2);
        assertThat(DtsenBatchCommand.run(new DtsenImportImpl(db.transactions()), csv, null)).isEqualTo("imported 0, updated 1, rejected 1");
        assertThat(dir.resolve("dtsen.csv.rejects.csv")).exists();
    }

    @Test
    void theFixedLineComesFirstThenASentenceInTheUsersLanguage(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("dtsen.csv");
        Files.writeString(csv, "iddtks;nama;nomor_nik\nC1;Citra;3171015708450001\nC2;Salah;9971011708450001\n");
        DtsenImportResult r = DtsenBatchCommand.importFile(new DtsenImportImpl(db.transactions()), csv, dir.resolve("tolak.csv"));
        assertThat(DtsenBatchCommand.summary(r)).containsExactly("imported 1, updated 0, rejected 1",
                "Impor DTSEN selesai: 1 baris baru diimpor, 0 diperbarui, 1 ditolak.",
                "Baris yang ditolak beserta alasannya: " + dir.resolve("tolak.csv"));
        java.util.Locale before = java.util.Locale.getDefault();
        java.util.Locale.setDefault(java.util.Locale.US);
        try {
            assertThat(DtsenBatchCommand.summary(r)).startsWith("imported 1, updated 0, rejected 1",
                    "DTSEN import done: 1 new rows imported, 0 updated, 1 rejected.");
        } finally {
            java.util.Locale.setDefault(before);
        }
    }

    @Test
    void unreadableFileIsOneErrorWithNonZeroExit(@TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> DtsenBatchCommand.run(new DtsenImportImpl(db.transactions()), dir.resolve("tidak-ada.csv"), null))
                .isInstanceOfSatisfying(CommandException.class, e -> {
                    assertThat(e.getExitCode()).isEqualTo(3);
                    assertThat(e.getLocalizedMessage()).contains("tidak ditemukan");
                });
        Path empty = Files.writeString(dir.resolve("kosong.csv"), "");
        assertThatThrownBy(() -> DtsenBatchCommand.run(new DtsenImportImpl(db.transactions()), empty, null))
                .isInstanceOfSatisfying(CommandException.class, e -> assertThat(e.getExitCode()).isNotZero());
    }
}
