package id.pilar.rosters.ui;

import id.pilar.rosters.api.ImportPreview;
import id.pilar.rosters.api.ImportReject;
import id.pilar.rosters.api.MemberImport;
import id.pilar.rosters.api.WorkProgress;
import id.pilar.ui.api.BackgroundWork;
import id.pilar.ui.api.FxTopComponent;
import id.pilar.ui.api.UiExecutor;
import java.io.File;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
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

/** Member import wizard: choose a CSV/XLSX file, review rejected rows, import the good ones. */
@ConvertAsProperties(dtd = "-//id.pilar.rosters.ui//MemberImport//EN", autostore = false)
@TopComponent.Description(preferredID = "RosterMemberImportTopComponent", persistenceType = TopComponent.PERSISTENCE_NEVER)
@TopComponent.Registration(mode = "editor", openAtStartup = false)
@ActionID(category = "Window", id = "id.pilar.rosters.ui.MemberImportTopComponent")
@ActionReference(path = "Menu/Pilar Sosial", position = 500)
@TopComponent.OpenActionRegistration(displayName = "#CTL_MemberImportAction", preferredID = "RosterMemberImportTopComponent")
@Messages({
    "CTL_MemberImportAction=Impor daftar anggota…",
    "CTL_MemberImportTopComponent=Impor daftar anggota",
    "LBL_Step1=1. Pilih berkas CSV atau XLSX. Kolom: nik, nama, jenis_kelamin, tanggal_lahir, telepon, kelurahan, "
            + "organisasi, peran, mulai. Berkas hanya diperiksa, belum ada yang disimpan.",
    "LBL_ChooseFile=Pilih berkas…",
    "LBL_Step2=2. Periksa baris yang ditolak, simpan laporannya bila perlu, lalu impor baris yang baik.",
    "LBL_SaveRejects=Simpan laporan penolakan…",
    "# {0} - count", "LBL_ImportNow=Impor {0} anggota",
    "COL_Row=Baris", "COL_Reasons=Alasan ditolak",
    "TASK_Import=Mengimpor daftar anggota"
})
public final class MemberImportTopComponent extends FxTopComponent {

    public MemberImportTopComponent() {
        setName(Bundle.CTL_MemberImportTopComponent());
    }

    @Override
    protected Parent createContent() {
        MemberImportViewModel vm = new MemberImportViewModel(UiExecutor.standard());
        Label step1 = new Label(Bundle.LBL_Step1());
        step1.setWrapText(true);
        Button choose = new Button(Bundle.LBL_ChooseFile());
        Label step2 = new Label(Bundle.LBL_Step2());
        step2.setWrapText(true);
        TableView<ImportReject> rejects = Fx.table();
        rejects.getColumns().add(Fx.column(Bundle.COL_Row(), r -> String.valueOf(r.rowNumber()), 60));
        rejects.getColumns().add(Fx.column(Bundle.COL_Reasons(), r -> String.join(" ", r.reasons()), 600));
        ListView<String> warnings = new ListView<>();
        warnings.setPrefHeight(100);
        Button saveRejects = new Button(Bundle.LBL_SaveRejects());
        Button importNow = new Button(Bundle.LBL_ImportNow(0));
        saveRejects.disableProperty().bind(vm.previewProperty().isNull());
        importNow.disableProperty().bind(vm.previewProperty().isNull());
        vm.previewProperty().addListener((o, a, p) -> {
            rejects.getItems().setAll(p == null ? java.util.List.of() : p.rejects());
            warnings.getItems().setAll(p == null ? java.util.List.of() : p.warnings());
            importNow.setText(Bundle.LBL_ImportNow(p == null ? 0 : p.valid().size()));
        });
        choose.setOnAction(e -> {
            FileChooser fc = new FileChooser();
            fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV / XLSX", "*.csv", "*.xlsx"));
            File f = fc.showOpenDialog(choose.getScene().getWindow());
            if (f != null) {
                vm.check(f.toPath());
            }
        });
        saveRejects.setOnAction(e -> {
            FileChooser fc = new FileChooser();
            fc.setInitialFileName("anggota-ditolak.csv");
            File f = fc.showSaveDialog(choose.getScene().getWindow());
            if (f != null) {
                vm.saveRejects(f.toPath());
            }
        });
        importNow.setOnAction(e -> {
            ImportPreview p = vm.previewProperty().get();
            BackgroundWork.submit(Bundle.TASK_Import(), progress -> {
                progress.start(p.valid().size());
                return MemberImport.get().importValid(p, new WorkProgress() {
                    @Override
                    public void progress(String message, int done, int total) {
                        progress.progress(message, done);
                    }

                    @Override
                    public boolean cancelled() {
                        return progress.cancelled();
                    }
                });
            }, vm::imported, err -> vm.messageProperty().set(ViewModel.describe(err)));
        });
        Label message = new Label();
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        VBox top = new VBox(8, step1, choose, message, step2, new HBox(8, saveRejects, importNow));
        top.setPadding(new Insets(8));
        BorderPane root = new BorderPane(rejects);
        root.setTop(top);
        root.setBottom(warnings);
        return root;
    }

    void writeProperties(java.util.Properties p) {
        p.setProperty("version", "1.0");
    }

    void readProperties(java.util.Properties p) {
        // a wizard starts afresh
    }
}
