package id.pilar.registry.api;

/** Status hubungan dalam keluarga, the family-relationship codes printed on the KK. */
public enum Shdk {
    KEPALA_KELUARGA(1, "Kepala Keluarga"),
    SUAMI(2, "Suami"),
    ISTRI(3, "Istri"),
    ANAK(4, "Anak"),
    MENANTU(5, "Menantu"),
    CUCU(6, "Cucu"),
    ORANG_TUA(7, "Orang Tua"),
    MERTUA(8, "Mertua"),
    FAMILI_LAIN(9, "Famili Lain"),
    PEMBANTU(10, "Pembantu"),
    LAINNYA(11, "Lainnya");

    /** The constants once: {@code values()} copies its array on every call, and an import asks a million times. */
    private static final Shdk[] ALL = values();

    private final int code;
    private final String label;

    Shdk(int code, String label) {
        this.code = code;
        this.label = label;
    }

    public int code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** The relation for a code 1–11, or null. */
    public static Shdk of(int code) {
        for (Shdk s : ALL) {
            if (s.code == code) {
                return s;
            }
        }
        return null;
    }
}
