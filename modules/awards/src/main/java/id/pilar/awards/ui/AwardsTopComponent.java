package id.pilar.awards.ui;

import id.pilar.awards.api.AwardReports;
import id.pilar.awards.api.AwardType;
import id.pilar.awards.api.Ceremony;
import id.pilar.awards.api.ConferredAward;
import id.pilar.awards.api.Judgement;
import id.pilar.awards.api.Nomination;
import id.pilar.awards.api.NominationState;
import id.pilar.awards.api.NominationStep;
import id.pilar.awards.api.Nominations;
import id.pilar.awards.api.PillarType;
import id.pilar.awards.api.RequiredDocument;
import id.pilar.ui.api.Formats;
import id.pilar.ui.api.FxTopComponent;
import id.pilar.ui.api.UiExecutor;
import java.awt.Desktop;
import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.netbeans.api.settings.ConvertAsProperties;
import org.openide.awt.ActionID;
import org.openide.awt.ActionReference;
import org.openide.awt.ActionReferences;
import org.openide.util.NbBundle.Messages;
import org.openide.windows.TopComponent;
import org.openide.windows.WindowManager;

/** The awards window: eligibility, the nomination board, ceremonies and certificates, the catalogue with its rule editor, reports. */
@ConvertAsProperties(dtd = "-//id.pilar.awards.ui//Awards//EN", autostore = false)
// Never reopened by the window system at start: that would load before the login and show "Akses ditolak".
// (An older saved layout that still has it open is undone by AwardsLayoutCheck.)
@TopComponent.Description(preferredID = "AwardsTopComponent", persistenceType = TopComponent.PERSISTENCE_NEVER)
@TopComponent.Registration(mode = "editor", openAtStartup = false)
@ActionID(category = "Window", id = "id.pilar.awards.ui.AwardsTopComponent")
@ActionReferences({
    @ActionReference(path = "Menu/Pilar Sosial", position = 900, separatorBefore = 890),
    @ActionReference(path = "Shortcuts", name = "DS-H")
})
@TopComponent.OpenActionRegistration(displayName = "#CTL_AwardsAction", preferredID = "AwardsTopComponent")
@Messages({
    "CTL_AwardsAction=Penghargaan",
    "CTL_AwardsTopComponent=Penghargaan pilar sosial",
    "TAB_Eligibility=Kelayakan", "TAB_Board=Usulan", "TAB_Ceremonies=Upacara dan piagam", "TAB_Catalogue=Katalog dan aturan",
    "TAB_Reports=Laporan",
    "LBL_Award=Penghargaan", "LBL_AsOf=Tanggal acuan", "LBL_Pillar=Jenis pilar", "LBL_Kecamatan=Kode kecamatan",
    "LBL_Soon=Segera layak dalam (bulan)", "LBL_OnlyEligible=Hanya yang layak", "LBL_All=(semua)",
    "BTN_Judge=Nilai", "BTN_Nominate=Usulkan yang dipilih", "BTN_Export=Ekspor…",
    "LBL_Justification=Alasan tertulis (wajib bila belum layak)",
    "COL_Nik=NIK", "COL_Name=Nama", "COL_Eligible=Layak", "COL_Tier=Tingkat", "COL_Reason=Alasan", "COL_Pillar=Pilar",
    "COL_Award=Penghargaan", "COL_State=Status", "COL_Level=Tingkat jalur", "COL_Since=Sejak", "COL_Flag=Tanda",
    "COL_Serial=Nomor piagam", "COL_Date=Tanggal", "COL_Place=Tempat", "COL_Presenter=Pemberi", "COL_Count=Jumlah",
    "VAL_Yes=ya", "VAL_No=tidak", "VAL_Soon=segera", "VAL_Flagged=perlu perhatian",
    "LBL_State=Status", "BTN_Refresh=Muat ulang",
    "BTN_Submit=Ajukan", "BTN_Verify=Verifikasi", "BTN_Forward=Teruskan", "BTN_Approve=Setujui", "BTN_Reject=Tolak",
    "BTN_Confer=Anugerahkan", "BTN_Attach=Lampirkan dokumen…",
    "LBL_Note=Catatan / alasan", "LBL_Decision=Nomor keputusan", "LBL_DecidedOn=Tanggal keputusan",
    "LBL_Ceremony=Upacara", "LBL_ChooseCeremony=(pilih upacara)", "LBL_Signatory=Penanda tangan", "LBL_SignatoryTitle=Jabatan penanda tangan", "LBL_Document=Dokumen",
    "LBL_Documents=Dokumen (✔ ada, ✘ kurang untuk langkah berikutnya)", "LBL_Steps=Riwayat langkah",
    "LBL_CeremonyName=Nama acara", "LBL_Place=Tempat", "LBL_Presenter=Pemberi penghargaan", "BTN_NewCeremony=Catat upacara",
    "BTN_Print=Cetak piagam…", "LBL_Rules=Aturan", "LBL_Route=Jalur persetujuan (satu tingkat per baris)", "LBL_Facts=Fakta yang dikenal",
    "BTN_Check=Periksa aturan", "BTN_Save=Simpan", "LBL_MinGap=Jeda minimal (tahun)",
    "BTN_ReportYear=Penghargaan per tahun…", "BTN_ReportPending=Usulan menunggu…",
    "LBL_From=Dari", "LBL_To=Sampai", "ERR_Date=Tanggal tidak ada atau tidak terbaca (dd/mm/yyyy)."
})
public final class AwardsTopComponent extends FxTopComponent {

