package id.pilar.atlas.ui.report;

import id.pilar.ui.api.Formats;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import org.openide.util.NbBundle.Messages;

/** The month (the last 24, the previous one chosen) and the folder of the monthly report. */
@Messages({
    "LBL_Month=Bu_lan:", "LBL_Folder=_Folder tujuan:", "BTN_Browse=_Pilih…", "BTN_Make=_Buat XLSX dan PDF", "BTN_Cancel=Batal",
    "MSG_NoFolder=Pilih folder yang ada.",
    "# {0} - base name", "LBL_Files=Berkas: {0}.xlsx dan {0}.pdf"
})
final class MonthlyReportForm {

    static final int MONTHS_OFFERED = 24;

    /** What the user asked for. */
    record Request(YearMonth month, Path folder) {
    }

    private MonthlyReportForm() {
    }

    static Parent create(YearMonth preselected, Consumer<Request> done) {
        ComboBox<YearMonth> month = new ComboBox<>();
        for (int i = 0; i < MONTHS_OFFERED; i++) {
            month.getItems().add(preselected.plusMonths(1).minusMonths(i));
        }
        month.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(YearMonth m, boolean empty) {
                super.updateItem(m, empty);
                setText(empty || m == null ? null : Formats.monthYear(m.atDay(1)));
            }
        });
        month.setButtonCell(month.getCellFactory().call(null));
        month.setValue(preselected);
        TextField folder = new TextField(System.getProperty("user.home"));
        folder.setPrefColumnCount(32);
        Button browse = new Button(Bundle.BTN_Browse());
        browse.setOnAction(e -> {
            DirectoryChooser c = new DirectoryChooser();
            File now = new File(folder.getText());
            if (now.isDirectory()) {
                c.setInitialDirectory(now);
            }
            File chosen = c.showDialog(browse.getScene().getWindow());
            if (chosen != null) {
                folder.setText(chosen.getAbsolutePath());
            }
        });
        Label files = new Label();
        month.valueProperty().addListener((o, a, m) -> files.setText(m == null ? "" : Bundle.LBL_Files(id.pilar.atlas.api.MonthlyReport.baseName(m))));
        files.setText(Bundle.LBL_Files(id.pilar.atlas.api.MonthlyReport.baseName(preselected)));
        Label error = new Label();
        error.setStyle("-fx-text-fill: #b00020;");
        Button make = new Button(Bundle.BTN_Make());
        make.setDefaultButton(true);
        make.setOnAction(e -> {
            Path p = Path.of(folder.getText().strip());
            if (folder.getText().isBlank() || !Files.isDirectory(p)) {
                error.setText(Bundle.MSG_NoFolder());
                return;
            }
            done.accept(new Request(month.getValue(), p));
        });
        Button cancel = new Button(Bundle.BTN_Cancel());
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> done.accept(null));
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        Label ml = new Label(Bundle.LBL_Month());
        ml.setLabelFor(month);
        ml.setMnemonicParsing(true); // a Label shows "_" literally unless told: Alt+L goes to the month
        Label fl = new Label(Bundle.LBL_Folder());
        fl.setLabelFor(folder);
        fl.setMnemonicParsing(true);
        grid.addRow(0, ml, month);
        grid.addRow(1, fl, new HBox(6, folder, browse));
        VBox root = new VBox(10, grid, files, error, new HBox(8, make, cancel));
        root.setPadding(new Insets(14));
        return root;
    }
}
