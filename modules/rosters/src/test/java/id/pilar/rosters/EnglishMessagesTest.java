package id.pilar.rosters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pilar.rosters.api.ImportPreview;
import id.pilar.rosters.api.OrganisationDraft;
import id.pilar.rosters.api.OrganisationStatus;
import id.pilar.rosters.api.RostersException;
import id.pilar.rosters.impl.OrganisationServiceImpl;
import id.pilar.rosters.impl.imports.MemberImportImpl;
import id.pilar.testkit.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With {@code --locale en:US} a rejected import row and a refused save read in English. */
class EnglishMessagesTest {

    static TestDatabase db;
    private Locale before;

    @TempDir
    Path dir;

    @BeforeAll
    static void open() {
        db = TestDatabase.create();
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @BeforeEach
    void english() {
        before = Locale.getDefault();
        Locale.setDefault(Locale.US);
    }

    @AfterEach
    void restore() {
        Locale.setDefault(before);
    }

    @Test
    void rejectedRowsAndTheirReportAreEnglish() throws Exception {
        Path file = dir.resolve("members.csv");
        Files.writeString(file, String.join("\n",
                "nik;nama;jk;tanggal_lahir;kelurahan",
                "31710515059;Too Short;L;;",
                "3171051505900003;;X;31/02/1990;Atlantis"), StandardCharsets.UTF_8);
        MemberImportImpl imports = new MemberImportImpl(db.transactions());
        ImportPreview preview = imports.preview(file);
        assertThat(preview.rejects()).hasSize(2);
        assertThat(preview.rejects().get(0).reasons()).containsExactly("A NIK has 16 digits (11 characters were read).");
        assertThat(preview.rejects().get(1).reasons()).contains("Sex 'X' is not recognised (use L or P).",
                "Date of birth '31/02/1990' cannot be read (example: 17/08/1990).",
                "Kelurahan 'Atlantis' is not in Jakarta Pusat.", "The full name is required.");

        Path report = dir.resolve("rejects.csv");
        imports.writeRejectReport(preview, report);
        List<String> lines = Files.readAllLines(report, StandardCharsets.UTF_8);
        // The columns are a file contract and stay as they are; the reasons are in English.
        assertThat(lines.get(0)).contains("baris;alasan;nik");
        assertThat(String.join("\n", lines.subList(1, lines.size()))).contains("The full name is required.")
                .doesNotContain("tidak", "wajib");
    }

    @Test
    void aRefusedSaveIsEnglishAndCarriesItsCodes() {
        OrganisationServiceImpl orgs = new OrganisationServiceImpl(db.transactions());
        assertThatThrownBy(() -> orgs.create(new OrganisationDraft("", "PSKS-02", "", null, null, null, null,
                "31.71.04.1002", null, OrganisationStatus.AKTIF)))
                .isInstanceOfSatisfying(RostersException.class, e -> {
                    assertThat(e.code()).isEqualTo(RostersException.CHECKS_FAILED);
                    assertThat(e.problems()).containsExactly("The name of the organisation is required.",
                            "The registration number is required.");
                });
    }
}
