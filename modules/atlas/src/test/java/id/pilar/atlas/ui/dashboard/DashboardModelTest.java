package id.pilar.atlas.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import id.pilar.atlas.ui.map.AtlasFakes;
import id.pilar.core.api.reference.Kelurahan;
import id.pilar.core.spi.area.AreaFigure;
import id.pilar.core.spi.area.AreaIndicator;
import id.pilar.core.spi.area.AreaIndicatorSource;
import id.pilar.core.spi.area.AreaPeriod;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Top lists, totals per kecamatan and the 12-month trend from a fake module's figures. */
class DashboardModelTest {

    static final AreaIndicator NEW_CASES = new AreaIndicator("cases.new", "Kasus baru", 10_000, true, true, true);
    static final List<Kelurahan> KELURAHAN = List.of(
            new Kelurahan("31.71.01.1001", "31.71.01", "Gambir", "Gambir", "3173080003", "10110", 1000, 0),
            new Kelurahan("31.71.01.1002", "31.71.01", "Gambir", "Cideng", "3173080001", "10150", 1000, 0),
            new Kelurahan("31.71.02.1001", "31.71.02", "Sawah Besar", "Pasar Baru", "3173070005", "10710", 1000, 0));
    final List<AreaPeriod> asked = new ArrayList<>();

    /** In month m (1..12 of 2026) Gambir opens m cases (2 of them in a category), Cideng 1, Pasar Baru 10. */
    final AreaIndicatorSource cases = new AreaIndicatorSource() {
        @Override
        public String moduleId() {
            return "cases";
        }

        @Override
        public List<AreaIndicator> indicators() {
            return List.of(NEW_CASES);
        }

        @Override
        public List<AreaFigure> figures(AreaPeriod period) {
            asked.add(period);
            int m = period.from().getMonthValue();
            return List.of(new AreaFigure("31.71.01.1001", "cases.new", null, m), new AreaFigure("31.71.01.1001", "cases.new", "PPKS-01", 2),
                    new AreaFigure("31.71.01.1002", "cases.new", null, 1), new AreaFigure("31.71.02.1001", "cases.new", null, 10));
        }
    };

    @Test
    void figuresAddUpPerKecamatanAndPerMonthWithoutCountingCategoryPartsTwice() {
        DashboardModel model = new DashboardModel(AtlasFakes::atlas, () -> List.of(cases), KELURAHAN);
        LocalDate today = LocalDate.of(2026, 11, 15);
        DashboardModel.Dashboard d = model.load(today, () -> false);
        assertThat(d.perKecamatan().get("cases.new")).containsExactly(java.util.Map.entry("Gambir", 12.0), java.util.Map.entry("Sawah Besar", 10.0));
        assertThat(d.trend().get("cases.new")).hasSize(12);
        assertThat(d.trend().get("cases.new").get(0)).isEqualTo(new DashboardModel.MonthValue(YearMonth.of(2025, 12), 23.0));
        assertThat(d.trend().get("cases.new").get(11)).isEqualTo(new DashboardModel.MonthValue(YearMonth.of(2026, 11), 22.0));
        // the current month counts up to today; earlier ones are whole months
        assertThat(asked.get(11)).isEqualTo(new AreaPeriod(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 16)));
        assertThat(asked.get(0)).isEqualTo(AreaPeriod.monthOf(LocalDate.of(2025, 12, 1)));
        assertThat(DashboardModel.firstTrend(d)).containsExactly("cases.new");
        assertThat(d.top()).hasSize(10).extracting(s -> s.rank()).startsWith(1, 2, 3);
        assertThat(d.rising()).hasSize(5).allSatisfy(s -> assertThat(s.index()).isGreaterThan(s.previousIndex()));
    }

    @Test
    void withoutSourcesTheDashboardStillShowsTheIndex() {
        DashboardModel.Dashboard d = new DashboardModel(AtlasFakes::atlas, List::of, KELURAHAN).load(LocalDate.of(2026, 11, 15), () -> false);
        assertThat(d.indicators()).isEmpty();
        assertThat(DashboardModel.firstTrend(d)).isEmpty();
        assertThat(d.top()).isNotEmpty();
    }

    @Test
    void aCancelledLoadStops() {
        assertThat(new DashboardModel(AtlasFakes::atlas, () -> List.of(cases), KELURAHAN).load(LocalDate.of(2026, 11, 15), () -> true)).isNull();
        assertThat(asked).isEmpty();
    }
}
