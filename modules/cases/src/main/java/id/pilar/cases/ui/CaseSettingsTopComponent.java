package id.pilar.cases.ui;

import id.pilar.cases.api.AssessmentService.Domain;
import id.pilar.cases.api.AssessmentService.Field;
import id.pilar.cases.api.AssessmentService.FieldKind;
import id.pilar.cases.api.ReferralService.Institution;
import id.pilar.cases.api.ReferralService.InstitutionKind;
import id.pilar.ui.api.UiExecutor;
import id.pilar.ui.spi.RecordHistory;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.netbeans.api.settings.ConvertAsProperties;
import org.openide.awt.ActionID;
import org.openide.awt.ActionReference;
import org.openide.util.NbBundle.Messages;
import org.openide.windows.TopComponent;

/**
 * A supervisor's settings: needs domains and fields of the assessment, the institution directory
 * for referrals, the office prefix of case numbers. Each list shows the change history of the
 * selected record (the security module's history view). Other roles see the settings read-only.
 */
@ConvertAsProperties(dtd = "-//id.pilar.cases.ui//CaseSettings//EN", autostore = false)
@TopComponent.Description(preferredID = "CaseSettingsTopComponent", persistenceType = TopComponent.PERSISTENCE_NEVER)
@TopComponent.Registration(mode = "editor", openAtStartup = false)
@ActionID(category = "Window", id = "id.pilar.cases.ui.CaseSettingsTopComponent")
@ActionReference(path = "Menu/Kasus", position = 70)
@TopComponent.OpenActionRegistration(displayName = "#CTL_CaseSettingsAction", preferredID = "CaseSettingsTopComponent")
@Messages({
    "CTL_CaseSettingsAction=Pengaturan Kasus",
    "CTL_CaseSettingsTopComponent=Pengaturan Kasus",
    "TAB_Domains=Ranah asesmen", "TAB_Institutions=Lembaga rujukan", "TAB_Numbers=Nomor kasus",
    "COL_DomainCode=Kode", "COL_DomainName=Ranah", "COL_DomainHealth=Data kesehatan", "COL_DomainFields=Isian",
    "COL_FieldCode=Kode", "COL_FieldLabel=Label", "COL_FieldKind=Jenis",
    "LBL_NewDomain=Ranah baru:", "LBL_NewField=Isian baru pada ranah terpilih:",
    "PROMPT_Code=KODE (huruf besar, angka, _)", "PROMPT_DomainName=Nama ranah", "PROMPT_FieldLabel=Label isian",
    "CHK_HealthDomain=Data kesehatan (disamarkan bagi peran tanpa izin)",
    "BTN_AddDomain=Tambah _ranah", "BTN_AddField=Tambah _isian",
    "FK_SKALA=Skala 1–5", "FK_TEKS=Teks", "FK_YA_TIDAK=Ya/tidak",
    "COL_InstName=Nama", "COL_InstKind=Jenis", "COL_InstAddress=Alamat", "COL_InstContact=Kontak", "COL_InstBeds=Tempat tidur",
    "COL_InstFree=Sisa",
    "PROMPT_InstName=Nama lembaga", "PROMPT_InstAddress=Alamat", "PROMPT_InstContact=Kontak (telepon, nama)",
    "PROMPT_InstBeds=Kapasitas (tempat tidur)",
    "BTN_NewInstitution=Lembaga _baru", "BTN_SaveInstitution=_Simpan lembaga",
    "LBL_Prefix=Awalan nomor kasus kantor (contoh JP: JP-2026-000123)", "BTN_SavePrefix=Simpan _awalan",
    "LBL_HistoryOfSelection=Riwayat perubahan data terpilih",
    "LBL_SelectForHistory=Pilih satu baris untuk melihat riwayat perubahannya.",
    "LBL_SettingsReadOnly=Hanya supervisor yang dapat mengubah pengaturan; Anda dapat melihatnya.",
    "# {0} - code", "LBL_HistoryDomain=Ranah {0}",
    "# {0} - code", "LBL_HistoryField=Isian {0}",
    "# {0} - name", "LBL_HistoryInstitution=Lembaga {0}"
})
public final class CaseSettingsTopComponent extends CasesWindow {

    /** The audited entities by name: the ui layer does not reach into impl classes. */
    static final String DOMAIN = "id.pilar.cases.impl.model.CaseDomainEntity";
    static final String FIELD = "id.pilar.cases.impl.model.CaseFieldEntity";
    static final String INSTITUTION = "id.pilar.cases.impl.model.CaseInstitutionEntity";

    private CaseSettingsModel model;
    private TableView<Domain> domains;

    public CaseSettingsTopComponent() {
        setName(Bundle.CTL_CaseSettingsTopComponent());
    }

