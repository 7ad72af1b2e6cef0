package id.pilar.registry.impl;

import id.pilar.core.api.identity.NikValidator;
import id.pilar.core.api.identity.PersonNames;
import id.pilar.core.api.security.AccessControl;
import id.pilar.core.persistence.ReusedStatements;
import id.pilar.core.persistence.Transactions;
import id.pilar.registry.api.PersonSearch;
import id.pilar.registry.api.PersonSummary;
import id.pilar.registry.api.RegistryPermissions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.LinkedHashSet;
import org.openide.util.lookup.ServiceProvider;

/**
 * The search box. Digits search NIK and KK by prefix on their indexes; {@code REG-…} the registry
 * number; anything else the word index ({@link NameIndex}) of canonical names, aliases and street
 * addresses: every word is a prefix, in any order. Each word is tried as typed and in its
 * canonical spelling, so "Mochammad", "Muhamad" and "Muhammad" find each other.
 *
 * <p>How: two words of three letters or more read the pair index ({@code reg_person_pair}, keyed
 * by both words' first three letters): one range scan holds exactly the candidates, however
 * common each word is alone. Other queries: the rarest word (fewest index entries) drives a range
 * scan of the word index. Either way the rest of every word is checked on the index rows, which
 * carry all of the person's words ({@code instr} on SQLite, {@code strpos} on PostgreSQL), before
 * {@code reg_person} is read. Statements are compiled once per pooled connection
 * ({@link ReusedStatements}): at a keystroke's scale compiling cost more than running.
 */
@ServiceProvider(service = PersonSearch.class)
public final class PersonSearchImpl implements PersonSearch {

    private final Transactions tx;

    public PersonSearchImpl() {
        this(Transactions.get());
    }

    public PersonSearchImpl(Transactions tx) {
        this.tx = tx;
    }

    @Override
    public List<PersonSummary> search(String query, int limit) {
        AccessControl.get().require(RegistryPermissions.READ);
        String q = query == null ? "" : query.trim();
        if (q.isEmpty() || limit <= 0) {
            return List.of();
        }
        boolean showNik = PersonRows.canSeeNik();
        // A read as one types: a pooled connection without an ORM session (Transactions.query).
        return tx.query(c -> run(c, q, limit, showNik));
    }

    /**
     * NIK and KK by prefix in one statement: a string of digits may be either, and one round
     * trip costs less than two (each branch keeps its own limit).
     */
    private static final String NIK_OR_KK = "SELECT * FROM (SELECT " + PersonRows.COLUMNS
            + ", NULL AS kk FROM reg_person p WHERE p.nik >= ? AND p.nik < ? LIMIT ?) n"
            + " UNION ALL SELECT * FROM (SELECT " + PersonRows.COLUMNS + ", h.nomor_kk FROM reg_household h"
            + " JOIN reg_household_anggota m ON m.household_id = h.id AND m.selesai IS NULL"
            + " JOIN reg_person p ON p.id = m.person_id WHERE h.nomor_kk >= ? AND h.nomor_kk < ? LIMIT ?) k";
    private static final String REGISTRY_NUMBER = "SELECT " + PersonRows.COLUMNS
            + " FROM reg_person p WHERE p.nomor_registri >= ? AND p.nomor_registri < ? LIMIT ?";

    /**
     * The search on an open connection (the service adds the permission check and the connection).
     * Results best first ({@link SearchRank}), then active before merged records, then by name.
     */
    public static List<PersonSummary> run(Connection c, String q, int limit, boolean showNik) throws SQLException {
        Map<String, PersonSummary> found = new LinkedHashMap<>();
        Map<String, Integer> rank = new HashMap<>();
        String digits = identityDigits(q);
        if (digits != null) {
            collect(c, NIK_OR_KK, List.of(digits, digits + '\uFFFF', limit, digits, digits + '\uFFFF', limit), showNik, found, rank,
                    rs -> SearchRank.identity(digits, rs.getString(3), rs.getString(9)));
        } else if (q.regionMatches(true, 0, "REG-", 0, 4)) {
            String number = q.toUpperCase(Locale.ROOT);
            collect(c, REGISTRY_NUMBER, List.of(number, number + '\uFFFF', limit), showNik, found, rank,
                    rs -> number.equals(rs.getString(2)) ? SearchRank.EXACT : SearchRank.PREFIX);
        } else {
            List<String> words = words(q);
            if (words.isEmpty()) {
                return List.of();
            }
            wordSearch(c, words, limit, showNik, found);
            SearchRank.Words typed = new SearchRank.Words(q);
            found.values().forEach(p -> rank.put(p.id(), typed.rank(p.nama())));
        }
        List<PersonSummary> out = new ArrayList<>(found.values());
        out.sort(Comparator.comparingInt((PersonSummary p) -> rank.getOrDefault(p.id(), SearchRank.OTHER))
                .thenComparing((PersonSummary p) -> !"AKTIF".equals(p.status()))
                .thenComparing(PersonSummary::nama, String.CASE_INSENSITIVE_ORDER));
        return out.size() > limit ? out.subList(0, limit) : out;
    }

