package id.pilar.registry.impl;

import id.pilar.core.api.identity.NikValidator;
import id.pilar.core.api.identity.PersonNames;
import id.pilar.core.api.security.AccessControl;
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
 * <p>How: the rarest word (fewest index entries) drives a range scan of the word index; the other
 * words are checked on the same index rows, which carry all of the person's words ({@code instr}
 * on SQLite, {@code strpos} on PostgreSQL).
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

    /** The search on an open connection (the service adds the permission check and the connection). */
    public static List<PersonSummary> run(Connection c, String q, int limit, boolean showNik) throws SQLException {
        Map<String, PersonSummary> found = new LinkedHashMap<>();
        String digits = NikValidator.clean(q);
        if (digits.matches("\\d{4,16}")) {
            prefix(c, "SELECT " + PersonRows.COLUMNS + " FROM reg_person p WHERE p.nik >= ? AND p.nik < ? LIMIT ?",
                    digits, limit, showNik, found);
            prefix(c, "SELECT " + PersonRows.COLUMNS + " FROM reg_household h"
                    + " JOIN reg_household_anggota m ON m.household_id = h.id AND m.selesai IS NULL"
                    + " JOIN reg_person p ON p.id = m.person_id WHERE h.nomor_kk >= ? AND h.nomor_kk < ? LIMIT ?",
                    digits, limit, showNik, found);
        } else if (q.toUpperCase(Locale.ROOT).startsWith("REG-")) {
            prefix(c, "SELECT " + PersonRows.COLUMNS + " FROM reg_person p WHERE p.nomor_registri >= ? AND p.nomor_registri < ? LIMIT ?",
                    q.toUpperCase(Locale.ROOT), limit, showNik, found);
        } else {
            List<String> words = words(q);
            if (words.isEmpty()) {
                return List.of();
            }
            wordSearch(c, words, limit, showNik, found);
        }
        List<PersonSummary> out = new ArrayList<>(found.values());
        out.sort(Comparator.comparing((PersonSummary p) -> !"AKTIF".equals(p.status()))
                .thenComparing(PersonSummary::nama, String.CASE_INSENSITIVE_ORDER));
        return out.size() > limit ? out.subList(0, limit) : out;
    }

    /** The query's words, folded (case and diacritics removed). */
    static List<String> words(String q) {
        String f = PersonNames.fold(q);
        return f.isEmpty() ? List.of() : List.of(f.split(" "));
    }

    private static void wordSearch(Connection c, List<String> words, int limit, boolean showNik, Map<String, PersonSummary> found)
            throws SQLException {
        String driver = words.size() == 1 ? words.get(0) : rarest(c, words);
        List<String> others = new ArrayList<>(words);
        others.remove(driver);
        // The other words are checked on the index row itself (kata holds all the person's words),
        // so SQLite reads reg_person only for rows that match every word.
        StringBuilder sql = new StringBuilder("SELECT " + PersonRows.COLUMNS
                + " FROM reg_person_token t JOIN reg_person p ON p.id = t.person_id WHERE t.token >= ? AND t.token < ?");
        String contains = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres") ? "strpos" : "instr";
        for (int k = 0; k < others.size(); k++) {
            sql.append(" AND (").append(contains).append("(t.kata, ?) > 0 OR ").append(contains).append("(t.kata, ?) > 0)");
        }
        sql.append(" LIMIT ?");
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            for (String prefix : new LinkedHashSet<>(List.of(driver, PersonNames.canonicalToken(driver)))) {
                if (found.size() >= limit) {
                    break;
                }
                int i = 1;
                ps.setString(i++, prefix);
                ps.setString(i++, prefix + '\uFFFF');
                for (String w : others) {
                    ps.setString(i++, " " + w);
                    ps.setString(i++, " " + PersonNames.canonicalToken(w));
                }
                // A person whose several words share the prefix comes once per word: ask for a few more.
                ps.setInt(i, limit - found.size() + 10);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next() && found.size() < limit) {
                        PersonSummary p = PersonRows.summary(rs, showNik);
                        found.putIfAbsent(p.id(), p);
                    }
                }
            }
        }
    }

    /** Probe depth when choosing the driving word: enough to tell a rare prefix from a common one. */
    private static final int PROBE = 1000;

    /**
     * The word whose prefix matches the fewest index entries (counted up to {@link #PROBE}): scanning
     * it and checking the others finds the matches with the fewest rows read.
     */
    private static String rarest(Connection c, List<String> words) throws SQLException {
        String best = words.get(0);
        long bestCount = Long.MAX_VALUE;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT count(*) FROM (SELECT 1 FROM reg_person_token WHERE token >= ? AND token < ? LIMIT " + PROBE + ") x")) {
            for (String w : words) {
                long n = 0;
                for (String prefix : new LinkedHashSet<>(List.of(w, PersonNames.canonicalToken(w)))) {
                    ps.setString(1, prefix);
                    ps.setString(2, prefix + '\uFFFF');
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        n += rs.getLong(1);
                    }
                }
                if (n < bestCount || (n == bestCount && w.length() > best.length())) {
                    best = w;
                    bestCount = n;
                }
            }
        }
        return best;
    }

    private static void prefix(Connection c, String sql, String prefix, int limit, boolean showNik, Map<String, PersonSummary> found)
            throws SQLException {
        // A range scan on the index: every value starting with the prefix sorts between it and prefix + U+FFFF.
        collect(c, sql, List.of(prefix, prefix + '\uFFFF'), limit, showNik, found);
    }

    private static void collect(Connection c, String sql, List<String> params, int limit, boolean showNik,
            Map<String, PersonSummary> found) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            for (String p : params) {
                ps.setString(i++, p);
            }
            ps.setInt(i, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    PersonSummary s = PersonRows.summary(rs, showNik);
                    found.putIfAbsent(s.id(), s);
                }
            }
        }
    }

}
