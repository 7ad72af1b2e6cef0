package id.pilar.rosters.api;

/** Rank (tingkatan) of a Tagana member. */
public enum TaganaRank {
    MUDA("Tagana Muda"), MADYA("Tagana Madya"), UTAMA("Tagana Utama");

    private final String label;

    TaganaRank(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
