package id.pilar.atlas.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pilar.atlas.AtlasFixtures;
import id.pilar.atlas.api.AtlasException;
import id.pilar.atlas.api.PopulationImport;
import id.pilar.core.api.reference.ReferenceData;
import id.pilar.testkit.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The population CSV: Kemendagri and BPS codes placed, the rest rejected with a reason; the latest year wins. */
class PopulationImportTest {

    static TestDatabase db;

    @BeforeAll
    static void open() {
        db = TestDatabase.create();
        AtlasFixtures.signInAsAdmin();
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void codesInEitherFormAreImportedAndBadRowsRejected(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("penduduk.csv");
        Files.writeString(csv, "\uFEFFkode_kemendagri,kode_bps,kecamatan,kelurahan,tahun,jumlah_penduduk\n"
                + "31.71.01.1001,3173080003,Gambir,Gambir,2025,2900\n"
                + "3173070004,3173070004,Sawah Besar,Karang Anyar,2025,\"30.100\"\n"
                + "32.01.01.1001,,Bogor,Entah,2025,100\n"
                + "31.71.01.1002,,Gambir,Cideng,dua ribu,100\n"
                + "31.71.01.1003,,Gambir,Petojo Utara,2025,-5\n"
                + "31.71.01.1001,,Gambir,Gambir,2025,2950\n");
        PopulationImport.Result r = new PopulationImportImpl().importCsv(csv);

        assertThat(r.line()).isEqualTo("imported 2, rejected 4");
        assertThat(r.years()).containsExactly(2025);
        assertThat(r.rejected()).extracting(PopulationImport.Reject::line).containsExactly(4, 5, 6, 7);
        assertThat(r.rejected().get(0).reason()).contains("32.01.01.1001");

        Map<String, Integer> pop = new AtlasTables(db.transactions()).population(ReferenceData.get().kelurahan());
        assertThat(pop).containsEntry(AtlasFixtures.GAMBIR, 2900).containsEntry(AtlasFixtures.KARANG_ANYAR, 30100)
                // Cideng is not in the 2025 import: it keeps the shipped 2024 figure.
                .containsEntry("31.71.01.1002", 17078);
        assertThat(new AtlasTables(db.transactions()).populationYear()).isEqualTo(2025);
    }

    @Test
    void aFileWithoutTheColumnsIsRefused(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("lain.csv");
        Files.writeString(csv, "nama,nilai\nGambir,1\n");
        assertThatThrownBy(() -> new PopulationImportImpl().importCsv(csv))
                .isInstanceOfSatisfying(AtlasException.class, e -> assertThat(e.code()).isEqualTo("ERR_PopulationColumns"));
    }
}
