package id.pilar.security.ui;

import id.pilar.core.spi.PersonFinder;
import id.pilar.security.api.Consents;
import id.pilar.security.api.Consents.ConsentInfo;
import id.pilar.security.api.DataRequests;
import id.pilar.security.api.DataRequests.Kind;
import id.pilar.security.api.DataRequests.RequestInfo;
import id.pilar.security.api.SubjectAccess;
import id.pilar.ui.api.Formats;
import id.pilar.ui.api.FxTopComponent;
import id.pilar.ui.api.UiExecutor;
import java.io.File;
import java.time.LocalDate;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import org.openide.awt.ActionID;
import org.openide.awt.ActionReference;
import org.openide.awt.ActionRegistration;
import org.openide.util.NbBundle.Messages;
import org.openide.windows.TopComponent;

/** Keamanan → Pelindungan data pribadi: consent register, requests, subject-access export. */
@TopComponent.Description(preferredID = "PdpTopComponent", persistenceType = TopComponent.PERSISTENCE_NEVER)
@TopComponent.Registration(mode = "editor", openAtStartup = false)
@Messages({
    "CTL_PdpAction=Pelindungan data pribadi (UU PDP)",
    "CTL_PdpTopComponent=UU PDP",
    "LBL_PersonId=Cari orang:",
    "HINT_PersonSearch=nama, NIK, KK atau nomor registri",
    "HINT_PersonChoose=pilih orang dari hasil pencarian",
    "BTN_AllOpen=Semua permintaan terbuka",
    "BTN_Load=Cari",
    "LBL_ConsentsOf=Persetujuan",
    "COL_Purpose=Tujuan",
    "COL_GivenOn=Tanggal",
    "COL_Evidence=Bukti",
    "COL_WithdrawnOn=Ditarik",
    "COL_RecordedBy=Dicatat oleh",
    "LBL_Purpose=Tujuan:",
    "LBL_Date=Tanggal (dd/mm/yyyy):",
    "LBL_Evidence=Bukti (no. formulir/berkas):",
    "BTN_RecordConsent=Catat persetujuan",
    "BTN_Withdraw=Tarik persetujuan terpilih",
    "LBL_Requests=Permintaan penghapusan/pembatasan",
    "COL_Person=Orang",
    "COL_RequestKind=Jenis",
    "COL_Reason=Alasan",
    "COL_Status=Status",
    "COL_RequestedBy=Diajukan oleh",
    "COL_DecidedBy=Diputuskan oleh",
    "LBL_Reason=Alasan / catatan:",
    "BTN_FileRequest=Ajukan permintaan",
    "BTN_Approve=Setujui dan laksanakan",
    "BTN_Reject=Tolak",
    "BTN_Export=Ekspor data subjek (JSON + PDF)…",
    "KIND_PENGHAPUSAN=Penghapusan data",
    "KIND_PEMBATASAN=Pembatasan pemrosesan",
    "STATUS_DIAJUKAN=Diajukan",
    "STATUS_DITOLAK=Ditolak",
    "STATUS_DILAKSANAKAN=Dilaksanakan"
})
public final class PdpTopComponent extends FxTopComponent {

    /** The menu item: disabled for roles without {@code CONSENT_READ}. */
    @ActionID(category = "Keamanan", id = "id.pilar.security.ui.PdpTopComponent")
    @ActionRegistration(displayName = "#CTL_PdpAction", lazy = false)
    @ActionReference(path = "Menu/Keamanan", position = 40)
    public static final class Open extends id.pilar.ui.api.PermittedOpenAction {
        public Open() {
            super(Bundle.CTL_PdpAction(), id.pilar.security.api.SecurityPermissions.CONSENT_READ, "PdpTopComponent", PdpTopComponent::new);
        }
    }

    public PdpTopComponent() {
        setName(Bundle.CTL_PdpTopComponent());
    }

