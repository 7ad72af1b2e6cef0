package id.pilar.registry.ui;

import id.pilar.registry.api.PersonSearch;
import id.pilar.registry.api.PersonSummary;
import id.pilar.ui.api.Formats;
import id.pilar.ui.api.FxTopComponent;
import id.pilar.ui.api.UiExecutor;
import id.pilar.ui.api.UiTrace;
import id.pilar.ui.api.UserMessages;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.netbeans.api.settings.ConvertAsProperties;
import org.openide.awt.ActionID;
import org.openide.awt.ActionReference;
import org.openide.awt.ActionReferences;
import org.openide.util.NbBundle.Messages;
import org.openide.windows.TopComponent;

/** The person list: one search box (name, alias, NIK, KK, address), results as one types. */
@ConvertAsProperties(dtd = "-//id.pilar.registry.ui//PersonList//EN", autostore = false)
@TopComponent.Description(preferredID = "PersonListTopComponent", persistenceType = TopComponent.PERSISTENCE_ALWAYS)
@TopComponent.Registration(mode = "editor", openAtStartup = false, position = 100)
@ActionID(category = "Window", id = "id.pilar.registry.ui.PersonListTopComponent")
@ActionReferences({
    @ActionReference(path = "Menu/Registri", position = 10),
    @ActionReference(path = "Shortcuts", name = "DS-P") // a main view: one chord away
})
@TopComponent.OpenActionRegistration(displayName = "#CTL_PersonListAction", preferredID = "PersonListTopComponent")
@Messages({
    "CTL_PersonListAction=Daftar Penduduk",
    "CTL_PersonListTopComponent=Daftar Penduduk",
    "HINT_PersonListTopComponent=Cari penduduk menurut nama, alias, NIK, nomor KK, nomor registri atau alamat",
    "LBL_SearchPrompt=Ketik nama, NIK, nomor KK, REG-… atau alamat",
    "LBL_NewPerson=Daftarkan baru",
    "LBL_OpenPerson=Buka",
    "COL_Registri=No. registri",
    "COL_Nik=NIK",
    "COL_Nama=Nama",
    "COL_Jk=L/P",
    "COL_Lahir=Tgl. lahir",
    "COL_Kelurahan=Kelurahan",
    "COL_Status=Status",
    "# {0} - count",
    "LBL_Found={0} orang ditemukan",
    "LBL_TypeToSearch=Mulai mengetik untuk mencari.",
    "# {0} - error",
    "LBL_SearchFailed=Pencarian gagal: {0}"
})
public final class PersonListTopComponent extends FxTopComponent {

    private TextField box;

    public PersonListTopComponent() {
        setName(Bundle.CTL_PersonListTopComponent());
        setToolTipText(Bundle.HINT_PersonListTopComponent());
    }

    @Override
    protected Parent createContent() {
        box = new TextField();
        box.setPromptText(Bundle.LBL_SearchPrompt());
        HBox.setHgrow(box, Priority.ALWAYS);
        Button add = new Button(Bundle.LBL_NewPerson());
        add.setOnAction(e -> RegistryWindows.openForm(null));
        Button open = new Button(Bundle.LBL_OpenPerson());
        Label status = new Label(Bundle.LBL_TypeToSearch());

        TableView<PersonSummary> table = new TableView<>();
        table.getColumns().add(column(Bundle.COL_Registri(), PersonSummary::nomorRegistri, 130));
        table.getColumns().add(column(Bundle.COL_Nik(), PersonSummary::nik, 150));
        table.getColumns().add(column(Bundle.COL_Nama(), PersonSummary::nama, 240));
        table.getColumns().add(column(Bundle.COL_Jk(), PersonSummary::jenisKelamin, 40));
        table.getColumns().add(column(Bundle.COL_Lahir(), p -> Formats.date(p.tanggalLahir()), 100));
        table.getColumns().add(column(Bundle.COL_Kelurahan(), PersonSummary::kelurahan, 150));
        table.getColumns().add(column(Bundle.COL_Status(), PersonSummary::status, 80));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        Runnable openSelected = () -> {
            PersonSummary p = table.getSelectionModel().getSelectedItem();
            if (p != null) {
                RegistryWindows.openPerson(p.ref());
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
        box.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN) {
                table.requestFocus();
                table.getSelectionModel().selectFirst();
            }
        });

        PersonSearchModel model = new PersonSearchModel(PersonSearch.get(), UiExecutor.standard(), (List<PersonSummary> r) -> {
            table.getItems().setAll(r);
            status.setText(Bundle.LBL_Found(r.size()));
            UiTrace.shown(table.getScene(), "registry.search.results");
        }, e -> status.setText(Bundle.LBL_SearchFailed(UserMessages.of(e))));
        // Search on every change; the model runs one query at a time and skips stale text.
        box.textProperty().addListener((o, a, b) -> {
            UiTrace.shown(box.getScene(), "registry.search.echo");
            if (b.isBlank()) {
                model.clear();
                table.getItems().clear();
                status.setText(Bundle.LBL_TypeToSearch());
            } else {
                model.query(b);
            }
        });

        HBox top = new HBox(8, box, add, open);
        BorderPane root = new BorderPane(table);
        root.setTop(new VBox(6, top, status));
        BorderPane.setMargin(table, new Insets(8, 0, 0, 0));
        root.setPadding(new Insets(12));
        return root;
    }

    static <T> TableColumn<T, String> column(String title, java.util.function.Function<T, String> value, double width) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    @Override
    protected javafx.scene.Node firstField() {
        return box;
    }

    void writeProperties(java.util.Properties p) {
        p.setProperty("version", "1.0");
    }

    void readProperties(java.util.Properties p) {
        // nothing to restore: the list starts empty
    }
}
