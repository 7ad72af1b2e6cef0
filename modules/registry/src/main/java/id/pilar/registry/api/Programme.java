package id.pilar.registry.api;

import java.util.ArrayList;
import java.util.List;

/**
 * National social-assistance programmes and the deciles that qualify for them: PKH deciles 1–4,
 * Sembako (BPNT) and PBI-JK deciles 1–5.
 */
public enum Programme {
    PKH("PKH", 4),
    SEMBAKO("Sembako", 5),
    PBI_JK("PBI-JK", 5);

    private final String label;
    private final int maxDesil;

    Programme(String label, int maxDesil) {
        this.label = label;
        this.maxDesil = maxDesil;
    }

    public String label() {
        return label;
    }

    public int maxDesil() {
        return maxDesil;
    }

    public static List<Programme> eligibleFor(Integer desil) {
        List<Programme> out = new ArrayList<>();
        if (desil == null || desil < 1) {
            return out;
        }
        for (Programme p : values()) {
            if (desil <= p.maxDesil) {
                out.add(p);
            }
        }
        return out;
    }
}
