package id.pilar.registry;

import static org.assertj.core.api.Assertions.assertThat;

import id.pilar.registry.api.PersonImport;
import id.pilar.registry.api.PersonImportField;
import id.pilar.registry.api.PersonImportPreview;
import id.pilar.registry.api.PersonImportResult;
import id.pilar.registry.ui.PersonImportModel;
import id.pilar.ui.api.UiExecutor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;
import org.junit.jupiter.api.Test;

/** The import page's state without a toolkit: proposed mapping, the clerk's changes, what is shown. */
class PersonImportModelTest {

    /** A service that proposes NIK only for "Nama Warga" lists and records what it was asked to import. */
    static final class FakeImport implements PersonImport {
        Map<PersonImportField, Integer> imported;
        String source;

        @Override
        public PersonImportPreview preview(Path file, String source) {
            boolean saved = "Kel. Rawa".equals(source);
            Map<PersonImportField, Integer> m = saved ? Map.of(PersonImportField.NIK, 0, PersonImportField.NAMA, 1)
                    : Map.of(PersonImportField.NIK, 0);
            return new PersonImportPreview(file, source, List.of("NIK", "Nama Warga", "Lahir"),
                    List.of(List.of("3171031111800001", "Hendra", "11/11/1980")), 42, m, saved, null);
        }

        @Override
        public PersonImportResult importFile(Path file, String source, Map<PersonImportField, Integer> mapping, Path rejectReport,
                IntConsumer rowsDone, BooleanSupplier cancelled) {
            imported = mapping;
            this.source = source;
            rowsDone.accept(42);
            return new PersonImportResult(40, 1, 1, 3, Path.of("/tmp/x.rejects.csv"), false);
        }

        @Override
        public List<String> sources() {
            return List.of("Kel. Rawa");
        }

        @Override
        public Map<PersonImportField, String> savedMapping(String source) {
            return Map.of();
        }
    }

    @Test
    void theMappingStepStartsFromTheProposalAndTakesTheClerksChoices() throws Exception {
        FakeImport service = new FakeImport();
        PersonImportModel m = new PersonImportModel(service, UiExecutor.DIRECT);
        List<PersonImportPreview> shown = new ArrayList<>();
        m.open(Path.of("rawa.csv"), "", shown::add, e -> {
            throw new AssertionError(e);
        });
        assertThat(shown).hasSize(1);
        assertThat(m.choices()).containsExactly("(tidak dipakai)", "NIK", "Nama Warga", "Lahir");
        assertThat(m.choiceOf(PersonImportField.NIK)).isEqualTo(1);
        assertThat(m.choiceOf(PersonImportField.NAMA)).isZero();
        assertThat(m.canImport()).isFalse();
        assertThat(m.problem()).isEqualTo("Pilih kolom untuk Nama lengkap.");
        assertThat(m.mappingNote()).contains("42 baris data").contains("dikenali dari judulnya");

        m.choose(PersonImportField.NAMA, 2);
        m.choose(PersonImportField.TANGGAL_LAHIR, 3);
        assertThat(m.canImport()).isTrue();
        List<Integer> progress = new ArrayList<>();
        PersonImportResult r = m.runImport("Kel. Rawa", progress::add, () -> false);
        assertThat(service.imported).containsEntry(PersonImportField.NAMA, 1).containsEntry(PersonImportField.TANGGAL_LAHIR, 2);
        assertThat(service.source).isEqualTo("Kel. Rawa");
        assertThat(progress).containsExactly(42);
        assertThat(PersonImportModel.summary(r)).startsWith("Selesai: 40 orang baru, 1 diperbarui, 1 baris ditolak, 3 KK")
                .contains("/tmp/x.rejects.csv");
        assertThat(PersonImportModel.summary(new PersonImportResult(0, 0, 0, 0, null, true))).contains("dibatalkan");

        m.choose(PersonImportField.NAMA, 0);
        assertThat(m.canImport()).isFalse();

        // A source with a saved mapping says so.
        m.open(Path.of("rawa.csv"), "Kel. Rawa", shown::add, e -> { });
        assertThat(m.canImport()).isTrue();
        assertThat(m.mappingNote()).contains("tersimpan untuk \"Kel. Rawa\"");
        List<List<String>> sources = new ArrayList<>();
        m.loadSources(sources::add);
        assertThat(sources).containsExactly(List.of("Kel. Rawa"));
    }
}
