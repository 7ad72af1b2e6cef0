package id.pilar.rosters.ui;

import id.pilar.rosters.api.AssignedMember;
import id.pilar.rosters.api.Member;
import id.pilar.rosters.api.RosterIssue;
import id.pilar.rosters.api.RosterReports;
import id.pilar.rosters.api.RosterShift;
import id.pilar.ui.api.Formats;
import id.pilar.ui.api.FxTopComponent;
import id.pilar.ui.api.UiExecutor;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.netbeans.api.settings.ConvertAsProperties;
import org.openide.awt.ActionID;
import org.openide.awt.ActionReference;
import org.openide.awt.ActionReferences;
import org.openide.util.NbBundle.Messages;
import org.openide.windows.TopComponent;
import org.openide.windows.WindowManager;

/** The week or month roster: plan duties, assign members, see conflicts, print. */
@ConvertAsProperties(dtd = "-//id.pilar.rosters.ui//Roster//EN", autostore = false)
@TopComponent.Description(preferredID = RosterTopComponent.ID, persistenceType = TopComponent.PERSISTENCE_ONLY_OPENED)
@TopComponent.Registration(mode = "editor", openAtStartup = false)
@ActionID(category = "Window", id = "id.pilar.rosters.ui.RosterTopComponent")
@ActionReferences({
    @ActionReference(path = "Menu/Pilar Sosial", position = 100),
    @ActionReference(path = "Shortcuts", name = "DS-J") // a main view: one chord away
})
@TopComponent.OpenActionRegistration(displayName = "#CTL_RosterAction", preferredID = RosterTopComponent.ID)
@Messages({
    "CTL_RosterAction=Jadwal tugas",
    "CTL_RosterTopComponent=Jadwal tugas",
    "LBL_ModeWeek=Minggu", "LBL_ModeMonth=Bulan", "LBL_Today=Hari ini", "LBL_NewDuty=Tugas baru…",
    "LBL_PrintPdf=Cetak PDF…", "LBL_ExportXlsx=Ekspor XLSX…",
    "LBL_PickShift=Pilih shift di jadwal untuk melihat petugasnya.",
    "# {0} - assigned", "# {1} - needed", "LBL_Staffing=Petugas {0} dari {1}",
    "LBL_Assign=Tugaskan", "LBL_Unassign=Hapus dari shift", "LBL_SearchMember=Cari anggota (nama atau NIK)",
    "# {0} - more", "LBL_More=+{0} lagi",
    "# {0} - skills", "LBL_Requires=Wajib sertifikat: {0}",
    "LBL_Attended=hadir"
})
public final class RosterTopComponent extends FxTopComponent {

    static final String ID = "RosterTopComponent";

    private RosterViewModel vm;
    private GridPane grid;
    private Label period;
    private VBox detail;

    public RosterTopComponent() {
        setName(Bundle.CTL_RosterTopComponent());
    }

    /** Opens (or brings forward) the roster window; call on the EDT. */
    public static void openWindow() {
        TopComponent tc = WindowManager.getDefault().findTopComponent(ID);
        if (tc == null) {
            tc = new RosterTopComponent();
        }
        tc.open();
        tc.requestActive();
    }

