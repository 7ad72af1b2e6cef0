package id.pilar.rosters.ui;

import id.pilar.rosters.api.Certificate;
import id.pilar.rosters.api.CertificateDraft;
import id.pilar.rosters.api.Deployment;
import id.pilar.rosters.api.Member;
import id.pilar.rosters.api.Membership;
import id.pilar.rosters.api.Organisation;
import id.pilar.rosters.api.MemberRef;
import id.pilar.ui.api.Formats;
import id.pilar.ui.api.FxTopComponent;
import id.pilar.ui.api.RecordTabs;
import id.pilar.ui.spi.ViewProvider;
import id.pilar.ui.api.UiExecutor;
import java.time.LocalDate;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.netbeans.api.settings.ConvertAsProperties;
import org.openide.awt.ActionID;
import org.openide.awt.ActionReference;
import org.openide.awt.ActionReferences;
import org.openide.util.NbBundle.Messages;
import org.openide.windows.TopComponent;

/** Member list and profile, with tabs other modules add through a {@link ViewProvider} of {@link MemberRef}. */
@ConvertAsProperties(dtd = "-//id.pilar.rosters.ui//Members//EN", autostore = false)
@TopComponent.Description(preferredID = "RosterMembersTopComponent", persistenceType = TopComponent.PERSISTENCE_ONLY_OPENED)
@TopComponent.Registration(mode = "editor", openAtStartup = false)
@ActionID(category = "Window", id = "id.pilar.rosters.ui.MembersTopComponent")
@ActionReferences({
    @ActionReference(path = "Menu/Pilar Sosial", position = 20),
    @ActionReference(path = "Shortcuts", name = "DS-A") // a main view: one chord away
})
@TopComponent.OpenActionRegistration(displayName = "#CTL_MembersAction", preferredID = "RosterMembersTopComponent")
@Messages({
    "CTL_MembersAction=Anggota",
    "CTL_MembersTopComponent=Anggota pilar sosial",
    "LBL_Search=Cari", "LBL_NewMember=Anggota baru", "LBL_Save=Simpan", "LBL_Check=Periksa",
    "TAB_Data=Data diri", "TAB_Memberships=Keanggotaan", "TAB_Certificates=Sertifikat", "TAB_Deployments=Penugasan",
    "COL_Name=Nama", "COL_Kelurahan=Kelurahan", "COL_Organisation=Organisasi", "COL_Role=Peran", "COL_Start=Mulai",
    "COL_End=Sampai", "COL_Training=Pelatihan", "COL_Skill=Keahlian", "COL_Issued=Terbit", "COL_Expires=Berlaku sampai",
    "COL_Date=Tanggal", "COL_Duty=Tugas", "COL_Kind=Jenis", "COL_Place=Tempat", "COL_Hours=Jam",
    "LBL_Role=Peran", "LBL_AddMembership=Tambah keanggotaan", "LBL_EndMembership=Akhiri pada tanggal",
    "LBL_Issuer=Penyelenggara", "LBL_Number=Nomor sertifikat", "LBL_AddCertificate=Tambah sertifikat",
    "LBL_Running=sekarang",
    "DLG_DuplicateTitle=NIK sudah terdaftar",
    "# {0} - name", "DLG_DuplicateText=NIK ini sudah dimiliki {0}. Buka data anggota tersebut?",
    "LBL_OpenExisting=Buka anggota itu",
    "# {0} - hours", "LBL_HoursYear=Jam layanan 12 bulan terakhir: {0}"
})
public final class MembersTopComponent extends FxTopComponent {

    private MembersViewModel vm;
    private MemberForm form;

    public MembersTopComponent() {
        setName(Bundle.CTL_MembersTopComponent());
    }

