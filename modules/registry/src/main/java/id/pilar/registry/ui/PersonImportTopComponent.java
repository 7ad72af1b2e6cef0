package id.pilar.registry.ui;

import id.pilar.registry.api.PersonImport;
import id.pilar.registry.api.PersonImportField;
import id.pilar.registry.api.PersonImportPreview;
import id.pilar.registry.api.PersonImportResult;
import id.pilar.ui.api.BackgroundWork;
import id.pilar.ui.api.FxTopComponent;
import id.pilar.ui.api.UiExecutor;
import id.pilar.ui.api.UserMessages;
import java.io.File;
import java.nio.file.Path;
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
 * Importing a list of people from another system, in three steps on one page: the file and its
 * source; the mapping (the file's headers in a box per field, pre-filled from the source's saved
 * mapping or the header matcher, and the first rows); the import with progress and cancel, then
 * the summary and the reject report.
 */
@ConvertAsProperties(dtd = "-//id.pilar.registry.ui//PersonImport//EN", autostore = false)
@TopComponent.Description(preferredID = "PersonImportTopComponent", persistenceType = TopComponent.PERSISTENCE_NEVER)
@TopComponent.Registration(mode = "editor", openAtStartup = false, position = 405)
@ActionID(category = "Window", id = "id.pilar.registry.ui.PersonImportTopComponent")
@ActionReference(path = "Menu/Registri", position = 45)
@TopComponent.OpenActionRegistration(displayName = "#CTL_PersonImportAction", preferredID = "PersonImportTopComponent")
@Messages({
    "CTL_PersonImportAction=Impor Daftar Penduduk…",
    "CTL_PersonImportTopComponent=Impor Daftar Penduduk",
    "PI_Step1=1. File dan sumber daftar",
    "PI_Step2=2. Kolom file untuk tiap isian",
    "PI_Step3=3. Impor",
    "PI_Choose=Pilih file CSV atau XLSX…",
    "PI_Source=Sumber daftar (misalnya \"Kel. Kampung Rawa\" atau \"OpenSID Desa …\"):",
    "PI_SourceHint=Pemetaan kolom disimpan untuk sumber ini dan dipakai lagi pada file berikutnya.",
    "PI_Sample=Baris pertama file:",
    "PI_Import=Impor",
    "PI_Importing=Mengimpor daftar penduduk",
    "# {0} - done",
    "# {1} - total",
    "PI_Progress={0} dari {1} baris"
})
public final class PersonImportTopComponent extends FxTopComponent {

    private PersonImportModel model;
    private Label fileLabel;
    private Label note;
    private Label problem;
    private Label status;
    private GridPane mapping;
    private TableView<List<String>> sample;
    private ComboBox<String> source;
    private Button importButton;
    private Button openReport;
    private final Map<PersonImportField, ComboBox<String>> boxes = new EnumMap<>(PersonImportField.class);
    private Path file;
    private Path report;
    private ScrollPane scroll;

    public PersonImportTopComponent() {
        setName(Bundle.CTL_PersonImportTopComponent());
    }

    @Override
    protected Parent createContent() {
        model = new PersonImportModel(PersonImport.get(), UiExecutor.standard());
        fileLabel = new Label(Bundle.LBL_NoFile());
        note = new Label();
        problem = new Label();
        problem.getStyleClass().add("field-error");
        // An empty error label would still show its red frame.
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        problem.visibleProperty().bind(problem.textProperty().isNotEmpty());
        status = new Label();
        status.setWrapText(true);
        mapping = new GridPane();
        mapping.setHgap(10);
        mapping.setVgap(4);
        sample = new TableView<>();
        sample.setPrefHeight(200);
        source = new ComboBox<>();
        source.setEditable(true);
        source.setPrefWidth(320);
        source.setOnAction(e -> reopen());
        model.loadSources(list -> source.getItems().setAll(list));
        Button choose = new Button(Bundle.PI_Choose());
        choose.setOnAction(e -> choose());
        importButton = new Button(Bundle.PI_Import());
        importButton.setDisable(true);
        importButton.setOnAction(e -> runImport());
        openReport = new Button(Bundle.LBL_OpenReport());
        openReport.setVisible(false);
        openReport.setOnAction(e -> openReport());
        VBox root = new VBox(8,
                title(Bundle.PI_Step1()), new HBox(10, choose, fileLabel), new Label(Bundle.PI_Source()), source,
                new Label(Bundle.PI_SourceHint()),
                title(Bundle.PI_Step2()), note, mapping, problem, new Label(Bundle.PI_Sample()), sample,
                title(Bundle.PI_Step3()), new HBox(10, importButton, openReport), status);
        root.setPadding(new Insets(14));
        scroll = new ScrollPane(root);
        return scroll;
    }

