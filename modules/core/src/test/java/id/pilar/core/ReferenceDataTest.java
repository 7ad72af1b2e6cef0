package id.pilar.core;

import static org.assertj.core.api.Assertions.assertThat;

import id.pilar.core.api.db.DatabaseTarget;
import id.pilar.core.api.reference.KategoriKesos;
import id.pilar.core.api.reference.Kelurahan;
import id.pilar.core.impl.db.DataKernelImpl;
import id.pilar.core.impl.reference.ReferenceDataImpl;
import id.pilar.core.testmods.TestSchemas;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ReferenceDataTest {

    static Path dir;
    static DataKernelImpl kernel;
    static ReferenceDataImpl ref;

    @BeforeAll
    static void open() throws Exception {
        dir = Files.createTempDirectory("pilar-ref");
        kernel = TestSchemas.kernel();
        kernel.open(DatabaseTarget.sqlite(dir.resolve("ref.db")));
        ref = new ReferenceDataImpl(kernel);
    }

    @AfterAll
    static void close() {
        kernel.close();
    }

    @Test
    void jakartaPusatHasEightKecamatanAndFortyFourKelurahanWithBothCodeSystems() throws Exception {
        assertThat(ref.kecamatan()).hasSize(8);
        assertThat(ref.kelurahan()).hasSize(44);
        assertThat(ref.kelurahan()).allMatch(k -> k.kode().matches("31\\.71\\.0[1-8]\\.100\\d"));
        assertThat(ref.kelurahan()).allMatch(k -> k.kodeBps().startsWith("3173"));
        long population = ref.kelurahan().stream().mapToLong(Kelurahan::penduduk2024).sum();
        assertThat(population).isEqualTo(1_057_270L);

        // Cross-check against the shared reference file, row by row.
        Path csv = Path.of("../../../shared/reference/jakarta_pusat_kelurahan.csv");
        if (Files.exists(csv)) {
            List<String> rows = Files.readAllLines(csv).subList(1, 45);
            for (String row : rows) {
                String[] f = row.split(",");
                Kelurahan k = ref.kelurahan(f[0]).orElseThrow();
                assertThat(k.nama()).isEqualTo(f[3]);
                assertThat(k.kodeBps()).isEqualTo(f[4]);
                assertThat(k.kodePos()).isEqualTo(f[7]);
            }
        }
    }

    @Test
    void kelurahanNamesAsMetInRealFiles() {
        assertThat(ref.findKelurahan("HARAPAN MULYA")).map(Kelurahan::nama).contains("Harapan Mulia");
        assertThat(ref.findKelurahan("Harapan Mulia")).map(Kelurahan::nama).contains("Harapan Mulia");
        assertThat(ref.findKelurahan("Rawa Sari")).map(Kelurahan::nama).contains("Rawasari");
        assertThat(ref.findKelurahan("\uFEFFkebon kacang")).map(Kelurahan::nama).contains("Kebon Kacang");
        assertThat(ref.findKelurahan("Kel. Kwitang")).map(Kelurahan::nama).contains("Kwitang");
        assertThat(ref.findKelurahan("3173080003")).map(Kelurahan::nama).contains("Gambir");
        assertThat(ref.findKelurahan("31.71.01.1001")).map(Kelurahan::nama).contains("Gambir");
        assertThat(ref.findKelurahan("Kebayoran Baru")).isEmpty();
        assertThat(ref.findKelurahan("")).isEmpty();
    }

    @Test
    void categories() {
        assertThat(ref.kategori(KategoriKesos.PPKS, false)).hasSize(26);
        assertThat(ref.kategori(KategoriKesos.PSKS, false)).hasSize(12);
        assertThat(ref.kategori("PSKS-03")).map(KategoriKesos::label).contains("Taruna Siaga Bencana (Tagana)");
        assertThat(ref.kategori("PPKS-11")).map(KategoriKesos::nama).contains("Gelandangan");
        assertThat(ref.kategori(KategoriKesos.JALANAN, false)).hasSize(9);
    }
}
