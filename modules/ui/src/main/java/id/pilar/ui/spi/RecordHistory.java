package id.pilar.ui.spi;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.scene.Node;
import org.openide.util.Lookup;

/**
 * The change history of records ("Riwayat"): who changed which field from what to what, and when.
 * The security module provides it (it keeps the history); record windows of any module show it
 * without depending on that module: a person's window for the person and their households, a
 * member's window for the member.
 */
public interface RecordHistory {

    /**
     * One record whose history can be shown.
     *
     * @param label      what the chooser shows, e.g. "Penduduk" or "KK 3171…"
     * @param entityName the audited entity's class name
     * @param id         the record's id
     */
    record Target(String label, String entityName, String id) {
    }

    /**
     * A view of the history of the records {@code targets} returns (called in the background; the
     * first target is shown, a chooser offers the others). Call on the JavaFX thread. A user
     * without the permission to read the history sees a sentence saying so.
     */
    Node createView(Callable<List<Target>> targets);

    /** The installed implementation, if the security module is there. */
    static Optional<RecordHistory> find() {
        return Optional.ofNullable(Lookup.getDefault().lookup(RecordHistory.class));
    }
}
