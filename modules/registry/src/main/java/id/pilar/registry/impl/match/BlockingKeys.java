package id.pilar.registry.impl.match;

/**
 * The extra blocking keys of the duplicate scan, used inside one kelurahan. They exist for the
 * records the birth-date and first-name blocks cannot meet: a second record whose birth date
 * was typed differently <em>and</em> whose first name word (or the start of the second) differs
 * — words swapped, a middle name dropped, a typing slip early in the name.
 *
 * <ul>
 * <li>{@link #word}: the set of letters of the first or of the last name word (canonical
 *     spelling, so old spellings already meet), with sex; compared within a birth year ±1. A
 *     doubled or two swapped letters keep a word's letter set, and a slip touches one word only,
 *     so the other word still meets; swapped words meet first-to-last.</li>
 * <li>{@link #mother}: the mother's name with sex, within a birth year ±1.</li>
 * <li>{@link #nikRegionDate}: the NIK's region and date part (its first 12 digits), for a NIK
 *     whose serial was mistyped.</li>
 * </ul>
 */
public final class BlockingKeys {

    private BlockingKeys() {
    }

    /** Key of the first ({@code last == false}) or last name word, or null for a name of one word asked for its last. */
    public static String word(PersonKey p, boolean last) {
        String n = p.nama();
        if (n == null || n.isEmpty()) {
            return null;
        }
        int first = n.indexOf(' ');
        if (first < 0) {
            return last ? null : sex(p) + letterSet(n);
        }
        String w = last ? n.substring(n.lastIndexOf(' ') + 1) : n.substring(0, first);
        return w.isEmpty() ? null : sex(p) + letterSet(w);
    }

    /** The distinct letters of a word, sorted: "budi" → "bdiu", "buddi" and "bdui" too. */
    public static String letterSet(String word) {
        boolean[] seen = new boolean[128];
        StringBuilder other = null;
        for (int i = 0; i < word.length(); i++) {
            char ch = word.charAt(i);
            if (ch < 128) {
                seen[ch] = true;
            } else {
                if (other == null) {
                    other = new StringBuilder();
                }
                if (other.indexOf(String.valueOf(ch)) < 0) {
                    other.append(ch);
                }
            }
        }
        StringBuilder b = new StringBuilder(12);
        for (char ch = 0; ch < 128; ch++) {
            if (seen[ch]) {
                b.append(ch);
            }
        }
        return other == null ? b.toString() : b.append(other).toString();
    }

    /** Mother's name with sex, or null when unknown. */
    public static String mother(PersonKey p) {
        String m = p.namaIbu();
        return m == null || m.isBlank() ? null : sex(p) + m.trim();
    }

    /** The NIK's first 12 digits (region, date of birth with the sex offset), or null without a NIK. */
    public static String nikRegionDate(PersonKey p) {
        String nik = p.nik();
        return nik == null || nik.length() < 12 ? null : nik.substring(0, 12);
    }

    private static String sex(PersonKey p) {
        return (p.jenisKelamin() == null ? "?" : p.jenisKelamin()) + "|";
    }
}
