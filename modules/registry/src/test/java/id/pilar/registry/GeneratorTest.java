package id.pilar.registry;

import static org.assertj.core.api.Assertions.assertThat;

import id.pilar.core.api.identity.IdentityProblem;
import id.pilar.core.api.identity.KkValidator;
import id.pilar.core.api.identity.NikCheck;
import id.pilar.core.api.identity.NikValidator;
import id.pilar.core.api.identity.Sex;
import id.pilar.core.api.reference.ReferenceData;
import id.pilar.registry.api.DtsenImportResult;
import id.pilar.registry.api.PersonSummary;
import id.pilar.registry.impl.DtsenMatchingImpl;
import id.pilar.registry.impl.DuplicateServiceImpl;
import id.pilar.registry.impl.PersonSearchImpl;
import id.pilar.registry.impl.demo.DtsenCsvWriter;
import id.pilar.registry.impl.demo.RegistryGenerator;
import id.pilar.registry.impl.dtsen.DtsenImportImpl;
import id.pilar.testkit.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratorTest {

    static TestDatabase db;
    static RegistryGenerator.Result generated;

    @BeforeAll
    static void generate() {
        db = TestDatabase.create();
        generated = new RegistryGenerator(db.transactions(), "test").generate(42, 3000, 0.02, ReferenceData.get().kelurahan(),
                null, () -> false);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void generatedPeopleHaveTheirWordPairs() {
        assertThat(PairSearchTest.count(db, "SELECT count(*) FROM reg_person_pair")).isGreaterThan(3000);
        assertThat(PairSearchTest.pairsMismatches(db)).isEmpty();
    }

    @Test
    void generatedPeoplePassTheRegistrysOwnValidation() {
        List<String> problems = new ArrayList<>();
        Set<String> kelurahan = new HashSet<>();
        ReferenceData.get().kelurahan().forEach(k -> kelurahan.add(k.kode()));
        db.transactions().jdbc(c -> {
            try (Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("SELECT nik, tanggal_lahir, jenis_kelamin, kode_kelurahan, tanpa_alamat FROM reg_person")) {
                while (rs.next()) {
                    String nik = rs.getString(1);
                    if (nik != null && rs.getString(2) != null) {
                        NikCheck check = NikValidator.check(nik, LocalDate.parse(rs.getString(2)), Sex.parse(rs.getString(3)), LocalDate.now());
                        if (!check.problems().isEmpty()) {
                            problems.add(nik + ": " + check.problems());
                        }
                    }
                    if (rs.getInt(5) == 0 && !kelurahan.contains(rs.getString(4))) {
                        problems.add("kelurahan " + rs.getString(4));
                    }
                }
            }
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT nomor_kk FROM reg_household")) {
                while (rs.next()) {
                    List<IdentityProblem> p = KkValidator.check(rs.getString(1));
                    if (!p.isEmpty()) {
                        problems.add(rs.getString(1) + ": " + p);
                    }
                }
            }
            return null;
        });
        assertThat(problems).isEmpty();
        assertThat(generated.people()).isBetween(3000, 3010);
        assertThat(generated.plantedPairs().size()).isBetween(20, 120);
    }

    @Test
    void dtsenExtractImportsCleanlyMatchesRegistryAndScanFindsPlantedDuplicates(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("dtsen.csv");
        DtsenCsvWriter.write(csv, 1500, 42, 0, ReferenceData.get().kelurahan());
        DtsenImportResult r = new DtsenImportImpl(db.transactions()).importFile(csv, null, null, null, () -> false);
        assertThat(r.summaryLine()).isEqualTo("imported 1500, updated 0, rejected 0");
        assertThat(new DtsenMatchingImpl(db.transactions()).matchedShare()).isGreaterThan(0.3);

        Path bad = dir.resolve("bad.csv");
        DtsenCsvWriter.write(bad, 1500, 42, 0.05, ReferenceData.get().kelurahan());
        DtsenImportResult again = new DtsenImportImpl(db.transactions()).importFile(bad, null, null, null, () -> false);
        assertThat(again.rejected()).isBetween(30L, 130L);
        assertThat(again.imported()).isZero();
        assertThat(Files.readAllLines(again.rejectReport())).hasSize((int) again.rejected() + 1);

        new DuplicateServiceImpl(db.transactions()).scan(() -> false);
        Set<String> found = new HashSet<>();
        db.transactions().jdbc(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT person_a, person_b FROM reg_duplikat")) {
                while (rs.next()) {
                    found.add(rs.getString(1) + "|" + rs.getString(2));
                }
            }
            return null;
        });
        long hit = generated.plantedPairs().stream().filter(p -> found.contains(key(p[0], p[1]))).count();
        assertThat(hit / (double) generated.plantedPairs().size()).as("recall").isGreaterThan(0.7);
        assertThat(hit / (double) found.size()).as("precision").isGreaterThan(0.7);
    }

    @Test
    void generatedNamesAreSearchable() {
        List<PersonSummary> r = new PersonSearchImpl(db.transactions()).search("siti", 10);
        assertThat(r).isNotEmpty().allSatisfy(p -> assertThat(p.nama().toLowerCase()).containsAnyOf("siti", "sitti"));
    }

    static String key(String a, String b) {
        return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
    }
}
