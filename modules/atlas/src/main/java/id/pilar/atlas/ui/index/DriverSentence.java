package id.pilar.atlas.ui.index;

import id.pilar.atlas.api.AtlasIndicator;
import id.pilar.atlas.api.Contribution;
import id.pilar.atlas.api.KelurahanScore;
import id.pilar.ui.api.Formats;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openide.util.NbBundle.Messages;

/**
 * A kelurahan's score in one sentence for the head of the sub-agency: the (at most three)
 * indicators that add most to it, with their points, the low-coverage ones said as such.
 */
@Messages({
    "# {0} - the drivers, joined", "TXT_Drivers=Terutama karena {0}.",
    "# {0} - indicator", "# {1} - value", "# {2} - unit", "# {3} - points",
    "TXT_High={0} tinggi ({1} {2}; +{3} poin)",
    "# {0} - indicator", "# {1} - value", "# {2} - unit", "# {3} - points",
    "TXT_Low={0} rendah ({1} {2}; +{3} poin)",
    "TXT_None=Tidak ada indikator yang menonjol: nilainya termasuk terendah di semua indikator.",
    "TXT_And=dan"
})
public final class DriverSentence {

    static final int MAX_DRIVERS = 3;

    private DriverSentence() {
    }

    public static String of(KelurahanScore s, Map<String, AtlasIndicator> indicators) {
        List<String> parts = new ArrayList<>();
        for (Contribution c : s.drivers()) {
            if (parts.size() == MAX_DRIVERS || c.points() < 0.05) {
                break;
            }
            AtlasIndicator i = indicators.get(c.indicator());
            String label = i == null ? c.indicator() : i.label();
            String unit = i == null ? "" : i.unit();
            String value = Formats.decimal(c.value(), c.value() == Math.rint(c.value()) ? 0 : 1);
            String points = Formats.decimal(c.points(), 1);
            boolean low = i != null && !i.higherIsWorse();
            parts.add(low ? Bundle.TXT_Low(label, value, unit, points) : Bundle.TXT_High(label, value, unit, points));
        }
        if (parts.isEmpty()) {
            return Bundle.TXT_None();
        }
        String joined = parts.size() == 1 ? parts.get(0)
                : String.join(", ", parts.subList(0, parts.size() - 1)) + " " + Bundle.TXT_And() + " " + parts.get(parts.size() - 1);
        return Bundle.TXT_Drivers(joined);
    }
}
