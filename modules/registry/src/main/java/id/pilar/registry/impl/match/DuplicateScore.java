package id.pilar.registry.impl.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.openide.util.NbBundle.Messages;

/**
 * How alike two person records are, 0..100, with the reasons in Indonesian. The name decides
 * (Jaro-Winkler on canonical names, also with words sorted, so word order does not matter);
 * birth date, kelurahan and mother's name add weight; a different sex or birth date takes it away.
 */
@Messages({
    "DUP_NikSama=NIK sama",
    "# {0} - similarity",
    "DUP_NamaMirip=nama mirip ({0})",
    "DUP_TanggalSama=tanggal lahir sama",
    "DUP_TahunSama=tahun lahir sama",
    "DUP_TanggalDekat=tanggal lahir hampir sama (salah ketik?)",
    "DUP_TanggalBeda=tanggal lahir berbeda",
    "DUP_KelurahanSama=kelurahan sama",
    "DUP_IbuSama=nama ibu sama/mirip",
    "DUP_JkBeda=jenis kelamin berbeda",
    "DUP_NikBeda=NIK berbeda",
    "DUP_KelurahanBeda=kelurahan berbeda",
    "DUP_IbuBeda=nama ibu berbeda"
})
public final class DuplicateScore {

    /** Pairs at or above this go to the review queue. */
    public static final int QUEUE_THRESHOLD = 75;
    /** Below this a name is too different to look further. */
    static final double NAME_FLOOR = 0.86;

    public record Result(int score, List<String> reasons) {
    }

    private DuplicateScore() {
    }

    /** Score only (no reasons): the scan's inner loop. Returns 0 early for different names. */
    public static int score(PersonKey a, PersonKey b) {
        Result r = compare(a, b, false);
        return r.score();
    }

    public static Result explain(PersonKey a, PersonKey b) {
        return compare(a, b, true);
    }

    private static Result compare(PersonKey a, PersonKey b, boolean explain) {
        List<String> reasons = explain ? new ArrayList<>() : null;
        if (a.nik() != null && a.nik().equals(b.nik())) {
            if (explain) {
                reasons.add(Bundle.DUP_NikSama());
            }
            return new Result(100, explain ? reasons : List.of());
        }
        double name = nameSimilarity(a, b);
        if (name < NAME_FLOOR) {
            return new Result(0, List.of());
        }
        double s = (name - NAME_FLOOR) / (1 - NAME_FLOOR) * 45 + 20;
        if (explain) {
            reasons.add(Bundle.DUP_NamaMirip(String.format(Locale.ROOT, "%.2f", name).replace('.', ',')));
        }
        if (a.tanggalLahir() != null && b.tanggalLahir() != null) {
            if (a.tanggalLahir().equals(b.tanggalLahir())) {
                s += 25;
                add(reasons, Bundle.DUP_TanggalSama());
            } else if (oneTypo(a.tanggalLahir(), b.tanggalLahir()) || oneDayApart(a.tanggalLahir(), b.tanggalLahir())) {
                s += 14;
                add(reasons, Bundle.DUP_TanggalDekat());
            } else if (a.birthYear() == b.birthYear()) {
                s += 10;
                add(reasons, Bundle.DUP_TahunSama());
            } else {
                s -= 25;
                add(reasons, Bundle.DUP_TanggalBeda());
            }
        } else if (a.birthYear() != 0 && Math.abs(a.birthYear() - b.birthYear()) <= 2) {
            s += 8;
            add(reasons, Bundle.DUP_TahunSama());
        }
        if (a.kodeKelurahan() != null && b.kodeKelurahan() != null) {
            if (a.kodeKelurahan().equals(b.kodeKelurahan())) {
                s += 10;
                add(reasons, Bundle.DUP_KelurahanSama());
            } else {
                s -= 10;
                add(reasons, Bundle.DUP_KelurahanBeda());
            }
        }
        if (a.namaIbu() != null && b.namaIbu() != null) {
            double mother = JaroWinkler.similarity(a.namaIbu(), b.namaIbu());
            if (mother >= 0.9) {
                s += 12;
                add(reasons, Bundle.DUP_IbuSama());
            } else if (mother < 0.8) {
                // Two people with a common name and birthday are told apart by their mothers.
                s -= 15;
                add(reasons, Bundle.DUP_IbuBeda());
            }
        }
        if (a.jenisKelamin() != null && b.jenisKelamin() != null && !a.jenisKelamin().equals(b.jenisKelamin())) {
            s -= 35;
            add(reasons, Bundle.DUP_JkBeda());
        }
        if (a.nik() != null && b.nik() != null) {
            // Two NIKs are two people unless they differ in one digit of the region or birth date
            // (a slip): the serial is what tells apart people born on one day in one region.
            boolean slip = oneTypo(a.nik(), b.nik()) && !a.nik().regionMatches(0, b.nik(), 0, 12);
            s -= slip ? 5 : 30;
            add(reasons, Bundle.DUP_NikBeda());
        }
        int score = (int) Math.max(0, Math.min(99, Math.round(s)));
        return new Result(score, explain ? reasons : List.of());
    }

