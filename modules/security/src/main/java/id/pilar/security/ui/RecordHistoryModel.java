package id.pilar.security.ui;

import id.pilar.core.api.security.AccessControl;
import id.pilar.security.api.AuditHistory;
import id.pilar.security.api.AuditHistory.Change;
import id.pilar.security.api.AuditHistory.FieldChange;
import id.pilar.security.api.SecurityPermissions;
import id.pilar.ui.api.Formats;
import id.pilar.ui.api.UiExecutor;
import id.pilar.ui.api.UserMessages;
import id.pilar.ui.spi.RecordHistory.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.openide.util.NbBundle.Messages;

/**
 * The "Riwayat" tab of a record window: the records it can show (the person and their households,
 * the member), and the history of the chosen one as lines of who, when, which field, old → new.
 */
@Messages({
    "MSG_HistoryRefused=Riwayat perubahan hanya dapat dilihat oleh Supervisor dan Admin. Minta mereka bila Anda perlu tahu siapa mengubah catatan ini.",
    "# {0} - count",
    "MSG_HistoryCount={0} perubahan tercatat.",
    "MSG_HistoryNone=Belum ada perubahan tercatat untuk catatan ini (riwayat dimulai sejak versi ini; catatan lama tampil setelah perubahan berikutnya).",
    "KIND_DIBUAT=Dibuat",
    "KIND_DIUBAH=Diubah",
    "KIND_DIHAPUS=Dihapus",
    "LBL_BeforeHistory=(belum tercatat)"
})
final class RecordHistoryModel {

    /** One line of the table: one changed field of one revision. */
    record Line(String when, String who, String kind, String field, String oldValue, String newValue) {
    }

    private final AuditHistory audit;
    private final UiExecutor ui;
    private final ObservableList<Target> targets = FXCollections.observableArrayList();
    private final ObservableList<Line> lines = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty("");

    RecordHistoryModel(AuditHistory audit, UiExecutor ui) {
        this.audit = audit;
        this.ui = ui;
    }

    ObservableList<Target> targets() {
        return targets;
    }

    ObservableList<Line> lines() {
        return lines;
    }

    StringProperty message() {
        return message;
    }

    static boolean permitted() {
        return AccessControl.get().isPermitted(SecurityPermissions.AUDIT_READ);
    }

    /** Loads the records to choose from, then the first one's history. */
    void load(Callable<List<Target>> source) {
        if (!permitted()) {
            message.set(Bundle.MSG_HistoryRefused());
            return;
        }
        ui.load(source, found -> {
            targets.setAll(found);
            if (!found.isEmpty()) {
                show(found.get(0));
            }
        }, e -> message.set(UserMessages.of(e)));
    }

    void show(Target target) {
        if (target == null) {
            return;
        }
        ui.load(() -> audit.history(target.entityName(), target.id()), changes -> {
            lines.setAll(lines(changes));
            message.set(changes.isEmpty() ? Bundle.MSG_HistoryNone() : Bundle.MSG_HistoryCount(changes.size()));
        }, e -> {
            lines.clear();
            message.set(UserMessages.isRefusal(e) ? Bundle.MSG_HistoryRefused() : UserMessages.of(e));
        });
    }

    /**
     * Newest first, one line per changed field. A record written before its module kept history
     * has a change as its oldest revision: its earlier values were never recorded, and say so.
     */
    static List<Line> lines(List<Change> changes) {
        List<Line> out = new ArrayList<>();
        for (int i = changes.size() - 1; i >= 0; i--) {
            Change c = changes.get(i);
            String when = Formats.dateTime(c.at());
            String kind = kindLabel(c.kind());
            String unknown = i == 0 && "DIUBAH".equals(c.kind()) ? Bundle.LBL_BeforeHistory() : "";
            if (c.fields().isEmpty()) {
                out.add(new Line(when, c.displayName(), kind, "", "", ""));
            }
            for (FieldChange f : c.fields()) {
                out.add(new Line(when, c.displayName(), kind, fieldLabel(f.field()),
                        f.oldValue() == null ? unknown : f.oldValue(), f.newValue() == null ? "" : f.newValue()));
            }
        }
        return out;
    }

    static String kindLabel(String kind) {
        return switch (kind) {
            case "DIBUAT" -> Bundle.KIND_DIBUAT();
            case "DIUBAH" -> Bundle.KIND_DIUBAH();
            case "DIHAPUS" -> Bundle.KIND_DIHAPUS();
            default -> kind;
        };
    }

    /** {@code alamatJalan} → {@code alamat jalan}: the entity's field name, readable. */
    static String fieldLabel(String field) {
        return field.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }
}
