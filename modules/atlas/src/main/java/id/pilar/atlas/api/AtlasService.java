package id.pilar.atlas.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.openide.util.Lookup;

/**
 * The atlas's figures: indicators per kelurahan from whichever modules are installed, and the
 * vulnerability index computed from them (formula in the module README). Every method checks
 * {@link AtlasPermissions} first and runs off the UI thread.
 */
public interface AtlasService {

    /** Indicators available now (from installed modules), in display order. */
    List<AtlasIndicator> indicators();

    /** The index as of {@code asOf}, with the change against the period before. */
    VulnerabilityIndex index(LocalDate asOf);

    /** The weights in use by indicator id (the defaults until a supervisor saved others). */
    Map<String, Double> weights();

    /** Saves a supervisor's weights (non-negative, not all zero); unknown ids are refused. */
    void saveWeights(Map<String, Double> weights);

    static AtlasService get() {
        return Lookup.getDefault().lookup(AtlasService.class);
    }
}
