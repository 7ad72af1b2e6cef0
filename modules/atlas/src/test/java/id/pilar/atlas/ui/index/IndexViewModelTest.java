package id.pilar.atlas.ui.index;

import static org.assertj.core.api.Assertions.assertThat;

import id.pilar.atlas.api.AtlasIndicator;
import id.pilar.atlas.api.AtlasService;
import id.pilar.atlas.api.Contribution;
import id.pilar.atlas.api.KelurahanScore;
import id.pilar.atlas.api.VulnerabilityIndex;
import id.pilar.core.api.error.PilarException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The ranking window's model without a toolkit: lines in words, the drivers' sentence, failures in the status. */
class IndexViewModelTest {

    static final LocalDate DAY = LocalDate.of(2026, 11, 30);
    static final AtlasIndicator NEED = new AtlasIndicator("uji.need", "Penduduk PPKS", "uji", "per 1.000 penduduk", true);
    static final AtlasIndicator COVER = new AtlasIndicator("uji.cover", "Anggota pilar", "uji", "per 10.000 penduduk", false);

    static final class Fake implements AtlasService {
        final List<LocalDate> asked = new ArrayList<>();
        RuntimeException failure;

        @Override
        public List<AtlasIndicator> indicators() {
            return List.of(NEED, COVER);
        }

        @Override
        public VulnerabilityIndex index(LocalDate asOf) {
            asked.add(asOf);
            if (failure != null) {
                throw failure;
            }
            KelurahanScore a = new KelurahanScore("31.71.01.1001", "Gambir", "31.71.01", "Gambir", 2792, 80.0, 1, 75.0, 2,
                    Map.of("uji.need", 10.7, "uji.cover", 1.0),
                    List.of(new Contribution("uji.need", 10.7, 1.0, 0.6, 60.0), new Contribution("uji.cover", 1.0, 0.5, 0.4, 20.0)));
            KelurahanScore b = new KelurahanScore("31.71.02.1002", "Karang Anyar", "31.71.02", "Sawah Besar", 29970, 0.0, 2, null, null,
                    Map.of("uji.need", 0.0, "uji.cover", 9.0),
                    List.of(new Contribution("uji.need", 0.0, 0.0, 0.6, 0.0), new Contribution("uji.cover", 9.0, 0.0, 0.4, 0.0)));
            return new VulnerabilityIndex(asOf, asOf.minusDays(30), indicators(), Map.of("uji.need", 0.6, "uji.cover", 0.4), List.of(a, b));
        }

        @Override
        public Map<String, Double> weights() {
            return Map.of("uji.need", 0.6, "uji.cover", 0.4);
        }

        @Override
        public void saveWeights(Map<String, Double> weights) {
            throw new UnsupportedOperationException();
        }
    }

    @Test
    void linesSayRankChangeAndDrivers() {
        Fake atlas = new Fake();
        IndexViewModel vm = new IndexViewModel(atlas, IndexViewModel.LongWork.DIRECT, DAY);
        vm.compute();

        assertThat(atlas.asked).containsExactly(DAY);
        assertThat(vm.lines()).hasSize(2);
        IndexViewModel.Line gambir = vm.lines().get(0);
        assertThat(gambir.index()).isEqualTo("80,0");
        assertThat(gambir.change()).isEqualTo("+5,0");
        assertThat(gambir.previousRank()).isEqualTo("2");
        assertThat(gambir.drivers()).isEqualTo(Bundle.TXT_Drivers(Bundle.TXT_High("Penduduk PPKS", "10,7", "per 1.000 penduduk", "60,0")
                + " " + Bundle.TXT_And() + " " + Bundle.TXT_Low("Anggota pilar", "1", "per 10.000 penduduk", "20,0")));
        IndexViewModel.Line karangAnyar = vm.lines().get(1);
        assertThat(karangAnyar.change()).isEqualTo(Bundle.MSG_NoPrevious());
        assertThat(karangAnyar.previousRank()).isEqualTo("—");
        assertThat(karangAnyar.drivers()).isEqualTo(Bundle.TXT_None());
        assertThat(vm.status().get()).isEqualTo(Bundle.MSG_Computed("30/11/2026", "31/10/2026", 2));
    }

    @Test
    void aRefusalShowsInTheStatusAndNoDateIsAsked() {
        Fake atlas = new Fake();
        atlas.failure = new PilarException("ERR_Uji", "Tidak boleh.");
        IndexViewModel vm = new IndexViewModel(atlas, IndexViewModel.LongWork.DIRECT, DAY);
        vm.compute();
        assertThat(vm.status().get()).isEqualTo("Tidak boleh.");
        assertThat(vm.lines()).isEmpty();

        vm.asOf().set(null);
        vm.compute();
        assertThat(vm.status().get()).isEqualTo(Bundle.MSG_PickDate());
        assertThat(atlas.asked).hasSize(1);
    }
}
