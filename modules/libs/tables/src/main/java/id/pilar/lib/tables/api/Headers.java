package id.pilar.lib.tables.api;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Column names as other systems spell them reduced to one key, so "No KK", "no_kk", "NO. KK" and
 * "noKK" are the same column, and "Nama Lengkap" is "namaLengkap": lower case, accents and
 * everything but letters and digits dropped (camelCase needs nothing more once the case is gone).
 */
public final class Headers {

    private Headers() {
    }

    /** The matching key of a header ("Tanggal Lahir" and "tanggal_lahir" both give "tanggallahir"). */
    public static String normalise(String header) {
        if (header == null) {
            return "";
        }
        String h = Normalizer.normalize(header.replace("\uFEFF", ""), Normalizer.Form.NFD).toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(h.length());
        for (int i = 0; i < h.length(); i++) {
            char c = h.charAt(i);
            if (Character.isLetterOrDigit(c) && Character.getType(c) != Character.NON_SPACING_MARK) {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Whether two headers name the same column. */
    public static boolean same(String a, String b) {
        return normalise(a).equals(normalise(b));
    }
}