    /** The rank of the current row of an identity or registry-number search. */
    @FunctionalInterface
    private interface RowRank {
        int of(ResultSet rs) throws SQLException;
    }

    /**
     * The digits of a NIK or KK prefix (4 to 16 digits; spaces, dots and dashes between them are
     * ignored, as {@link NikValidator#clean} does), or null when the query is something else.
     * A loop, not a regular expression: it runs on every keystroke.
     */
    static String identityDigits(String q) {
        StringBuilder b = new StringBuilder(16);
        for (int i = 0; i < q.length(); i++) {
            char ch = q.charAt(i);
            if (ch >= '0' && ch <= '9') {
                if (b.length() == 16) {
                    return null;
                }
                b.append(ch);
            } else if (!Character.isWhitespace(ch) && ch != '.' && ch != '-') {
                return null;
            }
        }
        return b.length() >= 4 ? b.toString() : null;
    }

    /** The query's words, folded (case and diacritics removed). */
    static List<String> words(String q) {
        String f = SearchRank.fold(q);
        return f.isEmpty() ? List.of() : List.of(f.split(" "));
    }

    private static void wordSearch(Connection c, List<String> words, int limit, boolean showNik, Map<String, PersonSummary> found)
            throws SQLException {
        List<List<String>> variants = new ArrayList<>();
        for (String w : words) {
            variants.add(variants(w));
        }
        int[] pair = pairWords(variants);
        if (pair != null) {
            pairSearch(c, variants, pair, limit, showNik, found);
            return;
        }
        String driver = words.size() == 1 ? words.get(0) : rarest(c, words);
        // Each other word as typed and in its canonical spelling; once when the two are the same
        // (most prefixes): the check runs on every index row scanned, and is most of its cost.
        List<List<String>> others = new ArrayList<>();
        int driverAt = words.indexOf(driver);
        for (int k = 0; k < words.size(); k++) {
            if (k != driverAt) {
                others.add(spaced(variants.get(k)));
            }
        }
        PreparedStatement ps = ReusedStatements.prepare(c, wordSql(c, "reg_person_token t", "t.token >= ? AND t.token < ?", others));
        for (String prefix : variants.get(driverAt)) {
            read(ps, List.of(prefix, prefix + '\uFFFF'), others, limit, showNik, found);
        }
    }

    /** A word as typed and in its canonical spelling; once when the two are the same (most prefixes). */
    private static List<String> variants(String w) {
        String canonical = PersonNames.canonicalToken(w);
        return canonical.equals(w) ? List.of(w) : List.of(w, canonical);
    }

    private static List<String> spaced(List<String> variants) {
        List<String> out = new ArrayList<>(variants.size());
        for (String v : variants) {
            out.add(" " + v);
        }
        return out;
    }

    /**
     * The two query words that key the pair index, longest first (the likeliest to be rare), or
     * null when no two words can: each spelling of both must have three letters and not start with
     * a digit ({@link NameIndex#pairs(String)}), and no spelling of one may start as one of the
     * other does (one person word can match both, and such a word makes no pair).
     */
    static int[] pairWords(List<List<String>> variants) {
        List<Integer> order = new ArrayList<>();
        for (int k = 0; k < variants.size(); k++) {
            if (variants.get(k).stream().allMatch(NameIndex::pairs)) {
                order.add(k);
            }
        }
        order.sort(Comparator.comparingInt((Integer k) -> variants.get(k).get(0).length()).reversed());
        for (int i = 0; i < order.size(); i++) {
            for (int j = i + 1; j < order.size(); j++) {
                if (distinctStarts(variants.get(order.get(i)), variants.get(order.get(j)))) {
                    return new int[] {order.get(i), order.get(j)};
                }
            }
        }
        return null;
    }

