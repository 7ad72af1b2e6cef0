package id.pilar.rosters.ui;

import id.pilar.rosters.api.ImportPreview;
import id.pilar.rosters.api.MemberImport;
import id.pilar.ui.api.UiExecutor;
import java.nio.file.Path;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.openide.util.NbBundle.Messages;

/**
 * The import wizard's state: step 1 reads and checks the file (nothing written), step 2 imports
 * the good rows in one transaction; the reject report can be saved at any time after step 1.
 */
@Messages({
    "# {0} - good", "# {1} - rejected", "# {2} - warnings",
    "MSG_Preview={0} baris siap diimpor, {1} baris ditolak, {2} peringatan.",
    "# {0} - imported", "MSG_Imported={0} anggota berhasil diimpor.",
    "MSG_ImportCancelled=Impor dibatalkan; tidak ada data yang tersimpan.",
    "# {0} - file", "MSG_RejectsSaved=Laporan penolakan tersimpan: {0}"
})
public final class MemberImportViewModel extends ViewModel {

    private final ObjectProperty<ImportPreview> preview = new SimpleObjectProperty<>();

    public MemberImportViewModel(UiExecutor ex) {
        super(ex);
    }

    public ObjectProperty<ImportPreview> previewProperty() {
        return preview;
    }

    public void check(Path file) {
        preview.set(null);
        call(() -> MemberImport.get().preview(file), p -> {
            preview.set(p);
            messageProperty().set(Bundle.MSG_Preview(p.valid().size(), p.rejects().size(), p.warnings().size()));
        });
    }

    public void saveRejects(Path file) {
        ImportPreview p = preview.get();
        if (p != null) {
            call(() -> {
                MemberImport.get().writeRejectReport(p, file);
                return file;
            }, f -> messageProperty().set(Bundle.MSG_RejectsSaved(f)));
        }
    }

    /** Result of the import job, shown when it ends. */
    void imported(int count) {
        messageProperty().set(count == 0 ? Bundle.MSG_ImportCancelled() : Bundle.MSG_Imported(count));
        preview.set(null);
        if (count > 0) {
            id.pilar.ui.api.DataChanges.fire(); // open lists and the start page reload
        }
    }
}
