package id.pilar.atlas.ui.profile;

import id.pilar.atlas.api.AtlasIndicator;
import id.pilar.atlas.api.Contribution;
import id.pilar.atlas.api.KelurahanScore;
import id.pilar.atlas.api.geo.PlacedPoint;
import id.pilar.ui.api.Formats;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.openide.util.NbBundle.Messages;

/**
 * What a kelurahan's profile says, as text rows without a toolkit: the index and rank, the
 * change against the previous period, the indicators that drive the score (largest first), the
 * value of every indicator, and the points in the kelurahan.
 */
@Messages({
    "# {0} - name", "# {1} - kecamatan", "PRO_Title={0} — Kecamatan {1}",
    "# {0} - index", "PRO_Index=Indeks kerentanan {0} dari 100",
    "# {0} - rank", "PRO_Rank=Peringkat {0} dari 44 (1 = paling rentan)",
    "# {0} - change", "# {1} - previous rank", "PRO_Change=Perubahan terhadap periode lalu: {0} poin (peringkat lalu {1})",
    "PRO_NoPrevious=Periode lalu tidak bisa dihitung.",
    "# {0} - population", "PRO_Population=Penduduk: {0} jiwa",
    "# {0} - indicator", "# {1} - points", "# {2} - value", "PRO_Driver={0}: +{1} poin (nilai {2})",
    "PRO_NoValue=tidak ada data (modul tidak terpasang)"
})
public final class ProfileModel {

    /** One line of the indicator table. */
    public record IndicatorRow(String label, String value, String unit, String points) {
    }

    private final KelurahanScore score;
    private final Map<String, AtlasIndicator> indicators;
    private final List<PlacedPoint> points;

    public ProfileModel(KelurahanScore score, List<AtlasIndicator> indicators, List<PlacedPoint> points) {
        this.score = score;
        this.indicators = indicators.stream().collect(Collectors.toMap(AtlasIndicator::id, Function.identity(), (a, b) -> a,
                java.util.LinkedHashMap::new));
        this.points = List.copyOf(points);
    }

    public String title() {
        return Bundle.PRO_Title(score.nama(), score.namaKecamatan());
    }

    public List<String> summary() {
        List<String> out = new ArrayList<>();
        out.add(Bundle.PRO_Index(Formats.decimal(score.index(), 1)));
        out.add(Bundle.PRO_Rank(score.rank()));
        if (score.previousIndex() == null) {
            out.add(Bundle.PRO_NoPrevious());
        } else {
            double change = score.index() - score.previousIndex();
            String signed = (change > 0 ? "+" : "") + Formats.decimal(change, 1);
            out.add(Bundle.PRO_Change(signed, score.previousRank() == null ? "-" : score.previousRank()));
        }
        out.add(Bundle.PRO_Population(Formats.number(score.population())));
        return out;
    }

    /** The three largest contributions as sentences: why the kelurahan ranks where it does. */
    public List<String> drivers() {
        return score.drivers().stream().filter(c -> c.points() > 0).limit(3)
                .map(c -> Bundle.PRO_Driver(label(c.indicator()), Formats.decimal(c.points(), 1), Formats.decimal(c.value(), 1)))
                .toList();
    }

    /** Every indicator available, in display order, with its value and its part of the index. */
    public List<IndicatorRow> indicatorRows() {
        Map<String, Contribution> parts = score.drivers().stream()
                .collect(Collectors.toMap(Contribution::indicator, Function.identity(), (a, b) -> a));
        List<IndicatorRow> out = new ArrayList<>();
        for (AtlasIndicator i : indicators.values()) {
            Double v = score.values().get(i.id());
            Contribution c = parts.get(i.id());
            out.add(new IndicatorRow(i.label(), v == null ? Bundle.PRO_NoValue() : shown(v), i.unit(),
                    c == null ? "" : Formats.decimal(c.points(), 1)));
        }
        return out;
    }

    /** Counts (population, alerts) without decimals, rates with one. */
    static String shown(double v) {
        return v == Math.rint(v) ? Formats.number((long) v) : Formats.decimal(v, 1);
    }

    public List<PlacedPoint> points() {
        return points;
    }

    public KelurahanScore score() {
        return score;
    }

    private String label(String indicatorId) {
        AtlasIndicator i = indicators.get(indicatorId);
        return i == null ? indicatorId : i.label();
    }
}