    @Override
    protected Parent createContent() {
        vm = new RosterViewModel(UiExecutor.standard());
        ToggleGroup modes = new ToggleGroup();
        ToggleButton week = new ToggleButton(Bundle.LBL_ModeWeek());
        ToggleButton month = new ToggleButton(Bundle.LBL_ModeMonth());
        week.setToggleGroup(modes);
        month.setToggleGroup(modes);
        week.setSelected(true);
        week.setOnAction(e -> vm.setMode(RosterViewModel.Mode.WEEK));
        month.setOnAction(e -> vm.setMode(RosterViewModel.Mode.MONTH));
        Button prev = new Button("◀");
        prev.setOnAction(e -> vm.step(-1));
        Button next = new Button("▶");
        next.setOnAction(e -> vm.step(1));
        Button today = new Button(Bundle.LBL_Today());
        today.setOnAction(e -> vm.today());
        period = new Label();
        period.getStyleClass().add("page-title");
        Button newDuty = new Button(Bundle.LBL_NewDuty());
        newDuty.setOnAction(e -> vm.call(Choices::load,
                ch -> DutyDialog.show(ch, vm.anchorProperty().get(), draft -> vm.plan(draft, () -> { }))));
        Button pdf = new Button(Bundle.LBL_PrintPdf());
        pdf.setOnAction(e -> {
            LocalDate f = vm.from();
            LocalDate t = vm.to();
            Exports.pdf(grid, "jadwal-" + f, () -> RosterReports.get().roster(f, t), vm.messageProperty()::set);
        });
        Button xlsx = new Button(Bundle.LBL_ExportXlsx());
        xlsx.setOnAction(e -> {
            LocalDate f = vm.from();
            LocalDate t = vm.to();
            Exports.xlsx(grid, "jadwal-" + f, () -> RosterReports.get().roster(f, t), vm.messageProperty()::set);
        });
        // A bar that wraps onto a second line rather than pushing the window wider than the screen
        // (1366×768, or at 125 % scaling).
        javafx.scene.layout.FlowPane bar = new javafx.scene.layout.FlowPane(8, 6, new HBox(8, week, month, prev, today, next),
                period, new HBox(8, newDuty, pdf, xlsx));
        bar.setPadding(new Insets(8));

        grid = new GridPane();
        grid.setHgap(4);
        grid.setVgap(4);
        grid.setPadding(new Insets(8));
        for (int i = 0; i < 7; i++) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(100.0 / 7);
            grid.getColumnConstraints().add(c);
        }
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        detail = new VBox(6);
        detail.setPadding(new Insets(8));
        ScrollPane detailScroll = new ScrollPane(detail);
        detailScroll.setFitToWidth(true);
        // A side pane of fixed width whose texts wrap within it (never cut off), the week taking the
        // rest: a split pane's divider came up in the middle and squeezed the week at 1366×768.
        detailScroll.setPrefWidth(340);
        detailScroll.setMinWidth(300);
        BorderPane split = new BorderPane(scroll);
        split.setRight(detailScroll);

        Label message = new Label();
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        message.setPadding(new Insets(4, 8, 4, 8));
        BorderPane root = new BorderPane(split);
        root.setTop(bar);
        root.setBottom(message);

