package id.pilar.intake.ui;

import id.pilar.core.api.reference.KategoriKesos;
import id.pilar.core.api.reference.Kelurahan;
import id.pilar.core.api.reference.ReferenceData;
import id.pilar.intake.api.Channel;
import id.pilar.intake.api.Hotspot;
import id.pilar.intake.api.Report;
import id.pilar.intake.api.ReportDraft;
import id.pilar.intake.api.ReportService;
import id.pilar.intake.api.ReportService.ReportFilter;
import id.pilar.intake.api.ReportStatus;
import id.pilar.registry.api.PersonSearch;
import id.pilar.registry.api.PersonSummary;
import id.pilar.ui.api.Formats;
import id.pilar.ui.api.FxTopComponent;
import id.pilar.ui.api.UiExecutor;
import id.pilar.ui.api.UiTrace;
import id.pilar.ui.api.UserMessages;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.netbeans.api.settings.ConvertAsProperties;
import org.openide.awt.ActionID;
import org.openide.awt.ActionReference;
import org.openide.awt.ActionReferences;
import org.openide.util.NbBundle.Messages;
import org.openide.windows.TopComponent;

/**
 * The report inbox: filters and the list on the left; on the right the keyboard-fast report form
 * (Tab through, Ctrl+S saves and starts the next report) and the triage panel of the selected report.
 */
@ConvertAsProperties(dtd = "-//id.pilar.intake.ui//Inbox//EN", autostore = false)
@TopComponent.Description(preferredID = "IntakeInboxTopComponent", persistenceType = TopComponent.PERSISTENCE_ALWAYS)
@TopComponent.Registration(mode = "editor", openAtStartup = false, position = 400)
@ActionID(category = "Window", id = "id.pilar.intake.ui.ReportInboxTopComponent")
@ActionReferences({
    @ActionReference(path = "Menu/Laporan", position = 10),
    @ActionReference(path = "Shortcuts", name = "DS-L")
})
@TopComponent.OpenActionRegistration(displayName = "#CTL_InboxAction", preferredID = "IntakeInboxTopComponent")
@Messages({
    "CTL_InboxAction=Kotak Masuk Laporan Sosial",
    "CTL_InboxTopComponent=Laporan Sosial",
    "COL_Number=Nomor", "COL_Received=Diterima", "COL_Channel=Kanal", "COL_Place=Tempat", "COL_Category=Kategori",
    "COL_People=Orang", "COL_Status=Status", "COL_Reporter=Pelapor",
    "LBL_Late=(terlambat)", "LBL_AnyStatus=Semua status", "LBL_AnyHotspot=Semua titik",
    "CHK_Late=Hanya yang _terlambat", "PROMPT_Search=Cari nomor, tempat, uraian", "BTN_Refresh=_Muat ulang",
    "# {0} - count", "LBL_Count={0} laporan",
    "TTL_Form=Laporan baru (Ctrl+S menyimpan)",
    "FLD_Received=Diterima", "FLD_Channel=Kanal", "FLD_Reporter=Pelapor", "FLD_Phone=Telepon", "CHK_Anonymous=Anonim",
    "FLD_Hotspot=Titik rawan", "FLD_Kelurahan=Kelurahan", "FLD_Address=Alamat", "FLD_Category=Kategori PPKS",
    "FLD_People=Jumlah orang", "FLD_Description=Uraian", "BTN_Save=_Simpan laporan",
    "# {0} - number", "MSG_Saved=Laporan {0} tersimpan.",
    "TTL_Triage=Triase laporan terpilih",
    "FLD_Person=Orang (cari nama/NIK)", "BTN_FindPerson=Cari", "FLD_CaseId=Id kasus yang ada", "FLD_Original=Nomor laporan asal",
    "FLD_Reason=Alasan tutup",
    "BTN_Link=_Tautkan", "BTN_OpenCase=Buka _kasus baru", "BTN_Duplicate=_Duplikat", "BTN_Close=Tutup _tanpa tindakan",
    "MSG_SelectReport=Pilih laporan berstatus Baru di daftar.",
    "# {0} - number", "# {1} - status", "MSG_Triaged=Laporan {0}: {1}.",
    "# {0} - report number", "# {1} - case number", "MSG_TriagedToCase=Laporan {0} diteruskan menjadi kasus {1}.",
    "MSG_NoOriginal=Laporan asal dengan nomor itu tidak ditemukan.",
    "MSG_NoPerson=Cari dan pilih orangnya dulu.",
    "FLD_Lat=Lintang", "FLD_Lng=Bujur", "PROMPT_Lat=mis. -6,1754", "PROMPT_Lng=mis. 106,8272",
    "FLD_Attachments=Lampiran", "BTN_Attach=_Lampirkan foto/dokumen…", "BTN_ClearAttachments=Hapus pilihan",
    "LBL_NoAttachments=(belum ada)", "TTL_ChooseFiles=Pilih foto (JPEG/PNG) atau dokumen (PDF)",
    "# {0} - file names", "LBL_AttachmentsOfReport=Lampiran laporan: {0}",
    "TTL_NewHotspot=Titik rawan baru",
    "# {0} - name", "# {1} - registry number", "# {2} - NIK", "LBL_PersonChoice={0} \u00b7 {1} \u00b7 NIK {2}", "FLD_HotspotName=Nama titik", "BTN_AddHotspot=_Tambah titik rawan",
    "# {0} - name", "MSG_HotspotAdded=Titik rawan {0} ditambahkan."
})
public final class ReportInboxTopComponent extends FxTopComponent {

