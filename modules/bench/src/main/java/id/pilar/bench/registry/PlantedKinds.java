package id.pilar.bench.registry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Names what differs between the two records of a planted duplicate (read back from the
 * database, the generator unchanged), and between the two people of a queued pair that was not
 * planted, so recall per kind of change and the false positives' kinds can be printed.
 */
final class PlantedKinds {

    /** The fields compared: canonical name, birth date, NIK, mother's name. */
    record Person(String nama, String tanggal, String nik, String ibu) {
    }

    /** Counts of one kind: planted (or queued) and found. */
    static final class Count {
        long all;
        long found;
    }

    private PlantedKinds() {
    }

    static Person read(PreparedStatement ps, String id) throws SQLException {
        ps.setString(1, id);
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? new Person(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)) : null;
        }
    }

    static PreparedStatement statement(Connection c) throws SQLException {
        return c.prepareStatement("SELECT nama_kanonik, tanggal_lahir, nik, nama_ibu FROM reg_person WHERE id = ?");
    }

    /** The name change and the birth-date change of a pair, e.g. "first word changed, date changed". */
    static String kind(Person a, Person b) {
        return name(a.nama(), b.nama()) + ", " + date(a.tanggal(), b.tanggal());
    }

    static String name(String x, String y) {
        if (x.equals(y)) {
            return "name same";
        }
        if (sorted(x).equals(sorted(y))) {
            return "word order";
        }
        List<String> wx = List.of(x.split(" "));
        List<String> wy = List.of(y.split(" "));
        if (wx.size() != wy.size() && (wx.containsAll(wy) || wy.containsAll(wx))) {
            return "word dropped";
        }
        return wx.get(0).equals(wy.get(0)) ? "later word changed" : "first word changed";
    }

    static String date(String x, String y) {
        if (x == null || y == null) {
            return x == y ? "no date" : "date missing";
        }
        return x.equals(y) ? "date same" : "date changed";
    }

    private static String sorted(String n) {
        String[] w = n.split(" ");
        Arrays.sort(w);
        return String.join(" ", w);
    }

    /** Adds one pair to its kind's count. */
    static void count(Map<String, Count> counts, String kind, boolean found) {
        Count c = counts.computeIfAbsent(kind, k -> new Count());
        c.all++;
        if (found) {
            c.found++;
        }
    }

    /** Kinds of queued pairs that were not planted (different people the score could not tell apart). */
    static Map<String, Long> falsePositives(Connection c, Set<String> found, Set<String> planted) throws SQLException {
        Map<String, Long> out = new TreeMap<>();
        try (PreparedStatement ps = statement(c)) {
            for (String pair : found) {
                if (planted.contains(pair)) {
                    continue;
                }
                String[] ab = pair.split("\\|");
                Person a = read(ps, ab[0]);
                Person b = read(ps, ab[1]);
                if (a == null || b == null) {
                    continue;
                }
                String k = kind(a, b) + (a.nik() != null && b.nik() != null ? ", both with NIK" : ", a NIK missing")
                        + (a.ibu() != null && a.ibu().equals(b.ibu()) ? ", same mother" : "");
                out.merge(k, 1L, Long::sum);
            }
        }
        return out;
    }

    static List<String> lines(Map<String, Count> counts) {
        List<String> out = new ArrayList<>();
        counts.forEach((k, v) -> out.add(String.format(java.util.Locale.ROOT, "%-40s planted %6d found %6d recall %5.1f %%", k, v.all,
                v.found, 100.0 * v.found / v.all)));
        return out;
    }
}