    @Override
    protected Parent createContent() {
        PdpViewModel vm = new PdpViewModel(Consents.get(), DataRequests.get(), SubjectAccess.get(), UiExecutor.standard(),
                ViewModelSupport.LongWork.BACKGROUND);
        // The person is found the way a clerk knows them (name, NIK, KK, registry number), never by an internal id.
        TextField person = new TextField();
        person.setPrefColumnCount(18);
        person.setPromptText(Bundle.HINT_PersonSearch());
        ComboBox<PersonFinder.Found> found = new ComboBox<>();
        found.setPrefWidth(380);
        found.setMinWidth(200);
        found.setPromptText(Bundle.HINT_PersonChoose());
        found.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(PersonFinder.Found f) {
                return f == null ? "" : f.label();
            }

            @Override
            public PersonFinder.Found fromString(String text) {
                return null;
            }
        });
        found.valueProperty().addListener((o, was, now) -> {
            if (now != null) {
                vm.load(now.id());
            }
        });
        Button load = new Button(Bundle.BTN_Load());
        Runnable search = () -> {
            PersonFinder finder = PersonFinder.get();
            String q = person.getText();
            if (finder == null || q == null || q.isBlank()) {
                found.getItems().clear();
                vm.load(null);
                return;
            }
            vm.findPeople(() -> finder.find(q, 30), list -> {
                found.getItems().setAll(list);
                if (list.size() == 1) {
                    found.setValue(list.get(0));
                } else {
                    found.show();
                }
            });
        };
        load.setOnAction(e -> search.run());
        person.setOnAction(e -> search.run());
        Button allOpen = new Button(Bundle.BTN_AllOpen());
        allOpen.setOnAction(e -> {
            person.clear();
            found.getItems().clear();
            vm.load(null);
        });

        TableView<ConsentInfo> consents = Views.table(
                Views.column(Bundle.COL_Purpose(), ConsentInfo::purpose, 200),
                Views.column(Bundle.COL_GivenOn(), c -> Formats.date(c.givenOn()), 90),
                Views.column(Bundle.COL_Evidence(), ConsentInfo::evidence, 160),
                Views.column(Bundle.COL_WithdrawnOn(), c -> Formats.date(c.withdrawnOn()), 90),
                Views.column(Bundle.COL_RecordedBy(), ConsentInfo::recordedBy, 110));
        consents.setItems(vm.consents());
        consents.setPrefHeight(180);
        TextField purpose = new TextField();
        TextField date = new TextField(Formats.date(LocalDate.now(Formats.JAKARTA)));
        TextField evidence = new TextField();
        Button record = new Button(Bundle.BTN_RecordConsent());
        record.setOnAction(e -> vm.recordConsent(purpose.getText(), date.getText(), evidence.getText()));
        Button withdraw = new Button(Bundle.BTN_Withdraw());
        withdraw.setOnAction(e -> vm.withdraw(consents.getSelectionModel().getSelectedItem(), date.getText()));

        TableView<RequestInfo> requests = Views.table(
                Views.column(Bundle.COL_Person(), r -> vm.personLabel(r.personId()), 260),
                Views.column(Bundle.COL_RequestKind(), r -> kindText(r.kind()), 150),
                Views.column(Bundle.COL_Reason(), RequestInfo::reason, 200),
                Views.column(Bundle.COL_Status(), r -> statusText(r.status()), 100),
                Views.column(Bundle.COL_RequestedBy(), RequestInfo::requestedBy, 110),
                Views.column(Bundle.COL_DecidedBy(), r -> r.decidedBy() == null ? "" : r.decidedBy(), 110));
        requests.setItems(vm.requests());
        requests.setPrefHeight(180);
        ComboBox<Kind> kind = new ComboBox<>();
        kind.getItems().setAll(Kind.values());
        kind.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Kind k) {
                return k == null ? "" : kindText(k);
            }

            @Override
            public Kind fromString(String text) {
                return null;
            }
        });
        kind.setValue(Kind.PEMBATASAN);
        TextField reason = new TextField();
        reason.setPrefColumnCount(40);
        Button file = new Button(Bundle.BTN_FileRequest());
        file.setOnAction(e -> vm.fileRequest(kind.getValue(), reason.getText()));
        Button approve = new Button(Bundle.BTN_Approve());
        approve.setOnAction(e -> vm.approve(requests.getSelectionModel().getSelectedItem(), reason.getText()));
        Button reject = new Button(Bundle.BTN_Reject());
        reject.setOnAction(e -> vm.reject(requests.getSelectionModel().getSelectedItem(), reason.getText()));
        Button export = new Button(Bundle.BTN_Export());
        export.setOnAction(e -> {
            File folder = new DirectoryChooser().showDialog(null);
            if (folder != null) {
                vm.export(folder.toPath());
            }
        });

        VBox root = new VBox(8,
                searchRow(new Label(Bundle.LBL_PersonId()), person, load, found, allOpen, export),
                Views.messageLine(vm),
                Views.title(Bundle.LBL_ConsentsOf()), consents,
                Views.form(Bundle.LBL_Purpose(), purpose, Bundle.LBL_Date(), date, Bundle.LBL_Evidence(), evidence),
                new HBox(8, record, withdraw),
                Views.title(Bundle.LBL_Requests()), requests,
                new HBox(8, kind, new Label(Bundle.LBL_Reason()), reason),
                new HBox(8, file, approve, reject));
        root.setPadding(new Insets(16));
        // Each role sees what it may do: Operators record consents; requests are case work,
        // deciding them a Supervisor's, exporting personal data too.
        id.pilar.core.api.security.AccessControl ac = id.pilar.core.api.security.AccessControl.get();
        boolean write = ac.isPermitted(id.pilar.security.api.SecurityPermissions.CONSENT_WRITE);
        boolean caseWork = ac.isPermitted(id.pilar.security.api.SecurityPermissions.REQUEST_WRITE);
        boolean decide = ac.isPermitted(id.pilar.security.api.SecurityPermissions.REQUEST_APPROVE);
        record.setDisable(!write);
        withdraw.setDisable(!write);
        export.setDisable(!ac.isPermitted(id.pilar.security.api.SecurityPermissions.SUBJECT_EXPORT));
        file.setDisable(!caseWork);
        approve.setDisable(!decide);
        reject.setDisable(!decide);
        vm.load(null);
        return root;
    }

    /** Labels and buttons keep their text; the search field and the result list give way. */
    private static HBox searchRow(Label label, TextField person, Button load, ComboBox<?> found, Button allOpen, Button export) {
        for (javafx.scene.layout.Region r : new javafx.scene.layout.Region[] {label, load, allOpen, export}) {
            r.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        HBox row = new HBox(8, label, person, load, found, allOpen, export);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return row;
    }

    static String kindText(Kind k) {
        return k == Kind.PENGHAPUSAN ? Bundle.KIND_PENGHAPUSAN() : Bundle.KIND_PEMBATASAN();
    }

    static String statusText(id.pilar.security.api.DataRequests.Status s) {
        return switch (s) {
            case DIAJUKAN -> Bundle.STATUS_DIAJUKAN();
            case DITOLAK -> Bundle.STATUS_DITOLAK();
            case DILAKSANAKAN -> Bundle.STATUS_DILAKSANAKAN();
        };
    }
}
