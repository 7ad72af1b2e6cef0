package id.pilar.registry.impl;

import id.pilar.core.api.reference.Kelurahan;
import id.pilar.core.api.reference.ReferenceData;
import id.pilar.core.api.security.AccessControl;
import id.pilar.core.api.security.Masks;
import id.pilar.registry.api.PersonSummary;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** Turns {@code reg_person} rows into summaries, masking identity numbers for users without the right. */
final class PersonRows {

    /** The columns {@link #summary} reads, for SELECT lists ({@code p} is the person alias). */
    static final String COLUMNS = "p.id, p.nomor_registri, p.nik, p.nama, p.jenis_kelamin, p.tanggal_lahir, p.kode_kelurahan, p.status";

    private static volatile Map<String, String> kelurahanNames;

    private PersonRows() {
    }

    static PersonSummary summary(ResultSet rs, boolean showNik) throws SQLException {
        String nik = rs.getString(3);
        String born = rs.getString(6);
        return new PersonSummary(rs.getString(1), rs.getString(2), showNik ? nik : Masks.identityNumber(nik),
                rs.getString(4), rs.getString(5), born == null ? null : LocalDate.parse(born), kelurahan(rs.getString(7)),
                rs.getString(8));
    }

    static boolean canSeeNik() {
        return AccessControl.get().canSee(AccessControl.Sensitive.NIK_KK);
    }

    static String mask(String number, boolean show) {
        return show ? number : Masks.identityNumber(number);
    }

    /** The kelurahan's name for a code, or the code itself when unknown. */
    static String kelurahan(String kode) {
        if (kode == null) {
            return null;
        }
        Map<String, String> names = kelurahanNames;
        if (names == null) {
            names = new HashMap<>();
            for (Kelurahan k : ReferenceData.get().kelurahan()) {
                names.put(k.kode(), k.nama());
            }
            kelurahanNames = names;
        }
        return names.getOrDefault(kode, kode);
    }
}
