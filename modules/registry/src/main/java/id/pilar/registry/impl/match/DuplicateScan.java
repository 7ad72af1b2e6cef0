package id.pilar.registry.impl.match;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * The full duplicate scan, streaming so memory stays small at a million people. Three blocking
 * passes, each reading the table once in block order and comparing only within a block:
 * <ol>
 * <li>same NIK;</li>
 * <li>same birth date (catches spelling variants and different word order);</li>
 * <li>same kelurahan and the same first name word plus two letters of the second (catches typed
 *     birth-date slips and missing dates); in the same pass, per kelurahan, the blocks of
 *     {@link BlockingKeys} (a name word's letters, the mother's name, each with the birth year
 *     ±1; the NIK's region and date), which catch a changed birth date together with a changed
 *     first name word.</li>
 * </ol>
 * A block larger than {@link #MAX_BLOCK} is compared as a sliding window over its names in
 * sorted order (sorted neighbourhood), so one very common name cannot make the scan quadratic.
 */
public final class DuplicateScan {

    static final int MAX_BLOCK = 200;
    static final int WINDOW = 25;

    private static final String COLUMNS = "id, nik, nama_kanonik, alias_kanonik, jenis_kelamin, tanggal_lahir, tahun_lahir_perkiraan,"
            + " kode_kelurahan, nama_ibu";

    private final Map<String, Integer> pairs = new HashMap<>();
    private final Map<String, PersonKey[]> pairKeys = new HashMap<>();
    private final BooleanSupplier cancelled;
    private final Progress progress;
    private final int threshold;
    private long compared;
    private long read;
    private long total;

    /** Rows read so far of all the rows the passes read; told at most every {@link #REPORT_EVERY} rows. */
    @FunctionalInterface
    public interface Progress {
        void update(long done, long total);
    }

    static final int REPORT_EVERY = 2000;

    public DuplicateScan(BooleanSupplier cancelled) {
        this(cancelled, (done, all) -> { });
    }

    public DuplicateScan(BooleanSupplier cancelled, Progress progress) {
        this(cancelled, progress, DuplicateScore.QUEUE_THRESHOLD);
    }

    /** A scan that keeps pairs scoring {@code threshold} or more (below the queue's: for studying the score). */
    public DuplicateScan(BooleanSupplier cancelled, Progress progress, int threshold) {
        this.cancelled = cancelled;
        this.progress = progress;
        this.threshold = threshold;
    }

    /** A found pair, ids ordered. */
    public record Pair(PersonKey a, PersonKey b, int score) {
    }

    public List<Pair> run(Connection c) throws SQLException {
        // Sorting a million rows in memory beats walking the birth-date index with a random table read per row
        // (hence "|| ''" above, which keeps SQLite off the index); a large page cache holds the sort.
        Integer cache = id.pilar.registry.impl.dtsen.SqliteTuning.enlargeCache(c, 256 * 1024);
        try {
            return scan(c);
        } finally {
            id.pilar.registry.impl.dtsen.SqliteTuning.restoreCache(c, cache);
        }
    }

    private List<Pair> scan(Connection c) throws SQLException {
        total = count(c, "SELECT count(*) FROM reg_person WHERE status = 'AKTIF' AND nik IN (SELECT nik FROM reg_person"
                + " WHERE status = 'AKTIF' AND nik IS NOT NULL GROUP BY nik HAVING count(*) > 1)")
                + count(c, "SELECT count(*) FROM reg_person WHERE status = 'AKTIF' AND tanggal_lahir IS NOT NULL")
                + count(c, "SELECT count(*) FROM reg_person WHERE status = 'AKTIF'");
        progress.update(0, total);
        pass(c, "SELECT " + COLUMNS + " FROM reg_person WHERE status = 'AKTIF' AND nik IN (SELECT nik FROM reg_person"
                + " WHERE status = 'AKTIF' AND nik IS NOT NULL GROUP BY nik HAVING count(*) > 1) ORDER BY nik", PersonKey::nik, false);
        pass(c, "SELECT " + COLUMNS + " FROM reg_person WHERE status = 'AKTIF' AND tanggal_lahir IS NOT NULL ORDER BY tanggal_lahir",
                PersonKey::tanggalLahir, false);
        pass(c, "SELECT " + COLUMNS + " FROM reg_person WHERE status = 'AKTIF' ORDER BY kode_kelurahan, nama_kanonik",
                DuplicateScan::nameBlock, true);
        List<Pair> out = new ArrayList<>();
        pairs.forEach((k, score) -> {
            PersonKey[] ab = pairKeys.get(k);
            out.add(new Pair(ab[0], ab[1], score));
        });
        out.sort(Comparator.comparingInt(Pair::score).reversed());
        progress.update(total, total);
        return out;
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    public long compared() {
        return compared;
    }

    /** Kelurahan, first word, and two letters of the second: a prefix of the sort order, so blocks are contiguous. */
    static String nameBlock(PersonKey p) {
        String n = p.nama();
        int sp = n.indexOf(' ');
        String key = sp < 0 ? n : n.substring(0, Math.min(n.length(), sp + 3));
        return p.kodeKelurahan() + "|" + key;
    }

    /**
     * One pass in block order. With {@code perKelurahan} (rows ordered by kelurahan first) the
     * people of each kelurahan are also held together and compared under {@link KelurahanBlocks}.
     */
    private void pass(Connection c, String sql, Function<PersonKey, String> blockKey, boolean perKelurahan) throws SQLException {
        List<PersonKey> block = new ArrayList<>();
        List<PersonKey> kelurahan = new ArrayList<>();
        String current = null;
        String currentKelurahan = null;
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setFetchSize(1000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    PersonKey p = key(rs);
                    if (perKelurahan) {
                        if (!java.util.Objects.equals(p.kodeKelurahan(), currentKelurahan)) {
                            KelurahanBlocks.compare(kelurahan, this::consider);
                            kelurahan.clear();
                            currentKelurahan = p.kodeKelurahan();
                        }
                        kelurahan.add(p);
                    }
                    String k = blockKey.apply(p);
                    if (!k.equals(current)) {
                        compare(block);
                        block.clear();
                        current = k;
                        if (cancelled.getAsBoolean()) {
                            throw new CancellationException();
                        }
                    }
                    block.add(p);
                    if (++read % REPORT_EVERY == 0) {
                        progress.update(Math.min(read, total), total);
                    }
                }
            }
        }
        compare(block);
        KelurahanBlocks.compare(kelurahan, this::consider);
    }

    static PersonKey key(ResultSet rs) throws SQLException {
        int est = rs.getInt(7);
        String ibu = rs.getString(9);
        return PersonKey.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.wasNull() ? null : est, rs.getString(8),
                ibu == null ? null : ibu.toLowerCase(Locale.ROOT));
    }

    private void compare(List<PersonKey> block) {
        int n = block.size();
        if (n < 2) {
            return;
        }
        if (n <= MAX_BLOCK) {
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    consider(block.get(i), block.get(j));
                }
            }
            return;
        }
        List<PersonKey> sorted = new ArrayList<>(block);
        sorted.sort(Comparator.comparing(PersonKey::nama));
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < Math.min(n, i + WINDOW); j++) {
                consider(sorted.get(i), sorted.get(j));
            }
        }
    }

    private void consider(PersonKey a, PersonKey b) {
        compared++;
        int s = DuplicateScore.scoreAtLeast(a, b, threshold);
        if (s >= threshold) {
            boolean ordered = a.id().compareTo(b.id()) < 0;
            PersonKey x = ordered ? a : b;
            PersonKey y = ordered ? b : a;
            String k = x.id() + "|" + y.id();
            pairs.merge(k, s, Math::max);
            pairKeys.putIfAbsent(k, new PersonKey[] {x, y});
        }
    }
}