    private AwardsViewModel vm;
    private TextField asOfField;
    private BorderPane root;

    public AwardsTopComponent() {
        setName(Bundle.CTL_AwardsTopComponent());
    }

    public static void openWindow() {
        TopComponent tc = WindowManager.getDefault().findTopComponent("AwardsTopComponent");
        if (tc != null) {
            tc.open();
            tc.requestActive();
        }
    }

    @Override
    protected Node firstField() {
        return asOfField;
    }

    @Override
    protected Parent createContent() {
        vm = new AwardsViewModel(UiExecutor.standard());
        Label message = new Label();
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        message.setPadding(new Insets(6));
        TabPane tabs = new TabPane(new Tab(Bundle.TAB_Eligibility(), eligibility()), new Tab(Bundle.TAB_Board(), board()),
                new Tab(Bundle.TAB_Ceremonies(), ceremonies()), new Tab(Bundle.TAB_Catalogue(), catalogue()),
                new Tab(Bundle.TAB_Reports(), reports()));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        root = new BorderPane(tabs);
        root.setBottom(message);
        vm.loadTypes();
        vm.loadBoard(null);
        vm.loadCeremonies();
        vm.loadAwards(null);
        return root;
    }

    private ComboBox<AwardType> typeBox() {
        ComboBox<AwardType> box = new ComboBox<>(vm.types);
        Fx.labels(box, t -> t.code() + " — " + t.name(), Bundle.LBL_All());
        // After the catalogue is reloaded (a save), the same award stays chosen: by code, not by the old record.
        vm.types.addListener((javafx.collections.ListChangeListener<AwardType>) c -> {
            if (!vm.types.isEmpty()) {
                String code = box.getValue() == null ? "SLKS" : box.getValue().code();
                box.setValue(vm.types.stream().filter(t -> t.code().equals(code)).findFirst().orElse(vm.types.get(0)));
            }
        });
        return box;
    }

    private LocalDate date(TextField f) {
        LocalDate d = Formats.parseDate(f.getText());
        if (d == null) {
            vm.messageProperty().set(Bundle.ERR_Date());
        }
        return d;
    }

