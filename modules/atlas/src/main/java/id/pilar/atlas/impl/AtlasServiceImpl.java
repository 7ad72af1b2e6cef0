package id.pilar.atlas.impl;

import id.pilar.atlas.api.AtlasException;
import id.pilar.atlas.api.AtlasIndicator;
import id.pilar.atlas.api.AtlasPermissions;
import id.pilar.atlas.api.AtlasService;
import id.pilar.atlas.api.KelurahanScore;
import id.pilar.atlas.api.VulnerabilityIndex;
import id.pilar.core.api.reference.Kelurahan;
import id.pilar.core.api.reference.ReferenceData;
import id.pilar.core.api.security.AccessControl;
import id.pilar.core.api.time.JakartaTime;
import id.pilar.core.persistence.InstantText;
import id.pilar.core.persistence.Transactions;
import id.pilar.core.spi.area.AreaIndicator;
import id.pilar.core.spi.area.AreaPeriod;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openide.util.NbBundle.Messages;
import org.openide.util.lookup.ServiceProvider;

/**
 * The index over whichever sources are installed. The period is the {@value #PERIOD_DAYS} days
 * ending on the day asked for; the previous period the {@value #PERIOD_DAYS} days before it.
 */
@Messages({
    "IND_Population=Jumlah penduduk",
    "UNIT_Per1000=per 1.000 penduduk",
    "UNIT_Per10000=per 10.000 penduduk",
    "# {0} - the number of inhabitants the figure is divided by",
    "UNIT_PerN=per {0} penduduk",
    "UNIT_Count=jumlah",
    "UNIT_People=jiwa",
    "# {0} - indicator id",
    "ERR_UnknownIndicator=Indikator \"{0}\" tidak dikenal; bobot tidak disimpan.",
    "# {0} - indicator id",
    "ERR_BadWeight=Bobot indikator \"{0}\" harus angka nol atau lebih.",
    "ERR_AllZero=Setidaknya satu indikator harus berbobot lebih dari nol."
})
@ServiceProvider(service = AtlasService.class)
public final class AtlasServiceImpl implements AtlasService {

    /** Length of the index's period, and the step back to the previous one. */
    public static final int PERIOD_DAYS = 30;

    /** The atlas's own indicator: inhabitants, so the map can show them; weight 0 by default. */
    public static final String POPULATION = "atlas.population";

    private final Transactions tx;
    private final AreaSources sources;
    private final AtlasTables tables;

    public AtlasServiceImpl() {
        this(Transactions.get(), new AreaSources());
    }

    AtlasServiceImpl(Transactions tx, AreaSources sources) {
        this.tx = tx;
        this.sources = sources;
        this.tables = new AtlasTables(tx);
    }

    static AreaIndicator populationIndicator() {
        return new AreaIndicator(POPULATION, Bundle.IND_Population(), 0, true, false, false);
    }

    @Override
    public List<AtlasIndicator> indicators() {
        AccessControl.get().require(AtlasPermissions.READ);
        return describe(withPopulation(sources.declared()));
    }

    @Override
    public VulnerabilityIndex index(LocalDate asOf) {
        AccessControl.get().require(AtlasPermissions.READ);
        List<Kelurahan> kelurahan = ReferenceData.get().kelurahan();
        Map<String, Integer> population = tables.population(kelurahan);
        Map<String, Double> saved = tables.savedWeights();
        LocalDate previousAsOf = asOf.minusDays(PERIOD_DAYS);

        // Both periods at once (two cores): over a million people each is seconds of aggregates.
        List<AreaSources.Figures> periods = sources.figures(List.of(
                AreaPeriod.daysEndingOn(asOf, PERIOD_DAYS), AreaPeriod.daysEndingOn(previousAsOf, PERIOD_DAYS)));
        AreaSources.Figures now = withPopulation(periods.get(0));
        AreaSources.Figures before = withPopulation(periods.get(1));
        Map<String, Double> weights = weightsFor(now.indicators(), saved);

        List<IndexArithmetic.Row> rows = IndexArithmetic.compute(kelurahan, population, now.indicators(),
                withPopulation(now.totals(), population), weights);
        List<IndexArithmetic.Row> previous = IndexArithmetic.compute(kelurahan, population, now.indicators(),
                withPopulation(before.totals(), population), weights);
        Map<String, Integer> ranks = IndexArithmetic.ranks(rows);
        Map<String, Integer> previousRanks = IndexArithmetic.ranks(previous);
        Map<String, Double> previousIndex = new LinkedHashMap<>();
        previous.forEach(r -> previousIndex.put(r.kelurahan().kode(), r.index()));
        // The previous period counts only when it had the same sources: otherwise the change would
        // be a module's arrival, not the kelurahan's.
        boolean comparable = before.indicators().equals(now.indicators());

        List<KelurahanScore> scores = new ArrayList<>();
        for (IndexArithmetic.Row r : rows) {
            Kelurahan k = r.kelurahan();
            scores.add(new KelurahanScore(k.kode(), k.nama(), k.kodeKecamatan(), k.namaKecamatan(), r.population(),
                    r.index(), ranks.get(k.kode()), comparable ? previousIndex.get(k.kode()) : null,
                    comparable ? previousRanks.get(k.kode()) : null, r.values(), r.drivers()));
        }
        return new VulnerabilityIndex(asOf, previousAsOf, describe(now),
                IndexArithmetic.usedWeights(now.indicators(), weights), List.copyOf(scores));
    }

