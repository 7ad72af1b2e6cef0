package id.pilar.awards.api;

import java.util.Arrays;
import java.util.Optional;

/** The pillar types awards distinguish, with their PSKS codes (Permensos 08/2012). */
public enum PillarType {
    PSM("PSKS-02", "PSM"), TAGANA("PSKS-03", "Tagana"), LKS("PSKS-04", "LKS"),
    KARANG_TARUNA("PSKS-05", "Karang Taruna"), TKSK("PSKS-11", "TKSK");

    private final String psksKode;
    private final String label;

    PillarType(String psksKode, String label) {
        this.psksKode = psksKode;
        this.label = label;
    }

    public String psksKode() {
        return psksKode;
    }

    public String label() {
        return label;
    }

    public static Optional<PillarType> ofPsks(String kode) {
        return Arrays.stream(values()).filter(t -> t.psksKode.equals(kode)).findFirst();
    }
}
