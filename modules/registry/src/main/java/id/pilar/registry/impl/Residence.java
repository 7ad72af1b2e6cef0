package id.pilar.registry.impl;

import id.pilar.registry.api.HouseholdAddress;
import id.pilar.registry.impl.model.PersonEntity;
import java.util.Locale;
import java.util.Objects;

/**
 * Whether a person lives at a KK's address, and moving them there. Addresses typed by different
 * clerks differ in case, spacing and leading zeros of RT/RW ("Jl. Kramat  Raya" / "jl. kramat raya",
 * "003" / "3"), so those are compared loosely; the kelurahan exactly.
 */
final class Residence {

    private Residence() {
    }

    static boolean livesAt(PersonEntity p, HouseholdAddress a) {
        if (p.isTanpaAlamat() || a.tanpaAlamatTetap()) {
            return p.isTanpaAlamat() && a.tanpaAlamatTetap();
        }
        return street(p.getAlamatJalan()).equals(street(a.alamatJalan())) && number(p.getRt()).equals(number(a.rt()))
                && number(p.getRw()).equals(number(a.rw())) && Objects.equals(blank(p.getKodeKelurahan()), a.kodeKelurahan());
    }

    /** The person's own record gets the household's address (Envers keeps the old one). */
    static void moveTo(PersonEntity p, HouseholdAddress a) {
        p.setTanpaAlamat(a.tanpaAlamatTetap());
        p.setAlamatJalan(a.alamatJalan());
        p.setRt(a.rt());
        p.setRw(a.rw());
        p.setKodeKelurahan(a.kodeKelurahan());
        p.setLokasiTerakhir(a.tanpaAlamatTetap() ? a.lokasiTerakhir() : null);
    }

    private static String street(String s) {
        return s == null ? "" : s.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static String number(String s) {
        String t = s == null ? "" : s.trim();
        return t.replaceFirst("^0+(?=\\d)", "");
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
