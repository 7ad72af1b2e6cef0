package id.pilar.security.api;

import java.util.List;
import org.openide.util.Lookup;

/** SQLite's {@code PRAGMA quick_check} on the open database, run at every start. */
public interface DatabaseCheck {

    /** Lines from SQLite: {@code ["ok"]} when healthy. */
    List<String> quickCheck();

    static DatabaseCheck get() {
        return Lookup.getDefault().lookup(DatabaseCheck.class);
    }
}