    @Override
    protected Parent createContent() {
        Label message = new Label();
        message.setWrapText(true);
        List<Node> editors = new java.util.ArrayList<>();

        domains = Fx.table();
        domains.getColumns().add(Fx.column(Bundle.COL_DomainCode(), Domain::kode, 120));
        domains.getColumns().add(Fx.column(Bundle.COL_DomainName(), Domain::nama, 220));
        domains.getColumns().add(Fx.column(Bundle.COL_DomainHealth(), d -> d.kesehatan() ? Bundle.LBL_Yes() : "", 110));
        domains.getColumns().add(Fx.column(Bundle.COL_DomainFields(), d -> Integer.toString(d.fields().size()), 60));
        TableView<Field> fields = Fx.table();
        fields.getColumns().add(Fx.column(Bundle.COL_FieldCode(), Field::kode, 120));
        fields.getColumns().add(Fx.column(Bundle.COL_FieldLabel(), Field::label, 260));
        fields.getColumns().add(Fx.column(Bundle.COL_FieldKind(), f -> kind(f.jenis()), 100));
        domains.setPrefHeight(170); // the add forms below stay visible at 1366×768
        fields.setPrefHeight(120);
        TextField domainCode = new TextField();
        domainCode.setPromptText(Bundle.PROMPT_Code());
        domainCode.setPrefColumnCount(18);
        TextField domainName = new TextField();
        domainName.setPromptText(Bundle.PROMPT_DomainName());
        CheckBox health = new CheckBox(Bundle.CHK_HealthDomain());
        Button addDomain = new Button(Bundle.BTN_AddDomain());
        TextField fieldCode = new TextField();
        fieldCode.setPromptText(Bundle.PROMPT_Code());
        fieldCode.setPrefColumnCount(18);
        TextField fieldLabel = new TextField();
        fieldLabel.setPromptText(Bundle.PROMPT_FieldLabel());
        fieldLabel.setPrefColumnCount(24);
        ComboBox<FieldKind> fieldKind = new ComboBox<>();
        fieldKind.getItems().setAll(FieldKind.values());
        fieldKind.setValue(FieldKind.SKALA);
        fieldKind.setConverter(CaseTopComponent.converter(CaseSettingsTopComponent::kind));
        Button addField = new Button(Bundle.BTN_AddField());
        editors.addAll(List.of(domainCode, domainName, health, addDomain, fieldCode, fieldLabel, fieldKind, addField));
        StackPane domainHistory = historyPane();
        domains.getSelectionModel().selectedItemProperty().addListener((o, a, d) -> {
            fields.getItems().setAll(d == null ? List.of() : d.fields());
            showHistory(domainHistory, d == null ? null : new RecordHistory.Target(Bundle.LBL_HistoryDomain(d.kode()), DOMAIN, d.id()));
        });
        fields.getSelectionModel().selectedItemProperty().addListener((o, a, f) -> {
            if (f != null) {
                showHistory(domainHistory, new RecordHistory.Target(Bundle.LBL_HistoryField(f.kode()), FIELD, f.id()));
            }
        });
        VBox domainTab = new VBox(8, domains, fields,
                new Label(Bundle.LBL_NewDomain()), new FlowPane(8, 8, domainCode, domainName, health, addDomain),
                new Label(Bundle.LBL_NewField()), new FlowPane(8, 8, fieldCode, fieldLabel, fieldKind, addField));
        domainTab.setPadding(new Insets(8));

        TableView<Institution> institutions = Fx.table();
        institutions.getColumns().add(Fx.column(Bundle.COL_InstName(), Institution::nama, 200));
        institutions.getColumns().add(Fx.column(Bundle.COL_InstKind(), i -> i.jenis().label(), 150));
        institutions.getColumns().add(Fx.column(Bundle.COL_InstAddress(), i -> Fx.or(i.alamat()), 180));
        institutions.getColumns().add(Fx.column(Bundle.COL_InstContact(), i -> Fx.or(i.kontak()), 140));
        institutions.getColumns().add(Fx.column(Bundle.COL_InstBeds(), i -> Integer.toString(i.kapasitas()), 90));
        institutions.getColumns().add(Fx.column(Bundle.COL_InstFree(), i -> i.tanpaTempatTidur() ? "\u2013" : Integer.toString(i.sisa()), 60));
        TextField instName = new TextField();
        instName.setPromptText(Bundle.PROMPT_InstName());
        instName.setPrefColumnCount(20);
        ComboBox<InstitutionKind> instKind = new ComboBox<>();
        instKind.getItems().setAll(InstitutionKind.values());
        instKind.setValue(InstitutionKind.PANTI_SOSIAL);
        instKind.setConverter(CaseTopComponent.converter(InstitutionKind::label));
        TextField instAddress = new TextField();
        instAddress.setPromptText(Bundle.PROMPT_InstAddress());
        instAddress.setPrefColumnCount(20);
        TextField instContact = new TextField();
        instContact.setPromptText(Bundle.PROMPT_InstContact());
        TextField instBeds = new TextField();
        instBeds.setPromptText(Bundle.PROMPT_InstBeds());
        instBeds.setPrefColumnCount(12);
        Button newInst = new Button(Bundle.BTN_NewInstitution());
        Button saveInst = new Button(Bundle.BTN_SaveInstitution());
        editors.addAll(List.of(instName, instKind, instAddress, instContact, instBeds, newInst, saveInst));
        StackPane instHistory = historyPane();
        String[] editing = {null};
        Runnable clearInst = () -> {
            editing[0] = null;
            institutions.getSelectionModel().clearSelection();
            instName.clear();
            instAddress.clear();
            instContact.clear();
            instBeds.clear();
            instKind.setValue(InstitutionKind.PANTI_SOSIAL);
        };
        institutions.getSelectionModel().selectedItemProperty().addListener((o, a, i) -> {
            if (i != null) {
                editing[0] = i.id();
                instName.setText(i.nama());
                instKind.setValue(i.jenis());
                instAddress.setText(i.alamat() == null ? "" : i.alamat());
                instContact.setText(i.kontak() == null ? "" : i.kontak());
                instBeds.setText(Integer.toString(i.kapasitas()));
                showHistory(instHistory, new RecordHistory.Target(Bundle.LBL_HistoryInstitution(i.nama()), INSTITUTION, i.id()));
            }
        });
        newInst.setOnAction(e -> clearInst.run());
        VBox instTab = new VBox(8, institutions, new FlowPane(8, 8, instName, instKind, instAddress, instContact, instBeds, newInst, saveInst));
        instTab.setPadding(new Insets(8));

        TextField prefix = new TextField();
        prefix.setPrefColumnCount(8);
        Button savePrefix = new Button(Bundle.BTN_SavePrefix());
        editors.addAll(List.of(prefix, savePrefix));
        VBox numberTab = new VBox(8, new Label(Bundle.LBL_Prefix()), new FlowPane(8, 8, prefix, savePrefix));
        numberTab.setPadding(new Insets(8));

        model = new CaseSettingsModel(UiExecutor.standard(), st -> {
            String selected = domains.getSelectionModel().getSelectedItem() == null ? null : domains.getSelectionModel().getSelectedItem().id();
            domains.getItems().setAll(st.domains());
            st.domains().stream().filter(d -> d.id().equals(selected)).findFirst().ifPresent(d -> domains.getSelectionModel().select(d));
            institutions.getItems().setAll(st.institutions());
            prefix.setText(st.prefix());
            editors.forEach(n -> n.setDisable(!st.mayChange()));
            if (!st.mayChange()) {
                message.setText(Bundle.LBL_SettingsReadOnly());
            }
        }, message::setText);
        addDomain.setOnAction(e -> model.addDomain(domainCode.getText(), domainName.getText(), health.isSelected(), () -> {
            domainCode.clear();
            domainName.clear();
            health.setSelected(false);
        }));
        addField.setOnAction(e -> model.addField(domains.getSelectionModel().getSelectedItem(), fieldCode.getText(), fieldLabel.getText(),
                fieldKind.getValue(), () -> {
                    fieldCode.clear();
                    fieldLabel.clear();
                }));
        saveInst.setOnAction(e -> model.saveInstitution(editing[0], instName.getText(), instKind.getValue(), instAddress.getText(),
                instContact.getText(), instBeds.getText(), clearInst));
        savePrefix.setOnAction(e -> model.savePrefix(prefix.getText(), null));

        TabPane tabs = new TabPane(tab(Bundle.TAB_Domains(), domainTab, domainHistory), tab(Bundle.TAB_Institutions(), instTab, instHistory),
                tab(Bundle.TAB_Numbers(), numberTab, null));
        BorderPane root = new BorderPane(tabs);
        root.setTop(message);
        BorderPane.setMargin(message, new Insets(0, 0, 8, 0));
        root.setPadding(new Insets(12));
        reloadOnChange(model::reload);
        model.reload();
        return root;
    }

