package id.pilar.registry.ui;

import id.pilar.registry.api.DtsenField;
import id.pilar.registry.api.DtsenFilePreview;
import id.pilar.registry.api.DtsenImport;
import id.pilar.registry.api.DtsenImportResult;
import id.pilar.ui.api.BackgroundWork;
import id.pilar.ui.api.Formats;
import id.pilar.ui.api.FxTopComponent;
import id.pilar.ui.api.UiExecutor;
import id.pilar.ui.api.UserMessages;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.netbeans.api.settings.ConvertAsProperties;
import org.openide.awt.ActionID;
import org.openide.awt.ActionReference;
import org.openide.util.NbBundle.Messages;
import org.openide.windows.TopComponent;

/**
 * The DTSEN import wizard on one page: choose a file, see how it was read (delimiter, encoding)
 * and which column feeds which field (changeable), a few rows; import with progress and cancel;
 * the summary and the reject report.
 */
@ConvertAsProperties(dtd = "-//id.pilar.registry.ui//DtsenImport//EN", autostore = false)
@TopComponent.Description(preferredID = "DtsenImportTopComponent", persistenceType = TopComponent.PERSISTENCE_NEVER)
@TopComponent.Registration(mode = "editor", openAtStartup = false, position = 400)
@ActionID(category = "Window", id = "id.pilar.registry.ui.DtsenImportTopComponent")
@ActionReference(path = "Menu/Registri", position = 40)
@TopComponent.OpenActionRegistration(displayName = "#CTL_DtsenImportAction", preferredID = "DtsenImportTopComponent")
@Messages({
    "CTL_DtsenImportAction=Impor Data DTSEN…",
    "CTL_DtsenImportTopComponent=Impor DTSEN",
    "LBL_ChooseFile=Pilih file CSV…",
    "LBL_NoFile=Belum ada file dipilih.",
    "# {0} - delimiter",
    "# {1} - charset",
    "LBL_ReadAs=Pemisah kolom: {0} · pengodean: {1}",
    "LBL_Mapping=Kolom file untuk tiap isian:",
    "LBL_Unused=(tidak dipakai)",
    "LBL_Sample=Contoh baris:",
    "LBL_Import=Impor",
    "LBL_Importing=Mengimpor data DTSEN",
    "# {0} - megabytes",
    "LBL_Progress={0} MB terbaca",
    "LBL_Cancelled=Impor dibatalkan; tidak ada data yang berubah.",
    "# {0} - summary",
    "LBL_ImportDone=Selesai: {0}",
    "# {0} - imported",
    "# {1} - updated",
    "# {2} - rejected",
    "LBL_Summary={0} baru, {1} diperbarui, {2} ditolak",
    "# {0} - path",
    "LBL_RejectReport=Laporan baris yang ditolak: {0}",
    "LBL_OpenReport=Buka laporan",
    "LBL_MissingRequired=Isian wajib (iddtks, nama) harus dipetakan ke kolom."
})
public final class DtsenImportTopComponent extends FxTopComponent {

    private Label fileLabel;
    private Label format;
    private Label problem;
    private GridPane mapping;
    private TableView<List<String>> sample;
    private Label status;
    private Button importButton;
    private Button openReport;
    private final Map<DtsenField, ComboBox<String>> columns = new EnumMap<>(DtsenField.class);
    private DtsenFilePreview preview;
    private Path report;

    public DtsenImportTopComponent() {
        setName(Bundle.CTL_DtsenImportTopComponent());
    }

    @Override
    protected Parent createContent() {
        // JavaFX controls are made here, on the FX thread, not in the constructor (EDT).
        fileLabel = new Label(Bundle.LBL_NoFile());
        format = new Label();
        problem = new Label();
        mapping = new GridPane();
        sample = new TableView<>();
        status = new Label();
        importButton = new Button(Bundle.LBL_Import());
        openReport = new Button(Bundle.LBL_OpenReport());
        Button choose = new Button(Bundle.LBL_ChooseFile());
        choose.setOnAction(e -> choose());
        importButton.setDisable(true);
        importButton.setOnAction(e -> runImport());
        openReport.setVisible(false);
        openReport.setOnAction(e -> openReport());
        mapping.setHgap(10);
        mapping.setVgap(4);
        sample.setPrefHeight(220);
        problem.getStyleClass().add("field-error");
        // An empty error label still drew its red border: shown only when it says something (as the person import's).
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        problem.visibleProperty().bind(problem.textProperty().isNotEmpty());
        VBox root = new VBox(10, new HBox(10, choose, fileLabel), format, problem, new Label(Bundle.LBL_Mapping()), mapping,
                new Label(Bundle.LBL_Sample()), sample, new HBox(10, importButton, openReport), status);
        root.setPadding(new Insets(14));
        return new ScrollPane(root);
    }

