package id.pilar.rosters.api;

/** Kinds of duty events. */
public enum DutyKind {
    APEL("Apel"),
    PATROLI("Patroli/penjangkauan"),
    SIAGA_BENCANA("Siaga bencana"),
    PELATIHAN("Pelatihan"),
    UPACARA("Upacara/penghargaan"),
    LAINNYA("Lainnya");

    private final String label;

    DutyKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