    private static Tab tab(String title, Node content, Node history) {
        BorderPane pane = new BorderPane(content);
        if (history != null) {
            pane.setRight(history);
        }
        Tab t = new Tab(title, pane);
        t.setClosable(false);
        return t;
    }

    private static StackPane historyPane() {
        StackPane p = new StackPane();
        p.setPrefWidth(420);
        p.setPadding(new Insets(8));
        p.getChildren().setAll(new VBox(4, Fx.title(Bundle.LBL_HistoryOfSelection()), new Label(Bundle.LBL_SelectForHistory())));
        return p;
    }

    private static void showHistory(StackPane pane, RecordHistory.Target target) {
        if (target == null) {
            return;
        }
        RecordHistory.find().ifPresent(h -> pane.getChildren().setAll(new VBox(4, Fx.title(Bundle.LBL_HistoryOfSelection()),
                h.createView(() -> List.of(target)))));
    }

    static String kind(FieldKind k) {
        return switch (k) {
            case SKALA -> Bundle.FK_SKALA();
            case TEKS -> Bundle.FK_TEKS();
            case YA_TIDAK -> Bundle.FK_YA_TIDAK();
        };
    }

    @Override
    protected Node firstField() {
        return domains;
    }

    void writeProperties(java.util.Properties p) {
        p.setProperty("version", "1.0");
    }

    void readProperties(java.util.Properties p) {
        // the settings are read afresh
    }
}
