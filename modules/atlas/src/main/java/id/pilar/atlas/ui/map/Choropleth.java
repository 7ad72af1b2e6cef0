package id.pilar.atlas.ui.map;

import id.pilar.atlas.api.KelurahanScore;
import id.pilar.atlas.api.VulnerabilityIndex;
import id.pilar.ui.api.Formats;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openide.util.NbBundle.Messages;

/**
 * The colours of one layer: the value of every kelurahan, five quantile classes (each holds
 * about a fifth of the 44 kelurahan, so the map shows the ranking rather than a few outliers),
 * a sequential yellow-to-red palette (ColorBrewer YlOrRd, readable in grey and by most
 * colour-blind readers) and the legend. For an indicator where more is better (pillar coverage)
 * the palette runs the other way, so red still means "more vulnerable". No toolkit needed.
 */
@Messages({"LEGEND_NoData=tidak ada data", "# {0} - from", "# {1} - to", "LEGEND_Range={0} – {1}"})
public final class Choropleth {

    /** Light to dark. */
    static final List<String> PALETTE = List.of("#ffffb2", "#fecc5c", "#fd8d3c", "#f03b20", "#bd0026");
    static final String NO_DATA = "#d9d9d9";
    static final int CLASSES = 5;

    /** One legend row. */
    public record LegendEntry(String colour, String label) {
    }

    private final MapLayer layer;
    private final Map<String, Double> values;
    private final double[] breaks; // upper limits of each class but the last, ascending
    private final int digits;

    private Choropleth(MapLayer layer, Map<String, Double> values) {
        this.layer = layer;
        this.values = values;
        double[] sorted = values.values().stream().mapToDouble(Double::doubleValue).sorted().toArray();
        this.breaks = quantileBreaks(sorted);
        this.digits = digitsFor(sorted, breaks);
    }

    public static Choropleth of(VulnerabilityIndex index, MapLayer layer) {
        Map<String, Double> values = new LinkedHashMap<>();
        for (KelurahanScore s : index.rows()) {
            Double v = layer.isIndex() ? Double.valueOf(s.index()) : s.values().get(layer.id());
            if (v != null && !v.isNaN()) {
                values.put(s.kode(), v);
            }
        }
        return new Choropleth(layer, values);
    }

    static double[] quantileBreaks(double[] sorted) {
        if (sorted.length == 0) {
            return new double[0];
        }
        List<Double> out = new ArrayList<>();
        for (int c = 1; c < CLASSES; c++) {
            double b = sorted[Math.min(sorted.length - 1, (int) Math.ceil(c * sorted.length / (double) CLASSES) - 1)];
            if (b < sorted[sorted.length - 1] && (out.isEmpty() || b > out.get(out.size() - 1))) {
                out.add(b);
            }
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** The fewest decimals (0–2) that keep the legend's limits apart: "1,5 – 2,4", not "2 – 2". */
    static int digitsFor(double[] sorted, double[] breaks) {
        if (sorted.length == 0) {
            return 0;
        }
        double[] limits = new double[breaks.length + 2];
        limits[0] = sorted[0];
        System.arraycopy(breaks, 0, limits, 1, breaks.length);
        limits[limits.length - 1] = sorted[sorted.length - 1];
        for (int d = 0; d < 2; d++) {
            double scale = Math.pow(10, d);
            boolean apart = true;
            for (int i = 1; i < limits.length; i++) {
                if (limits[i] > limits[i - 1] && Math.round(limits[i] * scale) == Math.round(limits[i - 1] * scale)) {
                    apart = false;
                }
            }
            if (apart) {
                return d;
            }
        }
        return 2;
    }

    public MapLayer layer() {
        return layer;
    }

    /** The value shown for a kelurahan, or null when its source gave nothing. */
    public Double value(String kode) {
        return values.get(kode);
    }

    /** 0 (lowest values) .. classes()-1, or -1 without a value. */
    public int classOf(String kode) {
        Double v = values.get(kode);
        if (v == null) {
            return -1;
        }
        int i = Arrays.binarySearch(breaks, v);
        return i >= 0 ? i : -i - 1;
    }

    public int classes() {
        return values.isEmpty() ? 0 : breaks.length + 1;
    }

    /** The fill of a kelurahan as {@code #rrggbb}. */
    public String colour(String kode) {
        int c = classOf(kode);
        return c < 0 ? NO_DATA : colourOfClass(c);
    }

    private String colourOfClass(int c) {
        int n = classes();
        // spread fewer classes over the whole palette, so two classes are light and dark, not light and lighter
        int step = n <= 1 ? CLASSES - 1 : Math.round(c * (CLASSES - 1) / (float) (n - 1));
        return PALETTE.get(layer.higherIsWorse() ? step : CLASSES - 1 - step);
    }

    /** Ranges from the lowest class up, then "no data" when some kelurahan have none. */
    public List<LegendEntry> legend(int kelurahanCount) {
        List<LegendEntry> out = new ArrayList<>();
        double[] sorted = values.values().stream().mapToDouble(Double::doubleValue).sorted().toArray();
        for (int c = 0; c < classes(); c++) {
            double from = c == 0 ? sorted[0] : breaks[c - 1];
            double to = c == breaks.length ? sorted[sorted.length - 1] : breaks[c];
            // a class of one value (many kelurahan at 0) reads "0", not "0 – 0"
            String label = format(from).equals(format(to)) ? format(from) : Bundle.LEGEND_Range(format(from), format(to));
            out.add(new LegendEntry(colourOfClass(c), label));
        }
        if (values.size() < kelurahanCount) {
            out.add(new LegendEntry(NO_DATA, Bundle.LEGEND_NoData()));
        }
        return out;
    }

    public String format(double v) {
        return Formats.decimal(v, digits);
    }
}