        vm.shifts().addListener((javafx.collections.ListChangeListener<RosterShift>) c -> redraw());
        vm.selectedProperty().addListener((o, a, b) -> showDetail(b));
        showDetail(null);
        vm.load();
        return root;
    }

    private void redraw() {
        period.setText(vm.periodLabel());
        grid.getChildren().clear();
        for (int i = 0; i < 7; i++) {
            Label h = new Label(DayOfWeek.of(i + 1).getDisplayName(TextStyle.FULL, Formats.INDONESIA));
            h.setStyle("-fx-font-weight: bold;");
            grid.add(h, i, 0);
        }
        boolean week = vm.modeProperty().get() == RosterViewModel.Mode.WEEK;
        int row = 1;
        for (LocalDate d = vm.from(); !d.isAfter(vm.to()); d = d.plusDays(1)) {
            int col = d.getDayOfWeek().getValue() - 1;
            grid.add(dayCell(d, vm.on(d), week), col, row);
            if (col == 6) {
                row++;
            }
        }
    }

    private VBox dayCell(LocalDate d, List<RosterShift> shifts, boolean week) {
        Label day = new Label(week ? Formats.date(d) : String.valueOf(d.getDayOfMonth()));
        VBox box = new VBox(3, day);
        box.setPadding(new Insets(4));
        boolean outside = !week && d.getMonth() != vm.anchorProperty().get().getMonth();
        box.setStyle("-fx-border-color: #d0d4da; -fx-background-color: " + (outside ? "#f2f2f2" : "white") + ";");
        box.setMinHeight(week ? 320 : 90);
        int limit = week ? Integer.MAX_VALUE : 3;
        shifts.stream().limit(limit).forEach(s -> box.getChildren().add(shiftCard(s, week)));
        if (shifts.size() > limit) {
            Button more = new Button(Bundle.LBL_More(shifts.size() - limit));
            more.setOnAction(e -> {
                vm.anchorProperty().set(d);
                vm.setMode(RosterViewModel.Mode.WEEK);
            });
            box.getChildren().add(more);
        }
        return box;
    }

    private Button shiftCard(RosterShift s, boolean week) {
        String time = Fx.clock(s.startsAt()) + "–" + Fx.clock(s.endsAt());
        String text = week ? time + "\n" + s.title() + "\n" + Fx.nz(s.place()) + "\n" + s.members().size() + "/" + s.headcount()
                : time + " " + s.title();
        Button b = new Button(text);
        b.setMaxWidth(Double.MAX_VALUE);
        b.setWrapText(true);
        b.setAlignment(javafx.geometry.Pos.TOP_LEFT);
        boolean problem = !s.issues().isEmpty();
        b.setStyle("-fx-font-size: 11px; -fx-background-color: " + (problem ? "#fde2e1" : "#e3f1e6") + "; -fx-border-color: "
                + (problem ? "#d9534f" : "#5cb85c") + ";");
        b.setOnAction(e -> vm.selectedProperty().set(s));
        return b;
    }

    private void showDetail(RosterShift s) {
        detail.getChildren().clear();
        if (s == null) {
            Label pick = new Label(Bundle.LBL_PickShift());
            pick.setWrapText(true);
            detail.getChildren().add(pick);
            return;
        }
        Label title = new Label(s.title() + " (" + s.kind().label() + ")");
        title.setStyle("-fx-font-weight: bold; -fx-font-size: 14px;");
        detail.getChildren().addAll(title,
                new Label(Formats.longDate(s.date()) + ", " + Fx.clock(s.startsAt()) + "–" + Fx.clock(s.endsAt())),
                new Label(Fx.nz(s.place())),
                new Label(Bundle.LBL_Staffing(s.members().size(), s.headcount())));
        if (!s.requiredSkills().isEmpty()) {
            detail.getChildren().add(new Label(Bundle.LBL_Requires(String.join(", ", s.requiredSkills()))));
        }
        for (RosterIssue i : s.issues()) {
            Label l = new Label("⚠ " + i.message());
            l.setWrapText(true);
            l.setStyle("-fx-text-fill: #b52b27;");
            detail.getChildren().add(l);
        }
        ListView<AssignedMember> members = new ListView<>();
        members.getItems().setAll(s.members());
        members.setPrefHeight(180);
        members.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(AssignedMember m, boolean empty) {
                super.updateItem(m, empty);
                setText(empty || m == null ? null : m.memberName() + (m.organisationName() == null ? "" : " — " + m.organisationName())
                        + (m.attended() ? " ✓ " + Bundle.LBL_Attended() : ""));
            }
        });
        Button remove = new Button(Bundle.LBL_Unassign());
        remove.disableProperty().bind(members.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> vm.unassign(members.getSelectionModel().getSelectedItem().assignmentId()));
        TextField search = new TextField();
        search.setPromptText(Bundle.LBL_SearchMember());
        search.setOnAction(e -> vm.searchMembers(search.getText()));
        ListView<Member> found = new ListView<>(vm.candidates());
        found.setPrefHeight(160);
        found.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Member m, boolean empty) {
                super.updateItem(m, empty);
                setText(empty || m == null ? null : m.fullName() + " · " + Fx.nz(m.kelurahanName()));
            }
        });
        Button assign = new Button(Bundle.LBL_Assign());
        assign.disableProperty().bind(found.getSelectionModel().selectedItemProperty().isNull());
        assign.setOnAction(e -> vm.assign(found.getSelectionModel().getSelectedItem()));
        detail.getChildren().addAll(members, remove, search, found, assign);
        for (javafx.scene.Node n : detail.getChildren()) {
            if (n instanceof Label l) {
                l.setWrapText(true);
                l.setMinHeight(Region.USE_PREF_SIZE);
            }
        }
    }

    void writeProperties(java.util.Properties p) {
        p.setProperty("version", "1.0");
    }

    void readProperties(java.util.Properties p) {
        // the roster always opens on the current week
    }
}