    @Override
    protected Parent createContent() {
        vm = new MembersViewModel(UiExecutor.standard());
        form = new MemberForm();
        TextField search = new TextField();
        search.setPromptText(Bundle.LBL_SearchMember());
        Button find = new Button(Bundle.LBL_Search());
        find.setOnAction(e -> vm.search(search.getText()));
        search.setOnAction(e -> vm.search(search.getText()));
        Button newMember = new Button(Bundle.LBL_NewMember());
        newMember.setOnAction(e -> vm.open(null));
        TableView<Member> list = Fx.table();
        list.setItems(vm.results());
        list.getColumns().add(Fx.column(Bundle.COL_Name(), Member::fullName, 180));
        list.getColumns().add(Fx.column(Bundle.LBL_Nik(), Member::nik, 140));
        list.getColumns().add(Fx.column(Bundle.COL_Kelurahan(), m -> Fx.nz(m.kelurahanName()), 120));
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.open(b.id());
            }
        });
        VBox left = new VBox(6, new HBox(6, search, find, newMember), list);
        left.setPadding(new Insets(8));
        VBox.setVgrow(list, javafx.scene.layout.Priority.ALWAYS);

        TabPane tabs = new TabPane();
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().addAll(dataTab(), membershipsTab(), certificatesTab(), deploymentsTab());
        List<ViewProvider<MemberRef>> providers = RecordTabs.providers(MemberRef.class);
        vm.selectedProperty().addListener((o, a, m) -> {
            form.show(m);
            tabs.getTabs().remove(4, tabs.getTabs().size());
            if (m != null) {
                // Contributed tabs are built per member; each loads its own data in the background.
                MemberRef ref = m.ref();
                providers.forEach(p -> tabs.getTabs().add(RecordTabs.tab(p, ref)));
            }
        });
        vm.choicesProperty().addListener((o, a, c) -> form.choices(c));
        Label message = new Label();
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        message.setPadding(new Insets(4, 8, 4, 8));
        SplitPane split = new SplitPane(left, tabs);
        split.setDividerPositions(0.38);
        BorderPane root = new BorderPane(split);
        root.setBottom(message);
        vm.loadChoices();
        vm.search("");
        return root;
    }

    private Tab dataTab() {
        Button check = new Button(Bundle.LBL_Check());
        check.setOnAction(e -> vm.check(form.draft(), form::showCheck));
        Button save = new Button(Bundle.LBL_Save());
        save.setDefaultButton(true);
        save.setOnAction(e -> vm.save(form.draft(), form::showCheck, existing -> {
            Alert a = new Alert(Alert.AlertType.CONFIRMATION, Bundle.DLG_DuplicateText(existing.fullName()));
            a.setTitle(Bundle.DLG_DuplicateTitle());
            ButtonType open = new ButtonType(Bundle.LBL_OpenExisting(), ButtonBar.ButtonData.OK_DONE);
            a.getButtonTypes().setAll(open, ButtonType.CANCEL);
            a.showAndWait().filter(b -> b == open).ifPresent(b -> vm.open(existing.id()));
        }));
        VBox box = new VBox(8, form.root, new HBox(8, check, save));
        box.setPadding(new Insets(8));
        return new Tab(Bundle.TAB_Data(), new ScrollPane(box));
    }

    private Tab membershipsTab() {
        TableView<Membership> t = Fx.table();
        t.setItems(vm.memberships());
        t.getColumns().add(Fx.column(Bundle.COL_Organisation(), Membership::organisationName, 200));
        t.getColumns().add(Fx.column(Bundle.COL_Role(), Membership::role, 100));
        t.getColumns().add(Fx.column(Bundle.COL_Start(), m -> Formats.date(m.startDate()), 90));
        t.getColumns().add(Fx.column(Bundle.COL_End(), m -> m.endDate() == null ? Bundle.LBL_Running() : Formats.date(m.endDate()), 90));
        ComboBox<Organisation> org = new ComboBox<>();
        Fx.labels(org, o -> o == null ? "" : o.name() + " (" + o.psksLabel() + ")");
        vm.choicesProperty().addListener((o, a, c) -> org.getItems().setAll(c.organisations()));
        TextField role = new TextField("Anggota");
        DatePicker start = Fx.datePicker();
        DatePicker end = Fx.datePicker();
        Button add = new Button(Bundle.LBL_AddMembership());
        add.setOnAction(e -> vm.addMembership(org.getValue() == null ? null : org.getValue().id(), role.getText(), start.getValue(),
                end.getValue()));
        DatePicker endOn = Fx.datePicker();
        endOn.setValue(LocalDate.now(Formats.JAKARTA));
        Button endIt = new Button(Bundle.LBL_EndMembership());
        endIt.disableProperty().bind(t.getSelectionModel().selectedItemProperty().isNull());
        endIt.setOnAction(e -> vm.endMembership(t.getSelectionModel().getSelectedItem(), endOn.getValue()));
        FlowPane addRow = new FlowPane(6, 6, new Label(Bundle.COL_Organisation()), org, new Label(Bundle.LBL_Role()), role,
                new Label(Bundle.COL_Start()), start, new Label(Bundle.COL_End()), end, add);
        VBox box = new VBox(8, t, addRow, new HBox(6, endIt, endOn));
        box.setPadding(new Insets(8));
        return new Tab(Bundle.TAB_Memberships(), box);
    }

    private Tab certificatesTab() {
        TableView<Certificate> t = Fx.table();
        t.setItems(vm.certificates());
        t.getColumns().add(Fx.column(Bundle.COL_Training(), Certificate::trainingName, 180));
        t.getColumns().add(Fx.column(Bundle.COL_Skill(), Certificate::skillCode, 80));
        t.getColumns().add(Fx.column(Bundle.COL_Issued(), c -> Formats.date(c.issuedOn()), 90));
        t.getColumns().add(Fx.column(Bundle.COL_Expires(), c -> c.expiresOn() == null ? "—" : Formats.date(c.expiresOn()), 90));
        TextField training = new TextField();
        TextField skill = new TextField();
        skill.setPrefColumnCount(6);
        TextField issuer = new TextField();
        TextField number = new TextField();
        DatePicker issued = Fx.datePicker();
        DatePicker expires = Fx.datePicker();
        Button add = new Button(Bundle.LBL_AddCertificate());
        add.setOnAction(e -> {
            Member m = vm.selectedProperty().get();
            if (m != null) {
                vm.addCertificate(new CertificateDraft(m.id(), training.getText(), skill.getText(), issuer.getText(), number.getText(),
                        issued.getValue(), expires.getValue()));
            }
        });
        FlowPane addRow = new FlowPane(6, 6, new Label(Bundle.COL_Training()), training, new Label(Bundle.COL_Skill()), skill,
                new Label(Bundle.LBL_Issuer()), issuer, new Label(Bundle.LBL_Number()), number, new Label(Bundle.COL_Issued()), issued,
                new Label(Bundle.COL_Expires()), expires, add);
        VBox box = new VBox(8, t, addRow);
        box.setPadding(new Insets(8));
        return new Tab(Bundle.TAB_Certificates(), box);
    }

    private Tab deploymentsTab() {
        TableView<Deployment> t = Fx.table();
        t.setItems(vm.deployments());
        t.getColumns().add(Fx.column(Bundle.COL_Date(), d -> Formats.date(d.date()), 90));
        t.getColumns().add(Fx.column(Bundle.COL_Duty(), Deployment::title, 180));
        t.getColumns().add(Fx.column(Bundle.COL_Kind(), d -> d.kind().label(), 120));
        t.getColumns().add(Fx.column(Bundle.COL_Place(), d -> Fx.nz(d.place()), 120));
        t.getColumns().add(Fx.column(Bundle.COL_Hours(), d -> Fx.hours(d.minutes()), 60));
        Label total = new Label();
        vm.deployments().addListener((javafx.collections.ListChangeListener<Deployment>) c ->
                total.setText(Bundle.LBL_HoursYear(Fx.hours(vm.deployments().stream().mapToLong(Deployment::minutes).sum()))));
        VBox box = new VBox(8, total, t);
        box.setPadding(new Insets(8));
        return new Tab(Bundle.TAB_Deployments(), box);
    }

    void writeProperties(java.util.Properties p) {
        p.setProperty("version", "1.0");
    }

    void readProperties(java.util.Properties p) {
        // the member list is searched afresh each time
    }
}
