package id.pilar.rosters.ui;

import id.pilar.rosters.api.ReportTable;
import id.pilar.ui.api.Formats;
import id.pilar.ui.api.FxTopComponent;
import id.pilar.ui.api.UiExecutor;
import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.netbeans.api.settings.ConvertAsProperties;
import org.openide.awt.ActionID;
import org.openide.awt.ActionReference;
import org.openide.util.NbBundle.Messages;
import org.openide.windows.TopComponent;

/** Reports on hours, deployments, members per region and continuous service; PDF and XLSX export. */
@ConvertAsProperties(dtd = "-//id.pilar.rosters.ui//Reports//EN", autostore = false)
@TopComponent.Description(preferredID = "RosterReportsTopComponent", persistenceType = TopComponent.PERSISTENCE_ONLY_OPENED)
@TopComponent.Registration(mode = "editor", openAtStartup = false)
@ActionID(category = "Window", id = "id.pilar.rosters.ui.ReportsTopComponent")
@ActionReference(path = "Menu/Pilar Sosial", position = 400)
@TopComponent.OpenActionRegistration(displayName = "#CTL_ReportsAction", preferredID = "RosterReportsTopComponent")
@Messages({
    "CTL_ReportsAction=Laporan pilar sosial",
    "CTL_ReportsTopComponent=Laporan pilar sosial",
    "LBL_Report=Laporan", "LBL_From=Dari", "LBL_To=Sampai", "LBL_Show=Tampilkan",
    "# {0} - rows", "LBL_Rows={0} baris"
})
public final class ReportsTopComponent extends FxTopComponent {

    public ReportsTopComponent() {
        setName(Bundle.CTL_ReportsTopComponent());
    }

    @Override
    protected Parent createContent() {
        ReportsViewModel vm = new ReportsViewModel(UiExecutor.standard());
        ComboBox<ReportsViewModel.Kind> kind = new ComboBox<>();
        kind.getItems().setAll(ReportsViewModel.Kind.values());
        kind.setValue(ReportsViewModel.Kind.HOURS_MEMBER);
        Fx.labels(kind, ReportsViewModel.Kind::label);
        LocalDate today = LocalDate.now(Formats.JAKARTA);
        DatePicker from = Fx.datePicker();
        from.setValue(today.withDayOfYear(1));
        DatePicker to = Fx.datePicker();
        to.setValue(today);
        Button show = new Button(Bundle.LBL_Show());
        show.setDefaultButton(true);
        show.setOnAction(e -> vm.run(kind.getValue(), from.getValue(), to.getValue()));
        TableView<List<Object>> table = Fx.table();
        // Columns sized to their headers and values, scrolling sideways when wider than the window:
        // a constrained table laid out before it had its width squeezed every header on first display.
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        Label title = new Label();
        title.getStyleClass().add("page-title");
        Label info = new Label();
        Button pdf = new Button(Bundle.LBL_PrintPdf());
        Button xlsx = new Button(Bundle.LBL_ExportXlsx());
        pdf.disableProperty().bind(vm.tableProperty().isNull());
        xlsx.disableProperty().bind(vm.tableProperty().isNull());
        pdf.setOnAction(e -> {
            ReportTable t = vm.tableProperty().get();
            Exports.pdf(table, "laporan", () -> t, vm.messageProperty()::set);
        });
        xlsx.setOnAction(e -> {
            ReportTable t = vm.tableProperty().get();
            Exports.xlsx(table, "laporan", () -> t, vm.messageProperty()::set);
        });
        vm.tableProperty().addListener((o, a, t) -> {
            table.getColumns().clear();
            table.getItems().clear();
            if (t == null) {
                return;
            }
            title.setText(t.title());
            info.setText(t.subtitle() + " · " + Bundle.LBL_Rows(Formats.number(t.rows().size())));
            for (int i = 0; i < t.columns().size(); i++) {
                int idx = i;
                TableColumn<List<Object>, String> c = new TableColumn<>(t.columns().get(i).header());
                c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(ReportTable.display(cd.getValue().get(idx))));
                if (t.columns().get(i).type() != ReportTable.Type.TEXT) {
                    c.setStyle("-fx-alignment: CENTER-RIGHT;");
                }
                double header = textWidth(c.getText()) + 28;
                c.setMinWidth(header);
                c.setPrefWidth(Math.max(header, widest(t, idx) + 20));
                table.getColumns().add(c);
            }
            table.getItems().setAll(t.rows());
        });
        Label message = new Label();
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        FlowPane bar = new FlowPane(8, 8, new Label(Bundle.LBL_Report()), kind, new Label(Bundle.LBL_From()), from,
                new Label(Bundle.LBL_To()), to, show, pdf, xlsx);
        VBox top = new VBox(6, bar, title, info);
        top.setPadding(new Insets(8));
        BorderPane root = new BorderPane(table);
        root.setTop(top);
        root.setBottom(message);
        return root;
    }

    /** Measured in the stylesheet's 13px font (pilar.css), bold like a header, so nothing is underestimated. */
    private static final javafx.scene.text.Font MEASURE = javafx.scene.text.Font.font(javafx.scene.text.Font.getDefault().getFamily(),
            javafx.scene.text.FontWeight.BOLD, 13);

    private static double textWidth(String s) {
        javafx.scene.text.Text t = new javafx.scene.text.Text(s == null ? "" : s);
        t.setFont(MEASURE);
        return t.getLayoutBounds().getWidth();
    }

    /** The widest value of a column among the first rows (enough to size it; measuring all would cost on large reports). */
    private static double widest(ReportTable t, int column) {
        double w = 0;
        for (List<Object> row : t.rows().subList(0, Math.min(200, t.rows().size()))) {
            w = Math.max(w, textWidth(ReportTable.display(row.get(column))));
        }
        return Math.min(w, 360);
    }

    void writeProperties(java.util.Properties p) {
        p.setProperty("version", "1.0");
    }

    void readProperties(java.util.Properties p) {
        // reports are made on demand
    }
}
