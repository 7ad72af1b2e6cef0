package id.pilar.core.impl.migrate;

import id.pilar.core.api.db.MigrationReport;
import id.pilar.core.spi.ModuleSchema;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * One module's migration history: its scripts (read from its own jar) and its history table
 * {@code pilar_history_<module>} in the shared database.
 */
public final class ModuleMigrations {

    private static final Logger LOG = Logger.getLogger(ModuleMigrations.class.getName());

    private final ModuleSchema schema;
    private final ModuleJarResourceProvider scripts;
    private final String vendor;

    /**
     * @param vendor {@code sqlite} or {@code postgresql}: scripts in the sub-folder of that name
     *               are added to the module's common ones
     */
    public ModuleMigrations(ModuleSchema schema, String vendor) {
        this(schema, vendor, schema.getClass(), schema.migrationLocation());
    }

    /**
     * The module's scripts, with those of the same file name in {@code overlayLocation} (in the
     * jar or classes folder of {@code overlayAnchor}) instead: the upgrade harness runs a module
     * as an earlier release shipped it (e.g. a migration before its correction).
     */
    public ModuleMigrations(ModuleSchema schema, String vendor, Class<?> overlayAnchor, String overlayLocation) {
        this.schema = schema;
        this.vendor = vendor;
        String base = schema.migrationLocation();
        this.scripts = new ModuleJarResourceProvider(schema.getClass(), List.of(base, base + "/" + vendor))
                .overlaidBy(new ModuleJarResourceProvider(overlayAnchor, List.of(overlayLocation, overlayLocation + "/" + vendor)));
    }

    public ModuleSchema schema() {
        return schema;
    }

