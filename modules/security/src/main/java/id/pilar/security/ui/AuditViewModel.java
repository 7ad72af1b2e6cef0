package id.pilar.security.ui;

import id.pilar.security.api.AuditHistory;
import id.pilar.security.api.AuditHistory.Change;
import id.pilar.security.api.AuditHistory.FieldChange;
import id.pilar.security.api.AuditHistory.ReadLogEntry;
import id.pilar.ui.api.UiExecutor;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.openide.util.NbBundle.Messages;

/** The history window: one row per changed field of every revision, and the read log. */
@Messages({
    "# {0} - count",
    "MSG_Revisions={0} revisi ditemukan.",
    "MSG_NoRevisions=Tidak ada riwayat untuk ID ini.",
    "MSG_IdNeeded=Isi ID catatan dulu."
})
final class AuditViewModel extends ViewModelSupport {

    /** One line of the history table. */
    record Row(int revision, Instant at, String username, String kind, String field, String oldValue, String newValue) {
    }

    private final AuditHistory audit;
    private final ObservableList<String> entities = FXCollections.observableArrayList();
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<ReadLogEntry> reads = FXCollections.observableArrayList();

    AuditViewModel(AuditHistory audit, UiExecutor ui) {
        super(ui, null);
        this.audit = audit;
    }

    ObservableList<String> entities() {
        return entities;
    }

    ObservableList<Row> rows() {
        return rows;
    }

    ObservableList<ReadLogEntry> reads() {
        return reads;
    }

    void loadEntities() {
        background(audit::auditedEntities, entities::setAll);
    }

    void show(String entity, String id) {
        if (entity == null || id == null || id.isBlank()) {
            refuse(Bundle.MSG_IdNeeded());
            return;
        }
        background(() -> new Object[] {audit.history(entity, id.trim()), audit.readLog("person", id.trim())}, r -> {
            @SuppressWarnings("unchecked")
            List<Change> changes = (List<Change>) r[0];
            @SuppressWarnings("unchecked")
            List<ReadLogEntry> log = (List<ReadLogEntry>) r[1];
            rows.setAll(flatten(changes));
            reads.setAll(log);
            say(changes.isEmpty() ? Bundle.MSG_NoRevisions() : Bundle.MSG_Revisions(changes.size()));
        });
    }

    void recentReads() {
        background(() -> audit.recentReads(500), reads::setAll);
    }

    static List<Row> flatten(List<Change> changes) {
        List<Row> out = new ArrayList<>();
        for (Change c : changes) {
            if (c.fields().isEmpty()) {
                out.add(new Row(c.revision(), c.at(), c.username(), c.kind(), "", "", ""));
            }
            for (FieldChange f : c.fields()) {
                out.add(new Row(c.revision(), c.at(), c.username(), c.kind(), f.field(),
                        f.oldValue() == null ? "" : f.oldValue(), f.newValue() == null ? "" : f.newValue()));
            }
        }
        return out;
    }
}
