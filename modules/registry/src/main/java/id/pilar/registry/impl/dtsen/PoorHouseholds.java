package id.pilar.registry.impl.dtsen;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The atlas's DTSEN figure: per kelurahan, the households (KK; a person without one counts alone,
 * by iddtks) with a decile 1–4, kept in {@code dtsen_kelurahan_miskin} (registry V8).
 *
 * <p>Why a table the import fills and not an index: the partial index the atlas read before
 * (V6) was the third index every bulk import built after its load, about a fifth of the index
 * build at a million rows, while the reading threads sat idle. Now the checking thread counts
 * the rows it hands over ({@link #add}), and the writer stores 44 rows. A re-import, or a file
 * that holds an iddtks twice (the later row wins), is counted again from the table
 * ({@link #recount}).
 */
final class PoorHouseholds {

    static final String TABLE = "dtsen_kelurahan_miskin";
    /** The same figure from the rows themselves: the migration's and {@link #recount}'s. */
    static final String COUNT_FROM_ROWS = "SELECT kode_kelurahan, COUNT(DISTINCT COALESCE(nomor_kk, iddtks)) FROM dtsen_person"
            + " WHERE desil BETWEEN 1 AND 4 AND kode_kelurahan IS NOT NULL GROUP BY kode_kelurahan";

    /** Per kelurahan: keys that are plain numbers (every valid KK) as longs, 8 bytes a row, sorted once at the end. */
    private final Map<String, Keys> numeric = new HashMap<>();
    /** Other keys (an iddtks for a person without a KK) as text. */
    private final Map<String, Set<String>> text = new HashMap<>();

    /**
     * One kelurahan's numeric keys. The array starts small on purpose: it then grows within the
     * first rows, while the JIT still profiles, so the compiled reader has the growing branch
     * too. Starting large, the first growth came after the compile, threw the checking thread's
     * compiled code away and had it compiled again (0.03 s of compiler time on a 2-core PC).
     */
    private static final class Keys {
        long[] a = new long[16];
        int size;

        void add(long n) {
            if (size == a.length) {
                a = Arrays.copyOf(a, size * 2);
            }
            a[size++] = n;
        }
    }

    /** Counts one accepted row (the checking thread). */
    void add(DtsenRow r) {
        Integer desil = r.desil();
        String kel = r.kodeKelurahan();
        if (desil == null || desil < 1 || desil > 4 || kel == null) {
            return;
        }
        String key = r.nomorKk() != null ? r.nomorKk() : r.iddtks();
        long n = asNumber(key);
        if (n < 0) {
            text.computeIfAbsent(kel, k -> new HashSet<>()).add(key);
            return;
        }
        Keys k = numeric.get(kel);
        if (k == null) {
            k = new Keys();
            numeric.put(kel, k);
        }
        k.add(n);
    }

    /**
     * The key as a number when its text is the number's own (digits, no leading zero, at most 18),
     * so that two keys are the same number exactly when they are the same text; else -1.
     */
    static long asNumber(String key) {
        int len = key.length();
        if (len == 0 || len > 18 || key.charAt(0) == '0') {
            return -1;
        }
        long n = 0;
        for (int i = 0; i < len; i++) {
            char ch = key.charAt(i);
            if (ch < '0' || ch > '9') {
                return -1;
            }
            n = n * 10 + (ch - '0');
        }
        return n;
    }

    /** Households per kelurahan, in code order. */
    Map<String, Long> counts() {
        Map<String, Long> out = new TreeMap<>();
        numeric.forEach((kel, k) -> {
            long[] keys = Arrays.copyOf(k.a, k.size);
            Arrays.sort(keys);
            long distinct = 0;
            for (int i = 0; i < keys.length; i++) {
                if (i == 0 || keys[i] != keys[i - 1]) {
                    distinct++;
                }
            }
            out.merge(kel, distinct, Long::sum);
        });
        text.forEach((kel, s) -> out.merge(kel, (long) s.size(), Long::sum));
        return out;
    }

    /** Replaces the table's rows with {@code counts}, in the caller's transaction. */
    static void write(Connection c, Map<String, Long> counts) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("DELETE FROM " + TABLE);
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + TABLE + " (kode_kelurahan, jumlah_kk) VALUES (?, ?)")) {
            for (Map.Entry<String, Long> e : counts.entrySet()) {
                ps.setString(1, e.getKey());
                ps.setLong(2, e.getValue());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Counts the table's rows again (a re-import, or a file with an iddtks twice), in the caller's transaction. */
    static void recount(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("DELETE FROM " + TABLE);
            st.execute("INSERT INTO " + TABLE + " (kode_kelurahan, jumlah_kk) " + COUNT_FROM_ROWS);
        }
    }
}
