package id.pilar.registry.api;

/**
 * Where a KK lives: a street address (every part optional), or no fixed address at all, as for
 * families living at a hotspot, with the place they were last seen.
 */
public record HouseholdAddress(String alamatJalan, String rt, String rw, String kodeKelurahan, boolean tanpaAlamatTetap,
        String lokasiTerakhir) {

    public HouseholdAddress {
        alamatJalan = blankToNull(alamatJalan);
        rt = blankToNull(rt);
        rw = blankToNull(rw);
        kodeKelurahan = blankToNull(kodeKelurahan);
        lokasiTerakhir = blankToNull(lokasiTerakhir);
        if (tanpaAlamatTetap) {
            alamatJalan = null;
            rt = null;
            rw = null;
            kodeKelurahan = null;
        } else {
            lokasiTerakhir = null;
        }
    }

    /** A street address; blank parts are left empty. */
    public static HouseholdAddress of(String street, String rt, String rw, String kodeKelurahan) {
        return new HouseholdAddress(street, rt, rw, kodeKelurahan, false, null);
    }

    /** No fixed address; {@code lastSeen} may be null. */
    public static HouseholdAddress noFixedAddress(String lastSeen) {
        return new HouseholdAddress(null, null, null, null, true, lastSeen);
    }

    /** The address of a person's record, for a KK that person heads. */
    public static HouseholdAddress of(PersonDraft person) {
        return person.tanpaAlamatTetap() ? noFixedAddress(person.lokasiTerakhir())
                : of(person.alamatJalan(), person.rt(), person.rw(), person.kodeKelurahan());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
