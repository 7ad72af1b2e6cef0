package id.pilar.atlas.ui.map;

import id.pilar.atlas.api.AtlasIndicator;
import org.openide.util.NbBundle.Messages;

/**
 * What the map colours by: the vulnerability index or one indicator.
 *
 * @param id            {@link #INDEX} or an indicator id
 * @param label         what the choice box and legend show
 * @param unit          the legend's unit
 * @param higherIsWorse true when the darkest colour goes to the highest values
 */
@Messages({"LAYER_Index=Indeks kerentanan", "UNIT_Index=0–100, makin tinggi makin rentan"})
public record MapLayer(String id, String label, String unit, boolean higherIsWorse) {

    public static final String INDEX = "atlas.index";

    public static MapLayer index() {
        return new MapLayer(INDEX, Bundle.LAYER_Index(), Bundle.UNIT_Index(), true);
    }

    public static MapLayer of(AtlasIndicator i) {
        return new MapLayer(i.id(), i.label(), i.unit(), i.higherIsWorse());
    }

    public boolean isIndex() {
        return INDEX.equals(id);
    }

    @Override
    public String toString() {
        return label; // the choice box shows it
    }
}
