package id.pilar.awards.api;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

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

    /** Looked up for every membership of every member when judging thousands: a map, not a stream over {@code values()}. */
    private static final Map<String, PillarType> BY_PSKS = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(PillarType::psksKode, t -> t));

    public static Optional<PillarType> ofPsks(String kode) {
        return kode == null ? Optional.empty() : Optional.ofNullable(BY_PSKS.get(kode));
    }
}
