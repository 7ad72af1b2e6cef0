package id.pilar.bench;

import java.util.Locale;

/**
 * One measured figure, printed as
 * {@code figure=<name> value=<v> unit=<u> baseline=<b> ratio=<v/b>}.
 *
 * @param name     dotted name, e.g. {@code registry.import.1m}
 * @param value    what Pilar took
 * @param unit     {@code ms}, {@code s}, {@code MB}, {@code %}
 * @param baseline the same work done the plainest way in the same run (NaN when none)
 * @param target   the target from docs/BENCHMARKS.md, for the reader (may be empty)
 */
public record Figure(String name, double value, String unit, double baseline, String target) {

    public String line() {
        String ratio = Double.isNaN(baseline) || baseline == 0 ? "-" : fmt(value / baseline);
        return "figure=" + name + " value=" + fmt(value) + " unit=" + unit + " baseline="
                + (Double.isNaN(baseline) ? "-" : fmt(baseline)) + " ratio=" + ratio
                + (target == null || target.isEmpty() ? "" : " target=" + target.replace(' ', '_'));
    }

    /** A size as figure names spell it: 1m, 100k, 2500. */
    public static String sizeLabel(int size) {
        return size >= 1_000_000 && size % 1_000_000 == 0 ? size / 1_000_000 + "m"
                : size >= 1000 && size % 1000 == 0 ? size / 1000 + "k" : String.valueOf(size);
    }

    private static String fmt(double d) {
        return String.format(Locale.ROOT, d >= 100 ? "%.0f" : "%.3f", d);
    }
}
