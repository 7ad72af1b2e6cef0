package id.pilar.core.impl.db;

import id.pilar.core.impl.migrate.ModuleMigrations;
import id.pilar.core.spi.ModuleSchema;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;

/**
 * What decides whether a database needs Flyway's validation and Hibernate's schema validation
 * at all: every module's schema history (versions, checksums, outcomes), every migration script
 * this build ships, and the bytes of every entity class. After both checks passed, the opener
 * stores this fingerprint in {@code pilar_meta}; a later start that computes the same one has
 * nothing pending and a schema that the same entities already validated against, so it skips
 * both (about a second per start once every record has an audit table). Any new script, applied
 * migration, changed entity or Hibernate upgrade changes it, and the full checks run again.
 */
final class SchemaFingerprint {

    static final String META_KEY = "schema.verified";

    private SchemaFingerprint() {
    }

    /** The fingerprint of this build against the database behind {@code c}. */
    static String of(Connection c, List<ModuleMigrations> migrations, List<ModuleSchema> schemas) throws SQLException {
        MessageDigest md = sha256();
        update(md, "hibernate " + org.hibernate.Version.getVersionString());
        for (ModuleMigrations m : migrations) {
            update(md, "module " + m.schema().moduleId());
            for (var script : m.scripts()) {
                update(md, script.relativePath());
                update(md, script.sql());
            }
            if (tableExists(c, m.historyTable())) {
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                        "SELECT installed_rank, version, checksum, success FROM " + m.historyTable() + " ORDER BY installed_rank")) {
                    while (rs.next()) {
                        update(md, rs.getInt(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + "|" + rs.getBoolean(4));
                    }
                }
            }
        }
        for (ModuleSchema s : schemas) {
            for (Class<?> entity : s.entityClasses()) {
                update(md, entity.getName());
                md.update(classBytes(entity));
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }

    /** The fingerprint stored after the last full check, or null. */
    static String stored(Connection c) throws SQLException {
        if (!tableExists(c, "pilar_meta")) {
            return null;
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT meta_value FROM pilar_meta WHERE meta_key = ?")) {
            ps.setString(1, META_KEY);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    /** Records that migrations and schema validation passed for {@code fingerprint}. */
    static void store(Connection c, String fingerprint) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try (PreparedStatement del = c.prepareStatement("DELETE FROM pilar_meta WHERE meta_key = ?");
                PreparedStatement ins = c.prepareStatement("INSERT INTO pilar_meta (meta_key, meta_value) VALUES (?, ?)")) {
            del.setString(1, META_KEY);
            del.executeUpdate();
            ins.setString(1, META_KEY);
            ins.setString(2, fingerprint);
            ins.executeUpdate();
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }

    private static boolean tableExists(Connection c, String table) throws SQLException {
        try (ResultSet rs = c.getMetaData().getTables(null, null, table, null)) {
            return rs.next();
        }
    }

    private static byte[] classBytes(Class<?> entity) {
        String resource = entity.getName().replace('.', '/') + ".class";
        ClassLoader cl = entity.getClassLoader();
        try (InputStream in = cl == null ? ClassLoader.getSystemResourceAsStream(resource) : cl.getResourceAsStream(resource)) {
            // No class file to read (generated at run time): its name alone, so the full checks still
            // run whenever the set of entities changes.
            return in == null ? new byte[0] : in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + resource, e);
        }
    }

    private static void update(MessageDigest md, String s) {
        md.update(String.valueOf(s).getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
