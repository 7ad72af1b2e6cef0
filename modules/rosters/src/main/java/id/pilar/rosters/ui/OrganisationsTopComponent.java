package id.pilar.rosters.ui;

import id.pilar.core.api.reference.KategoriKesos;
import id.pilar.core.api.reference.Kelurahan;
import id.pilar.rosters.api.Membership;
import id.pilar.rosters.api.Organisation;
import id.pilar.rosters.api.OrganisationDraft;
import id.pilar.rosters.api.OrganisationRef;
import id.pilar.rosters.api.OrganisationStatus;
import id.pilar.ui.api.Formats;
import id.pilar.ui.api.FxTopComponent;
import id.pilar.ui.api.RecordTabs;
import id.pilar.ui.api.UiExecutor;
import id.pilar.ui.spi.ViewProvider;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
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
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.netbeans.api.settings.ConvertAsProperties;
import org.openide.awt.ActionID;
import org.openide.awt.ActionReference;
import org.openide.awt.ActionReferences;
import org.openide.util.NbBundle.Messages;
import org.openide.windows.TopComponent;

/** Organisation list and profile (data, decree validity, status and members), with tabs other modules add through a {@link ViewProvider} of {@link OrganisationRef}. */
@ConvertAsProperties(dtd = "-//id.pilar.rosters.ui//Organisations//EN", autostore = false)
@TopComponent.Description(preferredID = "RosterOrganisationsTopComponent", persistenceType = TopComponent.PERSISTENCE_ONLY_OPENED)
@TopComponent.Registration(mode = "editor", openAtStartup = false)
@ActionID(category = "Window", id = "id.pilar.rosters.ui.OrganisationsTopComponent")
@ActionReferences({
    @ActionReference(path = "Menu/Pilar Sosial", position = 10),
    @ActionReference(path = "Shortcuts", name = "DS-O") // a main view: one chord away
})
@TopComponent.OpenActionRegistration(displayName = "#CTL_OrganisationsAction", preferredID = "RosterOrganisationsTopComponent")
@Messages({
    "CTL_OrganisationsAction=Organisasi",
    "CTL_OrganisationsTopComponent=Organisasi pilar sosial",
    "LBL_AllTypes=Semua jenis", "LBL_NewOrganisation=Organisasi baru",
    "LBL_OrgName=Nama organisasi", "LBL_PillarType=Jenis pilar", "LBL_RegNumber=Nomor registrasi", "LBL_SkNumber=Nomor SK",
    "LBL_SkFrom=SK berlaku mulai", "LBL_SkUntil=SK berlaku sampai", "LBL_Address=Alamat", "LBL_Head=Ketua", "LBL_Status=Status",
    "COL_Type=Jenis", "COL_RegNumber=No. registrasi", "COL_Status=Status", "COL_ActiveMembers=Anggota aktif",
    "LBL_OrgMembers=Anggota organisasi", "TAB_OrgProfile=Profil"
})
public final class OrganisationsTopComponent extends FxTopComponent {

    private OrganisationsViewModel vm;

    public OrganisationsTopComponent() {
        setName(Bundle.CTL_OrganisationsTopComponent());
    }

