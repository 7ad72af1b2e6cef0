package id.pilar.cases.ui;

import id.pilar.cases.api.CaseService;
import id.pilar.cases.api.CaseService.Task;
import id.pilar.ui.api.Formats;
import id.pilar.ui.api.UiExecutor;
import id.pilar.ui.api.UserMessages;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.netbeans.api.settings.ConvertAsProperties;
import org.openide.awt.ActionID;
import org.openide.awt.ActionReference;
import org.openide.util.NbBundle.Messages;
import org.openide.windows.TopComponent;

/** "Tugas saya" (the acting user's open tasks) and the overdue list of every case. */
@ConvertAsProperties(dtd = "-//id.pilar.cases.ui//Tasks//EN", autostore = false)
@TopComponent.Description(preferredID = "CaseTasksTopComponent", persistenceType = TopComponent.PERSISTENCE_ALWAYS)
@TopComponent.Registration(mode = "editor", openAtStartup = false, position = 320)
@ActionID(category = "Window", id = "id.pilar.cases.ui.TasksTopComponent")
@ActionReference(path = "Menu/Kasus", position = 30)
@TopComponent.OpenActionRegistration(displayName = "#CTL_TasksAction", preferredID = "CaseTasksTopComponent")
@Messages({
    "CTL_TasksAction=Tugas Saya",
    "CTL_TasksTopComponent=Tugas Saya",
    "RB_Mine=Tugas _saya", "RB_Overdue=Semua yang _terlambat",
    "BTN_MarkDone=Tandai _selesai",
    "# {0} - count", "LBL_Tasks={0} tugas terbuka"
})
public final class TasksTopComponent extends CasesWindow {

    private TableView<Task> table;

    public TasksTopComponent() {
        setName(Bundle.CTL_TasksTopComponent());
    }

    @Override
    protected Parent createContent() {
        table = Fx.table();
        table.getColumns().add(Fx.column(Bundle.COL_Due(), t -> Formats.date(t.tenggat()) + (t.terlambat() ? " " + Bundle.LBL_Late() : ""), 140));
        table.getColumns().add(Fx.column(Bundle.COL_Number(), Task::nomor, 140));
        table.getColumns().add(Fx.column(Bundle.COL_Title(), Task::judul, 280));
        table.getColumns().add(Fx.column(Bundle.COL_Owner(), t -> Fx.or(t.pemilik()), 100));
        ToggleGroup g = new ToggleGroup();
        RadioButton mine = new RadioButton(Bundle.RB_Mine());
        RadioButton late = new RadioButton(Bundle.RB_Overdue());
        mine.setToggleGroup(g);
        late.setToggleGroup(g);
        mine.setSelected(true);
        Label info = new Label();
        Runnable reload = () -> UiExecutor.standard().load(() -> late.isSelected() ? CaseService.get().overdueTasks() : CaseService.get().myTasks(),
                (List<Task> rows) -> {
                    table.getItems().setAll(rows);
                    info.setText(Bundle.LBL_Tasks(rows.size()));
                }, e -> info.setText(UserMessages.of(e)));
        g.selectedToggleProperty().addListener((o, a, b) -> reload.run());
        Button done = new Button(Bundle.BTN_MarkDone());
        done.setOnAction(e -> {
            Task t = table.getSelectionModel().getSelectedItem();
            if (t != null) {
                UiExecutor.standard().load(() -> CaseService.get().completeTask(t.id()), r -> reload.run(), x -> info.setText(UserMessages.of(x)));
            }
        });
        Button open = new Button(Bundle.BTN_OpenCaseOf());
        open.setOnAction(e -> {
            Task t = table.getSelectionModel().getSelectedItem();
            if (t != null) {
                CaseWindows.openCase(t.caseId(), t.nomor());
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
        root.setTop(new VBox(8, new FlowPane(8, 8, mine, late, done, open, refresh), info));
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
