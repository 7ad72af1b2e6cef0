package id.pilar.core.api.reference;

/**
 * A social-welfare category: PPKS (people in need of social-welfare services) or PSKS
 * (potentials and sources of social welfare, i.e. the social pillars).
 *
 * @param kode      {@code PPKS-11} (Gelandangan), {@code PSKS-03} (Tagana), {@code LAMA-..}, {@code JALANAN-..}
 * @param skema     the regulation it comes from
 * @param jenis     {@link #PPKS}, {@link #PSKS} or {@link #JALANAN}
 * @param nomor     number in its list
 * @param singkatan abbreviation, or null
 * @param nama      name
 * @param aktif     false for legacy (2007) codes kept for old files
 */
public record KategoriKesos(String kode, String skema, String jenis, int nomor, String singkatan, String nama, boolean aktif) {

    public static final String PPKS = "PPKS";
    public static final String PSKS = "PSKS";
    public static final String JALANAN = "JALANAN";

    /** Name with abbreviation where there is one, e.g. "Taruna Siaga Bencana (Tagana)". */
    public String label() {
        return singkatan == null ? nama : nama + " (" + singkatan + ")";
    }
}