    public String historyTable() {
        return "pilar_history_" + schema.moduleId().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "_");
    }

    public List<ModuleJarResourceProvider.MigrationScript> scripts() {
        return scripts.scripts();
    }

    /** Every version shipped with this application, ascending (the upgrade harness's steps). */
    public List<MigrationVersion> shippedVersions() {
        List<MigrationVersion> out = new ArrayList<>();
        for (var s : scripts.scripts()) {
            MigrationVersion v = versionOf(s.fileName());
            if (v != null && !out.contains(v)) {
                out.add(v);
            }
        }
        out.sort(MigrationVersion::compareTo);
        return out;
    }

    /** Highest version shipped with this application, or null when the module has no scripts. */
    public MigrationVersion latestShipped() {
        MigrationVersion latest = null;
        for (var s : scripts.scripts()) {
            MigrationVersion v = versionOf(s.fileName());
            if (v != null && (latest == null || v.compareTo(latest) > 0)) {
                latest = v;
            }
        }
        return latest;
    }

    /** Versions recorded as successfully applied in the database (empty when the table is missing). */
    public List<MigrationVersion> applied(Connection c) throws SQLException {
        return versions(c, true);
    }

    private List<MigrationVersion> versions(Connection c, boolean success) throws SQLException {
        List<MigrationVersion> out = new ArrayList<>();
        if (!tableExists(c, historyTable())) {
            return out;
        }
        String sql = "SELECT version FROM " + historyTable() + " WHERE version IS NOT NULL AND type <> 'BASELINE' AND success = "
                + (success ? trueLiteral() : falseLiteral());
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.add(MigrationVersion.fromVersion(rs.getString(1)));
            }
        }
        return out;
    }

    private String trueLiteral() {
        return "sqlite".equals(vendor) ? "1" : "TRUE";
    }

    private String falseLiteral() {
        return "sqlite".equals(vendor) ? "0" : "FALSE";
    }

    /** Shipped versions not yet applied. */
    public List<String> pending(Connection c) throws SQLException {
        List<MigrationVersion> applied = applied(c);
        List<String> out = new ArrayList<>();
        for (var s : scripts.scripts()) {
            MigrationVersion v = versionOf(s.fileName());
            if (v != null && !applied.contains(v)) {
                out.add(v.getVersion());
            }
        }
        return out;
    }

    /** True when the database holds a version newer than anything this application ships. */
    public MigrationVersion newerThanShipped(Connection c) throws SQLException {
        MigrationVersion latest = latestShipped();
        for (MigrationVersion v : applied(c)) {
            if (latest == null || v.compareTo(latest) > 0) {
                return v;
            }
        }
        return null;
    }

    public MigrationReport report(Connection c) throws SQLException {
        List<MigrationVersion> applied = applied(c);
        MigrationVersion max = applied.stream().max(MigrationVersion::compareTo).orElse(null);
        MigrationVersion latest = latestShipped();
        List<String> failed = versions(c, false).stream().map(MigrationVersion::getVersion).toList();
        return new MigrationReport(schema.moduleId(), max == null ? "-" : max.getVersion(),
                latest == null ? "-" : latest.getVersion(), pending(c), failed);
    }

    /** Applies pending scripts; each script runs in its own transaction. */
    public int migrate(DataSource dataSource, ClassLoader loader) {
        return migrate(dataSource, loader, null);
    }

    /**
     * Applies pending scripts up to {@code target} (null: all); the upgrade harness stops at each
     * earlier schema state this way.
     */
    public int migrate(DataSource dataSource, ClassLoader loader, MigrationVersion target) {
        Flyway flyway = flyway(dataSource, loader, target);
        acceptCorrectedScripts(flyway, dataSource);
        MigrateResult result = flyway.migrate();
        return result.migrationsExecuted;
    }

    private Flyway flyway(DataSource dataSource, ClassLoader loader, MigrationVersion target) {
        var config = Flyway.configure(loader)
                .dataSource(dataSource)
                .table(historyTable())
                .resourceProvider(scripts)
                .javaMigrationClassProvider(() -> List.of())
                .failOnMissingLocations(false)
                .validateMigrationNaming(true)
                // Modules share one database: a module's first migration meets other modules'
                // tables, so its history starts from an empty baseline (version 0).
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .cleanDisabled(true)
                .mixed(true)
                .placeholderReplacement(false);
        if (target != null) {
            config = config.target(target);
        }
        return config.load();
    }

    /**
     * A shipped script that lost data is corrected in place (ModuleSchema.correctedMigrations):
     * where the history records exactly one of the earlier scripts' checksums for that version,
     * it is set to the corrected script's, so validation passes. Only those versions and those
     * checksums: any other mismatch (a script edited by mistake) still fails validation. Flyway's
     * repair() is not used because it would realign every mismatch without asking.
     */
    private void acceptCorrectedScripts(Flyway flyway, DataSource dataSource) {
        Map<String, List<Integer>> corrected = schema.correctedMigrations();
        if (corrected.isEmpty()) {
            return;
        }
        for (MigrationInfo mi : flyway.info().applied()) {
            if (mi.getVersion() == null || mi.getResolvedChecksum() == null || mi.isChecksumMatching()) {
                continue;
            }
            List<Integer> earlier = corrected.get(mi.getVersion().getVersion());
            if (earlier == null || !earlier.contains(mi.getAppliedChecksum())) {
                continue;
            }
            try (Connection c = dataSource.getConnection();
                    var ps = c.prepareStatement("UPDATE " + historyTable() + " SET checksum = ? WHERE version = ? AND checksum = ?")) {
                ps.setInt(1, mi.getResolvedChecksum());
                ps.setString(2, mi.getVersion().getVersion());
                ps.setInt(3, mi.getAppliedChecksum());
                ps.executeUpdate();
                if (!c.getAutoCommit()) {
                    c.commit();
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot accept the corrected migration " + mi.getVersion()
                        + " of module " + schema.moduleId(), e);
            }
            LOG.log(Level.INFO, "Module {0}: migration {1} ran as first shipped (checksum {2}); recorded the corrected script''s checksum {3}",
                    new Object[] {schema.moduleId(), mi.getVersion(), mi.getAppliedChecksum(), mi.getResolvedChecksum()});
        }
    }

    static MigrationVersion versionOf(String fileName) {
        if (!fileName.startsWith("V") || !fileName.contains("__") || !fileName.endsWith(".sql")) {
            return null;
        }
        return MigrationVersion.fromVersion(fileName.substring(1, fileName.indexOf("__")).replace('_', '.'));
    }

    static boolean tableExists(Connection c, String table) throws SQLException {
        DatabaseMetaData md = c.getMetaData();
        try (ResultSet rs = md.getTables(null, null, table, null)) {
            if (rs.next()) {
                return true;
            }
        }
        try (ResultSet rs = md.getTables(null, null, table.toUpperCase(Locale.ROOT), null)) {
            return rs.next();
        }
    }
}
