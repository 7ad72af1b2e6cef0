package id.pilar.security.impl;

import id.pilar.core.api.db.DataKernel;
import id.pilar.core.api.db.DatabaseTarget;
import id.pilar.security.api.DatabaseCheck;
import java.sql.SQLException;
import java.util.List;
import org.openide.util.lookup.ServiceProvider;

/**
 * {@code PRAGMA quick_check} on its own connection (a read; others keep working). No permission:
 * it runs at start-up, before anyone has signed in, and reveals no personal data.
 */
@ServiceProvider(service = DatabaseCheck.class)
public final class DatabaseCheckImpl implements DatabaseCheck {

    @Override
    public List<String> quickCheck() {
        DatabaseTarget t = DataKernel.get().target();
        if (t == null || !t.isSqlite()) {
            return List.of("ok");
        }
        try {
            return SqliteFiles.check(t.sqliteFile(), "quick_check");
        } catch (SQLException e) {
            return List.of(String.valueOf(e.getMessage()));
        }
    }
}
