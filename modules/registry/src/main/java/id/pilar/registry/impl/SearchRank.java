package id.pilar.registry.impl;

import id.pilar.core.api.identity.PersonNames;
import java.util.ArrayList;
import java.util.List;

/**
 * How well a found person answers the query, lower is better, so ↓ Enter opens the one the clerk
 * typed: the exact name (or NIK) first, then names that start with what was typed, then names
 * holding every typed word as typed (any order), then spelling variants, then the rest (alias,
 * address). Computed in memory on the rows the search already read: no query per row.
 */
final class SearchRank {

    static final int EXACT = 0;
    static final int PREFIX = 1;
    static final int ALL_WORDS = 2;
    static final int VARIANT = 3;
    static final int OTHER = 4;

    /** The query prepared once per search, so ranking a row costs a few string comparisons. */
    static final class Words {
        private final String folded;
        private final List<String> words;
        private final String canonical;

        Words(String query) {
            folded = fold(query);
            words = folded.isEmpty() ? List.of() : List.of(folded.split(" "));
            canonical = PersonNames.canonical(query);
        }

        int rank(String nama) {
            String name = fold(nama);
            if (name.equals(folded)) {
                return EXACT;
            }
            if (name.startsWith(folded)) {
                return PREFIX;
            }
            String[] nameWords = name.split(" ");
            if (allWordsAsTyped(nameWords)) {
                return ALL_WORDS;
            }
            // The canonical spelling from the words already folded: one fold per row, not two.
            StringBuilder c = new StringBuilder(name.length());
            for (String w : nameWords) {
                c.append(c.length() == 0 ? "" : " ").append(PersonNames.canonicalToken(w));
            }
            return c.indexOf(canonical) == 0 ? VARIANT : OTHER;
        }

        /** Every query word starts a different word of the name, spelled as typed. */
        private boolean allWordsAsTyped(String[] nameWords) {
            List<String> left = new ArrayList<>(List.of(nameWords));
            for (String w : words) {
                boolean hit = false;
                for (int i = 0; i < left.size(); i++) {
                    if (left.get(i).startsWith(w)) {
                        left.remove(i);
                        hit = true;
                        break;
                    }
                }
                if (!hit) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * {@link PersonNames#fold} with a short way for names in plain ASCII (nearly all): the same
     * result without its normalisation and regular expressions, which were most of the time and
     * the memory of ranking 50 rows per keystroke.
     */
    static String fold(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        boolean gap = false;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch >= 0x80) {
                return PersonNames.fold(s); // diacritics: the full rule
            }
            if (ch >= 'A' && ch <= 'Z') {
                ch = (char) (ch + ('a' - 'A'));
            }
            if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')) {
                if (gap && b.length() > 0) {
                    b.append(' ');
                }
                gap = false;
                b.append(ch);
            } else {
                gap = true;
            }
        }
        return b.toString();
    }

    /**
     * A NIK or KK search, in this order: the exact NIK, the exact KK, a NIK starting with the
     * digits, a KK starting with them ({@code kkMatched} is the KK a row was found through, or null).
     */
    static int identity(String digits, String nik, String kkMatched) {
        if (kkMatched == null) {
            return digits.equals(nik) ? 0 : 2;
        }
        return digits.equals(kkMatched) ? 1 : 3;
    }

    private SearchRank() {
    }
}
