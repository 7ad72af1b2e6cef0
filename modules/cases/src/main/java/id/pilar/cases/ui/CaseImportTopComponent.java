package id.pilar.cases.ui;

import id.pilar.cases.api.CaseImport;
import id.pilar.cases.api.CasesPermissions;
import id.pilar.core.api.security.AccessControl;
import id.pilar.ui.api.BackgroundWork;
import id.pilar.ui.api.FxTopComponent;
import id.pilar.ui.api.UiExecutor;
import java.io.File;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.netbeans.api.settings.ConvertAsProperties;
import org.openide.awt.ActionID;
import org.openide.awt.ActionReference;
import org.openide.util.NbBundle.Messages;
import org.openide.windows.TopComponent;

/** Import of an old case list: choose the file, read the rejects, import the good rows. */
@ConvertAsProperties(dtd = "-//id.pilar.cases.ui//CaseImport//EN", autostore = false)
@TopComponent.Description(preferredID = "CaseImportTopComponent", persistenceType = TopComponent.PERSISTENCE_NEVER)
@TopComponent.Registration(mode = "editor", openAtStartup = false)
@ActionID(category = "Window", id = "id.pilar.cases.ui.CaseImportTopComponent")
@ActionReference(path = "Menu/Kasus", position = 60)
@TopComponent.OpenActionRegistration(displayName = "#CTL_CaseImportAction", preferredID = "CaseImportTopComponent")
@Messages({
    "CTL_CaseImportAction=Impor daftar kasus lama…",
    "CTL_CaseImportTopComponent=Impor daftar kasus lama",
    "LBL_ImportStep1=1. Pilih berkas CSV (pemisah , atau ;) atau XLSX dengan kolom nomor_kasus, nik, nama, jenis_kelamin, tanggal_lahir, "
            + "tanggal_buka, sumber, kategori, status, kelurahan, tanggal_tutup, alasan_tutup. Berkas hanya diperiksa; belum ada yang disimpan.",
    "LBL_ImportStep2=2. Periksa baris yang ditolak, simpan laporannya bila perlu, lalu impor baris yang baik dalam satu transaksi.",
    "BTN_ChooseCaseFile=_Pilih berkas…",
    "BTN_SaveCaseRejects=Simpan laporan _penolakan…",
    "BTN_ImportCases=_Impor",
    "COL_RejectRow=Baris", "COL_RejectReason=Alasan ditolak",
    "TASK_CaseImport=Mengimpor daftar kasus lama",
    "LBL_ImportNotPermitted=Impor daftar kasus hanya untuk pekerja sosial dan supervisor."
})
public final class CaseImportTopComponent extends FxTopComponent {

    private Button choose;

    public CaseImportTopComponent() {
        setName(Bundle.CTL_CaseImportTopComponent());
    }

    @Override
    protected Parent createContent() {
        Label step1 = new Label(Bundle.LBL_ImportStep1());
        step1.setWrapText(true);
        Label step2 = new Label(Bundle.LBL_ImportStep2());
        step2.setWrapText(true);
        choose = new Button(Bundle.BTN_ChooseCaseFile());
        Button saveRejects = new Button(Bundle.BTN_SaveCaseRejects());
        Button importNow = new Button(Bundle.BTN_ImportCases());
        Label message = new Label();
        message.setWrapText(true);
        TableView<CaseImport.Reject> rejects = Fx.table();
        rejects.getColumns().add(Fx.column(Bundle.COL_RejectRow(), r -> Integer.toString(r.baris()), 60));
        rejects.getColumns().add(Fx.column(Bundle.COL_RejectReason(), CaseImport.Reject::alasan, 640));
        saveRejects.setDisable(true);
        importNow.setDisable(true);
        CaseImportModel model = new CaseImportModel(CaseImport.get(), UiExecutor.standard(), p -> {
            rejects.getItems().setAll(p == null ? List.of() : p.rejects());
            saveRejects.setDisable(p == null || p.rejects().isEmpty());
            importNow.setDisable(p == null || p.rows().isEmpty());
        }, message::setText);
        choose.setOnAction(e -> {
            FileChooser fc = new FileChooser();
            fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV / XLSX", "*.csv", "*.xlsx"));
            File f = fc.showOpenDialog(choose.getScene().getWindow());
            if (f != null) {
                model.check(f.toPath());
            }
        });
        saveRejects.setOnAction(e -> {
            FileChooser fc = new FileChooser();
            fc.setInitialFileName("kasus-ditolak.csv");
            File f = fc.showSaveDialog(choose.getScene().getWindow());
            if (f != null) {
                model.saveRejects(f.toPath());
            }
        });
        importNow.setOnAction(e -> {
            importNow.setDisable(true);
            int rows = model.preview().rows().size();
            BackgroundWork.submit(Bundle.TASK_CaseImport(), progress -> {
                progress.start(rows * 2);
                return model.run(new CaseImport.Progress() {
                    @Override
                    public void step(int done, int total) {
                        progress.progress(null, done);
                    }

                    @Override
                    public boolean cancelled() {
                        return progress.cancelled();
                    }
                });
            }, model::imported, err -> { // both on the FX thread
                model.failed(err);
                importNow.setDisable(false);
            });
        });
        if (!AccessControl.get().isPermitted(CasesPermissions.IMPORT)) {
            choose.setDisable(true);
            message.setText(Bundle.LBL_ImportNotPermitted());
        }
        VBox top = new VBox(8, step1, choose, step2, new HBox(8, saveRejects, importNow), message);
        BorderPane root = new BorderPane(rejects);
        root.setTop(top);
        BorderPane.setMargin(rejects, new Insets(8, 0, 0, 0));
        root.setPadding(new Insets(12));
        return root;
    }

    @Override
    protected Node firstField() {
        return choose;
    }

    void writeProperties(java.util.Properties p) {
        p.setProperty("version", "1.0");
    }

    void readProperties(java.util.Properties p) {
        // a new import starts afresh
    }
}
