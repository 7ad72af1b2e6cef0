package id.pilar.cases.ui;

import id.pilar.cases.api.ApprovalService;
import id.pilar.cases.api.ApprovalService.Approval;
import id.pilar.cases.api.CasesPermissions;
import id.pilar.core.api.security.AccessControl;
import id.pilar.ui.api.Formats;
import id.pilar.ui.api.UiExecutor;
import id.pilar.ui.api.UserMessages;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.netbeans.api.settings.ConvertAsProperties;
import org.openide.awt.ActionID;
import org.openide.awt.ActionReference;
import org.openide.util.NbBundle.Messages;
import org.openide.windows.TopComponent;

/** The supervisors' queue: plans, closures, referrals to full institutions, oldest first. */
@ConvertAsProperties(dtd = "-//id.pilar.cases.ui//Approvals//EN", autostore = false)
@TopComponent.Description(preferredID = "CaseApprovalsTopComponent", persistenceType = TopComponent.PERSISTENCE_ALWAYS)
@TopComponent.Registration(mode = "editor", openAtStartup = false, position = 310)
@ActionID(category = "Window", id = "id.pilar.cases.ui.ApprovalsTopComponent")
@ActionReference(path = "Menu/Kasus", position = 20)
@TopComponent.OpenActionRegistration(displayName = "#CTL_ApprovalsAction", preferredID = "CaseApprovalsTopComponent")
@Messages({
    "CTL_ApprovalsAction=Antrean Persetujuan",
    "CTL_ApprovalsTopComponent=Antrean Persetujuan",
    "COL_Requested=Diajukan", "COL_RequestedBy=Oleh", "COL_What=Permintaan", "COL_Detail=Keterangan",
    "LBL_DecisionNote=Catatan keputusan (wajib untuk penolakan)",
    "BTN_ApproveSelected=_Setujui", "BTN_RejectSelected=_Tolak", "BTN_OpenCaseOf=_Buka kasus", "BTN_Refresh=_Muat ulang",
    "# {0} - count", "LBL_Pending={0} permintaan menunggu",
    "LBL_NotSupervisor=Hanya supervisor yang dapat memutuskan; Anda dapat melihat antreannya."
})
public final class ApprovalsTopComponent extends CasesWindow {

    private TableView<Approval> table;

    public ApprovalsTopComponent() {
        setName(Bundle.CTL_ApprovalsTopComponent());
    }

    @Override
    protected Parent createContent() {
        table = Fx.table();
        table.getColumns().add(Fx.column(Bundle.COL_Requested(), a -> Formats.dateTime(a.diajukan()), 130));
        table.getColumns().add(Fx.column(Bundle.COL_Number(), Approval::nomor, 140));
        table.getColumns().add(Fx.column(Bundle.COL_Client(), a -> Fx.or(a.klien()), 160));
        table.getColumns().add(Fx.column(Bundle.COL_What(), a -> a.jenis().label(), 160));
        table.getColumns().add(Fx.column(Bundle.COL_Detail(), a -> (a.alasan() == null ? "" : a.alasan().label() + " ")
                + (a.tanggal() == null ? "" : Formats.date(a.tanggal()) + " ") + (a.keterangan() == null ? "" : a.keterangan()), 220));
        table.getColumns().add(Fx.column(Bundle.COL_RequestedBy(), Approval::diajukanOleh, 90));
        Label info = new Label();
        TextField note = new TextField();
        note.setPromptText(Bundle.LBL_DecisionNote());
        note.setPrefColumnCount(30);
        Button approve = new Button(Bundle.BTN_ApproveSelected());
        Button reject = new Button(Bundle.BTN_RejectSelected());
        Runnable reload = () -> {
            boolean may = AccessControl.get().isPermitted(CasesPermissions.APPROVE); // the user may have changed
            approve.setDisable(!may);
            reject.setDisable(!may);
            UiExecutor.standard().load(() -> ApprovalService.get().pending(), (List<Approval> rows) -> {
                table.getItems().setAll(rows);
                info.setText(Bundle.LBL_Pending(rows.size()) + (may ? "" : " · " + Bundle.LBL_NotSupervisor()));
            }, e -> info.setText(UserMessages.of(e)));
        };
        java.util.function.Function<java.util.function.Function<Approval, Callable<?>>, Runnable> decide = f -> () -> {
            Approval a = table.getSelectionModel().getSelectedItem();
            if (a != null) {
                UiExecutor.standard().load(() -> f.apply(a).call(), r -> {
                    note.clear();
                    // the decided case may be open in its own window, in the list and on the start page: all reload (this queue too)
                    id.pilar.ui.api.DataChanges.fire();
                }, e -> info.setText(UserMessages.of(e)));
            }
        };
        approve.setOnAction(e -> decide.apply(a -> () -> ApprovalService.get().approve(a.id(), note.getText())).run());
        reject.setOnAction(e -> decide.apply(a -> () -> ApprovalService.get().reject(a.id(), note.getText())).run());
        Button open = new Button(Bundle.BTN_OpenCaseOf());
        open.setOnAction(e -> {
            Approval a = table.getSelectionModel().getSelectedItem();
            if (a != null) {
                CaseWindows.openCase(a.caseId(), a.nomor());
            }
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                open.fire();
            }
        });
        Button refresh = new Button(Bundle.BTN_Refresh());
        refresh.setOnAction(e -> reload.run());
        reloadOnChange(reload);
        BorderPane root = new BorderPane(table);
        root.setTop(new VBox(8, new FlowPane(8, 8, note, approve, reject, open, refresh), info));
        BorderPane.setMargin(table, new Insets(8, 0, 0, 0));
        root.setPadding(new Insets(12));
        reload.run();
        return root;
    }

    @Override
    protected Node firstField() {
        return table;
    }

    void writeProperties(java.util.Properties p) {
        p.setProperty("version", "1.0");
    }

    void readProperties(java.util.Properties p) {
        // nothing to restore
    }
}
