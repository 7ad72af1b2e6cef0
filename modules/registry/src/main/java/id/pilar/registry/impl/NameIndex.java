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
 * (so spelling variants meet) and the folded street address. Kept in the same transaction as
 * the person's row by every writer.
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

    /** Replaces a person's words: {@code before} are removed, {@code after} added (every row carries all words). */
    public static void replace(Connection c, String personId, Collection<String> before, Set<String> after) throws SQLException {
        if (!before.isEmpty()) {
            try (PreparedStatement del = c.prepareStatement("DELETE FROM reg_person_token WHERE token = ? AND person_id = ?")) {
                for (String t : before) {
                    del.setString(1, t);
                    del.setString(2, personId);
                    del.addBatch();
                }
                del.executeBatch();
            }
        }
        if (!after.isEmpty()) {
            String kata = kata(after);
            try (PreparedStatement ins = c.prepareStatement("INSERT INTO reg_person_token (token, person_id, kata) VALUES (?, ?, ?)")) {
                for (String t : after) {
                    ins.setString(1, t);
                    ins.setString(2, personId);
                    ins.setString(3, kata);
                    ins.addBatch();
                }
                ins.executeBatch();
            }
        }
    }
}
