package id.pilar.security.crash;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks the database after a kill: SQLite's {@code integrity_check} is "ok", and every change the
 * writer logged as committed is there. Exit code 0 when both hold, 1 otherwise.
 *
 * <p>Arguments: database file, committed log.
 */
public final class CrashVerifier {

    private CrashVerifier() {
    }

    public static void main(String[] args) throws Exception {
        Path db = Path.of(args[0]);
        Path log = Path.of(args[1]);
        List<String> problems = new ArrayList<>();
        Set<String> evidence = new HashSet<>();
        Set<String> withdrawn = new HashSet<>();
        // A plain read-write connection: opening it recovers the WAL exactly as the next Pilar start would.
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath()); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
                while (rs.next()) {
                    if (!"ok".equals(rs.getString(1))) {
                        problems.add("integrity_check: " + rs.getString(1));
                    }
                }
            }
            boolean hasTable;
            try (ResultSet rs = st.executeQuery("SELECT count(*) FROM sqlite_master WHERE name = 'pdp_consent'")) {
                hasTable = rs.next() && rs.getInt(1) == 1;
            }
            if (hasTable) {
                try (ResultSet rs = st.executeQuery("SELECT evidence, id, withdrawn_on FROM pdp_consent")) {
                    while (rs.next()) {
                        evidence.add(rs.getString(1));
                        if (rs.getString(3) != null) {
                            withdrawn.add(rs.getString(2));
                        }
                    }
                }
            }
        }
        int imports = 0;
        int withdrawals = 0;
        String text = Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
        // Ignore an incomplete last line: the writer was killed while logging it.
        int end = text.lastIndexOf('\n');
        for (String line : (end < 0 ? "" : text.substring(0, end)).split("\n")) {
            if (line.startsWith("I ")) {
                imports++;
                if (!evidence.contains(line.substring(2))) {
                    problems.add("committed import missing: " + line.substring(2));
                }
            } else if (line.startsWith("W ")) {
                withdrawals++;
                if (!withdrawn.contains(line.substring(2))) {
                    problems.add("committed withdrawal missing: " + line.substring(2));
                }
            }
        }
        if (problems.isEmpty()) {
            System.out.println("ok: integrity_check ok; " + imports + " imports and " + withdrawals
                    + " withdrawals reported committed, all present (" + evidence.size() + " rows)");
            System.exit(0);
        }
        problems.stream().limit(10).forEach(p -> System.out.println("FAIL: " + p));
        System.out.println("FAIL: " + problems.size() + " problem(s)");
        System.exit(1);
    }
}