    private Node eligibility() {
        ComboBox<AwardType> type = typeBox();
        LocalDate today = LocalDate.now(Formats.JAKARTA);
        asOfField = Fx.field("dd/mm/yyyy", 100);
        asOfField.setText(Formats.date(LocalDate.of(today.getYear(), 12, 20)));
        ComboBox<PillarType> pillar = new ComboBox<>();
        pillar.getItems().add(null);
        pillar.getItems().addAll(PillarType.values());
        Fx.labels(pillar, PillarType::label, Bundle.LBL_All());
        TextField kecamatan = Fx.field("31.71.04", 90);
        TextField soon = Fx.field("0", 40);
        CheckBox only = new CheckBox(Bundle.LBL_OnlyEligible());
        TableView<Judgement> t = Fx.table();
        t.setItems(vm.judgements);
        t.getColumns().add(Fx.column(Bundle.COL_Nik(), Judgement::nik, 140));
        t.getColumns().add(Fx.column(Bundle.COL_Name(), Judgement::name, 180));
        t.getColumns().add(Fx.column(Bundle.COL_Eligible(), j -> j.eligible() ? Bundle.VAL_Yes() : j.soonEligible() ? Bundle.VAL_Soon() : Bundle.VAL_No(), 60));
        t.getColumns().add(Fx.column(Bundle.COL_Tier(), j -> j.tier() == null ? "" : j.tier(), 70));
        t.getColumns().add(Fx.column(Bundle.COL_Pillar(), j -> j.pillarTypes().stream().map(PillarType::label).sorted().collect(Collectors.joining(", ")), 100));
        t.getColumns().add(Fx.longColumn(Bundle.COL_Reason(), Judgement::reason, 700));
        Button judge = new Button(Bundle.BTN_Judge());
        judge.setDefaultButton(true);
        judge.setOnAction(e -> {
            LocalDate d = date(asOfField);
            if (d != null && type.getValue() != null) {
                int months = soon.getText().isBlank() ? 0 : Integer.parseInt(soon.getText().replaceAll("\\D", "0"));
                vm.judge(type.getValue().code(), d, pillar.getValue(), kecamatan.getText().isBlank() ? null : kecamatan.getText().strip(),
                        months, only.isSelected());
            }
        });
        TextField justification = Fx.field(Bundle.LBL_Justification(), 420);
        Button nominate = new Button(Bundle.BTN_Nominate());
        nominate.disableProperty().bind(t.getSelectionModel().selectedItemProperty().isNull());
        nominate.setOnAction(e -> {
            LocalDate d = date(asOfField);
            if (d != null) {
                vm.nominate(t.getSelectionModel().getSelectedItem(), d, justification.getText(), () -> vm.loadBoard(null));
            }
        });
        Button export = new Button(Bundle.BTN_Export());
        export.setOnAction(e -> save("kelayakan.xlsx").ifPresent(f -> vm.export(() -> AwardReports.get().eligibilityTable(
                type.getValue().code(), date(asOfField), java.util.List.copyOf(vm.judgements)), f)));
        FlowPane top = new FlowPane(8, 6, new Label(Bundle.LBL_Award()), type, new Label(Bundle.LBL_AsOf()), asOfField,
                new Label(Bundle.LBL_Pillar()), pillar, new Label(Bundle.LBL_Kecamatan()), kecamatan, new Label(Bundle.LBL_Soon()), soon,
                only, judge);
        top.setPadding(new Insets(8));
        HBox actions = new HBox(8, justification, nominate, export);
        VBox bottom = new VBox(6, Fx.selectedText(t, j -> j.name() + ": " + j.reason()), actions);
        bottom.setPadding(new Insets(8));
        BorderPane p = new BorderPane(t);
        p.setTop(top);
        p.setBottom(bottom);
        return p;
    }

