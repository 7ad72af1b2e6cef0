package id.pilar.testkit;

import id.pilar.core.impl.migrate.MigrationOrder;
import id.pilar.core.impl.migrate.ModuleMigrations;
import id.pilar.core.spi.ModuleSchema;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.flywaydb.core.api.MigrationVersion;
import org.openide.util.Lookup;
import org.postgresql.ds.PGSimpleDataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * Upgrades without loss, proved: for every earlier schema state, a database is built by the
 * earlier migrations (in the application's order: modules by dependency, each module's versions
 * ascending, stopping after each step in turn), data is written into every table (existing rows
 * are kept, empty tables get {@value #ROWS} rows with a value in every column, foreign keys
 * pointing at real rows), then every remaining migration runs and each earlier row is compared
 * with what is left of it: same key, same value in every column that still exists. A value that
 * differs, a row or a table that is gone is a {@link Loss}.
 *
 * <p>Every migration a module ships joins on its own: the steps are read from the scripts. A
 * migration that changes values on purpose declares it with {@link #changesOn}; a text column that
 * refers to another table without a foreign key is declared with {@link #references} so its test
 * values are real keys.
 *
 * <pre>{@code
 * UpgradeHarness.of(UpgradeHarness.sqlite(tempDir)).run().assertNoLoss();
 * }</pre>
 */
public final class UpgradeHarness {

    /** Rows written into each empty table. */
    public static final int ROWS = 2;

    /** Where the harness makes one fresh database per state. */
    public interface Databases {
        /** {@code sqlite} or {@code postgresql}: which per-vendor scripts run. */
        String vendor();

        /** A new empty database named after the state. */
        DataSource fresh(String name) throws SQLException;
    }

    /** One value that did not survive the upgrade from one state. */
    public record Loss(String state, String table, String key, String column, String before, String after) {
        @Override
        public String toString() {
            return "from " + state + ": " + table + (key.isEmpty() ? "" : " [" + key + "]")
                    + (column.isEmpty() ? "" : "." + column) + ": " + before + " -> " + after;
        }
    }

    /** What a run found. */
    public record Report(List<String> states, List<Loss> losses) {
        /** Fails listing every loss (at most 50) when there is one. */
        public void assertNoLoss() {
            if (!losses.isEmpty()) {
                throw new AssertionError(losses.size() + " value(s) lost by upgrades:\n  "
                        + String.join("\n  ", losses.stream().limit(50).map(Loss::toString).toList()));
            }
        }
    }

    private record Step(ModuleMigrations module, MigrationVersion version) {
        String name() {
            return module.schema().moduleId() + "@V" + version.getVersion();
        }
    }

    private record Overlay(Class<?> anchor, String location) {
    }

    private record Expected(String moduleId, MigrationVersion version, String tableColumn) {
    }

    private final List<ModuleSchema> schemas;
    private final Databases databases;
    private final Map<String, Overlay> overlays = new HashMap<>();
    private final Map<String, List<String>> references = new HashMap<>();
    private final List<Expected> expected = new ArrayList<>();

    public UpgradeHarness(Collection<? extends ModuleSchema> schemas, Databases databases) {
        this.schemas = MigrationOrder.sort(schemas);
        this.databases = databases;
    }

    /** Every module on the classpath, as the application finds them. */
    public static UpgradeHarness of(Databases databases) {
        return new UpgradeHarness(Lookup.getDefault().lookupAll(ModuleSchema.class), databases);
    }

    /** Fresh SQLite files in {@code folder}, opened as the application opens them (foreign keys on). */
    public static Databases sqlite(Path folder) {
        return new Databases() {
            @Override
            public String vendor() {
                return "sqlite";
            }

            @Override
            public DataSource fresh(String name) {
                SQLiteConfig config = new SQLiteConfig();
                config.enforceForeignKeys(true);
                config.setJournalMode(SQLiteConfig.JournalMode.WAL);
                SQLiteDataSource ds = new SQLiteDataSource(config);
                ds.setUrl("jdbc:sqlite:" + folder.resolve(name.replaceAll("[^A-Za-z0-9_.-]", "_") + ".db"));
                return ds;
            }
        };
    }

    /**
     * One new schema per state in the PostgreSQL database at {@code jdbcUrl} (a throw-away
     * database: the schemas are left for inspection and go with it).
     */
    public static Databases postgres(String jdbcUrl, String user, String password) {
        return new Databases() {
            private int n;

            @Override
            public String vendor() {
                return "postgresql";
            }

            @Override
            public DataSource fresh(String name) throws SQLException {
                String schema = "upg_" + System.nanoTime() % 1_000_000 + "_" + (n++);
                PGSimpleDataSource admin = pg(jdbcUrl);
                try (Connection c = admin.getConnection(); Statement st = c.createStatement()) {
                    st.execute("CREATE SCHEMA " + schema);
                }
                return pg(jdbcUrl + (jdbcUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema);
            }

            private PGSimpleDataSource pg(String url) {
                PGSimpleDataSource ds = new PGSimpleDataSource();
                ds.setUrl(url);
                ds.setUser(user);
                ds.setPassword(password);
                return ds;
            }
        };
    }

    /**
     * Runs module {@code moduleId} with the scripts of {@code location} (in the jar or classes
     * folder of {@code anchor}) in place of its own of the same file name, e.g. a migration as it
     * first shipped.
     */
    public UpgradeHarness scriptsOf(String moduleId, Class<?> anchor, String location) {
        overlays.put(moduleId, new Overlay(anchor, location));
        return this;
    }

    /**
     * {@code table.column} holds keys of another table without a foreign key. Several targets
     * when a migration changed which key it holds: each state uses the first one that exists
     * there and fits the column's type.
     */
    public UpgradeHarness references(String tableColumn, String... targetTableColumns) {
        references.put(tableColumn.toLowerCase(Locale.ROOT), List.of(targetTableColumns).stream()
                .map(t -> t.toLowerCase(Locale.ROOT)).toList());
        return this;
    }

    /** Migration {@code version} of {@code moduleId} changes the values of {@code table.column} on purpose. */
    public UpgradeHarness changesOn(String moduleId, String version, String tableColumn) {
        expected.add(new Expected(moduleId, MigrationVersion.fromVersion(version), tableColumn.toLowerCase(Locale.ROOT)));
        return this;
    }

    public Report run() throws SQLException {
        List<ModuleMigrations> modules = new ArrayList<>();
        for (ModuleSchema s : schemas) {
            Overlay o = overlays.get(s.moduleId());
            modules.add(o == null ? new ModuleMigrations(s, databases.vendor())
                    : new ModuleMigrations(s, databases.vendor(), o.anchor(), o.location()));
        }
        List<Step> steps = new ArrayList<>();
        for (ModuleMigrations m : modules) {
            for (MigrationVersion v : m.shippedVersions()) {
                steps.add(new Step(m, v));
            }
        }
        ClassLoader loader = UpgradeHarness.class.getClassLoader();
        List<String> states = new ArrayList<>();
        List<Loss> losses = new ArrayList<>();
        // The last step is the current schema: nothing left to upgrade from there.
        for (int i = 0; i < steps.size() - 1; i++) {
            Step state = steps.get(i);
            states.add(state.name());
            DataSource ds = databases.fresh("state-" + i + "-" + state.name());
            for (ModuleMigrations m : modules) {
                MigrationVersion target = null;
                for (int k = 0; k <= i; k++) {
                    if (steps.get(k).module() == m) {
                        target = steps.get(k).version();
                    }
                }
                if (target != null) {
                    m.migrate(ds, loader, target);
                }
            }
            Map<String, Table> before;
            try (Connection c = ds.getConnection()) {
                seed(c);
                before = snapshot(c);
            }
            for (ModuleMigrations m : modules) {
                m.migrate(ds, loader, null);
            }
            Map<String, Table> after;
            try (Connection c = ds.getConnection()) {
                after = snapshot(c);
            }
            Set<String> allowed = new LinkedHashSet<>();
            for (Expected e : expected) {
                int at = indexOf(steps, e.moduleId(), e.version());
                if (at > i) {
                    allowed.add(e.tableColumn());
                }
            }
            compare(state.name(), before, after, allowed, losses);
        }
        return new Report(List.copyOf(states), List.copyOf(losses));
    }

    private static int indexOf(List<Step> steps, String moduleId, MigrationVersion version) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).module().schema().moduleId().equals(moduleId) && steps.get(i).version().equals(version)) {
                return i;
            }
        }
        return -1;
    }

    // ---- the data of a state ------------------------------------------------------------------

    private record Column(String name, String type, boolean nullable) {
    }

    private record Table(String name, List<String> key, List<String> columns, Map<String, Map<String, String>> rows) {
    }

    private static boolean isData(String table) {
        String t = table.toLowerCase(Locale.ROOT);
        return !t.startsWith("pilar_history_") && !t.startsWith("sqlite_");
    }

    private static List<String> tables(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = c.getMetaData().getTables(null, c.getSchema(), "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                if (isData(rs.getString("TABLE_NAME"))) {
                    out.add(rs.getString("TABLE_NAME"));
                }
            }
        }
        return out;
    }

    private static List<Column> columns(Connection c, String table) throws SQLException {
        List<Column> out = new ArrayList<>();
        try (ResultSet rs = c.getMetaData().getColumns(null, c.getSchema(), table, "%")) {
            while (rs.next()) {
                out.add(new Column(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT),
                        rs.getString("TYPE_NAME").toUpperCase(Locale.ROOT),
                        rs.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls));
            }
        }
        return out;
    }

    private static List<String> primaryKey(Connection c, String table) throws SQLException {
        Map<Integer, String> byPosition = new java.util.TreeMap<>();
        try (ResultSet rs = c.getMetaData().getPrimaryKeys(null, c.getSchema(), table)) {
            while (rs.next()) {
                byPosition.put(rs.getInt("KEY_SEQ"), rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return new ArrayList<>(byPosition.values());
    }

    /** column → the "table.column"s it refers to, from the foreign keys and the declared references. */
    private Map<String, List<String>> foreignKeys(Connection c, String table) throws SQLException {
        Map<String, List<String>> out = new HashMap<>();
        try (ResultSet rs = c.getMetaData().getImportedKeys(null, c.getSchema(), table)) {
            while (rs.next()) {
                out.put(rs.getString("FKCOLUMN_NAME").toLowerCase(Locale.ROOT), List.of(
                        rs.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT) + "." + rs.getString("PKCOLUMN_NAME").toLowerCase(Locale.ROOT)));
            }
        }
        String prefix = table.toLowerCase(Locale.ROOT) + ".";
        references.forEach((from, to) -> {
            if (from.startsWith(prefix)) {
                out.put(from.substring(prefix.length()), to);
            }
        });
        return out;
    }

    /** Writes {@value #ROWS} rows into every empty table, parents before the tables that refer to them. */
    private void seed(Connection c) throws SQLException {
        List<String> pending = new ArrayList<>(tables(c));
        Map<String, Map<String, List<String>>> fks = new HashMap<>();
        for (String t : pending) {
            fks.put(t, foreignKeys(c, t));
        }
        Set<String> done = new LinkedHashSet<>();
        while (!pending.isEmpty()) {
            String next = null;
            for (String t : pending) {
                boolean ready = true;
                for (List<String> targets : fks.get(t).values()) {
                    for (String target : targets) {
                        String parent = target.substring(0, target.indexOf('.'));
                        if (!parent.equalsIgnoreCase(t) && !done.contains(parent) && containsIgnoreCase(pending, parent)) {
                            ready = false;
                        }
                    }
                }
                if (ready) {
                    next = t;
                    break;
                }
            }
            if (next == null) {
                throw new IllegalStateException("Foreign keys form a cycle among " + pending);
            }
            pending.remove(next);
            done.add(next.toLowerCase(Locale.ROOT));
            if (count(c, next) == 0) {
                insertRows(c, next, fks.get(next));
            }
        }
    }

    private static boolean containsIgnoreCase(List<String> list, String value) {
        return list.stream().anyMatch(s -> s.equalsIgnoreCase(value));
    }

    private static long count(Connection c, String table) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void insertRows(Connection c, String table, Map<String, List<String>> fks) throws SQLException {
        List<Column> cols = columns(c, table);
        StringBuilder sql = new StringBuilder("INSERT INTO " + table + " (");
        StringBuilder marks = new StringBuilder();
        for (int k = 0; k < cols.size(); k++) {
            sql.append(k == 0 ? "" : ", ").append(cols.get(k).name());
            marks.append(k == 0 ? "?" : ", ?");
        }
        sql.append(") VALUES (").append(marks).append(')');
        Map<String, List<String>> parentValues = new HashMap<>();
        for (Column col : cols) {
            for (String target : fks.getOrDefault(col.name(), List.of())) {
                String parent = target.substring(0, target.indexOf('.'));
                if (parent.equalsIgnoreCase(table)) {
                    continue;
                }
                List<String> found = values(c, parent, target.substring(target.indexOf('.') + 1));
                if (found != null && !found.isEmpty() && (!isInteger(col.type()) || found.stream().allMatch(v -> v.matches("-?\\d+")))) {
                    parentValues.put(col.name(), found);
                    break;
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < ROWS; i++) {
                for (int k = 0; k < cols.size(); k++) {
                    Column col = cols.get(k);
                    boolean fk = fks.containsKey(col.name());
                    if (parentValues.containsKey(col.name())) {
                        List<String> pv = parentValues.get(col.name());
                        ps.setObject(k + 1, typed(col, pv.get(i % pv.size())));
                    } else if (fk && col.nullable()) {
                        ps.setObject(k + 1, null);  // a row pointing at itself or at an empty table
                    } else {
                        ps.setObject(k + 1, value(table, col, i));
                    }
                }
                ps.executeUpdate();
            }
        }
    }

    /** The values of a parent's key column, or null when that table or column does not exist (yet). */
    private static List<String> values(Connection c, String table, String column) throws SQLException {
        boolean exists = false;
        for (Column col : columns(c, table)) {
            exists |= col.name().equalsIgnoreCase(column);
        }
        if (!exists) {
            return null;
        }
        List<String> out = new ArrayList<>();
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT " + column + " FROM " + table + " WHERE " + column + " IS NOT NULL ORDER BY " + column)) {
            while (rs.next() && out.size() < 50) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private static Object typed(Column col, String text) {
        return isInteger(col.type()) && text != null ? Long.valueOf(text) : text;
    }

    private static boolean isInteger(String type) {
        return type.contains("INT") || type.equals("SERIAL") || type.equals("BIGSERIAL");
    }

    /** A plausible value of the column's kind, different per row and per column. */
    static Object value(String table, Column col, int row) {
        String name = col.name();
        String type = col.type();
        int salt = Math.floorMod((table + "." + name).hashCode(), 89);
        if (isInteger(type)) {
            return type.equals("TINYINT") || name.equals("revtype") ? (long) (row % 3) : 1000L + row * 100L + salt;
        }
        if (type.contains("BOOL")) {
            return row % 2 == 0;
        }
        if (type.contains("REAL") || type.contains("DOUBLE") || type.contains("FLOAT") || type.contains("NUMERIC")) {
            return 1.25 + row + salt;
        }
        if (type.contains("BLOB") || type.contains("BYTEA")) {
            return new byte[] {(byte) row, (byte) salt, 42};
        }
        String day = String.format(Locale.ROOT, "2026-%02d-%02d", 1 + salt % 12, 1 + row + salt % 20);
        if (name.equals("at") || name.endsWith("_at") || name.startsWith("check_") || name.endsWith("_timestamp")) {
            return day + String.format(Locale.ROOT, "T%02d:%02d:07.%03dZ", 1 + row, salt % 60, 100 + salt);
        }
        if (name.endsWith("_date") || name.endsWith("_on") || name.endsWith("_from") || name.endsWith("_until")
                || name.startsWith("tanggal") || name.equals("mulai") || name.equals("selesai")) {
            return day;
        }
        return name + "-" + table + "-" + row;
    }

    private static Map<String, Table> snapshot(Connection c) throws SQLException {
        Map<String, Table> out = new LinkedHashMap<>();
        for (String t : tables(c)) {
            List<String> key = primaryKey(c, t);
            Map<String, Map<String, String>> rows = new LinkedHashMap<>();
            List<String> cols = new ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM " + t)) {
                ResultSetMetaData md = rs.getMetaData();
                for (int k = 1; k <= md.getColumnCount(); k++) {
                    cols.add(md.getColumnLabel(k).toLowerCase(Locale.ROOT));
                }
                int n = 0;
                while (rs.next()) {
                    Map<String, String> row = new LinkedHashMap<>();
                    for (int k = 1; k <= cols.size(); k++) {
                        Object v = rs.getObject(k);
                        row.put(cols.get(k - 1), v == null ? null : v instanceof byte[] b ? HexFormat.of().formatHex(b) : v.toString());
                    }
                    String id = key.isEmpty() ? String.valueOf(row.values()) + "#" + (n++) : keyOf(key, row);
                    rows.put(id, row);
                }
            }
            out.put(t.toLowerCase(Locale.ROOT), new Table(t.toLowerCase(Locale.ROOT), key, cols, rows));
        }
        return out;
    }

    private static String keyOf(List<String> key, Map<String, String> row) {
        StringBuilder sb = new StringBuilder();
        for (String k : key) {
            sb.append(sb.length() == 0 ? "" : ", ").append(k).append('=').append(row.get(k));
        }
        return sb.toString();
    }

    private static void compare(String state, Map<String, Table> before, Map<String, Table> after, Set<String> allowed,
            List<Loss> losses) {
        for (Table old : before.values()) {
            Table now = after.get(old.name());
            if (now == null) {
                if (!old.rows().isEmpty() && !allowed.contains(old.name() + ".*")) {
                    losses.add(new Loss(state, old.name(), "", "", old.rows().size() + " row(s)", "table dropped"));
                }
                continue;
            }
            Map<String, Map<String, String>> nowRows = now.rows();
            if (old.key().isEmpty() || !now.columns().containsAll(old.key())) {
                // No key to follow a row by: every old row must still be there as it was.
                nowRows = new HashMap<>();
                int n = 0;
                for (Map<String, String> r : now.rows().values()) {
                    Map<String, String> projected = new LinkedHashMap<>();
                    for (String col : old.columns()) {
                        if (now.columns().contains(col)) {
                            projected.put(col, r.get(col));
                        }
                    }
                    nowRows.put(String.valueOf(projected.values()) + "#" + (n++), r);
                }
            }
            for (var e : old.rows().entrySet()) {
                Map<String, String> was = e.getValue();
                Map<String, String> is = nowRows.get(e.getKey());
                if (is == null && old.key().isEmpty()) {
                    is = findProjected(nowRows, was, now.columns());
                }
                if (is == null) {
                    if (!allowed.contains(old.name() + ".*")) {
                        losses.add(new Loss(state, old.name(), e.getKey(), "", "row", "gone"));
                    }
                    continue;
                }
                for (String col : old.columns()) {
                    if (!now.columns().contains(col) || allowed.contains(old.name() + "." + col)) {
                        continue;
                    }
                    String a = was.get(col);
                    String b = is.get(col);
                    if (!java.util.Objects.equals(a, b)) {
                        losses.add(new Loss(state, old.name(), e.getKey(), col, a, b));
                    }
                }
            }
        }
    }

    private static Map<String, String> findProjected(Map<String, Map<String, String>> rows, Map<String, String> was, List<String> columns) {
        for (Map<String, String> r : rows.values()) {
            boolean same = true;
            for (String col : was.keySet()) {
                if (columns.contains(col) && !java.util.Objects.equals(was.get(col), r.get(col))) {
                    same = false;
                    break;
                }
            }
            if (same) {
                return r;
            }
        }
        return null;
    }
}