    private final UiExecutor ui = UiExecutor.standard();
    private TableView<Report> table;
    private TextField received;

    public ReportInboxTopComponent() {
        setName(Bundle.CTL_InboxTopComponent());
    }

    static <T> TableColumn<T, String> column(String title, Function<T, String> value, double width) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(value.apply(cd.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private static <T> TableColumn<T, String> atLeast(TableColumn<T, String> c, double min) {
        c.setMinWidth(min);
        return c;
    }

    static String categoryName(String kode) {
        return ReferenceData.get().kategori(kode).map(KategoriKesos::nama).orElse(kode);
    }

    @Override
    protected Parent createContent() {
        table = new TableView<>();
        // The columns share the list's width (at 1366×768 the status was off to the right): number,
        // time and status keep what they need to be read in full, place, category and reporter
        // give way (cut with "…", whole in a wider window).
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.getColumns().add(atLeast(column(Bundle.COL_Number(), Report::nomor, 140), 140));
        table.getColumns().add(atLeast(column(Bundle.COL_Received(), r -> Formats.dateTime(r.diterima()), 125), 125));
        table.getColumns().add(atLeast(column(Bundle.COL_Channel(), r -> r.kanal().label(), 85), 75));
        table.getColumns().add(column(Bundle.COL_Place(), Report::tempat, 140));
        table.getColumns().add(column(Bundle.COL_Category(), r -> categoryName(r.kategoriKode()), 120));
        table.getColumns().add(atLeast(column(Bundle.COL_People(), r -> Integer.toString(r.jumlahOrang()), 55), 55));
        table.getColumns().add(atLeast(column(Bundle.COL_Status(), r -> r.status().label() + (r.terlambat() ? " " + Bundle.LBL_Late() : ""), 130), 125));
        table.getColumns().add(column(Bundle.COL_Reporter(), r -> r.pelapor() == null ? "" : r.pelapor(), 100));

        ComboBox<ReportStatus> status = new ComboBox<>();
        status.getItems().add(null);
        status.getItems().addAll(ReportStatus.values());
        status.setPromptText(Bundle.LBL_AnyStatus());
        ComboBox<Hotspot> hotspotFilter = new ComboBox<>();
        hotspotFilter.setPromptText(Bundle.LBL_AnyHotspot());
        CheckBox late = new CheckBox(Bundle.CHK_Late());
        TextField search = new TextField();
        search.setPromptText(Bundle.PROMPT_Search());
        Label info = new Label();
        Button refresh = new Button(Bundle.BTN_Refresh());
        Runnable reload = () -> {
            ReportFilter f = new ReportFilter(status.getValue(), hotspotFilter.getValue() == null ? null : hotspotFilter.getValue().id(), null, null, null,
                    late.isSelected(), search.getText(), 500);
            ui.load(() -> ReportService.get().list(f), rows -> {
                table.getItems().setAll(rows);
                info.setText(Bundle.LBL_Count(rows.size()));
            }, e -> info.setText(UserMessages.of(e)));
        };
        refresh.setOnAction(e -> reload.run());
        status.setOnAction(e -> reload.run());
        hotspotFilter.setOnAction(e -> reload.run());
        late.setOnAction(e -> reload.run());
        search.setOnAction(e -> reload.run());

        // ---- the form ----
        received = new TextField(ReportFormModel.now());
        ComboBox<Channel> channel = new ComboBox<>();
        channel.getItems().addAll(Channel.values());
        channel.setValue(Channel.HOTLINE);
        TextField reporter = new TextField();
        TextField phone = new TextField();
        CheckBox anonymous = new CheckBox(Bundle.CHK_Anonymous());
        ComboBox<Hotspot> hotspot = new ComboBox<>();
        ComboBox<Kelurahan> kelurahan = new ComboBox<>();
        kelurahan.getItems().add(null);
        kelurahan.getItems().addAll(ReferenceData.get().kelurahan());
        TextField address = new TextField();
        TextField lat = new TextField();
        lat.setPromptText(Bundle.PROMPT_Lat());
        lat.setPrefColumnCount(8);
        TextField lng = new TextField();
        lng.setPromptText(Bundle.PROMPT_Lng());
        lng.setPrefColumnCount(8);
        List<java.nio.file.Path> chosen = new java.util.ArrayList<>();
        Label chosenInfo = new Label(Bundle.LBL_NoAttachments());
        chosenInfo.setWrapText(true);
        Button attach = new Button(Bundle.BTN_Attach());
        Button clearAttachments = new Button(Bundle.BTN_ClearAttachments());
        Runnable showChosen = () -> chosenInfo.setText(chosen.isEmpty() ? Bundle.LBL_NoAttachments()
                : String.join(", ", chosen.stream().map(x -> x.getFileName().toString()).toList()));
        attach.setOnAction(e -> chooseFiles(paths -> {
            chosen.addAll(paths);
            showChosen.run();
        }));
        clearAttachments.setOnAction(e -> {
            chosen.clear();
            showChosen.run();
        });
        ComboBox<KategoriKesos> category = Forms.categories(new ComboBox<>());
        category.getItems().addAll(ReferenceData.get().kategori(KategoriKesos.PPKS, false));
        ReferenceData.get().kategori("PPKS-11").ifPresent(category::setValue);
        TextField people = new TextField("1");
        TextArea description = new TextArea();
        description.setPrefRowCount(3);
        description.setWrapText(true);
        Label formInfo = new Label();
        formInfo.setWrapText(true);
        Button save = new Button(Bundle.BTN_Save());
        GridPane form = Forms.grid();
        int row = 0;
        form.addRow(row++, new Label(Bundle.FLD_Received()), received);
        form.addRow(row++, new Label(Bundle.FLD_Channel()), channel);
        form.addRow(row++, new Label(Bundle.FLD_Reporter()), reporter);
        form.addRow(row++, new Label(Bundle.FLD_Phone()), phone);
        form.addRow(row++, new Label(""), anonymous);
        form.addRow(row++, new Label(Bundle.FLD_Hotspot()), hotspot);
        form.addRow(row++, new Label(Bundle.FLD_Kelurahan()), kelurahan);
        form.addRow(row++, new Label(Bundle.FLD_Address()), address);
        form.addRow(row++, new Label(Bundle.FLD_Lat()), new FlowPane(6, 6, lat, new Label(Bundle.FLD_Lng()), lng));
        form.addRow(row++, new Label(Bundle.FLD_Category()), category);
        form.addRow(row++, new Label(Bundle.FLD_People()), people);
        form.addRow(row++, new Label(Bundle.FLD_Description()), description);
        form.addRow(row++, new Label(Bundle.FLD_Attachments()), new VBox(4, new FlowPane(6, 6, attach, clearAttachments), chosenInfo));
        save.setMinWidth(Region.USE_PREF_SIZE);
        form.add(new VBox(6, save, formInfo), 0, row, 2, 1);
        save.setOnAction(e -> {
            ReportDraft d;
            try {
                d = ReportFormModel.draft(received.getText(), channel.getValue(), reporter.getText(), phone.getText(), anonymous.isSelected(),
                        hotspot.getValue(), kelurahan.getValue() == null ? null : kelurahan.getValue().kode(), address.getText(),
                        lat.getText(), lng.getText(), category.getValue() == null ? null : category.getValue().kode(), people.getText(),
                        description.getText());
            } catch (ReportFormModel.FormProblem p) {
                formInfo.setText(p.getMessage());
                return;
            }
            List<java.nio.file.Path> files = List.copyOf(chosen);
            ui.load(() -> {
                try {
                    return ReportService.get().record(d, ReportFormModel.files(files));
                } catch (ReportFormModel.FormProblem p) {
                    throw new id.pilar.intake.api.IntakeException("FORM_FILE", p.getMessage());
                }
            }, saved -> {
                formInfo.setText(Bundle.MSG_Saved(saved.nomor()));
                table.getItems().add(0, saved);
                reporter.clear();
                phone.clear();
                address.clear();
                description.clear();
                lat.clear();
                lng.clear();
                chosen.clear();
                showChosen.run();
                people.setText("1");
                anonymous.setSelected(false);
                received.setText(ReportFormModel.now());
                received.requestFocus();
                UiTrace.shown(save.getScene(), "intake.report.saved");
            }, x -> formInfo.setText(UserMessages.of(x)));
        });

        // ---- triage ----
        TextField personQuery = new TextField();
        ComboBox<PersonSummary> person = new ComboBox<>();
        person.setPrefWidth(240);
        person.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(PersonSummary p) {
                return p == null ? "" : Bundle.LBL_PersonChoice(p.nama(), p.nomorRegistri(), p.nik() == null ? "\u2013" : p.nik());
            }

            @Override
            public PersonSummary fromString(String text) {
                return null;
            }
        });
        Button findPerson = new Button(Bundle.BTN_FindPerson());
        findPerson.setOnAction(e -> ui.load(() -> PersonSearch.get().search(personQuery.getText(), 20), found -> {
            person.getItems().setAll(found);
            if (!found.isEmpty()) {
                person.setValue(found.get(0));
            }
        }, x -> formInfo.setText(UserMessages.of(x))));
        personQuery.setOnAction(e -> findPerson.fire());
        TextField caseId = new TextField();
        TextField original = new TextField();
        TextField reason = new TextField();
        Label triageInfo = new Label();
        triageInfo.setWrapText(true);
        Button link = new Button(Bundle.BTN_Link());
        Button openCase = new Button(Bundle.BTN_OpenCase());
        Button duplicate = new Button(Bundle.BTN_Duplicate());
        Button close = new Button(Bundle.BTN_Close());
        java.util.function.Consumer<java.util.concurrent.Callable<Report>> triage = work -> ui.load(() -> {
            Report r = work.call();
            return java.util.Map.entry(r, java.util.Optional.ofNullable(caseNumber(r)));
        }, done -> {
            triageInfo.setText(ReportFormModel.triaged(done.getKey(), done.getValue().orElse(null)));
            reload.run();
        }, x -> {
            triageInfo.setText(UserMessages.of(x));
            reload.run(); // someone else may have been faster: show what is there now
        });
        link.setOnAction(e -> withSelected(triageInfo, r -> triage.accept(() -> ReportService.get().linkExisting(r.id(), r.version(),
                person.getValue() == null ? null : person.getValue().id(), caseId.getText()))));
        openCase.setOnAction(e -> withSelected(triageInfo, r -> {
            if (person.getValue() == null) {
                triageInfo.setText(Bundle.MSG_NoPerson());
                return;
            }
            triage.accept(() -> ReportService.get().openCase(r.id(), r.version(), person.getValue().id()));
        }));
        duplicate.setOnAction(e -> withSelected(triageInfo, r -> triage.accept(() -> {
            String nomor = original.getText().strip();
            Report o = ReportService.get().list(new ReportFilter(null, null, null, null, null, false, nomor, 5)).stream()
                    .filter(x -> x.nomor().equalsIgnoreCase(nomor)).findFirst()
                    .orElseThrow(() -> new id.pilar.intake.api.IntakeException("MSG_NoOriginal", Bundle.MSG_NoOriginal()));
            return ReportService.get().markDuplicate(r.id(), r.version(), o.id());
        })));
        close.setOnAction(e -> withSelected(triageInfo, r -> triage.accept(() -> ReportService.get().closeNoAction(r.id(), r.version(), reason.getText()))));
        GridPane tri = Forms.grid();
        tri.addRow(0, new Label(Bundle.FLD_Person()), new FlowPane(6, 6, personQuery, findPerson, person));
        tri.addRow(1, new Label(Bundle.FLD_CaseId()), caseId);
        tri.addRow(2, new Label(""), new FlowPane(6, 6, link, openCase));
        tri.addRow(3, new Label(Bundle.FLD_Original()), new FlowPane(6, 6, original, duplicate));
        tri.addRow(4, new Label(Bundle.FLD_Reason()), new FlowPane(6, 6, reason, close));
        Label attachmentsOfReport = new Label();
        attachmentsOfReport.setWrapText(true);
        tri.add(attachmentsOfReport, 0, 5, 2, 1);
        tri.add(triageInfo, 0, 6, 2, 1);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, r) -> {
            attachmentsOfReport.setText("");
            if (r != null) {
                ui.load(() -> ReportService.get().attachments(r.id()), list -> attachmentsOfReport.setText(list.isEmpty() ? ""
                        : Bundle.LBL_AttachmentsOfReport(String.join(", ", list.stream().map(x -> x.namaFile() + " (" + Formats.number(x.ukuran() / 1024) + " KB)").toList()))),
                        x -> attachmentsOfReport.setText(UserMessages.of(x)));
            }
        });

        // ---- a new hotspot (users add the places they learn of) ----
        TextField hotspotName = new TextField();
        ComboBox<Kelurahan> hotspotKel = new ComboBox<>();
        hotspotKel.getItems().addAll(ReferenceData.get().kelurahan());
        TextField hotspotLat = new TextField();
        hotspotLat.setPromptText(Bundle.PROMPT_Lat());
        hotspotLat.setPrefColumnCount(8);
        TextField hotspotLng = new TextField();
        hotspotLng.setPromptText(Bundle.PROMPT_Lng());
        hotspotLng.setPrefColumnCount(8);
        Label hotspotInfo = new Label();
        hotspotInfo.setWrapText(true);
        Button addHotspot = new Button(Bundle.BTN_AddHotspot());
        GridPane hs = Forms.grid();
        hs.addRow(0, new Label(Bundle.FLD_HotspotName()), hotspotName);
        hs.addRow(1, new Label(Bundle.FLD_Kelurahan()), hotspotKel);
        hs.addRow(2, new Label(Bundle.FLD_Lat()), new FlowPane(6, 6, hotspotLat, new Label(Bundle.FLD_Lng()), hotspotLng));
        hs.add(new VBox(6, addHotspot, hotspotInfo), 0, 3, 2, 1);
        TitledPane newHotspot = new TitledPane(Bundle.TTL_NewHotspot(), hs);
        newHotspot.setExpanded(false);

        VBox right = new VBox(8, new TitledPane(Bundle.TTL_Form(), form), new TitledPane(Bundle.TTL_Triage(), tri), newHotspot);
        right.setPadding(new Insets(0, 0, 0, 8));
        BorderPane left = new BorderPane(table);
        left.setTop(new VBox(6, new FlowPane(8, 8, status, hotspotFilter, late, search, refresh), info));
        BorderPane.setMargin(table, new Insets(6, 0, 0, 0));
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(right);
        scroll.setFitToWidth(true);
        SplitPane split = new SplitPane(left, scroll);
        split.setDividerPositions(0.6); // the list's eight columns need the room more than the form
        BorderPane root = new BorderPane(split);
        root.setPadding(new Insets(10));
        root.sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), save::fire);
            }
        });
        Runnable loadHotspots = () -> ui.load(() -> ReportService.get().hotspots(), (List<Hotspot> places) -> {
            hotspot.getItems().setAll(places);
            hotspot.getItems().add(0, null);
            hotspotFilter.getItems().setAll(places);
            hotspotFilter.getItems().add(0, null);
        }, e -> info.setText(UserMessages.of(e)));
        addHotspot.setOnAction(e -> {
            Double[] point;
            try {
                point = ReportFormModel.coordinates(hotspotLat.getText(), hotspotLng.getText());
            } catch (ReportFormModel.FormProblem p) {
                hotspotInfo.setText(p.getMessage());
                return;
            }
            String name = hotspotName.getText();
            String kel = hotspotKel.getValue() == null ? null : hotspotKel.getValue().kode();
            ui.load(() -> ReportService.get().addHotspot(name, kel, point[0], point[1]), h -> {
                hotspotInfo.setText(Bundle.MSG_HotspotAdded(h.nama()));
                hotspotName.clear();
                hotspotLat.clear();
                hotspotLng.clear();
                loadHotspots.run();
            }, x -> hotspotInfo.setText(UserMessages.of(x)));
        });
        loadHotspots.run();
        reload.run();
        return root;
    }

    /** A Swing file chooser (the platform's look, its last folder), answered on the FX thread. */
    static void chooseFiles(java.util.function.Consumer<List<java.nio.file.Path>> chosen) {
        javax.swing.SwingUtilities.invokeLater(() -> {
            javax.swing.JFileChooser chooser = new javax.swing.JFileChooser();
            chooser.setDialogTitle(Bundle.TTL_ChooseFiles());
            chooser.setMultiSelectionEnabled(true);
            if (chooser.showOpenDialog(org.openide.windows.WindowManager.getDefault().getMainWindow()) == javax.swing.JFileChooser.APPROVE_OPTION) {
                List<java.nio.file.Path> paths = java.util.Arrays.stream(chooser.getSelectedFiles()).map(java.io.File::toPath).toList();
                javafx.application.Platform.runLater(() -> chosen.accept(paths));
            }
        });
    }

    /**
     * The number of the case a report was triaged to, for the clerk's confirmation (the report
     * only holds the case's id). Off the FX thread. The triage is done by then: a failed look-up
     * only leaves the number out of the message, it must not report the triage as failed.
     */
    static String caseNumber(Report r) {
        if (r.caseId() == null || r.status() != ReportStatus.KASUS) {
            return null;
        }
        try {
            return id.pilar.cases.api.CaseService.get().find(r.caseId()).map(id.pilar.cases.api.CaseService.CaseDetail::nomor).orElse(null);
        } catch (RuntimeException e) {
            java.util.logging.Logger.getLogger(ReportInboxTopComponent.class.getName()).log(java.util.logging.Level.FINE, "case number of " + r.caseId(), e);
            return null;
        }
    }

    private void withSelected(Label info, java.util.function.Consumer<Report> action) {
        Report r = table.getSelectionModel().getSelectedItem();
        if (r == null || r.status() != ReportStatus.BARU) {
            info.setText(Bundle.MSG_SelectReport());
            return;
        }
        action.accept(r);
    }

    @Override
    protected Node firstField() {
        return received;
    }

    void writeProperties(java.util.Properties p) {
        p.setProperty("version", "1.0");
    }

    void readProperties(java.util.Properties p) {
        // nothing to restore
    }
}
