package id.pilar.core.api.identity;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Names made comparable for search and matching: case and diacritics removed, punctuation
 * dropped, and common Indonesian spelling variants folded into one form (Muhammad / Muhamad /
 * Mohamad / Mochammad / Moh., Nur / Noer, Siti / Sitti, the old spelling oe → u, dj → j,
 * tj → c, ch → kh).
 */
public final class PersonNames {

    private static final Map<String, String> VARIANTS = Map.ofEntries(
            Map.entry("muhammad", "muhammad"), Map.entry("muhamad", "muhammad"), Map.entry("mohammad", "muhammad"),
            Map.entry("mohamad", "muhammad"), Map.entry("mochammad", "muhammad"), Map.entry("mochamad", "muhammad"),
            Map.entry("muchammad", "muhammad"), Map.entry("muchamad", "muhammad"), Map.entry("mohammed", "muhammad"),
            Map.entry("muhammed", "muhammad"), Map.entry("mohamed", "muhammad"), Map.entry("moh", "muhammad"),
            Map.entry("muh", "muhammad"), Map.entry("mhd", "muhammad"), Map.entry("mochamat", "muhammad"),
            Map.entry("mukhammad", "muhammad"), Map.entry("md", "muhammad"),
            Map.entry("nur", "nur"), Map.entry("noer", "nur"), Map.entry("nuur", "nur"), Map.entry("noor", "nur"),
            Map.entry("siti", "siti"), Map.entry("sitti", "siti"), Map.entry("sity", "siti"),
            Map.entry("abdul", "abdul"), Map.entry("abdoel", "abdul"), Map.entry("abd", "abdul"),
            Map.entry("achmad", "ahmad"), Map.entry("akhmad", "ahmad"), Map.entry("ahmad", "ahmad"), Map.entry("ahmat", "ahmad"),
            Map.entry("yusuf", "yusuf"), Map.entry("jusuf", "yusuf"), Map.entry("yoesoef", "yusuf"),
            Map.entry("rachmat", "rahmat"), Map.entry("rakhmat", "rahmat"),
            Map.entry("fitri", "fitri"), Map.entry("fitriyani", "fitriani"), Map.entry("fitriani", "fitriani"));

    private PersonNames() {
    }

    /** Lower case ASCII letters, digits and single spaces. */
    public static String fold(String name) {
        if (name == null) {
            return "";
        }
        String n = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        n = n.toLowerCase(Locale.ROOT).replace('\'', ' ').replace('`', ' ');
        n = n.replaceAll("[^a-z0-9]+", " ").trim();
        return n;
    }

    /** One word in its canonical spelling. */
    public static String canonicalToken(String token) {
        String t = VARIANTS.get(token);
        if (t != null) {
            return t;
        }
        String s = token;
        s = s.replace("oe", "u").replace("dj", "j").replace("tj", "c").replace("ch", "kh");
        t = VARIANTS.get(s);
        return t != null ? t : s;
    }

    /** The name's words in canonical spelling, in their original order. */
    public static List<String> tokens(String name) {
        String f = fold(name);
        List<String> out = new ArrayList<>();
        if (f.isEmpty()) {
            return out;
        }
        for (String w : f.split(" ")) {
            out.add(canonicalToken(w));
        }
        return out;
    }

    /** The canonical name as one string, e.g. "Moch. Noer Siti" → "muhammad nur siti". */
    public static String canonical(String name) {
        return String.join(" ", tokens(name));
    }
}
