package id.pilar.security.ui;

import id.pilar.security.api.AuditHistory;
import id.pilar.security.api.AuditHistory.ReadLogEntry;
import id.pilar.ui.api.Formats;
import id.pilar.ui.api.FxTopComponent;
import id.pilar.ui.api.UiExecutor;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.openide.awt.ActionID;
import org.openide.awt.ActionReference;
import org.openide.awt.ActionRegistration;
import org.openide.util.NbBundle.Messages;
import org.openide.windows.TopComponent;

/** Keamanan → Riwayat perubahan: who changed which field of a record when, and the read log. */
@TopComponent.Description(preferredID = "RiwayatTopComponent", persistenceType = TopComponent.PERSISTENCE_NEVER)
@TopComponent.Registration(mode = "editor", openAtStartup = false)
@Messages({
    "CTL_AuditAction=Riwayat perubahan dan log akses",
    "CTL_AuditTopComponent=Riwayat",
    "LBL_Entity=Jenis catatan:",
    "LBL_RecordId=ID catatan:",
    "BTN_ShowHistory=Tampilkan riwayat",
    "BTN_RecentReads=Log akses terbaru",
    "COL_Revision=Revisi",
    "COL_When=Waktu",
    "COL_User=Pengguna",
    "COL_Change=Perubahan",
    "COL_Field=Kolom",
    "COL_Old=Nilai lama",
    "COL_New=Nilai baru",
    "COL_Action=Tindakan",
    "COL_Record=Catatan",
    "COL_Sensitive=Data sensitif",
    "LBL_History=Riwayat perubahan",
    "LBL_ReadLog=Log akses (siapa membuka apa)"
})
public final class AuditHistoryTopComponent extends FxTopComponent {

    /** The menu item: disabled for roles without {@code AUDIT_READ}. */
    @ActionID(category = "Keamanan", id = "id.pilar.security.ui.AuditHistoryTopComponent")
    @ActionRegistration(displayName = "#CTL_AuditAction", lazy = false)
    @ActionReference(path = "Menu/Keamanan", position = 30)
    public static final class Open extends id.pilar.ui.api.PermittedOpenAction {
        public Open() {
            super(Bundle.CTL_AuditAction(), id.pilar.security.api.SecurityPermissions.AUDIT_READ, "RiwayatTopComponent", AuditHistoryTopComponent::new);
        }
    }

    public AuditHistoryTopComponent() {
        setName(Bundle.CTL_AuditTopComponent());
    }

    @Override
    protected Parent createContent() {
        AuditViewModel vm = new AuditViewModel(AuditHistory.get(), UiExecutor.standard());
        ComboBox<String> entity = new ComboBox<>(vm.entities());
        entity.setPrefWidth(320);
        TextField id = new TextField();
        id.setPrefColumnCount(36);
        Button show = new Button(Bundle.BTN_ShowHistory());
        show.setOnAction(e -> vm.show(entity.getValue(), id.getText()));
        Button recent = new Button(Bundle.BTN_RecentReads());
        recent.setOnAction(e -> vm.recentReads());

        TableView<AuditViewModel.Row> history = Views.table(
                Views.column(Bundle.COL_Revision(), r -> Integer.toString(r.revision()), 60),
                Views.column(Bundle.COL_When(), r -> Formats.dateTime(r.at()), 130),
                Views.column(Bundle.COL_User(), AuditViewModel.Row::username, 110),
                Views.column(Bundle.COL_Change(), AuditViewModel.Row::kind, 80),
                Views.column(Bundle.COL_Field(), AuditViewModel.Row::field, 140),
                Views.column(Bundle.COL_Old(), AuditViewModel.Row::oldValue, 180),
                Views.column(Bundle.COL_New(), AuditViewModel.Row::newValue, 180));
        history.setItems(vm.rows());
        TableView<ReadLogEntry> reads = Views.table(
                Views.column(Bundle.COL_When(), r -> Formats.dateTime(r.at()), 130),
                Views.column(Bundle.COL_User(), ReadLogEntry::username, 110),
                Views.column(Bundle.COL_Action(), ReadLogEntry::action, 110),
                Views.column(Bundle.COL_Record(), r -> r.entityType() + " " + r.entityId(), 300),
                Views.column(Bundle.COL_Sensitive(), r -> r.sensitiveKind() == null ? "" : r.sensitiveKind(), 110));
        reads.setItems(vm.reads());

        VBox root = new VBox(8,
                new HBox(8, new Label(Bundle.LBL_Entity()), entity, new Label(Bundle.LBL_RecordId()), id, show, recent),
                Views.messageLine(vm), Views.title(Bundle.LBL_History()), history, Views.title(Bundle.LBL_ReadLog()), reads);
        root.setPadding(new Insets(16));
        vm.loadEntities();
        return root;
    }
}
