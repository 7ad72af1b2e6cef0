package id.pilar.atlas.ui.dashboard;

import id.pilar.atlas.api.AtlasService;
import id.pilar.atlas.api.KelurahanScore;
import id.pilar.atlas.api.VulnerabilityIndex;
import id.pilar.core.api.reference.Kelurahan;
import id.pilar.core.spi.area.AreaFigure;
import id.pilar.core.spi.area.AreaIndicator;
import id.pilar.core.spi.area.AreaIndicatorSource;
import id.pilar.core.spi.area.AreaPeriod;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * The dashboard's figures without a toolkit: the most vulnerable kelurahan and the biggest
 * risers from the index, and from the installed modules' figures ({@code AreaIndicatorSource},
 * raw counts before any division by population) the totals per kecamatan of the current month and
 * each indicator's monthly total over the last 12 months.
 */
public final class DashboardModel {

    static final int MONTHS = 12;
    /**
     * What the trend shows first: new cases (cases module) and social reports (intake); the
     * window offers every other indicator too. Absent modules simply give no series.
     */
    static final List<String> TREND_FIRST = List.of("cases.new", "intake.reports_30");

    /** One month's total of an indicator. */
    public record MonthValue(YearMonth month, double value) {
    }

    /**
     * @param top        the ten most vulnerable kelurahan, by rank
     * @param rising     up to five kelurahan whose index rose most against the previous period
     * @param indicators the modules' indicators, in their order
     * @param perKecamatan indicator id → kecamatan name → total of the current month, kecamatan in code order
     * @param trend      indicator id → the last 12 months' totals, oldest first
     */
    public record Dashboard(VulnerabilityIndex index, List<KelurahanScore> top, List<KelurahanScore> rising, List<AreaIndicator> indicators,
            Map<String, Map<String, Double>> perKecamatan, Map<String, List<MonthValue>> trend) {
    }

    private final Supplier<AtlasService> atlas;
    private final Supplier<? extends Iterable<? extends AreaIndicatorSource>> sources;
    private final List<Kelurahan> kelurahan;

    public DashboardModel(Supplier<AtlasService> atlas, Supplier<? extends Iterable<? extends AreaIndicatorSource>> sources,
            List<Kelurahan> kelurahan) {
        this.atlas = atlas;
        this.sources = sources;
        this.kelurahan = List.copyOf(kelurahan);
    }

    /** Runs in the background; returns null when {@code cancelled} turned true. */
    public Dashboard load(LocalDate today, BooleanSupplier cancelled) {
        VulnerabilityIndex index = atlas.get().index(today);
        List<KelurahanScore> top = index.rows().stream().sorted(Comparator.comparingInt(KelurahanScore::rank)).limit(10).toList();
        List<KelurahanScore> rising = index.rows().stream().filter(s -> s.previousIndex() != null && s.index() > s.previousIndex())
                .sorted(Comparator.comparingDouble((KelurahanScore s) -> s.index() - s.previousIndex()).reversed()).limit(5).toList();
        Map<String, String> kecamatanOf = new LinkedHashMap<>();
        Map<String, Double> emptyByKecamatan = new LinkedHashMap<>();
        for (Kelurahan k : kelurahan) {
            kecamatanOf.put(k.kode(), k.namaKecamatan());
            emptyByKecamatan.put(k.namaKecamatan(), 0.0);
        }
        List<AreaIndicator> indicators = new ArrayList<>();
        Map<String, List<MonthValue>> trend = new LinkedHashMap<>();
        Map<String, Map<String, Double>> perKecamatan = new LinkedHashMap<>();
        YearMonth current = YearMonth.from(today);
        for (AreaIndicatorSource source : sources.get()) {
            List<AreaIndicator> own = source.indicators();
            indicators.addAll(own);
            own.forEach(i -> {
                trend.put(i.id(), new ArrayList<>());
                perKecamatan.put(i.id(), new LinkedHashMap<>(emptyByKecamatan));
            });
            for (int m = MONTHS - 1; m >= 0; m--) {
                if (cancelled.getAsBoolean()) {
                    return null;
                }
                YearMonth month = current.minusMonths(m);
                LocalDate end = m == 0 ? today.plusDays(1) : month.plusMonths(1).atDay(1);
                Map<String, Double> totals = new LinkedHashMap<>();
                for (AreaFigure f : source.figures(new AreaPeriod(month.atDay(1), end))) {
                    if (f.kategori() != null) {
                        continue; // the total row already counts the category parts
                    }
                    totals.merge(f.indicator(), f.value(), Double::sum);
                    if (m == 0 && kecamatanOf.containsKey(f.kelurahan()) && perKecamatan.containsKey(f.indicator())) {
                        perKecamatan.get(f.indicator()).merge(kecamatanOf.get(f.kelurahan()), f.value(), Double::sum);
                    }
                }
                for (AreaIndicator i : own) {
                    trend.get(i.id()).add(new MonthValue(month, totals.getOrDefault(i.id(), 0.0)));
                }
            }
        }
        return new Dashboard(index, top, rising, List.copyOf(indicators), perKecamatan, trend);
    }

    /** The indicators the trend chart shows first (present ones of {@link #TREND_FIRST}, else the first). */
    public static List<String> firstTrend(Dashboard d) {
        List<String> ids = TREND_FIRST.stream().filter(d.trend()::containsKey).toList();
        return ids.isEmpty() && !d.indicators().isEmpty() ? List.of(d.indicators().get(0).id()) : ids;
    }
}