    private static boolean distinctStarts(List<String> a, List<String> b) {
        for (String x : a) {
            for (String y : b) {
                if (x.regionMatches(0, y, 0, NameIndex.PAIR_PREFIX)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Two or more words: the pair index holds exactly the people with a word starting as each of
     * the two key words do, so one range scan per spelling reads only candidates; the rest of
     * every query word is checked on the row ({@code kata}) before {@code reg_person} is read.
     * A word of exactly three letters needs no check: its key says it.
     */
    private static void pairSearch(Connection c, List<List<String>> variants, int[] pair, int limit, boolean showNik,
            Map<String, PersonSummary> found) throws SQLException {
        List<List<String>> checks = new ArrayList<>();
        for (int k = 0; k < variants.size(); k++) {
            boolean implied = (k == pair[0] || k == pair[1])
                    && variants.get(k).stream().allMatch(v -> v.length() == NameIndex.PAIR_PREFIX);
            if (!implied) {
                checks.add(spaced(variants.get(k)));
            }
        }
        Set<String> keys = new LinkedHashSet<>();
        for (String a : variants.get(pair[0])) {
            for (String b : variants.get(pair[1])) {
                keys.add(NameIndex.pairKey(a, b));
            }
        }
        PreparedStatement ps = ReusedStatements.prepare(c, wordSql(c, "reg_person_pair t", "t.pair = ?", checks));
        for (String key : keys) {
            read(ps, List.of(key), checks, limit, showNik, found);
        }
    }

    /** Runs a word query with these key parameters and checks until {@code found} holds {@code limit} people or the rows end. */
    private static void read(PreparedStatement ps, List<String> key, List<List<String>> checks, int limit, boolean showNik,
            Map<String, PersonSummary> found) throws SQLException {
        int offset = 0;
        while (found.size() < limit) {
            int want = limit - found.size();
            int i = 1;
            for (String k : key) {
                ps.setString(i++, k);
            }
            for (List<String> variants : checks) {
                for (String v : variants) {
                    ps.setString(i++, v);
                }
            }
            ps.setInt(i++, want);
            ps.setInt(i, offset);
            int rows = 0;
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows++;
                    PersonSummary p = PersonRows.packed(rs.getString(1), showNik);
                    found.putIfAbsent(p.id(), p);
                }
            }
            if (rows < want) {
                break;
            }
            // A person with two words under this prefix (or found by the previous prefix) came
            // again: read on past the rows seen. Rare, so the common case reads just what it needs.
            offset += rows;
        }
    }

    /**
     * The word query: a range scan of the driving prefix; the other words are checked on the
     * index row itself ({@code kata} holds all the person's words), so {@code reg_person} is read
     * only for rows that match every word.
     */
    private static String wordSql(Connection c, String table, String key, List<List<String>> others) throws SQLException {
        String contains = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres") ? "strpos" : "instr";
        StringBuilder sql = new StringBuilder("SELECT " + PersonRows.PACKED
                + " FROM " + table + " JOIN reg_person p ON p.id = t.person_id WHERE " + key);
        for (List<String> variants : others) {
            sql.append(" AND (");
            for (int k = 0; k < variants.size(); k++) {
                sql.append(k == 0 ? "" : " OR ").append(contains).append("(t.kata, ?) > 0");
            }
            sql.append(')');
        }
        return sql.append(" LIMIT ? OFFSET ?").toString();
    }

    /**
     * Probe depth when choosing the driving word: enough to tell a rare prefix from a common one.
     * Counting costs about as much as scanning, so a deep probe would cost more than the wrong
     * choice it avoids (two common words: the longer one drives, as without the probe).
     */
    static final int PROBE = 128;

    /**
     * The word whose prefix matches the fewest index entries (counted up to {@link #PROBE}): scanning
     * it and checking the others finds the matches with the fewest rows read. Longer words are
     * probed first (they are usually the rarer), and each later word only up to the best count so
     * far: it can win only with fewer entries. Ties go to the longer word.
     */
    private static String rarest(Connection c, List<String> words) throws SQLException {
        List<String> longestFirst = new ArrayList<>(words);
        longestFirst.sort(Comparator.comparingInt(String::length).reversed());
        PreparedStatement ps = ReusedStatements.prepare(c,
                "SELECT count(*) FROM (SELECT 1 FROM reg_person_token WHERE token >= ? AND token < ? LIMIT ?) x");
        String best = longestFirst.get(0);
        int bestCount = PROBE + 1;
        for (String w : longestFirst) {
            int n = 0;
            for (String prefix : new LinkedHashSet<>(List.of(w, PersonNames.canonicalToken(w)))) {
                ps.setString(1, prefix);
                ps.setString(2, prefix + '\uFFFF');
                ps.setInt(3, bestCount - n);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    n += rs.getInt(1);
                }
                if (n >= bestCount) {
                    break;
                }
            }
            if (n < bestCount) {
                best = w;
                bestCount = n;
            }
        }
        return best;
    }

    /** Runs a reused statement with these parameters (strings, or an Integer limit) and adds its rows. */
    private static void collect(Connection c, String sql, List<Object> params, boolean showNik, Map<String, PersonSummary> found,
            Map<String, Integer> rank, RowRank rowRank) throws SQLException {
        PreparedStatement ps = ReusedStatements.prepare(c, sql);
        int i = 1;
        for (Object p : params) {
            if (p instanceof Integer n) {
                ps.setInt(i++, n);
            } else {
                ps.setString(i++, (String) p);
            }
        }
        try (ResultSet rs = ps.executeQuery()) {
            boolean withKk = rs.getMetaData().getColumnCount() >= 9;
            while (rs.next()) {
                PersonSummary s = PersonRows.summary(rs, showNik);
                if (found.containsKey(s.id())) {
                    continue; // found by its own NIK first: that is why it matched
                }
                String kk = withKk ? rs.getString(9) : null;
                found.put(s.id(), kk == null ? s : s.withNomorKk(PersonRows.mask(kk, showNik)));
                rank.put(s.id(), rowRank.of(rs));
            }
        }
    }

}