    @Override
    protected javafx.scene.Node firstField() {
        return source;
    }

    private static Label title(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section-title");
        return l;
    }

    private void choose() {
        FileChooser fc = new FileChooser();
        fc.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("CSV / XLSX", "*.csv", "*.xlsx", "*.txt"),
                new FileChooser.ExtensionFilter("*", "*.*"));
        File f = fc.showOpenDialog(fileLabel.getScene().getWindow());
        if (f != null) {
            file = f.toPath();
            fileLabel.setText(f.getAbsolutePath());
            reopen();
        }
    }

    /** Reads the file again for the current source, whose saved mapping may differ. */
    private void reopen() {
        if (file == null) {
            return;
        }
        status.setText("");
        openReport.setVisible(false);
        model.open(file, source.getEditor().getText(), this::show, e -> {
            importButton.setDisable(true);
            mapping.getChildren().clear();
            sample.getItems().clear();
            note.setText("");
            problem.setText(UserMessages.of(e));
        });
    }

    private void show(PersonImportPreview p) {
        note.setText(model.mappingNote());
        mapping.getChildren().clear();
        boxes.clear();
        List<String> choices = model.choices();
        int i = 0;
        for (PersonImportField f : PersonImportField.values()) {
            ComboBox<String> box = new ComboBox<>();
            box.getItems().setAll(choices);
            box.getSelectionModel().select(model.choiceOf(f));
            box.setPrefWidth(220);
            box.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> {
                model.choose(f, b.intValue());
                refresh();
            });
            boxes.put(f, box);
            // Two columns of fields: thirteen rows would not fit a 1366×768 screen with the sample.
            int row = i % 7;
            int column = (i / 7) * 2;
            mapping.add(new Label(f.label() + (f.required() ? " *" : "")), column, row);
            mapping.add(box, column + 1, row);
            i++;
        }
        sample.getColumns().clear();
        for (int c = 0; c < p.header().size(); c++) {
            final int index = c;
            TableColumn<List<String>, String> col = new TableColumn<>(p.header().get(c));
            col.setCellValueFactory(d -> new ReadOnlyStringWrapper(index < d.getValue().size() ? d.getValue().get(index) : ""));
            sample.getColumns().add(col);
        }
        sample.getItems().setAll(p.sample());
        refresh();
    }

    private void refresh() {
        String why = model.problem();
        problem.setText(why == null ? "" : why);
        importButton.setDisable(!model.canImport());
    }

    private void runImport() {
        String from = source.getEditor().getText();
        int total = model.preview().rows();
        BusyButton.disableInPlace(importButton, sample);
        status.setText(Bundle.PI_Importing());
        BackgroundWork.submit(Bundle.PI_Importing(), progress -> {
            progress.start(Math.max(1, total));
            PersonImportResult r = model.runImport(from, done -> progress.progress(Bundle.PI_Progress(done, total), done),
                    progress::cancelled);
            if (r.cancelled()) {
                UiExecutor.standard().fx().execute(() -> {
                    status.setText(PersonImportModel.summary(r));
                    importButton.setDisable(false);
                });
            }
            return r;
        }, r -> {
            importButton.setDisable(false);
            status.setText(PersonImportModel.summary(r));
            report = r.rejectReport();
            openReport.setVisible(report != null);
            if (r.imported() + r.updated() > 0) {
                id.pilar.ui.api.DataChanges.fire();
            }
            model.loadSources(list -> {
                source.getItems().setAll(list);
                // The summary sits under the sample table: bring it into view, the clerk is waiting for it.
                scroll.setVvalue(scroll.getVmax());
            });
        }, e -> {
            importButton.setDisable(false);
            status.setText(Bundle.LBL_Failed(UserMessages.of(e)));
        });
    }

    private void openReport() {
        Path p = report;
        if (p != null) {
            javax.swing.SwingUtilities.invokeLater(() -> {
                try {
                    java.awt.Desktop.getDesktop().open(p.toFile());
                } catch (Exception e) {
                    BackgroundWork.showError(Bundle.LBL_OpenReport(), e);
                }
            });
        }
    }

    void writeProperties(java.util.Properties p) {
        p.setProperty("version", "1.0");
    }

    void readProperties(java.util.Properties p) {
        // a new import starts from an empty page
    }
}
