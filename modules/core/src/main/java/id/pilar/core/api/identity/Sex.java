package id.pilar.core.api.identity;

/** Jenis kelamin as recorded on the KTP. */
public enum Sex {
    LAKI_LAKI("L", "Laki-laki"),
    PEREMPUAN("P", "Perempuan");

    private final String code;
    private final String label;

    Sex(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** One-letter code used in files: L or P. */
    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** Reads L/P, 1/2, "laki-laki", "perempuan", "male", "female", "pria", "wanita"; null when unknown. */
    public static Sex parse(String text) {
        if (text == null) {
            return null;
        }
        String t = text.trim().toLowerCase(java.util.Locale.ROOT);
        return switch (t) {
            case "l", "1", "lk", "laki-laki", "laki laki", "lakilaki", "pria", "male", "m", "laki_laki" -> LAKI_LAKI;
            case "p", "2", "pr", "perempuan", "wanita", "female", "f", "w" -> PEREMPUAN;
            default -> null;
        };
    }
}
