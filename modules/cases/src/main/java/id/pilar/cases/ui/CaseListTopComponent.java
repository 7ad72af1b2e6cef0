package id.pilar.cases.ui;

import id.pilar.cases.api.CaseService;
import id.pilar.cases.api.CaseService.CaseFilter;
import id.pilar.cases.api.CaseService.CaseSummary;
import id.pilar.cases.api.CaseSource;
import id.pilar.cases.api.CaseStatus;
import id.pilar.core.api.reference.KategoriKesos;
import id.pilar.core.api.reference.Kelurahan;
import id.pilar.core.api.reference.ReferenceData;
import id.pilar.ui.api.Formats;
import id.pilar.ui.api.UiExecutor;
import id.pilar.ui.api.UiTrace;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
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
import org.openide.awt.ActionReferences;
import org.openide.util.NbBundle.Messages;
import org.openide.windows.TopComponent;

/** The case list with filters (status, worker, kelurahan, category, overdue, source, text) and saved filters. */
@ConvertAsProperties(dtd = "-//id.pilar.cases.ui//CaseList//EN", autostore = false)
@TopComponent.Description(preferredID = "CaseListTopComponent", persistenceType = TopComponent.PERSISTENCE_ALWAYS)
@TopComponent.Registration(mode = "editor", openAtStartup = false, position = 300)
@ActionID(category = "Window", id = "id.pilar.cases.ui.CaseListTopComponent")
@ActionReferences({
    @ActionReference(path = "Menu/Kasus", position = 10),
    @ActionReference(path = "Shortcuts", name = "DS-K")
})
@TopComponent.OpenActionRegistration(displayName = "#CTL_CaseListAction", preferredID = "CaseListTopComponent")
@Messages({
    "CTL_CaseListAction=Daftar Kasus",
    "CTL_CaseListTopComponent=Daftar Kasus",
    "HINT_CaseListTopComponent=Saring kasus menurut status, pekerja sosial, kelurahan, kategori, keterlambatan dan sumber",
    "LBL_SearchCases=Nomor kasus, nomor lama atau nama klien",
    "LBL_AnyStatus=Semua status", "LBL_AnySource=Semua sumber", "LBL_AnyKelurahan=Semua kelurahan", "LBL_AnyCategory=Semua kategori",
    "LBL_Worker=Pekerja sosial (nama pengguna)",
    "CHK_Overdue=Hanya yang _terlambat",
    "BTN_Apply=_Terapkan",
    "BTN_SaveFilter=Simpan _saringan",
    "LBL_FilterName=Nama saringan",
    "LBL_SavedFilters=Saringan tersimpan",
    "BTN_OpenCase=_Buka kasus",
    "COL_Number=Nomor", "COL_OldNumber=Nomor lama", "COL_Client=Klien", "COL_CaseStatus=Status", "COL_Category=Kategori",
    "COL_Worker=Pekerja", "COL_Opened=Dibuka", "COL_Kelurahan=Kelurahan", "COL_Waiting=Menunggu", "COL_Late=Terlambat",
    "# {0} - count", "LBL_CasesShown={0} kasus ditampilkan",
    "# {0} - count", "LBL_CasesCapped={0} kasus pertama ditampilkan; persempit saringan",
    "LBL_Yes=ya"
})
public final class CaseListTopComponent extends CasesWindow {

    private TextField text;

    public CaseListTopComponent() {
        setName(Bundle.CTL_CaseListTopComponent());
        setToolTipText(Bundle.HINT_CaseListTopComponent());
    }