    private static void add(List<String> reasons, String r) {
        if (reasons != null) {
            reasons.add(r);
        }
    }

    /**
     * One typing slip apart: a letter doubled or left out, or two neighbouring letters swapped.
     * Jaro-Winkler rates such a slip low in a short name ("adi rusli"), where a clerk sees it at once.
     */
    static boolean oneSlip(String x, String y) {
        int lx = x.length();
        int ly = y.length();
        if (Math.abs(lx - ly) > 1 || x.equals(y)) {
            return false;
        }
        int i = 0;
        while (i < Math.min(lx, ly) && x.charAt(i) == y.charAt(i)) {
            i++;
        }
        if (lx == ly) {
            return i + 1 < lx && x.charAt(i) == y.charAt(i + 1) && x.charAt(i + 1) == y.charAt(i)
                    && x.regionMatches(i + 2, y, i + 2, lx - i - 2);
        }
        String longer = lx > ly ? x : y;
        String shorter = lx > ly ? y : x;
        return longer.regionMatches(i + 1, shorter, i, shorter.length() - i);
    }

    /** Every word of {@code shorter} (two words or more, fewer than {@code longer} has) is a word of {@code longer}. */
    static boolean wordsWithin(String shorter, String longer) {
        if (shorter.length() >= longer.length() || shorter.indexOf(' ') < 0) {
            return false;
        }
        String padded = " " + longer + " ";
        int from = 0;
        while (from <= shorter.length()) {
            int sp = shorter.indexOf(' ', from);
            int end = sp < 0 ? shorter.length() : sp;
            String w = shorter.substring(from, end);
            if (!w.isEmpty() && !padded.contains(" " + w + " ")) {
                return false;
            }
            from = end + 1;
        }
        return true;
    }

    /** ISO dates one day apart (a slip of the day that crosses a ten, 19 → 20, is more than one digit). */
    static boolean oneDayApart(String x, String y) {
        if (x.length() != 10 || y.length() != 10) {
            return false;
        }
        try {
            long d = java.time.LocalDate.parse(x).toEpochDay() - java.time.LocalDate.parse(y).toEpochDay();
            return d == 1 || d == -1;
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }

    /** Dates that differ in one digit, or with day and month swapped: typing slips. */
    static boolean oneTypo(String x, String y) {
        if (x.length() != y.length()) {
            return false;
        }
        int diff = 0;
        for (int i = 0; i < x.length(); i++) {
            if (x.charAt(i) != y.charAt(i)) {
                diff++;
            }
        }
        if (diff == 1) {
            return true;
        }
        return x.length() == 10 && x.substring(0, 4).equals(y.substring(0, 4))
                && x.substring(5, 7).equals(y.substring(8, 10)) && x.substring(8, 10).equals(y.substring(5, 7));
    }

    /** What a name of two or more words counts when the other name has all its words and more (a middle name dropped). */
    static final double CONTAINED = 0.96;

    /**
     * The best of: names as written, names with words sorted, one name's words all within the
     * other's, and either name against the other's aliases.
     */
    static double nameSimilarity(PersonKey a, PersonKey b) {
        double best = JaroWinkler.similarity(a.nama(), b.nama());
        if (best < 1) {
            best = Math.max(best, JaroWinkler.similarity(a.namaUrut(), b.namaUrut()));
        }
        if (best < CONTAINED && best >= 0.7 && (oneSlip(a.nama(), b.nama())
                || wordsWithin(a.nama(), b.nama()) || wordsWithin(b.nama(), a.nama()))) {
            best = CONTAINED;
        }
        if (best < NAME_FLOOR && (a.alias() != null || b.alias() != null)) {
            for (String x : names(a)) {
                for (String y : names(b)) {
                    best = Math.max(best, JaroWinkler.similarity(x, y));
                }
            }
        }
        return best;
    }

    private static List<String> names(PersonKey p) {
        List<String> out = new ArrayList<>();
        out.add(p.nama());
        if (p.alias() != null) {
            out.add(p.alias());
        }
        return out;
    }

    static String sorted(String name) {
        if (name.indexOf(' ') < 0) {
            return name;
        }
        String[] w = name.split(" ");
        Arrays.sort(w);
        return String.join(" ", w);
    }
}
