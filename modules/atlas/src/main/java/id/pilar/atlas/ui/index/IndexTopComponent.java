package id.pilar.atlas.ui.index;

import id.pilar.atlas.api.AtlasPermissions;
import id.pilar.atlas.api.AtlasService;
import id.pilar.atlas.ui.report.MonthlyReportAction;
import id.pilar.core.api.security.AccessControl;
import id.pilar.core.api.time.JakartaTime;
import id.pilar.ui.api.Formats;
import id.pilar.ui.api.FxTopComponent;
import id.pilar.ui.api.UiTrace;
import java.time.LocalDate;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.netbeans.api.settings.ConvertAsProperties;
import org.openide.awt.ActionID;
import org.openide.awt.ActionReference;
import org.openide.awt.ActionReferences;
import org.openide.util.NbBundle.Messages;
import org.openide.windows.TopComponent;

/**
 * Indeks Kerentanan: the 44 kelurahan ranked by the vulnerability index as of a chosen day, with
 * the change against the 30 days before and the indicators that drive each score.
 */
@ConvertAsProperties(dtd = "-//id.pilar.atlas.ui.index//Index//EN", autostore = false)
@TopComponent.Description(preferredID = IndexTopComponent.ID, persistenceType = TopComponent.PERSISTENCE_ALWAYS)
@TopComponent.Registration(mode = "editor", openAtStartup = false, position = 900)
@ActionID(category = "Window", id = "id.pilar.atlas.ui.index.IndexTopComponent")
@ActionReferences({
    @ActionReference(path = "Menu/Atlas", position = 20),
    @ActionReference(path = "Shortcuts", name = "DS-I")
})
@TopComponent.OpenActionRegistration(displayName = "#CTL_IndexAction", preferredID = IndexTopComponent.ID)
@Messages({
    "CTL_IndexAction=Indeks Kerentanan",
    "CTL_IndexTopComponent=Indeks Kerentanan",
    "LBL_AsOf=_Per tanggal:",
    "BTN_Compute=_Hitung",
    "BTN_Weights=_Bobot indikator…",
    "BTN_Population=Impor _penduduk…",
    "BTN_Report=_Rekap bulanan…",
    "COL_Rank=Peringkat", "COL_Kelurahan=Kelurahan", "COL_Kecamatan=Kecamatan", "COL_Index=Indeks",
    "COL_Change=Perubahan", "COL_PreviousRank=Peringkat lalu", "COL_Drivers=Penyebab utama",
    "TIP_Index=0 = paling tidak rentan, 100 = paling rentan di semua indikator berbobot (rumus: README modul atlas)"
})
public final class IndexTopComponent extends FxTopComponent {

    static final String ID = "AtlasIndexTopComponent";

    private DatePicker asOf;

    public IndexTopComponent() {
        setName(Bundle.CTL_IndexTopComponent());
    }

    @Override
    protected Parent createContent() {
        IndexViewModel vm = new IndexViewModel(AtlasService.get(), IndexViewModel.LongWork.BACKGROUND, JakartaTime.today());
        asOf = new DatePicker();
        asOf.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate d) {
                return Formats.date(d);
            }

