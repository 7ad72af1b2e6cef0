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
    /**
     * Points of a birth date in the same year but otherwise different (not one day or one slip
     * off): two dates both typed and disagreeing are a sign of two people, if a weaker one than
     * another year. It was +10, which queued namesakes of one kelurahan born in one year whenever
     * a NIK was missing (most of the false pairs at 1M).
     */
    static final double YEAR_POINTS = -5;
    /**
     * Points of a near birth date when the names are only similar, not equal after slips: none.
     * The near date's bonus is for a record typed twice; with a different name too, it mostly met
     * namesakes born days apart.
     */
    static final double NEAR_POINTS_OTHER_NAME = 0;
    /** Below this a name is too different to look further. */
    static final double NAME_FLOOR = 0.86;

    public record Result(int score, List<String> reasons) {
    }

    private DuplicateScore() {
    }

    /** Score only (no reasons). Returns 0 early for different names. */
    public static int score(PersonKey a, PersonKey b) {
        return compare(a, b, null, 0);
    }

    /**
     * The scan's inner loop: the score when it is {@code atLeast} or more, else 0 (or any score
     * below {@code atLeast}). The fields other than the name are weighed first; when even equal
     * names could not lift the pair to {@code atLeast}, the names are not compared at all.
     */
    public static int scoreAtLeast(PersonKey a, PersonKey b, int atLeast) {
        return compare(a, b, null, atLeast);
    }

    public static Result explain(PersonKey a, PersonKey b) {
        List<String> reasons = new ArrayList<>();
        int score = compare(a, b, reasons, 0);
        return new Result(score, reasons);
    }

    /** Points of the name at its best (equal names). */
    private static final double NAME_MAX = 65;
    /** Points of a birth date equal in both records. */
    private static final double DATE_SAME = 25;
    /** Points of a birth date one day or one typing slip off, when the names are equal after slips. */
    private static final double DATE_NEAR = 14;
    private static final double MOTHER_SAME = 12;

    /** How the two birth dates relate (before the name is known). */
    private enum Dates { SAME, NEAR, YEAR, OTHER, ESTIMATE_CLOSE, UNKNOWN }

    private static int compare(PersonKey a, PersonKey b, List<String> reasons, int atLeast) {
        if (a.nik() != null && a.nik().equals(b.nik())) {
            add(reasons, Bundle.DUP_NikSama());
            return 100;
        }
        // Rounded to the queue's threshold from half a point below it.
        double needed = atLeast - 0.5;
        Dates dates = dates(a, b);
        double rest = 0;
        boolean sameKelurahan = false;
        boolean otherKelurahan = false;
        if (a.kodeKelurahan() != null && b.kodeKelurahan() != null) {
            sameKelurahan = a.kodeKelurahan().equals(b.kodeKelurahan());
            otherKelurahan = !sameKelurahan;
            rest += sameKelurahan ? 10 : -10;
        }
        boolean otherSex = a.jenisKelamin() != null && b.jenisKelamin() != null && !a.jenisKelamin().equals(b.jenisKelamin());
        if (otherSex) {
            rest -= 35;
        }
        boolean bothNik = a.nik() != null && b.nik() != null;
        if (bothNik) {
            rest -= nikPenalty(a.nik(), b.nik());
        }
        boolean mothers = a.namaIbu() != null && b.namaIbu() != null;
        if (reasons == null && NAME_MAX + datePointsAtBest(dates) + rest + (mothers ? MOTHER_SAME : 0) < needed) {
            return 0;
        }
        double mother = mothers ? JaroWinkler.similarity(a.namaIbu(), b.namaIbu()) : 0;
        if (mothers) {
            // Two people with a common name and birthday are told apart by their mothers.
            rest += mother >= 0.9 ? MOTHER_SAME : mother < 0.8 ? -15 : 0;
        }
        if (reasons == null && NAME_MAX + datePointsAtBest(dates) + rest < needed) {
            return 0;
        }
        double name = nameSimilarity(a, b);
        if (name < NAME_FLOOR) {
            return 0;
        }
        double s = (name - NAME_FLOOR) / (1 - NAME_FLOOR) * (NAME_MAX - 20) + 20 + rest + datePoints(dates, name);
        if (reasons != null) {
            reasons.add(Bundle.DUP_NamaMirip(String.format(Locale.ROOT, "%.2f", name).replace('.', ',')));
            String date = dateReason(dates);
            if (date != null) {
                reasons.add(date);
            }
            if (sameKelurahan || otherKelurahan) {
                reasons.add(sameKelurahan ? Bundle.DUP_KelurahanSama() : Bundle.DUP_KelurahanBeda());
            }
            if (mothers && (mother >= 0.9 || mother < 0.8)) {
                reasons.add(mother >= 0.9 ? Bundle.DUP_IbuSama() : Bundle.DUP_IbuBeda());
            }
            if (otherSex) {
                reasons.add(Bundle.DUP_JkBeda());
            }
            if (bothNik) {
                reasons.add(Bundle.DUP_NikBeda());
            }
        }
        return (int) Math.max(0, Math.min(99, Math.round(s)));
    }

    /**
     * Two NIKs are two people unless they differ in one digit of the region or birth date (a
     * slip): the serial is what tells apart people born on one day in one region.
     */
    private static double nikPenalty(String x, String y) {
        boolean slip = oneTypo(x, y) && !x.regionMatches(0, y, 0, 12);
        return slip ? 5 : 30;
    }

    private static Dates dates(PersonKey a, PersonKey b) {
        String x = a.tanggalLahir();
        String y = b.tanggalLahir();
        if (x != null && y != null) {
            if (x.equals(y)) {
                return Dates.SAME;
            }
            if (oneTypo(x, y) || oneDayApart(x, y)) {
                return Dates.NEAR;
            }
            return a.birthYear() == b.birthYear() ? Dates.YEAR : Dates.OTHER;
        }
        return a.birthYear() != 0 && Math.abs(a.birthYear() - b.birthYear()) <= 2 ? Dates.ESTIMATE_CLOSE : Dates.UNKNOWN;
    }

    /** The most the dates can add, whatever the names. */
    private static double datePointsAtBest(Dates d) {
        return datePoints(d, 1);
    }

    private static double datePoints(Dates d, double name) {
        return switch (d) {
            case SAME -> DATE_SAME;
            case NEAR -> name >= CONTAINED ? DATE_NEAR : NEAR_POINTS_OTHER_NAME;
            case YEAR -> YEAR_POINTS;
            case OTHER -> -25;
            case ESTIMATE_CLOSE -> 8;
            case UNKNOWN -> 0;
        };
    }

    private static String dateReason(Dates d) {
        return switch (d) {
            case SAME -> Bundle.DUP_TanggalSama();
            case NEAR -> Bundle.DUP_TanggalDekat();
            case ESTIMATE_CLOSE -> Bundle.DUP_TahunSama();
            case YEAR, OTHER -> Bundle.DUP_TanggalBeda();
            case UNKNOWN -> null;
        };
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
        if (x.regionMatches(0, y, 0, 8)) {
            // Same month (the common case, without parsing): days one apart.
            int d = (x.charAt(8) - y.charAt(8)) * 10 + x.charAt(9) - y.charAt(9);
            return d == 1 || d == -1;
        }
        if (!x.regionMatches(0, y, 0, 2)) {
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
