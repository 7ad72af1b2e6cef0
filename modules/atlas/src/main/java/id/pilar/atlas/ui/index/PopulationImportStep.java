package id.pilar.atlas.ui.index;

import id.pilar.atlas.api.PopulationImport;
import id.pilar.ui.api.BackgroundWork;
import id.pilar.ui.api.UserMessages;
import java.io.File;
import java.util.stream.Collectors;
import javafx.beans.property.StringProperty;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.openide.util.NbBundle.Messages;

/**
 * Picks a population CSV and imports it in the background; the outcome goes to the status line
 * (kept there: the next Hitung uses the new figures).
 */
@Messages({
    "TTL_PopulationFile=Pilih berkas penduduk per kelurahan (CSV)",
    "LBL_CsvFiles=Berkas CSV (*.csv)",
    "PRG_Population=Mengimpor angka penduduk",
    "# {0} - imported", "# {1} - years", "# {2} - rejected",
    "MSG_PopulationImported={0} angka penduduk diimpor (tahun {1}); {2} baris ditolak.",
    "# {0} - line", "# {1} - reason", "MSG_RejectLine=baris {0}: {1}"
})
final class PopulationImportStep {

    private static final int SHOWN_REJECTS = 5;

    private PopulationImportStep() {
    }

    static void chooseAndImport(Window owner, StringProperty status) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Bundle.TTL_PopulationFile());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Bundle.LBL_CsvFiles(), "*.csv", "*.CSV"));
        File file = chooser.showOpenDialog(owner);
        if (file == null) {
            return;
        }
        BackgroundWork.submit(Bundle.PRG_Population(), p -> PopulationImport.get().importCsv(file.toPath()), r -> {
            String text = Bundle.MSG_PopulationImported(r.imported(),
                    r.years().stream().map(String::valueOf).collect(Collectors.joining(", ")), r.rejected().size());
            if (!r.rejected().isEmpty()) {
                text += "\n" + r.rejected().stream().limit(SHOWN_REJECTS)
                        .map(x -> Bundle.MSG_RejectLine(x.line(), x.reason())).collect(Collectors.joining("\n"));
            }
            status.set(text);
        }, e -> status.set(UserMessages.of(e)));
    }
}
