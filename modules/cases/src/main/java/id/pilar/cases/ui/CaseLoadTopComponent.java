package id.pilar.cases.ui;

import id.pilar.cases.api.CaseService;
import id.pilar.cases.api.CaseService.WorkerLoad;
import id.pilar.ui.api.UiExecutor;
import id.pilar.ui.api.UserMessages;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.netbeans.api.settings.ConvertAsProperties;
import org.openide.awt.ActionID;
import org.openide.awt.ActionReference;
import org.openide.util.NbBundle.Messages;
import org.openide.windows.TopComponent;

/** Each social worker's open cases, overdue ones, those waiting for approval, high-risk ones. */
@ConvertAsProperties(dtd = "-//id.pilar.cases.ui//CaseLoad//EN", autostore = false)
@TopComponent.Description(preferredID = "CaseLoadTopComponent", persistenceType = TopComponent.PERSISTENCE_ALWAYS)
@TopComponent.Registration(mode = "editor", openAtStartup = false, position = 330)
@ActionID(category = "Window", id = "id.pilar.cases.ui.CaseLoadTopComponent")
@ActionReference(path = "Menu/Kasus", position = 40)
@TopComponent.OpenActionRegistration(displayName = "#CTL_CaseLoadAction", preferredID = "CaseLoadTopComponent")
@Messages({
    "CTL_CaseLoadAction=Beban Kasus per Pekerja",
    "CTL_CaseLoadTopComponent=Beban Kasus",
    "COL_Open=Kasus terbuka", "COL_Overdue=Terlambat", "COL_AwaitingApproval=Menunggu persetujuan", "COL_HighRisk=Risiko tinggi"
})
public final class CaseLoadTopComponent extends CasesWindow {

    private TableView<WorkerLoad> table;

    public CaseLoadTopComponent() {
        setName(Bundle.CTL_CaseLoadTopComponent());
    }

    @Override
    protected Parent createContent() {
        table = Fx.table();
        table.getColumns().add(Fx.column(Bundle.COL_Worker(), WorkerLoad::pekerja, 160));
        table.getColumns().add(Fx.column(Bundle.COL_Open(), w -> Integer.toString(w.terbuka()), 110));
        table.getColumns().add(Fx.column(Bundle.COL_Overdue(), w -> Integer.toString(w.terlambat()), 100));
        table.getColumns().add(Fx.column(Bundle.COL_AwaitingApproval(), w -> Integer.toString(w.menunggu()), 150));
        table.getColumns().add(Fx.column(Bundle.COL_HighRisk(), w -> Integer.toString(w.risikoTinggi()), 110));
        Label info = new Label();
        Runnable reload = () -> UiExecutor.standard().load(() -> CaseService.get().caseLoad(), (List<WorkerLoad> rows) -> table.getItems().setAll(rows),
                e -> info.setText(UserMessages.of(e)));
        Button refresh = new Button(Bundle.BTN_Refresh());
        refresh.setOnAction(e -> reload.run());
        reloadOnChange(reload);
        BorderPane root = new BorderPane(table);
        root.setTop(new VBox(8, new FlowPane(8, 8, refresh), info));
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