    @Override
    public Map<String, Double> weights() {
        AccessControl.get().require(AtlasPermissions.READ);
        return weightsFor(withPopulation(sources.declared()).indicators(), tables.savedWeights());
    }

    @Override
    public void saveWeights(Map<String, Double> weights) {
        AccessControl.get().require(AtlasPermissions.WEIGHTS);
        List<String> known = withPopulation(sources.declared()).indicators().stream().map(AreaIndicator::id).toList();
        double sum = 0;
        for (Map.Entry<String, Double> e : weights.entrySet()) {
            if (!known.contains(e.getKey())) {
                throw new AtlasException("ERR_UnknownIndicator", Bundle.ERR_UnknownIndicator(e.getKey()), e.getKey());
            }
            Double w = e.getValue();
            if (w == null || w.isNaN() || w.isInfinite() || w < 0) {
                throw new AtlasException("ERR_BadWeight", Bundle.ERR_BadWeight(e.getKey()), e.getKey());
            }
            sum += w;
        }
        if (sum <= 0) {
            throw new AtlasException("ERR_AllZero", Bundle.ERR_AllZero());
        }
        String at = InstantText.format(JakartaTime.now());
        String by = AccessControl.get().currentUser().username();
        tx.jdbc(c -> {
            try (PreparedStatement del = c.prepareStatement("DELETE FROM atlas_weight");
                    PreparedStatement ins = c.prepareStatement(
                            "INSERT INTO atlas_weight (indicator_id, weight, updated_at, updated_by) VALUES (?, ?, ?, ?)")) {
                del.executeUpdate();
                for (Map.Entry<String, Double> e : weights.entrySet()) {
                    ins.setString(1, e.getKey());
                    ins.setDouble(2, e.getValue());
                    ins.setString(3, at);
                    ins.setString(4, by);
                    ins.addBatch();
                }
                ins.executeBatch();
            }
            return null;
        });
    }

    /** Saved weight where a supervisor gave one, else the default, for each indicator present. */
    static Map<String, Double> weightsFor(List<AreaIndicator> indicators, Map<String, Double> saved) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (AreaIndicator i : indicators) {
            out.put(i.id(), saved.containsKey(i.id()) ? saved.get(i.id()) : DefaultWeights.of(i));
        }
        return out;
    }

    private static AreaSources.Figures withPopulation(AreaSources.Figures f) {
        List<AreaIndicator> indicators = new ArrayList<>(f.indicators());
        indicators.add(populationIndicator());
        Map<String, String> moduleOf = new LinkedHashMap<>(f.moduleOf());
        moduleOf.put(POPULATION, AtlasSchema.MODULE_ID);
        return new AreaSources.Figures(List.copyOf(indicators), moduleOf, f.figures());
    }

    private static Map<String, Map<String, Double>> withPopulation(Map<String, Map<String, Double>> totals,
            Map<String, Integer> population) {
        Map<String, Double> p = new LinkedHashMap<>();
        population.forEach((k, v) -> p.put(k, v.doubleValue()));
        totals.put(POPULATION, p);
        return totals;
    }

    static List<AtlasIndicator> describe(AreaSources.Figures f) {
        return f.indicators().stream()
                .map(i -> new AtlasIndicator(i.id(), i.label(), f.moduleOf().get(i.id()), unit(i), i.higherIsWorse()))
                .toList();
    }

    static String unit(AreaIndicator i) {
        if (POPULATION.equals(i.id())) {
            return Bundle.UNIT_People();
        }
        return switch (i.perInhabitants()) {
            case 0 -> Bundle.UNIT_Count();
            case 1_000 -> Bundle.UNIT_Per1000();
            case 10_000 -> Bundle.UNIT_Per10000();
            default -> Bundle.UNIT_PerN(String.format(java.util.Locale.ROOT, "%,d", i.perInhabitants()).replace(',', '.'));
        };
    }
}
