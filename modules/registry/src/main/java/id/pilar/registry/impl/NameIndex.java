package id.pilar.registry.impl;

import id.pilar.core.api.identity.PersonNames;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The search words of a person in {@code reg_person_token}: canonical name and alias words
 * (so spelling variants meet) and the folded street address; and their pairs in
 * {@code reg_person_pair} ({@link #pairs}), which answer two-word queries. Kept in the same
 * transaction as the person's row by every writer.
 */
public final class NameIndex {

    private NameIndex() {
    }

    /** The words to index for these column values (canonical name, canonical aliases, street). */
    public static Set<String> tokens(String namaKanonik, String aliasKanonik, String alamatJalan) {
        Set<String> out = new LinkedHashSet<>();
        add(out, namaKanonik);
        add(out, aliasKanonik);
        add(out, PersonNames.fold(alamatJalan));
        return out;
    }

    private static void add(Set<String> out, String words) {
        if (words == null || words.isEmpty()) {
            return;
        }
        for (String w : words.split(" ")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
    }

    /** The words as stored in {@code kata}: each preceded by a space, so " w" finds a word starting with w. */
    public static String kata(Set<String> tokens) {
        StringBuilder b = new StringBuilder();
        for (String t : tokens) {
            b.append(' ').append(t);
        }
        return b.toString();
    }

    /** Letters of a word's start that key {@code reg_person_pair}; a query word needs as many to use it. */
    public static final int PAIR_PREFIX = 3;

    public static final String INSERT_TOKEN = "INSERT INTO reg_person_token (token, person_id, kata) VALUES (?, ?, ?)";
    public static final String INSERT_PAIR = "INSERT INTO reg_person_pair (pair, person_id, kata) VALUES (?, ?, ?)";

    /**
     * Whether a word takes part in pairs: at least {@link #PAIR_PREFIX} characters, not starting
     * with a digit (house numbers would add a pair per neighbour word to most people for queries
     * nobody types; a query word starting with a digit uses the word index instead). Registry V7
     * fills the table for existing people with the same rule in SQL.
     */
    public static boolean pairs(String word) {
        return word.length() >= PAIR_PREFIX && !Character.isDigit(word.charAt(0));
    }

    /** The key of two word starts, sorted so the query's word order does not matter: "rah|sit". */
    public static String pairKey(String a, String b) {
        String x = a.substring(0, PAIR_PREFIX);
        String y = b.substring(0, PAIR_PREFIX);
        return x.compareTo(y) <= 0 ? x + '|' + y : y + '|' + x;
    }

    /**
     * The {@code reg_person_pair} keys of these words: each pair of distinct three-letter starts
     * of the words that take part ({@link #pairs(String)}). Two words with the same start make no
     * pair: a query whose two words start alike is answered by the word index.
     */
    public static Set<String> pairs(Collection<String> tokens) {
        java.util.TreeSet<String> starts = new java.util.TreeSet<>();
        for (String t : tokens) {
            if (pairs(t)) {
                starts.add(t.substring(0, PAIR_PREFIX));
            }
        }
        Set<String> out = new LinkedHashSet<>();
        for (String a : starts) {
            for (String b : starts.tailSet(a, false)) {
                out.add(a + '|' + b);
            }
        }
        return out;
    }

    /**
     * Adds the pair rows missing for anyone in {@code reg_person_token} (rows already there stay),
     * in one pass in key order: for bulk writers of many people (the demo and benchmark generator),
     * where writing the pairs person by person would touch a page of the pair index per row. The
     * same statements as registry V7, which fills the table for an older database.
     */
    public static void fillPairs(Connection c) throws SQLException {
        boolean postgres = c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres");
        String words = "SELECT DISTINCT person_id, substr(token, 1, 3) AS awal, kata FROM reg_person_token"
                + " WHERE length(token) >= 3 AND substr(token, 1, 1) NOT IN ('0', '1', '2', '3', '4', '5', '6', '7', '8', '9')";
        try (java.sql.Statement st = c.createStatement()) {
            if (postgres) {
                st.executeUpdate("INSERT INTO reg_person_pair (pair, person_id, kata) SELECT a.awal || '|' || b.awal, a.person_id, min(a.kata)"
                        + " FROM (" + words + ") a JOIN (" + words + ") b ON b.person_id = a.person_id"
                        + " AND b.awal COLLATE \"C\" > a.awal COLLATE \"C\" GROUP BY a.awal || '|' || b.awal, a.person_id"
                        + " ON CONFLICT DO NOTHING");
                return;
            }
            st.execute("DROP TABLE IF EXISTS temp.reg_person_pair_awal");
            st.execute("CREATE TEMP TABLE reg_person_pair_awal AS " + words);
            st.execute("CREATE INDEX temp.ix_reg_person_pair_awal ON reg_person_pair_awal (person_id, awal)");
            st.executeUpdate("INSERT OR IGNORE INTO reg_person_pair (pair, person_id, kata) SELECT a.awal || '|' || b.awal, a.person_id, a.kata"
                    + " FROM reg_person_pair_awal a JOIN reg_person_pair_awal b ON b.person_id = a.person_id AND b.awal > a.awal ORDER BY 1, 2");
            st.execute("DROP TABLE temp.reg_person_pair_awal");
        }
    }

    /** Replaces a person's words: {@code before} are removed, {@code after} added (every row carries all words). */
    public static void replace(Connection c, String personId, Collection<String> before, Set<String> after) throws SQLException {
        delete(c, "DELETE FROM reg_person_token WHERE token = ? AND person_id = ?", personId, before);
        delete(c, "DELETE FROM reg_person_pair WHERE pair = ? AND person_id = ?", personId, pairs(before));
        String kata = kata(after);
        insert(c, INSERT_TOKEN, personId, after, kata);
        insert(c, INSERT_PAIR, personId, pairs(after), kata);
    }

    private static void delete(Connection c, String sql, String personId, Collection<String> keys) throws SQLException {
        if (keys.isEmpty()) {
            return;
        }
        try (PreparedStatement del = c.prepareStatement(sql)) {
            for (String k : keys) {
                del.setString(1, k);
                del.setString(2, personId);
                del.addBatch();
            }
            del.executeBatch();
        }
    }

    private static void insert(Connection c, String sql, String personId, Collection<String> keys, String kata) throws SQLException {
        if (keys.isEmpty()) {
            return;
        }
        try (PreparedStatement ins = c.prepareStatement(sql)) {
            add(ins, personId, keys, kata);
            ins.executeBatch();
        }
    }

    /** Adds a person's rows to a batch of {@link #INSERT_TOKEN} or {@link #INSERT_PAIR} (bulk writers). */
    public static void add(PreparedStatement ins, String personId, Collection<String> keys, String kata) throws SQLException {
        for (String k : keys) {
            ins.setString(1, k);
            ins.setString(2, personId);
            ins.setString(3, kata);
            ins.addBatch();
        }
    }
}