    @Override
    protected Parent createContent() {
        vm = new OrganisationsViewModel(UiExecutor.standard());
        TextField filter = new TextField();
        filter.setPromptText(Bundle.LBL_Search());
        ComboBox<KategoriKesos> type = new ComboBox<>();
        Fx.labels(type, k -> k == null ? Bundle.LBL_AllTypes() : k.label());
        // The list follows each key, as the person search does.
        Runnable reload = () -> vm.search(filter.getText(), type.getValue() == null ? null : type.getValue().kode());
        filter.textProperty().addListener((o, a, b) -> reload.run());
        type.setOnAction(e -> reload.run());
        Button newOrg = new Button(Bundle.LBL_NewOrganisation());
        newOrg.setOnAction(e -> vm.select(null));
        TableView<Organisation> list = Fx.table();
        list.setItems(vm.organisations());
        list.getColumns().add(Fx.column(Bundle.COL_Name(), Organisation::name, 200));
        list.getColumns().add(Fx.column(Bundle.COL_Type(), Organisation::psksLabel, 90));
        list.getColumns().add(Fx.column(Bundle.COL_RegNumber(), Organisation::registrationNumber, 110));
        list.getColumns().add(Fx.column(Bundle.COL_Kelurahan(), Organisation::kelurahanName, 110));
        list.getColumns().add(Fx.column(Bundle.COL_Status(), o -> o.status().label(), 80));
        list.getColumns().add(Fx.column(Bundle.COL_ActiveMembers(), o -> Formats.number(o.activeMembers()), 80));
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.select(b);
            }
        });
        // The filter takes the room; the type list and the button keep their whole text.
        HBox.setHgrow(filter, Priority.ALWAYS);
        filter.setMinWidth(120);
        type.setPrefWidth(170);
        newOrg.setMinWidth(Region.USE_PREF_SIZE);
        VBox left = new VBox(6, new HBox(6, filter, type, newOrg), list);
        VBox.setVgrow(list, Priority.ALWAYS);
        left.setPadding(new Insets(8));

        TextField name = new TextField();
        ComboBox<KategoriKesos> psks = new ComboBox<>();
        Fx.labels(psks, k -> k == null ? "" : k.label());
        TextField reg = new TextField();
        TextField sk = new TextField();
        DatePicker skFrom = Fx.datePicker();
        DatePicker skUntil = Fx.datePicker();
        TextField address = new TextField();
        ComboBox<Kelurahan> kelurahan = new ComboBox<>();
        Fx.labels(kelurahan, k -> k == null ? "" : k.toString());
        TextField head = new TextField();
        ComboBox<OrganisationStatus> status = new ComboBox<>();
        status.getItems().setAll(OrganisationStatus.values());
        Fx.labels(status, OrganisationStatus::label);
        GridPane form = Fx.form();
        Fx.row(form, Bundle.LBL_OrgName(), name);
        Fx.row(form, Bundle.LBL_PillarType(), psks);
        Fx.row(form, Bundle.LBL_RegNumber(), reg);
        Fx.row(form, Bundle.LBL_SkNumber(), sk);
        Fx.row(form, Bundle.LBL_SkFrom(), skFrom);
        Fx.row(form, Bundle.LBL_SkUntil(), skUntil);
        Fx.row(form, Bundle.LBL_Address(), address);
        Fx.row(form, Bundle.LBL_Kelurahan(), kelurahan);
        Fx.row(form, Bundle.LBL_Head(), head);
        Fx.row(form, Bundle.LBL_Status(), status);
        Button save = new Button(Bundle.LBL_Save());
        save.setDefaultButton(true);
        save.setOnAction(e -> vm.save(new OrganisationDraft(name.getText(), psks.getValue() == null ? null : psks.getValue().kode(),
                reg.getText(), sk.getText(), skFrom.getValue(), skUntil.getValue(), address.getText(),
                kelurahan.getValue() == null ? null : kelurahan.getValue().kode(), head.getText(), status.getValue())));
        TableView<Membership> members = Fx.table();
        members.setItems(vm.memberships());
        members.getColumns().add(Fx.column(Bundle.COL_Name(), Membership::memberName, 180));
        members.getColumns().add(Fx.column(Bundle.COL_Role(), Membership::role, 100));
        members.getColumns().add(Fx.column(Bundle.COL_Start(), m -> Formats.date(m.startDate()), 90));
        members.getColumns().add(Fx.column(Bundle.COL_End(), m -> m.endDate() == null ? Bundle.LBL_Running() : Formats.date(m.endDate()), 90));
        Label membersTitle = new Label(Bundle.LBL_OrgMembers());
        membersTitle.setStyle("-fx-font-weight: bold;");
        VBox right = new VBox(8, form, save, membersTitle, members);
        right.setPadding(new Insets(8));

        vm.choicesProperty().addListener((o, a, c) -> {
            // New lists must not blank what is chosen: pick the same entries again by code.
            KategoriKesos typeNow = type.getValue();
            KategoriKesos psksNow = psks.getValue();
            Kelurahan kelNow = kelurahan.getValue();
            type.getItems().setAll(c.psks());
            type.getItems().add(0, null);
            psks.getItems().setAll(c.psks());
            kelurahan.getItems().setAll(c.kelurahan());
            type.setValue(typeNow == null ? null : byCode(type.getItems(), typeNow.kode(), KategoriKesos::kode));
            psks.setValue(psksNow == null ? null : byCode(psks.getItems(), psksNow.kode(), KategoriKesos::kode));
            kelurahan.setValue(kelNow == null ? null : byCode(kelurahan.getItems(), kelNow.kode(), Kelurahan::kode));
        });
        vm.selectedProperty().addListener((o, a, org) -> {
            name.setText(org == null ? "" : org.name());
            psks.setValue(org == null ? null : byCode(psks.getItems(), org.psksKode(), KategoriKesos::kode));
            reg.setText(org == null ? "" : org.registrationNumber());
            sk.setText(org == null ? "" : Fx.nz(org.skNumber()));
            skFrom.setValue(org == null ? null : org.skValidFrom());
            skUntil.setValue(org == null ? null : org.skValidUntil());
            address.setText(org == null ? "" : Fx.nz(org.address()));
            kelurahan.setValue(org == null ? null : byCode(kelurahan.getItems(), org.kelurahanKode(), Kelurahan::kode));
            head.setText(org == null ? "" : Fx.nz(org.headName()));
            status.setValue(org == null ? OrganisationStatus.AKTIF : org.status());
        });
        Label message = new Label();
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        message.setPadding(new Insets(4, 8, 4, 8));
        ScrollPane rightScroll = new ScrollPane(right);
        rightScroll.setFitToWidth(true); // the form fits the pane instead of running under its edge
        SplitPane split = new SplitPane(left, withContributedTabs(rightScroll));
        split.setDividerPositions(0.55);
        BorderPane root = new BorderPane(split);
        root.setBottom(message);
        vm.load("", null);
        return root;
    }

    /**
     * The profile as the first tab, followed by the tabs other modules add for a saved organisation
     * through a {@link ViewProvider} of {@link OrganisationRef}, rebuilt for each organisation chosen.
     */
    private TabPane withContributedTabs(ScrollPane profile) {
        TabPane tabs = new TabPane(new Tab(Bundle.TAB_OrgProfile(), profile));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        List<ViewProvider<OrganisationRef>> providers = RecordTabs.providers(OrganisationRef.class);
        vm.selectedProperty().addListener((o, a, org) -> {
            if (a != null && org != null && a.id().equals(org.id())) {
                return; // the same organisation saved again: its tabs stay as they are
            }
            tabs.getTabs().remove(1, tabs.getTabs().size());
            if (org != null && org.id() != null) {
                OrganisationRef ref = org.ref();
                providers.forEach(p -> tabs.getTabs().add(RecordTabs.tab(p, ref)));
            }
        });
        return tabs;
    }

    /** The entry of {@code items} with this code, or null. */
    static <T> T byCode(java.util.List<T> items, String code, java.util.function.Function<T, String> codeOf) {
        return code == null ? null : items.stream().filter(k -> k != null && code.equals(codeOf.apply(k))).findFirst().orElse(null);
    }

    void writeProperties(java.util.Properties p) {
        p.setProperty("version", "1.0");
    }

    void readProperties(java.util.Properties p) {
        // the list is loaded afresh each time
    }
}
