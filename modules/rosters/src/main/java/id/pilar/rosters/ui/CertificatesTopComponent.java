package id.pilar.rosters.ui;

import id.pilar.rosters.api.Certificate;
import id.pilar.rosters.api.TrainingService;
import id.pilar.ui.api.Formats;
import id.pilar.ui.api.FxTopComponent;
import id.pilar.ui.api.UiExecutor;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import org.netbeans.api.settings.ConvertAsProperties;
import org.openide.awt.ActionID;
import org.openide.awt.ActionReference;
import org.openide.util.NbBundle.Messages;
import org.openide.windows.TopComponent;

/** Certificates that have expired or expire soon, so trainings can be renewed in time. */
@ConvertAsProperties(dtd = "-//id.pilar.rosters.ui//Certificates//EN", autostore = false)
@TopComponent.Description(preferredID = "RosterCertificatesTopComponent", persistenceType = TopComponent.PERSISTENCE_ONLY_OPENED)
@TopComponent.Registration(mode = "editor", openAtStartup = false)
@ActionID(category = "Window", id = "id.pilar.rosters.ui.CertificatesTopComponent")
@ActionReference(path = "Menu/Pilar Sosial", position = 300)
@TopComponent.OpenActionRegistration(displayName = "#CTL_CertificatesAction", preferredID = "RosterCertificatesTopComponent")
@Messages({
    "CTL_CertificatesAction=Sertifikat kedaluwarsa",
    "CTL_CertificatesTopComponent=Sertifikat kedaluwarsa dan akan berakhir",
    "LBL_Within=Berakhir dalam",
    "# {0} - days", "LBL_Days={0} hari",
    "COL_State=Keadaan",
    "# {0} - days ago", "LBL_Expired=Kedaluwarsa {0} hari lalu",
    "# {0} - days left", "LBL_DaysLeft=Sisa {0} hari"
})
public final class CertificatesTopComponent extends FxTopComponent {

    private final ObservableList<Certificate> rows = FXCollections.observableArrayList();

    public CertificatesTopComponent() {
        setName(Bundle.CTL_CertificatesTopComponent());
    }

    @Override
    protected Parent createContent() {
        CertificatesViewModel vm = new CertificatesViewModel(UiExecutor.standard(), rows);
        ComboBox<Integer> within = new ComboBox<>();
        within.getItems().setAll(30, 60, 90, 180);
        within.setValue(30);
        Fx.labels(within, d -> Bundle.LBL_Days(d));
        within.setOnAction(e -> vm.load(within.getValue()));
        LocalDate today = LocalDate.now(Formats.JAKARTA);
        TableView<Certificate> t = Fx.table();
        t.setItems(rows);
        t.getColumns().add(Fx.column(Bundle.COL_Name(), Certificate::memberName, 180));
        t.getColumns().add(Fx.column(Bundle.COL_Training(), Certificate::trainingName, 180));
        t.getColumns().add(Fx.column(Bundle.COL_Skill(), Certificate::skillCode, 80));
        t.getColumns().add(Fx.column(Bundle.COL_Expires(), c -> Formats.date(c.expiresOn()), 100));
        t.getColumns().add(Fx.column(Bundle.COL_State(), c -> {
            long d = ChronoUnit.DAYS.between(today, c.expiresOn());
            return d < 0 ? Bundle.LBL_Expired(-d) : Bundle.LBL_DaysLeft(d);
        }, 140));
        Label message = new Label();
        message.textProperty().bind(vm.messageProperty());
        HBox top = new HBox(8, new Label(Bundle.LBL_Within()), within);
        top.setPadding(new Insets(8));
        BorderPane root = new BorderPane(t);
        root.setTop(top);
        root.setBottom(message);
        vm.load(30);
        return root;
    }

    /** Loads the list in the background. */
    static final class CertificatesViewModel extends ViewModel {

        private final ObservableList<Certificate> rows;

        CertificatesViewModel(UiExecutor ex, ObservableList<Certificate> rows) {
            super(ex);
            this.rows = rows;
        }

        void load(int days) {
            LocalDate today = LocalDate.now(Formats.JAKARTA);
            call(() -> TrainingService.get().expiring(today, days), rows::setAll);
        }
    }

    void writeProperties(java.util.Properties p) {
        p.setProperty("version", "1.0");
    }

    void readProperties(java.util.Properties p) {
        // always recomputed from today
    }
}