            @Override
            public LocalDate fromString(String s) {
                return Formats.parseDate(s);
            }
        });
        asOf.setPromptText("dd/mm/yyyy");
        asOf.valueProperty().bindBidirectional(vm.asOf());
        Label asOfLabel = new Label(Bundle.LBL_AsOf());
        asOfLabel.setMnemonicParsing(true);
        asOfLabel.setLabelFor(asOf);

        Button compute = new Button(Bundle.BTN_Compute());
        compute.setDefaultButton(true);
        compute.setOnAction(e -> vm.compute());
        Button weights = new Button(Bundle.BTN_Weights());
        weights.setDisable(!AccessControl.get().isPermitted(AtlasPermissions.WEIGHTS));
        weights.setOnAction(e -> WeightsEditor.open(vm::compute));
        Button population = new Button(Bundle.BTN_Population());
        population.setDisable(!AccessControl.get().isPermitted(AtlasPermissions.IMPORT));
        population.setOnAction(e -> PopulationImportStep.chooseAndImport(population.getScene().getWindow(), vm.status()));
        Button report = new Button(Bundle.BTN_Report());
        report.setDisable(!AccessControl.get().isPermitted(AtlasPermissions.REPORT));
        report.setOnAction(e -> MonthlyReportAction.ask());

        TableView<IndexViewModel.Line> table = new TableView<>(vm.lines());
        // The drivers take what the other columns leave (wrapped), so the table fits the window
        // at 1366x768 without a horizontal scroll bar; widening the window widens them.
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column(Bundle.COL_Rank(), l -> Integer.toString(l.score().rank()), 70));
        table.getColumns().add(column(Bundle.COL_Kelurahan(), l -> l.score().nama(), 150));
        table.getColumns().add(column(Bundle.COL_Kecamatan(), l -> l.score().namaKecamatan(), 120));
        TableColumn<IndexViewModel.Line, String> index = column(Bundle.COL_Index(), IndexViewModel.Line::index, 70);
        index.setGraphic(tip(Bundle.TIP_Index()));
        table.getColumns().add(index);
        table.getColumns().add(column(Bundle.COL_Change(), IndexViewModel.Line::change, 90));
        table.getColumns().add(column(Bundle.COL_PreviousRank(), IndexViewModel.Line::previousRank, 100));
        TableColumn<IndexViewModel.Line, String> drivers = column(Bundle.COL_Drivers(), IndexViewModel.Line::drivers, 360);
        drivers.setMinWidth(240);
        drivers.setCellFactory(c -> new TableCell<>() {
            private final Label text = new Label();
            private final javafx.scene.control.Tooltip whole = new javafx.scene.control.Tooltip();

            {
                text.setWrapText(true);
                text.maxWidthProperty().bind(drivers.widthProperty().subtract(12));
                // The rows keep one height (a taller label overlapped the next row): the whole
                // sentence is in the tooltip and in the kelurahan's profile.
                whole.setWrapText(true);
                whole.setMaxWidth(480);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                text.setText(empty ? null : item);
                whole.setText(empty ? null : item);
                setGraphic(empty ? null : text);
                setTooltip(empty ? null : whole);
            }
        });
        table.getColumns().add(drivers);
        vm.index().addListener((o, old, v) -> {
            if (table.getScene() != null) {
                UiTrace.shown(table.getScene(), "atlas.index");
            }
        });

        Label status = new Label();
        status.setWrapText(true);
        status.textProperty().bind(vm.status());
        HBox bar = new HBox(8, asOfLabel, asOf, compute, weights, population, report);
        bar.setAlignment(Pos.CENTER_LEFT);
        BorderPane root = new BorderPane(table);
        root.setTop(new VBox(6, bar, status));
        BorderPane.setMargin(table, new Insets(8, 0, 0, 0));
        root.setPadding(new Insets(10));
        vm.compute();
        return root;
    }

    private static Node tip(String text) {
        Label q = new Label("?");
        // A round badge, so the help mark does not read as a glyph the font is missing.
        q.setStyle("-fx-background-color: #2f6f9f; -fx-text-fill: white; -fx-background-radius: 8; -fx-padding: 0 5 0 5;"
                + " -fx-font-size: 10px; -fx-font-weight: bold;");
        q.setTooltip(new Tooltip(text));
        return q;
    }

    static <R> TableColumn<R, String> column(String title, Function<R, String> value, double width) {
        TableColumn<R, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    @Override
    protected Node firstField() {
        return asOf;
    }

    void writeProperties(java.util.Properties p) {
        p.setProperty("version", "1.0");
    }

    void readProperties(java.util.Properties p) {
        // nothing to restore: the window opens on today
    }
}