    @Override
    protected Parent createContent() {
        text = new TextField();
        text.setPromptText(Bundle.LBL_SearchCases());
        text.setPrefColumnCount(24);
        ComboBox<CaseStatus> status = new ComboBox<>();
        status.getItems().add(null);
        status.getItems().addAll(CaseStatus.values());
        status.setConverter(CaseTopComponent.converter(CaseStatus::label));
        status.setPromptText(Bundle.LBL_AnyStatus());
        ComboBox<CaseSource> source = new ComboBox<>();
        source.getItems().add(null);
        source.getItems().addAll(CaseSource.values());
        source.setConverter(CaseTopComponent.converter(CaseSource::label));
        source.setPromptText(Bundle.LBL_AnySource());
        ComboBox<Kelurahan> kelurahan = new ComboBox<>();
        kelurahan.getItems().add(null);
        kelurahan.getItems().addAll(ReferenceData.get().kelurahan());
        kelurahan.setConverter(CaseTopComponent.converter(Kelurahan::nama));
        kelurahan.setPromptText(Bundle.LBL_AnyKelurahan());
        ComboBox<KategoriKesos> category = new ComboBox<>();
        category.getItems().add(null);
        category.getItems().addAll(ReferenceData.get().kategori(KategoriKesos.PPKS, false));
        category.setConverter(CaseTopComponent.converter(k -> k.kode() + " " + k.label()));
        category.setPromptText(Bundle.LBL_AnyCategory());
        TextField worker = new TextField();
        worker.setPromptText(Bundle.LBL_Worker());
        worker.setPrefColumnCount(18); // the prompt whole, not cut
        CheckBox overdue = new CheckBox(Bundle.CHK_Overdue());
        Button apply = new Button(Bundle.BTN_Apply());
        apply.setDefaultButton(true);
        ComboBox<String> saved = new ComboBox<>();
        saved.setPromptText(Bundle.LBL_SavedFilters());
        saved.getItems().setAll(SavedFilters.names());
        TextField filterName = new TextField();
        filterName.setPromptText(Bundle.LBL_FilterName());
        Button save = new Button(Bundle.BTN_SaveFilter());
        Button open = new Button(Bundle.BTN_OpenCase());
        Label info = new Label();

        TableView<CaseSummary> table = Fx.table();
        table.getColumns().add(Fx.column(Bundle.COL_Number(), CaseSummary::nomor, 130));
        table.getColumns().add(Fx.column(Bundle.COL_OldNumber(), c -> Fx.or(c.nomorLama()), 100));
        table.getColumns().add(Fx.column(Bundle.COL_Client(), c -> Fx.or(c.klien()), 155));
        table.getColumns().add(Fx.column(Bundle.COL_CaseStatus(), c -> c.status().label(), 150));
        table.getColumns().add(Fx.column(Bundle.COL_Category(), c -> Fx.or(c.kategoriKode()), 75));
        table.getColumns().add(Fx.column(Bundle.COL_Worker(), c -> Fx.or(c.pekerja()), 100));
        table.getColumns().add(Fx.column(Bundle.COL_Opened(), c -> Formats.date(c.tanggalBuka()), 85));
        table.getColumns().add(Fx.column(Bundle.COL_Kelurahan(), c -> CaseTopComponent.kelurahan(c.kodeKelurahan()), 125));
        table.getColumns().add(Fx.column(Bundle.COL_Waiting(), c -> c.menunggu() == null ? "" : c.menunggu().label(), 150));
        table.getColumns().add(Fx.column(Bundle.COL_Late(), c -> c.terlambat() ? Bundle.LBL_Yes() : "", 85));

        CaseListModel model = new CaseListModel(CaseService.get(), UiExecutor.standard(), rows -> {
            table.getItems().setAll(rows);
            info.setText(rows.size() >= CaseListModel.PAGE ? Bundle.LBL_CasesCapped(rows.size()) : Bundle.LBL_CasesShown(rows.size()));
            UiTrace.shown(table.getScene(), "cases.list.results");
        }, info::setText);
        java.util.function.Supplier<CaseFilter> current = () -> new CaseFilter(status.getValue(), blank(worker.getText()),
                kelurahan.getValue() == null ? null : kelurahan.getValue().kode(), category.getValue() == null ? null : category.getValue().kode(),
                overdue.isSelected(), source.getValue(), blank(text.getText()), CaseListModel.PAGE);
        Runnable run = () -> model.apply(current.get());
        reloadOnChange(run);
        apply.setOnAction(e -> run.run());
        status.setOnAction(e -> run.run());
        source.setOnAction(e -> run.run());
        kelurahan.setOnAction(e -> run.run());
        category.setOnAction(e -> run.run());
        overdue.setOnAction(e -> run.run());
        text.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN) {
                table.requestFocus();
                table.getSelectionModel().selectFirst();
            }
        });
        save.setOnAction(e -> {
            if (!filterName.getText().isBlank()) {
                SavedFilters.save(filterName.getText().trim(), current.get());
                saved.getItems().setAll(SavedFilters.names());
            }
        });
        saved.setOnAction(e -> {
            CaseFilter f = saved.getValue() == null ? null : SavedFilters.load(saved.getValue());
            if (f != null) {
                status.setValue(f.status());
                source.setValue(f.sumber());
                worker.setText(f.pekerja() == null ? "" : f.pekerja());
                text.setText(f.teks() == null ? "" : f.teks());
                overdue.setSelected(f.terlambat());
                kelurahan.setValue(kelurahan.getItems().stream().filter(k -> k != null && k.kode().equals(f.kodeKelurahan())).findFirst().orElse(null));
                category.setValue(category.getItems().stream().filter(k -> k != null && k.kode().equals(f.kategoriKode())).findFirst().orElse(null));
                model.apply(f);
            }
        });
        Runnable openSelected = () -> {
            CaseSummary c = table.getSelectionModel().getSelectedItem();
            if (c != null) {
                CaseWindows.openCase(c.id(), c.nomor());
            }
        };
        open.setOnAction(e -> openSelected.run());
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                openSelected.run();
            }
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected.run();
            }
        });
        FlowPane filters = new FlowPane(8, 8, text, status, source, kelurahan, category, worker, overdue, apply);
        FlowPane savedRow = new FlowPane(8, 8, saved, filterName, save, open);
        BorderPane root = new BorderPane(table);
        root.setTop(new VBox(8, filters, savedRow, info));
        BorderPane.setMargin(table, new Insets(8, 0, 0, 0));
        root.setPadding(new Insets(12));
        run.run();
        return root;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    @Override
    protected Node firstField() {
        return text;
    }

    void writeProperties(java.util.Properties p) {
        p.setProperty("version", "1.0");
    }

    void readProperties(java.util.Properties p) {
        // the filters start empty
    }
}