    private Node board() {
        ComboBox<NominationState> state = new ComboBox<>();
        state.getItems().add(null);
        state.getItems().addAll(NominationState.values());
        Fx.labels(state, NominationState::label, Bundle.LBL_All());
        state.setOnAction(e -> vm.loadBoard(state.getValue()));
        TableView<Nomination> t = Fx.table();
        t.setItems(vm.nominations);
        t.getColumns().add(Fx.column(Bundle.COL_Award(), Nomination::typeCode, 105));
        t.getColumns().add(Fx.column(Bundle.COL_Name(), Nomination::name, 150));
        t.getColumns().add(Fx.column(Bundle.COL_State(), n -> n.state().label(), 115));
        t.getColumns().add(Fx.longColumn(Bundle.COL_Level(), Nomination::levelName, 330));
        t.getColumns().add(Fx.column(Bundle.COL_Since(), n -> Formats.dateTime(n.stateSince()), 125));
        t.getColumns().add(Fx.column(Bundle.COL_Flag(), n -> n.flagged() ? Bundle.VAL_Flagged() : "", 120));
        t.getColumns().add(Fx.longColumn(Bundle.COL_Reason(), n -> n.flagged() ? n.justification() : n.eligibilityReason(), 400));
        ListView<NominationStep> steps = new ListView<>(vm.steps);
        steps.setCellFactory(l -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(NominationStep s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : Formats.dateTime(s.at()) + "  " + s.to().label() + " — " + s.levelName() + " — "
                        + s.actorName() + (s.note() == null ? "" : " — " + s.note()));
                setWrapText(true);
                setPrefWidth(0); // wrap at the list's width instead of scrolling sideways
            }
        });
        ListView<String> docs = new ListView<>(vm.documents);
        docs.setCellFactory(l -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(String d, boolean empty) {
                super.updateItem(d, empty);
                setText(empty ? null : d);
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        // A step reloads the board: the nomination worked on stays selected, so the next step is one click.
        String[] selectedId = {null};
        t.getSelectionModel().selectedItemProperty().addListener((o, a, n) -> {
            if (n != null) {
                selectedId[0] = n.id();
            }
        });
        vm.nominations.addListener((javafx.collections.ListChangeListener<Nomination>) c -> {
            for (int i = 0; i < vm.nominations.size(); i++) {
                if (vm.nominations.get(i).id().equals(selectedId[0])) {
                    t.getSelectionModel().select(i);
                    return;
                }
            }
        });
        t.getSelectionModel().selectedItemProperty().addListener((o, a, n) -> vm.loadDetail(n));
        TextField note = Fx.field(Bundle.LBL_Note(), 260);
        TextField decision = Fx.field(Bundle.LBL_Decision(), 160);
        TextField decidedOn = Fx.field(Bundle.LBL_DecidedOn(), 135);
        ComboBox<Ceremony> ceremony = new ComboBox<>(vm.ceremonies);
        Fx.labels(ceremony, c -> c.name() + " (" + Formats.date(c.heldOn()) + ")", Bundle.LBL_ChooseCeremony());
        TextField signatory = Fx.field(Bundle.LBL_Signatory(), 180);
        TextField signatoryTitle = Fx.field(Bundle.LBL_SignatoryTitle(), 220);
        // The checklist by the names a clerk knows ("Pas foto 4×6 latar merah"), not its codes.
        ComboBox<RequiredDocument> docCode = new ComboBox<>();
        Fx.labels(docCode, RequiredDocument::name, Bundle.LBL_Document());
        docCode.setPrefWidth(260);
        t.getSelectionModel().selectedItemProperty().addListener((o, a, n) -> {
            docCode.getItems().clear();
            if (n != null) {
                vm.types.stream().filter(x -> x.code().equals(n.typeCode())).findFirst()
                        .ifPresent(x -> docCode.getItems().setAll(x.documents()));
            }
        });
        Runnable reload = () -> {
            vm.loadBoard(state.getValue());
            vm.loadCeremonies();
            vm.loadAwards(null);
        };
        Button submit = action(Bundle.BTN_Submit(), t, n -> vm.step(() -> Nominations.get().submit(n.id(), n.version(), note.getText()), reload));
        Button verify = action(Bundle.BTN_Verify(), t, n -> vm.step(() -> Nominations.get().verify(n.id(), n.version(), note.getText()), reload));
        Button forward = action(Bundle.BTN_Forward(), t, n -> vm.step(() -> Nominations.get().forward(n.id(), n.version(), note.getText()), reload));
        Button approve = action(Bundle.BTN_Approve(), t, n -> vm.step(() -> Nominations.get().approve(n.id(), n.version(), decision.getText(),
                Formats.parseDate(decidedOn.getText()), note.getText()), reload));
        Button reject = action(Bundle.BTN_Reject(), t, n -> vm.step(() -> Nominations.get().reject(n.id(), n.version(), note.getText()), reload));
        Button confer = action(Bundle.BTN_Confer(), t, n -> vm.confer(n, ceremony.getValue(), signatory.getText(), signatoryTitle.getText(), reload));
        Button attach = action(Bundle.BTN_Attach(), t, n -> openFile().ifPresent(f -> vm.attach(n, docCode.getValue() == null ? null : docCode.getValue().code(), f, () -> vm.loadDetail(n))));
        FlowPane actions = new FlowPane(6, 6, note, submit, verify, forward, reject, new Label(Bundle.LBL_Decision()), decision, decidedOn,
                approve, ceremony, signatory, signatoryTitle, confer, docCode, attach);
        actions.setPadding(new Insets(8));
        Label docsLabel = new Label(Bundle.LBL_Documents());
        docsLabel.setWrapText(true);
        VBox detail = new VBox(4, new Label(Bundle.LBL_Steps()), steps, docsLabel, docs);
        detail.setPadding(new Insets(4));
        SplitPane split = new SplitPane(t, detail);
        split.setDividerPositions(0.7);
        Button refresh = new Button(Bundle.BTN_Refresh());
        refresh.setOnAction(e -> reload.run());
        HBox top = new HBox(8, new Label(Bundle.LBL_State()), state, refresh);
        top.setPadding(new Insets(8));
        BorderPane p = new BorderPane(split);
        p.setTop(top);
        p.setBottom(actions);
        return p;
    }

    private static Button action(String text, TableView<Nomination> t, java.util.function.Consumer<Nomination> act) {
        Button b = new Button(text);
        b.disableProperty().bind(t.getSelectionModel().selectedItemProperty().isNull());
        b.setOnAction(e -> act.accept(t.getSelectionModel().getSelectedItem()));
        return b;
    }

    private Node ceremonies() {
        TableView<Ceremony> c = Fx.table();
        c.setItems(vm.ceremonies);
        c.getColumns().add(Fx.column(Bundle.COL_Name(), Ceremony::name, 220));
        c.getColumns().add(Fx.column(Bundle.COL_Date(), x -> Formats.date(x.heldOn()), 90));
        c.getColumns().add(Fx.longColumn(Bundle.COL_Place(), Ceremony::place, 300));
        c.getColumns().add(Fx.longColumn(Bundle.COL_Presenter(), Ceremony::presenter, 320));
        c.getColumns().add(Fx.column(Bundle.COL_Count(), x -> Integer.toString(x.awards()), 60));
        c.getSelectionModel().selectedItemProperty().addListener((o, a, n) -> vm.loadAwards(n));
        TableView<ConferredAward> a = Fx.table();
        a.setItems(vm.awards);
        a.getColumns().add(Fx.column(Bundle.COL_Serial(), ConferredAward::serialNumber, 170));
        a.getColumns().add(Fx.column(Bundle.COL_Name(), ConferredAward::name, 180));
        a.getColumns().add(Fx.longColumn(Bundle.COL_Award(), ConferredAward::typeName, 320));
        a.getColumns().add(Fx.column(Bundle.COL_Tier(), x -> x.tier() == null ? "" : x.tier(), 70));
        a.getColumns().add(Fx.column(Bundle.COL_Date(), x -> Formats.date(x.conferredOn()), 90));
        a.getColumns().add(Fx.column(Bundle.LBL_Decision(), ConferredAward::decisionNumber, 160));
        TextField name = Fx.field(Bundle.LBL_CeremonyName(), 200);
        TextField on = Fx.field("dd/mm/yyyy", 100);
        TextField place = Fx.field(Bundle.LBL_Place(), 200);
        TextField presenter = Fx.field(Bundle.LBL_Presenter(), 200);
        Button add = new Button(Bundle.BTN_NewCeremony());
        add.setOnAction(e -> {
            LocalDate d = date(on);
            if (d != null) {
                vm.createCeremony(name.getText(), d, place.getText(), presenter.getText());
            }
        });
        Button print = new Button(Bundle.BTN_Print());
        print.disableProperty().bind(a.getSelectionModel().selectedItemProperty().isNull());
        print.setOnAction(e -> {
            ConferredAward x = a.getSelectionModel().getSelectedItem();
            save("piagam-" + x.serialNumber().replace('/', '-') + ".pdf").ifPresent(f -> vm.print(x, f, AwardsTopComponent::show));
        });
        FlowPane form = new FlowPane(6, 6, name, on, place, presenter, add, print);
        form.setPadding(new Insets(8));
        SplitPane split = new SplitPane(c, a);
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        BorderPane p = new BorderPane(split);
        p.setBottom(form);
        return p;
    }

    private Node catalogue() {
        ListView<AwardType> list = new ListView<>(vm.types);
        list.setCellFactory(l -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(AwardType t, boolean empty) {
                super.updateItem(t, empty);
                setText(empty || t == null ? null : t.code() + " — " + t.name());
                setTooltip(empty || t == null ? null : new javafx.scene.control.Tooltip(t.code() + " — " + t.name()));
            }
        });
        // Saving reloads the catalogue: the award being edited stays selected (and its editor filled).
        String[] editing = {null};
        vm.types.addListener((javafx.collections.ListChangeListener<AwardType>) c -> {
            for (int i = 0; i < vm.types.size(); i++) {
                if (vm.types.get(i).code().equals(editing[0])) {
                    list.getSelectionModel().select(i);
                    return;
                }
            }
        });
        TextField name = Fx.field(Bundle.COL_Name(), 320);
        TextArea rules = new TextArea();
        rules.setPrefRowCount(10);
        rules.setStyle("-fx-font-family: monospace;");
        TextArea route = new TextArea();
        route.setPrefRowCount(4);
        TextField gap = Fx.field("0", 50);
        Label facts = new Label(Arrays.stream(id.pilar.awards.api.Fact.values()).map(f -> f.ruleName() + " — " + f.description())
                .collect(Collectors.joining("\n")));
        facts.setWrapText(true);
        list.getSelectionModel().selectedItemProperty().addListener((o, a, t) -> {
            if (t != null) {
                editing[0] = t.code();
                name.setText(t.name());
                rules.setText(t.rules());
                route.setText(String.join("\n", t.route()));
                gap.setText(Integer.toString(t.minGapYears()));
            }
        });
        Button check = new Button(Bundle.BTN_Check());
        check.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        check.setOnAction(e -> {
            AwardType t = list.getSelectionModel().getSelectedItem();
            if (t != null) {
                vm.checkRules(t, rules.getText());
            }
        });
        Button save = new Button(Bundle.BTN_Save());
        save.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        save.setOnAction(e -> {
            AwardType t = list.getSelectionModel().getSelectedItem();
            if (t != null) {
                int g = gap.getText().matches("\\d{1,2}") ? Integer.parseInt(gap.getText()) : -1;
                vm.saveType(new AwardType(t.id(), t.version(), t.code(), name.getText(), t.recipientKind(), rules.getText(),
                        Arrays.asList(route.getText().split("\\R")), t.occasion(), t.ceremonyDay(), g, t.maxGapDays(), t.active(),
                        t.description(), t.documents()));
            }
        });
        VBox editor = new VBox(6, new Label(Bundle.COL_Name()), name, new Label(Bundle.LBL_Rules()), rules, new Label(Bundle.LBL_Route()), route,
                new HBox(6, new Label(Bundle.LBL_MinGap()), gap, check, save), new Label(Bundle.LBL_Facts()), facts);
        editor.setPadding(new Insets(8));
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(editor);
        scroll.setFitToWidth(true);
        SplitPane split = new SplitPane(list, scroll);
        split.setDividerPositions(0.36);
        return split;
    }

    private Node reports() {
        LocalDate today = LocalDate.now(Formats.JAKARTA);
        TextField from = Fx.field("dd/mm/yyyy", 100);
        from.setText(Formats.date(today.minusYears(5).withDayOfYear(1)));
        TextField to = Fx.field("dd/mm/yyyy", 100);
        to.setText(Formats.date(today.withMonth(12).withDayOfMonth(31)));
        Button perYear = new Button(Bundle.BTN_ReportYear());
        perYear.setOnAction(e -> {
            LocalDate f = date(from);
            LocalDate t = date(to);
            if (f != null && t != null) {
                save("penghargaan-per-tahun.xlsx").ifPresent(p -> vm.export(() -> AwardReports.get().awardsPerYear(f, t), p));
            }
        });
        Button pending = new Button(Bundle.BTN_ReportPending());
        pending.setOnAction(e -> save("usulan-menunggu.pdf").ifPresent(p -> vm.export(() -> AwardReports.get().pendingNominations(today), p)));
        VBox box = new VBox(10, new HBox(6, new Label(Bundle.LBL_From()), from, new Label(Bundle.LBL_To()), to, perYear), pending);
        box.setPadding(new Insets(12));
        return box;
    }

    private java.util.Optional<Path> save(String suggested) {
        FileChooser fc = new FileChooser();
        fc.setInitialFileName(suggested);
        File f = fc.showSaveDialog(root.getScene().getWindow());
        return java.util.Optional.ofNullable(f).map(File::toPath);
    }

    private java.util.Optional<Path> openFile() {
        FileChooser fc = new FileChooser();
        File f = fc.showOpenDialog(root.getScene().getWindow());
        return java.util.Optional.ofNullable(f).map(File::toPath);
    }

    /** Opens the printed certificate in the PC's PDF viewer (off the FX thread: the desktop call may block). */
    private static void show(Path pdf) {
        new Thread(() -> {
            try {
                if (Desktop.isDesktopSupported()) {
                    Desktop.getDesktop().open(pdf.toFile());
                }
            } catch (java.io.IOException | UnsupportedOperationException e) {
                java.util.logging.Logger.getLogger(AwardsTopComponent.class.getName()).log(java.util.logging.Level.INFO, "no PDF viewer", e);
            }
        }, "open-certificate").start();
    }

    void writeProperties(java.util.Properties p) {
        p.setProperty("version", "1.0");
    }

    void readProperties(java.util.Properties p) {
        // recomputed on opening
    }
}
