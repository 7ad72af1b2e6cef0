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
            } else if (a.birthYear() == b.birthYear() || oneTypo(a.tanggalLahir(), b.tanggalLahir())) {
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
            s -= 15;
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

    /** The best of: names as written, names with words sorted, and either name against the other's aliases. */
    static double nameSimilarity(PersonKey a, PersonKey b) {
        double best = JaroWinkler.similarity(a.nama(), b.nama());
        if (best < 1) {
            best = Math.max(best, JaroWinkler.similarity(a.namaUrut(), b.namaUrut()));
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