    private void choose() {
        FileChooser fc = new FileChooser();
        fc.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("CSV", "*.csv", "*.txt"),
                new FileChooser.ExtensionFilter("*", "*.*"));
        File f = fc.showOpenDialog(fileLabel.getScene().getWindow());
        if (f == null) {
            return;
        }
        fileLabel.setText(f.getAbsolutePath());
        status.setText("");
        openReport.setVisible(false);
        UiExecutor ex = UiExecutor.standard();
        ex.background().execute(() -> {
            try {
                DtsenFilePreview p = DtsenImport.get().preview(f.toPath());
                ex.fx().execute(() -> show(p));
            } catch (Exception e) {
                ex.fx().execute(() -> {
                    preview = null;
                    importButton.setDisable(true);
                    problem.setText(UserMessages.of(e));
                });
            }
        });
    }

    private void show(DtsenFilePreview p) {
        preview = p;
        String delimiter = switch (p.delimiter()) {
            case ',' -> "koma (,)";
            case ';' -> "titik koma (;)";
            case '|' -> "garis tegak (|)";
            case '\t' -> "tab";
            default -> String.valueOf(p.delimiter());
        };
        format.setText(Bundle.LBL_ReadAs(delimiter, p.charset() + (p.bom() ? " (BOM)" : "")));
        problem.setText(p.problem() == null ? "" : p.problem());
        mapping.getChildren().clear();
        columns.clear();
        List<String> choices = new ArrayList<>();
        choices.add(Bundle.LBL_Unused());
        choices.addAll(p.header());
        int row = 0;
        for (DtsenField f : DtsenField.values()) {
            ComboBox<String> box = new ComboBox<>();
            box.getItems().setAll(choices);
            Integer col = p.mapping().get(f);
            box.getSelectionModel().select(col == null ? 0 : col + 1);
            box.valueProperty().addListener((o, a, b) -> importButton.setDisable(!requiredMapped()));
            columns.put(f, box);
            mapping.addRow(row++, new Label(f.headers().get(0) + (f.required() ? " *" : "")), box);
        }
        sample.getColumns().clear();
        for (int i = 0; i < p.header().size(); i++) {
            final int index = i;
            TableColumn<List<String>, String> c = new TableColumn<>(p.header().get(i));
            c.setCellValueFactory(d -> new ReadOnlyStringWrapper(index < d.getValue().size() ? d.getValue().get(index) : ""));
            sample.getColumns().add(c);
        }
        sample.getItems().setAll(p.sample());
        importButton.setDisable(!requiredMapped());
    }

    private boolean requiredMapped() {
        for (DtsenField f : DtsenField.values()) {
            if (f.required() && columns.get(f).getSelectionModel().getSelectedIndex() <= 0) {
                problem.setText(Bundle.LBL_MissingRequired());
                return false;
            }
        }
        problem.setText(""); // the required columns are mapped: the detection's complaint no longer holds
        return true;
    }

    private Map<DtsenField, Integer> chosenMapping() {
        Map<DtsenField, Integer> m = new EnumMap<>(DtsenField.class);
        columns.forEach((f, box) -> {
            int i = box.getSelectionModel().getSelectedIndex();
            if (i > 0) {
                m.put(f, i - 1);
            }
        });
        return m;
    }

    private void runImport() {
        Path file = preview.file();
        Map<DtsenField, Integer> map = chosenMapping();
        BusyButton.disableInPlace(importButton, sample);
        status.setText(Bundle.LBL_Importing());
        UiExecutor ex = UiExecutor.standard();
        BackgroundWork.submit(Bundle.LBL_Importing(), progress -> {
            long size = Math.max(1, Files.size(file));
            progress.start((int) Math.max(1, size / 1024));
            DtsenImportResult r = DtsenImport.get().importFile(file, map, null,
                    bytes -> progress.progress(Bundle.LBL_Progress(bytes / 1_048_576), (int) (bytes / 1024)), progress::cancelled);
            if (r.cancelled()) {
                ex.fx().execute(() -> {
                    status.setText(Bundle.LBL_Cancelled());
                    importButton.setDisable(false);
                });
            }
            return r;
        }, r -> {
            importButton.setDisable(false);
            status.setText(Bundle.LBL_ImportDone(Bundle.LBL_Summary(Formats.number(r.imported()), Formats.number(r.updated()),
                    Formats.number(r.rejected()))) + (r.rejectReport() == null ? "" : "\n" + Bundle.LBL_RejectReport(r.rejectReport())));
            report = r.rejectReport();
            openReport.setVisible(report != null);
            if (r.imported() + r.updated() > 0) {
                id.pilar.ui.api.DataChanges.fire(); // open lists and the start page reload
            }
        }, e -> {
            importButton.setDisable(false);
            status.setText(Bundle.LBL_Failed(UserMessages.of(e)));
        });
    }

    private void openReport() {
        Path p = report;
        if (p == null) {
            return;
        }
        // The system's spreadsheet or text editor opens the CSV; Desktop works on the EDT.
        javax.swing.SwingUtilities.invokeLater(() -> {
            try {
                java.awt.Desktop.getDesktop().open(p.toFile());
            } catch (Exception e) {
                BackgroundWork.showError(Bundle.LBL_OpenReport(), e);
            }
        });
    }

    void writeProperties(java.util.Properties p) {
        p.setProperty("version", "1.0");
    }

    void readProperties(java.util.Properties p) {
        // a new import starts from an empty page
    }
}
