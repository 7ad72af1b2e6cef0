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

    /**
     * The same columns as one text, for the word search's up to 50 rows per keystroke: the JDBC
     * driver's cost is per column read (each a native call and a string), and eight columns cost
     * more than the join that finds them. Codes first, separated by '|' (none holds one), the
     * free-text name last; a missing value is empty. Read with {@link #packed}.
     */
    static final String PACKED = "p.id || '|' || p.nomor_registri || '|' || coalesce(p.nik, '') || '|' || coalesce(p.jenis_kelamin, '')"
            + " || '|' || coalesce(p.tanggal_lahir, '') || '|' || coalesce(p.kode_kelurahan, '') || '|' || p.status || '|' || p.nama";

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

    /** A summary from a {@link #PACKED} value. */
    static PersonSummary packed(String row, boolean showNik) {
        String[] f = new String[7];
        int from = 0;
        for (int k = 0; k < f.length; k++) {
            int to = row.indexOf('|', from);
            f[k] = to == from ? null : row.substring(from, to);
            from = to + 1;
        }
        String nik = f[2];
        return new PersonSummary(f[0], f[1], showNik ? nik : Masks.identityNumber(nik), row.substring(from), f[3],
                f[4] == null ? null : LocalDate.parse(f[4]), kelurahan(f[5]), f[6]);
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
