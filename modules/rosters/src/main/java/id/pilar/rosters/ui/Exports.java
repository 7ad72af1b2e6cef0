package id.pilar.rosters.ui;

import id.pilar.rosters.api.ReportTable;
import id.pilar.rosters.api.RosterReports;
import id.pilar.ui.api.BackgroundWork;
import java.io.File;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.stage.FileChooser;
import org.openide.util.NbBundle.Messages;

/** Asks where to save, then builds and writes a report in the background (cancellable). */
@Messages({
    "LBL_SavePdf=Simpan sebagai PDF",
    "LBL_SaveXlsx=Simpan sebagai XLSX",
    "# {0} - file", "TASK_Export=Mengekspor {0}",
    "# {0} - file", "MSG_Exported=Tersimpan: {0}"
})
final class Exports {

    private Exports() {
    }

    static void pdf(Node owner, String name, Supplier<ReportTable> table, Consumer<String> message) {
        save(owner, name + ".pdf", Bundle.LBL_SavePdf(), "PDF", "*.pdf", table, true, message);
    }

    static void xlsx(Node owner, String name, Supplier<ReportTable> table, Consumer<String> message) {
        save(owner, name + ".xlsx", Bundle.LBL_SaveXlsx(), "Excel", "*.xlsx", table, false, message);
    }

    private static void save(Node owner, String fileName, String title, String kind, String pattern, Supplier<ReportTable> table,
            boolean pdf, Consumer<String> message) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        fc.setInitialFileName(fileName);
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind, pattern));
        File f = fc.showSaveDialog(owner.getScene() == null ? null : owner.getScene().getWindow());
        if (f == null) {
            return;
        }
        BackgroundWork.submit(Bundle.TASK_Export(f.getName()), p -> {
            ReportTable t = table.get();
            if (p.cancelled()) {
                return null;
            }
            if (pdf) {
                RosterReports.get().exportPdf(t, f.toPath());
            } else {
                RosterReports.get().exportXlsx(t, f.toPath());
            }
            return f;
        }, done -> message.accept(Bundle.MSG_Exported(f.getAbsolutePath())), null);
    }
}
